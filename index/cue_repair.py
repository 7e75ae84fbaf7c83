"""Common-noun speaker phrases the cue finder cuts short or misses next to its verb.

`cues.py` reads the phrase on either side of a speech verb, tuned for
names; for common nouns it stops early or looks past the source:

- 'a headline that said, “…”' gives 'that': the source is the noun before it;
- 'the newspaper's editorial telling him …' gives the sentence's subject
  ('Obama'): a noun right before a participle is what does the telling;
- 'Leaders of the organization have said' gives 'the organization', and
  'Her liberal friends' gives 'Her liberal': the phrase runs on past its edge;
- '…,” he told Sen. Jeff Flake (R-Ariz.), according to officials with
  knowledge of the meeting.' credits the officials, whom the finder cannot
  read as a phrase because they come without a determiner.

Each repair only ever swaps in a phrase headed by a source noun
(`speaker_nps.is_source_noun`), so named speakers pass through unchanged.
"""

from __future__ import annotations

import re

from index.cues import Cue
from index.lexicon import AUX_ADVERBS, CUE_VERBS
from index.non_persons import non_person
from index.phrases import Narrative, np_after
from index.speaker_nps import is_source_noun

_DETS = frozenset(
    """the a an one another his her its their our this these those some many several multiple most
    both all each any no two three four five six seven eight nine ten dozens hundreds thousands""".split()
)
_PREPS = frozenset("of for from at with in on to by about over under into than as".split())
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019\-]*$")
_LINKS = frozenset("of for from".split())
# Words after which a noun with a participle is a scene of its own ('with many marchers chanting …',
# 'after the newspaper's editorial telling him …'), not the object of the subject's verb ('Black
# Lives Matter released a statement saying …', where the annotators credit the subject).
_AMID = frozenset("with after before amid as like following under in on".split())
_MAX_BACK = 6


def _word(w: str) -> bool:
    return bool(_WORD_RE.match(w))


def _source(w: str) -> bool:
    """A lower-case source noun: capitalised ones belong to names ('News' in 'Yahoo News')."""
    return w[:1].islower() and is_source_noun(w)


def np_ending_at(toks: list, j: int, floor: int = 0) -> int | None:
    """Start index of the common-noun phrase whose head is token j ('the newspaper's editorial',
    'many marchers and spectators'), or None when token j heads none."""
    if not _source(toks[j][2]) and not (j == floor and is_source_noun(toks[j][2].lower())):
        return None
    s = j
    while s - 1 >= floor and j - s < _MAX_BACK:
        w = toks[s - 1][2]
        low = w.lower()
        if low in _DETS:
            return s - 1
        if low == "and" and s - 2 >= floor and _source(toks[s - 2][2]):
            s -= 2  # 'marchers and spectators'
            continue
        if not _word(w) or low in _PREPS or low in AUX_ADVERBS or low in CUE_VERBS \
                or (low.endswith("ed") and not w.endswith(_POSSESSIVE)):
            break
        s -= 1
    return s


def _span(nar: Narrative, toks: list, a: int, b: int) -> tuple[str, int]:
    return nar.text[toks[a][0]:toks[b][1]], toks[a][0]


def repair(nar: Narrative, cue: Cue, a: int, b: int) -> Cue:
    """The cue, found in the sentence running from `a` to `b`, with its speaker phrase mended."""
    toks = nar.span(a, b)
    starts = [t[0] for t in toks]
    if cue.np_start not in starts:
        return cue
    n = starts.index(cue.np_start)
    low = cue.np.lower()
    if low in ("that", "which", "who") and n > 0:  # 'under a headline that said'
        s = np_ending_at(toks, n - 1)
        return Cue(*_span(nar, toks, s, n - 1), cue.cue, cue.local, cue.at) if _scene(toks, s) else cue
    if cue.cue.endswith("ing") and cue.at in starts:  # 'after the newspaper's editorial telling him'
        v = starts.index(cue.at)
        s = np_ending_at(toks, v - 1, n) if v > n + 1 else None
        if _scene(toks, s):
            return Cue(*_span(nar, toks, s, v - 1), cue.cue, cue.local, cue.at)
    return _widen(nar, cue, toks, n)


def _scene(toks: list, s: int | None) -> bool:
    """The phrase starting at token s opens its clause or follows a preposition of circumstance."""
    return s is not None and (s == 0 or toks[s - 1][2] in (",", "\u2014") or toks[s - 1][2].lower() in _AMID)


def _widen(nar: Narrative, cue: Cue, toks: list, n: int) -> Cue:
    """'Leaders of' + 'the organization', 'Her liberal' + 'friends': the phrase past the finder's edge."""
    e = n + len(nar.span(cue.np_start, cue.np_start + len(cue.np))) - 1
    changed = False
    if e + 1 < len(toks) and toks[e + 1][0] != cue.at and toks[e][2].lower() in _ADJECTIVAL \
            and _source(toks[e + 1][2]) and toks[e + 1][2].endswith("s"):
        e += 1  # 'Her liberal friends': 'liberal' is a noun only on its own
        changed = True
    s = n
    named = cue.np[:1].isupper() and not non_person(cue.np.partition(",")[0])
    while s >= 2 and toks[s - 1][2].lower() in _LINKS and not named:  # 'this tweet from Rikkie Wells who …
        head = toks[s - 2][2]
        if not is_source_noun(head.lower()) or head.endswith(_POSSESSIVE):
            break
        t = np_ending_at(toks, s - 2) if head[:1].islower() else s - 2
        if t is None:
            break
        s = t
        changed = True
    if not changed:
        return cue
    return Cue(*_span(nar, toks, s, e), cue.cue, cue.local, cue.at)


def opening_according(nar: Narrative, a: int, b: int) -> Cue | None:
    """'According to the playbook, his salespersons were told, “…”' (a sentence from `a`, the quotation
    at `b`): the source the whole sentence is credited to, over the cues inside it."""
    toks = nar.span(a, b)
    k = 1 if toks and toks[0][2].lower() in ("but", "and", "yet", "so") else 0
    if len(toks) < k + 3 or toks[k][2].lower() != "according" or toks[k + 1][2].lower() != "to":
        return None
    np = np_after(nar, toks, k + 2)
    if np is None:
        return None
    phrase = np[0].partition(",")[0].strip()
    if not any(t[2] == "," and t[0] >= np[1] + len(phrase) for t in toks[k + 2:]):
        return None  # the quotation sits inside the according-to phrase itself
    return Cue(phrase, np[1], "according to", at=toks[k][0])


def closing_according(nar: Narrative, a: int, b: int) -> Cue | None:
    """', according to officials with knowledge of the meeting.' after a quotation, in `a`..`b`: the
    source the sentence is credited to, also when it comes without a determiner."""
    toks = nar.span(a, b)
    k = next((i for i in range(len(toks) - 2, -1, -1)
              if toks[i][2].lower() == "according" and toks[i + 1][2].lower() == "to"), None)
    if k is None or any(t[2] == "\x00" for t in toks[k:]):
        return None
    e = k + 2
    while e < len(toks) and e - k < 16 and toks[e][2] not in (".", ",", ";", "!", "?", "(", "\u2014") \
            and toks[e][2].lower() not in ("who", "which", "that"):
        e += 1
    np = toks[k + 2:e]
    if not np or not any(_source(t[2]) or t[2][:1].isupper() for t in np[:4]):
        return None
    return Cue(nar.text[np[0][0]:np[-1][1]], np[0][0], "according to", at=toks[k][0])


# Person nouns that are adjectives before another noun: 'her liberal friends', 'conservative voters'.
_ADJECTIVAL = frozenset("liberal conservative republican democrat democratic progressive moderate".split())
