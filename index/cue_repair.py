"""Speaker phrases the cue finder cuts short or takes from the wrong place, mended.

`cues.py` reads the phrase on either side of a speech verb and is tuned for
names; around common nouns it stops early or looks past the source:

- a relative pronoun ('under a headline that said, “…”'): the noun before it
  speaks, unless that noun is the object of the clause's verb ('Trump
  released a video that said'), when the clause's subject does;
- a verb's object read as an inverted subject ('goes on to slam Sanders’
  “…”'), an appositive participle ('The message, sent to …, called it') or a
  dateline ('WASHINGTON (UPI) — …, saying'): the clause's subject speaks;
- a noun right before a participle ('after the newspaper's editorial telling
  him …', 'with many marchers chanting …') is what does the telling;
- 'Leaders of' + 'the organization', 'Her liberal' + 'friends', 'someone in'
  + 'the audience': the phrase runs on past the finder's edge;
- 'According to the playbook, …' and '…, according to officials with
  knowledge of the meeting.': the source a sentence is credited to, which
  `attribution` takes only when no one else in the sentence speaks.
"""

from __future__ import annotations

import re
from typing import Callable

from index.cues import Cue
from index.lexicon import AUX_ADVERBS, CUE_VERBS, ORG_NOUNS, PERSON_NOUNS
from index.non_persons import non_person
from index.phrases import Narrative, np_after
from index.nominal_sources import DETERMINERS, POSSESSIVE, clause_subject
from index.speaker_nps import VERBISH, is_source_noun, is_writing

PersonFinder = Callable[[int, int], "tuple[int, int] | None"]
_PREPS = frozenset("of for from at with in on to by about over under into than as".split())
_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019\-]*$")
_LINKS = frozenset("of for from".split())
_PARTITIVES = frozenset("someone somebody one some many several most each few none others all both".split())
_SUBORDINATE = frozenset("when where while as after because since".split())
_DATELINE_RE = re.compile(r"[A-Z]{3,}(?:[ ,.]+[A-Za-z0-9.]+){0,4}\s*(?:\([^)\n]{1,12}\)\s*)?[\u2014\u2013-]+\s*")
_ADJECTIVE_LINKS = frozenset({("familiar", "with"), ("close", "to")})
_PARTICIPLE_RE = re.compile(r"(?:\w+(?:ed|en)|sent|made|written|held|given|taken|put)\b")
# Words after which a noun with a participle is a scene of its own ('with many marchers chanting …',
# 'after the newspaper's editorial telling him …'), not the object of the subject's verb ('Black
# Lives Matter released a statement saying …', where the annotators credit the subject).
_AMID = frozenset("with after before amid as like following under in on".split())
_MAX_BACK = 6
_WH = frozenset("what whether who whom which that where when why how".split())
_VERBISH = VERBISH | frozenset("what whether".split())  # '… battle over whether Trump University is what …'
# Person nouns that are adjectives before another noun: 'her liberal friends', 'conservative voters'.
_ADJECTIVAL = frozenset("liberal conservative republican democrat democratic progressive moderate".split())


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
        if low in DETERMINERS:
            return s - 1
        if low == "and" and s - 2 >= floor and _source(toks[s - 2][2]):
            s -= 2  # 'marchers and spectators'
            continue
        if not _word(w) or low in _PREPS or low in AUX_ADVERBS or low in CUE_VERBS or low in _WH \
                or (low.endswith("ed") and not w.endswith(POSSESSIVE)):
            break
        s -= 1
    return s


def _span(nar: Narrative, toks: list, a: int, b: int) -> tuple[str, int]:
    return nar.text[toks[a][0]:toks[b][1]], toks[a][0]


def repair(nar: Narrative, cue: Cue, a: int, b: int, first_person: PersonFinder | None = None) -> Cue:
    """The cue, found in the sentence running from `a` to `b`, with its speaker phrase mended.

    `first_person(a, b)` gives the span of the first person named between two offsets, if any.
    """
    toks = nar.span(a, b)
    starts = [t[0] for t in toks]
    if cue.np_start not in starts:
        return cue
    n = starts.index(cue.np_start)
    v = starts.index(cue.at) if cue.at in starts else None
    for fix in (_relative, _object, _participle_scene, _appositive_participle, _dateline, _overrun):
        fixed = fix(nar, cue, toks, n, v, first_person)
        if fixed is not None:
            return fixed
    return _widen(nar, cue, toks, n)


def _relative(nar: Narrative, cue: Cue, toks: list, n: int, v: int | None,
              first_person: PersonFinder | None) -> Cue | None:
    """'under a headline that said' -> the headline; 'Trump released a video that said' -> Trump."""
    if cue.np.lower() not in ("that", "which") or n == 0 or not _word(toks[n - 1][2]):
        return None  # (not '(That said, she noted …')
    s = np_ending_at(toks, n - 1)
    if s is None:
        return None  # ('the world lost a voice that said …': no source noun to speak)
    if _scene(toks, s):
        return Cue(*_span(nar, toks, s, n - 1), cue.cue, cue.local, cue.at)
    return _subject_of(nar, toks, n, cue, first_person)


def _object(nar: Narrative, cue: Cue, toks: list, n: int, v: int | None,
            first_person: PersonFinder | None) -> Cue | None:
    """'The piece goes on to slam Sanders’ “…”': the phrase after an infinitive is its object."""
    if v is None or cue.np_start <= cue.at or v == 0 or toks[v - 1][2].lower() != "to":
        return None
    return _subject_of(nar, toks, v, cue, first_person)


def _participle_scene(nar: Narrative, cue: Cue, toks: list, n: int, v: int | None,
                      first_person: PersonFinder | None) -> Cue | None:
    """'after the newspaper's editorial telling him', '…, when Sanders protesters interrupted her speech,
    shouting “…”': the noun before the participle, or the subject of the clause it closes."""
    if v is None or not cue.cue.endswith("ing"):
        return None
    s = np_ending_at(toks, v - 1, n) if v > n + 1 else None
    if _scene(toks, s):
        return Cue(*_span(nar, toks, s, v - 1), cue.cue, cue.local, cue.at)
    words = cue.np.lower().split()
    if n > 0 and words and words[0] in DETERMINERS and is_writing(words[-1]) and _word(toks[n - 1][2]) \
            and toks[n - 1][2][:1].islower() and toks[n - 1][2].lower() not in _PREPS:
        return _subject_of(nar, toks, n, cue, first_person)  # 'The town released a statement saying'
    sub = next((j for j in range(v - 2, n, -1) if toks[j][2].lower() in _SUBORDINATE), None)
    if sub is None or toks[v - 1][2] != ",":
        return None
    subject = clause_subject(nar, toks[sub + 1][0], cue.at + len(cue.cue))
    return _moved(cue, subject) if subject else None


def _appositive_participle(nar: Narrative, cue: Cue, toks: list, n: int, v: int | None,
                           first_person: PersonFinder | None) -> Cue | None:
    """'The message, sent to Mills and forwarded to Clinton, called it': the phrase before the participle."""
    if not (cue.np[:1].islower() and n > 0 and toks[n - 1][2] in (",", "and") and _PARTICIPLE_RE.match(cue.np)):
        return None
    subject = clause_subject(nar, toks[0][0], cue.at + len(cue.cue))
    return _moved(cue, subject) if subject else cue


def _dateline(nar: Narrative, cue: Cue, toks: list, n: int, v: int | None,
              first_person: PersonFinder | None) -> Cue | None:
    """'WASHINGTON (UPI) — Hillary Clinton’s right-hand woman rallied supporters, saying: “…”'."""
    dash = _DATELINE_RE.match(nar.text, cue.np_start)
    if dash is None:
        return None
    subject = clause_subject(nar, dash.end(), cue.at + len(cue.cue))
    return _moved(cue, subject) if subject else cue


def _overrun(nar: Narrative, cue: Cue, toks: list, n: int, v: int | None,
             first_person: PersonFinder | None) -> Cue | None:
    """'The ongoing legal battle over whether Trump University is what former employees called “…”': a
    phrase run on through a verb is the subject of its clause, else the noun phrase at its end."""
    spans = list(re.finditer(r"\S+", cue.np.split(",")[0]))
    words = [m.group() for m in spans]
    verb = next((i for i, w in enumerate(words) if i > 1 and w.lower() in _VERBISH), None)
    if len(words) < 5 or v is None or v <= n or verb is None or words[verb - 1].lower() in _WH:
        return None  # ('a Russian businessman who has ties to …' is a phrase with its relative clause)
    if words[verb - 1][:1].isupper() or _source(words[verb - 1]):  # 'a paper from the … Institution had this to'
        return Cue(cue.np[:spans[verb - 1].end()], cue.np_start, cue.cue, cue.local, cue.at)
    if not _source(words[-1]):
        return None
    subject = clause_subject(nar, cue.np_start, cue.at + len(cue.cue))  # 'The council voted … for the resolution'
    if subject is not None:
        return _moved(cue, subject)
    s = np_ending_at(toks, v - 1, n)
    return Cue(*_span(nar, toks, s, v - 1), cue.cue, cue.local, cue.at) if s is not None and s > n else None


def _subject_of(nar: Narrative, toks: list, j: int, cue: Cue, first_person: PersonFinder | None) -> Cue:
    """The cue credited to the subject of its clause (tokens before j): a common-noun subject, else the
    first person named in the clause ('Majority Leader Mitch McConnell agreed …, but only to tell Garland')."""
    subject = clause_subject(nar, toks[0][0], cue.at + len(cue.cue))
    if subject is not None:
        return _moved(cue, subject)
    span = first_person(toks[0][0], toks[j][0]) if first_person else None
    return Cue(nar.text[span[0]:span[1]], span[0], cue.cue, cue.local, cue.at) if span else cue


def _moved(cue: Cue, subject: Cue) -> Cue:
    """The cue with the speaker phrase found elsewhere in its sentence."""
    return Cue(subject.np, subject.np_start, cue.cue, cue.local, cue.at)


def _scene(toks: list, s: int | None) -> bool:
    """The phrase starting at token s opens its clause or follows a preposition of circumstance."""
    return s is not None and (s == 0 or toks[s - 1][2] in (",", "\u2014") or toks[s - 1][2].lower() in _AMID)


def _widen(nar: Narrative, cue: Cue, toks: list, n: int) -> Cue:
    """'Leaders of' + 'the organization', 'Her liberal' + 'friends': the phrase past the finder's edge."""
    e = n + len(nar.span(cue.np_start, cue.np_start + len(cue.np))) - 1
    changed = False
    if e + 1 < len(toks) and toks[e + 1][0] != cue.at and toks[e][2].lower() in _ADJECTIVAL \
            and _source(toks[e + 1][2]):
        e += 1  # 'Her liberal friends', 'The conservative publication': 'liberal' is a noun only on its own
        changed = True
    elif any(t[2].endswith(POSSESSIVE) for t in toks[n:e + 1]) and toks[e][2].lower() not in _PREPS | {"and"}:
        owned = next((j for j in range(e + 1, min(len(toks), e + 4))
                      if toks[j][2] in PERSON_NOUNS or (j == e + 1 and toks[j][2] in ORG_NOUNS)), None)
        if owned is not None and all(_word(t[2]) and t[2].lower() not in _VERBISH for t in toks[e + 1:owned]):
            e, changed = owned, True  # 'Hillary Clinton’s right-hand' + 'woman', 'Cruz's' + 'campaign'
    s = n
    named = cue.np[:1].isupper() and not non_person(cue.np.partition(",")[0]) and not _speaks_for(toks, s)
    while s >= 2 and not named:  # not 'this tweet from' + 'Rikkie Wells who tweeted'
        link = toks[s - 1][2].lower()
        before = toks[s - 2][2].lower()
        if s >= 3 and before.endswith("ing") and link in ("to", "with") and not changed:
            t = np_ending_at(toks, s - 3)  # 'Another intelligence source speaking to Fox News said'
            return cue if t is None else Cue(*_span(nar, toks, t, s - 3), cue.cue, cue.local, cue.at)
        if s >= 3 and (before, link) in _ADJECTIVE_LINKS:
            s -= 1  # 'Source familiar with the ad', 'a person close to the Clintons'
        elif link in ("in", "of", "among") and before in _PARTITIVES:
            s -= 2  # 'someone in the audience', 'one of the protesters'
            changed = True
            break
        elif not (link in _LINKS or (link in ("on", "in") and is_writing(before)) or _speaks_for(toks, s)):
            break  # ('a welcome message on the website', 'A footnote in the report')
        head = toks[s - 2][2]
        if not is_source_noun(head.lower()) or head.endswith(POSSESSIVE):
            break
        t = np_ending_at(toks, s - 2) if head[:1].islower() else s - 2
        if t is None:
            break
        s = t
        changed = True
    if not changed:
        return cue
    return Cue(*_span(nar, toks, s, e), cue.cue, cue.local, cue.at)


_AGENTS = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney".split())


def _speaks_for(toks: list, s: int) -> bool:
    """'a spokesman for Gov. Ted Boyle said': the name is whom the agent before it speaks for."""
    return s >= 2 and toks[s - 1][2].lower() in ("for", "to") and toks[s - 2][2].lower() in _AGENTS


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
    head = np[0].partition(",")[0].strip()
    if not any(t[2] == "," and t[0] >= np[1] + len(head) for t in toks[k + 2:]):
        return None  # the quotation sits inside the according-to phrase itself
    return Cue(np[0], np[1], "according to", at=toks[k][0])


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
            and toks[e][2].lower() not in ("who", "which", "that") \
            and not (e > k + 2 and toks[e][2].islower() and _PARTICIPLE_RE.fullmatch(toks[e][2])  # '… poll
                     and not (e + 1 < len(toks) and toks[e + 1][2] == "by")):  # released Thursday', not 'by WPR'
        e += 1
    np = toks[k + 2:e]
    if not np or not any(_source(t[2]) or t[2][:1].isupper() for t in np[:4]):
        return None
    return Cue(nar.text[np[0][0]:np[-1][1]], np[0][0], "according to", at=toks[k][0])

