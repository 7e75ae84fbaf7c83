"""Colon cues: 'Rubio fired back forcefully: “…”', "Clinton's response:", 'Frank Newport and Jim Harter:'.

A colon hands the floor to the quotation after it; the speaker is the subject
of the clause before the colon, the owner of a document noun, or the name
the clause is made of. Also home of `Cue`, shared by every cue finder.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.lexicon import CUE_NOUNS, NOT_VERBS, PERSON_NOUNS, SPEECH_NOUNS, SUBJECT_PRONOUNS
from index.phrases import INTRO_WORDS, TITLE_BARE, Narrative, is_cue, np_before
from index.name_runs import name_part, role_word
from index.clause_subjects import past_role_words, sentence_subject
from index.subjects import np_after_name, subject_before


@dataclass(frozen=True)
class Cue:
    """A speaker phrase as written, its offset, and the cue as written."""

    np: str
    np_start: int
    cue: str
    local: bool = True
    at: int = -1  # offset of the cue word, to tell a governing cue from a distant one


_BACK_VERBS = frozenset("fired shot hit snapped pushed struck fires shoots hits snaps pushes strikes".split())


def back_verb(toks: list, j: int) -> bool:
    """'Sanders shot back, “…”', 'Rubio fired back:': the verb with 'back' is a retort."""
    return toks[j][2] in _BACK_VERBS and j + 1 < len(toks) and toks[j + 1][2] == "back"


def put_it(toks: list, j: int) -> bool:
    """'As Cornyn, the No. 2 in the leadership, put it: “…”'."""
    return toks[j][2] in ("put", "puts") and j + 1 < len(toks) and toks[j + 1][2] == "it"


_QUOTING = frozenset("quotes quoted quoting cites cited citing".split())
_AS_WHILE = frozenset("as while when".split())


def colon_subject(nar: Narrative, toks: list) -> Cue | None:
    """'Rubio fired back forcefully: “…”' -> Rubio; 'Pollsters agree - Carl Bialik: “'."""
    end = len(toks) - 1
    start = end
    while start > 0 and toks[start - 1][2] not in (",", "\x00", "-", "\u2014", "\u2013", ";", "."):
        start -= 1
    start = _past_adjunct(toks, start)
    clause = toks[start:end]
    if not clause:
        return None
    owner = _document_owner(nar, clause)
    if owner:
        return owner
    quoting = next((k for k, t in enumerate(clause) if t[2] in _QUOTING), None)
    if quoting is not None:  # 'Frank quotes former Carter adviser Alfred Kahn:' hands the floor to Kahn
        np = np_after_name(nar, clause, quoting + 1)
        if np:
            return Cue(np[0], np[1], clause[quoting][2], at=clause[quoting][0])
    verbs = [k for k, t in enumerate(clause) if (is_cue(t[2], True) and t[2][:1].islower()) or back_verb(clause, k)
             or put_it(clause, k)]
    verb, floor = (verbs[0], 0) if verbs else (None, 0)
    sub = next((k for k in range(len(clause) - 1, verbs[0], -1) if clause[k][2].lower() in _AS_WHILE), None) \
        if verbs else None
    if sub is not None and verbs[-1] > sub + 1:  # 'Cruz said as the heckler yelled: “…”': the later clause's speaker
        verb, floor = verbs[-1], sub + 1
    if verb is not None:
        np = np_before(nar, clause, verb, floor)
        if np:
            return Cue(np[0], np[1], clause[verb][2], at=clause[verb][0])
    if start > 0 and (_verb_like(clause[0][2]) or verb == 0):
        np = _subject_across(nar, toks, start)
        if np:
            return Cue(np[0], np[1], ":", at=toks[-1][0])
    if clause[0][2].lower() in SUBJECT_PRONOUNS:
        return Cue(clause[0][2], clause[0][0], ":", at=toks[-1][0])
    obj = _object_name(nar, clause) if _abstract_subject(clause) else None
    if obj:
        return Cue(obj[0], obj[1], ":", at=toks[-1][0])
    s = _past_lead_adverb(clause)
    k = s
    while k < len(clause) and (clause[k][2][:1].isupper() or clause[k][2].lower().strip(".") in TITLE_BARE
                               or _joins_names(clause, k)):
        k += 1
    k = past_role_words(clause, k) if k > s else k
    if k > s and clause[s][2].lower() not in INTRO_WORDS:
        return Cue(nar.text[clause[s][0]:clause[k - 1][1]], clause[s][0], ":", at=toks[-1][0])
    return None


_ABSTRACT_DETS = frozenset("the this that such its".split())


def _abstract_subject(clause: list) -> bool:
    """'The timing of Ruiz's surge doesn't surprise …:': the clause opens with a thing, not a person."""
    return len(clause) > 4 and clause[0][2].lower() in _ABSTRACT_DETS and clause[1][2].isalpha() \
        and clause[1][2].islower() and clause[1][2] not in PERSON_NOUNS


def _object_name(nar: Narrative, clause: list) -> tuple[str, int] | None:
    """'… doesn't surprise Democratic pollster Alma Troy:': a full name closing a clause whose subject is
    no person is the one the colon hands the floor to."""
    e = len(clause)
    s = e
    while s > 0 and name_part(clause[s - 1][2]):
        s -= 1
    words = [t[2] for t in clause[s:e] if t[2][:1].isupper()]
    v = s - 1
    while v > 1 and role_word(clause[v][2]):
        v -= 1  # 'Republican pollster', 'former senator'
    if len(words) < 2 or v < 2 or not clause[v][2].isalpha() or not clause[v][2].islower() \
            or clause[v][2] in NOT_VERBS:
        return None  # ('The statement was sent to Kendra Marsh:' is the statement's, not hers)
    np = np_before(nar, clause, e, s - 1)
    return np if np and np[0][:1].isupper() and len(np[0].split()) >= 2 else None


_LEAD_ADVERBS = frozenset("later then meanwhile still afterward afterwards finally instead also now".split())


def _past_lead_adverb(clause: list) -> int:
    """'Later Kendra Marsh issued a statement:': a sentence adverb before the subject is no part of it."""
    return 1 if len(clause) > 2 and clause[0][2].lower() in _LEAD_ADVERBS and clause[1][2][:1].isupper() else 0


_ADJUNCT_PREPS = frozenset("with without in at after before during".split())


def _past_adjunct(toks: list, start: int) -> int:
    """'Kelly responded pointedly, with a smile:': a verbless phrase after a comma belongs to the clause
    before it, whose subject speaks."""
    if start < 2 or toks[start - 1][2] != "," or toks[start][2] not in _ADJUNCT_PREPS \
            or any(is_cue(t[2], False) for t in toks[start:-1]):
        return start
    s = start - 1
    while s > 0 and toks[s - 1][2] not in (",", "\x00", "-", "\u2014", "\u2013", ";", "."):
        s -= 1
    return s


def _document_owner(nar: Narrative, clause: list) -> Cue | None:
    """"From Bush's Facebook post:", "Clinton's response:": the owner of the words that follow speaks."""
    noun = clause[-1][2]
    if noun.lower() not in CUE_NOUNS | SPEECH_NOUNS or len(clause) < 2:
        return None
    k = next((k for k in range(len(clause) - 2, max(len(clause) - 5, -1), -1)
              if clause[k][2].endswith(("'s", "\u2019s"))), None)
    if k is None or not clause[k][2][:1].isupper():
        return None
    s = k
    while s > 0 and clause[s - 1][2][:1].isupper() and clause[s - 1][2].lower() not in INTRO_WORDS:
        s -= 1
    return Cue(nar.text[clause[s][0]:clause[k][1] - 2], clause[s][0], noun, at=clause[-1][0])


def _subject_across(nar: Narrative, toks: list, start: int) -> tuple[str, int] | None:
    """The subject of a colon clause that opens with its verb after a comma: 'McConnell, R-Ky., delivered
    a blunt message to Trump:', 'As Cornyn, the No. 2 in the leadership, put it:'."""
    if toks[start][2].endswith("ing"):  # 'Clinton claimed victory in a tweet, saying:'
        np = subject_before(nar, toks, start)
    elif toks[0][2] == "As" and start > 1:
        np = np_after_name(nar, toks[:start], 1)
    else:
        np = np_before(nar, toks, start, 0)
        if not np or len(np[0].split()) > 6:  # 'Trump continued his attacks …, followed by:' is no appositive
            np = sentence_subject(nar, toks, 0, start)
    return np if np and (np[0][:1].isupper() or np[0].lower() in SUBJECT_PRONOUNS) else None


def _verb_like(w: str) -> bool:
    """A lowercase word that opens a predicate after an appositive: 'delivered', 'offers'."""
    return w[:1].islower() and w.isalpha() and w.endswith(("ed", "es")) and w not in ("includes", "included")


def _joins_names(toks: list, k: int) -> bool:
    """'Frank Newport and Jim Harter:': an 'and' between two capitalised names joins co-authors."""
    return (toks[k][2] == "and" and 0 < k < len(toks) - 1 and toks[k - 1][2][:1].isupper()
            and toks[k + 1][2][:1].isupper())
