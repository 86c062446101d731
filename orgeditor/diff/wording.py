"""Wording shared by the text and Markdown reports."""

from __future__ import annotations

from typing import Any

from orgeditor.diff.engine import ChartDiff, FieldChange
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.model.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "FIELD_LABELS",
    "SETS",
    "Names",
    "counts_rows",
    "line_words",
    "plain",
    "set_delta",
    "shorten",
    "signed",
    "source",
]

#: Fields by their names in the chart file, as reports name them (marked for the editor's
#: translation: it shows ``translate("Fields", label)``).
FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("Fields", "Id"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "short": QT_TRANSLATE_NOOP("Fields", "Short name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "head.title": QT_TRANSLATE_NOOP("Fields", "Head"),
    "head.rank": QT_TRANSLATE_NOOP("Fields", "Head's rank"),
    "head.gender": QT_TRANSLATE_NOOP("Fields", "Head's gender"),
    "head.name": QT_TRANSLATE_NOOP("Fields", "Head (incumbent)"),
    "reports_to": QT_TRANSLATE_NOOP("Fields", "Reports to"),
    "regions": QT_TRANSLATE_NOOP("Fields", "Regions"),
    "presence": QT_TRANSLATE_NOOP("Fields", "Presence"),
    "functions": QT_TRANSLATE_NOOP("Fields", "Functions"),
    "posts": QT_TRANSLATE_NOOP("Fields", "Posts"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "baseline": QT_TRANSLATE_NOOP("Fields", "Baseline"),
    "rulebooks": QT_TRANSLATE_NOOP("Fields", "Rulebooks"),
    "direction": QT_TRANSLATE_NOOP("Fields", "Direction"),
    "collapsed": QT_TRANSLATE_NOOP("Fields", "Folded units"),
    "pinned": QT_TRANSLATE_NOOP("Fields", "Pinned units"),
}
SETS = ("regions", "functions", "rulebooks", "collapsed", "pinned")


class Names:
    """Names of units and groups by id, B first, then A (for removed units)."""

    def __init__(self, diff: ChartDiff) -> None:
        self.diff = diff

    def unit(self, unit_id: str, side: str = "b") -> Unit | None:
        first, second = (self.diff.b, self.diff.a) if side == "b" else (self.diff.a, self.diff.b)
        return first.units.get(unit_id) or second.units.get(unit_id)

    def name(self, item_id: str, side: str = "b") -> str:
        unit = self.unit(item_id, side)
        if unit is not None:
            return unit.name
        group = self.diff.b.groups.get(item_id) or self.diff.a.groups.get(item_id)
        return group.name if group is not None else item_id


def signed(before: int, after: int) -> str:
    delta = after - before
    return f"{delta:+d}" if delta else "0"


def plain(value: Any) -> str:
    if value is None or value == ():
        return "none"
    if isinstance(value, tuple) and isinstance(value[0], ReportingLine):
        return ", ".join(line_words(line.to, line.scope) for line in value)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def line_words(target: str, scope: str) -> str:
    return target if scope == "all" else f"{target} ({scope})"


def set_delta(change: FieldChange) -> tuple[list[str], list[str]]:
    before, after = list(change.old or ()), list(change.new or ())
    return [v for v in after if v not in before], [v for v in before if v not in after]


def counts_rows(diff: ChartDiff) -> list[tuple[str, int]]:
    rows = [
        ("Units added", len(diff.units_added)),
        ("Units removed", len(diff.units_removed)),
        ("Units renamed", len(diff.units_renamed)),
        ("Units changed", len(diff.units_changed)),
        ("Reporting lines added", len(diff.reporting_added)),
        ("Reporting lines removed", len(diff.reporting_removed)),
        ("Links added", len(diff.links_added)),
        ("Links removed", len(diff.links_removed)),
        (
            "Groups added, removed or changed",
            len(diff.groups_added) + len(diff.groups_removed) + len(diff.groups_changed),
        ),
        ("Functions gained", len(diff.functions_gained)),
        ("Functions lost", len(diff.functions_lost)),
    ]
    if diff.findings_checked:
        rows += [
            ("Findings new", len(diff.findings_new)),
            ("Findings resolved", len(diff.findings_resolved)),
        ]
    rows.append(("Cards moved on the saved layout", len(diff.moved)))
    return rows


def source(chart: Chart) -> str:
    return chart.path.name if chart.path else chart.title


def shorten(text: str, limit: int = 80) -> str:
    """*text* on one line, cut to *limit* characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
