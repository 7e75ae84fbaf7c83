"""The subject of a cue verb, read back from it: 'Smith, a former aide, said', '…, calling'.

Split from `cues.py`, which finds the cue verbs: the shapes here ('Of Carson, Levine … said',
'with Trump tweeting …, asking', 'Johnson kept asking', a dateline before the subject) are
about the phrase before the verb, not about the verb.
"""

from __future__ import annotations

from index.clause_subjects import sentence_subject
from index.governing import NOUN_DETS, object_phrase
from index.lexicon import AS_VERBS, DASHES, PERSON_NOUNS, SUBJECT_PRONOUNS
from index.name_runs import TITLE_BARE
from index.nominal_clauses import crowd_clause_subject
from index.phrases import Narrative, adverb, np_after, np_before
from index.speaker_nps import definite_person

_NAME_WORDS = frozenset("from may will by with about before after during".split())  # capitalised: surnames


def np_after_name(nar: Narrative, toks: list, k: int) -> tuple[str, int] | None:
    """`np_after`, keeping a surname spelt like a function word: 'said Al From, who …', 'said Theresa May.'

    A capitalised 'From' or 'May' right after a one-word name, closing the phrase, is a surname,
    where the phrase finder stops at the preposition.
    """
    np = np_after(nar, toks, k)
    if not np or " " in np[0] or not np[0][:1].isupper() or np[0].lower() in SUBJECT_PRONOUNS:
        return np
    e = next((i for i in range(k, len(toks)) if toks[i][0] >= np[1] + len(np[0])), None)
    if e is None or not toks[e][2][:1].isupper() or toks[e][2].lower() not in _NAME_WORDS:
        return np
    if e + 1 < len(toks) and toks[e + 1][2] not in (",", ".", "\x00", ";", ")"):
        return np
    return nar.text[np[1]:toks[e][1]], np[1]


def subject_before(nar: Narrative, toks: list, j: int) -> tuple[str, int] | None:
    """The subject of the speech verb at token j ('Smith, …, said', '…, calling'), or None when the phrase
    found is an object ('accused her of making racist remarks by …': 'remarks' is no verb) or a role a
    participle leaves to the ranker ('The GOP nominee …, portraying immigrants as “…”')."""
    low = toks[j][2].lower()
    if low.endswith("ing") and not (j > 1 and toks[j - 1][2].lower() == "as"):
        prev = toks[j - 1][2] if j > 0 else ""
        if prev.lower() in _CATENATIVES:  # 'Johnson kept asking her why “…”'
            np = np_before(nar, toks, j - 1, 0)
        elif prev == "," and _said_before(toks, j) is not None:  # '…, Spicer said Tuesday, adding, “'
            np = np_before(nar, toks, _said_before(toks, j), 0)
        elif (prev[:1].isupper() or prev.lower() in SUBJECT_PRONOUNS):
            np = _past_object(nar, toks, np_before(nar, toks, j, 0), _OBJECT_PREPS)
        else:
            np = _with_subject(nar, toks, j) or crowd_clause_subject(nar, toks, j) \
                or _with_role_name(nar, toks, sentence_subject(nar, toks, 0, j), j)
        if np and low in AS_VERBS and definite_person(np[0]):
            return None
    else:
        np = _past_object(nar, toks, np_before(nar, toks, j, 0), _OBJECT_PREPS | {"of"})
    return None if np and object_phrase(np[0]) else np


# (not 'a letter from X said', nor 'a video of X saying': X speaks; 'the CEO of X said' is X's CEO)
_OBJECT_PREPS = frozenset("to for on at by".split())
_ROLES = PERSON_NOUNS | TITLE_BARE


def _past_object(nar: Narrative, toks: list, np: tuple[str, int] | None, preps: frozenset[str]) \
        -> tuple[str, int] | None:
    """'Stanton wrote a letter to Attorney General Loretta Lynch asking', 'Gary Byrne, a former agent for
    President Bill Clinton has written', 'Anton, president and CEO of the Restaurant Association stated':
    a name inside the predicate or an unclosed appositive (after 'a letter to', 'president and') is no
    subject; the clause's own subject, a name before it, is.
    """
    if not np or not (np[0][:1].isupper() or np[0].split()[0].lower() in NOUN_DETS):
        return np  # ('… fundraising email to his supporters notes that': 'his supporters' are written to)
    s = next((i for i, t in enumerate(toks) if t[0] >= np[1]), None)
    if s is None or s < 2:
        return np
    before, low = toks[s - 1][2], toks[s - 2][2]
    inside = (before in preps and low.isalpha() and (low.islower() or low.lower() in _ROLES)
              and low not in preps) or (
        before == "and" and low.islower() and low in PERSON_NOUNS | TITLE_BARE)
    e = next((i for i in range(s, len(toks)) if toks[i][0] >= np[1] + len(np[0])), len(toks))
    if not inside or any(t[2].lower() in ("who", "which") for t in toks[e:e + 2]):
        return np  # ('a reaction from Barack Obama, who called …': the relative clause's subject)
    subject = sentence_subject(nar, toks, 0, s - 1)
    if not subject or not subject[0][:1].isupper() or subject[0].split()[0].lower() in _NAME_WORDS | NOUN_DETS \
            or subject[0].split()[-1].lower() in _ROLES:
        return np  # ('Leaders of the organization said': a role is no name to go back to)
    return subject


_SAID = frozenset("said says added adds told tells wrote writes".split())


def _said_before(toks: list, j: int) -> int | None:
    """The speech verb of the clause that the ', V-ing' at j extends: 'Hollande said Tuesday in Paris, noting'."""
    for k in range(j - 2, max(j - 8, 0), -1):
        if toks[k][2] in (",", "\x00", ";", ":"):
            return None
        if toks[k][2] in _SAID:
            return k
    return None
_CATENATIVES = frozenset("kept keeps began begins started starts continued continues".split())


def _with_subject(nar: Narrative, toks: list, j: int) -> tuple[str, int] | None:
    """'…, with Donald Trump tweeting that … and asking, “': the noun after 'with' does the -ing."""
    for i in range(j - 1, -1, -1):
        if toks[i][2] in ("\x00", ";", ":"):
            return None
        if toks[i][2].lower() != "with":
            continue
        e = next((k for k in range(i + 1, min(j + 1, i + 8)) if toks[k][2].endswith("ing")
                  and toks[k][2][:1].islower() and toks[k][2] not in _ING_PREPS), None)
        first = toks[i + 1][2] if i + 1 < j else ""
        if e is None or e == i + 1 or not (first[:1].isupper() or first.lower() in ("one", "some", "many")):
            return None
        if any(t[2] in (",", "(", ")") or t[2] in _PP_BREAKS for t in toks[i + 1:e]):
            return None  # ('clashed with Pell during the Senate hearing, chiding': 'hearing' is a noun)
        while e - 1 > i + 1 and adverb(toks[e - 1][2]):
            e -= 1  # 'with Cruz recently promising'
        return nar.text[toks[i + 1][0]:toks[e - 1][1]], toks[i + 1][0]
    return None


_PP_BREAKS = frozenset("during at in on after before since into".split())  # a new phrase, not the -ing's subject
_ING_PREPS = frozenset("during including regarding concerning following according excluding pending".split())
_FRONT_PREPS = frozenset("of about on for to with unlike like regarding asked".split())


def past_fronted_pp(nar: Narrative, toks: list, np: tuple[str, int], j: int) -> tuple[str, int]:
    """'Of Carson, Levine, who backs Rubio, said': the fronted phrase names the topic, the subject follows.

    A speaker phrase opening with a capitalised preposition is a fronted adjunct; the name after
    its comma is the subject of the cue at token j.
    """
    first = np[0].split()[0] if np[0].split() else ""
    if not first[:1].isupper() or first.lower() not in _FRONT_PREPS:
        return np
    k = next((i for i, t in enumerate(toks) if t[0] >= np[1]), None)
    comma = next((i for i in range(k, j) if toks[i][2] == ","), None) if k is not None else None
    if comma is None:
        return np
    after = np_after_name(nar, toks[:j], comma + 1)
    return after if after and after[0][:1].isupper() else np


_ROLE_LINK = frozenset("campaign press communications senior chief national deputy".split())


def _with_role_name(nar: Narrative, toks: list, np: tuple[str, int] | None, j: int) -> tuple[str, int] | None:
    """'Smith campaign spokesman Brian Jones responded …, calling': the subject runs on to the name.

    A subject that stops at an organisation's name ('Smith') and goes on with a role noun and a
    capitalised name is the person with that role.
    """
    if not np:
        return np
    k = next((i for i, t in enumerate(toks) if t[0] >= np[1] + len(np[0])), None)
    if k is None:
        return np
    roles = 0
    while k < j and roles < 4 and (toks[k][2] in PERSON_NOUNS or toks[k][2] in _ROLE_LINK):
        k, roles = k + 1, roles + 1
    e = k
    while e < j and toks[e][2][:1].isupper() and toks[e][2] != "\x00":
        e += 1
    if not roles or e == k or toks[k - 1][2] not in PERSON_NOUNS:
        return np
    return nar.text[np[1]:toks[e - 1][1]], np[1]


def past_dateline(nar: Narrative, toks: list, np: tuple[str, int], j: int) -> tuple[str, int]:
    """'Washington (AFP) – Democrat Hillary Clinton …, saying': the dateline's city is not the subject.

    A speaker phrase followed by an optional '(Agency)' and a dash opens a news-agency story;
    the subject is the phrase after the dash.
    """
    if np[1] > 0 and nar.text[np[1] - 1] != "\n":
        return np  # a dateline opens its paragraph
    k = next((i for i, t in enumerate(toks) if t[0] >= np[1] + len(np[0])), None)
    if k is None or k >= j:
        return np
    if toks[k][2] == "(" and k + 2 < j and toks[k + 2][2] == ")":
        k += 3
    if k + 1 >= j or toks[k][2] not in DASHES or not toks[k + 1][2][:1].isupper():
        return np
    after = np_before(nar, toks, j, k + 1) if toks[j - 1][2][:1].isupper() else sentence_subject(nar, toks, k + 1, j)
    return after or np
