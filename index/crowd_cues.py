"""Quotations taken up by a crowd or a role without the usual speech verb before them.

- 'the crowd loudly reprised the chant “…”': the subject of a verb whose object is a chant,
  slogan or refrain speaks it;
- 'a band got the crowd to dance and cheer for “…”', 'he had the audience chant “…”': the one
  made to chant speaks, not the one who made it;
- '“…,” came shouts from the crowd': the source after 'came shouts from';
- 'pointed out' is a speech verb ('point' alone is mostly a noun);
- 'Nothing the president said “will …,” the senator said': a quotation opening with a modal or an
  auxiliary is its sentence's predicate, so a cue verb right before it does not govern it.
"""

from __future__ import annotations

from index.colon_cues import Cue
from index.lexicon import NOT_VERBS
from index.phrases import Narrative, np_after, np_before
from index.quote_marks import MarkSpan

_CHANT_NOUNS = frozenset("chant chants slogan slogans refrain refrains mantra mantras line lines cry".split())
_CHANT_DETS = frozenset("the a an this that his her their its".split())
_MAKERS = frozenset("got get gets getting led lead leads leading had have has having made make makes making "
                    "urged urges urging encouraged encourages prompted prompts let lets".split())
_CROWD_VERBS = frozenset("chant cheer shout yell sing scream roar boo repeat".split())
_CAME_NOUNS = frozenset("shout shouts cry cries chant chants yell yells scream screams call calls voice voices".split())
_POINT = frozenset("point points pointed pointing".split())
_PREDICATE_OPENERS = frozenset("will would could should might may can must is are was were has have had "
                               "does did isn't wasn't won't".split())


def _crowd_verb(w: str) -> bool:
    """'chant', 'chanted', 'cheering' (lower-case only)."""
    return w[:1].islower() and any(w in (b, b + "s", b + "ed", b + "d", b + "ing", b[:-1] + "ing")
                                   for b in _CROWD_VERBS)


def chant_object(nar: Narrative, toks: list) -> Cue | None:
    """'the crowd loudly reprised the caustic chant “…”': the verb's subject speaks the chant it takes."""
    k = len(toks) - 1
    while k >= 0 and toks[k][2] in (",", ":"):
        k -= 1
    if k < 3 or toks[k][2] not in _CHANT_NOUNS:
        return None
    d = k - 1
    while d > 0 and k - d <= 3 and toks[d][2].lower() not in _CHANT_DETS and toks[d][2].replace("-", "").isalpha():
        d -= 1  # 'the caustic chant', 'the familiar campaign slogan'
    v = d - 1
    if toks[d][2].lower() not in _CHANT_DETS or v < 1:
        return None
    verb = toks[v][2]
    if not (verb.isalpha() and verb.islower()) or verb in NOT_VERBS:
        return None  # ('noted the change from the usual slogan, “…”': the slogan is no verb's object)
    np = np_before(nar, toks, v, 0)
    if np is None or np[0].lower() in ("that", "which", "who"):
        return None
    return Cue(np[0], np[1], verb, at=toks[v][0])


def made_to_chant(nar: Narrative, toks: list) -> Cue | None:
    """'got the crowd to dance and cheer for “…”': the crowd made to chant speaks."""
    n = len(toks)
    j = next((i for i in range(n - 1, max(n - 5, 0) - 1, -1) if _crowd_verb(toks[i][2])), None)
    if j is None or any(t[2] in (",", ".", "\x00") for t in toks[j + 1:]):
        return None
    for c in range(j - 1, max(j - 10, 0) - 1, -1):
        w = toks[c][2]
        if w in (",", ".", "\x00", ";"):
            return None
        if w in _MAKERS:
            np = np_after(nar, toks, c + 1)
            if np is None or not np[0][:1].isalpha() or np[0].lower().split()[0] in ("to", "that"):
                return None
            return Cue(np[0].split(" to ")[0], np[1], toks[j][2], at=toks[j][0])
    return None


def came_from(nar: Narrative, toks: list) -> Cue | None:
    """'“Call the roll,” came shouts from the crowd': the source of the shouts speaks."""
    if len(toks) < 4 or toks[0][2].lower() != "came":
        return None
    k = next((i for i in range(1, min(4, len(toks))) if toks[i][2].lower() in _CAME_NOUNS), None)
    if k is None or k + 2 >= len(toks) or toks[k + 1][2].lower() != "from":
        return None
    np = np_after(nar, toks, k + 2)
    return Cue(np[0].split(",")[0], np[1], toks[k][2], at=toks[0][0]) if np else None


def point_out(toks: list, j: int) -> bool:
    """'The host pointed out that …': 'point' is a speech verb only with its 'out'."""
    return toks[j][2] in _POINT and j + 1 < len(toks) and toks[j + 1][2] == "out"


def predicate_quote(body: str, cue: Cue | None, q: MarkSpan) -> bool:
    """'Nothing the president said “will assuage …”': the cue verb right before a quotation that opens with a
    modal or an auxiliary is inside the sentence's subject; the quotation is the predicate, spoken by another."""
    open_mark = q.open_mark
    if cue is None or cue.at < 0 or cue.np_start > cue.at or body[cue.at + len(cue.cue):open_mark].strip():
        return False
    words = body[open_mark + 1:open_mark + 20].split()
    return bool(words) and words[0].lower().replace("\u2019", "'") in _PREDICATE_OPENERS and words[0][:1].islower()
