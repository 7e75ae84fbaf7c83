"""The subject of a clause read forward from its start: 'Trump doubled down, saying …' -> 'Trump'.

Split from `phrases.py`, which reads subjects back from a cue verb; here the phrase is found from the
left edge of the clause, past introductory phrases, through role words to a name ('Republican
presidential front-runner Donald Trump') or a role to the body it serves ('A spokeswoman for the
House Armed Services Committee').
"""

from __future__ import annotations

from index.lexicon import AUX_ADVERBS, ORG_NOUNS, PERSON_NOUNS, SENTENCE_STARTS, SUBJECT_PRONOUNS
from index.name_runs import conjoined_end, name_part, of_between_caps, past_role_words, past_state
from index.phrases import DETS, INTRO_WORDS, Narrative, is_cue

# 'about 200 protesters', 'nearly 50 supporters': a number phrase that opens a subject like a determiner.
_APPROX = frozenset("about nearly roughly around almost over some".split())


_SENTENCE_ADVERBS = frozenset("now still but and yet so then also meanwhile however instead".split())
_PARTICIPLE_PREPS = frozenset("by about on for with to after at in".split())


def _participle_intro(toks: list, k: int, limit: int) -> bool:
    """'Continuing to explain his view, Carson …': an opening participle clause, not the subject."""
    w = toks[k][2]
    if not (w[:1].isupper() and k + 1 < limit and toks[k + 1][2][:1].islower()):
        return False
    if w.endswith("ly") and toks[k + 1][2].endswith("ing"):  # 'Hastily politicizing the tragedy, Trump …'
        return True
    if w.endswith("ed") and toks[k + 1][2] in _PARTICIPLE_PREPS:  # 'Reached by POLITICO, Bennett …'
        return True
    return w.lower().endswith("ing") and not is_cue(toks[k + 1][2], True)


def _past_verb(toks: list, j: int, det: int) -> bool:
    """'the justice sounded off on Trump': a past-tense verb after a noun ends the subject, not a participle."""
    w, prev = toks[j][2], toks[j - 1][2].lower()
    return j > det + 1 and w.islower() and w.endswith("ed") and not prev.endswith("ly")


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


# Intro words that are prepositions: with no comma after them, 'on Twitter' is a phrase, not 'on' + a subject.
_PREPOSITIONS = frozenset("in on at for with without by from over under like unlike amid among despite during "
                          "following outside inside alongside nearby".split())


def _named_appositive(toks: list, e: int, limit: int) -> tuple[int, int] | None:
    """First and last token of a name set off after the phrase ending at e ('One of his former supporters
    who still backs Randolph, former Rep. Pat Schroeder, wrote'), past a 'who …' clause; else None."""
    m = e + 1
    if m < limit and toks[m][2] in ("who", "that"):
        m = next((x for x in range(m, min(limit, m + 10)) if toks[x][2] == ","), limit)
    if m >= limit or toks[m][2] != ",":
        return None
    x = m + 1
    while x < limit and x - m <= 7 and (name_part(toks[x][2]) or toks[x][2] in ("former", "then")):
        x += 1
    if x == m + 1 or x >= limit or toks[x][2] != "," or not toks[x - 1][2][:1].isupper():
        return None
    return m + 1, x - 1


def _possessive_ok(w: str) -> bool:
    """A plain word, or one with a possessive 's ('The city’s new mayor'): still inside the subject."""
    return w.isalpha() or (w[:-2].isalpha() and w.endswith(("'s", "\u2019s")))


def sentence_subject(nar: Narrative, toks: list, floor: int, limit: int) -> tuple[str, int] | None:
    """The main subject of a clause: 'Trump doubled down, saying …' -> 'Trump'."""
    k = floor
    for j in range(floor, limit):
        if toks[j][2] == "\x00":
            k = j + 1
    while k < limit and (toks[k][2].lower() in INTRO_WORDS or toks[k][2].lower() in SENTENCE_STARTS
                         or toks[k][2][:1].isdigit() or _participle_intro(toks, k, limit)):
        # skip an introductory phrase up to its comma
        if toks[k][2].lower() in _SENTENCE_ADVERBS and k + 1 < limit and (
                toks[k + 1][2][:1].isupper() or toks[k + 1][2].lower() in SUBJECT_PRONOUNS):
            k += 1  # 'Now Donald Trump, the most unconventional candidate …, is promising': the adverb alone
            continue
        c = next((m for m in range(k, limit) if toks[m][2] == ","), None)
        if c is None:  # 'When he returned he began by saying': no comma, drop the word alone
            if toks[k][2].lower() in INTRO_WORDS and toks[k][2].lower() not in _PREPOSITIONS and k + 1 < limit and (
                    toks[k + 1][2].lower() in SUBJECT_PRONOUNS or toks[k + 1][2][:1].isupper()):
                k += 1
            break
        k = past_state(toks, c + 1, limit)
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
    while not counted and e + 1 < limit and (name_part(toks[e + 1][2]) and toks[e + 1][2] != "-"
                                             or toks[e + 1][2].lower() in DETS
                                             or of_between_caps(toks, e + 1, limit)) \
            and not is_cue(toks[e + 1][2], True):
        e += 1
    if w[:1].isupper():  # 'Republican presidential front-runner Donald Trump is insisting'
        e = max(past_role_words(toks[:limit], e + 1), conjoined_end(toks, k, limit)) - 1
    if w[:1].isupper() or w.lower() in DETS or counted:
        headed = any(t[2].islower() and (t[2] in PERSON_NOUNS or t[2] in ORG_NOUNS) for t in toks[k + 1:e + 1])
        if (w.lower() in DETS or counted) and not headed:  # 'the official' + nouns up to its head noun
            while e + 1 < limit and _possessive_ok(toks[e + 1][2]) and toks[e + 1][2].lower() not in AUX_ADVERBS \
                    and not is_cue(toks[e + 1][2], True) and e - k < 8 and not _past_verb(toks, e + 1, k):
                e += 1
                if toks[e][2].lower() in PERSON_NOUNS or toks[e][2].lower() in ORG_NOUNS:
                    break
        if w.lower() in DETS:
            e = _org_tail(toks, e, limit)
            appos = _named_appositive(toks, e, limit)
            if appos:  # naming turns 'a former aide, Jane Roe' round: the name is never lost to its role
                text = nar.text[toks[k][0]:toks[e][1]] + ", " + nar.text[toks[appos[0]][0]:toks[appos[1]][1]]
                return text, toks[k][0]
        k += counted  # ('about' would read as a preposition)
        return nar.text[toks[k][0]:toks[e][1]], toks[k][0]
    return None
