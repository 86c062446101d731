"""Post totals as the editor shows them (SPEC §6.1): a card's tool tip with the breakdown by
grade and funding source, and the status bar's counts.

Built when asked (on hover, on a change), never for every card of a chart at load.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from orgeditor.model import Chart, Unit
from orgeditor.model.display import excerpt, printable
from orgeditor.model.posts import subtree_posts, total_posts
from orgeditor.model.vocabulary import DEFAULT_FUNDING, funding_label

__all__ = ["breakdown_table", "card_tool_tip", "counts_text", "posts_phrase"]


def posts_phrase(count: int) -> str:
    """``1 post``, ``1,234 posts``."""
    return f"{count:,} post" + ("" if count == 1 else "s")


def breakdown_table(unit: Unit, funding: tuple[str, ...] = ()) -> str:
    """The unit's posts as an HTML table: a row per grade (highest first), a column per funding
    source (in the chart's *funding* order) and the total; "" without a breakdown.

    >>> from orgeditor.model import PostBreakdown
    >>> unit = Unit("a", "A", "office", post_breakdown=PostBreakdown.from_grades({"P-4": 2}))
    >>> "<td>P-4</td>" in breakdown_table(unit)
    True
    """
    breakdown = unit.post_breakdown
    if breakdown is None:
        return ""
    named = breakdown.sources()
    order = [s for s in (funding or DEFAULT_FUNDING) if s in named]
    sources: list[str | None] = [*order, *(s for s in named if s not in order)] if named else []
    grades = breakdown.by_grade()
    cell = '<td align="right">{}</td>'
    head = "".join(f'<th align="right">{html.escape(funding_label(s))}</th>' for s in sources)
    rows = [f'<tr><th align="left">Grade</th>{head}<th align="right">Total</th></tr>']
    per_source: dict[str | None, Mapping[str, int]] = {s: breakdown.grades_of(s) for s in sources}
    for grade, total in grades.items():
        counts = "".join(cell.format(per_source[s].get(grade, "·")) for s in sources)
        rows.append(f"<tr><td>{grade}</td>{counts}{cell.format(f'{total:,}')}</tr>")
    if sources:
        by_source = breakdown.by_source()
        counts = "".join(cell.format(f"<b>{by_source.get(s, 0):,}</b>") for s in sources)
        rows.append(f"<tr><td><b>Total</b></td>{counts}{cell.format(f'<b>{breakdown.total():,}</b>')}</tr>")
    return '<table cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"


def card_tool_tip(chart: Chart | None, unit: Unit) -> str:
    """A card's tool tip: the unit's full name, its posts with their breakdown, and the posts
    of its branch when it has reports (the plain name when there are no posts to show)."""
    branch = 0  # posts of the branch below and including the unit, when it has reports
    if chart is not None and unit.id in chart.units and chart.direct_reports(unit.id):
        branch = subtree_posts(chart, unit.id)
    if unit.posts is None and not branch:
        return unit.name  # nothing more to say: the plain name, as before posts were shown
    text = f"<b>{html.escape(printable(unit.name))}</b>"
    if unit.posts is not None:
        text += f"<br>{posts_phrase(unit.posts)}"
    text += breakdown_table(unit, chart.funding if chart is not None else ())  # a block of its own
    if branch:
        text += f"<p>{posts_phrase(branch)} in this branch</p>"
    return text


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def counts_text(chart: Chart, counts: Mapping[str, int], selected: list[str]) -> str:
    """The status bar's counts: the one selected unit's posts (and its branch's, when it has
    reports), the chart's units and posts, and the findings by severity."""
    found = [
        _count(counts.get(severity, 0), noun)
        for severity, noun in (("error", "error"), ("warning", "warning"), ("info", "note"))
    ]
    text = " · ".join([_count(len(chart), "unit"), posts_phrase(total_posts(chart)), *found])
    if len(selected) == 1 and selected[0] in chart.units:
        unit = chart.unit(selected[0])
        own = "no posts" if unit.posts is None else posts_phrase(unit.posts)
        if chart.direct_reports(unit.id):
            own += f" ({subtree_posts(chart, unit.id):,} in branch)"
        text = f"{excerpt(unit.label, 40)}: {own} · {text}"
    return text
