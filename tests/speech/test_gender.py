"""Gender of named persons, from titles and the pronouns that follow them."""

from __future__ import annotations

from eventwire.model import Entity
from eventwire.speech.gender import person_genders


def person(text: str, name: str, cluster: str) -> Entity:
    start = text.index(name)
    return Entity(cluster, name, "PERSON", start, start + len(name), name, cluster)


def test_gender_from_title_and_following_pronoun() -> None:
    text = "Mrs. Lena Vogt arrived first. Karim Haddad said he was tired."
    ents = [person(text, "Lena Vogt", "c1"), person(text, "Karim Haddad", "c2")]
    assert person_genders(text, ents) == {"Lena Vogt": "female", "Karim Haddad": "male"}


def test_gender_unknown_without_evidence() -> None:
    text = "Sami Nour arrived in Kilis."
    assert person_genders(text, [person(text, "Sami Nour", "c1")]) == {}


def test_gender_object_pronoun_after_a_name_is_not_evidence() -> None:
    text = "Karim Haddad thanked her for the help."
    assert person_genders(text, [person(text, "Karim Haddad", "c1")]) == {}

