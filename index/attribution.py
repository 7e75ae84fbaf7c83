"""Name the speaker of each quotation: cue, pronoun, anonymous source, or organisation.

Quotations are visited in text order. Each takes the cue in its own
sentence (after it, else before it); one without a cue takes the speaker of
its neighbour in the paragraph, or of the sentence or paragraph that
introduced it. Pronouns resolve through the mention tracker, and "the
official" refers back to the anonymous source with the same head noun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from index.cues import Cue, introduces, left_cue, right_cue
from index.phrases import Narrative
from index.speaker_nps import ROLE_HEADS, drop_origin, is_nominal, looks_named, shared_words, speaker_noun
from index.lexicon import (
    FEMALE_TITLES, MALE_TITLES, NON_NAME_CAPS, ORG_NAME_WORDS, ORG_NOUNS, PERSON_NOUNS, SUBJECT_PRONOUNS,
)
from index.gender import fill_genders
from index.mentions import MentionTracker, find_people, gender_of
from index.quote_marks import MarkSpan, paragraphs, sentence_breaks
from index.speakers import clean_description, pick_role, split_name, split_office, surname

_ORG_KEEP_HEAD = frozenset({"campaign", "administration", "team", "camp", "government", "family", "committee"})
_NAME_LIKE = frozenset({"from", "may"})  # function words that are also surnames: 'From said', 'May said'
_ORG_SINGLE = frozenset({"kremlin", "pentagon", "reuters", "cnn", "msnbc", "nbc", "cbs", "abc", "fox", "bbc",
                         "npr", "tass", "politico", "axios", "breitbart", "bloomberg", "gallup", "interfax"})


@dataclass
class Attribution:
    """Who said a quotation, as resolved, and how the text put it."""

    speaker: str | None = None
    as_written: str | None = None
    kind: str = "none"
    cue: str | None = None
    description: str | None = None
    local: bool = False  # the cue is in the quotation's own sentence
    cue_at: int = -1  # offset of the cue word when the cue is the quotation's own
    np_at: int = -1  # offset of the speaker phrase the cue names, for the speaker model


def masked_body(body: str, marks: list[MarkSpan]) -> str:
    """The body with each quotation blanked: marks become NUL, the words spaces."""
    chars = list(body)
    for q in marks:
        close = q.close_mark if q.close_mark is not None else q.end
        chars[q.open_mark] = "\x00"
        for i in range(q.open_mark + 1, close):
            if chars[i] != "\n":
                chars[i] = " "
        if q.close_mark is not None:
            chars[q.close_mark] = "\x00"
    return "".join(chars)


class Attributor:
    """Holds one article's narrative, sentences and mentions while naming speakers."""

    def __init__(self, body: str, marks: list[MarkSpan]) -> None:
        self.body = body
        self.marks = marks
        self.nar = Narrative(masked_body(body, marks))
        self.nominals: list[tuple[str, str, int]] = []  # (speaker string, head noun, offset)
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
        self.tracker = MentionTracker(people, self.breaks)
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
        quoted = {self.sentence_of(q.open_mark)[0] for q in self.marks}
        for a, b in zip(self.breaks, self.breaks[1:]):
            if a in quoted or b <= a or not any(w0 <= a < w1 for w0, w1 in self.windows):
                continue
            cue = introduces(self.nar, a, b)
            if cue is None:
                continue
            words = cue.np.lower().split()
            if words and words[0] in ("a", "an", "one", "another") and words[-1] in PERSON_NOUNS:
                self.nominals.append((cue.np, words[-1], cue.np_start))
                self.tracker.add_speaker(cue.np_start, cue.np, None, "nominal")
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
                prev = self._from_previous(pi, last_para_speaker)
                if prev:
                    atts = [self._copy(prev) for _ in atts]
            for a in atts:
                if a.speaker:
                    last_para_speaker = (pi, a)
            out.extend(atts)
        return out

    def _local(self, i: int) -> Attribution:
        q = self.marks[i]
        s_start, _ = self.sentence_of(q.open_mark)
        prev_close = self.marks[i - 1].close_mark if i > 0 and self.marks[i - 1].para == q.para else None
        floor = max(s_start, (prev_close + 1) if prev_close is not None else s_start)
        left_text = self.nar.text[floor:q.open_mark]
        close = q.close_mark if q.close_mark is not None else q.end
        nxt = self.marks[i + 1].open_mark if i + 1 < len(self.marks) and self.marks[i + 1].para == q.para else q.para_end
        _, s_end = self.sentence_of(close)
        if s_end <= close + 2:  # the quotation ended its sentence: a short 'Smith said.' may follow
            s_end = self.sentence_of(s_end)[1] if s_end < q.para_end else s_end
        partial = bool(left_text.strip(" ,:\u2014-"))
        cue = None
        if not partial:
            cue = right_cue(self.nar, close + 1, min(s_end, nxt, q.para_end))
        else:
            cue = left_cue(self.nar, floor, q.open_mark, partial=True) or right_cue(
                self.nar, close + 1, min(s_end, nxt, q.para_end))
        if cue is None and not partial:
            cue = left_cue(self.nar, floor, q.open_mark, partial=False)
        if cue is None:
            return Attribution()
        att = self.name(cue)
        att.local = True
        att.cue_at = cue.at
        att.np_at = cue.np_start
        return att

    def _inherit_within(self, idxs: list[int], atts: list[Attribution]) -> None:
        """'“A,” he said. “B.”': B is his too; so is an uncued quote before a cued one."""
        last: Attribution | None = None
        for k, a in enumerate(atts):
            if a.speaker or a.as_written:
                last = a
            elif last is not None:
                atts[k] = self._copy(last, last.local)
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

    def _sentence_cue_before(self, i: int) -> Attribution | None:
        """A cue in an earlier sentence of the same paragraph ('Ross said X. “…”')."""
        q = self.marks[i]
        s_start, _ = self.sentence_of(q.open_mark)
        if s_start <= q.para_start:
            return None
        p_start, _ = self.sentence_of(s_start - 1)
        cue = introduces(self.nar, p_start, s_start)
        return self._nonlocal(cue)

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
        cue = introduces(self.nar, s_start, pe)
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

    # -- naming ----------------------------------------------------------
    def name(self, cue: Cue) -> Attribution:
        """Turn a speaker phrase into a speaker: resolve pronouns, split roles."""
        np = cue.np.strip(" ,")
        low = np.lower()
        if low in SUBJECT_PRONOUNS:
            return self._pronoun(np, cue)
        if low.startswith(("who ", "which ", "whose ")):
            return Attribution()  # a relative clause the parser stopped in: its antecedent is unknown here
        head_part, _, appos = np.partition(",")
        head_part, appos = head_part.strip(), appos.strip() or None
        if appos and is_nominal(head_part) and looks_named(appos):
            head_part, appos = appos, head_part
        toks = head_part.split()
        if not toks:
            return Attribution()
        office = split_office(head_part)
        if office:  # 'the U.S. Director of National Intelligence': the office speaks
            self.tracker.add_speaker(cue.np_start, office[0], None, "org")
            return Attribution(office[0], np, "org", cue.cue, office[1])
        last = toks[-1].strip(".").lower()
        caps = [t for t in toks if t[:1].isupper() and t.lower().strip(".") not in NON_NAME_CAPS]
        if last in ORG_NOUNS or last in _ORG_SINGLE or (caps and caps[-1] == toks[-1] and last in ORG_NAME_WORDS):
            return self._org(head_part, toks, caps, cue)
        if toks[-1][:1].isupper() and (caps or last in _NAME_LIKE):  # 'When', 'Hours', 'Others': no name
            return self._named(head_part, appos, cue)
        return self._nominal(np, last, cue)

    def _pronoun(self, np: str, cue: Cue) -> Attribution:
        low = np.lower()
        if low in ("i", "we"):
            return Attribution(None, np, "none", cue.cue)
        m = self.tracker.resolve(low, cue.np_start)
        if m is None:
            return Attribution(np if low in ("they", "it") else None, np, "pronoun", cue.cue)
        return Attribution(m.name, np, "pronoun", cue.cue, None)

    def _back_reference(self, words: list[str], head: str, pos: int) -> str | None:
        """'the official' -> the earlier anonymous source with that head noun."""
        cands = [(speaker, at) for speaker, h, at in self.nominals if h == head and at < pos]
        if not cands:
            return None
        return max(cands, key=lambda c: (shared_words(words, c[0]), c[1]))[0]

    def _org(self, head: str, toks: list[str], caps: list[str], cue: Cue) -> Attribution:
        last = toks[-1].strip(".").lower()
        if caps and last in _ORG_KEEP_HEAD:
            speaker = " ".join(caps + [toks[-1]])
        elif caps:
            speaker = " ".join(caps)
        else:
            owner = self._owner(toks[0], cue.np_start)
            speaker = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", head, flags=re.I)
            speaker = f"{owner} {speaker}" if owner else speaker  # 'her campaign' -> 'Clinton campaign'
        speaker = re.sub(r"['\u2019]s$", "", speaker)
        self.tracker.add_speaker(cue.np_start, speaker, None, "org")
        desc = clean_description(head)
        return Attribution(speaker, head, "org", cue.cue, desc if desc and desc.lower() != speaker.lower() else None)

    def _named(self, head: str, appos: str | None, cue: Cue) -> Attribution:
        head = drop_origin(head)
        person, role = split_name(re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I))
        if not person:
            return Attribution()
        person = re.sub(r"['\u2019]s$", "", person)
        fulls = self.full_names.get(surname(person).lower(), set())
        if len(person.split()) == 1 and len({f.split()[0] for f in fulls}) == 1:
            person = min(fulls, key=lambda f: (len(f), f))
        written = head if not appos else f"{head}, {appos}"
        title = self._title_after(cue.np_start, cue.np) if (appos or role) else None
        if title:  # 'author of “Putin's Playbook,”': the masked title completes the appositive
            written += f" {title}"
            appos, role = (f"{appos} {title}", role) if appos else (appos, f"{role} {title}")
        desc = pick_role(role, appos)
        gender = gender_of(person, role or "") or self.tracker.gender_of_name(person)
        self.tracker.add_speaker(cue.np_start, person, gender, "named")
        return Attribution(person, written, "named", cue.cue, desc)

    def _title_after(self, start: int, np: str) -> str | None:
        """A quoted title right after a phrase that ends asking for one ('author of', 'host of')."""
        if not re.search(r"\b(?:of|called|titled|entitled|book|film|show)\W*$", np):
            return None
        end = start + len(np.rstrip())
        pos = end + len(self.body[end:end + 4]) - len(self.body[end:end + 4].lstrip())
        m = next((q for q in self.marks if q.open_mark == pos), None)
        if m is None or m.close_mark is None:
            return None
        text = self.body[m.start:m.end].strip().rstrip(",.")
        words = text.split()
        if not 0 < len(words) <= 8 or not all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 4 for w in words):
            return None
        return f"{self.body[m.open_mark]}{text}{self.body[m.close_mark]}"

    def _nominal(self, np: str, head: str, cue: Cue) -> Attribution:
        words = np.lower().split()
        head = re.sub(r"^(?:ex-|former-)", "", head)
        plural = head.endswith("s") and head not in ("spokeswoman", "boss") and not head.endswith("ss")
        core = re.split(r",\s+(?:who|whose|which)\s", np.lower(), maxsplit=1)[0].split()  # 'the designer, who …'
        if len(words) > 14 or not speaker_noun(head, core):
            return Attribution()
        if words and words[0] in ("the", "that", "this"):
            ref = self._back_reference(words, head, cue.np_start)
            if ref:
                self.tracker.add_speaker(cue.np_start, ref, None, "nominal")
                return Attribution(ref, np, "nominal", cue.cue, None)
            if head in ROLE_HEADS and not plural:  # 'the Russian president' is someone named before
                m = self.tracker.role_holder(words[1:-1], head, cue.np_start)
                if m is not None:
                    self.tracker.add_speaker(cue.np_start, m.name, m.gender, "named")
                    return Attribution(m.name, np, "named", cue.cue, clean_description(np))
        self.nominals.append((np, head, cue.np_start))
        gender = "m" if head in MALE_TITLES else "f" if head in FEMALE_TITLES else None
        owner = self._owner(np.split()[0], cue.np_start) if len(np.split()) > 1 else None
        speaker = f"{owner}\u2019s {np.split(None, 1)[1]}" if owner else np  # 'his spokesman' -> 'Trump’s spokesman'
        self.tracker.add_speaker(cue.np_start, speaker, gender, "nominal_plural" if plural else "nominal")
        return Attribution(speaker, np, "nominal", cue.cue, None)

    def _owner(self, det: str, pos: int) -> str | None:
        """The surname a possessive 'his'/'her' at `pos` refers to, when it is a named person."""
        pron = {"his": "he", "her": "she"}.get(det.lower())
        if pron is None:
            return None
        m = self.tracker.resolve(pron, pos)
        if m is None or m.kind != "named" or not m.gender or not m.name[:1].isupper():
            return None
        return surname(m.name)


def attribute(body: str, marks: list[MarkSpan]) -> list[Attribution]:
    """One Attribution per mark span, in order."""
    if not marks:
        return []
    from index.speaker_model import rerank  # lazy: the model module imports this one

    att = Attributor(body, marks)
    return rerank(att, att.run())
