"""What a speaker phrase is made of: role heads, source nouns, names with an origin.

Source nouns are the common nouns that can speak: people ('the woman'),
groups ('the protesters', 'Multiple outlets'), organisations ('her
campaign') and texts ('the cable', 'The piece'). Split from `attribution.py`,
which asks these questions while naming speakers.
"""

from __future__ import annotations

import re

from index.affiliation import drop_affiliation
from index.lexicon import AUX_ADVERBS, CUE_VERBS, FEMALE_NAMES, MALE_NAMES, ORG_NOUNS, PERSON_NOUNS, QUANTIFIERS, TITLES

_TITLE_WORDS = frozenset(t.strip(".") for t in TITLES)
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
_DETS = frozenset("the a an one another some many several his her its their our this that these those".split())

ROLE_HEADS = frozenset(
    """president senator candidate nominee governor secretary mogul billionaire tycoon
    front-runner frontrunner congressman congresswoman mayor chairman chairwoman leader
    businessman businesswoman lawmaker spokesman spokeswoman minister chancellor premier
    neurosurgeon surgeon star host author developer""".split()
)
_DOC_NOUNS = frozenset(
    """statement transcript report email e-mail letter website ad poll lawsuit document account
    editorial message release complaint update updates piece page suit memo tweet post video
    book study survey filing motion ruling order announcement press crowd audience media
    mogul tycoon another someone others some""".split()
)
# Texts and recordings that 'say', 'read', 'argue' or 'indicate' in news prose ('the cable indicated',
# 'The piece goes on to slam', 'the column noted'), with the plurals of the texts above.
_TEXT_NOUNS = frozenset(
    """column op-ed essay article story blog passage excerpt excerpts summary readout cable cables
    headline caption photo footnote resolution petition platform manifesto opinion verdict decision
    indictment affidavit testimony finding findings analysis assessment review audit inquiry probe
    investigation proposal plan program agenda bill legislation law rule rules regulation
    regulations guidelines policy commercial spot mailer flier flyer brochure pamphlet voice-over
    voiceover narration script clip footage
    documentary film movie podcast broadcast note notes text texts series records playbook manual
    handbook guide guidebook emails e-mails letters memos tweets posts videos ads statements reports
    polls surveys studies documents messages websites pages""".split()
)
_WRITINGS = _TEXT_NOUNS | (_DOC_NOUNS - frozenset("press crowd audience media mogul tycoon another someone others some"
                                                  .split()))
# Groups that speak as one ('the progressive heavyweights wrote', 'Multiple outlets reported'): the
# plurals of the organisations in `lexicon.ORG_NOUNS`, and crowds, publics and shares of a poll.
_GROUP_NOUNS = frozenset(
    """outlets groups organizations organisations campaigns agencies networks newspapers papers
    publications committees councils unions companies firms heavyweights proponents children kids
    families parents community communities public electorate majority plurality half third quarter percent
    respondents surveyed polled crowds audiences panel jury""".split()
)
# Places that act through their government or staff: 'The town released a statement saying …'.
_BODIES = frozenset("town city county village school university college district church hospital".split())
_SOURCE_NOUNS = (PERSON_NOUNS | ORG_NOUNS | _DOC_NOUNS | _TEXT_NOUNS | _GROUP_NOUNS | _BODIES | ROLE_HEADS) - frozenset(
    "another someone some others".split())
_AGENT_RE = re.compile(r"(?:er|or|ist|ant|ent|ian|man|woman|men|women|ee|ive|ess)s?$")
_AGE_RE = re.compile(r"\d+-(?:year|month)-olds?$")  # 'said the 46-year-old': a person by age
_POSTMOD_RE = re.compile(r"\s+(?:of|for|from|at|with|in|to|on|close to|familiar with)\s+")
_FIRST_NAME_RE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][\w.'\u2019-]+$")
# Words that make a run of words a clause rather than a phrase ('… comedians is performing a play').
VERBISH = AUX_ADVERBS - frozenset("also later then once recently previously".split()) | CUE_VERBS | frozenset({"can"})
_PREPOSITIONS = frozenset("about in on at for with from by of to after before during over under into than as".split())


def speaker_noun(head: str, words: list[str]) -> bool:
    """Whether a common-noun phrase can be a source: a person, group, or document."""
    if words and words[0] in _PREPOSITIONS:
        return False  # '“We’re happy” about the decision, said …': a complement, not a subject
    if head in PERSON_NOUNS or head in _DOC_NOUNS or head in _TITLE_WORDS or head in QUANTIFIERS:
        return True
    if head in _SOURCE_NOUNS or _AGE_RE.match(head):
        return True  # groups, texts and bare roles ('the retired neurosurgeon told KXTV': its own cue)
    if any(w in PERSON_NOUNS for w in words[:4]) and len(words) <= 10:
        return True  # 'a person close to the leadership'
    return bool(_AGENT_RE.search(head)) and len(words) <= 8


def is_source_noun(word: str) -> bool:
    """A lower-case noun that can head a source phrase on its own: 'council', 'cable', 'protesters'."""
    return word in _SOURCE_NOUNS


def nominal_head(phrase: str) -> str | None:
    """The source noun heading 'Supporters of Sanders', 'a spokesman for Platte River', 'the campaign of
    the former senator': the noun before the post-modifier, whatever is capitalised after it.

    None when the phrase does not read that way, or for a title over an office or a name
    ('Secretary of State John Kerry', 'Director of National Intelligence').
    """
    parts = _POSTMOD_RE.split(phrase, maxsplit=1)
    if len(parts) < 2:
        return None
    pre, post = parts[0].split(), parts[1]
    if not pre or any(w in VERBISH for w in post.lower().split()):
        return None  # 'A group of Mexican comedians is performing a play': a clause, not a phrase
    head = pre[-1].lower()
    if not is_source_noun(head) or head in _TITLE_WORDS and pre[-1][:1].isupper():
        return None
    if pre[0][:1].isupper() and len(pre) > 1 and pre[0].lower() not in _DETS:
        return None  # 'Trump campaign manager of …', 'Fox News host …': a name leads
    if pre[0].lower() not in _DETS and _FIRST_NAME_RE.search(post) and post.split()[-2].lower() in _FIRST_NAMES:
        return None  # 'chairman of the RNC Reince Priebus': a bare title, then the name it belongs to
    return head


def is_writing(word: str) -> bool:
    """'passage', 'editorial', 'cable': a text, not a person or a group."""
    return word.lower() in _WRITINGS


def collective(phrase: str) -> bool:
    """'the passage', 'the newspaper’s editorial', 'the protesters': a text, or a group already in the story,
    which no person named nearby can be taken for."""
    words = phrase.partition(",")[0].lower().split()
    if not 0 < len(words) <= 5:
        return False  # a long phrase is more likely a parse that ran on
    return words[-1] in _WRITINGS or (words[0] in ("the", "these", "those") and words[-1].endswith("s")
                                      and words[-1] in _SOURCE_NOUNS)


def definite_person(phrase: str) -> bool:
    """'The GOP nominee', 'the former secretary of state': someone the article has probably named."""
    words = _POSTMOD_RE.split(phrase.partition(",")[0], maxsplit=1)[0].lower().split()
    return len(words) > 1 and words[0] in ("the", "this", "that") and not words[-1].endswith("s") \
        and (words[-1] in ROLE_HEADS or words[-1] in _TITLE_WORDS)  # not 'the source', 'the woman'


def shared_words(a: list[str], b: str) -> int:
    return len(set(a[1:-1]) & set(b.lower().split()))


def is_nominal(phrase: str) -> bool:
    toks = phrase.split()
    return bool(toks) and toks[-1][:1].islower()


_ORIGIN_RE = re.compile(r"^(.*?\b[A-Z][\w.'\u2019-]*\s+[A-Z][\w.'\u2019-]*)\s+of\s+[A-Z]")


def drop_origin(head: str) -> str:
    """'Stacy Baker of Columbia' -> 'Stacy Baker': a name then where the person is from.

    Only when two capitalised words precede 'of' and the last is not a title,
    so 'Secretary of State John Kerry' is left whole.
    """
    m = _ORIGIN_RE.match(head)
    if not m or m.group(1).split()[-1].lower().strip(".") in _TITLE_WORDS:
        return drop_affiliation(head)  # 'Butterfield of North Carolina', 'Lewis of the … Center'
    return m.group(1)


def looks_named(phrase: str) -> bool:
    """'Jane Roe', 'Sen. Jane Roe', 'former Colorado Rep. Pat Schroeder': a name, with its titles."""
    toks = phrase.split()
    while toks and toks[0] in ("former", "then"):
        toks = toks[1:]
    return 1 < len(toks) <= 5 and all(t[:1].isupper() for t in toks)
