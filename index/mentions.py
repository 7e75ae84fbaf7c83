"""People named in an article's narrative, with gender, for resolving 'he'.

Names are runs of capitalised words outside quotation marks; a run counts
as a person when it starts with a known first name, follows a title
("Sen.", "spokeswoman"), or repeats the surname of a person already named.
Gender comes from first names, titles and role nouns; a surname alone takes
the gender of the full name it shortens.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import (
    FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, NON_NAME_CAPS,
    ORG_NAME_WORDS, ORG_NOUNS, PERSON_NOUNS, PLACE_NAMES, TITLES,
)
from index.gender import census_gender
from index.headlines import headline_spans, inside
from index.non_persons import PLACE_WORDS, after_place_preposition, non_person
from index.role_ties import role_fit, same_rank, title_words, titles_name
from index.sentence_leads import after_clause, fronted_pronoun, participle_led, pronoun_led
from index.speakers import OFFICE_HEADS, split_name, surname

TOKEN_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|St|Lt|Col|Sgt|Capt|Rev|Prof)\.|[A-Z]\.(?=\s*[A-Z])"
    r"|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[Tt]hat|[Yy]ou)(?=['\u2019](?:s|re|ll|d|ve|m)\b)"  # 'They|’re'
    r"|\w(?:[\w'\u2019\-]|\.(?=\w))*|[^\w\s]"
)
_CAP_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|St|Lt|Col)\.|[A-Z]\.|[A-Z][\w'\u2019\-]*)"
_CAP_RUN_RE = re.compile(
    rf"(?<![\w'\u2019.-]){_CAP_WORD}(?:[ \t]+(?:(?:de|van|von|del|al|bin|la)[ \t]+)?{_CAP_WORD})*"
)
_TITLE_SET = frozenset(t.strip(".") for t in TITLES)
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


@dataclass
class Mention:
    """A person named at `pos`; `name` is the full form used in the article."""

    pos: int
    end: int
    name: str
    gender: str | None  # "m", "f" or None
    subject: bool
    speaker: bool = False
    kind: str = "named"
    role: str = ""  # lower-case words before the name ('russian president')
    cued: bool = False  # the subject of an indirect-speech cue ('Stovall said Cruz …')
    person: bool = True  # False for a run shaped like an organisation or place: never 'he' or 'she'
    inferred: bool = False  # the gender came only from pronouns nearby (`gender.fill_genders`)


@lru_cache(maxsize=8192)
def gender_of(name: str, context: str = "") -> str | None:
    """'m'/'f' from a first name or a title/role word just before the name."""
    first = name.split()[0].lower().strip(".") if name else ""
    words = context.lower().replace(".", "").split()
    last = words[-1] if words else ""
    if last in {w.strip(".") for w in MALE_TITLES}:
        return "m"
    if last in {w.strip(".") for w in FEMALE_TITLES}:
        return "f"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    return census_gender(name) if first not in _FIRST_NAMES else None


_CONTRACTION_RE = re.compile(r"['\u2019](?:s|re|ll|d|ve|m)$")  # 'They’re', 'That’s': a pronoun, no name


def _strip_leading(run: str) -> tuple[str, int]:
    """Drop sentence-initial function words ('The', 'But') from a name run."""
    toks = run.split()
    skip = 0
    while skip < len(toks) and _CONTRACTION_RE.sub("", toks[skip].lower().strip(".,")) in NON_NAME_CAPS:
        skip += 1
    offset = len(" ".join(toks[:skip])) + (1 if skip else 0)
    return " ".join(toks[skip:]), offset


_OFFICE_BEFORE_RE = re.compile(r"\b([A-Z][\w-]*) (?:of|for) (?:the )?$")
_SPEAKERISH_RE = re.compile(
    r"(?:\b([A-Z][a-z][\w'\u2019-]*)(?:\s+(?:also|later|then|has|had|previously|once|recently))?"
    r"\s+(?:said|says|told|tells|added|adds|wrote|writes|explained|stated|noted|argued|asked|"
    r"continued|insisted|declared|responded|replied|tweeted|claimed|recalled|warned)\b)"
    r"|(?:\b(?:said|says|according\s+to|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.)\s+([A-Z][a-z][\w'\u2019-]*)\b)"
)


def _speakerish(masked: str) -> set[str]:
    """Single words used as a speaker somewhere ('Ryan said', 'said Walsh')."""
    out = set()
    for m in _SPEAKERISH_RE.finditer(masked):
        w = (m.group(1) or m.group(2)).lower()
        if w not in NON_NAME_CAPS and w not in PERSON_NOUNS and w not in ORG_NAME_WORDS:
            out.add(w)
    return out


def _is_person_run(person: str, ctx: str, speakerish: set[str], appositive: bool,
                   surnames: frozenset[str] = frozenset()) -> bool:
    toks = person.split()
    last = toks[-1].lower()
    if last in ORG_NAME_WORDS or last in PLACE_WORDS:
        return False
    titled = _titled(ctx)
    if len(toks) > 1:
        return len(toks) <= 4 and all(t[:1].isupper() or t.lower() in ("de", "van", "von", "al", "bin", "la")
                                      for t in toks)
    if last in PLACE_NAMES:
        return titled  # 'China', 'Delaware': a place unless a title says otherwise ('Sen. Georgia'?)
    return titled or last in surnames or last in speakerish or appositive or last in MALE_NAMES \
        or last in FEMALE_NAMES


def _titled(ctx: str) -> bool:
    """Does the context before a name end in a title ('Sen.', 'President')?"""
    return bool(ctx.split()) and ctx.split()[-1].lower().strip(".") in _TITLE_SET - {"former"}


_ROLE_AFTER_RE = re.compile(r" ([a-z][a-z\-]+)")


def _before_role(masked: str, end: int) -> bool:
    m = _ROLE_AFTER_RE.match(masked, end)
    return bool(m) and (m.group(1) in _TITLE_SET or m.group(1) in PERSON_NOUNS or m.group(1) in ORG_NOUNS)


def _inside(windows: list[tuple[int, int]] | None, pos: int) -> bool:
    return windows is None or any(a <= pos < b for a, b in windows)


def find_people(masked: str, windows: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Person mentions outside quotations, in text order.

    With `windows` (the stretches around quotations), only mentions inside
    them are returned; elsewhere only full names are read, so 'Putin' near
    a quotation still joins 'Vladimir Putin' from the first paragraph. This
    keeps the scan cheap on long articles with few quotations.
    """
    speakerish = _speakerish(masked)
    runs: list[tuple[int, str, str, str, bool]] = []
    titles = headline_spans(masked)
    for m in _CAP_RUN_RE.finditer(masked):
        if not _inside(windows, m.start()) and " " not in m.group():
            continue  # a single capitalised word far from any quotation
        run, off = _strip_leading(m.group())
        if run and titles and inside(titles, m.start()):
            run = _headline_name(run)  # 'Glenn Beck Blasts Drudge For Mocking His Fast': only 'Glenn Beck'
        if not run:
            continue
        start = m.start() + off
        run = re.sub(r"['\u2019]s?$", "", run)
        before = masked[max(0, start - 25):start]
        office = _OFFICE_BEFORE_RE.search(before)
        if office and office.group(1).lower() in OFFICE_HEADS:  # 'Secretary of State Kerry': not 'State Kerry'
            full_run = f"{office.group()}{run}"
            person, desc = split_name(full_run)
            if not person or not run.endswith(person):
                continue
            start, run = start + len(run) - len(person), person
        person, desc = split_name(run)
        if not person:
            continue
        ctx = (desc or "") + " " + before if not desc else before + " " + desc
        if len(person.split()) == 1 and _before_role(masked, start + len(run)):
            continue  # 'Arizona governor', 'Clinton campaign': a modifier, not a person
        appositive = _person_appositive(masked, start + len(run))
        runs.append((start, run, person, ctx, appositive))
    surnames = _full_name_surnames(runs, speakerish)
    raw: list[tuple[int, int, str, str]] = []
    for start, run, person, ctx, appositive in runs:
        if _is_person_run(person, ctx, speakerish, appositive, surnames):
            raw.append((start, start + len(run), person, ctx))
    known: dict[str, str] = {}
    genders: dict[str, str | None] = {}
    for start, end, person, ctx in raw:
        key = surname(person).lower()
        if len(person.split()) > 1:
            known.setdefault(key, person)
        g = gender_of(person, ctx)
        if g:
            genders.setdefault(key, g)
    out: list[Mention] = []
    for start, end, person, ctx in raw:
        if not _inside(windows, start):
            continue
        key = surname(person).lower()
        full = known.get(key, person) if len(person.split()) == 1 else person
        subject = _looks_like_subject(masked, start, end)
        person_like = not non_person(full) and not (full.split()[0].lower() not in _FIRST_NAMES
                                                    and after_place_preposition(masked, start))
        out.append(Mention(start, end, full, genders.get(key) if person_like else None, subject,
                           role=ctx.lower(), person=person_like))
    return out


def _headline_name(run: str) -> str:
    """In a title-case line only a known first name and the word after it are a name."""
    toks = run.split()
    return " ".join(toks[:2]) if len(toks) > 1 and toks[0].lower() in _FIRST_NAMES else ""


_PLACE_APPOS = re.compile(
    r",\s+(?:a|an|the)\s[^,.;\n]{0,40}?\b(?:city|town|state|country|capital|village|county|region|province|"
    r"suburb|neighborhood|island|nation)\b")


def _person_appositive(masked: str, end: int) -> bool:
    """'Braynard, a South Carolina native': an appositive that describes a person, not a place
    ('Wilmington, the state's biggest city')."""
    if not re.match(r",\s+(?:a|an|the|who)\s", masked[end:end + 6]):
        return False
    return not _PLACE_APPOS.match(masked, end, end + 60)


def _full_name_surnames(runs: list[tuple[int, str, str, str, bool]], speakerish: set[str]) -> frozenset[str]:
    """Surnames of the full names anywhere in the article: 'Clinton hosted' is Hillary Clinton's,
    even where nothing near it says 'Clinton said'."""
    out = set()
    for _, _, person, ctx, appositive in runs:
        if " " in person and _is_person_run(person, ctx, speakerish, appositive):
            out.add(person.split()[-1].lower())
        elif " " not in person and _titled(ctx) and person.lower() not in PLACE_NAMES \
                and _is_person_run(person, ctx, speakerish, appositive):
            out.add(person.lower())  # 'President Okafor … Okafor framed it': the title named a person once
    return frozenset(out)


_NOT_BEFORE_SUBJECT = frozenset(
    """against with for to of by about from at in on into over under between told asked
    than like as versus vs. endorsed attacked called thanked praised criticized""".split()
)


def _looks_like_subject(masked: str, start: int, end: int) -> bool:
    """A name that starts a clause, is followed by a verb-like word, and is not possessive."""
    after = masked[end:end + 30]
    if after.startswith(("'s", "\u2019s", "'", "\u2019")):
        return False
    before = masked[max(0, start - 20):start].split()
    if before and before[-1].lower() in _NOT_BEFORE_SUBJECT:
        return False
    m = re.match(r"\s*(?:,[^,\x00]{0,80},\s*|,\s*)?([a-z]+)", after)
    return bool(m) and m.group(1) not in {"and", "or", "of", "to", "in", "on", "at", "for", "with"}


class MentionTracker:
    """Mentions and speakers in text order, asked 'who is he here?'."""

    def __init__(self, people: list[Mention], breaks: list[int], text: str = "") -> None:
        self.items = sorted(people, key=lambda m: m.pos)
        self.positions = [m.pos for m in self.items]
        self.breaks = breaks
        self.text = text  # the masked narrative, to see which sentences a pronoun opens

    def add_speaker(self, pos: int, name: str, gender: str | None, kind: str) -> None:
        i = bisect_left(self.positions, pos)
        if i < len(self.items) and self.positions[i] == pos:
            self.items[i].speaker = True
            self.items[i].name = name
            self.items[i].kind = kind
            return
        self.items.insert(i, Mention(pos, pos, name, gender, True, True, kind))
        self.positions.insert(i, pos)

    def mark_cued(self, start: int, end: int) -> None:
        """Flag the person named in a speaker phrase of indirect speech (`start`..`end`)."""
        i = bisect_left(self.positions, start)
        while i < len(self.items) and self.positions[i] < end:
            self.items[i].cued = True
            i += 1

    def role_holder(self, words: list[str], head: str, pos: int, proper: Sequence[str] = ()) -> Mention | None:
        """The person introduced with this role ('the Russian president'), best match, then latest;
        the `proper` words of the phrase ('Florida') must title them too (not 'Iowa Sen. Joni Ernst')."""
        i = bisect_left(self.positions, pos)
        best, score = None, 0
        for m in reversed(self.items[:i]):
            role = title_words(m.role, self.text[m.end:m.end + 60] if m.end > m.pos else "", bool(proper))
            if m.kind == "named" and head in role and titles_name(role, head) and same_rank(words, role, head) \
                    and all(w.lower() in role for w in proper):
                s = role_fit(words, role, head)
                if s > score:
                    best, score = m, s
        return best

    def gender_of_name(self, name: str) -> str | None:
        got = [m for m in self.items if m.name == name and m.gender]
        sure = next((m for m in got if not m.inferred), None)  # a first name or title beats nearby pronouns
        return (sure or got[0]).gender if got else None

    def _sentence(self, pos: int) -> int:
        return bisect_right(self.breaks, pos) - 1

    def _main_subject(self, want: str, pos: int, i: int, here: int) -> Mention | None:
        """'After he blasted the film, Pastor Kevin Swanson …': a fronted clause's 'he' is the main subject."""
        if not self.text or not fronted_pronoun(self.text, self.breaks[here], pos):
            return None
        for m in self.items[i:i + 8]:
            if self._sentence(m.pos) != here:
                return None
            if m.person and m.subject and m.gender == want and after_clause(self.text, m.pos):
                return m
        return None

    def _participle_led(self, sent: int, pos: int) -> bool:
        """'Asked about Clinton, she …', 'Responding to Trump, he …': names there are the pronoun's objects."""
        return bool(self.text) and participle_led(self.text, self.breaks[sent], pos)

    def pronoun_led(self, sent: int, want: str) -> bool:
        """Does sentence `sent` open with 'he'/'she' of that gender ('He said he and Trump differ')?"""
        if not self.text or sent + 1 >= len(self.breaks):
            return False
        return pronoun_led(self.text, self.breaks[sent], self.breaks[sent + 1], want)

    def resolve(self, pronoun: str, pos: int, max_sentences: int = 8) -> Mention | None:
        """The person a pronoun at `pos` most likely refers to.

        Walks back sentence by sentence: the nearest sentence with a mention
        of the right gender wins (see `_pick`). Preferring the latest quoted
        speaker a few sentences back was tried and measured worse on train.
        """
        p = pronoun.lower()
        want = "m" if p in ("he", "him", "his") else "f" if p in ("she", "her") else None
        plural = p in ("they", "it", "we", "them")
        i = bisect_left(self.positions, pos)
        here = self._sentence(pos)
        main = self._main_subject(want, pos, i, here) if want else None
        if main is not None:
            return main
        groups: dict[int, list[Mention]] = {}
        for m in reversed(self.items[:i]):
            sent = self._sentence(m.pos)
            if here - sent > max_sentences:
                break
            if plural != (m.kind in ("org", "nominal_plural")):
                continue
            if want and not m.person:
                continue  # an organisation or a place is never 'he'
            if want and m.gender and m.gender != want:
                continue
            groups.setdefault(sent, []).append(m)  # nearest first
        fallback, unsure, unsure_sent = None, None, here
        for sent in sorted(groups, reverse=True):
            if unsure is not None and unsure_sent - sent > 3:
                break
            if want and sent == here and self._participle_led(sent, pos):
                continue  # 'Asked about Clinton's plan, she replied': the pronoun is the clause's own subject
            if want and sent != here and self.pronoun_led(sent, want):
                continue  # 'He said he and Trump differ.': the sentence is about whoever 'he' already was
            near = here - sent <= 1
            best = _pick(groups[sent], sent == here, want, near)
            if best is not None and (not want or best.gender == want or (near and _anonymous(best))):
                return best
            if best is not None and unsure is None:  # gender unknown: a sure match a little further back wins
                unsure, unsure_sent = best, sent
            fallback = fallback or groups[sent][0]
        return unsure or fallback


def _anonymous(m: Mention) -> bool:
    """An anonymous source just quoted ('the official said'): any gender fits."""
    return m.speaker and m.kind == "nominal"


def _pick(ms: list[Mention], own_sentence: bool, want: str | None, near: bool = False) -> Mention | None:
    """The likeliest referent in one sentence (`ms` nearest first).

    In the pronoun's own sentence the nearest subject or speaker; in an
    earlier one the sentence's first mention (usually its topic, whatever
    the clause), measured on the training split to beat 'a quoted speaker
    first' and 'the main subject first'. A mention of the wanted gender
    beats one of unknown gender.
    """
    ranked = [m for m in ms if m.subject or m.speaker] if own_sentence else list(reversed(ms))
    if not ranked:
        return None
    if want:
        sure = next((m for m in ranked if m.gender == want or (near and _anonymous(m))), None)
        if sure is not None:
            return sure
    return ranked[0]
