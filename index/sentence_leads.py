"""How a sentence opens, for resolving its he/she (`mentions.MentionTracker.resolve`).

"He said he and Trump differ." is about whoever 'he' already was, so its
first name is no referent for a later 'he'; in "Asked about Clinton's plan,
she replied" the names of the fronted clause are what she was asked about;
in "After he blasted the film, Pastor Kevin Swanson …" the 'he' of the
fronted clause is the main clause's subject, named after it. Regexes over
the masked narrative (quotations blanked), one sentence at a time.
"""

from __future__ import annotations

import re

_PRONOUN_LEAD_RE = re.compile(
    r"\s*(?:(?:But|And|Then|Yet|So|Still|Later|Now),?\s+"
    r"|(?:Asked|Pressed|Questioned|[A-Z][a-z]+ing)\b(?:[^,\x00]{0,150},\s+){1,3}?"
    r"|(?:Though|Although|While|When|After|Because|If|As|Since|Before|Once)\s+(?:he|she)\b[^,\x00]{0,150},\s+)?"
    r"([Hh]e|[Ss]he)\b")
_PARTICIPLE_LEAD_RE = re.compile(r"\s*(?:Asked|Pressed|Questioned|[A-Z][a-z]+ing)\b")
_FRONTED_RE = re.compile(r"\s*(?:After|When|While|Before|Since|As|Although|Though|Once|Until|Because|If)\s+")
_AFTER_CLAUSE_RE = re.compile(r"[,\x00]\s*(?:[A-Z][\w.]*\s+)*$")  # ', Pastor Kevin Swanson', ', Sen. '


def pronoun_led(text: str, start: int, end: int, want: str) -> bool:
    """Does text[start:end] open with 'he'/'she' of that gender ('He said …', 'Asked about X, she …')?"""
    m = _PRONOUN_LEAD_RE.match(text, start, end)
    return bool(m) and (m.group(1).lower() == "he") == (want == "m")


def participle_led(text: str, start: int, pos: int) -> bool:
    """'Asked about Clinton, she …', 'Responding to Trump, he …': the pronoun at `pos` ends a fronted clause."""
    k = pos
    while k > start and text[k - 1].isspace():
        k -= 1  # (not text[:pos].rstrip(): that copies the article for every pronoun)
    return k > start and text[k - 1] == "," and bool(_PARTICIPLE_LEAD_RE.match(text, start, pos))


def fronted_pronoun(text: str, start: int, pos: int) -> bool:
    """'After he blasted …': the pronoun at `pos` opens a fronted subordinate clause."""
    return bool(_FRONTED_RE.fullmatch(text, start, pos))


def after_clause(text: str, pos: int) -> bool:
    """', Pastor Kevin Swanson': the name at `pos` comes right after a clause's comma (or a quotation)."""
    return bool(_AFTER_CLAUSE_RE.search(text, max(0, pos - 30), pos))
