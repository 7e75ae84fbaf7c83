"""Capitalised runs that are never 'he' or 'she': places, venues, organisations.

Split from `mentions.py`. A run typed as a person becomes a speaker
candidate and can head a chain of he/she sentences, so a diner ('Chez
Vachon'), a state ('New Hampshire') or the tail of an institute's name
('International Security') wrongly typed as a person takes quotations
from the people around it. The tests are shapes, not lists of names: the
last word names a kind of place or organisation, the run is a known place,
or it follows a preposition of place ('around Chez Vachon').
"""

from __future__ import annotations

import re

from index.lexicon import FEMALE_NAMES, MALE_NAMES, ORG_NAME_WORDS, PLACE_NAMES

NOT_PERSON_LAST = frozenset(
    """league administration state states usa presse file organization organisation authority alliance
    partnership partners fund trust bank company corporation firm holdings institution society
    federation council board court army navy force forces police guard brigade movement front
    republicans democrats americans conservatives liberals progressives independents latinos hispanics
    muslims christians catholics evangelicals jews voters supporters people media islander islanders
    security studies affairs relations policy research sciences science program programs project
    initiative laboratory lab academy seminary diner cafe restaurant bar grill inn hotel arena
    stadium theater theatre museum library mall church temple mosque synagogue""".split()
)
PLACE_WORDS = frozenset(
    """states america york angeles francisco carolina dakota jersey hampshire island county
    city street avenue road park square valley beach hill east west north south africa
    europe asia union kingdom republic district court airport station hall center centre
    church school university college hospital street tower day week month year war act
    bill amendment river lake mountain forum summit conference convention assembly festival
    games cup prize award awards show series debate caucus caucuses primary primaries
    times""".split()
)
_COMPASS = frozenset("north south east west san los las fort saint new".split())
_ADJECTIVE_RE = re.compile(r"[tlnmfbr]ic$")  # not the -vic/-cic of Slavic surnames
_DEMONYM_RE = re.compile(r"(?:an|ese|ish|ian|i)$")
# Words after which a capitalised run is a place or venue: 'around Chez Vachon', 'outside Trump Tower'.
_PLACE_PREPS_RE = re.compile(r"\b(?:around|near|outside|inside|across|throughout|toward|towards)\s+(?:the\s+)?$")


def non_person(name: str) -> bool:
    """'Anti-Defamation League', 'Islamic State', 'San Diego', 'South Korean', 'GOP': not a he or a she."""
    toks = name.split()
    if not toks:
        return True
    low = [t.lower().strip(".,") for t in toks]
    if low[-1] in NOT_PERSON_LAST or low[-1] in ORG_NAME_WORDS or low[-1] in PLACE_WORDS:
        return True
    if len(toks) == 1:  # 'GOP', 'ISIS', 'WASHINGTON', 'Britain'
        if _ADJECTIVE_RE.search(low[0]) and low[0] not in MALE_NAMES and low[0] not in FEMALE_NAMES:
            return True  # "Clinton's chief Democratic rival": 'Democratic', 'Hispanic', 'Islamic' qualify a noun
        return (len(toks[0]) > 1 and toks[0].isupper()) or (
            low[0] in PLACE_NAMES and low[0] not in MALE_NAMES and low[0] not in FEMALE_NAMES)
    if low[0] in MALE_NAMES or low[0] in FEMALE_NAMES:
        return False
    if low[-1] in PLACE_NAMES:
        return True  # 'New Hampshire', 'Independent Vermont'
    if low[-1] == "american" and _DEMONYM_RE.search(low[0]):
        return True  # 'Asian American', 'Mexican American': a people, not a person
    return low[0] in _COMPASS and (low[-1] in PLACE_NAMES or bool(_DEMONYM_RE.search(low[-1])) or len(toks) == 2)


def after_place_preposition(text: str, pos: int) -> bool:
    """'Making her way around Chez Vachon': the run at `pos` is where something happens."""
    return bool(_PLACE_PREPS_RE.search(text, max(0, pos - 16), pos))

