"""The subject of a clause read forward from its start: 'Trump doubled down, saying …' -> 'Trump'.

Split from `phrases.py`, which reads subjects back from a cue verb; here the phrase is found from the
left edge of the clause, past introductory phrases, through role words to a name ('Republican
presidential front-runner Donald Trump') or a role to the body it serves ('A spokeswoman for the
House Armed Services Committee').
"""

from __future__ import annotations

from index.lexicon import AUX_ADVERBS, ORG_NOUNS, PERSON_NOUNS, SENTENCE_STARTS, SUBJECT_PRONOUNS
from index.phrases import DETS, INTRO_WORDS, TITLE_BARE, Narrative, is_cue, name_part

_APPROX = frozenset("about nearly roughly around almost over some".split())


def _participle_intro(toks: list, k: int, limit: int) -> bool:
    """'Continuing to explain his view, Carson …': an opening participle clause, not the subject."""
    w = toks[k][2]
    if not (w[:1].isupper() and k + 1 < limit and toks[k + 1][2][:1].islower()):
        return False
    if w.endswith("ly") and toks[k + 1][2].endswith("ing"):  # 'Hastily politicizing the tragedy, Trump …'
        return True
    return w.lower().endswith("ing") and not is_cue(toks[k + 1][2], True)


def _past_verb(toks: list, j: int, det: int) -> bool:
    """'the justice sounded off on Trump': a past-tense verb after a noun ends the subject, not a participle."""
    w, prev = toks[j][2], toks[j - 1][2].lower()
    return j > det + 1 and w.islower() and w.endswith("ed") and not prev.endswith("ly")


def _role_word(w: str) -> bool:
    """A lowercase word inside a role before a name: 'presidential', 'candidate', 'former'."""
    return w in PERSON_NOUNS or w in TITLE_BARE or w.endswith(("al", "ic", "an", "ary")) or w in _ROLE_MODIFIERS


_ROLE_MODIFIERS = frozenset("former then vice deputy chief senior top acting longtime".split())


def past_role_words(clause: list, k: int) -> int:
    """'Former Republican presidential candidate Jeb Bush …:': the name after the role words ends the phrase."""
    m = k
    while m < len(clause) and m - k < 3 and clause[m][2][:1].islower():
        m += 1
    if m == k or m >= len(clause) or not clause[m][2][:1].isupper() \
            or not all(_role_word(clause[x][2].lower()) for x in range(k, m)):
        return k
    while m < len(clause) and clause[m][2][:1].isupper():
        m += 1
    return m


def _org_tail(toks: list, e: int, limit: int) -> int:
    """'A spokeswoman for the House Armed Services Committee': a role runs on through the body it serves."""
    if not (toks[e][2].lower() in PERSON_NOUNS and e + 2 < limit and toks[e + 1][2] in ("for", "of", "at")):
        return e
    m = e + 2 + (toks[e + 2][2] == "the")
    if m >= limit or not toks[m][2][:1].isupper() or is_cue(toks[m][2], True):
        return e
    while m + 1 < limit and (name_part(toks[m + 1][2]) or toks[m + 1][2] in ("of", "for", "and")) \
            and toks[m + 1][2] != "\x00":
        m += 1
    while toks[m][2] in ("of", "for", "and"):
        m -= 1
    return m


def sentence_subject(nar: Narrative, toks: list, floor: int, limit: int) -> tuple[str, int] | None:
    """The main subject of a clause: 'Trump doubled down, saying …' -> 'Trump'."""
    k = floor
    for j in range(floor, limit):
        if toks[j][2] == "\x00":
            k = j + 1
    while k < limit and (toks[k][2].lower() in INTRO_WORDS or toks[k][2].lower() in SENTENCE_STARTS
                         or toks[k][2][:1].isdigit() or _participle_intro(toks, k, limit)):
        # skip an introductory phrase up to its comma
        c = next((m for m in range(k, limit) if toks[m][2] == ","), None)
        if c is None:  # 'When he returned he began by saying': no comma, drop the word alone
            if toks[k][2].lower() in INTRO_WORDS and k + 1 < limit and (
                    toks[k + 1][2].lower() in SUBJECT_PRONOUNS or toks[k + 1][2][:1].isupper()):
                k += 1
            break
        k = c + 1
    if k + 1 < limit and toks[k][2].lower() in ("even", "only") and toks[k + 1][2].lower() in DETS:
        k += 1  # '…, even a top GOP strategist said'
    if k >= limit:
        return None
    w = toks[k][2]
    if w.lower() in SUBJECT_PRONOUNS:
        return w, toks[k][0]
    if w.lower() in ("there", "there's", "there\u2019s", "it's", "it\u2019s"):
        return None  # "There's still time for Cruz …": no one is the subject
    counted = w.lower() in _APPROX and k + 1 < limit and toks[k + 1][2][:1].isdigit()  # 'about 200 protesters'
    e = k + counted
    while not counted and e + 1 < limit and (name_part(toks[e + 1][2]) or toks[e + 1][2].lower() in DETS) \
            and not is_cue(toks[e + 1][2], True):
        e += 1
    if w[:1].isupper():  # 'Republican presidential front-runner Donald Trump is insisting'
        e = past_role_words(toks[:limit], e + 1) - 1
    if w[:1].isupper() or w.lower() in DETS or counted:
        headed = any(t[2].islower() and (t[2] in PERSON_NOUNS or t[2] in ORG_NOUNS) for t in toks[k + 1:e + 1])
        if (w.lower() in DETS or counted) and not headed:  # 'the official' + nouns up to its head noun
            while e + 1 < limit and toks[e + 1][2].isalpha() and toks[e + 1][2].lower() not in AUX_ADVERBS \
                    and not is_cue(toks[e + 1][2], True) and e - k < 8 and not _past_verb(toks, e + 1, k):
                e += 1
                if toks[e][2].lower() in PERSON_NOUNS or toks[e][2].lower() in ORG_NOUNS:
                    break
        if w.lower() in DETS:
            e = _org_tail(toks, e, limit)
        k += counted  # ('about' would read as a preposition)
        return nar.text[toks[k][0]:toks[e][1]], toks[k][0]
    return None
