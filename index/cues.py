"""Cue phrases around a quotation: 'X said', 'said X', 'according to X'.

Works on the article with every quotation blanked out (`masked`), so only
the reporter's narrative is parsed. Each finder returns the speaker phrase
as written and where it starts, or None; naming the speaker is left to
`attribution.py`. A colon before the quotation is read by `colon_cues`.

A report relied on is provenance, never the speaker: in '“…,” Sanders said,
according to CNN' and 'According to CNN, Sanders praised the “…”' Sanders
spoke the words. (The quote_dev annotators credit CNN; a reader asking who
said it means Sanders, so the engine gives up those points on purpose.)
"""

from __future__ import annotations

from index.governing import NOUN_DETS, inverts, partial_verb, possessor
from index.lexicon import AS_VERBS, CUE_NOUNS, CUE_VERBS, SPEECH_NOUNS, SUBJECT_PRONOUNS
from index.clause_subjects import sentence_subject
from index.colon_cues import Cue, back_verb, colon_subject, put_it
from index.crowd_cues import came_from, chant_object, made_to_chant, point_out
from index.phrases import Narrative, adverb, is_cue, np_before, passive_verb
from index.subjects import np_after_name, past_dateline, past_fronted_pp, subject_before

__all__ = ["Cue", "hands_over", "introduces", "left_cue", "right_cue"]


_READ = frozenset({"read", "reads"})
_DOCUMENTS = CUE_NOUNS | frozenset("suit lawsuit message sign ad headline caption note report filing summary".split())


def _document(np: str) -> bool:
    """A speaker phrase that names a text ('the statement', 'a welcome message on the website')."""
    words = np.split(",")[0].lower().split()
    return any(w.strip(".\u2019'") in _DOCUMENTS for w in words[:4])


def _noun_use(toks: list, j: int) -> bool:
    """'his remarks', "Clinton's statement", 'in a Facebook post' (not 'the Pentagon said'): a noun here."""
    prev = toks[j - 1][2] if j > 0 else ""
    if prev.lower() in NOUN_DETS or prev.endswith(("'s", "\u2019s")):
        return True
    if prev[:1].isupper() and j > 1 and toks[j - 2][2].endswith(("'s", "\u2019s")) and _bare(toks[j][2]):
        return True  # "last week's Paris attack": a bare verb form after a name and a possessive is a noun
    return toks[j][2].lower() in CUE_NOUNS and prev[:1].isupper() and j > 1 and toks[j - 2][2].lower() in NOUN_DETS


def _bare(w: str) -> bool:
    """'attack', 'call' (not 'attacks', 'said'): a cue word in its bare form, which a singular name never takes."""
    return w.islower() and bool({w + "s", w + "es"} & (CUE_VERBS | AS_VERBS))


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
    if not toks or toks[0][2] == "\x00" or toks[0][2].lower() in ("while", "whereas"):  # '“…,” while X suggested'
        return None
    w0 = toks[0][2].lower()
    if w0 == "according" and len(toks) > 2 and toks[1][2].lower() == "to":
        np = np_after_name(nar, toks, 2)
        return Cue(np[0], np[1], "according to", at=toks[0][0]) if np else None
    came = came_from(nar, toks) if w0 == "came" else None
    if came:  # '“…,” came shouts from the crowd'
        return came
    if w0 in _READ and len(toks) > 1:  # '," read the statement'
        np = np_after_name(nar, toks, 1)
        return Cue(np[0], np[1], toks[0][2], at=toks[0][0]) if np and _document(np[0]) else None
    if is_cue(w0, weak_ok=False) and len(toks) > 1:
        np = np_after_name(nar, toks, 1)
        if np and np[0].lower() != "the" and np[0].lower().split()[0] not in ("that", "on", "in"):
            return Cue(np[0], np[1], _cue_text(nar, toks, 0), at=toks[0][0])
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
            if _noun_use(toks, j):
                break
            if j + 1 < len(toks) and is_cue(toks[j + 1][2], weak_ok=False) and toks[j + 1][2][:1].islower():
                continue  # 'the congressional report said': 'report' is the noun
            if passive_verb(toks, j):
                continue  # '… hours after the aide was charged with fraud': spoken about, not speaking
            if _relative_verb(toks, j):
                break  # '“…” and followed up with an attack on Trump, who has said': Trump's other words
            np = np_before(nar, toks, j, 0)
            if np and np[0].lower() in ("that", "which"):
                np = None  # a relative clause's verb ('“…” that would respond to …'): no speaker of its own
            if np is None and toks[j - 1][2] == ",":  # '“…” for Clinton, said Kunin.'
                np = np_after_name(nar, toks, j + 1)
            if np:
                np = past_fronted_pp(nar, toks, np, j)
                return Cue(np[0], np[1], _cue_text(nar, toks, j), at=t[0])
            if toks[j - 1][2].lower() in _MODALS or toks[j - 1][2] in ("to", "that", "which"):
                continue  # '“…” that would respond to requests from …, counsel Caroline Wolverton wrote'
            break
        if t[2].lower() == "according" and j + 2 < len(toks) and toks[j + 1][2] == "to":
            np = np_after_name(nar, toks, j + 2)
            return Cue(np[0], np[1], "according to", at=t[0]) if np else None
    return None


def _relative_verb(toks: list, j: int) -> bool:
    """The cue verb at j opens a 'who (has) said' relative clause: it tells what that person said elsewhere."""
    k = j - 1
    while k > 0 and toks[k][2].lower() in ("has", "had", "have", "also", "once", "previously", "repeatedly"):
        k -= 1
    return k > 0 and toks[k][2].lower() == "who"


def _in_words(nar: Narrative, toks: list) -> Cue | None:
    """'…, in Forbes’ words, “…”', 'in the group’s own words: “…”': the owner of the words speaks."""
    n = len(toks)
    if n < 4 or toks[-1][2] not in (",", ":") or toks[-2][2].lower() != "words":
        return None
    k = n - 3 - (toks[n - 3][2].lower() == "own")
    owner = toks[k][2] if k > 0 else ""
    cut = next((len(e) for e in ("'s", "\u2019s", "'", "\u2019") if owner.endswith(e)), 0)
    if not cut:
        return None
    s = k
    while s > 0 and toks[s - 1][2].lower() != "in" and k - s < 5 and toks[s - 1][2] not in (",", "\x00"):
        s -= 1
    if s == 0 or toks[s - 1][2].lower() != "in":
        return None
    return Cue(nar.text[toks[s][0]:toks[k][1] - cut], toks[s][0], "in the words of", at=toks[k][0])


_GO = frozenset("go goes went".split())
_AFTER_GO = frozenset([",", ":", "\x00", "on", "like"])


def left_cue(nar: Narrative, a: int, b: int, partial: bool, sent: int = -1) -> Cue | None:
    """Cue before a quotation in its sentence: 'X said, “', 'X called it “'.

    `sent`: the sentence's start when an earlier quotation of it cut the span at `a`; a verb
    whose subject lies before that quotation ('with Trump tweeting that it was a “…” for Clinton
    and asking, “') reads its subject across it.
    """
    toks = nar.span(a, b)
    words = _in_words(nar, toks) or (partial and (chant_object(nar, toks) or made_to_chant(nar, toks)))
    if words:
        return words
    if len(toks) > 1 and toks[-1][2] == ":":
        colon = colon_subject(nar, toks)
        if colon:
            return colon
    for j in range(len(toks) - 1, -1, -1):
        w = toks[j][2]
        if w == "\x00":
            break
        low = w.lower()
        if low == "according" and j + 1 < len(toks) and toks[j + 1][2].lower() == "to":
            np = np_after_name(nar, toks, j + 2)
            if np:
                return Cue(np[0], np[1], "according to", at=toks[j][0])
        if (partial or _be_before(toks)) and low in SPEECH_NOUNS:  # ("Barrett's dictum … was, “")
            owner = possessor(nar, toks, j)
            if owner:
                return Cue(owner[0], owner[1], w, at=toks[j][0])
        if not (partial_verb(toks, j, partial) or back_verb(toks, j) or put_it(toks, j) or point_out(toks, j)) and (
                not is_cue(w, weak_ok=partial) or not w[:1].islower()):
            continue
        if low in _GO and j + 1 < len(toks) and (toks[j + 1][2] not in _AFTER_GO or (
                toks[j + 1][2] == "on" and j + 2 < len(toks) and toks[j + 2][2] not in _AFTER_GO)):
            continue  # 'would go have to the “…”', 'once the Senate goes on recess, “…”': 'he goes, “…”' speaks
        if j > 0 and _noun_use(toks, j):
            continue  # 'his remarks', "Clinton's statement", 'in a Facebook post': a noun, not a verb
        if passive_verb(toks, j):
            continue  # 'was asked by …', 'was found guilty of “…”': spoken to or about (the agent: `passive`)
        aside = _parenthetical(nar, toks, j)
        if aside:
            return Cue(aside[0], aside[1], w, at=toks[j][0])
        if _closed_relative(toks, j):
            continue  # 'the announcement, which some have argued was a ploy, was an “insult”': an aside
        np = subject_before(nar, toks, j) or _infinitive_subject(nar, toks, j, partial)
        if 0 <= sent < a and (np is None or _subject_far(toks, j)):
            whole = _across_quotes(nar.span(sent, toks[j][0]))
            np = subject_before(nar, whole + toks[j:], len(whole))
        if np and partial and toks[j - 1][2] in _MODALS and (_after_that(toks, np) or _reported(toks, np)):
            continue  # 'Obama said he expected that Americans will say “no”': speech he foresees
        if np:
            np = past_dateline(nar, toks, past_fronted_pp(nar, toks, np, j), j)
            return Cue(np[0], np[1], _cue_text(nar, toks, j), at=toks[j][0])
        if j + 1 < len(toks) and toks[j + 1][2][:1].isupper() and inverts(low):  # 'said Smith: “'
            np = np_after_name(nar, toks, j + 1)
            if np and _ends_clause(toks, np, partial):
                return Cue(np[0], np[1], w, at=toks[j][0])
    return None


_OBJECT_CONTROL = frozenset(
    "ask asks asked asking urge urges urged urging tell tells told telling want wants wanted force forced "
    "allow allowed expect expects expected encourage encouraged invite invited persuade persuaded "
    "convince convinced challenge challenged dare dared get got order ordered call called".split())


def _infinitive_subject(nar: Narrative, toks: list, j: int, partial: bool) -> tuple[str, int] | None:
    """'Sanders used the question to demand that the rich “…”': an infinitive's speaker is the clause's
    subject, unless a verb like 'urged' or 'asked' hands the infinitive to its object."""
    if not partial or j < 2 or toks[j - 1][2] != "to" or any(
            t[2].lower() in _OBJECT_CONTROL or t[2] == "\x00" for t in toks[:j - 1]):
        return None
    np = sentence_subject(nar, toks, 0, j - 1)
    words = np[0].split() if np else []
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) or words[0].endswith("ing") \
            or words[0].lower() in ("it", "they", "we", "i", "you"):
        return None  # only a name ('Tuesday, …', 'Likewise, …', 'Walking into …' are none)
    k = next((k for k, t in enumerate(toks) if t[1] == np[1] + len(np[0])), None)  # the name's last token
    nxt = toks[k + 1][2] if k is not None and k + 1 < len(toks) else ""
    return np if nxt[:1].islower() and nxt.isalpha() else None


def _closed_relative(toks: list, j: int) -> bool:
    """The verb at j sits in a ', which/who …,' aside that closes before the quotation."""
    k = j - 1
    while k >= 0 and j - k <= 6 and toks[k][2] not in (",", "\x00"):
        k -= 1
    if not (k >= 0 and toks[k][2] == "," and toks[k + 1][2].lower() in ("which", "who", "whom")):
        return False
    close = next((m for m in range(j + 1, len(toks)) if toks[m][2] == ","), None)
    return close is not None and any(t[2][:1].isalpha() for t in toks[close + 1:])  # ', was an “'


def _across_quotes(toks: list) -> list:
    """The tokens with each quotation read as a comma, so a phrase finder walks past it."""
    out: list = []
    for t in toks:
        if t[2] != "\x00":
            out.append(t)
        elif not out or out[-1][2] != ",":
            out.append((t[0], t[1], ","))
    return out


def _be_before(toks: list) -> bool:
    """The span ends 'was, ' or 'is:' before the quotation: a noun's content follows."""
    return len(toks) > 1 and toks[-1][2] in (",", ":") and toks[-2][2].lower() in ("is", "was")


def _subject_far(toks: list, j: int) -> bool:
    """The verb at j takes the clause's subject, not a phrase next to it: '… and asking', '…, saying'."""
    i = j - 1
    while i >= 0 and adverb(toks[i][2]):
        i -= 1
    prev = toks[i][2] if i >= 0 else ""
    if prev.lower() == "and":
        return True
    return toks[j][2].endswith("ing") and not (prev[:1].isupper() or prev.lower() in SUBJECT_PRONOUNS)


def _parenthetical(nar: Narrative, toks: list, j: int) -> tuple[str, int] | None:
    """'The paradox of Nancy, says Carl Anthony, historian at …, is that': a speech verb set off by commas
    before a name and its appositive is inverted; the name speaks, not the phrase before the comma."""
    low = toks[j][2]
    if j == 0 or toks[j - 1][2] != "," or low not in ("says", "said") or j + 1 >= len(toks) \
            or not toks[j + 1][2][:1].isupper():
        return None
    np = np_after_name(nar, toks, j + 1)
    if not np or np[0].lower() in SUBJECT_PRONOUNS:
        return None
    e = next((i for i in range(j + 1, len(toks)) if toks[i][0] >= np[1] + len(np[0])), None)
    if e is None or toks[e][2] != ",":
        return None  # ('…, said Clinton was wrong', '…, says Smith.' closes the sentence instead)
    return np


def _after_that(toks: list, np: tuple[str, int]) -> bool:
    """The phrase opens a 'that' clause ('expected that voters will say'), or starts with that 'that'."""
    if np[0].lower().split()[:1] == ["that"]:  # ('that\xa0Americans': any space)
        return True
    s = next((i for i, t in enumerate(toks) if t[0] >= np[1]), 0)
    return s > 0 and toks[s - 1][2].lower() == "that"


def _reported(toks: list, np: tuple[str, int]) -> bool:
    """'Cruz said he's certain Rubio will continue to be “…”': the phrase's clause is reported by an
    earlier speech verb, so its modal verb is foreseen, not spoken."""
    s = next((i for i, t in enumerate(toks) if t[0] >= np[1]), 0)
    return any(is_cue(t[2], weak_ok=False) and t[2][:1].islower() for t in toks[max(0, s - 6):s])


def _ends_clause(toks: list, np: tuple[str, int], partial: bool) -> bool:
    """'said Smith: “' inverts; 'said Clinton was not the originator of “…”' and 'said Fiorina “was …”'
    report what Clinton or Fiorina did: a verb, or a quoted phrase, follows the name."""
    e = next((i for i, t in enumerate(toks) if t[0] >= np[1] + len(np[0])), None)
    return not partial if e is None else not toks[e][2][:1].islower()


def introduces(nar: Narrative, a: int, b: int) -> Cue | None:
    """A sentence that hands the floor to the next paragraph: 'Smith said:'."""
    toks = nar.span(a, b)
    for j in range(len(toks) - 1, -1, -1):
        w = toks[j][2]
        if w == "\x00":
            return None
        if is_cue(w, weak_ok=False) and w[:1].islower():
            # 'Hale confirmed it, saying:' - the participle's subject is the clause's, not 'Hale confirmed it'
            np = subject_before(nar, toks, j) if w.endswith("ing") and j and toks[j - 1][2] == "," \
                else np_before(nar, toks, j, 0)
            if np and _AUX.intersection(np[0].lower().split()):
                continue  # 'the senator should expect hard questions': a noun, whose 'subject' has a verb
            if not np and j + 1 < len(toks):
                np = np_after_name(nar, toks, j + 1)
            return Cue(np[0], np[1], _cue_text(nar, toks, j), local=False) if np else None
    return None


_MODALS = frozenset("will would could should might may can".split())
_AUX = _MODALS | frozenset("must is are was were has have had do does did".split())


_ISSUE_VERBS = frozenset("issued issues released releases sent put puts".split())


def hands_over(nar: Narrative, a: int, b: int) -> Cue | None:
    """The cue of a sentence handing the floor to what follows: 'Smith said:', or an issuer whose statement
    the sentence names ('The RNC issued a statement …, which included aides suggesting …')."""
    cue, issuer = introduces(nar, a, b), issued(nar, a, b)
    if issuer is None:
        return cue
    if cue is not None and not _in_relative(nar.span(issuer.at, cue.np_start + len(cue.np))):
        return cue  # ('The RNC issued a statement, and Ozawa said she would respond.')
    return issuer


def _in_relative(toks: list) -> bool:
    """A ', which/who/that …' clause opens between two verbs: the later one is inside it."""
    return any(t[2] == "," and toks[k + 1][2].lower() in ("which", "who", "that") for k, t in enumerate(toks[:-1]))


def issued(nar: Narrative, a: int, b: int) -> Cue | None:
    """'The RNC issued a statement apologizing to Ozawa.' handing over to a quotation with no cue of its
    own: the issuer of the statement speaks, not the person it names."""
    toks = nar.span(a, b)
    for j, t in enumerate(toks):
        if t[2] not in _ISSUE_VERBS or not t[2][:1].islower():
            continue
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1][2] == "out")  # 'put out a statement'
        if not any(w[2].lower() in CUE_NOUNS for w in toks[k + 1:k + 4]) or k >= len(toks) \
                or toks[k][2].lower() not in ("a", "an"):
            continue
        np = np_before(nar, toks, j, 0)
        return Cue(np[0], np[1], t[2], local=False, at=t[0]) if np else None
    return None
