"""Word lists for speech: cue verbs and their certainty, speaker nouns, anonymity markers."""

from __future__ import annotations

import re

#: Verbs (lemmas) that introduce a quotation or reported speech.
SPEECH_VERBS = frozenset("""
say tell add claim insist warn write explain note state announce declare argue ask reply
respond answer continue conclude recall admit acknowledge concede confirm deny suggest predict
promise vow threaten tweet allege assert maintain contend complain remark observe shout testify
urge caution boast joke quip stress emphasize emphasise report describe call dub brand accuse
lament scoff retort counter reiterate mention disclose reveal estimate charge exclaim muse
whisper yell cry sneer tout proclaim pledge demand plead recount inform assure concur agree
believe think fear suspect dismiss reject refute dispute fume interject chime advise show
snap rage insist conclude opine gush marvel grumble rant chide scold mock tease hint
""".split())

#: Cues that may take a quote as their content (a subset of SPEECH_VERBS).
QUOTE_VERBS = SPEECH_VERBS - frozenset({"believe", "think", "fear", "suspect", "agree", "show"})

#: Certainty a cue gives to what it introduces (default: claimed).
CUE_CERTAINTY: dict[str, str] = {
    "deny": "denied", "dismiss": "denied", "reject": "denied", "refute": "denied",
    "dispute": "denied",
    "believe": "believed", "think": "believed", "fear": "believed", "suspect": "believed",
    "estimate": "believed", "expect": "believed",
}

#: Cues by which the outlet itself vouches for a fact ("the Guardian has confirmed").
REPORTER_CUES = frozenset({"confirm", "verify", "establish", "learn", "see", "find", "report",
                           "reveal", "understand", "obtain", "review"})

#: Verbs of the passive hedge "X are believed to have …", "it is thought that …".
HEDGE_VERBS: dict[str, str] = {
    "believe": "believed", "think": "believed", "fear": "believed", "suspect": "believed",
    "estimate": "believed", "understand": "believed", "expect": "believed",
    "say": "claimed", "report": "claimed", "allege": "claimed", "claim": "claimed",
    "rumour": "claimed", "rumor": "claimed",
}

#: Adverbs that hedge a clause without naming a source.
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})

#: Modal words that make a cue conditional ("officials would say").
MODALS = frozenset({"would", "could", "might", "may"})

#: Determiners/numbers that make a description indefinite ("one official", "a source").
INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "several", "some", "another",
                        "many", "other", "few", "various", "multiple"})

#: Nouns naming people whose identity reporters withhold.
ROLE_NOUNS = frozenset("""
official officials source sources diplomat diplomats officer officers aide aides insider insiders
spokesman spokeswoman spokesperson adviser advisers advisor advisors analyst analysts expert
experts person people observer observers witness witnesses resident residents commander
commanders member members staffer staffers investigator investigators lawmaker lawmakers
defector defectors fighter fighters soldier soldiers militant militants activist activists
worker workers employee employees executive executives strategist strategists economist economists
medic medics doctor doctors nurse nurses survivor survivors villager villagers refugee refugees
migrant migrants rescuer rescuers volunteer volunteers relative relatives neighbour neighbours
manager managers guard guards
""".split())

#: Nouns for a person that a definite description ("the senator") refers back to.
PERSON_NOUNS = frozenset("""
man woman boy girl senator candidate nominee president governor mayor minister father mother
son daughter husband wife businessman businesswoman billionaire actor actress singer star
congressman congresswoman lawmaker leader chairman chairwoman ceo founder author writer
journalist reporter host anchor professor lawyer attorney judge general colonel commander
defector fighter militant veteran student teenager
""".split())
_AGE = re.compile(r"^\d+-year-old$")


def is_person_noun(word: str) -> bool:
    """True for nouns that name a person ("senator", "26-year-old")."""
    low = word.lower()
    return low in PERSON_NOUNS or low in ROLE_NOUNS or bool(_AGE.match(low)) or low == "old"


#: Nouns naming organisations ("the ministry", "the newspaper").
ORG_NOUNS = frozenset("""
ministry government newspaper paper daily weekly magazine network channel agency police army
military company firm bank campaign committee council court department office administration
board party group organisation organization commission embassy statement report website site
outlet station coalition alliance union regime authorities authority senate house parliament
white spokesmen email memo letter coastguard navy forces troops gendarmerie observatory
ngo charity
""".split())

#: Phrases that mark a speaker as deliberately unnamed.
ANONYMITY = re.compile(
    r"not (?:to )?be (?:named|identified)|not authori[sz]ed|anonymity|anonymously|"
    r"declined to be (?:named|identified)|without being (?:named|identified)|"
    r"on (?:the )?condition|unnamed|familiar with", re.IGNORECASE)

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
FIRST = frozenset({"i", "we", "me", "us"})
RELATIVE = frozenset({"who", "which", "that", "whom"})

#: Titles that tell a person's gender.
MALE_TITLES = frozenset({"mr", "sir", "king", "prince", "lord", "father", "brother", "sheikh"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "lady", "queen", "princess", "dame",
                           "sister"})

#: Names of the article's own outlet when the text speaks of itself.
SELF_REFERENCES = frozenset({"this newspaper", "this paper", "this website", "we"})
