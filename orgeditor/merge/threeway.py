"""Three-way merging of single values, of sets kept in order, and of display orders.

Each function takes the value in the merge base, in OURS and in THEIRS. A side that left the
base's value alone yields to the other; both sides making the same change is one change.

>>> merge_value(1, 1, 2), merge_value(1, 2, 1), merge_value(1, 2, 2), merge_value(1, 2, 3)
((2, False), (2, False), (2, False), (2, True))
>>> merge_set(["a", "b"], ["a", "b", "x"], ["b", "y"])
['b', 'x', 'y']
>>> merge_order(["a", "b"], ["a", "b", "x"], ["a", "b", "y"], {"a", "b", "x", "y"})
['a', 'b', 'x', 'y']
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from typing import TypeVar

__all__ = ["merge_order", "merge_set", "merge_value"]

T = TypeVar("T")
H = TypeVar("H", bound=Hashable)


def merge_value(base: T, ours: T, theirs: T) -> tuple[T, bool]:
    """The merged value and whether the sides conflict (then OURS' value is returned)."""
    if theirs in (ours, base):
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def merge_set(base: Sequence[H], ours: Sequence[H], theirs: Sequence[H]) -> list[H]:
    """OURS' items less those THEIRS removed from the base, then THEIRS' additions in their
    order: independent additions and removals never conflict."""
    in_base, in_ours = set(base), set(ours)
    in_theirs = set(theirs)
    kept = [item for item in ours if item in in_theirs or item not in in_base]
    added = [item for item in theirs if item not in in_base and item not in in_ours]
    return kept + added


def _reordered(base: Sequence[H], side: Sequence[H]) -> bool:
    """True when *side* puts the items it shares with *base* in another order."""
    in_side, in_base = set(side), set(base)
    return [i for i in base if i in in_side] != [i for i in side if i in in_base]


def merge_order(base: Sequence[H], ours: Sequence[H], theirs: Sequence[H], keep: Collection[H]) -> list[H]:
    """The merged order of the items in *keep*.

    OURS' order leads, unless only THEIRS reordered what the base held. Items only the other
    side has go right after the item before them on that side, behind any items that only the
    leading side added there: when both sides append at the same place, the leading side's
    items come first, then the other's. Items neither side orders (restored from the base)
    are placed by the base's order the same way.
    """
    lead, other = ours, theirs
    if not _reordered(base, ours) and _reordered(base, theirs):
        lead, other = theirs, ours
    result = [item for item in dict.fromkeys(lead) if item in keep]
    placed = set(result)
    in_base, in_other = set(base), set(other)
    lead_only = {item for item in lead if item not in in_base and item not in in_other}
    for source, own in ((other, in_other), (base, in_base)):
        previous: H | None = None
        for item in source:
            if item in keep and item not in placed:
                if previous is None:
                    at = 0
                    while at < len(result) and result[at] in lead_only:
                        at += 1
                else:
                    at = result.index(previous) + 1
                    while at < len(result) and result[at] in lead_only and result[at] not in own:
                        at += 1
                result.insert(at, item)
                placed.add(item)
            if item in placed:
                previous = item
    result.extend(sorted((item for item in keep if item not in placed), key=str))  # none, normally
    return result
