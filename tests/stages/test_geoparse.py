"""The geoparse stage: recognition, demonyms, transliterations, context, contract fields."""

from __future__ import annotations

import pytest

from eventwire.gazetteer.match import Mention
from eventwire.gazetteer.resolve import Resolution
from eventwire.model import Place
from eventwire.stages.geoparse import _place
from tests.conftest import run_stages

KINDS = {"city", "admin1", "admin2", "country", "region", "feature", "demonym"}


def places(text: str) -> list[Place]:
    doc = run_stages(text, ["geoparse"])
    for p in doc.places:
        assert text[p.start:p.end] == p.text
        assert p.kind in KINDS and 0.0 <= p.confidence <= 1.0
    return list(doc.places)


def by_text(text: str) -> dict[str, Place]:
    return {p.text: p for p in places(text)}


def test_geoparse_resolves_countries_by_iso_code() -> None:
    found = by_text("Aid convoys crossed from Turkey into Syria on Monday.")
    assert found["Turkey"].country == "TR" and found["Turkey"].kind == "country"
    assert found["Syria"].country == "SY" and found["Syria"].geonames_id is not None


def test_geoparse_reports_demonyms_with_country_and_centroid() -> None:
    found = by_text("Turkish border guards turned back a group of Moroccans.")
    assert found["Turkish"].kind == "demonym" and found["Turkish"].country == "TR"
    assert found["Turkish"].lat is not None
    assert found["Moroccans"].country == "MA"


def test_geoparse_regional_demonyms_have_no_country() -> None:
    found = by_text("Several Europeans were among the passengers.")
    assert found["Europeans"].kind == "demonym" and found["Europeans"].country is None


@pytest.mark.parametrize(("spelling", "name"), [("Minbij", "Manbij"),
                                                ("Deir Azzour", "Deir ez-Zor")])
def test_geoparse_resolves_transliteration_variants(spelling: str, name: str) -> None:
    text = f"Omar Haddad said he had lived in {spelling} before leaving Syria last year."
    found = by_text(text)
    assert found[spelling].name == name and found[spelling].country == "SY"


def test_geoparse_apposition_picks_the_named_country() -> None:
    lebanon = by_text("Protesters gathered in Tripoli, Lebanon, on Friday.")["Tripoli"]
    libya = by_text("Protesters gathered in Tripoli, Libya, on Friday.")["Tripoli"]
    assert lebanon.country == "LB" and libya.country == "LY"


def test_geoparse_state_abbreviation_apposition_picks_the_state() -> None:
    found = by_text("The fire started in Columbus, Ga., late on Sunday.")
    assert found["Columbus"].country == "US" and found["Columbus"].admin1 == "Georgia"


def test_geoparse_document_context_picks_the_local_homonym() -> None:
    text = ("Mary Kowalski drove from Nashville to Paris, a small town in Henry County, "
            "Tennessee, to open a bakery on the square.")
    paris = by_text(text)["Paris"]
    assert paris.country == "US"


def test_geoparse_capital_wins_without_context() -> None:
    assert by_text("Ministers met in Paris on Tuesday.")["Paris"].country == "FR"


def test_geoparse_keeps_precision_on_organisations_and_people() -> None:
    texts = {p.text for p in places(
        "The Guardian spoke to Jordan Walker about the Nusra Front and Isis.")
        if p.kind != "demonym"}
    assert not texts & {"Guardian", "Nusra", "Nusra Front", "Isis", "Jordan", "Walker"}


def test_geoparse_finds_names_spacy_calls_organisations_in_place_context() -> None:
    found = by_text("Fighters withdrew from Syria's north, leaving al-Bab and Manbij "
                    "to rival groups.")
    assert found["al-Bab"].country == "SY"


def test_geoparse_regions_are_multi_country() -> None:
    found = by_text("Smugglers move people across the Sahel toward North Africa.")
    assert found["Sahel"].kind == "region" and found["Sahel"].country is None
    assert found["North Africa"].kind == "region"


def test_geoparse_province_head_prefers_the_province() -> None:
    text = "Shelling hit villages in Idlib province, in north-western Syria."
    idlib = [p for p in places(text) if p.text.startswith("Idlib")][0]
    assert idlib.country == "SY" and idlib.kind == "admin1"


def test_geoparse_unresolved_place_is_reported_with_null_coordinates() -> None:
    place = _place(3, Mention(10, 17, "Zorblat", "GPE"), Resolution(None, 0.0, "none"))
    assert place.id == "p3" and place.lat is None and place.lon is None
    assert place.confidence == 0.0 and place.geonames_id is None


def test_geoparse_ids_are_sequential() -> None:
    found = places("Troops moved from Iraq to Syria and then to Jordan.")
    assert [p.id for p in found] == [f"p{i}" for i in range(1, len(found) + 1)]


def test_geoparse_places_a_town_named_inside_an_organisation() -> None:
    text = ("Crews from the Boise Fire Department put out a kitchen fire on Tuesday. "
            "Residents of Idaho were warned about cooking oil.")
    boise = [p for p in places(text) if p.text == "Boise"]
    assert boise and boise[0].country == "US" and boise[0].admin1 == "Idaho"


def test_geoparse_drops_surnames_of_people_named_in_the_text() -> None:
    text = ("Deputy Karen Fairfield said the car left the road. Fairfield added that "
            "nobody was hurt. The crash happened near Austin, Texas.")
    found = by_text(text)
    assert "Fairfield" not in found and found["Austin"].admin1 == "Texas"


def test_geoparse_drops_names_after_a_personal_title() -> None:
    found = by_text("The team won in Denver, Colorado, said coach Ripley after the match.")
    assert "Ripley" not in found and "Denver" in found


def test_geoparse_keeps_a_country_that_is_also_a_surname_token() -> None:
    text = "By: Ana Torres US\n\nTrade talks between China and the US resumed in Geneva."
    assert any(p.text == "US" and p.country == "US" for p in places(text))


def test_geoparse_neighbouring_places_pick_the_local_homonym() -> None:
    text = ("Sales tax receipts rose in Paris and Roxton this spring, and Lamar County "
            "expects more from the pipeline work near Howland, according to Texas officials.")
    paris = by_text(text)["Paris"]
    assert paris.country == "US" and paris.admin1 == "Texas"


def test_geoparse_state_with_its_own_places_is_not_the_capital() -> None:
    text = ("Apple growers around Yakima and Wenatchee expect a short harvest. "
            "Washington produces most of the country's apples, officials in Olympia said.")
    washington = by_text(text)["Washington"]
    assert washington.kind == "admin1" and washington.lon is not None and washington.lon < -115


def test_geoparse_province_positions_are_representative_points() -> None:
    ontario = by_text("Forest fires burned across northern Ontario this week.")["Ontario"]
    assert ontario.lat is not None and 48.0 < ontario.lat < 51.0


def test_geoparse_street_takes_the_article_town() -> None:
    text = ("New Orleans police closed Desire Street on Friday after a water main broke. "
            "Crews in New Orleans expect to reopen Desire Street by Sunday.")
    street = [p for p in places(text) if "Desire" in p.text]
    assert street and street[0].kind == "feature" and street[0].confidence < 0.5
    assert street[0].geonames_id is None
    assert street[0].lat is not None and abs(street[0].lat - 29.95) < 1.0


def test_geoparse_unresolved_location_is_kept() -> None:
    text = "Hikers were rescued from the Zorblat Mountains near Kabul, Afghanistan."
    zorblat = [p for p in places(text) if "Zorblat" in p.text]
    assert zorblat and zorblat[0].geonames_id is None


def test_geoparse_compound_regional_demonym_is_the_region() -> None:
    central = [p for p in places("Central American migrants waited at the border.")
               if p.kind == "demonym"]
    assert central and central[0].country is None


def test_geoparse_all_caps_dateline_city_is_found() -> None:
    found = by_text("SAN DIEGO (AP) - A fishing boat sank off the coast on Monday.")
    assert "SAN DIEGO" in found and found["SAN DIEGO"].country == "US"


def test_geoparse_state_abbreviation_without_its_last_dot() -> None:
    text = "The plant closed last year in Weirton, W.Va"
    found = by_text(text)
    assert any(p.country == "US" and p.name == "West Virginia" for p in found.values())


def test_geoparse_gaza_means_the_strip_without_other_context() -> None:
    gaza = by_text("Rockets were fired from Gaza overnight, the army said.")["Gaza"]
    assert gaza.country == "PS"


def test_geoparse_country_split_by_the_tagger_is_taken_whole() -> None:
    found = by_text("Ministers from Trinidad and Tobago met in Kingston on Friday.")
    assert found["Trinidad and Tobago"].country == "TT"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("NEW YORK (AP) - Shares of a regional bank fell after a fight in New York state.",
     "New York City", "US"),
    ("(WASHINGTON) — Senators from Texas and Ohio met on Monday.", "Washington", "US"),
])
def test_geoparse_dateline_in_capitals_means_the_city(text: str, name: str, country: str) -> None:
    dateline = places(text)[0]
    assert dateline.start <= 1 and dateline.kind == "city"
    assert dateline.name == name and dateline.country == country


def test_geoparse_leading_article_does_not_swallow_a_place() -> None:
    found = places("Dana Whitfield works for an Abu Dhabi-based firm. The Abu Dhabi-based "
                   "firm hired forty people.")
    assert [p.text for p in found] == ["Abu Dhabi", "Abu Dhabi"]
    assert all(p.country == "AE" for p in found)


def test_geoparse_airports_resolve_to_their_city_not_a_namesake() -> None:
    heathrow = by_text("Flights out of Heathrow were delayed by the storm.")["Heathrow"]
    assert heathrow.country == "GB" and heathrow.lat is not None
    assert abs(heathrow.lat - 51.47) < 0.5 and abs(heathrow.lon + 0.45) < 0.5


def test_geoparse_soviet_union_is_resolved_to_russia() -> None:
    found = by_text("Mara Kessling grew up in the Soviet Union before moving to Canada.")
    assert found["Soviet Union"].country == "RU" and found["Soviet Union"].kind == "country"


def test_geoparse_capital_of_a_named_country_beats_a_nearby_village() -> None:
    text = ("Lena Varga flew from John F. Kennedy International Airport in New York to Moscow. "
            "She met officials in Russia. In Moscow she visited a school; New York can wait.")
    moscow = [p for p in places(text) if p.text == "Moscow"]
    assert moscow and all(p.country == "RU" for p in moscow)


def test_geoparse_splits_a_town_and_its_county_in_one_entity() -> None:
    found = by_text("The next race meeting is at Thruxton, Hampshire in May.")
    assert found["Thruxton"].country == "GB" and found["Hampshire"].country == "GB"


def test_geoparse_word_the_text_also_writes_in_lower_case_is_no_town() -> None:
    text = ("SOUTH CHARLESTON, W.Va. -- Photos of the burial mound in South Charleston went on "
            "show. Visitors walk the Mound and Midland Trail sections with Maren Tolliver, a "
            "guide from Charleston.")
    found = by_text(text)
    assert "Mound" not in found
    assert found["Charleston"].country == "US" and found["South Charleston"].country == "US"


def test_geoparse_town_inside_an_organisation_placed_by_its_state() -> None:
    found = by_text("The new model will be built at GM’s Bowling Green, Kentucky plant, said "
                    "Ray Dunmore.")
    assert found["Bowling Green"].admin1 == "Kentucky"


def test_geoparse_name_after_town_and_comma_is_the_state() -> None:
    found = by_text("Jo Arden, who grew up in Virginia, moved from Olympia, Washington to "
                    "Maryland.")
    assert found["Washington"].kind == "admin1" and found["Washington"].country == "US"
    listed = by_text("Teams from Paris, London, Berlin and Rome met.")
    assert listed["London"].kind == "city" and listed["London"].country == "GB"


def test_geoparse_unknown_feature_lies_in_the_place_it_is_named_after() -> None:
    found = by_text("Families gathered at Athens Regional Park on Saturday, said Rhea Dolan "
                    "of Athens, Tennessee.")
    park = found["Athens Regional Park"]
    assert park.kind == "feature" and park.admin1 == "Tennessee" and park.name is None
    assert 0.0 < park.confidence < found["Athens"].confidence


def test_geoparse_street_is_not_placed_in_the_town_it_is_named_after() -> None:
    found = by_text("Parade floats rolled down Royal Street and along the Marigny Canal in "
                    "Louisiana on Tuesday.")
    for text in ("Royal Street", "Marigny Canal"):
        assert text not in found or found[text].country in {None, "US"}
        assert text not in found or found[text].admin1 in {None, "Louisiana"}


def test_geoparse_compass_word_is_not_a_far_province_or_town() -> None:
    found = by_text("Heavy rain is forecast across the Northwest and the South East this "
                    "weekend, said Carla Imbert in Portland, Oregon.")
    for text in ("Northwest", "South East"):
        assert text not in found or found[text].kind in {"region", "feature"} \
            or found[text].lat is None
    assert found["Portland"].admin1 == "Oregon"


def test_geoparse_capitalised_direction_stays_part_of_a_small_name() -> None:
    found = by_text("Ray Holt was hired to bring order to a turbulent West Wing, aides said on "
                    "Monday in Washington. Aides in the West Wing were dismayed. Farmers in "
                    "West Texas waited for rain.")
    assert "Wing" not in found
    assert found["Texas"].kind == "admin1"


def test_geoparse_name_listed_among_states_is_a_state() -> None:
    text = ("The team from the United States flew to Saipan, Guam, Alaska, Hawaii and "
            "Washington last year, said Dee Marlow.")
    assert by_text(text)["Washington"].kind == "admin1"


def test_geoparse_team_named_after_a_city_means_the_famous_city() -> None:
    text = ("Fans in Corpus Christi, Texas, watched the Portland Trail Blazers beat the "
            "San Antonio Spurs on Sunday, said Dana Whitfield.")
    found = by_text(text)
    assert found["Portland"].admin1 == "Oregon"  # not Portland, Texas, next door
    assert found["Corpus Christi"].admin1 == "Texas"


def test_geoparse_far_small_namesake_of_a_local_feature_stays_in_town() -> None:
    text = ("Crowds filled the French Quarter of New Orleans, Louisiana, on Saturday. In New "
            "Orleans the brass band played at Washington Square until dawn, said Maria Lopez.")
    square = by_text(text)["Washington Square"]
    assert square.kind == "feature" and square.admin1 == "Louisiana"  # not the Pennsylvania town


def test_geoparse_far_town_named_as_a_place_is_kept() -> None:
    text = ("Maria Lopez moved from Keokuk, Iowa, to New Orleans, Louisiana, where she opened "
            "a bakery in New Orleans last spring.")
    assert by_text(text)["Keokuk"].admin1 == "Iowa"


def test_geoparse_street_tagged_as_a_person_is_a_local_feature() -> None:
    text = "Residents of Dayton, Ohio, said the flooding on Halvorsen Lane began on Monday."
    lane = by_text(text)["Halvorsen Lane"]
    assert lane.kind == "feature" and lane.admin1 == "Ohio"


@pytest.mark.parametrize(("text", "abbreviation", "name"), [
    ("Bushfires forced evacuations across NSW on Sunday, said ranger Tom Ellery.",
     "NSW", "New South Wales"),
    ("Kenji Mori drove from Kingston, Ont., to Moncton, N.B., last week.", "N.B.",
     "New Brunswick"),
])
def test_geoparse_abbreviated_province_is_resolved(text: str, abbreviation: str,
                                                  name: str) -> None:
    found = by_text(text)[abbreviation]
    assert found.name == name and found.kind == "admin1"


@pytest.mark.parametrize(("text", "abbreviation", "name"), [
    ("Divers off Fremantle and Perth said the reef in WA was recovering, said Ana Brodie.",
     "WA", "Western Australia"),
    ("Ferry crews in Seattle and Tacoma said strikes in WA would spread, said Ana Brodie.",
     "WA", "Washington"),
    ("Mining chiefs in Johannesburg said platinum output in SA fell, said Thabo Nkosi.",
     "SA", "South Africa"),
    ("Vineyards near Adelaide said exports from SA rose, said Ana Brodie.",
     "SA", "South Australia"),
])
def test_geoparse_ambiguous_abbreviation_follows_the_article(text: str, abbreviation: str,
                                                            name: str) -> None:
    assert by_text(text)[abbreviation].name == name


def test_geoparse_ambiguous_abbreviation_in_a_company_name_is_no_place() -> None:
    text = "Shares of Nestle SA rose in Zurich on Monday, said trader Ana Brodie."
    assert "SA" not in by_text(text)


def test_geoparse_arab_means_the_arabian_peninsula() -> None:
    found = by_text("Arab leaders met in Cairo on Monday.")["Arab"]
    assert found.kind == "demonym" and (found.lat, found.lon) == (25.0, 45.0)


def test_geoparse_street_takes_the_first_town_when_its_rival_is_in_the_same_state() -> None:
    text = ("Louisiana's oldest neighbourhoods fill up each spring. In New Orleans the parade "
            "turned onto Desire Street, as it did in Lafayette last year, said Maria Lopez.")
    street = by_text(text)["Desire Street"]
    assert street.kind == "feature" and street.admin1 == "Louisiana"
    assert street.lat is not None and abs(street.lat - 29.95) < 0.2


def test_geoparse_place_opening_a_longer_name_is_the_famous_one() -> None:
    text = ("Lawmakers in Maryland and Ohio questioned how Cambridge Analytica obtained the "
            "data of millions of American voters, said Dana Whitfield.")
    assert by_text(text)["Cambridge"].country == "GB"


def test_geoparse_town_before_a_title_keeps_the_article_context() -> None:
    text = ("Flooding closed roads across Clark County, Ohio, on Monday. Springfield Mayor "
            "Jo Hart said crews were working through the night.")
    assert by_text(text)["Springfield"].admin1 == "Ohio"


def test_geoparse_province_filed_with_a_prefix_is_found_by_its_name() -> None:
    text = ("Typhoon winds cut power in Manila and Quezon City on Monday; in Laguna, "
            "farmers lost rice crops, said Liza Ramos.")
    assert by_text(text)["Laguna"].country == "PH"


def test_geoparse_first_word_of_a_venue_is_no_transliterated_town() -> None:
    text = ("American police said he was seen tossing trash cans at the loading dock at "
            "Barclays Center in the United States.")
    assert "Barclays" not in by_text(text)


def test_geoparse_street_named_after_a_place_is_a_street_of_the_town() -> None:
    text = ("The man was found on March 23 around 2:30 a.m. in an alley in the 400 block of "
            "North State Street on the Near North Side, Chicago police said.")
    found = by_text(text)
    assert "North State" not in found  # not the North Province of Cameroon
    assert found["North State Street"].kind == "feature"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("The bill was written by Sen. Byron Dorgan, D-N.D., last year.", "N.D.", None),
    ("Sen. Torrey Westrom, R-Elbow Lake, said the vote would come in March.", "Elbow Lake",
     "Minnesota"),
])
def test_geoparse_legislators_home_after_the_party_letter(text: str, name: str,
                                                         admin1: str | None) -> None:
    found = by_text(text)[name]
    assert found.country == "US" and (admin1 is None or found.admin1 == admin1)


def test_geoparse_capitalised_dateline_inside_a_digest_is_the_city() -> None:
    text = ("Officials said the talks would resume next week and that no date was set for a "
            "vote, in a statement that ran to several pages and named no negotiators at all. "
            "BEIRUT: The body of an Iraqi man was found on Monday, Lebanese police said.")
    assert by_text(text)["BEIRUT"].country == "LB"


def test_geoparse_place_before_a_doctors_title_stays_the_place() -> None:
    found = by_text("In London Dr. Jane Doe said the clinic would open in May.")
    assert found["London"].country == "GB" and "London Dr." not in found


def test_geoparse_readme_example_resolves_the_town_then_the_country() -> None:
    found = by_text("Rebels seized Kidal in northern Mali on Tuesday.")
    kidal = found["Kidal"]
    assert (kidal.kind, kidal.country) == ("city", "ML")
    assert abs(kidal.lat - 18.44) < 0.1 and abs(kidal.lon - 1.41) < 0.1
    assert found["Mali"].kind == "country"


def test_geoparse_finds_camps_and_crossings_from_the_supplement() -> None:
    found = by_text("Families in the Zaatari refugee camp near Mafraq said relatives had "
                    "crossed at Bab al-Hawa and waited for days at the Kerem Shalom crossing.")
    assert found["Zaatari"].country == "JO" and abs(found["Zaatari"].lat - 32.29) < 0.1
    assert found["Bab al-Hawa"].country == "SY"
    assert abs(found["Bab al-Hawa"].lat - 36.23) < 0.1
    assert any(t.startswith("Kerem Shalom") and p.country == "IL" for t, p in found.items())


def test_geoparse_island_belongs_to_its_country() -> None:
    found = by_text("The coastguard brought 312 people ashore on Lampedusa on Monday after "
                    "boats left Sfax in Tunisia.")
    assert found["Lampedusa"].country == "IT" and abs(found["Lampedusa"].lat - 35.5) < 0.1


def test_geoparse_spelling_variants_resolve_in_context() -> None:
    found = by_text("Clan militias clashed in Beled Weyne in central Somalia, elders said.")
    assert found["Beled Weyne"].country == "SO" and abs(found["Beled Weyne"].lat - 4.74) < 0.1
    syria = by_text("Hundreds marched in Kamishli, in northeast Syria, on Friday.")
    assert syria["Kamishli"].country == "SY"  # not the Russian town that lists the spelling


def test_geoparse_exact_name_beats_a_variant() -> None:
    found = by_text("Police in Paris said the march would go ahead, officials in France said.")
    assert found["Paris"].country == "FR"


def test_geoparse_contested_region_and_strait() -> None:
    found = by_text("Separatists in the region they call Ambazonia attacked a school in "
                    "Cameroon, while tankers slowed in the Strait of Hormuz.")
    assert found["Ambazonia"].country == "CM"
    hormuz = found["Strait of Hormuz"]
    assert hormuz.kind == "region" and abs(hormuz.lat - 26.6) < 0.2


def test_geoparse_a_town_and_its_county_resolve_together() -> None:
    """A local story names a town beside the county it lies in: both are the pair that
    lie together, not the famous namesake nor the most populous county of that name."""
    text = ("Volunteers repainted the old depot in Paris this week, and Henry County "
            "commissioners promised to fund a new roof before winter.")
    found = by_text(text)
    assert found["Paris"].country == "US" and found["Paris"].admin1 == "Tennessee"
    assert found["Henry County"].admin1 == "Tennessee"


@pytest.mark.parametrize(("text", "name"), [
    ("Fans packed the quayside in Newcastle as the ferry from Bergen docked, and police "
     "in Britain said the crowds stayed calm.", "Newcastle upon Tyne"),
    ("Councillors in Enfield voted on Tuesday to close two libraries.", "Enfield Town"),
])
def test_geoparse_a_short_name_matches_its_full_form(text: str, name: str) -> None:
    """A town gazetteered with a qualifier ("Newcastle upon Tyne", "Enfield Town") is
    named as exactly by its short form as a namesake that has no qualifier."""
    assert by_text(text)[name.split()[0]].name == name


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("Flood warnings stayed in force across Yorkshire after the River Ouse rose again, "
     "the Environment Agency in England said.", "Yorkshire", 53.9, -1.3),
    ("Dairy farmers in Cheshire say feed prices have doubled since the spring, "
     "according to a survey published in Britain on Monday.", "Cheshire", 53.2, -2.6),
    ("Bus drivers across Greater Manchester walked out on Friday over pay.",
     "Greater Manchester", 53.5, -2.3),
])
def test_geoparse_finds_english_counties_geonames_files_under_other_names(
        text: str, name: str, lat: float, lon: float) -> None:
    """Ceremonial and historic counties that GeoNames splits or files as metropolitan
    boroughs ("Yorkshire", "Cheshire") are the English areas, not American namesakes."""
    place = by_text(text)[name]
    assert place.country == "GB" and place.lat is not None and place.lon is not None
    assert abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5


@pytest.mark.parametrize("building", ["St. Paul's Cathedral", "St Mary's Church",
                                      "Saint Peter's Basilica"])
def test_geoparse_a_saints_building_is_not_in_a_town_named_for_the_saint(
        building: str) -> None:
    """"St. Paul's Cathedral" is named after a saint, not sited in a town called St. Paul:
    with no town of its own in the article it stays unplaced."""
    text = f"Hundreds of pilgrims queued outside {building} before dawn on Sunday."
    place = by_text(text).get(building)
    assert place is None or place.lat is None
