"""Who is who: a quote's speaker is the person or group the passage introduced as speaking,
never a place standing near the quote (issue 18's miss classes, in sentences of our own)."""

from __future__ import annotations

from eventwire.model import Quote
from eventwire.speech.people import looks_like_person_name, name_in_description
from tests.conftest import run_stages


def _quote(text: str, fragment: str) -> Quote:
    doc = run_stages(text, ["quotes"])
    found = [q for q in doc.quotes if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {[q.text for q in doc.quotes]}"
    return found[0]


def test_pronoun_after_an_anonymous_description_keeps_the_description() -> None:
    text = ("Zahra Hakimi still keeps her life jacket. \"The engine stopped twice,\" she said.\n\n"
            "A doctor at the camp's clinic, who asked not to be named, said children showed more "
            "signs of trauma. \"We see nightmares and silence,\" she said.")
    q = _quote(text, "We see nightmares")
    assert q.speaker is None and q.anonymous
    assert q.speaker_description is not None and \
        q.speaker_description.startswith("A doctor at the camp's clinic")


def test_pronoun_goes_to_the_subject_not_the_last_named_person() -> None:
    text = ("Hussein Fakih fled on 23 September. \"We left with nothing,\" Hussein said.\n\n"
            "His wife, Zeinab Fakih, said the children had started school again. "
            "\"They ask if the planes will come back,\" she said.")
    assert _quote(text, "planes will come back").speaker == "Zeinab Fakih"


def test_pronoun_never_resolves_to_a_place() -> None:
    text = ("It took the family 31 hours to drive out of Stepanakert in September 2023.\n\n"
            "\"We were in the car so long that my father stopped talking,\" Grigoryan said.\n\n"
            "She now teaches music at a school in Goris. \"They draw their old houses,\" she said.")
    assert _quote(text, "old houses").speaker == "Grigoryan"


def test_description_with_a_name_in_apposition_gives_the_name() -> None:
    text = ("None has left yet. Gebremedhin's husband, Haile, walked to the edge of the zone in "
            "April. \"Men with guns stopped me,\" he said.")
    assert _quote(text, "Men with guns").speaker == "Haile"


def test_a_first_name_only_is_kept_as_name_and_stays_anonymous() -> None:
    text = ("A medic who works with the volunteers and asked to be identified only by her first "
            "name, Magda, said frostbite cases had risen. \"We cut boots off people's feet,\" "
            "she said.")
    q = _quote(text, "We cut boots")
    assert q.speaker == "Magda" and q.anonymous


def test_the_official_refers_back_to_the_unnamed_official_introduced_before() -> None:
    text = ("A police officer at a checkpoint nearby, who declined to be identified, said his "
            "unit had not been paid. \"We are fifteen men against three hundred,\" the officer "
            "said.")
    q = _quote(text, "fifteen men")
    assert q.anonymous and q.speaker_description is not None and \
        q.speaker_description.startswith("A police officer at a checkpoint nearby")


def test_the_group_is_the_organisation_that_spoke_before() -> None:
    text = ("The Norwegian Refugee Council said in a statement that crossings had risen. "
            "\"Families are arriving exhausted,\" the group said.")
    q = _quote(text, "arriving exhausted")
    assert q.speaker is not None and "Norwegian Refugee Council" in q.speaker


def test_an_age_description_is_the_speaker_not_the_town_in_it() -> None:
    text = ("Emina Hodzic has lived in Bihac since 1992.\n\n"
            "One of the men, a 31-year-old from Aleppo who asked that his name not be published, "
            "said he had tried to cross eleven times. \"The police took our phones,\" he said.")
    q = _quote(text, "took our phones")
    assert q.speaker is None and q.anonymous
    assert q.speaker_description is not None and "31-year-old from Aleppo" in q.speaker_description


def test_name_in_description_and_person_names() -> None:
    assert name_in_description("a nutrition worker who gave her name only as Fardowsa") == (
        "Fardowsa", True)
    assert name_in_description("a nurse at the clinic") == (None, False)
    assert looks_like_person_name("Oleksandr Kravets")
    assert not looks_like_person_name("International Organization for Migration")
    assert not looks_like_person_name("UNHCR")


def test_a_cue_before_a_speaker_who_gives_only_his_first_name_is_anonymous() -> None:
    text = ("Fuel is sold by the jerrycan along the road north of Agadez.\n\n"
            "\"The checkpoints open at night if you pay,\" said a trader who sells fuel at the "
            "bus station and who would give only his first name, Moussa.")
    q = _quote(text, "checkpoints open at night")
    assert q.speaker == "Moussa" and q.anonymous


def test_a_young_man_from_a_city_is_not_the_country_named_before() -> None:
    text = ("Most of the passengers on the truck had come through Niger.\n\n"
            "A 24-year-old from Kano, who asked not to be named, said he had paid the driver "
            "twice. \"They took my phone and my shoes,\" he said.")
    q = _quote(text, "took my phone")
    assert q.speaker is None and q.anonymous
    assert q.speaker_description is not None and "24-year-old from Kano" in \
        q.speaker_description


def test_the_age_description_is_the_person_it_described() -> None:
    text = ("Abu Saad, a 26-year-old from Raqqa, crossed into Turkey in June with two cousins. "
            "\"We walked for two nights without water,\" the 26-year-old said.")
    assert _quote(text, "walked for two nights").speaker == "Abu Saad"
