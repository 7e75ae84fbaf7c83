"""Quote vs not-quote: a learned filter over the spans the rules keep.

The rules in `not_quotes` catch titles, markup and quoted modifiers by
shape; what gets past them and still quotes nobody is mostly a scare quote
in the reporter's own sentence ('the deal is a “pre-agreement” because …')
or a fragment the nearest cue does not govern. A logistic model over cheap
features of the span and its sentence (is there any cue verb in it, how far
is the cue, what word comes before and after, does it speak in the first
person, is it repeated, a whole paragraph, in title case) scores each span,
whole sentences included (slogans and pasted excerpts are whole sentences
too; `--curve` in the trainer showed that scope wins on train CV); weights and
threshold ship in `index/data/speaker_model.json` with the speaker ranker,
trained on quote_dev train only (`bench/train_speaker_model.py`).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from index.lexicon import CUE_VERBS

if TYPE_CHECKING:
    from index.attribution import Attribution
    from index.quote_marks import MarkSpan

_CALLED_RE = re.compile(
    r"\b(?:called|dubbed|named|titled|entitled|nicknamed|known as|so-called|term|word|phrase)\W*$", re.I)
_WORDS_RE = re.compile(r"[A-Za-z][\w'\u2019-]*")
_SENT_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
_DETS = frozenset("a an the his her their its our this that these those".split())
_PREPS = frozenset("of for in on to as with by about from at into over under against like than".split())
_FUNCTION = frozenset(
    """in on at to for with by from of and or but as than that if when while because about into over
    after before during since until against without is was are were be been has had have will would
    could should may might can do does did not the a an his her their its this these those he she
    they it we i you who which where""".split()
)


def _sentence(body: str, m: MarkSpan) -> tuple[int, int]:
    """Rough bounds of the sentence holding the span, within its paragraph (no tokenising)."""
    close = m.close_mark if m.close_mark is not None else m.end
    floor = max(m.para_start, m.open_mark - _REACH)  # bounded: a huge paragraph stays linear
    left = body.rfind(". ", floor, m.open_mark)
    start = floor if left < 0 else left + 2
    ceil = min(m.para_end, close + 1 + _REACH)
    nxt = _SENT_END_RE.search(body, close + 1, ceil)
    return start, (nxt.end() if nxt else ceil)


_REACH = 600  # characters looked at on either side of a span


def _cue_in(text: str) -> bool:
    words = [w.lower() for w in _WORDS_RE.findall(text)]
    return any(w in CUE_VERBS for w in words) or "according to" in text.lower()


def quote_feats(body: str, m: MarkSpan, a: Attribution) -> dict[str, float]:
    """Shape features of a mark span: does it look like reported speech or a title/scare quote?"""
    text = body[m.start:m.end]
    words = text.split()
    n = len(words)
    close = m.close_mark if m.close_mark is not None else m.end
    before = body[max(m.para_start, m.open_mark - 40):m.open_mark]
    after = body[close + 1:close + 25]
    caps = sum(1 for w in words if w[:1].isupper())
    f = {
        "bias": 1.0, "logn": math.log1p(n), "n1": float(n == 1), "n2_3": float(2 <= n <= 3),
        "n4_7": float(4 <= n <= 7), "capfrac": caps / n if n else 0.0,
        "ends_punct": float(text[-1:] in ".,!?"), "starts_cap": float(text[:1].isupper()),
        "open": float(m.close_mark is None), "para_start": float(m.open_mark == m.para_start),
        "called": float(bool(_CALLED_RE.search(before))),
        "det_before": float(before.rstrip().lower().endswith((" a", " an", " the"))),
        "colon_before": float(before.rstrip().endswith(":")),
        "comma_before": float(before.rstrip().endswith(",")),
        "said_after": float(bool(re.match(r"\W*\s*(?:\w+\s+){0,3}(?:said|says|told|added|wrote)\b", after))),
        "local": float(a.local), "has_cue": float(a.np_at >= 0), "as_written": float(bool(a.as_written)),
        "cue_near": 0.0,
    }
    if a.cue_at >= 0:
        gap = body[a.cue_at:m.open_mark] if a.cue_at < m.open_mark else body[close:a.cue_at]
        f["cue_near"] = 1.0 / (1.0 + len(gap.split()))
        g = len(gap.split())
        f["gap0_2" if g <= 2 else "gap3_6" if g <= 6 else "gap7"] = 1.0
    f.update(_context_feats(body, m, close, text))
    f["kind_" + (a.kind if a.speaker else "none")] = 1.0
    if a.as_written and len(a.as_written.split()) > 5 and a.as_written[:1].isupper() and a.kind != "named":
        f["odd_speaker"] = 1.0  # 'a woman can run for president without being': a parse, not a source
    return {k: v for k, v in f.items() if v}


def _context_feats(body: str, m: MarkSpan, close: int, text: str) -> dict[str, float]:
    """The sentence around the span: a cue verb outside it, and the words on either side."""
    s0, s1 = _sentence(body, m)
    outside = body[s0:m.open_mark] + " " + body[close + 1:s1]
    prev = _WORDS_RE.findall(body[max(m.para_start, m.open_mark - 30):m.open_mark])
    pw = prev[-1].lower() if prev else ""
    nxt = re.match(r"\W{0,2}\s*([A-Za-z][\w'-]*)", body[close + 1:close + 30])
    nw = nxt.group(1) if nxt else ""
    mid = m.open_mark > s0 + 1 and bool(body[s0:m.open_mark].strip())
    f = {
        "sent_cue": float(_cue_in(outside)),
        "mid_sentence": float(mid),
        "prev_det": float(pw in _DETS), "prev_prep": float(pw in _PREPS),
        "prev_cue": float(pw in CUE_VERBS), "prev_that": float(pw == "that"),
        "next_lower_noun": float(bool(nw) and nw[:1].islower() and nw.lower() not in _FUNCTION
                                 and nw.lower() not in CUE_VERBS and not nw.endswith("ly")),
        "next_cue": float(nw.lower() in CUE_VERBS),
        "lower_start": float(text[:1].islower()),
        "title_case": float(len(text.split()) > 1 and all(w[:1].isupper() for w in text.split()
                                                           if w.lower() not in _FUNCTION)),
    }
    if mid and not f["sent_cue"]:
        f["mid_no_cue"] = 1.0
    f.update(_speech_feats(body, m, close, text, s0, s1, pw))
    return f


_LABEL_VERBS = frozenset("""called calling calls call described describing describes termed branded labeled
    labelled dubbed deemed promised vowed pledged urged dismissed praised blasted slammed decried""".split())
_CLAUSE_WORDS = frozenset("""is are was were be been am has have had will would can could should must do does did
    don't doesn't didn't isn't aren't wasn't won't can't it's that's there's i we you he she they nobody everybody
    somebody everyone someone""".split())
_FIRST_PERSON = frozenset("i i'm i've i'll i'd me my we we're we've we'll our us".split())
_TITLE_NOUN_RE = re.compile(
    r"\b(?:book|books|novel|film|movie|documentary|show|series|song|album|slogan|motto|mantra|theme|"
    r"catchphrase|hashtag|headline|label|nickname|program|programme|podcast|play|musical|essay|column|"
    r"initiative|plan|act|bill|campaign|tour|event|rally|summit|title|titled|entitled|ad|video|"
    r"poster|sign|signs|banner|t-shirt|shirt|hat|sticker)\W*(?:\s+(?:called|named|titled|entitled))?\W*$",
    re.I)


def _speech_feats(body: str, m: MarkSpan, close: int, text: str, s0: int, s1: int, pw: str) -> dict[str, float]:
    """Does the span read like someone speaking (first person, a whole paragraph) or like a name?"""
    words = [w.lower().strip(".,!?;:\"'\u2019") for w in text.split()]
    n = len(words)
    before = body[max(m.para_start, m.open_mark - 40):m.open_mark]
    outside = body[s0:m.open_mark] + body[close + 1:s1]
    key = text.strip(" ,.!?;:")
    prev4 = [w.lower() for w in _WORDS_RE.findall(body[max(m.para_start, m.open_mark - 45):m.open_mark])[-4:]]
    next4 = [w.lower() for w in _WORDS_RE.findall(body[close + 1:min(m.para_end, close + 40)])[:4]]
    f = {
        "verb_before": float(any(w in CUE_VERBS or w in _LABEL_VERBS for w in prev4)),
        "verb_after": float(any(w in CUE_VERBS for w in next4)),
        "first_person": float(any(w in _FIRST_PERSON for w in words)),
        "you": float(any(w in ("you", "your", "you're") for w in words)),
        "title_noun": float(bool(_TITLE_NOUN_RE.search(before))),
        "prev_as": float(pw == "as"), "prev_poss": float(pw.endswith(("'s", "\u2019s"))),
        "paren": float(body[m.open_mark - 1:m.open_mark] == "(" or body[close + 1:close + 2] == ")"),
        "all_caps_words": float(n > 1 and all(w[:1].isupper() for w in text.split())),
        "whole_para": float(m.open_mark == m.para_start and m.para_end - close < 8
                            and body[close + 1:m.para_end].strip() == ""),
        "other_marks": float(any(c in outside for c in "\"\u201c\u201d")),
        "repeated": float(len(key) >= 3 and n <= 6
                          and body.count(key, max(0, m.start - 30 * _REACH), m.end + 30 * _REACH) >= 2),
        "n8": float(n >= 8), "whole": float(whole_sentence(body, m)),
    }
    f.update(_frame_feats(body[s0:m.open_mark]))
    # A clause (an auxiliary or a subject pronoun among 4+ words) is what speech has and titles, scare
    # quotes and headlines lack: thousands of spans back it, unlike the few cue-less whole paragraphs
    # whose kind_none weight swung from one refit to the next.
    f["clause"] = float(n >= 4 and any(w in _CLAUSE_WORDS for w in words))
    return f


# Verbs that frame someone's words as a label ('portraying immigrants as “rapists”', 'calls her record
# a “blueprint”'); a scare quote sits in the reporter's own sentence with no such verb before it.
_FRAME_VERBS = frozenset("""portray portrays portrayed portraying cast casts casting refer refers referred
    referring dismiss dismisses dismissed dismissing herald heralded hail hailed denounce denounced denounces
    deride derided decry decried depict depicts depicted depicting paint painted painting frame framed framing
    call calls called calling describe describes described describing brand branded label labeled labelled
    accuse accused accuses accusing""".split())
_AS_END_RE = re.compile(r"\bas\s+(?:(?:a|an|the|his|her|their|its|part|of|being|too|so)\s+){0,3}\W*$", re.I)


def _frame_feats(before: str) -> dict[str, float]:
    """A speech or framing verb earlier in the span's own sentence, and 'as' right before the span."""
    frame = _verb_in(before)
    return {"sent_verb_before": float(frame),
            "frame_as": float(frame and bool(_AS_END_RE.search(before[-40:])))}


def _verb_in(text: str) -> bool:
    words = [w.lower() for w in _WORDS_RE.findall(text)]
    return any(w in _FRAME_VERBS or w in CUE_VERBS or w in _LABEL_VERBS for w in words)


def said_in_sentence(body: str, m: MarkSpan, np_at: int) -> bool:
    """A speaker named earlier in the span's own sentence and a speech or framing verb after the name
    ('He pledged to fix the nation’s “broken” system'): what tells a phrase someone said from a
    reporter's scare quote of the same shape."""
    return _sentence(body, m)[0] <= np_at < m.open_mark and _verb_in(body[np_at:m.open_mark])


def whole_sentence(body: str, m: MarkSpan) -> bool:
    """A whole quoted sentence (a feature: most are reported speech, some are slogans or excerpts)."""
    text = body[m.start:m.end].rstrip("\u201d\"' ")
    return text[:1].isupper() and text[-1:] in ".!?," and len(text.split()) >= 4


def _handed_over(body: str, m: MarkSpan) -> bool:
    """A paragraph-long quotation that a colon ('She said:') or an unclosed quotation in the
    paragraph before hands over to: the newspaper convention for long quotations, kept."""
    if m.open_mark != m.para_start or m.para_start == 0:
        return False
    head = body[max(0, m.para_start - 3000):m.para_start].rstrip()
    prev = head[head.rfind("\n") + 1:].strip()  # the last non-empty paragraph before
    if not prev:
        return False
    if prev.endswith(":"):
        return True
    return prev[0] in "\"\u201c" and prev.count(prev[0]) == 1 and "\u201d" not in prev


def keep_quote(body: str, m: MarkSpan, a: Attribution) -> bool:
    """False when the filter is confident the span quotes nobody."""
    from index import speaker_model as sm  # lazy: it re-exports this module's names

    model = sm.load_model() if sm.ENABLED else None
    if not model or "quote" not in model or _handed_over(body, m):
        return True
    qm = model["quote"]
    feats = quote_feats(body, m, a)
    if feats.get("clause") and feats.get("n8") and feats.get("whole") and feats.get("ends_punct"):
        return True  # a whole quoted sentence of 8+ words is no title or scare quote, cued or not
    return sm.score(qm["weights"], feats) >= qm.get("threshold", -1e9)
