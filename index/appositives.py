"""The subject before a verb across commas: 'Boris Bondarev, a former member of …, told'.

Split from `phrases` (which finds the phrase next to a cue verb): when a comma
stands right before the verb, the subject is the first comma-separated chunk
that is not an appositive, a party tag, a state or an aside.
"""

from __future__ import annotations

import re

from index.name_runs import name_part, role_word
from index.phrases import DETS, INTRO_WORDS, Narrative, drop_intro, placed_nominal

_STATE_ABBR = re.compile(r"(?:[A-Z]\.){2,3}")  # 'N.H.', 'D.C.': a place after 'in Concord,'
_APPOS_START = frozenset("a an the of from who whose which whom both".split())  # ', both Republicans,'
# 'Trump, in Kentucky, said': a place or occasion between subject and verb, skipped like an appositive.
_ASIDE_START = frozenset("in at on during while after before speaking writing".split())


def appositive_subject(nar: Narrative, toks: list, comma: int, floor: int) -> tuple[str, int] | None:
    """'Boris Bondarev, a former member of …, told' -> 'Boris Bondarev, a former member of …'.

    Walks the comma-separated chunks back from the verb: chunks that read as
    appositives ('a former …', '22', 'of Flint', 'Mich.') are skipped; the
    first that does not is the subject, and what follows it is its description.
    """
    chunks: list[tuple[int, int]] = []
    s = floor
    tags = _party_parens(toks, floor, comma)
    for k in range(floor, comma + 1):
        if k in tags:
            continue
        if toks[k][2] in ("\x00", ";", ":", "(", ")"):
            s = k + 1
            chunks = []
        elif toks[k][2] == ",":
            if k > s:
                chunks.append((s, tags.get(k - 1, k)))
            s = k + 1
    k = len(chunks) - 1
    while k >= 0:
        a, e = chunks[k]
        first = toks[a][2]
        words = [t[2] for t in toks[a:e]]
        if k > 0 and _PARTY_TAG.fullmatch("".join(words)):
            k -= 1  # 'Mitch McConnell, R-Ky., said'
            continue
        if k > 0 and (len(words) <= 2 or _STATE_ABBR.fullmatch("".join(words))) \
                and all(w[:1].isupper() or w == "." for w in words) \
                and any(t[2].lower() in ("of", "from", "in") for t in toks[chunks[k - 1][0]:chunks[k - 1][1]]) \
                and not _after_fronted(toks, chunks, k):
            k -= 1  # 'of Flint, Mich.'
            continue
        prev = [t[2] for t in toks[chunks[k - 1][0]:chunks[k - 1][1]]] if k > 0 else []
        lowered = first[:1].islower() or (first.endswith(("'s", "\u2019s", "s'", "s\u2019")) and len(words) > 1
                                          and words[1][:1].islower())  # 'Twitter's director of …'
        if lowered and 1 < len(prev) <= 5 and all(w[:1].isupper() or w == "." for w in prev):
            k -= 1  # 'Adam Green, co-founder of the Progressive Change Committee, said'
            continue
        what = next((m for m in range(a, e - 1) if toks[m][2].lower() == "what"), None)
        if what is not None and all(name_part(t[2]) for t in toks[what + 1:e]):
            chunks[k] = (what + 1, e)  # 'in what Bay Buchanan, national treasurer …, called “…”'
            break
        if first[:1].islower() and first.endswith("ing") and not role_word(first):
            k -= 1  # '…, forcing her to fend off both Trump and Sanders, said Brad Bannon': a participle clause
            continue
        if k > 0 and (first.lower() in _APPOS_START or first.lower() in _ASIDE_START or first[:1].isdigit()
                      or (first[:1].islower() and not _ends_with_name(words))):
            k -= 1
            continue
        break
    if k < 0:
        return None
    a, e = chunks[k]
    if toks[a][2].lower() in INTRO_WORDS and toks[a][2].lower() not in ("and", "but"):
        return None
    a = drop_intro(toks, a, e - 1)
    if a is None:
        return None
    s = e - 1
    while s - 1 > a and name_part(toks[s - 1][2]):
        s -= 1
    placed = placed_nominal(nar, toks, s, e - 1, a)  # 'a woman in Worcester, Massachusetts, told'
    if placed is not None:
        a = next(m for m in range(a, e) if toks[m][0] == placed[1])
    if e - a > 12:
        return None
    if not _ends_with_name([t[2] for t in toks[a:e]]) and e - a > 3 and toks[a][2].lower() not in DETS \
            and not toks[a][2][:1].isupper():
        return None
    head = nar.text[toks[a][0]:toks[e - 1][1]]
    r = next(m for m in range(e, comma + 1) if toks[m][2] == ",")  # past a '(R)' closing the name
    rest = nar.text[toks[r][1]:toks[comma][0]].strip(" ,")
    return (f"{head}, {rest}" if rest else head), toks[a][0]


def _after_fronted(toks: list, chunks: list[tuple[int, int]], k: int) -> bool:
    """'In July, Sammy Pell, vice chairman …, told': a full name after a fronted time or place phrase
    is the subject, not the state closing a place ('of Flint, Mich.')."""
    words = [t[2] for t in toks[chunks[k][0]:chunks[k][1]]]
    return k == 1 and toks[chunks[0][0]][2] in ("In", "On", "At", "From") and len(words) == 2 \
        and all(w.isalpha() for w in words)


_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,6}")


def _party_parens(toks: list, floor: int, comma: int) -> dict[int, int]:
    """Tokens of a short parenthetical right after a name ('Lee Bright (R), another …'), each mapped to
    the '(' that opens it: the chunk runs through it and ends at the name."""
    out: dict[int, int] = {}
    for o in range(floor + 1, comma):
        if toks[o][2] == "(" and toks[o - 1][2][:1].isupper():
            c = next((k for k in range(o + 1, min(o + 8, comma)) if toks[k][2] == ")"), None)
            if c is not None and toks[c + 1][2] == ",":
                out.update({k: o for k in range(o, c + 1)})
    return out


def _ends_with_name(words: list[str]) -> bool:
    return bool(words) and words[-1][:1].isupper()
