"""What the CLI prints to a terminal: text from inputs made inert, errors on one line.

Titles, snippets, paths and reasons come from articles and file names, so they may
hold terminal escape sequences (colours, cursor moves, window titles, OSC 8 links)
or control characters. ``clean`` removes them before anything is printed. Errors
are printed on one line each, unwrapped, whether or not stderr is a terminal.
"""

from __future__ import annotations

import re

from rich.console import Console

#: ESC-introduced sequences (CSI, OSC, DCS/SOS/PM/APC, two-byte), 8-bit CSI/OSC,
#: then any other C0/C1 control character.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"[\t\n]+")
_C1 = re.compile(r"[\x7f-\x9f]")


def clean(text: object, *, one_line: bool = True) -> str:
    """``text`` without escape sequences or control characters (tabs and newlines become
    spaces unless ``one_line`` is False)."""
    value = str(text)
    if not (_CONTROLS.search(value) or "\t" in value or "\n" in value):
        return value
    value = _CONTROLS.sub("", _ESCAPES.sub("", value))
    return _BREAKS.sub(" ", value) if one_line else value


def inert_json(line: str) -> str:
    """JSON text with DEL and C1 controls escaped too (``json.dumps`` escapes only C0 ones
    when ``ensure_ascii`` is off, and U+009B starts an escape sequence on some terminals)."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", line) if _C1.search(line) else line


def error_line(error: BaseException | str) -> str:
    """``Error: …`` on one line, control characters removed."""
    return f"Error: {clean(error)}"


#: Standard error: no colour guesses, and no wrapping, so one error is one line even when
#: stderr is a file or a pipe (rich would otherwise wrap at 80 columns).
err = Console(stderr=True, highlight=False, soft_wrap=True)
