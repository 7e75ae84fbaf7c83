"""Which word governs a quoted phrase: a framing verb ('defended him as a “…”'), 'calls', a speech noun's owner.

Split from `cues`: these decide, for a partial quotation, whether the word
before it hands the phrase to a subject, to a possessor, or to nobody.
"""

from __future__ import annotations

from index.lexicon import AS_VERBS, PERSON_NOUNS, TITLES, WEAK_CUES
from index.phrases import BE_FORMS, INTRO_WORDS, Narrative, name_part

NOUN_DETS = frozenset("the a an his her their its our this these those".split())
_OBJECT_PRONOUNS = frozenset("him them me us".split())
_THIRD_PERSON = frozenset("he she they".split())


def object_phrase(np: str) -> bool:
    """'her of making racist', 'him': an object the phrase finder read as a subject ('her spokesman' is one)."""
    words = np.lower().split()
    return words[0] in _OBJECT_PRONOUNS or (words[0] == "her" and (len(words) == 1 or words[1] in _PREPS))


_PREPS = frozenset("of to for as with by about".split())
_PP_PREPS = frozenset("in on to during against about at".split())
_CLAUSE_BREAKS = frozenset((",", ";", ":", ".", "\x00", "\u2014"))
_DATE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday january february
    march april june july august september october november december""".split())


def inverts(low: str) -> bool:
    """'said Smith: “': a speech verb before its subject; never 'described Trump as', 'called Smith “…”'."""
    return low not in WEAK_CUES and low not in AS_VERBS


def partial_verb(toks: list, j: int, partial: bool) -> bool:
    """A verb governing a quoted phrase that the cue list leaves out: 'Smith defended his aide as a “…”'
    (a framing verb with its 'as'), 'Rivera calls Smith a “…”', 'videos he calls “…”' ('calls' after
    its subject; elsewhere mostly a noun)."""
    if not partial or j == 0:
        return False
    low, prev = toks[j][2].lower(), toks[j - 1][2]
    if low in ("calls", "call"):
        return prev.lower() in _THIRD_PERSON or (prev[:1].isupper() and prev.isalpha())  # ('what we call “…”')
    if low not in AS_VERBS or not toks[j][2][:1].islower():
        return False
    rest = toks[j + 1:j + 16]  # the 'as' and the quotation within 14 words, in the same clause
    return any(t[2] == "as" for t in rest) and len(rest) < 15 and not any(t[2] in _CLAUSE_BREAKS for t in rest)


def _verb_past_pp(toks: list, k: int) -> str:
    """The 'is'/'was' after a noun's prepositional phrase and any parenthesis ('to his interns (repeated to me)
    was'), or '' when a clause break or ten words come first."""
    depth, words = 0, 0
    for t in toks[k:]:
        w = t[2]
        if w in ("(", ")"):
            depth += 1 if w == "(" else -1
        elif depth <= 0:
            if w in _CLAUSE_BREAKS or words >= 10:
                return ""
            if w.lower() in ("is", "was"):
                return w.lower()
            words += 1
    return ""


def possessor(nar: Narrative, toks: list, j: int) -> tuple[str, int] | None:
    """'But Smith’s most explosive claim is that …', "Jones's assertion of a “…”": the owner of the speech
    noun at token j, when the noun governs the quotation (the speech verbs before it are not reached)."""
    nxt = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
    if nxt in _PP_PREPS:  # "Rubio's catch phrase in that election against Crist was that …"
        nxt = _verb_past_pp(toks, j + 2)
    if nxt not in ("that", "of", "is", "was"):
        return None  # ('calling Trump’s charge “pathetic”': the quotation is the verb's, not the charge)
    if nxt == "that" and sum(t[2].lower() in BE_FORMS for t in toks[j + 2:]) > 1:
        return None  # ('Rubio's claim that Cruz is soft is “simply not true”': the quotation judges the claim)
    k = j - 1
    while k >= 0 and j - k <= 3 and toks[k][2].isalpha() and toks[k][2].islower() \
            and toks[k][2] not in NOUN_DETS and toks[k][2] not in PERSON_NOUNS:
        k -= 1  # 'most explosive' (not 'Grayson's spokeswoman challenged the assertion that')
    if k >= 0 and toks[k][2][:1].islower():
        return _role_owner(nar, toks, k)
    if k < 0 or not toks[k][2].endswith(("'s", "\u2019s")) or not toks[k][2][:1].isupper():
        return None
    s = k
    while s - 1 >= 0 and name_part(toks[s - 1][2]):
        s -= 1
    while s < k and toks[s][2].lower() in INTRO_WORDS:
        s += 1
    if toks[k][2][:-2].lower() in _DATE_WORDS:
        return None  # "Monday's statement"
    return nar.text[toks[s][0]:toks[k][1] - 2], toks[s][0]


_ROLE_DETS = frozenset("the this that".split())


def _role_owner(nar: Narrative, toks: list, k: int) -> tuple[str, int] | None:
    """"The Florida senator’s answer was that …": a definite role owning a speech noun speaks, as a name would."""
    w = toks[k][2]
    if not w.endswith(("'s", "\u2019s")) or w[:-2].lower() not in PERSON_NOUNS | TITLES:
        return None
    s = k - 1
    while s >= 0 and k - s <= 4 and toks[s][2].lower() not in _ROLE_DETS and toks[s][2].replace("-", "").isalpha():
        s -= 1
    if s < 0 or toks[s][2].lower() not in _ROLE_DETS:
        return None
    return nar.text[toks[s][0]:toks[k][1] - 2], toks[s][0]
