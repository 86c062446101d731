"""Post totals as the editor shows them (SPEC §6.1): a card's tool tip with the breakdown by
grade and funding source, and the status bar's counts.

Built when asked (on hover, on a change), never for every card of a chart at load. The words
are translated (context ``PostText``); lupdate sees no plurals in module-level code, so each
count has its two sentences ("1 post" / "{count} posts"), chosen here.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from orgeditor.model import Chart, Unit
from orgeditor.model.display import excerpt, printable
from orgeditor.model.posts import subtree_posts, total_posts
from orgeditor.model.vocabulary import DEFAULT_FUNDING, funding_label
from orgeditor.ui.i18n import translate

__all__ = ["breakdown_table", "card_tool_tip", "counts_text", "posts_phrase"]


def _count(n: int, one: str, many: str) -> str:
    """*one* (the translated "1 post") for 1, else *many* ("{count} posts") with *n* put in."""
    return one if n == 1 else many.format(count=f"{n:,}")


def posts_phrase(count: int) -> str:
    """``1 post``, ``1,234 posts``."""
    return _count(count, translate("PostText", "1 post"), translate("PostText", "{count} posts"))


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
    grade_word, total_word = translate("PostText", "Grade"), translate("PostText", "Total")
    rows = [f'<tr><th align="left">{grade_word}</th>{head}<th align="right">{total_word}</th></tr>']
    per_source: dict[str | None, Mapping[str, int]] = {s: breakdown.grades_of(s) for s in sources}
    for grade, total in grades.items():
        counts = "".join(cell.format(per_source[s].get(grade, "·")) for s in sources)
        rows.append(f"<tr><td>{grade}</td>{counts}{cell.format(f'{total:,}')}</tr>")
    if sources:
        by_source = breakdown.by_source()
        counts = "".join(cell.format(f"<b>{by_source.get(s, 0):,}</b>") for s in sources)
        sum_cell = cell.format(f"<b>{breakdown.total():,}</b>")
        rows.append(f"<tr><td><b>{total_word}</b></td>{counts}{sum_cell}</tr>")
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
        in_branch = translate("PostText", "{posts} in this branch").format(posts=posts_phrase(branch))
        text += f"<p>{in_branch}</p>"
    return text


def counts_text(chart: Chart, counts: Mapping[str, int], selected: list[str]) -> str:
    """The status bar's counts: the one selected unit's posts (and its branch's, when it has
    reports), the chart's units and posts, and the findings by severity."""
    found = [
        _count(
            counts.get("error", 0), translate("PostText", "1 error"), translate("PostText", "{count} errors")
        ),
        _count(
            counts.get("warning", 0),
            translate("PostText", "1 warning"),
            translate("PostText", "{count} warnings"),
        ),
        _count(
            counts.get("info", 0), translate("PostText", "1 note"), translate("PostText", "{count} notes")
        ),
    ]
    units = _count(len(chart), translate("PostText", "1 unit"), translate("PostText", "{count} units"))
    text = " · ".join([units, posts_phrase(total_posts(chart)), *found])
    if len(selected) == 1 and selected[0] in chart.units:
        unit = chart.unit(selected[0])
        own = translate("PostText", "no posts") if unit.posts is None else posts_phrase(unit.posts)
        if chart.direct_reports(unit.id):
            own = translate("PostText", "{posts} ({count} in branch)").format(
                posts=own, count=f"{subtree_posts(chart, unit.id):,}"
            )
        selected_text = translate("PostText", "{unit}: {posts}").format(
            unit=excerpt(unit.label, 40), posts=own
        )
        text = f"{selected_text} · {text}"
    return text
