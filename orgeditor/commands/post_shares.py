"""Posts of units merged or split: added up, or shared out grade by grade (SPEC §6.1)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from orgeditor.model import PostBreakdown, Unit

__all__ = ["divide_posts", "sum_posts"]


def sum_posts(units: Sequence[Unit]) -> tuple[int | None, PostBreakdown | None]:
    """The posts of *units* together: a breakdown when all that have posts have one of the
    same shape, else the total."""
    counted = [u for u in units if u.posts is not None]
    if not counted:
        return None, None
    breakdowns = [u.post_breakdown for u in counted]
    if all(b is not None for b in breakdowns) and len({b.has_sources for b in breakdowns if b}) == 1:
        cells: Counter[tuple[str | None, str]] = Counter()
        for b in breakdowns:
            for source, grade, count in b.counts if b else ():
                cells[(source, grade)] += count
        total = PostBreakdown(tuple((s, g, n) for (s, g), n in cells.items()))
        return total.total(), total
    return sum(u.posts or 0 for u in counted), None


def divide_posts(breakdown: PostBreakdown, totals: Sequence[int]) -> list[PostBreakdown | None]:
    """Divide *breakdown* into parts of *totals* posts (their sum is its total): each grade of
    each source shared in proportion, so the grades together stay what they were.

    >>> b = PostBreakdown.from_grades({"D-2": 1, "P-4": 3, "GS": 2})
    >>> [p.to_mapping() if p else None for p in divide_posts(b, [4, 2])]
    [{'D-2': 1, 'P-4': 2, 'GS': 1}, {'P-4': 1, 'GS': 1}]
    """
    cells = list(breakdown.counts)
    whole = breakdown.total()
    shares = [[0] * len(cells) for _ in totals]
    for c, (_, _, count) in enumerate(cells):
        exact = [count * t / whole if whole else 0.0 for t in totals]
        for p, value in enumerate(exact):
            shares[p][c] = int(value)
        left = count - sum(shares[p][c] for p in range(len(totals)))
        for p in sorted(range(len(totals)), key=lambda p: exact[p] - int(exact[p]), reverse=True)[:left]:
            shares[p][c] += 1
    for _ in range(whole + 1):  # move single posts from parts with too many to those with too few
        over = [p for p in range(len(totals)) if sum(shares[p]) > totals[p]]
        under = [p for p in range(len(totals)) if sum(shares[p]) < totals[p]]
        if not over or not under:
            break
        p, q = over[0], under[0]
        c = max(c for c in range(len(cells)) if shares[p][c] > 0)  # the lowest grade it has
        shares[p][c] -= 1
        shares[q][c] += 1
    result: list[PostBreakdown | None] = []
    for part in shares:
        counts = tuple((s, g, n) for (s, g, _), n in zip(cells, part, strict=True) if n)
        result.append(PostBreakdown(counts) if counts else None)
    return result
