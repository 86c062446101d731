"""Comparing N variants under one rule set: totals, the provisions grid, pairwise changes.

Every variant is checked under the union of the variants' rulebooks (SPEC §6.5), so a variant
that names no rulebook (a baseline, say) is judged by the others'. A rule that compares with
the baseline (``pillar.cost-neutral`` …) applies only to a variant that names one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from orgeditor.compare.provisions import Provision, provision_grid
from orgeditor.compare.story import PairChanges, pair_changes
from orgeditor.compare.totals import CostTable, VariantTotals, cost_table, variant_totals
from orgeditor.diff import diff_charts
from orgeditor.model import Chart
from orgeditor.rules import Finding, Rule, Rulebook, check_chart, rulebooks_for, rules_of
from orgeditor.rules.checks import BASELINE

__all__ = ["Comparison", "Variant", "compare_charts", "union_rulebooks"]


@dataclass(frozen=True)
class Variant:
    """One variant: its key (the path as given), chart, findings and totals."""

    key: str
    chart: Chart
    findings: tuple[Finding, ...]
    totals: VariantTotals
    #: ids of the rules that ran on it
    applies: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.chart.title


@dataclass(frozen=True)
class Comparison:
    """The variants in order, the grid, and the changes between consecutive variants."""

    variants: tuple[Variant, ...]
    provisions: tuple[Provision, ...]
    changes: tuple[PairChanges, ...]
    rulebooks: tuple[str, ...]
    costs: CostTable
    general: Provision | None = field(default=None)

    @property
    def paragraphs(self) -> tuple[Provision, ...]:
        """The rows of the grid that are paragraphs of the note (the general row aside)."""
        return tuple(p for p in self.provisions if not p.general)


def union_rulebooks(charts: Sequence[Chart]) -> list[Rulebook]:
    """Every rulebook any of *charts* names (the generic one once), in first-named order.

    Raises :class:`~orgeditor.rules.RulebookError` for a rulebook that does not load."""
    books: list[Rulebook] = []
    for chart in charts:
        for book in rulebooks_for(chart):
            if not any(b.path == book.path and b.name == book.name for b in books):
                books.append(book)
    return books


def _applies(rule: Rule, chart: Chart) -> bool:
    return BASELINE not in rule.check.depends or bool(chart.baseline)


def compare_charts(charts: Sequence[tuple[str, Chart]], *, check: bool = True) -> Comparison:
    """Compare the *charts* (key, chart), in the order given (at least one).

    With *check* false no rule runs (an empty grid). Raises
    :class:`~orgeditor.rules.RulebookError` for a rulebook that does not load.
    """
    books = union_rulebooks([chart for _, chart in charts]) if check else []
    rules = rules_of(books)
    table = cost_table(rules)
    variants = []
    for key, chart in charts:
        findings = tuple(check_chart(chart, books)) if check else ()
        applies = tuple(rule.id for rule in rules if _applies(rule, chart))
        variants.append(Variant(key, chart, findings, variant_totals(chart, table), applies))
    grid = provision_grid(rules, {v.key: v.applies for v in variants}, {v.key: v.findings for v in variants})
    changes = []
    for before, after in itertools.pairwise(variants):
        diff = diff_charts(before.chart, after.chart, findings_a=before.findings, findings_b=after.findings)
        changes.append(pair_changes(before.key, after.key, diff, (before.totals, after.totals), grid))
    return Comparison(
        variants=tuple(variants),
        provisions=tuple(grid),
        changes=tuple(changes),
        rulebooks=tuple(book.name for book in books),
        costs=table,
        general=next((row for row in grid if row.general), None),
    )
