"""Actor types: each actor and target as one of ACLED's eight kinds of actor, and its country.

``codes`` (the inter codes and interactions), ``dictionary`` (named groups, shipped
as ``data/actor_types.tsv`` and extensible by the user), ``cues`` (kind-of-actor
words), ``typer`` (puts them together for one event's actor or target).
"""

from eventwire.actors.codes import INTER_NAMES, ActorType, interaction
from eventwire.actors.dictionary import ENV_VAR, ActorDictionary, load_dictionary
from eventwire.actors.typer import ActorTyper

__all__ = ["ENV_VAR", "INTER_NAMES", "ActorDictionary", "ActorType", "ActorTyper",
           "interaction", "load_dictionary"]
