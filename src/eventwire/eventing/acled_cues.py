"""Word classes the ACLED coder reads besides the words themselves.

ACLED's sub-event types turn on the means (a landmine, a warplane, a grenade), the
actors (state forces, rebels, a mob, protesters) and the outcome (a base set up, weapons
seized, territory handed over). A text names each with many words the training corpus
may never have seen ("Grad rockets", "a VBIED", "Su-24s"); a class feature lets what the
coder learned from one word carry over to the others of its class. The classes are
domain vocabulary, not decisions: the coder learns how much each one counts, and for
which label.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CLASSES: dict[str, str] = {
    "air": r"war ?planes?|jets?|fighter|aircraft|air ?strikes?|air-strikes?|air raids?|"
           r"aerial|drones?|uavs?|helicopters?|gunships?|sorties?|bombers?|air force|"
           r"air power|airpower|su-\d+|mig-\d+|f-16s?|bombed from the air",
    "artillery": r"shell(?:s|ed|ing)?|mortars?|artillery|rockets?|missiles?|howitzers?|grad|"
                 r"katyushas?|projectiles?|tank fire|cannon|barrages?|bombard\w*|rpgs?|"
                 r"rocket-propelled|surface-to-surface|ballistic",
    "explosive": r"bombs?|bombers?|bombings?|ieds?|improvised explosive|roadside bombs?|"
                 r"land ?mines?|mines?|car bombs?|"
                 r"vbieds?|rcieds?|explosive devices?|booby[- ]trap\w*|sticky bombs?|"
                 r"remote-controlled|remotely detonated|planted|bomb blast",
    "suicide": r"suicide|self-detonat\w*|explosive vest|suicide vest|martyrdom",
    "grenade": r"(?:hand )?grenades?",
    "chemical": r"chemical|chlorine|sarin|poison(?:ous)? gas|toxic gas|mustard gas|"
                r"nerve agent|gas attack",
    "gunfire": r"gun\w*|shot|shoot\w*|opened fire|firing|sniper\w*|rifles?|bullets?|"
               r"ak-47s?|kalashnikovs?",
    "fighting": r"clash\w*|fight\w*|battles?|skirmish\w*|exchange of fire|exchanged fire|"
                r"firefights?|gunbattles?|engaged|offensive|ambush\w*",
    "blade": r"knife|knives|machetes?|stabb\w*|hacked|axes?",
    "sexual": r"rap(?:e|ed|es|ing)|sexual\w*|sexually",
    "abduction": r"abduct\w*|kidnap\w*|hostages?|disappear\w*|taken captive|captives?",
    "protest": r"protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|sit-ins?|pickets?|"
               r"strikers?|placards?|chanting|slogans?",
    "riot": r"riot\w*|stones?|rocks|torch\w*|burn\w*|tyres?|tires|ransack\w*|vandali\w*|"
            r"petrol bombs?|molotov",
    "mob": r"mobs?|lynch\w*|vigilantes?|angry crowd|villagers|residents attacked",
    "intervention": r"tear ?gas|dispers\w*|water cannons?|batons?|rubber bullets?|"
                    r"baton-charged|cracked down",
    "arrest": r"arrest\w*|detain\w*|detention|custody|apprehend\w*|rounded up|crackdown|"
              r"taken in for questioning",
    "arms": r"caches?|weapons|arms|ammunition|ammo|explosives|munitions|stockpiles?|"
            r"depots?|bomb-making",
    "recovered": r"seiz\w*|found|discover\w*|defus\w*|intercept\w*|confiscat\w*|dismantl\w*|"
                 r"recover\w*|demin\w*|cleared|unearthed",
    "base": r"bases?|outposts?|observation posts?|observation points?|checkpoints?|"
            r"headquarters|garrisons?",
    "established": r"set up|established|creat\w*|opened|built|building|erected|installed",
    "territory": r"control|captur\w*|seiz\w*|took|retook|recaptur\w*|regain\w*|overr[au]n|"
                 r"liberat\w*|took over|fell to|stormed|advanced",
    "handover": r"hand(?:ed|s|ing)? over|handover|withdr[eaw]\w*|pull(?:ed|s|ing)? (?:out|back)|"
                r"evacuation deal|surrender\w*|without (?:a )?fight\w*|without resistance",
    "agreement": r"cease-?fire|truce|agreement|deal|accord|prisoner exchange|exchange of "
                 r"prisoners|swap\w*|peace|signed",
    "disaster": r"earthquakes?|quakes?|floods?|flooding|landslides?|storms?|cyclones?|"
                r"hurricanes?|typhoons?|drought|wildfires?|tsunamis?|avalanches?|lightning|"
                r"eruption",
    "accident": r"accident\w*|crash\w*|collided|collision|capsiz\w*|collaps\w*|derail\w*|"
                r"gas leak|cylinder|short circuit|blaze",
    "crime": r"drugs?|cartels?|smuggl\w*|traffick\w*|robber\w*|thie(?:f|ves)|fraud|"
             r"burglar\w*|gangs?|narcotics|cocaine|heroin",
    "state_forces": r"army|soldiers?|troops|military|police|policemen|security forces|"
                    r"government forces|regime|forces loyal|national guard|gendarm\w*",
    "armed_group": r"rebels?|militants?|insurgents?|jihadists?|terrorists?|militias?|"
                   r"fighters|guerrillas?|al-shabaab|shabaab|isis|isil|daesh|taliban|"
                   r"boko haram|iswap|houthis?|separatists?|bandits",
    "civilians": r"civilians?|villagers?|residents?|women|children|farmers?|workers?|"
                 r"students?|journalists?|activists?|worshippers|passengers",
    "claim": r"claimed responsibility|blamed|accused|condemn\w*|said to be behind|"
             r"responsible for",
    "diplomacy": r"talks|met|meeting|visit\w*|summit|negotiat\w*|diplomat\w*|envoys?|"
                 r"minister\w*",
    "group_change": r"defect\w*|merg\w*|disband\w*|dissolv\w*|formed|reinforc\w*|"
                    r"redeploy\w*|dispatched|deployed|mobiliz\w*|mobilis\w*|airspace|"
                    r"air defence|air defense|incursion",
    "property": r"shops?|houses?|homes|stores?|propert\w*|buildings?|vehicles?|cars|"
                r"crops|market",
}
_PATTERNS = {name: re.compile(rf"\b(?:{pattern})\b", re.I) for name, pattern in _CLASSES.items()}


@lru_cache(maxsize=2048)
def cue_classes(text: str) -> tuple[str, ...]:
    """The classes whose words the text uses (a row's sentence is read by the decision and
    by the coder, so answers are kept for the texts seen last)."""
    return tuple(name for name, pattern in _PATTERNS.items() if pattern.search(text))
