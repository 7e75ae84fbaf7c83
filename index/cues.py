"""Cue phrases around a quotation: 'X said', 'said X', 'according to X'.

Works on the article with every quotation blanked out (`masked`), so only
the reporter's narrative is parsed. Each finder returns the speaker phrase
as written and where it starts, or None; naming the speaker is left to
`attribution.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.lexicon import CUE_NOUNS, SUBJECT_PRONOUNS
from index.phrases import (
    INTRO_WORDS,
    TITLE_BARE,
    Narrative,
    is_cue,
    np_after,
    np_before,
    sentence_subject,
)


@dataclass(frozen=True)
class Cue:
    """A speaker phrase as written, its offset, and the cue as written."""

    np: str
    np_start: int
    cue: str
    local: bool = True
    at: int = -1  # offset of the cue word, to tell a governing cue from a distant one


_NOUN_DETS = frozenset("the a an his her their its our this these those".split())


_READ = frozenset({"read", "reads"})
_DOCUMENTS = CUE_NOUNS | frozenset("suit lawsuit message sign ad headline caption note report filing summary".split())


def _document(np: str) -> bool:
    """A speaker phrase that names a text ('the statement', 'a welcome message on the website')."""
    words = np.split(",")[0].lower().split()
    return any(w.strip(".\u2019'") in _DOCUMENTS for w in words[:4])


def _cue_text(nar: Narrative, toks: list, i: int) -> str:
    """The verb as written, with the addressee of 'told' ('told WN24')."""
    verb = toks[i][2]
    if verb.lower() in ("told", "tells", "tell", "telling") and i + 1 < len(toks):
        obj = []
        for t in toks[i + 1:i + 5]:
            w = t[2]
            if (w[:1].isupper() or w.lower() in ("reporters", "the", "a")) and w.lower() not in ("in", "on"):
                obj.append(t)
            else:
                break
        if obj:
            return nar.text[toks[i][0]:obj[-1][1]]
    return verb


def right_cue(nar: Narrative, a: int, b: int) -> Cue | None:
    """Cue after a quotation: '," he said', '," said Smith', '," Smith told X'."""
    toks = nar.span(a, b)
    i = 0
    while i < len(toks) and toks[i][2] in (",", "\u2014", "\u2013", "-", "..."):
        i += 1
    toks = toks[i:]
    if not toks or toks[0][2] == "\x00":
        return None
    w0 = toks[0][2].lower()
    if w0 == "according" and len(toks) > 2 and toks[1][2].lower() == "to":
        np = np_after(nar, toks, 2)
        return Cue(np[0], np[1], "according to", at=toks[0][0]) if np else None
    if w0 in _READ and len(toks) > 1:  # '," read the statement'
        np = np_after(nar, toks, 1)
        return Cue(np[0], np[1], toks[0][2], at=toks[0][0]) if np and _document(np[0]) else None
    if is_cue(w0, weak_ok=False) and len(toks) > 1:
        np = np_after(nar, toks, 1)
        if np and np[0].lower() not in ("that", "the") and not np[0].lower().startswith(("that ", "on ", "in ")):
            return _according_after(nar, toks, 1) or Cue(np[0], np[1], _cue_text(nar, toks, 0), at=toks[0][0])
    for j, t in enumerate(toks[:40]):
        if t[2] in (".", "!", "?", "\x00", ";") and j > 0:
            if t[2] == "." and j + 1 < len(toks) and toks[j + 1][2][:1].islower():
                continue
            break
        if j > 0 and t[2] in _READ:  # '," the statement read'
            np = np_before(nar, toks, j, 0)
            if np and _document(np[0]):
                return Cue(np[0], np[1], t[2], at=t[0])
            break
        if j > 0 and is_cue(t[2], weak_ok=False) and t[2][:1].islower():
            if j + 1 < len(toks) and is_cue(toks[j + 1][2], weak_ok=False) and toks[j + 1][2][:1].islower():
                continue  # 'the congressional report said': 'report' is the noun
            np = np_before(nar, toks, j, 0)
            if np is None and toks[j - 1][2] == ",":  # '“…” for Clinton, said Kunin.'
                np = np_after(nar, toks, j + 1)
            if np:
                return _according_after(nar, toks, j + 1) or Cue(np[0], np[1], _cue_text(nar, toks, j), at=t[0])
            break
        if t[2].lower() == "according" and j + 2 < len(toks) and toks[j + 1][2] == "to":
            np = np_after(nar, toks, j + 2)
            return Cue(np[0], np[1], "according to", at=t[0]) if np else None
    return None


def _according_after(nar: Narrative, toks: list, k: int) -> Cue | None:
    """'," Sanders said, according to CNN.': the report the reporter relies on is the source named.

    The annotators credit CNN, not Sanders, so the rest of the cue's sentence is
    searched for 'according to'.
    """
    for j in range(k, min(len(toks) - 2, k + 25)):
        w = toks[j][2]
        if w in ("!", "?", "\x00", ";") or (w == "." and not (j + 1 < len(toks) and toks[j + 1][2][:1].islower())):
            return None
        if w.lower() == "according" and toks[j + 1][2].lower() == "to":
            np = np_after(nar, toks, j + 2)
            return Cue(np[0], np[1], "according to", at=toks[j][0]) if np else None
    return None


def left_cue(nar: Narrative, a: int, b: int, partial: bool) -> Cue | None:
    """Cue before a quotation in its sentence: 'X said, “', 'X called it “'."""
    toks = nar.span(a, b)
    if len(toks) > 1 and toks[-1][2] == ":":
        colon = _colon_subject(nar, toks)
        if colon:
            return colon
    for j in range(len(toks) - 1, -1, -1):
        w = toks[j][2]
        if w == "\x00":
            break
        low = w.lower()
        if low == "according" and j + 1 < len(toks) and toks[j + 1][2].lower() == "to":
            np = np_after(nar, toks, j + 2)
            if np:
                return Cue(np[0], np[1], "according to", at=toks[j][0])
        if not is_cue(w, weak_ok=partial) or not w[:1].islower():
            continue
        if j > 0 and (toks[j - 1][2].lower() in _NOUN_DETS or toks[j - 1][2].endswith(("'s", "\u2019s"))):
            continue  # 'his remarks', "Clinton's statement": a noun, not a verb
        if low.endswith("ing") and not (j > 1 and toks[j - 1][2].lower() == "as"):
            prev = toks[j - 1][2] if j > 0 else ""
            np = np_before(nar, toks, j, 0) if (prev[:1].isupper() or prev.lower() in SUBJECT_PRONOUNS) \
                else sentence_subject(nar, toks, 0, j)
        else:
            np = np_before(nar, toks, j, 0)
        if np:
            return Cue(np[0], np[1], _cue_text(nar, toks, j), at=toks[j][0])
        if j + 1 < len(toks) and toks[j + 1][2][:1].isupper():  # 'said Smith: “'
            np = np_after(nar, toks, j + 1)
            if np:
                return Cue(np[0], np[1], w, at=toks[j][0])
    return None


def _colon_subject(nar: Narrative, toks: list) -> Cue | None:
    """'Rubio fired back forcefully: “…”' -> Rubio; 'Pollsters agree - Carl Bialik: “'."""
    end = len(toks) - 1
    start = end
    while start > 0 and toks[start - 1][2] not in (",", "\x00", "-", "\u2014", "\u2013", ";", "."):
        start -= 1
    clause = toks[start:end]
    if not clause:
        return None
    verb = next((k for k, t in enumerate(clause) if is_cue(t[2], True) and t[2][:1].islower()), None)
    if verb is not None:
        np = np_before(nar, clause, verb, 0)
        if np:
            return Cue(np[0], np[1], clause[verb][2], at=clause[verb][0])
    k = 0
    if clause[0][2].lower() in SUBJECT_PRONOUNS:
        return Cue(clause[0][2], clause[0][0], ":", at=toks[-1][0])
    while k < len(clause) and (clause[k][2][:1].isupper() or clause[k][2].lower().strip(".") in TITLE_BARE):
        k += 1
    if k and clause[0][2].lower() not in INTRO_WORDS:
        return Cue(nar.text[clause[0][0]:clause[k - 1][1]], clause[0][0], ":", at=toks[-1][0])
    return None


def introduces(nar: Narrative, a: int, b: int) -> Cue | None:
    """A sentence that hands the floor to the next paragraph: 'Smith said:'."""
    toks = nar.span(a, b)
    for j in range(len(toks) - 1, -1, -1):
        w = toks[j][2]
        if w == "\x00":
            return None
        if is_cue(w, weak_ok=False) and w[:1].islower():
            np = np_before(nar, toks, j, 0)
            if not np and j + 1 < len(toks):
                np = np_after(nar, toks, j + 1)
            return Cue(np[0], np[1], _cue_text(nar, toks, j), local=False) if np else None
    return None
