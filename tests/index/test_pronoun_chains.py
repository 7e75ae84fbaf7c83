"""He/she chains (`index.pronoun_chain`): a sentence's source heads the run, not its first subject."""

from __future__ import annotations

from index.attribution import Attributor
from index.pronoun_chain import PronounChains
from index.quote_marks import find_marks


def _head(body: str, at: str, want: str = "m") -> str | None:
    """The chain head for the pronoun cue at the last occurrence of `at` in `body`."""
    att = Attributor(body, find_marks(body))
    att.run()
    return PronounChains(att).head(body.rindex(at), want)[0]


def test_parenthetical_source_heads_the_chain() -> None:
    """'Lomax, Dale Prewitt said, has …': Prewitt gives the account, so his 'he said' is Prewitt's."""
    body = ("Mayor Ed Lomax, Dale Prewitt said, has changed the tone of the council.\n"
            "\u201cNobody expected it,\u201d he said.")
    assert _head(body, "he said") == "Dale Prewitt"


def test_trailing_source_heads_the_chain() -> None:
    """'Grady won over the crowds, Ned Ostrander said. “…,” he said.' is Ostrander speaking."""
    body = ("Walt Grady won over the small crowds at every stop, Ned Ostrander said.\n"
            "\u201cThey loved him,\u201d he said.")
    assert _head(body, "he said") == "Ned Ostrander"


def test_source_in_a_subordinate_clause_does_not_head_the_chain() -> None:
    """'After Ray Tolan asked …, Boyd sounded unsure, Ostrander said': the man asking is not the source."""
    body = ("After Ray Tolan asked about the vote, Carl Boyd sounded unsure, Ned Ostrander said.\n"
            "\u201cIt will be close,\u201d he said.")
    assert _head(body, "he said") == "Ned Ostrander"
