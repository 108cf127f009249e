"""The vendored browser libraries: pinned files, unchanged, each with its licence."""

from __future__ import annotations

import hashlib

from eventwire.web.app import WEB_DIR

VENDOR = WEB_DIR / "static" / "vendor"


def test_vendored_files_match_their_checksums() -> None:
    lines = (VENDOR / "SHA256SUMS").read_text().splitlines()
    assert len(lines) >= 5
    for line in lines:
        digest, name = line.split()
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name


def test_vendored_libraries_are_pinned_and_licensed() -> None:
    assert 't.version="1.9.4"' in (VENDOR / "leaflet.js").read_text()
    assert "BSD" in (VENDOR / "leaflet.LICENSE.txt").read_text() or \
        "Redistribution" in (VENDOR / "leaflet.LICENSE.txt").read_text()
    assert "ISC" in (VENDOR / "supercluster.LICENSE.txt").read_text()
    assert (VENDOR / "supercluster.min.js").read_text().startswith("!function(t,e)")
    assert "sourceMappingURL" not in (VENDOR / "leaflet.js").read_text()
