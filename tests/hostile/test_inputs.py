"""Inputs that are not ordinary files: the run's own output, FIFOs, sockets, devices,
unreadable folders, symlink loops, UTF-16/32 and zero-width characters."""

from __future__ import annotations

import codecs
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import Article, read_articles
from eventwire.model import content_id
from tests.hostile.conftest import GOOD, run, stored, write_good

ENTITIES = ("--stages", "entities")


# --- the run's own output --------------------------------------------------------------

def test_extract_never_reads_its_own_standard_output(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_good(folder, 1)
    out = folder / "out.jsonl"
    with out.open("wb") as fp:
        result = run("extract", str(folder), *ENTITIES, stdout=fp, timeout=60)
    assert result.code == 1
    assert result.errors == [f"Error: {out}: is this command's own standard output; not read "
                             "as input. Write the output outside the folders being read."]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_extract_refuses_its_output_named_directly(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"text": GOOD[0]}) + "\n", encoding="utf-8")
    with out.open("ab") as fp:
        result = run("extract", str(out), *ENTITIES, stdout=fp, timeout=60)
    assert result.code == 1 and "own standard output" in result.errors[0]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_ingest_never_reads_its_own_log(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_good(folder, 2)
    log = folder / "ingest-log.txt"
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    with log.open("wb") as fp:
        result = run("ingest", str(folder), "--db", url, *ENTITIES, "--workers", "1",
                     stderr=fp, timeout=120)
    text = log.read_text(encoding="utf-8")
    assert result.code == 1, text
    assert f"Error: {log}: is this command's own standard error; not read as input." in text
    docs, errors = stored(url)
    assert docs == sorted(str(p) for p in folder.glob("good*.txt"))
    assert errors == [str(log)]


# --- FIFOs, sockets, devices -----------------------------------------------------------

@pytest.fixture
def specials(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "articles"
    write_good(folder, 1)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.json"))
    (folder / "null.txt").symlink_to("/dev/null")
    yield folder
    sock.close()


SPECIAL_ERRORS = {
    "null.txt": "is a device, not a file; skipped.",
    "pipe.jsonl": "is a named pipe (FIFO), not a file; skipped.",
    "pipe.txt": "is a named pipe (FIFO), not a file; skipped.",
    "sock.json": "is a socket, not a file; skipped.",
}


def test_extract_skips_fifos_sockets_and_devices_with_one_line(specials: Path) -> None:
    result = run("extract", str(specials), *ENTITIES, timeout=60)
    assert result.code == 1
    assert result.errors == [f"Error: {specials / name}: {message} Pipe its contents to "
                             "standard input with '-' instead."
                             for name, message in SPECIAL_ERRORS.items()]
    assert len(result.stdout.splitlines()) == 1


def test_extract_skips_a_fifo_named_on_the_command_line(specials: Path) -> None:
    result = run("extract", str(specials / "pipe.txt"), str(specials / "good0.txt"),
                 *ENTITIES, timeout=60)
    assert result.code == 1 and len(result.errors) == 1 and "named pipe" in result.errors[0]
    assert len(result.stdout.splitlines()) == 1


def test_ingest_skips_fifos_sockets_and_devices(specials: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    result = run("ingest", str(specials), "--db", url, *ENTITIES, "--workers", "1",
                 timeout=120)
    assert result.code == 1, result.stderr
    docs, errors = stored(url)
    assert docs == [str(specials / "good0.txt")]
    assert errors == sorted(str(specials / name) for name in SPECIAL_ERRORS)


# --- unreadable sub-folders, symlink loops ---------------------------------------------

def _tree(tmp_path: Path) -> Path:
    top = tmp_path / "top"
    write_good(top, 1)
    write_good(top / "locked", 1)
    write_good(top / "open", 1)
    return top


def test_unreadable_subfolder_is_named_and_the_rest_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = _tree(tmp_path)
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_articles([str(top)]))
    assert sorted(a.meta.path or "" for a in items if isinstance(a, Article)) == [
        str(top / "good0.txt"), str(top / "open" / "good0.txt")]
    [error] = [e for e in items if isinstance(e, InputError)]
    assert str(error) == (f"{top / 'locked'}: folder cannot be read (Permission denied); "
                          "skipped, the rest was read. Check its permissions.")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_unreadable_subfolder_on_disk(tmp_path: Path) -> None:  # pragma: no cover - non-root
    top = _tree(tmp_path)
    (top / "locked").chmod(0)
    try:
        result = run("extract", str(top), *ENTITIES, timeout=60)
    finally:
        (top / "locked").chmod(0o755)
    assert result.code == 1 and len(result.errors) == 1
    assert f"{top / 'locked'}: folder cannot be read" in result.errors[0]
    assert len(result.stdout.splitlines()) == 2


def test_symlink_loops_are_called_loops(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_good(folder, 1)
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")  # a folder loop: links to folders are not followed
    (folder / "gone.txt").symlink_to("missing.txt")
    result = run("extract", str(folder), str(folder / "loop.txt"), *ENTITIES, timeout=60)
    assert result.code == 1
    loop = "is a symlink loop (a link that leads back to itself). Remove or fix the link."
    assert result.errors == [
        f"Error: {folder / 'a.txt'}: {loop}", f"Error: {folder / 'b.txt'}: {loop}",
        f"Error: {folder / 'gone.txt'}: is a broken symlink (its target does not exist). "
        "Remove or fix the link.",
        f"Error: {folder / 'loop.txt'}: {loop}", f"Error: {folder / 'loop.txt'}: {loop}"]
    assert len(result.stdout.splitlines()) == 1


# --- encodings and invisible characters ------------------------------------------------

TEXT = "Rebels seized Kidal in northern Mali on Sunday, residents said. Caf\u00e9 \u201cGao\u201d."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
    txt = tmp_path / "a.txt"
    txt.write_bytes(bom + TEXT.encode(encoding))
    feed = tmp_path / "b.jsonl"
    lines = [json.dumps({"text": GOOD[1]}), json.dumps({"text": TEXT}, ensure_ascii=False)]
    feed.write_bytes(bom + "\n".join(lines).encode(encoding) + "\n".encode(encoding))
    array = tmp_path / "c.json"
    array.write_bytes(bom + json.dumps([{"text": TEXT}]).encode(encoding))
    items = list(read_articles([str(txt), str(feed), str(array)]))
    assert [i.text if isinstance(i, Article) else str(i) for i in items] == [
        TEXT, GOOD[1], TEXT, TEXT]
    assert [i.meta.path for i in items if isinstance(i, Article)] == [
        str(txt), f"{feed}#1", f"{feed}#2", f"{array}#1"]


def test_utf16_extract_through_the_cli(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    result = run("extract", str(txt), *ENTITIES, timeout=60)
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["text"] == TEXT


ZW = "Soldiers killed five people in G\u200bao and Tim\u200cbuk\u200dtu on Sun\u2060day.\ufeff"
CLEAN = "Soldiers killed five people in Gao and Timbuktu on Sunday."


def test_zero_width_characters_are_stripped_from_every_reader(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ZW, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": ZW, "title": "Ki\u200bdal"}) + "\n",
                                      encoding="utf-8")
    (tmp_path / "c.html").write_text(f"<html><body><article><p>{ZW}</p></article></body></html>",
                                     encoding="utf-8")
    items = list(read_articles([str(tmp_path)]))
    assert [i.text if isinstance(i, Article) else str(i) for i in items] == [CLEAN] * 3
    assert isinstance(items[1], Article) and items[1].meta.title == "Kidal"


def test_zero_width_characters_hide_no_place_and_offsets_stay_true(tmp_path: Path) -> None:
    article = tmp_path / "zw.txt"
    article.write_text(ZW, encoding="utf-8")
    result = run("extract", str(article), "--stages", "geoparse", timeout=120)
    assert result.code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["text"] == CLEAN and doc["id"] == content_id(CLEAN)
    assert {"Gao", "Timbuktu"} <= {p["text"] for p in doc["places"]}
    for item in (*doc["entities"], *doc["places"]):
        assert doc["text"][item["start"]:item["end"]] == item["text"]


def test_zero_width_through_the_python_api() -> None:
    import eventwire

    doc = eventwire.extract(ZW)
    assert doc.text == CLEAN and doc.id == content_id(CLEAN)
    assert {"Gao", "Timbuktu"} <= {p.text for p in doc.places}


def test_ingest_of_zero_width_text_is_idempotent(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "zw.txt").write_text(ZW, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    args = ("ingest", str(tmp_path / "in"), "--db", url, *ENTITIES, "--workers", "1")
    assert run(*args).code == 0
    second = run(*args)
    assert second.code == 0 and "1 already stored" in second.stderr
    assert len(stored(url)[0]) == 1



def test_export_never_writes_over_the_database_it_reads(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder, 1)
    db = tmp_path / "ew.db"
    url = f"sqlite:///{db}"
    assert run("ingest", str(folder), "--db", url, *ENTITIES, "--workers", "1").code == 0
    (tmp_path / "link.db").symlink_to(db)
    result = run("export", "--db", url, "-o", str(tmp_path / "link.db"))
    assert result.code == 1
    assert result.stderr.splitlines() == [
        f"Error: cannot write {tmp_path / 'link.db'}: it is the database being exported "
        f"({db}). Choose another file."]
    assert stored(url)[0] == [str(folder / "good0.txt")]
