"""Post totals as the editor shows them (SPEC §6.1): a card's tool tip with the breakdown by
grade and funding source, and the status bar's counts.

Built when asked (on hover, on a change), never for every card of a chart at load. The words
are translated (context ``PostText``); the counts' sentences are plural forms (``tr(…, n)``, in
the class :class:`PostText`, where lupdate sees them: French says "0 erreur", English
"0 errors") and their numbers are written the locale's way (:func:`number`: "1,181" in
English, "1 181" in French).
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QLocale, QObject

from orgeditor.model import Chart, Unit
from orgeditor.model.display import excerpt, printable
from orgeditor.model.posts import subtree_posts, total_posts
from orgeditor.model.vocabulary import DEFAULT_FUNDING
from orgeditor.ui.i18n import plural, translate
from orgeditor.ui.words import funding_word

__all__ = ["PostText", "breakdown_table", "card_tool_tip", "counts_text", "number", "posts_phrase"]


def number(n: int) -> str:
    """*n* written the way the user's language writes numbers: ``1,181`` in English, ``1 181``
    in French (the locale's group separator); ``1,181`` when the locale is C."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(n)


class PostText(QObject):
    """The sentences of counts, as plural forms: one method per thing counted."""

    def _count(self, text: str, n: int) -> str:
        return plural(text, n).format(count=number(n))

    def posts(self, n: int) -> str:
        return self._count(self.tr("{count} post(s)", "", n), n)

    def units(self, n: int) -> str:
        return self._count(self.tr("{count} unit(s)", "", n), n)

    def errors(self, n: int) -> str:
        return self._count(self.tr("{count} error(s)", "", n), n)

    def warnings(self, n: int) -> str:
        return self._count(self.tr("{count} warning(s)", "", n), n)

    def notes(self, n: int) -> str:
        return self._count(self.tr("{count} note(s)", "", n), n)


_counts = PostText()


def posts_phrase(count: int) -> str:
    """``1 post``, ``1,234 posts`` (``1 234 postes`` in French)."""
    return _counts.posts(count)


def _cell(count: int | None) -> str:
    return "·" if count is None else number(count)


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
    head = "".join(f'<th align="right">{html.escape(funding_word(s))}</th>' for s in sources)
    grade_word, total_word = translate("PostText", "Grade"), translate("PostText", "Total")
    rows = [f'<tr><th align="left">{grade_word}</th>{head}<th align="right">{total_word}</th></tr>']
    per_source: dict[str | None, Mapping[str, int]] = {s: breakdown.grades_of(s) for s in sources}
    for grade, total in grades.items():
        counts = "".join(cell.format(_cell(per_source[s].get(grade))) for s in sources)
        rows.append(f"<tr><td>{grade}</td>{counts}{cell.format(number(total))}</tr>")
    if sources:
        by_source = breakdown.by_source()
        counts = "".join(cell.format(f"<b>{number(by_source.get(s, 0))}</b>") for s in sources)
        sum_cell = cell.format(f"<b>{number(breakdown.total())}</b>")
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
        _counts.errors(counts.get("error", 0)),
        _counts.warnings(counts.get("warning", 0)),
        _counts.notes(counts.get("info", 0)),
    ]
    units = _counts.units(len(chart))
    text = " · ".join([units, posts_phrase(total_posts(chart)), *found])
    if len(selected) == 1 and selected[0] in chart.units:
        unit = chart.unit(selected[0])
        own = translate("PostText", "no posts") if unit.posts is None else posts_phrase(unit.posts)
        if chart.direct_reports(unit.id):
            own = translate("PostText", "{posts} ({count} in branch)").format(
                posts=own, count=number(subtree_posts(chart, unit.id))
            )
        selected_text = translate("PostText", "{unit}: {posts}").format(
            unit=excerpt(unit.label, 40), posts=own
        )
        text = f"{selected_text} · {text}"
    return text
