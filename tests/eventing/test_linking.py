"""Place, time and quantity: clause first, then sentence, then paragraph, never random."""

from __future__ import annotations

GAZ = {
    "Idlib": ("city", "SY", 35.93, 36.63), "Turkey": ("country", "TR", 39.0, 35.0),
    "Aleppo": ("city", "SY", 36.2, 37.16), "Azaz": ("city", "SY", 36.59, 37.04),
    "Jarablus": ("city", "SY", 36.82, 38.01),
    "Manbij": ("city", "SY", 36.53, 37.96), "Raqqa": ("city", "SY", 35.95, 39.01),
    "Kilis": ("city", "TR", 36.72, 37.12), "Lesbos": ("feature", "GR", 39.2, 26.3),
    "Turkish": ("demonym", "TR", 39.0, 35.0), "Izmir": ("city", "TR", 38.42, 27.14),
}


def _place(ctx, pid):  # type: ignore[no-untyped-def]
    return next((p.text for p in ctx.layer("places") if p.id == pid), None)


def test_linking_move_origin_and_destination(extract) -> None:  # type: ignore[no-untyped-def]
    events, ctx = extract("Dozens of families fled from Aleppo into southern Turkey last week.",
                          places=GAZ, times={"last week": ("2017-09-04", "2017-09-10")},
                          quantities={"Dozens of families": (24, 96, 48)})
    (ev,) = events
    assert ev.type == "MOVE" and ev.mode == "flee"
    assert _place(ctx, ev.origin) == "Aleppo" and _place(ctx, ev.destination) == "Turkey"
    assert ev.time == "t1" and ev.quantity == "q1"


def test_linking_several_destinations_in_one_event(extract) -> None:  # type: ignore[no-untyped-def]
    events, ctx = extract("The families fled north to Azaz, Manbij and Jarablus.", places=GAZ)
    (ev,) = events
    assert _place(ctx, ev.destination) == "Azaz"
    assert [_place(ctx, p) for p in ev.destinations] == ["Azaz", "Manbij", "Jarablus"]


def test_linking_place_from_previous_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels hold the countryside around Idlib. Prisoners were executed there last "
            "year.")
    events, ctx = extract(text, places=GAZ)
    (ev,) = [e for e in events if e.type == "ASSAULT"]
    assert _place(ctx, ev.place) == "Idlib"


def test_linking_never_takes_a_place_from_another_paragraph(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels hold Idlib.\nPrisoners were executed last year."
    events, _ = extract(text, places=GAZ)
    (ev,) = [e for e in events if e.type == "ASSAULT"]
    assert ev.place is None


def test_linking_demonym_of_actor_is_not_the_place(extract) -> None:  # type: ignore[no-untyped-def]
    events, ctx = extract("Turkish smugglers were arrested on Lesbos.", places=GAZ)
    (ev,) = events
    assert _place(ctx, ev.place) == "Lesbos"


def test_linking_nationality_of_those_acted_on_is_not_the_place(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Prosecutors charged two Turkish students with fraud on Friday.",
                        places=GAZ)
    assert events and all(e.place is None for e in events)


def test_linking_other_events_place_is_not_taken(extract) -> None:  # type: ignore[no-untyped-def]
    events, ctx = extract("Rebels attacked Kilis, and refugees later fled to Izmir.", places=GAZ)
    attack = next(e for e in events if e.type == "ASSAULT")
    flee = next(e for e in events if e.type == "MOVE")
    assert _place(ctx, attack.place) == "Kilis" and _place(ctx, flee.destination) == "Izmir"


def test_linking_quantity_counts_victims(extract) -> None:  # type: ignore[no-untyped-def]
    events, _ = extract("Police opened fire on the crowd, killing 12 people.",
                        quantities={"12 people": (12, 12, 12)})
    (ev,) = events
    assert ev.type == "ASSAULT" and ev.quantity == "q1"


def test_linking_dateline_place(extract) -> None:  # type: ignore[no-untyped-def]
    text = "KILIS, Turkey (Reuters) - Gunmen attacked a border post overnight."
    events, ctx = extract(text, places={**GAZ, "KILIS": ("city", "TR", 36.72, 37.12)})
    (ev,) = events
    assert _place(ctx, ev.place) == "KILIS"


def test_linking_the_day_a_report_was_made_is_not_the_days_of_what_it_tells(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A trader on Wednesday denied lying to investigators about the men accused of "
            "carrying out the bombing of the Kano bus station.")
    events, _ = extract(text, times={"Wednesday": ("2024-06-05", "2024-06-05")})
    bombing = next(e for e in events if e.trigger.text == "bombing")
    assert bombing.time is None



def test_linking_a_clause_hanging_off_a_time_takes_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The group has had no fighters in the valley since early 2014, when it was ousted "
            "by a rebel assault on its last base.")
    events, _ = extract(text, times={"early 2014": ("2014-01-01", "2014-04-30")})
    assault = next(e for e in events if e.trigger.text == "assault")
    assert assault.time is not None
