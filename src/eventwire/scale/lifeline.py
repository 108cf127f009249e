"""Worker processes die with the ingest process that started them, SIGKILL included.

A pool's workers are children of the forkserver, not of ``ingest``, and each holds
the pipes that keep the forkserver and its siblings alive, so nothing tells them
when ``ingest`` is killed outright: they would wait on their task queue forever.
``watch(owner)`` starts a daemon thread that waits for the owner process to end
(on a pidfd where Linux has one, else by polling) and then ends this process at
once; the forkserver and the resource tracker exit when their last client is gone.
"""

from __future__ import annotations

import os
import select
import threading
import time
from collections.abc import Callable

#: How often the fallback (no pidfd) checks that the owner is still there.
POLL_SECONDS = 0.5


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - a live process of another user
        return True
    return True


def _wait_pidfd(fd: int) -> None:
    while True:
        readable, _, _ = select.select([fd], [], [])
        if readable:
            return


def _wait_polling(owner: int) -> None:
    while _alive(owner) and os.getppid() != 1:
        time.sleep(POLL_SECONDS)


def _follow(wait: Callable[[int], None], arg: int) -> None:
    wait(arg)
    os._exit(1)  # no cleanup: the owner is gone and nobody will read our results


def watch(owner: int) -> None:
    """From a worker process: exit as soon as the process ``owner`` has ended."""
    if owner == os.getpid():
        return
    try:
        fd = os.pidfd_open(owner)  # Linux 5.3+: readable once the process has ended
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        fd = -1
    target: Callable[[int], None] = _wait_pidfd
    arg = fd
    if fd < 0:  # pragma: no cover - not on Linux
        if not _alive(owner):
            os._exit(1)
        target, arg = _wait_polling, owner
    threading.Thread(target=_follow, args=(target, arg), name="eventwire-lifeline",
                     daemon=True).start()
