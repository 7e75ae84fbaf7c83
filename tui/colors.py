"""Speaker and passage colours, shared by every pane so one speaker has one colour.

Colours come from a speaker's name (a stable hash), not from the order panes
happen to see speakers in: the quotes pane, the reader and both sides of the
compare screen agree without talking to each other, and snapshots stay put.
Tints are blended over the widget's own background so they read in dark and
light themes alike.
"""

from __future__ import annotations

import zlib

from rich.style import Style
from textual.color import Color

# Mid-saturation hues that stay legible as a tint on dark and light backgrounds.
HUES: tuple[str, ...] = (
    "#e4572e",  # vermilion
    "#3b8ea5",  # teal blue
    "#c49b00",  # mustard
    "#8e5ecf",  # violet
    "#2e9e5b",  # green
    "#d6457f",  # pink
    "#4f6fd6",  # blue
    "#b5651d",  # brown
    "#17a2a2",  # cyan
    "#8a9a2b",  # olive
)
ANONYMOUS = "#8a8a8a"
TINT_DARK = 0.30
TINT_LIGHT = 0.22


def speaker_hue(speaker: str | None) -> Color:
    """The hue of a speaker; unknown speakers are grey."""
    if not speaker:
        return Color.parse(ANONYMOUS)
    index = zlib.crc32(speaker.strip().lower().encode("utf-8")) % len(HUES)
    return Color.parse(HUES[index])


def pair_hue(index: int) -> Color:
    """The hue of the n-th aligned passage pair on the compare screen."""
    return Color.parse(HUES[index % len(HUES)])


def tint(background: Color, hue: Color) -> Color:
    """A background wash of `hue`, subtler on light backgrounds."""
    amount = TINT_LIGHT if background.brightness > 0.5 else TINT_DARK
    return background.blend(hue, amount)


def ink(foreground: Color, background: Color, hue: Color) -> Color:
    """Foreground text in `hue`, pulled toward the theme's text for contrast."""
    amount = 0.55 if background.brightness > 0.5 else 0.75
    return foreground.blend(hue, amount)


def tint_style(background: Color, speaker: str | None) -> Style:
    """Rich style that tints a quotation by its speaker."""
    return Style(bgcolor=tint(background, speaker_hue(speaker)).rich_color)


def ink_style(foreground: Color, background: Color, speaker: str | None) -> Style:
    """Rich style that colours a quotation's words by its speaker."""
    color = ink(foreground, background, speaker_hue(speaker))
    return Style(color=color.rich_color, italic=True)
