"""Quote-mark spans that quote nobody: titles, shows, headlines, nicknames, scare quotes.

News puts double marks around much that nobody said: a TV show after its
network ("on NBC's “Meet the Press”"), a newsletter headline before its
byline ("—“Title,” by Times' Ann Lee"), a nickname, or a word the writer
keeps at arm's length ("the “top secret” level"). These rules look only at
the span's shape and its immediate neighbours, so they stay cheap.
"""

from __future__ import annotations

import re

from index.attribution import Attribution
from index.quote_filter import said_in_sentence
from index.quote_marks import MarkSpan, is_nickname

_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from vs is as de del la le du des da y el van von".split())
_TITLE_CUES = re.compile(
    r"(?:\b(?:book|books|novel|film|movie|show|series|song|album|titled|entitled|called|named|dubbed|"
    r"memoir|column|article|op-ed|essay|program|programme|campaign|rally|hashtag|slogan|event|tour|play|musical|"
    r"author of|headline|pseudonym|nicknamed|known as|goes by|podcast|ad|episode|star of|roles in)"
    r"\s*[,:]?\s*)$",
    re.I,
)
# 'on NBC's', 'CNN’s', 'on', 'told Fox's', 'appearance on': a show or outlet name follows.
_SHOW_BEFORE = re.compile(r"(?:['\u2019]s|\bon|\bon the|\btold)\s*$", re.I)
# A byline names an outlet's writer ('by Times' Ann Lee', 'by DNAinfo's Eddie Small'): the possessive is
# what tells it from speech followed by an agent ('“We are horrified” by the shooting', 'a letter signed
# by the United States and its allies said: “…”').
_BYLINE = r"by\s+(?:the\s+)?[A-Z][^,:\n]{0,40}?['\u2019]s?\s+[A-Z]"
_BYLINE_AFTER = re.compile(r"^\W{0,3}\s*" + _BYLINE, re.S)
_EXCERPT_BEFORE = re.compile(r"\b" + _BYLINE + r"[^:\n]{0,40}:\s*$")
# Words that may follow a partial quotation inside a sentence without making it a modifier.
_FUNCTION_AFTER = frozenset(
    """in on at to for with by from of and or but as than that if when while because about
    into over after before during since until against without is was are were be been has had
    have will would could should may might can do does did not the a an his her their its this
    these those he she they it we i you who which where said says told tells added says""".split()
)


def is_quotation(body: str, m: MarkSpan, a: Attribution) -> bool:
    """False for titles, scare quotes, nicknames and credits that quote nobody."""
    text = body[m.start:m.end]
    words = text.split()
    if _is_title(body, m, words) or _is_markup(body, m) or _is_headline(body, m):
        return False
    if len(words) <= 4 and not (_governed(body, m, a) or _reported(body, m, a)) and _is_modifier(body, m, text):
        return False
    if is_nickname(body, m) or _is_letter(text):
        return False
    if a.local and (a.speaker or a.as_written):
        return True
    if len(words) <= 3 and (not a.speaker or a.np_at < 0):
        return False  # a short fragment with no cue phrase of its own: the learned filter never sees it
    if not a.speaker:
        return len(words) >= 8 and bool(re.search(r"[.!?,]['\u2019]?$", text))
    return True


def _reported(body: str, m: MarkSpan, a: Attribution) -> bool:
    """The speaker named earlier in the span's own sentence, then a speech verb ('He pledged to fix the
    nation’s “broken” system'): a phrase someone said, not the reporter's scare quote of the same shape."""
    return a.np_at >= 0 and said_in_sentence(body, m, a.np_at)


def _governed(body: str, m: MarkSpan, a: Attribution) -> bool:
    """A cue word within a few words of the span ('called it a “witch hunt” …') governs it."""
    if a.cue_at < 0:
        return False
    close = m.close_mark if m.close_mark is not None else m.end
    gap = body[a.cue_at:m.open_mark] if a.cue_at < m.open_mark else body[close:a.cue_at]
    return len(re.findall(r"\w+", gap)) <= 6


def _is_markup(body: str, m: MarkSpan) -> bool:
    """Tweets embedded as markup ('<tweet …>“…”</tweet>'): a pasted post, not reported speech."""
    # Look back a bounded stretch only: a scan to the paragraph start is quadratic on huge paragraphs.
    return body.find("<tweet", max(m.para_start, m.open_mark - 2000), m.open_mark) >= 0 \
        or body[m.start:m.start + 1] == ">"


def _is_headline(body: str, m: MarkSpan) -> bool:
    """'—“Title,” by Times' Ann Lee: “excerpt …”': a newsletter's headline and the excerpt after it."""
    close = m.close_mark if m.close_mark is not None else m.end
    if _BYLINE_AFTER.match(body[close + 1:close + 60]):
        lead = body[m.para_start:m.open_mark].strip()  # rare: only spans followed by 'by …'
        if not lead or lead.endswith(("\u2014", "-")):
            return True
    return bool(_EXCERPT_BEFORE.search(body[max(m.para_start, m.open_mark - 90):m.open_mark]))


def _is_modifier(body: str, m: MarkSpan, text: str) -> bool:
    """'the “top secret” level', 'a “defeat the establishment” theme': a quoted modifier of a noun."""
    if m.close_mark is None or text[-1:] in ",.!?;:":
        return False
    after = body[m.close_mark + 1:m.close_mark + 30]
    if after[:1] == "-":
        return True  # '“moan”-worthy'
    nxt = re.match(r" ([a-z][a-z\-]+)\b", after)
    if not nxt or nxt.group(1) in _FUNCTION_AFTER or nxt.group(1).endswith("ly"):
        return False
    before = body[max(m.para_start, m.open_mark - 40):m.open_mark].split()
    if len(text.split()) <= 3 and len(before) >= 2 and before[-2].lower() in _DETS \
            and before[-1].isalpha() and before[-1].islower() and not before[-1].endswith("ly"):
        return True  # 'one of the original “big four” negotiators': determiner, adjective, quote, noun
    return bool(before) and (before[-1].lower() in _DETS or before[-1].endswith(("'s", "\u2019s")))


_DETS = ("a", "an", "the", "its", "his", "her", "their")


def _is_letter(text: str) -> bool:
    """'push the button for “R” or “D”': a lone capital letter is a label (a party, a grade), not speech."""
    core = text.strip(",.;:!? ")
    return len(core) == 1 and core.isupper()


def _is_title(body: str, m: MarkSpan, words: list[str]) -> bool:
    """Title-case spans named as a work, show or event, and photo credits."""
    if not words or len(words) > 14:
        return False
    if "/" in body[m.start:m.end] and m.open_mark == m.para_start:
        return True  # a photo credit standing alone
    before = body[max(m.para_start, m.open_mark - 40):m.open_mark]
    sig = [w for w in words if w.lower().strip(",.:;!?") not in _SMALL_WORDS]
    title_case = bool(sig) and all(w[:1].isupper() or w[:1].isdigit() for w in sig)
    if not title_case:
        return False
    ends_sentence = words[-1][-1:] in ".!?"
    if len(words) > 9:  # a book's title and subtitle ('his book “Backfire: … of Hewlett-Packard.”')
        return bool(_TITLE_CUES.search(before))
    if _TITLE_CUES.search(before) or before.rstrip().endswith((" a", " an", " the", " of")):
        return not ends_sentence or len(sig) > 1
    if _SHOW_BEFORE.search(before) and len(words) <= 7:
        return True  # 'on NBC's “Meet the Press.”'
    if _WORK_BEFORE.search(before) and words[0].lower() not in ("i", "we", "you"):
        return True  # 'the playwright who wrote “Peter Pan,”', 'proceeded to perform “Bridge Over Troubled Water.”'
    if len(sig) >= 2 and words[-1].endswith(",") and _LIST_BEFORE.search(before) and not _cue_after(body, m):
        return True  # '… starred in “Parks and Recreation” and “Guardians of the Galaxy,” posted …'
    return len(sig) >= 2 and not ends_sentence and not words[-1].endswith(",")


# A verb of writing or performing, or an interview or appearance, before a title-case span: a work or a show.
_WORK_BEFORE = re.compile(
    r"\b(?:wrote|written|writes|write|perform|performed|performing|performs|sang|sing|sings|singing|"
    r"starred in|starring in|stars in|directed|produced|published|authored|recorded|released|"
    r"interview with|appearance on|appeared on|appearing on|episode of|edition of|season of|broadcast of)\s*$",
    re.I)
_LIST_BEFORE = re.compile(r"(?:\b(?:and|or|in|on|of|from|perform|performing|called|like)|[\u201d\"],)\s*$")
_CUE_AFTER = re.compile(r"\W{0,3}\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:said|says|told|added|wrote|asked)\b"
                        r"|\W{0,3}\s*(?:he|she|they|it|we|I)\s+\w+ed\b")


def _cue_after(body: str, m: MarkSpan) -> bool:
    close = m.close_mark if m.close_mark is not None else m.end
    return bool(_CUE_AFTER.match(body, close + 1, min(len(body), close + 60)))
