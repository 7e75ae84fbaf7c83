"""Name the speaker of each quotation: cue, pronoun, anonymous source, or organisation.

Quotations are visited in text order. Each takes the cue in its own
sentence (after it, else before it); one without a cue takes the speaker of
its neighbour in the paragraph, or of the sentence or paragraph that
introduced it. Pronouns resolve through the mention tracker, and "the
official" refers back to the anonymous source with the same head noun.
"""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from index.asides import subordinate
from index.cue_repair import closing_according, opening_according, repair
from index.crowd_cues import predicate_quote
from index.cues import Cue, hands_over, introduces, left_cue, right_cue
from index.gender import fill_genders, head_gender
from index.lexicon import CUE_VERBS, PERSON_NOUNS, SPEECH_NOUNS, SUBJECT_PRONOUNS
from index.mentions import MentionTracker, find_people
from index.naming import CREDIT_CUE, Attribution, SpeakerNamer
from index.nominal_sources import clause_subject, subject_after
from index.joint_speakers import with_pair
from index.passive import passive_agent
from index.phrases import Narrative
from index.quote_marks import MarkSpan, is_nickname, paragraphs, sentence_breaks
from index.speaker_nps import collective, nominal_head
from index.speakers import surname

_CLAUSE_OPENERS = frozenset("he she they it i we you that the a an his her their this there".split())
_THAT_RE = re.compile(r"\W*(?:[\w.]+\W+){0,3}?that\W*$")  # 'said Tuesday morning that '


# A credit line under a quotation: "- Sanders.", "—Mary Hale, Ohio."
_CREDIT_RE = re.compile(r"[ \t]*[-\u2013\u2014]+[ \t]*([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4})[ \t]*[,.]")


@dataclass(frozen=True)
class _Bounds:
    """Where a quotation's cues may lie."""

    s_start: int  # start of the quotation's sentence
    floor: int  # cues before it start here: the sentence start, or the close of the quotation before it
    close: int  # the quotation's closing mark (its end when left open)
    next_open: int  # the next quotation in the paragraph, or the paragraph's end
    own_end: int  # end of the quotation's sentence
    s_end: int  # own_end, or the next sentence's end when the quotation closes its own
    partial: bool  # narrative before it in its sentence: a quoted phrase, not a quoted sentence


_NEW_SENTENCE = re.compile(r"\s*(?:And|But|So|Yet|Still|Meanwhile|However)\b")

_SHORT_TAIL = 6  # words from a next sentence's cue verb to its end ('said Smith, a former aide.')


def masked_body(body: str, marks: list[MarkSpan]) -> str:
    """The body with each quotation blanked: marks become NUL, the words spaces. A nickname inside a
    name ('Juan “Chico” Manriquez') is blanked whole, so the name reads on as one run."""
    chars = list(body)
    for q in marks:
        close = q.close_mark if q.close_mark is not None else q.end
        if is_nickname(body, q):
            chars[q.open_mark:close + 1] = " " * (close + 1 - q.open_mark)
            continue
        chars[q.open_mark] = "\x00"
        for i in range(q.open_mark + 1, close):
            if chars[i] != "\n":
                chars[i] = " "
        if q.close_mark is not None:
            chars[q.close_mark] = "\x00"
    return "".join(chars)


class Attributor(SpeakerNamer):
    """Holds one article's narrative, sentences and mentions while naming speakers."""

    def __init__(self, body: str, marks: list[MarkSpan]) -> None:
        self.body = body
        self.marks = marks
        self.nar = Narrative(masked_body(body, marks))
        self.nominals: list[tuple[str, str, int]] = []  # (speaker string, head noun, offset)
        self._pending: list[tuple] | None = None  # speakers named on trial, noted only when chosen
        self.paras = paragraphs(body)
        self.breaks: list[int] = []
        by_para: dict[int, list[MarkSpan]] = {}
        for q in marks:
            by_para.setdefault(q.para, []).append(q)
        for pi, (ps, pe) in enumerate(self.paras):
            self.breaks.extend(sentence_breaks(body, ps, pe, by_para.get(pi, [])))
        self.breaks.append(len(body))
        self.windows = self._windows()
        people = find_people(self.nar.text, self.windows)
        fill_genders(self.nar.text, people, self.breaks, key=lambda n: surname(n).lower())
        self.tracker = MentionTracker(people, self.breaks, self.nar.text)
        self.full_names: dict[str, set[str]] = {}
        for m in people:
            if len(m.name.split()) > 1:
                self.full_names.setdefault(surname(m.name).lower(), set()).add(m.name)
        self._scan_nominal_sources()

    def _windows(self, before: int = 3) -> list[tuple[int, int]]:
        """The stretches that can name a speaker: each quotation's paragraph and the few before it."""
        out: list[tuple[int, int]] = []
        for pi in sorted({q.para for q in self.marks}):
            a, b = self.paras[max(0, pi - before)][0], self.paras[pi][1]
            if out and a <= out[-1][1] + 1:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    def _scan_nominal_sources(self) -> None:
        """Sources of indirect speech: anonymous ones ('one official said …') for 'the official' later,
        named ones flagged on their mention, since a 'he said' soon after is often theirs."""
        quoted: dict[int, int] = {}
        for q in self.marks:
            quoted.setdefault(self.sentence_of(q.open_mark)[0], q.open_mark)
        for a, b in zip(self.breaks, self.breaks[1:]):
            if b <= a or not any(w0 <= a < w1 for w0, w1 in self.windows):
                continue
            cue = introduces(self.nar, a, quoted.get(a, b))
            if cue is None:
                continue
            words = cue.np.lower().split()
            head = words[-1] if words and words[-1] in PERSON_NOUNS else (nominal_head(cue.np) or "").lower()
            if words and words[0] in ("a", "an", "one", "another") and head in PERSON_NOUNS:
                self._note(cue.np_start, cue.np, head_gender(head), "nominal", head)  # 'a woman in Ohio'
            elif a in quoted:
                continue  # a quotation's own sentence: only an anonymous source before it is new
            elif cue.np[:1].isupper() and cue.np.lower() not in SUBJECT_PRONOUNS:
                self.tracker.mark_cued(cue.np_start, cue.np_start + len(cue.np))

    # -- sentences -------------------------------------------------------
    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.breaks, pos) - 1
        return self.breaks[max(i, 0)], self.breaks[min(i + 1, len(self.breaks) - 1)]

    # -- the main loop ---------------------------------------------------
    def run(self) -> list[Attribution]:
        out: list[Attribution] = []
        by_para: dict[int, list[int]] = {}
        for i, q in enumerate(self.marks):
            by_para.setdefault(q.para, []).append(i)
        last_para_speaker: tuple[int, Attribution] | None = None
        for pi in sorted(by_para):
            idxs = by_para[pi]
            atts = [self._local(i) for i in idxs]
            self._inherit_within(idxs, atts)
            if not any(a.speaker for a in atts):
                prev = (self._credit_line(pi) if pi + 1 not in by_para else None) \
                    or self._from_previous(pi, last_para_speaker)
                if prev:
                    atts = [self._copy(prev) for _ in atts]
            for a in atts:
                if a.speaker:
                    last_para_speaker = (pi, a)
            out.extend(atts)
        return out

    def _bounds(self, i: int) -> _Bounds:
        q = self.marks[i]
        s_start, _ = self.sentence_of(q.open_mark)
        prev_close = self.marks[i - 1].close_mark if i > 0 and self.marks[i - 1].para == q.para else None
        floor = max(s_start, (prev_close + 1) if prev_close is not None else s_start)
        close = q.close_mark if q.close_mark is not None else q.end
        nxt = self.marks[i + 1].open_mark if i + 1 < len(self.marks) and self.marks[i + 1].para == q.para \
            else q.para_end
        _, own_end = self.sentence_of(close)
        s_end = own_end
        if s_end <= close + 2 and not _NEW_SENTENCE.match(self.body, s_end):
            # the quotation ended its sentence: a short 'Smith said.' may follow (not '… And Portman said')
            s_end = self.sentence_of(s_end)[1] if s_end < q.para_end else s_end
        partial = bool(self.nar.text[floor:q.open_mark].strip(" ,:\u2014-"))
        return _Bounds(s_start, floor, close, nxt, own_end, s_end, partial)

    def _local(self, i: int) -> Attribution:
        q, b = self.marks[i], self._bounds(i)
        cue = self._own_cue(q, b)
        chosen = self._trial(cue)
        cue, chosen = self._credited(q, b, cue, chosen)
        if b.partial and not (chosen[0].speaker or chosen[0].as_written):
            cue, chosen = self._uncued_partial(q, b, cue, chosen)
        elif not (chosen[0].speaker or chosen[0].as_written):  # '“…,” a voice-over in the ad states.'
            after = subject_after(self.nar, b.close + 1, min(b.own_end, b.next_open))
            tried = self._trial(after)
            if tried[0].speaker:
                cue, chosen = after, tried
        if cue is None:
            return Attribution()
        att = self._commit(chosen)
        att.local = True
        att.cue_at = cue.at
        att.np_at = cue.np_start
        return att

    def _own_cue(self, q: MarkSpan, b: _Bounds) -> Cue | None:
        """The cue in the quotation's sentence: after it, else before it (before it first for a partial one)."""
        right_end = min(b.s_end, b.next_open, q.para_end)
        agent = passive_agent(self.nar, b.floor, q.open_mark, b.close, min(b.own_end, b.next_open))
        if not b.partial:
            cue = self._right_cue(b, right_end) or agent \
                or left_cue(self.nar, b.floor, q.open_mark, partial=False, sent=b.s_start)
        else:
            cue = agent or left_cue(self.nar, b.floor, q.open_mark, partial=True, sent=b.s_start)
            if cue is None or subordinate(self.nar, cue, b.s_start, q.open_mark) \
                    or predicate_quote(self.body, cue, q):
                cue = self._right_cue(b, right_end) or cue
        if cue is not None and cue.cue == "according to":
            cue = self._outer_cue(cue, b)
        return repair(self.nar, cue, b.s_start, b.s_end, self._first_person) if cue is not None else None

    def _right_cue(self, b: _Bounds, end: int) -> Cue | None:
        """The cue after the quotation; in the next sentence only a short one ('“…!” Smith said.'): a
        sentence that goes on past its verb ('Adler said the campaign has yet to …') is its own report."""
        cue = right_cue(self.nar, b.close + 1, end)
        if cue is not None and cue.at >= b.own_end and len(self.body[cue.at:b.s_end].split()) > _SHORT_TAIL:
            return None
        return cue

    def _first_person(self, a: int, b: int) -> tuple[int, int] | None:
        i = bisect_left(self.tracker.positions, a)
        m = next((m for m in self.tracker.items[i:] if m.pos < b and m.person and m.kind == "named"), None)
        return (m.pos, m.end) if m is not None and m.pos < b else None

    def _outer_cue(self, cue: Cue, b: _Bounds) -> Cue | None:
        """An 'according to' cue that is not the sentence's own: 'Win Htein said that according to its
        analysis, …, but “…”' credits Win Htein; a report named in the next sentence credits nobody here."""
        if cue.at >= b.own_end:  # '… Kasich said he would have fired him, according to press reports.'
            words = re.findall(r"[\w'\u2019]+", self.nar.text[b.own_end:cue.at].lower())
            verb = next((k for k, w in enumerate(words) if w in CUE_VERBS), None)
            if verb is None or (verb + 1 < len(words) and words[verb + 1] in _CLAUSE_OPENERS):
                return None
            return cue
        outer = left_cue(self.nar, b.floor, cue.at, partial=False) if cue.at > b.floor else None
        if outer is not None and _THAT_RE.match(self.nar.text, outer.at + len(outer.cue), cue.at):
            return outer
        return cue

    def _credited(self, q: MarkSpan, b: _Bounds, cue: Cue | None,
                  chosen: tuple[Attribution, list]) -> tuple[Cue | None, tuple[Attribution, list]]:
        """'According to the playbook, his salespersons were told, “…”': the source the sentence is credited
        to speaks when no one else in it does (a report relied on is never the speaker over a name)."""
        if chosen[0].speaker or chosen[0].as_written:
            return cue, chosen
        for credited in (opening_according(self.nar, b.s_start, q.open_mark) if b.partial else None,
                         closing_according(self.nar, b.close + 1, min(b.own_end, b.next_open))):
            if credited is not None and (cue is None or (cue.np_start, cue.np) != (credited.np_start, credited.np)):
                tried = self._trial(credited)
                if tried[0].speaker:
                    return credited, tried
        return cue, chosen

    def _uncued_partial(self, q: MarkSpan, b: _Bounds, cue: Cue | None,
                        tried: tuple[Attribution, list]) -> tuple[Cue | None, tuple[Attribution, list]]:
        """A quotation inside a sentence whose cue named nobody ('The former secretary of state will play
        the “woman card,” Fiorina said'): the cue after it, else the common-noun subject of its clause
        ('The cable indicated … the “minimum”'), unless a cue later in the sentence speaks for it."""
        if cue is not None and cue.np_start < q.open_mark:
            right = right_cue(self.nar, b.close + 1, min(b.own_end, b.next_open))
            named = self._trial(right)
            if named[0].speaker or named[0].as_written:
                return right, named
        later = self._trial(right_cue(self.nar, b.close + 1, b.own_end))[0]
        if later.speaker or later.as_written:
            return cue, tried  # '“maybe” and “perhaps”, he told reporters': the later quotation's cue
        subject = clause_subject(self.nar, b.s_start, q.open_mark)
        named = self._trial(subject)
        if not named[0].speaker:
            return cue, tried  # (an untied role, 'The GOP nominee has staked …', speaks as written below)
        return subject, named

    def _inherit_within(self, idxs: list[int], atts: list[Attribution]) -> None:
        """'“A,” he said. “B.”': B is his too; so is an uncued quote before a cued one."""
        last: Attribution | None = None
        for k, a in enumerate(atts):
            if a.speaker or a.as_written:
                last = a
            elif last is not None:
                atts[k] = self._past_owner(idxs[k], last) or self._copy(last, last.local)
            else:
                intro = self._sentence_cue_before(idxs[k])
                if intro:
                    atts[k] = intro
                    last = intro
        nxt: Attribution | None = None
        for k in range(len(atts) - 1, -1, -1):
            if atts[k].speaker or atts[k].as_written:
                nxt = atts[k]
            elif nxt is not None:
                atts[k] = self._copy(nxt, nxt.local)

    def _past_owner(self, i: int, last: Attribution) -> Attribution | None:
        """'Fitton called Clinton's assertion of a “…” over her emails “…”': the quotation after one credited
        to the owner of a speech noun is the sentence's verb's, when one comes before the owner."""
        if (last.cue or "").lower() not in SPEECH_NOUNS or last.np_at < 0:
            return None
        s_start, _ = self.sentence_of(self.marks[i].open_mark)
        if not s_start <= last.np_at < self.marks[i].open_mark:
            return None
        cue = left_cue(self.nar, s_start, last.np_at, partial=True)
        tried = self._trial(cue)
        if cue is None or not tried[0].speaker:
            return None
        att = self._commit(tried)
        att.local, att.cue_at, att.np_at = True, cue.at, cue.np_start
        return att

    def _sentence_cue_before(self, i: int) -> Attribution | None:
        """A cue in an earlier sentence of the same paragraph ('Ross said X. “…”')."""
        q = self.marks[i]
        s_start, _ = self.sentence_of(q.open_mark)
        if s_start <= q.para_start:
            return None
        p_start, _ = self.sentence_of(s_start - 1)
        cue = hands_over(self.nar, p_start, s_start)
        return self._nonlocal(cue)

    def _credit_line(self, pi: int) -> Attribution | None:
        """A quotation paragraph credited by the next, quote-free one, as quote boxes do: '- Sanders.'"""
        if pi + 1 >= len(self.paras):
            return None
        ps, pe = self.paras[pi + 1]
        m = _CREDIT_RE.match(self.nar.text, ps, pe)
        if m is None or pe - ps > 120:
            return None
        att = self._nonlocal(Cue(m.group(1), m.start(1), CREDIT_CUE))
        if att is not None:
            att.local = True
        return att

    def _from_previous(self, pi: int, last: tuple[int, Attribution] | None) -> Attribution | None:
        """A quotation paragraph with no cue: continued from the paragraph before."""
        if pi == 0:
            return None
        ps, pe = self.paras[pi - 1]
        prev_marks = [q for q in self.marks if q.para == pi - 1]
        if prev_marks and prev_marks[-1].close_mark is None and last and last[0] == pi - 1:
            return last[1]
        s_start, _ = self.sentence_of(pe - 1)
        tail = self.nar.text[s_start:pe].rstrip()
        cue = hands_over(self.nar, s_start, pe)
        if cue is None and tail.endswith(":"):  # 'He then listed the qualities he wants:' hands over too
            cue = left_cue(self.nar, s_start, s_start + len(tail), partial=True)
        if cue and (tail.endswith(":") or not prev_marks or prev_marks[-1].open_mark < s_start):
            att = self._nonlocal(cue)
            if att:
                return att
        if last and last[0] == pi - 1:
            return last[1]
        return None

    def _nonlocal(self, cue: Cue | None) -> Attribution | None:
        if cue is None:
            return None
        att = self.name(cue)
        att.local = False
        att.np_at = cue.np_start
        return att if att.speaker else None

    @staticmethod
    def _copy(a: Attribution, local: bool = False) -> Attribution:
        return Attribution(a.speaker, a.as_written, a.kind, a.cue, a.description, local, np_at=a.np_at)


def attribute(body: str, marks: list[MarkSpan]) -> tuple[list[Attribution], Counter]:
    """One Attribution per mark span, in order, and how often each full person name is mentioned
    (so a bare 'Sanders' is not joined to Jane when Bernie is the one the article is about)."""
    if not marks:
        return [], Counter()
    from index.speaker_model import rerank  # lazy: the model module imports this one

    att = Attributor(body, marks)
    rules = att.run()
    ranked = rerank(att, rules)
    people = Counter(m.name for m in att.tracker.items if m.person and m.kind == "named" and " " in m.name)
    # A text or a group at the quotation's own cue ('“…,” the passage continued') is no person named nearby.
    return [r if r.local and r.kind == "nominal" and collective(r.as_written or "") else with_pair(m, att.full_names)
            for r, m in zip(rules, ranked)], people
