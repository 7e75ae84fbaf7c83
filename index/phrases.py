"""The reporter's narrative: tokens of the masked body and the noun phrases
that can name a speaker ('Kremlin spokesman Dmitry Peskov', 'a former
official', 'Boris Bondarev, a former member of …').

Split from `cues.py`, which finds the cue verbs and asks here for the phrase
on either side of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from index.lexicon import (
    AUX_ADVERBS, CUE_VERBS, ORG_NOUNS, PERSON_NOUNS, SUBJECT_PRONOUNS, WEAK_CUES,
)
from index.affiliation import owner_start
from index.mentions import TOKEN_RE
from index.name_runs import TITLE_BARE, joined_start, joins_roles, name_part, office_of
from index.nominal_clauses import breaks_subject, past_participle_modifier
from index.non_persons import non_person

DETS = frozenset(
    "the a an one another two three four five several some many most his her their its our "
    "this that these those any each both".split()
)
_NP_STOPS = frozenset(
    """in on at during after before while when who whom which that as about to from with of
    for by last this earlier later yesterday today tonight recently said says told
    and but because if though although since until than via""".split()
)
INTRO_WORDS = frozenset(
    """in on at when after before during speaking asked according however meanwhile earlier
    later still but and yet instead also then while as if although though since until
    because for with without despite like unlike by from over under following responding
    writing addressing today yesterday last this that so now here there early weighing what
    monday tuesday wednesday thursday friday saturday sunday outside inside alongside amid among nearby
    elsewhere""".split()
)
# Time words between a subject and its verb ('Priebus later Thursday told'): not the subject.
WHEN_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tonight yesterday "
                        "morning night evening afternoon week month year".split())
WHEN_MODS = frozenset("last this earlier early late later next".split())
_LINKING = frozenset("close familiar near loyal linked tied allied involved".split())
_PARTITIVES = frozenset("one two three four several some many most few each both all none".split())  # 'one of …'


class Narrative:
    """Tokens of the masked body, for cheap range lookups.

    Tokenised lazily, one paragraph at a time: only the paragraphs around
    quotations are ever asked for, and tokenising a whole article costs
    more than the rest of the extraction.
    """

    def __init__(self, masked: str) -> None:
        self.text = masked
        self._paras: dict[int, tuple[list[tuple[int, int, str]], list[int]]] = {}

    def _para(self, pos: int) -> tuple[int, tuple[list[tuple[int, int, str]], list[int]]]:
        """The tokens (and their starts) of the paragraph holding `pos`, keyed by its start."""
        ps = self.text.rfind("\n", 0, pos) + 1
        got = self._paras.get(ps)
        if got is None:
            pe = self.text.find("\n", pos)
            pe = len(self.text) if pe < 0 else pe
            toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(self.text, ps, pe)]
            got = self._paras[ps] = (toks, [t[0] for t in toks])
        return ps, got

    def span(self, a: int, b: int) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        pos = a
        while pos < b:
            if self.text[pos] == "\n":
                pos += 1
                continue
            _, (toks, starts) = self._para(pos)
            i = bisect_left(starts, pos)
            j = bisect_left(starts, b)
            out.extend(t for t in toks[i:j] if t[1] <= b)
            nl = self.text.find("\n", pos)
            if nl < 0:
                break
            pos = nl + 1
        return out


def is_cue(word: str, weak_ok: bool) -> bool:
    w = word.lower()
    if w in ("went", "goes", "go"):
        return True
    return w in CUE_VERBS and (weak_ok or w not in WEAK_CUES)


BE_FORMS = frozenset("was were is are been being be".split())
_PARTICIPLES = frozenset("told said written found heard".split())
_AUX_NOT_BE = AUX_ADVERBS - BE_FORMS


def passive_verb(toks: list, j: int) -> bool:
    """Token j is a past participle after a form of 'be' ('was often labeled'): its subject is spoken about."""
    w = toks[j][2]
    if not (w.endswith("ed") or w in _PARTICIPLES) or not w[:1].islower():
        return False
    k = j - 1
    while k >= 0 and toks[k][2].lower() in _AUX_NOT_BE:
        k -= 1
    return k >= 0 and toks[k][2].lower() in BE_FORMS


def np_after(nar: Narrative, toks: list, k: int) -> tuple[str, int] | None:
    """Speaker phrase starting at token k: 'Dmitry Suslov, deputy director of …'."""
    if k >= len(toks):
        return None
    first = toks[k][2]
    if first.lower() in SUBJECT_PRONOUNS:
        return first, toks[k][0]
    if first.lower() in WHEN_WORDS:
        return None  # 'said Tuesday that …': a day, not a speaker
    if not (first[:1].isupper() or first.lower() in DETS or first.lower() in TITLE_BARE
            or first.lower() in PERSON_NOUNS):
        return None
    end = k
    while end < len(toks):
        w = toks[end][2]
        if w in (".", ",", ";", ":", "\x00", "(", "\u2014", "!", "?") or (
                w.lower() in _NP_STOPS and end > k and toks[end - 1][2].lower() not in _LINKING
                and not office_of(toks, end) and not joins_roles(toks, end)
                and not (w == "of" and end == k + 1 and first.lower() in _PARTITIVES)):
            break
        end += 1
    if end == k:
        return None
    main_end = toks[end - 1][1]
    stop = end
    if end < len(toks) and toks[end][2] == ",":  # appositive: keep it as description
        stop = end + 1
        while stop < len(toks) and toks[stop][2] not in (".", ";", "\x00", ",", "!", "?"):
            stop += 1
        if stop - end > 1 and stop - end < 25:
            main_end = toks[stop - 1][1]
    return nar.text[toks[k][0]:main_end], toks[k][0]


def np_before(nar: Narrative, toks: list, j: int, floor: int) -> tuple[str, int] | None:
    """Subject phrase ending just before the cue verb at token j."""
    np = _np_before(nar, toks, j, floor)
    return _open_relative(nar, toks, np, floor) or np


def _open_relative(nar: Narrative, toks: list, np: tuple[str, int] | None, floor: int) -> tuple[str, int] | None:
    """'Katie Hale, who is chairman of Fair Roads PAC said', 'Tom Breck, a spokesman for Gov. Ted Boyle
    told': a relative clause or appositive left open before the verb describes the name before it, which
    speaks; None unless the phrase is the object inside that clause."""
    s = next((i for i, t in enumerate(toks) if np and t[0] == np[1]), None)
    if s is None:
        return None
    k = s - 1
    while k > s - 6 and k >= floor and toks[k][2][:1].islower() and toks[k][2] not in ("is", "was"):
        k -= 1  # 'the', 'chairman of', 'a spokesman for'
    if k - 3 >= floor and toks[k][2] in ("is", "was") and toks[k - 1][2] == "who" and toks[k - 2][2] == ",":
        comma = k - 2
    elif floor < k < s - 2 and toks[k][2] == "," and toks[k + 1][2] in ("a", "an", "the"):
        comma = k  # the appositive: 'a spokesman for', 'the communications director for'
    else:
        return None
    name = _np_before(nar, toks, comma, floor)
    words = name[0].split() if name else []
    ns = next((i for i, t in enumerate(toks) if name and t[0] == name[1]), floor)
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[0].lower() in INTRO_WORDS \
            or words[-1].lower() in WHEN_WORDS or (ns > floor and toks[ns - 1][2] not in ("\x00", "\u2014")):
        return None  # ('On Tuesday, a spokesman for Boyle said', 'Asked about Jo Hale, the governor of Ohio said')
    return name


def _np_before(nar: Narrative, toks: list, j: int, floor: int) -> tuple[str, int] | None:
    i = j - 1
    while i >= floor and (adverb(toks[i][2])
                          or (toks[i][2].lower() in WHEN_WORDS and i > floor)
                          or (toks[i][2] == "." and i > floor and toks[i - 1][2][:1].isupper())):
        if toks[i][2].lower() in WHEN_WORDS and i - 1 > floor and toks[i - 1][2].lower() in WHEN_MODS | {"on"}:
            i -= 1  # 'Feinstein last week said', 'the mayor on Tuesday rejected': the whole time phrase
        i -= 1
    if i < floor:
        return None
    w = toks[i][2]
    if w == ")":  # 'Sen. Elizabeth Warren (D-Mass.) said': the party tag is not the subject
        o = next((k for k in range(i - 1, max(floor, i - 8) - 1, -1) if toks[k][2] == "("), None)
        if o is not None and o > floor and toks[o - 1][2][:1].isupper():
            return np_before(nar, toks, o, floor)
        return None
    if w == ",":
        from index.appositives import appositive_subject  # built on this module's phrases

        return appositive_subject(nar, toks, i, floor)
    if w.lower() in SUBJECT_PRONOUNS:
        return w, toks[i][0]
    if w.lower() == "and":
        who = next((k for k in range(i - 1, max(floor, i - 12) - 1, -1) if toks[k][2].lower() in ("who", ",", "\x00")),
                   None)
        if who is not None and toks[who][2].lower() == "who":  # 'an official who oversaw … and described'
            return np_before(nar, toks, who + 1, floor)
        from index.clause_subjects import sentence_subject  # built on this module's phrases

        return sentence_subject(nar, toks, floor, i)
    if w.lower() in ("who", "which") and i - 1 >= floor:
        k = i - 1 if toks[i - 1][2] != "," else i - 2
        if k >= floor:
            return np_before(nar, toks, k + 1, floor)
    if w[:1].isupper():
        s = i
        while s - 1 >= floor and (name_part(toks[s - 1][2]) or (
                toks[s - 1][2] in ("of", "for") and s - 2 >= floor and toks[s - 2][2][:1].isupper())):
            s -= 1
        s = joined_start(toks, s, floor)
        while s - 1 >= floor and toks[s - 1][2].lower() in DETS:
            s -= 1
        s = drop_intro(toks, s, i)
        if s is None or toks[i][2].endswith(("'s", "\u2019s")):
            return None
        who = placed_nominal(nar, toks, s, i, floor)
        if who is not None:
            return who
        o = owner_start(toks, s, floor) if non_person(nar.text[toks[s][0]:toks[i][1]]) else None
        if o is not None:  # 'Lewis of the James Martin Center for Nonproliferation Studies said'
            return np_before(nar, toks, o + 1, floor)
        return nar.text[toks[s][0]:toks[i][1]], toks[s][0]
    if (w[:1].islower() and w.isalpha() or re.fullmatch(r"\d+-year-old", w)) and w != "to":  # 'the 43-year-old'
        return _nominal_before(nar, toks, past_participle_modifier(toks, i, floor), floor)
    return None


def placed_nominal(nar: Narrative, toks: list, s: int, i: int, floor: int) -> tuple[str, int] | None:
    """'a woman in Worcester', 'a voter from Iowa': a person placed by a name is the subject, not the place."""
    if s - 2 < floor or toks[s - 1][2] not in ("in", "from") or toks[s - 2][2].lower() not in PERSON_NOUNS:
        return None
    who = _nominal_before(nar, toks, s - 2, floor)
    return (nar.text[who[1]:toks[i][1]], who[1]) if who is not None else None


def adverb(w: str) -> bool:
    """'also', 'will', 'flatly' between a subject and its verb; capitalised, a name ('Megyn Kelly', 'George Will')."""
    return w[:1].islower() and (w in AUX_ADVERBS or w.endswith("ly"))


_SUBORDINATORS = frozenset(
    "but and so yet then also when if after as although because while before since once though "
    "until unless whether where early later".split()
)


def drop_intro(toks: list, s: int, i: int) -> int | None:
    while s <= i and toks[s][2].lower() in _SUBORDINATORS:
        s += 1
    return s if s <= i else None


def _nominal_before(nar: Narrative, toks: list, i: int, floor: int) -> tuple[str, int] | None:
    """'a former Russian government official', 'a person close to the …'."""
    best = None
    k = i
    while k >= floor and i - k < 16:
        w = toks[k][2]
        if w in (",", ".", ";", ":", "\x00", "(", ")") or (w.lower() in ("that", "but") and k < i) \
                or (k < i and (breaks_subject(w) or is_cue(w, True) and w[:1].islower())):
            break
        low = w.lower()
        if low in DETS or w.endswith(("'s", "\u2019s")):
            nxt = [t[2].lower() for t in toks[k + 1:k + 5]]
            if best is None or any(n in PERSON_NOUNS or n in ORG_NOUNS for n in nxt):
                best = k
        k -= 1
    head = toks[i][2].lower()
    if best is None:
        if head in PERSON_NOUNS or head in ORG_NOUNS:
            s = i
            while s - 1 >= floor and toks[s - 1][2].isalpha() and toks[s - 1][2].lower() not in INTRO_WORDS \
                    and toks[s - 1][2].lower() not in CUE_VERBS and i - s < 4:
                s -= 1
            s = _share_start(toks, s, floor)
            return nar.text[toks[s][0]:toks[i][1]], toks[s][0]
        if head == "percent" and _share_start(toks, i, floor) < i and toks[i + 1][2] != "who":  # ('who said otherwise')
            return nar.text[toks[i - 1][0]:toks[i][1]], toks[i - 1][0]
        return None
    if toks[best][2][:1].isupper():  # 'Maria Quill’s spokesman', not 'Quill’s spokesman'
        while best - 1 >= floor and name_part(toks[best - 1][2]) and toks[best - 1][2].lower() not in INTRO_WORDS:
            best -= 1
    return nar.text[toks[best][0]:toks[i][1]], toks[best][0]


def _share_start(toks: list, s: int, floor: int) -> int:
    """'14 percent said', '21 percent of voters said': a poll's share keeps its number, never lost to
    a person named before it."""
    if s - 1 >= floor and toks[s][2] == "percent" and re.fullmatch(r"\d+(?:\.\d+)?", toks[s - 1][2]):
        return s - 1
    return s
