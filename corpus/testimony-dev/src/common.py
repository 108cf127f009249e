"""Helpers for the batch files: a gold quote and a gold time in the shared gold format."""


def Q(contains, speaker, description=None, anonymous=False):
    """A gold quote: a fragment of it, the speaker (name, else the description), the
    description of the speaker where the text gives one, and whether a name is withheld."""
    return {"contains": contains, "speaker": speaker, "speaker_description": description,
            "anonymous": anonymous}


def T(text, earliest, latest=None, also=None):
    """A gold time; ``also`` is another reading that counts (e.g. the range of "since 1992")."""
    t = {"text": text, "earliest": earliest, "latest": latest or earliest}
    if also:
        t["also"] = [{"earliest": also[0], "latest": also[1]}]
    return t
