"""ACLED coding: the event type by all its sub-types together, then the sub-type."""

from __future__ import annotations

from eventwire.eventing.acled import AcledCoder
from eventwire.eventing.linear import LinearModel

_LABELS = ("ARMED_CLASH", "AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "NONE", "DIPLO")


def _coder() -> AcledCoder:
    model = LinearModel(classes=_LABELS, weights={}, intercept=(0.0,) * len(_LABELS), card={})
    return AcledCoder(model)


def test_acled_event_type_sums_its_sub_types() -> None:
    probs = {"ARMED_CLASH": 0.30, "AIR_STRIKE": 0.25, "ART_MISS_ATTACK": 0.20,
             "REM_EXPLOS": 0.10, "NONE": 0.10, "DIPLO": 0.05}
    code = _coder().code(probs, "ASSAULT")
    assert code is not None
    assert (code.event_type, code.sub_event_type) == ("Explosions/Remote violence",
                                                      "Air/drone strike")


def test_acled_explicit_outside_label_gives_no_code() -> None:
    coder = _coder()
    assert coder.code({"ARMED_CLASH": 0.2, "AIR_STRIKE": 0.1, "DIPLO": 0.4, "NONE": 0.3},
                      "ASSAULT") is None


def test_acled_catch_all_none_never_withholds_the_code() -> None:
    code = _coder().code({"ARMED_CLASH": 0.02, "AIR_STRIKE": 0.01, "NONE": 0.97}, "ASSAULT")
    assert code is not None and code.sub_event_type == "Armed clash"


def test_acled_type_not_allowed_by_the_row_gives_no_code() -> None:
    assert _coder().code({"ARMED_CLASH": 0.9, "NONE": 0.1}, "CONSULT") is None
