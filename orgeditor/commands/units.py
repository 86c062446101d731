"""Commands on units: add, change, remove (re-attaching or removing its reports)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart, RemovedUnit, ReportingLine, Unit

__all__ = [
    "AddUnit",
    "RemoveUnit",
    "SetChartTitle",
    "UpdateUnit",
    "changed_fields",
    "edit_text",
    "reattached_lines",
]

#: The undo-stack id of an :class:`UpdateUnit` that changes one field (see ``mergeWith``).
UPDATE_UNIT_ID = 0x0E017

#: What a user calls each field of a unit (a breakdown of posts is the posts); in English,
#: translated where shown.
_FIELD_NAMES = {
    "id": str(QT_TRANSLATE_NOOP("Commands", "id")),
    "name": str(QT_TRANSLATE_NOOP("Commands", "name")),
    "kind": str(QT_TRANSLATE_NOOP("Commands", "kind")),
    "short": str(QT_TRANSLATE_NOOP("Commands", "short name")),
    "head": str(QT_TRANSLATE_NOOP("Commands", "head")),
    "reports_to": str(QT_TRANSLATE_NOOP("Commands", "reporting lines")),
    "regions": str(QT_TRANSLATE_NOOP("Commands", "regions")),
    "presence": str(QT_TRANSLATE_NOOP("Commands", "presence")),
    "functions": str(QT_TRANSLATE_NOOP("Commands", "functions")),
    "posts": str(QT_TRANSLATE_NOOP("Commands", "posts")),
    "note": str(QT_TRANSLATE_NOOP("Commands", "note")),
    "post_breakdown": str(QT_TRANSLATE_NOOP("Commands", "posts")),
    "formerly": str(QT_TRANSLATE_NOOP("Commands", "formerly")),
}


def changed_fields(old: Unit, new: Unit) -> frozenset[str]:
    """The user-facing names of the fields in which *new* differs from *old*.

    >>> a = Unit("a", "A", "office")
    >>> sorted(changed_fields(a, a.with_changes(name="B", posts=3)))
    ['name', 'posts']
    """
    return frozenset(
        label for field, label in _FIELD_NAMES.items() if getattr(old, field) != getattr(new, field)
    )


def edit_text(old: Unit, new: Unit) -> str:
    """The History label of changing *old* into *new*: "Edit name of DPPA" for one field.

    >>> a = Unit("a", "Alpha", "office", short="A")
    >>> edit_text(a, a.with_changes(name="Beta")), edit_text(a, a.with_changes(name="B", note="n"))
    ('Edit name of A', 'Edit A')
    """
    fields = changed_fields(old, new)
    if len(fields) == 1:
        return QCoreApplication.translate("Commands", "Edit {field} of {unit}").format(
            field=QCoreApplication.translate("Commands", next(iter(fields))), unit=old.label
        )
    return QCoreApplication.translate("Commands", "Edit {unit}").format(unit=old.label)


class AddUnit(QUndoCommand):
    """Add *unit* (optionally with a saved card centre)."""

    def __init__(self, chart: Chart, unit: Unit, position: tuple[float, float] | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add {unit}").format(unit=unit.label))
        self.chart, self.unit, self.position = chart, unit, position
        self.record: RemovedUnit | None = None

    def redo(self) -> None:
        if self.record is not None:
            self.chart.restore_unit(self.record)
            return
        with self.chart.batch():
            self.chart.add_unit(self.unit)
            if self.position is not None:
                self.chart.set_position(self.unit.id, self.position)

    def undo(self) -> None:
        self.record = self.chart.remove_unit(self.unit.id)


class UpdateUnit(QUndoCommand):
    """Replace a unit by a changed value (rename, properties, reporting lines).

    Consecutive updates that change the same single field of the same unit merge into one
    undo step (its text and its value before the first edit kept); merging back to the value
    before the first edit makes the step obsolete.
    """

    def __init__(self, chart: Chart, unit: Unit, text: str = "") -> None:
        self.chart, self.new = chart, unit
        self.old = chart.unit(unit.id)
        super().__init__(text or edit_text(self.old, unit))
        self.fields = changed_fields(self.old, unit)

    def id(self) -> int:
        return UPDATE_UNIT_ID if len(self.fields) == 1 else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, UpdateUnit) or other.chart is not self.chart:
            return False
        if other.old.id != self.new.id or other.fields != self.fields or other.old != self.new:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.chart.update_unit(self.new)

    def undo(self) -> None:
        self.chart.update_unit(self.old)


class SetChartTitle(QUndoCommand):
    """Change the chart's title."""

    def __init__(self, chart: Chart, title: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Change title"))
        self.chart, self.new, self.old = chart, title, chart.title

    def redo(self) -> None:
        self.chart.set_meta(title=self.new)

    def undo(self) -> None:
        self.chart.set_meta(title=self.old)


def reattached_lines(chart: Chart, unit: Unit, removed: set[str]) -> tuple[ReportingLine, ...]:
    """*unit*'s reporting lines with lines into *removed* moved up to the first unit above.

    A line with scope S to a removed unit goes to that unit's manager for S (climbing past
    other removed units); it is dropped when there is none or it would duplicate a line.
    """
    result: list[ReportingLine] = []
    for line in unit.reports_to:
        target: str | None = line.to
        seen: set[str] = set()
        while target is not None and target in removed and target not in seen:
            seen.add(target)
            target = chart.manager(target, line.scope)
        if target is None or target in removed or target == unit.id:
            continue
        new = ReportingLine(target, line.scope)
        if all(existing.to != new.to for existing in result):
            result.append(new)
    return tuple(result)


class RemoveUnit(QUndoCommand):
    """Delete a unit; its reports are re-attached to its manager, or the branch goes too.

    With ``branch=True`` every unit of its subtree is removed as well; units outside the
    branch that report into it are re-attached. Undo restores everything exactly.
    """

    def __init__(self, chart: Chart, unit_id: str, *, branch: bool = False) -> None:
        label = chart.unit(unit_id).label
        super().__init__(
            QCoreApplication.translate("Commands", "Delete {unit} and its branch").format(unit=label)
            if branch
            else QCoreApplication.translate("Commands", "Delete {unit}").format(unit=label)
        )
        self.chart, self.unit_id, self.branch = chart, unit_id, branch
        self.records: list[RemovedUnit] = []
        self.updated: list[Unit] = []

    def redo(self) -> None:
        chart = self.chart
        doomed = chart.subtree(self.unit_id) if self.branch else [self.unit_id]
        removed = set(doomed)
        reporters = {r for d in doomed for r in chart.direct_reports(d)} - removed
        self.records, self.updated = [], []
        with chart.batch():
            for reporter_id in [u for u in chart.units if u in reporters]:
                old = chart.unit(reporter_id)
                self.updated.append(old)
                chart.update_unit(old.with_changes(reports_to=reattached_lines(chart, old, removed)))
            if len(doomed) > 1:  # cut lines inside the branch so any removal order works
                for unit_id in doomed:
                    old = chart.unit(unit_id)
                    if old.reports_to:
                        self.updated.append(old)
                        chart.update_unit(old.with_changes(reports_to=()))
            for unit_id in reversed(doomed):
                self.records.append(chart.remove_unit(unit_id))

    def undo(self) -> None:
        with self.chart.batch():
            for record in reversed(self.records):
                self.chart.restore_unit(record)
            for old in reversed(self.updated):
                self.chart.update_unit(old)
