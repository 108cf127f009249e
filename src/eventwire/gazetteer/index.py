"""The loaded gazetteer: name keys -> candidate rows, built once and cached on disk."""

from __future__ import annotations

import logging
import math
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from eventwire.gazetteer import cache
from eventwire.gazetteer.build import KIND_CODES, SEP, build_payload

log = logging.getLogger(__name__)
_KINDS = {code: kind for kind, code in KIND_CODES.items()}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer row that a name may refer to."""

    ident: int
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    curated: bool = False  # from the shipped supplement: a place news names as such


class Postings:
    """Sorted keys with their row ids; lookups by binary search (no dict to build)."""

    def __init__(self, packed: tuple[str, bytes, bytes]) -> None:
        joined, offsets, ids = packed
        self.keys = joined.split(SEP) if joined else []
        self.offsets = array("q", offsets)
        self.ids = array("q", ids)

    def __len__(self) -> int:
        return len(self.keys)

    def get(self, key: str) -> list[int]:
        """Row ids filed under ``key`` (empty when absent)."""
        i = bisect_left(self.keys, key)
        if i == len(self.keys) or self.keys[i] != key:
            return []
        return list(self.ids[self.offsets[i]:self.offsets[i + 1]])


def _array(code: str, raw: bytes) -> array:  # type: ignore[type-arg]
    out = array(code)
    out.frombytes(raw)
    return out


class Gazetteer:
    """Exact, folded, transliteration-variant and skeleton lookups over the compiled index."""

    def __init__(self, payload: dict[str, Any]) -> None:
        self.version: str = payload["version"]
        self._names = payload["names"].split(SEP)
        self._kinds: str = payload["kinds"]
        self._countries = payload["countries"].split(SEP)
        self._admin1 = payload["admin1"].split(SEP)
        self._lat, self._lon = _array("d", payload["lat"]), _array("d", payload["lon"])
        self._pop = _array("q", payload["population"])
        self._gid = _array("q", payload["geonames_id"])
        self._keys, self._skeletons = Postings(payload["keys"]), Postings(payload["skeletons"])
        self._variants = Postings(payload["variants"])
        self._demonyms: dict[str, int] = payload["demonyms"]
        self._capitals = frozenset(payload["capitals"])
        self._curated = frozenset(payload["curated"])
        self._by_iso = {self._countries[i]: i for i, k in enumerate(self._kinds[:400]) if k == "C"}

    def __len__(self) -> int:
        return len(self._names)

    @property
    def name_count(self) -> int:
        """How many distinct folded names the index holds."""
        return len(self._keys)

    def candidate(self, ident: int) -> Candidate:
        """The row ``ident`` as a Candidate."""
        lat, lon = self._lat[ident], self._lon[ident]
        located = not (math.isnan(lat) or math.isnan(lon))
        return Candidate(ident, self._names[ident], _KINDS[self._kinds[ident]],
                         self._countries[ident] or None, self._admin1[ident] or None,
                         lat if located else None, lon if located else None,
                         self._pop[ident], self._gid[ident] or None, ident in self._curated)

    def is_capital(self, ident: int) -> bool:
        """Whether row ``ident`` is its country's capital city."""
        return ident in self._capitals

    def has_key(self, key: str) -> bool:
        """Whether a folded name is in the index."""
        return bool(self._keys.get(key))

    def lookup(self, key: str) -> list[Candidate]:
        """Rows whose folded names include ``key``."""
        return [self.candidate(i) for i in self._keys.get(key)]

    def lookup_variant(self, variant: str) -> list[Candidate]:
        """Rows one of whose names has this transliteration-variant key (see
        ``fold.variant_key``)."""
        if not variant:
            return []
        # a name that folds straight to the key ("Bosaso" for "Boosaaso") is filed there
        idents = dict.fromkeys([*self._keys.get(variant), *self._variants.get(variant)])
        return [self.candidate(i) for i in idents]

    def lookup_skeleton(self, skeleton: str) -> list[Candidate]:
        """Rows one of whose names has this consonant skeleton."""
        return [self.candidate(i) for i in self._skeletons.get(skeleton)] if skeleton else []

    def demonym(self, key: str) -> Candidate | None:
        """The country or region a folded demonym ("turkish") points to."""
        ident = self._demonyms.get(key)
        return None if ident is None else self.candidate(ident)

    def country(self, iso: str) -> Candidate | None:
        """The country row for an ISO2 code."""
        ident = self._by_iso.get(iso)
        return None if ident is None else self.candidate(ident)


def load(*, rebuild: bool = False) -> Gazetteer:
    """Load the cached index, compiling it first when absent or out of date."""
    path = cache.index_path()
    if not rebuild and path.exists():
        try:
            return Gazetteer(cache.read(path))
        except (EOFError, ValueError, TypeError, KeyError) as e:
            log.warning("gazetteer index %s unreadable (%s); rebuilding", path, e)
    payload = build_payload()
    cache.write(path, payload)
    cache.remove_stale(path)
    return Gazetteer(payload)
