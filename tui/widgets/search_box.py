"""The search field: an Input whose growing text never re-lays out the screen."""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class SearchBox(Input):
    """Input sets its virtual size to the text's width on every key, and a
    widget's virtual size is a layout reactive: each key re-arranged every
    widget on the screen (~10 ms, a tenth of the search-as-you-type budget).
    The box is one fixed line that scrolls its own text, so no layout is needed.
    """

    virtual_size = Reactive(Size(0, 0), layout=False)
