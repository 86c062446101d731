"""The type sizes of a card's texts: one scale for the screen and every export (pure Python).

A card's label (its short name, else its name), full name, head and post count take the
theme's sizes times a factor that falls with the card's tier (:mod:`orgeditor.render.tiers`),
so a senior card never reads smaller than a junior one. A medium that needs larger text than
the screen (a slide read from the back of a room, a page printed on A4) passes a
:class:`TypeScale`: every size grows by its factor and none is below its floor.

>>> from orgeditor.render.theme import get_theme
>>> card_type(get_theme("screen"), 0)
CardType(label_px=16.0, name_px=12.0, head_px=11.0, posts_px=10.0)
>>> card_type(get_theme("screen"), 4, TypeScale(factor=1.5, min_px=18.0)).smallest
18.0
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from orgeditor.model import Unit
from orgeditor.render.theme import Theme
from orgeditor.render.tiers import DEFAULT_TIER, clamp_tier

__all__ = [
    "LABEL_SCALE",
    "MIN_CARD_PX",
    "SCREEN",
    "TEXT_SCALE",
    "CardType",
    "TypeScale",
    "brief_unit",
    "card_type",
    "head_line",
    "legible_theme",
    "overview_label",
]

#: Size of a card's label (short name, else name) relative to the theme's ``short_px``, by
#: tier: 16/14/12/12/11 px with the stock themes. The label of a unit without a short name is
#: its name, in the same size, so a long-named senior card never reads smaller than a junior.
LABEL_SCALE: tuple[float, ...] = (1.15, 1.0, 0.86, 0.86, 0.79)
#: Size of a card's other texts (full name under a short name, head, posts) relative to the
#: theme's ``name_px``, ``head_px`` and ``label_px``, by tier.
TEXT_SCALE: tuple[float, ...] = (1.1, 1.05, 1.0, 1.0, 0.95)
#: No text of a card drawn in detail on screen is smaller than this (px).
MIN_CARD_PX = 9.0


@dataclass(frozen=True, slots=True)
class TypeScale:
    """How a medium sizes card text against the screen: each size times *factor*, rounded,
    never below *min_px* (scene px)."""

    factor: float = 1.0
    min_px: float = MIN_CARD_PX


#: The editor's own sizes.
SCREEN = TypeScale()


@dataclass(frozen=True, slots=True)
class CardType:
    """The pixel sizes of a card's texts drawn in detail (see :func:`card_type`)."""

    label_px: float
    name_px: float
    head_px: float
    posts_px: float

    @property
    def smallest(self) -> float:
        """The smallest of the four sizes."""
        return min(self.label_px, self.name_px, self.head_px, self.posts_px)


def card_type(theme: Theme, tier: int = DEFAULT_TIER, scale: TypeScale = SCREEN) -> CardType:
    """The sizes of a card's texts at *tier* (clamped to ``0 … MAX_TIER``): the theme's sizes
    times :data:`LABEL_SCALE` / :data:`TEXT_SCALE` and *scale*'s factor, never below
    *scale*'s floor. Each size is non-increasing with the tier and independent of the texts."""
    tier = clamp_tier(tier)
    label, text = LABEL_SCALE[tier], TEXT_SCALE[tier]

    def size(px: float, factor: float) -> float:
        return float(max(scale.min_px, round(px * factor * scale.factor)))

    return CardType(
        size(theme.short_px, label),
        size(theme.name_px, text),
        size(theme.head_px, text),
        size(theme.label_px, text),
    )


def legible_theme(theme: Theme, scale: TypeScale) -> Theme:
    """*theme* with the page's other texts (title, legend, line labels, group names) grown
    by *scale* as the cards' are, none below its floor. Cards take their sizes from the
    original theme and *scale* (:func:`card_type`): do not pass them this one.

    >>> from orgeditor.render.theme import get_theme
    >>> legible_theme(get_theme("screen"), TypeScale(1.2, 14.0)).legend_px
    14.0
    """
    if scale == SCREEN:
        return theme

    def grown(px: float) -> float:
        return float(max(scale.min_px, round(px * scale.factor)))

    return replace(
        theme,
        name_px=grown(theme.name_px),
        label_px=grown(theme.label_px),
        legend_px=grown(theme.legend_px),
        title_px=grown(theme.title_px),
    )


def head_line(unit: Unit) -> str:
    """One line about the head: ``rank · title · name`` (what is given)."""
    head = unit.head
    if head is None:
        return ""
    parts = [p for p in (head.rank, head.title, head.name) if p]
    return " · ".join(parts)


_ABBREVIATIONS = (
    ("Office of the ", ""),
    ("Under-Secretary-General", "USG"),
    ("Assistant Secretary-General", "ASG"),
    ("Special Envoy of the Secretary-General", "Special Envoy"),
    ("Secretary-General", "SG"),
    ("United Nations ", "UN "),
    (" and the ", " & "),
    (" and ", " & "),
)


def overview_label(unit: Unit) -> str:
    """A compact label for small scales: the short name, else the name with the usual UN
    abbreviations (USG, ASG, SG, UN, &).

    >>> overview_label(Unit("a", "Office of the Assistant Secretary-General for Africa", "office"))
    'ASG for Africa'
    """
    if unit.short:
        return unit.short
    label = unit.name.removeprefix("Office of the ")
    for long, short in _ABBREVIATIONS[1:]:
        label = label.replace(long, short)
    return label.strip() or unit.name


def brief_unit(unit: Unit) -> Unit:
    """*unit* as a card drawn only to show the chain of command above a page's branch holds
    it: its label (short name, else name) alone, whole."""
    return unit.with_changes(name=unit.label, short=None, head=None, posts=None)
