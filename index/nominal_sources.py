"""Common-noun sources no speech verb points to: the subject of a quotation's own clause.

'The cable indicated 13 security personnel would be the “minimum” …', 'her
campaign is planning to reprint an editorial that accuses Sanders of a
“fiction-filled campaign”', 'The piece goes on to slam …': no cue verb
governs the quotation, yet a reader (and the annotators) credit the clause's
subject. Split from `attribution.py`, which asks here when the cue finder
comes back empty. Only a subject that is a common-noun phrase naming a group,
an organisation, a document or an anonymous person is returned; a named
subject is left to the cue finder and the ranker.
"""

from __future__ import annotations

import re

from index.cues import Cue
from index.lexicon import AUX_ADVERBS, CUE_VERBS, ORG_NOUNS, PERSON_NOUNS, SENTENCE_STARTS
from index.phrases import INTRO_WORDS, Narrative
from index.speaker_nps import is_source_noun, is_writing

# Words that open a common-noun phrase ('the cable', 'Multiple outlets', 'two lawmakers').
DETERMINERS = frozenset(
    """the a an one another his her its their our this these those some many several multiple most
    both all each any no two three four five six seven eight nine ten dozens hundreds thousands""".split()
)
POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
# Words that end a subject phrase: it is followed by its verb, a post-modifier or an appositive.
_POSTMOD = frozenset("of for from in at with on to by over under".split())
_RELATIVE = frozenset("who whose which that".split())
_STOP = _POSTMOD | _RELATIVE | AUX_ADVERBS | frozenset("and or but as than not".split())
_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019\-.]*$")
_MAX_INTROS = 3
_IRREGULAR_PARTICIPLES = frozenset("sent made written held put given taken issued shown".split())
_SUBORDINATORS = frozenset("which where when whom while as after because if since until although though".split())
_PRONOUNS = frozenset("he she they we i it you".split())
_BE = frozenset("is are was were be been being".split())
# Verbs by which a text or a group makes a claim without 'saying' it: between the subject and the
# quotation one of these (or a cue verb) tells 'The cable indicated … the “minimum”' from 'The plan
# would be funded by “closing tax loopholes”', a scare quote in the reporter's own sentence.
_CLAIM_BASES = """indicate cite quote show include hit talk recognize protest list mention echo highlight
    feature insist declare demand ask publish report tweet post argue claim accuse warn urge call read
    describe suggest conclude find promise vow pledge praise blast slam criticize condemn denounce attack
    dismiss reject label brand dub term refer point chant shout yell cheer boo sing express voice admit
    acknowledge allege concede complain predict push frame portray depict paint characterize
    question challenge raise respond reply answer explain announce proclaim assert maintain contend
    recommend propose plead invoke reiterate repeat stress emphasize note add decline detail campaign
    lobby petition deride mock decry hail tout""".split()
_CLAIM_WORDS = frozenset(
    form for b in _CLAIM_BASES for form in (b, b + "s", b + "d", b + "ed", b + "ing", b[:-1] + "ing", b[:-1] + "ies",
                                             b[:-1] + "ied", b + b[-1] + "ed", b + b[-1] + "ing")
) | CUE_VERBS


def _participle(w: str) -> bool:
    return w.lower().endswith(("ed", "en")) or w.lower() in _IRREGULAR_PARTICIPLES


def _is_word(w: str) -> bool:
    return bool(_WORD_RE.match(w))


def _opens(w: str) -> bool:
    """A word that starts a sentence the splitter missed ('… the U.S. While Clinton has …')."""
    low = w.lower()
    return w[:1].isupper() and (low in DETERMINERS or low in INTRO_WORDS or low in SENTENCE_STARTS)


def _clause_start(toks: list, k: int, end: int) -> int | None:
    """Skip an opening phrase up to its comma ('While she has dropped …, her campaign …')."""
    for _ in range(_MAX_INTROS):
        if k >= end:
            return None
        w = toks[k][2]
        low = w.lower()
        participle = w[:1].isupper() and low.endswith(("ing", "ed")) and low not in DETERMINERS
        if low in ("and", "but", "so", "yet", "still", "then", "also") and k + 1 < end \
                and toks[k + 1][2].lower() in DETERMINERS:
            return k + 1  # 'But the council voted …'
        if not (low in INTRO_WORDS or low in SENTENCE_STARTS or low in _RELATIVE or participle) or low in DETERMINERS:
            return k  # ('…, which is scheduled for next week, the commission …': a relative clause is skipped too)
        comma = next((j for j in range(k, end) if toks[j][2] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    return k if k < end and toks[k][2].lower() in DETERMINERS else None


def _plural(w: str) -> bool:
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "news", "series"))


def _compound_next(w: str) -> bool:
    """A second noun that continues the head ('campaign staff', 'campaign ad'), not a verb in -s ('reports')."""
    low = w.lower()
    return w[:1].islower() and (low in PERSON_NOUNS or low in ORG_NOUNS
                                or (is_source_noun(low) and not low.endswith("s")))


def _of_phrase(toks: list, i: int, end: int) -> int:
    """End (exclusive) of an 'of the organization' / 'to platform committee members' post-modifier
    starting at token i: up to five words ending in a noun or a name, and no verb after the noun."""
    best = i
    for j in range(i + 1, min(end, i + 6)):
        w = toks[j][2]
        low = w.lower()
        if not (_is_word(w) or w.isdigit()) or low in _STOP:
            break
        if w[:1].isupper() or is_source_noun(low) or low.endswith(POSSESSIVE):
            best = j + 1  # a noun first: 'the report', not the verb 'report'
        elif low in _CLAIM_WORDS or (best > i + 1 and low.endswith(("s", "ed"))):
            break  # 'of emails shows …': the word after the noun is the verb ('of Democratic presidential …' goes on)
    return best if best > i + 1 else i


def _by_phrase(toks: list, i: int, end: int) -> int:
    """End of a 'sent out by Sanders' / 'released by the White House' phrase starting at token i, or i."""
    if not _participle(toks[i][2]):
        return i
    j = i + 1 + (i + 1 < end and toks[i + 1][2].lower() in ("out", "up"))
    if j >= end or toks[j][2].lower() != "by":
        return i
    stop = _of_phrase(toks, j, end)
    return stop if stop > j else i


def _inner_clause(toks: list, i: int, end: int) -> bool:
    """'… in which Clinton expressed confidence that …': a clause with a subject of its own holds the quotation."""
    for j in range(i, end - 1):
        if toks[j][2].lower() in _SUBORDINATORS:
            nxt = toks[j + 1][2]
            if nxt.lower() in _PRONOUNS or nxt.lower() in DETERMINERS or nxt[:1].isdigit() \
                    or (nxt[:1].isupper() and nxt != "\x00"):
                return True
    return False


def _head(toks: list, k: int, end: int) -> tuple[int, bool] | None:
    """The head noun of the phrase opening at token k, and whether a determiner (or an owner) leads it."""
    owner = k  # 'Hillary Clinton’s right-hand woman': a name in the possessive determines the phrase
    while owner + 1 < end and owner - k < 3 and toks[owner][2][:1].isupper() \
            and not toks[owner][2].endswith(POSSESSIVE):
        owner += 1
    owned = toks[owner][2].endswith(POSSESSIVE)
    first = toks[owner][2] if owned else toks[k][2]
    determined = first.lower() in DETERMINERS or owned or first[:1].isdigit()
    i = (owner if owned else k) + 1 if determined else k
    caps_run = True  # only capitalised words since the determiner: 'The Trayvon Martin Foundation'
    for j in range(i, min(end, i + 6)):
        w, low = toks[j][2], toks[j][2].lower()
        if not _is_word(w) or low in _STOP or low in DETERMINERS:
            return None  # ('The first taste the Mexican audience gets …': a second determiner starts another phrase)
        capital_ok = w[:1].islower() or j == k or (determined and caps_run)
        caps_run = caps_run and w[:1].isupper()
        if j > i and (low in _CLAIM_WORDS or (not determined and low.endswith("ed"))) and not is_source_noun(low):
            return None  # 'the rally denounced Republican …', 'Netanyahu rallied supporters': the verb
        if is_source_noun(low) and not w.endswith(POSSESSIVE) and capital_ok:
            while j + 1 < end and _compound_next(toks[j + 1][2]):
                j += 1
            if not determined and not _plural(toks[j][2].lower()):
                return None  # 'Campaign chair Paul Manafort', 'Republican presidential nominee …': a name's title
            return j, determined
        if low in CUE_VERBS and w[:1].islower():
            return None
    return None


def _verb_after(toks: list, stop: int, end: int) -> int | None:
    """Where the subject's verb (or its appositive or relative clause) starts; None for a passive or no clause."""
    verb_at = stop
    while verb_at < end and (toks[verb_at][2].lower() in AUX_ADVERBS or toks[verb_at][2].lower().endswith("ly")):
        verb_at += 1
    if verb_at >= end:
        return None
    if verb_at > stop and toks[verb_at - 1][2].lower() in _BE and _participle(toks[verb_at][2]):
        return None  # 'The group is pitched as “…” by its founders': the subject of a passive is not the source
    after = toks[verb_at][2]
    if not (after in (",", "(") or after.lower() in _RELATIVE or after.lower() in _POSTMOD
            or (after[:1].islower() and _is_word(after))):
        return None  # 'the protesters “…”', 'the report.': no verb follows, no clause to head
    return verb_at


def _claims(toks: list, i: int, end: int) -> bool:
    """A verb of saying or claiming between the subject and the quotation, and no clause of its own."""
    return not _inner_clause(toks, i, end) and any(
        t[2].lower() in _CLAIM_WORDS and not (j + 1 < end and toks[j + 1][2] == "up")  # not 'showed up'
        for j, t in enumerate(toks[i:], i))


def _text_states(toks: list, head: int, verb: int, end: int) -> bool:
    """'The report states that the agency was “…”': 'states' is a verb of saying only after a text
    (not 'on state ballots'), so `lexicon` leaves it out of the cue verbs."""
    return toks[verb][2].lower() in ("states", "stated") and is_writing(toks[head][2]) \
        and not _inner_clause(toks, verb, end)


def clause_subject(nar: Narrative, a: int, b: int) -> Cue | None:
    """The common-noun subject of the sentence that runs from `a` to a quotation opening at `b`."""
    toks = [t for t in nar.span(a, b) if t[2] != "\x00"]
    end = len(toks)
    first = next((j + 1 for j in range(end - 2, 0, -1)  # ('… VILLAGE The team cited': after a headline too)
                  if (toks[j][2][-1:] in (".", "!", "?") or (toks[j][2].isupper() and len(toks[j][2]) > 1))
                  and _opens(toks[j + 1][2]) and not toks[j + 1][2].isupper()), 0)
    k = _clause_start(toks, first, end) if first < end else None
    found = _head(toks, k, end) if k is not None else None
    if found is None or found[0] + 1 >= end:
        return None
    stop = found[0] + 1
    if toks[stop][2].lower() in _POSTMOD:
        stop = _of_phrase(toks, stop, end)
    if stop < end:
        stop = _by_phrase(toks, stop, end)
    verb_at = _verb_after(toks, stop, end)
    if verb_at is None or not (_claims(toks, verb_at, end) or _text_states(toks, found[0], verb_at, end)):
        return None
    after = toks[verb_at][2]
    if after == ",":  # 'One voter, Guadalupe Potocacetpl, 35, showed up …': the name in apposition is kept
        appos = verb_at + 1
        while appos < end and toks[appos][2][:1].isupper() and toks[appos][2].lower() not in DETERMINERS:
            appos += 1
        if appos - verb_at > 2 and appos < end and toks[appos][2] == ",":
            stop = appos
    start = toks[k][0]
    return Cue(nar.text[start:toks[stop - 1][1]], start, after if after[:1].isalpha() else "", at=toks[verb_at][0])


def subject_after(nar: Narrative, a: int, b: int) -> Cue | None:
    """'“…,” a voice-over in the ad states.': a common-noun subject and its verb of saying right after a
    quotation (from `a` to the sentence end `b`), where the verb is one the cue finder does not take."""
    toks = [t for t in nar.span(a, b) if t[2] != "\x00"]
    k = 1 if toks and toks[0][2] in (",", "\u2014", "\u2013") else 0
    end = len(toks)
    found = _head(toks, k, end) if k < end and toks[k][2].lower() in DETERMINERS else None
    if found is None or found[0] + 1 >= end:
        return None
    stop = found[0] + 1
    if toks[stop][2].lower() in _POSTMOD:
        stop = _of_phrase(toks, stop, end)
    verb = stop + (stop < end and toks[stop][2].lower() in AUX_ADVERBS)
    if verb >= end or toks[verb][2].lower() not in _CLAIM_WORDS | {"states", "stated"}:
        return None  # (after its subject 'states' is the verb, not the noun `lexicon` takes it for)
    after = toks[verb + 1][2] if verb + 1 < end else "."
    if after.lower() in _PRONOUNS or after.lower() in DETERMINERS or after.lower() == "that":
        return None  # 'the report states that …': a statement of its own, not the quotation's cue
    start = toks[k][0]
    return Cue(nar.text[start:toks[stop - 1][1]], start, toks[verb][2], at=toks[verb][0])
