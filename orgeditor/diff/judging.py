"""Both charts of a comparison judged under one rule set: the union of their rulebooks.

A baseline that names no rulebook is then judged by the proposal's, so the findings the
proposal resolves show. Rules that compare a chart with its ``baseline`` (cost-neutral,
mandates preserved, senior posts, lineage known) judge each chart against the baseline *it*
names; a chart naming none (the baseline itself, usually) is not judged by them.
The rule engine is imported only when a function here runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgeditor.model import Chart
    from orgeditor.rules import Finding, Rulebook

__all__ = ["CostTable", "cost_table", "judge", "union_rulebooks"]

#: Standard annual cost per grade and the cost of a post of unspecified grade.
CostTable = tuple[Mapping[str, float], float]


def union_rulebooks(*charts: Chart) -> list[Rulebook]:
    """The rulebooks of every chart (generic rules first), each once.

    Raises :class:`~orgeditor.rules.RulebookError` for a rulebook that is not valid.
    """
    from orgeditor.rules import rulebooks_for  # noqa: PLC0415 - heavier than the diff

    books: list[Rulebook] = []
    for chart in charts:
        for book in rulebooks_for(chart):
            if all((book.path, book.name) != (seen.path, seen.name) for seen in books):
                books.append(book)
    return books


def judge(
    a: Chart, b: Chart, rulebooks: Sequence[Rulebook] | None = None
) -> tuple[list[Finding], list[Finding]]:
    """The findings of *a* and of *b*, both under *rulebooks* (default: their union)."""
    from orgeditor.rules import check_chart  # noqa: PLC0415

    books = list(rulebooks) if rulebooks is not None else union_rulebooks(a, b)
    return check_chart(a, books), check_chart(b, books)


def cost_table(rulebooks: Sequence[Rulebook]) -> CostTable | None:
    """The standard costs the cost rule in effect among *rulebooks* uses, or None."""
    from orgeditor.rules import rules_of  # noqa: PLC0415 - heavier than the diff
    from orgeditor.rules.checks_posts import standard_costs  # noqa: PLC0415

    found = standard_costs(rules_of(rulebooks))
    return None if found is None else (found.costs, found.unspecified)
