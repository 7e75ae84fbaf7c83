"""Nominal sources hidden by a clause around them: 'A report released Tuesday says …',
'…, where about 50 protesters had gathered, chanting “…”'.

Split from `phrases.py` and `subjects.py`, which read the subject next to a cue verb; the shapes
here put a participle or a subordinate clause between the source noun and its cue.
"""

from __future__ import annotations

from index.speaker_nps import VERBISH, is_source_noun

# Participles that modify a text or a group after its noun ('a poll released Friday', 'a letter sent
# to donors'): not a verb of their own, so the noun before them is the subject of the cue.
_MODIFIER_PARTICIPLES = frozenset(
    """released published issued sent posted obtained filed aired conducted written signed distributed
    unveiled launched circulated leaked drafted prepared""".split()
)


def past_participle_modifier(toks: list, i: int, floor: int) -> int:
    """'A campaign ad released Thursday accuses': the head noun's token before a participle that modifies it.

    Returns i unchanged when token i is not such a participle right after a source noun.
    """
    if i - 1 < floor or toks[i][2] not in _MODIFIER_PARTICIPLES:
        return i
    noun = toks[i - 1][2]
    return i - 1 if noun.isalpha() and noun.islower() and is_source_noun(noun) else i


# What crowds do with their words: after a subordinate clause whose subject is a crowd, the crowd does it.
_CROWD_VERBS = frozenset("chanting shouting yelling screaming singing cheering".split())
_SUBORDINATE = frozenset("where which".split())  # a scene set apart, not a time ("as", "while")
_COUNT_WORDS = frozenset("about nearly roughly around almost some dozens hundreds thousands".split())
_GROUP_DETS = frozenset("the some many several dozens hundreds thousands".split())


def crowd_clause_subject(nar, toks: list, j: int) -> tuple[str, int] | None:
    """'Clinton spoke nearby, where about 50 protesters had gathered, chanting “…”': the protesters chant.

    For a crowd's verb (token j), the plural subject of the nearest 'where' or 'in which' clause in the
    same sentence, when it has one; else None.
    """
    if toks[j][2] not in _CROWD_VERBS:
        return None
    for s in range(j - 1, max(-1, j - 30), -1):
        w = toks[s][2]
        if w in ("\x00", ";", ":", ".", "!", "?"):
            return None
        if w.lower() in _SUBORDINATE and s + 1 < j:
            return _plural_group(nar, toks, s + 1, j)
    return None


def _plural_group(nar, toks: list, k: int, j: int) -> tuple[str, int] | None:
    """'about 50 protesters', 'children', 'the demonstrators' starting at token k, as a subject before j."""
    e = k
    while e < j and e - k < 3 and (toks[e][2].lower() in _COUNT_WORDS or toks[e][2].lower() in _GROUP_DETS
                                   or toks[e][2][:1].isdigit()):
        e += 1
    while e < j and e - k < 5 and toks[e][2].isalpha() and toks[e][2].islower() and not is_source_noun(toks[e][2]):
        if toks[e][2] in VERBISH or toks[e][2].endswith("ed"):
            return None  # 'where she had joined protesters': the clause has another subject
        e += 1
    if e >= j - 1 or not is_source_noun(toks[e][2]) or not toks[e][2].endswith(("s", "ren")):
        return None
    nxt = toks[e + 1][2]
    if not (nxt.isalpha() and nxt.islower()):
        return None  # 'where protesters, …': no verb of their own follows
    start = k + 1 if toks[k][2].lower() in ("about", "nearly", "roughly", "around", "almost") else k
    return nar.text[toks[start][0]:toks[e][1]], toks[start][0]


# Words a subject phrase read back from its verb cannot run across: a dash sets off an aside, and a
# subordinator or relative opens a clause whose own subject is the one speaking ('… a fine after the man
# posted', 'a station during which callers asked').
_CLAUSE_BREAKS = frozenset(
    "\u2014 \u2013 -- after before when while because since until although though unless whereas during "
    "which where whom whose what whether".split()
)


def breaks_subject(word: str) -> bool:
    """A token that ends a nominal subject read leftwards from its verb ('— 25 percent of voters say')."""
    return word.lower() in _CLAUSE_BREAKS
