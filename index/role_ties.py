"""Does a person's written title fit a role phrase ('the president', 'the Russian president')?

Split from `mentions.py` (near its size limit): the tracker's `role_holder` asks here whether
the words written before a name ('World Bank President', 'President') title the person a
later role phrase stands for, and how well.
"""

from __future__ import annotations

import re

from index.speaker_nps import ROLE_HEADS

_CLAUSE_AFTER_ROLE = frozenset("as had has have was is were said says who and that to".split())
# Words before a role noun that do not narrow it ('… with President Obama', 'and Secretary Kerry').
_NO_QUALIFIER = frozenset(
    """the a an and or but with by of to in on at for from as that then when while said says
    former vice deputy ex acting""".split())
_PARTIES = frozenset("republican democratic democrat gop".split())
_NATIONAL = ("an", "ese", "ish", "ch", "i")  # Mexican, Russian, Chinese, British, French, Israeli
_OFFICE_WORDS = frozenset("the state defense homeland security treasury".split())
# Abbreviated titles and the role nouns a later phrase calls their holder by ('Sen.' -> 'the senator').
_ABBREVIATED = {"sen.": "senator", "gov.": "governor", "rep.": "congressman", "sec.": "secretary",
                "pres.": "president", "gen.": "general"}
# ', the Florida senator,' right after a name: up to four modifiers, then the role noun, then the phrase ends.
_APPOSITIVE_RE = re.compile(r",\s+the\s+((?:[\w.\u2019'-]+\s+){0,4}[a-z][\w-]*)\s*[,.;)]")


def titles_name(role: list[str], head: str) -> bool:
    """'Indiana governor endorses Cruz': a role noun the clause goes on from is no title of the name after it."""
    k = len(role) - 1 - role[::-1].index(head)
    nxt = role[k + 1] if k + 1 < len(role) else ""
    return not (nxt in _CLAUSE_AFTER_ROLE or (nxt.endswith("s") and not nxt.endswith("ss")))


def same_rank(words: list[str], role: list[str], head: str) -> bool:
    """'the former president' is not 'Vice President Joe Biden', nor 'the president' a 'former president'."""
    k = role.index(head)
    for mod in ("vice", "former", "deputy", "ex"):
        if (mod in words) != (mod in role[max(0, k - 2):k]):
            return False
    return True


def role_fit(words: list[str], role: list[str], head: str) -> float:
    """Shared words, and a half point when the title is no narrower than the phrase: 'the president'
    is 'President Obama' sooner than 'World Bank President Jim Yong Kim', whoever came last."""
    k = len(role) - 1 - role[::-1].index(head)
    before = role[k - 1] if k > 0 else ","
    broad = not before[-1:].isalnum() or before in _NO_QUALIFIER or before in words
    return 1 + len(set(words) & set(role)) + (0.5 if broad else 0.0)


def title_words(role: str, after: str, narrowed: bool = False) -> list[str]:
    """The words that title a name: those before it, then an appositive after it ('Rubio, the Florida
    senator, …'). Abbreviations are spelt out ('Florida Sen.' reads 'florida senator') only for a phrase
    `narrowed` by a state or party: a bare 'the senator' is as often a senator titled in full nearby."""
    words = [_ABBREVIATED.get(w, w) if narrowed else w for w in role.split()]
    m = _APPOSITIVE_RE.match(after)
    appos = m.group(1).lower().split() if m else []
    head = appos[:appos.index("of")] if "of" in appos else appos  # ', the former secretary of state,'
    return words + appos if head and head[-1] in ROLE_HEADS else words  # not ', the president added.'


def proper_words(phrase: str) -> list[str]:
    """The capitalised modifiers of a role phrase ('the New Jersey governor' -> New, Jersey): a state or a
    party narrows the role, so its holder must be titled with it too. A country's adjective often goes
    unwritten ('President Ruiz' is 'the Mexican president'), so it need not be."""
    words = phrase.split(",")[0].split()[1:]
    return [w for w in words if w[:1].isupper() and (w.lower() in _PARTIES or not w.endswith(_NATIONAL))]


def postmodified_role(phrase: str) -> str | None:
    """'the governor of Ohio', 'the former secretary of state' -> the role noun before 'of'; None when
    more than a short place or office follows ('the former secretary of State began her speech …')."""
    before, sep, after = phrase.partition(" of ")
    words = after.split()
    if not sep or not 0 < len(words) <= 3 or not all(w[:1].isupper() or w in _OFFICE_WORDS for w in words):
        return None
    return before.split()[-1].lower()
