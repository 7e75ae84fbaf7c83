"""Runs of names and role words in a speaker phrase: 'Former prosecutor and New York City Mayor Rudy
Giuliani', 'Secretary of State John Kerry', 'Republican presidential candidate Jeb Bush'.

Split from `phrases.py`, which finds the phrase around a cue verb; the helpers here say where a
run of titles, roles and capitalised words (one person, or two joined by 'and') ends.
"""

from __future__ import annotations

from index.lexicon import PERSON_NOUNS, PLACE_NAMES, TITLES
from index.speakers import OFFICE_HEADS

TITLE_BARE = frozenset(t.strip(".") for t in TITLES)


def joins_roles(toks: list, i: int) -> bool:
    """'former Pennsylvania Gov. and DNC Chairman Ed Rendell': an 'and' after a title, before the name, joins
    two roles of one person."""
    return (toks[i][2] == "and" and toks[i - 1][2].lower().strip(".") in TITLE_BARE
            and i + 1 < len(toks) and (toks[i + 1][2][:1].isupper() or role_word(toks[i + 1][2])))


def conjoined_end(toks: list, k: int, limit: int) -> int:
    """The end of 'Trump and Ryan', 'Former prosecutor and New York City Mayor Rudy Giuliani', 'Yahoo News and
    former TV network anchor Katie Couric' from token k: names, role words and an 'and', ending on a name.

    Returns k when no 'and' is crossed or the phrase ends on a common noun ('Clinton and Sanders
    supporters'), whose head is no name.
    """
    e, last_cap, joined = k, None, False
    while e < limit and e - k < 12:
        w = toks[e][2]
        if w == "and" and e > k and last_cap is not None:
            joined = True
        elif w[:1].isupper() and w != "\x00" and not w.endswith(("'s", "\u2019s")):
            last_cap = e
        elif not (w.islower() and (role_word(w) or (e + 1 < limit and toks[e + 1][2].islower()
                                                     and role_word(toks[e + 1][2])))) and not name_part(w):
            break  # ('network' before 'anchor' is part of the role)
        e += 1
    if not joined or last_cap is None or last_cap != e - 1:
        return k
    return e


_JOIN_OPENERS = frozenset("\x00 , ; : ( but and so then when while as after because".split())


def joined_start(toks: list, s: int, floor: int) -> int:
    """Where a name run at s starts when another name joins it as one subject: 'Mark Blumenthal and
    Jon Cohen wrote' -> the token of 'Mark'. Only when the first name opens its clause: in 'Trump
    attacked Clinton and Sanders said' Sanders speaks alone."""
    if s - 2 < floor or toks[s - 1][2] != "and" or not toks[s - 2][2][:1].isupper():
        return s
    k = s - 2
    while k - 1 >= floor and name_part(toks[k - 1][2]) and s - k < 6:
        k -= 1
    opens = k == floor or toks[k - 1][2].lower() in _JOIN_OPENERS
    return k if opens and not toks[s - 2][2].endswith(("'s", "\u2019s")) else s


def office_of(toks: list, i: int) -> bool:
    """'Secretary of State …': the 'of' inside a capitalised office title, not a phrase break."""
    return (toks[i][2] in ("of", "for") and toks[i - 1][2][:1].isupper()
            and toks[i - 1][2].lower() in OFFICE_HEADS and i + 1 < len(toks) and toks[i + 1][2][:1].isupper())



def name_part(w: str) -> bool:
    """A word that can sit in a capitalised name run: 'Gov.', 'Kelleher-Vergantini', 'de'."""
    return (w[:1].isupper() and w != "\x00") or w.lower().strip(".") in TITLE_BARE or w in ("-",) or (
        "-" in w and w[:1].islower())



def role_word(w: str) -> bool:
    """A lowercase word inside a role before a name: 'presidential', 'candidate', 'former'."""
    return w in PERSON_NOUNS or w in TITLE_BARE or w.endswith(("al", "ic", "an", "ary")) or w in _ROLE_MODIFIERS


_ROLE_MODIFIERS = frozenset("former then vice deputy chief senior top acting longtime".split())


def of_between_caps(toks: list, i: int, limit: int) -> bool:
    """'Secretary of State Hillary Clinton': an 'of' inside a capitalised run."""
    return i + 1 < limit and office_of(toks, i)


def past_state(toks: list, k: int, limit: int) -> int:
    """'Speaking in Salem, New Hampshire, Trump …': the state closing an opening phrase's place is no subject."""
    c = next((m for m in range(k, min(k + 3, limit)) if toks[m][2] == ","), None)
    if c is None or c == k or c + 1 >= limit or not all(toks[m][2][:1].isupper() for m in range(k, c)):
        return k
    return c + 1 if " ".join(t[2] for t in toks[k:c]).lower().split()[-1] in PLACE_NAMES else k


def past_role_words(clause: list, k: int) -> int:
    """'Former Republican presidential candidate Jeb Bush …:': the name after the role words ends the phrase."""
    m = k
    while m < len(clause) and m - k < 3 and clause[m][2][:1].islower():
        m += 1
    if m == k or m >= len(clause) or not clause[m][2][:1].isupper() \
            or not all(role_word(clause[x][2].lower()) for x in range(k, m)):
        return k
    while m < len(clause) and clause[m][2][:1].isupper():
        m += 1
    return m
