"""Turn a cue's speaker phrase into a speaker: a name, a pronoun, an anonymous source or an organisation.

Split from `attribution.py`, which finds the cues and visits the quotations; the mention
tracker learns each speaker named here, so later pronouns and "the official" find them.
A phrase can be named on trial (`_trial`) and noted only when the caller keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.cues import Cue
from index.phrases import WHEN_MODS, WHEN_WORDS
from index.speaker_nps import (
    ROLE_HEADS, definite_person, drop_origin, is_nominal, is_source_noun, looks_named, nominal_head, shared_words,
    speaker_noun,
)
from index.lexicon import (
    NON_NAME_CAPS, ORG_NAME_WORDS, ORG_NOUNS, SUBJECT_PRONOUNS,
)
from index.gender import head_gender
from index.mentions import Mention, gender_of
from index.descriptions import clean_description, pick_role
from index.speakers import full_name, split_name, split_office, surname
from index.role_ties import postmodified_role, proper_words

_NAMED_ROLES = ROLE_HEADS - frozenset(("spokesman", "spokeswoman"))  # a spokesman is not the man he speaks for

_ORG_KEEP_HEAD = frozenset(
    {"campaign", "administration", "team", "camp", "government", "family", "committee", "poll", "survey"})
_NAME_LIKE = frozenset({"from", "may"})  # function words that are also surnames: 'From said', 'May said'
_ORG_SINGLE = frozenset({"kremlin", "pentagon", "reuters", "cnn", "msnbc", "nbc", "cbs", "abc", "fox", "bbc",
                         "npr", "tass", "politico", "axios", "breitbart", "bloomberg", "gallup", "interfax"})


CREDIT_CUE = "credit line"  # a quote box's '- Sanders.' under the quotation: decisive, never reranked


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


_ANONYMITY_RE = re.compile(
    r"anonymity|anonymously|not authorized|to be (?:named|identified)|by name|on the record|for attribution",
    re.I)


class SpeakerNamer:
    """The naming half of `Attributor`: needs `body`, `nar`, `tracker`, `nominals`, `_pending`."""

    def _trial(self, cue: Cue | None) -> tuple[Attribution, list[tuple]]:
        """Name a speaker phrase without telling the mention tracker yet: the caller may pick another."""
        if cue is None:
            return Attribution(), []
        self._pending = []
        try:
            return self.name(cue), self._pending
        finally:
            self._pending = None

    def _commit(self, tried: tuple[Attribution, list[tuple]]) -> Attribution:
        for note in tried[1]:
            self._note(*note)
        return tried[0]

    def _note(self, pos: int, name: str, gender: str | None, kind: str, head: str | None = None) -> None:
        """Record a speaker at `pos` for the pronouns after it (and a nominal for 'the official' later)."""
        if self._pending is not None:
            self._pending.append((pos, name, gender, kind, head))
            return
        if head is not None:
            self.nominals.append((name, head, pos))
        self.tracker.add_speaker(pos, name, gender, kind)

    def name(self, cue: Cue) -> Attribution:
        """Turn a speaker phrase into a speaker: resolve pronouns, split roles."""
        np = cue.np.strip(" ,")
        low = np.lower()
        if low in SUBJECT_PRONOUNS:
            return self._pronoun(np, cue)
        if low.startswith(("who ", "which ", "whose ")):
            return Attribution()  # a relative clause the parser stopped in: its antecedent is unknown here
        head_part, _, appos = np.partition(",")
        head_part, appos = _untimed(head_part.strip()), appos.strip() or None
        if appos and (is_nominal(head_part) or nominal_head(head_part)) and looks_named(appos):
            head_part, appos = appos, head_part
        toks = head_part.split()
        if not toks:
            return Attribution()
        office = split_office(head_part)
        if office:  # 'the U.S. Director of National Intelligence': the office speaks
            self._note(cue.np_start, office[0], None, "org")
            return Attribution(office[0], np, "org", cue.cue, office[1])
        if len(toks) == 1 and is_source_noun(toks[0].lower()) and toks[0].endswith("s"):
            return self._nominal(np, toks[0].lower(), cue)  # 'Officials said', 'Protesters chanted': a group
        head = None if definite_person(head_part) else nominal_head(head_part)
        role = postmodified_role(head_part) if head is None and definite_person(head_part) else None
        if role:  # 'the governor of Ohio', 'the former secretary of state'
            return self._nominal(head_part, role, cue)
        if head in ORG_NOUNS:  # 'the campaign of the former senator from Pennsylvania'
            return self._org(head_part, toks, [], cue)
        if head:  # 'Supporters of Sanders', 'a spokesman for Platte River'
            return self._nominal(head_part, head, cue)
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
        named = self._role_named(low, m)
        return Attribution((named or m).name, np, "pronoun", cue.cue, None)

    def _role_named(self, pron: str, m: Mention) -> Mention | None:
        """'Trump … the businessman replied … “…,” he added': the man named, never the role, speaks."""
        words = m.name.split(",")[0].lower().split()
        if m.kind != "nominal" or len(words) < 2 or words[0] != "the" or words[-1] not in _NAMED_ROLES:
            return None
        want = {"he": "m", "she": "f"}.get(pron)
        p = self.tracker.role_holder(words[1:-1], words[-1], m.pos) or self.tracker.resolve(pron, m.pos)
        if p is None or not want or p.kind != "named" or not p.person or p.gender != want:
            return None
        key = surname(p.name).lower()
        roles = {w for q in self.tracker.items if surname(q.name).lower() == key for w in q.role.split()[-2:]}
        if roles & ROLE_HEADS - {words[-1]} or ("former" in words and "former" not in roles):
            return None  # 'Mayor Bill de Blasio' is no 'candidate', 'Sen. Bernie Sanders' no 'former president'
        return p

    def _back_reference(self, words: list[str], head: str, pos: int) -> str | None:
        """'the official' -> the earlier anonymous source with that head noun."""
        cands = [(speaker, at) for speaker, h, at in self.nominals if h == head and at < pos]
        if not cands:
            return None
        return max(cands, key=lambda c: (shared_words(words, c[0]), c[1]))[0]

    def _org(self, head: str, toks: list[str], caps: list[str], cue: Cue) -> Attribution:
        last = toks[-1].strip(".").lower()
        if caps and last in _ORG_KEEP_HEAD:
            speaker = " ".join(caps if caps[-1] == toks[-1] else caps + [toks[-1]])
        elif caps:
            speaker = " ".join(caps)
        else:
            owner = self._owner(toks[0], cue.np_start)
            speaker = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", head, flags=re.I)
            speaker = f"{owner} {speaker}" if owner else speaker  # 'her campaign' -> 'Clinton campaign'
        speaker = re.sub(r"['\u2019]s$", "", speaker)
        self._note(cue.np_start, speaker, None, "org")
        desc = clean_description(head)
        return Attribution(speaker, head, "org", cue.cue, desc if desc and desc.lower() != speaker.lower() else None)

    def _named(self, head: str, appos: str | None, cue: Cue) -> Attribution:
        head = drop_origin(head)
        person, role = split_name(re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I))
        if not person:
            return Attribution()
        person = re.sub(r"['\u2019]s$|(?<=s)['\u2019]$", "", person)  # "Sanders’ fundraising email notes"
        person = full_name(person, self.full_names.get(surname(person).lower(), ()))
        written = head if not appos else f"{head}, {appos}"
        title = self._title_after(cue.np_start, cue.np) if (appos or role) else None
        if title:  # 'author of “Putin's Playbook,”': the masked title completes the appositive
            written += f" {title}"
            appos, role = (f"{appos} {title}", role) if appos else (appos, f"{role} {title}")
        desc = pick_role(role, appos)
        gender = gender_of(person, role or "") or self.tracker.gender_of_name(person)
        self._note(cue.np_start, person, gender, "named")
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
        phrase, _, rest = np.partition(",")
        phrase = phrase.strip()
        words = phrase.lower().split()
        head = re.sub(r"^(?:ex-|former-)", "", head)
        plural = head.endswith("s") and head not in ("spokeswoman", "boss") and not head.endswith("ss")
        if len(words) > 14 or not speaker_noun(head, words):
            return Attribution()
        if words[0] in ("the", "that", "this"):
            ref = self._back_reference(words, head, cue.np_start)
            if ref:
                self._note(cue.np_start, ref, None, "nominal")
                return Attribution(ref, np, "nominal", cue.cue, None)
            if head in ROLE_HEADS and not plural:  # 'the Russian president' is someone named before
                m = self.tracker.role_holder(words[1:-1], head, cue.np_start, proper_words(phrase))
                if m is not None:
                    self._note(cue.np_start, m.name, m.gender, "named")
                    return Attribution(m.name, np, "named", cue.cue, clean_description(phrase))
        gender = head_gender(head)
        owner = self._owner(words[0], cue.np_start) if len(words) > 1 else None
        # 'the designer, who works for …' keeps its relative clause; 'its analysis, the NLD has won …' is cut
        # ('one aide, who spoke on the condition of anonymity': the boilerplate says nothing of who it is)
        if re.match(r"\s*(?:who|whose|which)\s", rest) and not _ANONYMITY_RE.search(rest):
            phrase = np.strip()
        # 'his spokesman' -> 'Trump’s spokesman'
        speaker = f"{owner}\u2019s {phrase.split(None, 1)[1]}" if owner else phrase
        self._note(cue.np_start, speaker, gender, "nominal_plural" if plural else "nominal", head)
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


def _untimed(phrase: str) -> str:
    """'The city's new mayor on Tuesday' -> 'The city's new mayor': a day closing the phrase is no name."""
    words = phrase.split()
    if len(words) > 2 and words[-1].lower() in WHEN_WORDS and words[-2].lower() in WHEN_MODS | {"on"}:
        return " ".join(words[:-2])
    return phrase
