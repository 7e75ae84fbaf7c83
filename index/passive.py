"""The agent of a passive speech verb speaks: 'X was asked by moderator Y whether …', 'labeled a “…” by Z'.

The subject of a passive verb is the person spoken to or about, so the
subject-first cue finders name the wrong person; here the 'by' phrase
names the speaker instead. `cues.left_cue` skips every passive verb and
leaves the agent to this module, for a quotation the passive verb governs
(no other cue verb between them).
"""

from __future__ import annotations

from index.cues import Cue
from index.subjects import np_after_name
from index.phrases import Narrative, is_cue, passive_verb

# Passives whose subject still speaks ('he was quoted by Politico as saying'), or no speech at all.
_NOT_AGENT_VERBS = frozenset("quoted reported found written put".split())
_NOT_AGENTS = frozenset("phone telephone email mail text far the way contrast comparison".split())
_CLAUSE = frozenset("whether if that to about for why how what when over on in as during after before".split())
_MAX_GAP = 12  # tokens between the verb and 'by', or between the quotation and 'by'


def _agent(nar: Narrative, toks: list, k: int) -> Cue | None:
    """The phrase after 'by' at token k, when it can be a speaker."""
    if k + 1 >= len(toks) or toks[k + 1][2].lower() in _NOT_AGENTS:
        return None
    np = np_after_name(nar, toks, k + 1)
    if np is None or np[0].lower() in ("him", "her", "them", "it"):
        return None
    words = np[0].split(" ")
    cut = next((i for i, w in enumerate(words) if i and w in _CLAUSE), len(words))  # '… Dunn whether the …'
    return Cue(" ".join(words[:cut]), np[1], "by", at=toks[k][0])


def passive_agent(nar: Narrative, s_start: int, open_mark: int, close: int, s_end: int) -> Cue | None:
    """The 'by' agent of the passive speech verb governing the quotation at `open_mark`, if any."""
    before = nar.span(s_start, open_mark)
    verb = None
    for j in range(len(before) - 1, -1, -1):
        w = before[j][2]
        if w == "\x00":
            break
        if is_cue(w, weak_ok=True) and w[:1].islower():
            verb = j if passive_verb(before, j) and w not in _NOT_AGENT_VERBS else None
            break
    if verb is None:
        return None
    for k in range(verb + 1, min(len(before), verb + 1 + _MAX_GAP)):  # 'was asked by Y whether … “'
        if before[k][2] == "by":
            return _agent(nar, before, k)
    after = nar.span(close + 1, s_end)
    for k, t in enumerate(after[:_MAX_GAP]):  # 'was labeled a “…” by Democrats'
        if t[2] in (".", ";", "\x00", "!", "?"):
            return None
        if is_cue(t[2], weak_ok=False) and t[2][:1].islower():
            return None
        if t[2] == "by":
            return _agent(nar, after, k)
    return None
