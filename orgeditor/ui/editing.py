"""Editing gestures turned into commands: add, delete, rename, re-attach, connect, pin, fold.

Every command runs once, on the real chart, inside :meth:`Chart.transaction`: one that would
break an invariant is rolled back (listeners hear nothing), reported to the user and never
reaches the undo stack; one that works is pushed already done.

The questions, errors and History labels are translated (context ``Editing``); the scope names
come from :func:`~orgeditor.ui.docks.unit_picker.scope_label`, unit names and link kinds stay as
the chart has them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from orgeditor.commands import (
    AddGroup,
    AddLink,
    AddUnit,
    MoveUnits,
    RemoveGroup,
    RemoveLink,
    RemoveUnit,
    ReplaceLink,
    SetChartTitle,
    SetCollapsed,
    SetPinned,
    UpdateGroup,
    UpdateUnit,
)
from orgeditor.model import LINK_KINDS, Chart, ChartError, Group, Link, ReportingLine, Unit
from orgeditor.ui.docks.unit_picker import scope_label
from orgeditor.ui.i18n import translate

__all__ = ["Editor", "Host", "child_kind", "new_id", "with_line"]

_CHILD_KIND = {
    "office": "office",
    "department": "division",
    "division": "section",
    "service": "section",
    "section": "unit",
    "unit": "team",
    "team": "team",
    "mission": "unit",
    "board": "unit",
    "body": "unit",
    "fund": "unit",
}


def child_kind(kind: str) -> str:
    """The usual kind of a unit added under a unit of *kind*."""
    return _CHILD_KIND.get(kind, "unit")


def new_id(chart: Chart, stem: str = "unit") -> str:
    """A fresh id ``stem-N`` not used in *chart*."""
    n = 1
    while f"{stem}-{n}" in chart:
        n += 1
    return f"{stem}-{n}"


_OTHER_SCOPE = {"mission": "non-mission", "non-mission": "mission"}


def with_line(lines: Sequence[ReportingLine], target_id: str, scope: str) -> tuple[ReportingLine, ...]:
    """A unit's reporting *lines* once a line to *target_id* of *scope* is added.

    A line for all settings replaces them all. A mission (or non-mission) line replaces the
    line of that scope; a line for all settings to another manager stays for the other
    settings, so drawing a mission line from a unit makes it report in two ways; and two lines
    to the same manager become one for all settings.

    >>> [f"{line.to}:{line.scope}" for line in with_line((ReportingLine("dppa"),), "dpo", "mission")]
    ['dppa:non-mission', 'dpo:mission']
    """
    if scope == "all":
        return (ReportingLine(target_id),)
    other = _OTHER_SCOPE[scope]
    kept = [
        ReportingLine(line.to, other)
        for line in lines
        if line.scope in ("all", other) and line.to != target_id
    ]
    if any(line.to == target_id and line.scope == other for line in lines):
        return (ReportingLine(target_id),)
    return (*kept[:1], ReportingLine(target_id, scope))


class Host(Protocol):
    """What the editor needs from the window."""

    chart: Chart
    undo_stack: QUndoStack

    def report_error(self, message: str) -> None: ...
    def choose_option(self, title: str, label: str, options: Sequence[str]) -> int | None: ...


class _Done(QUndoCommand):
    """A command already applied by :meth:`Editor.push`: the stack's first ``redo`` (which
    ``QUndoStack.push`` makes) is skipped; later undo/redo go to the command itself."""

    def __init__(self, command: QUndoCommand) -> None:
        super().__init__(command.text())
        self.command = command
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self.command.redo()

    def undo(self) -> None:
        self.command.undo()

    def id(self) -> int:
        return self.command.id()

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """The stack merges the wrappers it holds: merge the wrapped commands."""
        inner = other.command if isinstance(other, _Done) else other
        if not self.command.mergeWith(inner):
            return False
        self.setText(self.command.text())
        self.setObsolete(self.command.isObsolete())
        return True


class Editor:
    """Applies user edits to the host's chart through its undo stack."""

    def __init__(self, host: Host) -> None:
        self.host = host

    @property
    def chart(self) -> Chart:
        return self.host.chart

    def push(self, command: QUndoCommand) -> bool:
        """Run *command* once on the chart, all or nothing; push it when it works, else tell the
        user why not (the chart and its listeners are left as they were)."""
        try:
            with self.chart.transaction():
                command.redo()
        except ChartError as exc:
            self.host.report_error(str(exc))
            return False
        self.host.undo_stack.push(_Done(command))
        return True

    def push_all(self, text: str, commands: Sequence[QUndoCommand]) -> None:
        """Several commands as one undo step."""
        stack = self.host.undo_stack
        stack.beginMacro(text)
        try:
            for command in commands:
                self.push(command)
        finally:
            stack.endMacro()

    # ------------------------------------------------------------------ units

    def add_subordinate(self, manager_id: str | None) -> str | None:
        """Add a new unit reporting to *manager_id* (or a root); returns its id."""
        chart = self.chart
        manager = chart.units.get(manager_id) if manager_id is not None else None
        unit = Unit(
            new_id(chart),
            translate("Editing", "New unit"),
            child_kind(manager.kind) if manager else "office",
            reports_to=(ReportingLine(manager.id),) if manager else (),
        )
        return unit.id if self.push(AddUnit(chart, unit)) else None

    def rename(self, unit_id: str, name: str) -> None:
        unit = self.chart.unit(unit_id)
        if name and name != unit.name:
            text = translate("Editing", "Rename {unit}").format(unit=unit.label)
            self.push(UpdateUnit(self.chart, unit.with_changes(name=name), text))

    def update_unit(self, unit: Unit, text: str) -> None:
        self.push(UpdateUnit(self.chart, unit, text))

    def delete_units(self, unit_ids: Sequence[str]) -> None:
        """Delete units, asking whether the reports of each are re-attached or deleted too."""
        commands: list[QUndoCommand] = []
        chart = self.chart
        gone: set[str] = set()
        for unit_id in unit_ids:
            if unit_id in gone:
                continue
            reports = [r for r in chart.direct_reports(unit_id) if r != unit_id]
            branch = False
            if reports:
                size = len(chart.subtree(unit_id)) - 1
                label = chart.unit(unit_id).label
                question = (
                    translate("Editing", "{unit} has 1 direct report.")
                    if len(reports) == 1
                    else translate("Editing", "{unit} has {count} direct reports.")
                )
                whole_branch = (
                    translate("Editing", "Delete the whole branch (1 unit below it)")
                    if size == 1
                    else translate("Editing", "Delete the whole branch ({count} units below it)")
                )
                choice = self.host.choose_option(
                    translate("Editing", "Delete unit"),
                    question.format(unit=label, count=len(reports)),
                    [
                        translate("Editing", "Re-attach its reports to its manager"),
                        whole_branch.format(count=size),
                    ],
                )
                if choice is None:
                    return
                branch = choice == 1
            gone.update(chart.subtree(unit_id) if branch else [unit_id])
            commands.append(RemoveUnit(chart, unit_id, branch=branch))
        if len(commands) == 1:
            self.push(commands[0])
        elif commands:  # each runs on the chart the one before it left
            self.push_all(translate("Editing", "Delete {count} units").format(count=len(commands)), commands)

    # -------------------------------------------------------------- reporting

    def report_to(self, unit_id: str, target_id: str) -> None:
        """Make *unit_id* report to *target_id* (dropping a card on another card).

        With one line, that line is retargeted (its scope kept); with several, the user
        chooses which line moves, or to replace them all by one line of scope ``all``.
        """
        chart = self.chart
        if unit_id == target_id:
            return
        if unit_id in chart.chain(target_id) or target_id in chart.subtree(unit_id):
            self.host.report_error(
                translate(
                    "Editing", "{target} is below {unit}: a unit cannot report to its own subordinate"
                ).format(target=chart.unit(target_id).label, unit=chart.unit(unit_id).label)
            )
            return
        unit = chart.unit(unit_id)
        lines = list(unit.reports_to)
        new_lines: tuple[ReportingLine, ...]
        if len(lines) <= 1:
            scope = lines[0].scope if lines else "all"
            new_lines = (ReportingLine(target_id, scope),)
        else:
            options = [
                translate("Editing", "Move the line for {scope} (now to {unit})").format(
                    scope=scope_label(line.scope),
                    unit=chart.unit(line.to).label if line.to in chart.units else line.to,
                )
                for line in lines
            ]
            options.append(translate("Editing", "Replace all lines by one line for all settings"))
            choice = self.host.choose_option(
                translate("Editing", "Change reporting line"),
                translate("Editing", "{unit} has several reporting lines. Which goes to {target}?").format(
                    unit=unit.label, target=chart.unit(target_id).label
                ),
                options,
            )
            if choice is None:
                return
            if choice == len(lines):
                new_lines = (ReportingLine(target_id),)
            else:
                moved = ReportingLine(target_id, lines[choice].scope)
                kept = [line for i, line in enumerate(lines) if i != choice and line.to != target_id]
                new_lines = (*kept[:choice], moved, *kept[choice:])
        if new_lines != unit.reports_to:
            label = chart.unit(target_id).label
            text = translate("Editing", "Report to {unit}").format(unit=label)
            self.push(UpdateUnit(chart, unit.with_changes(reports_to=new_lines), text))

    def connect(self, source_id: str, target_id: str) -> None:
        """Draw a reporting line (or a link) from *source_id* to *target_id*.

        A unit with no reporting line gets a line for all settings at once: there is nothing
        for a scope to decide. A unit with lines is asked, each choice saying what its lines
        become (a mission line keeps the old manager for non-mission settings, and so on); a
        link of any kind is offered there too.
        """
        chart = self.chart
        if source_id == target_id or not {source_id, target_id} <= chart.units.keys():
            return
        unit = chart.unit(source_id)
        if not unit.reports_to:
            self.add_reporting_line(source_id, target_id, "all")
            return
        scopes = [
            scope
            for scope in ("all", "mission", "non-mission")
            if with_line(unit.reports_to, target_id, scope) != unit.reports_to
        ]
        results = [with_line(unit.reports_to, target_id, scope) for scope in scopes]
        options = [
            translate("Editing", "{scope}: {lines}").format(
                scope=scope_label(scope).capitalize(), lines=self._lines_text(lines)
            )
            for scope, lines in zip(scopes, results, strict=True)
        ]
        options += [translate("Editing", "A link instead: {kind}").format(kind=kind) for kind in LINK_KINDS]
        target = chart.unit(target_id).label
        choice = self.host.choose_option(
            translate("Editing", "Draw a line"),
            translate("Editing", "{unit} {lines}. In which settings does it report to {target}?").format(
                unit=unit.label, lines=self._lines_text(unit.reports_to, now=True), target=target
            ),
            options,
        )
        if choice is None:
            return
        if choice < len(scopes):
            self.add_reporting_line(source_id, target_id, scopes[choice])
        else:
            self.add_link(source_id, target_id, LINK_KINDS[choice - len(scopes)])

    def _lines_text(self, lines: Sequence[ReportingLine], *, now: bool = False) -> str:
        """The lines in words: "reports to DPPA in non-mission settings and to DPO in mission
        settings" (*now*: "now reports …")."""
        chart = self.chart
        parts = [
            translate("Editing", "{unit} in {scope}").format(
                unit=chart.unit(line.to).label if line.to in chart.units else line.to,
                scope=scope_label(line.scope),
            )
            for line in lines
        ]
        joined = parts[0] if parts else ""
        for part in parts[1:]:
            joined = translate("Editing", "{lines} and to {line}").format(lines=joined, line=part)
        if now:
            return translate("Editing", "now reports to {lines}").format(lines=joined)
        return translate("Editing", "reports to {lines}").format(lines=joined)

    def add_reporting_line(self, unit_id: str, target_id: str, scope: str) -> None:
        """Add a line of *scope* (:func:`with_line`: the lines it conflicts with give way)."""
        unit = self.chart.unit(unit_id)
        lines = with_line(unit.reports_to, target_id, scope)
        text = translate("Editing", "Reporting line to {unit}").format(unit=self.chart.unit(target_id).label)
        self.push(UpdateUnit(self.chart, unit.with_changes(reports_to=lines), text))

    # ------------------------------------------------------------ links, groups

    def add_link(self, source_id: str, target_id: str, kind: str) -> None:
        self.push(AddLink(self.chart, Link(source_id, target_id, kind)))

    def change_link(self, old: Link, new: Link) -> None:
        self.push(ReplaceLink(self.chart, old, new))

    def delete_link(self, link: Link) -> None:
        self.push(RemoveLink(self.chart, link))

    def update_group(self, group: Group, text: str) -> None:
        self.push(UpdateGroup(self.chart, group, text))

    def add_group(self, members: Sequence[str], name: str) -> str | None:
        group = Group(new_id(self.chart, "group"), name, tuple(members))
        return group.id if self.push(AddGroup(self.chart, group)) else None

    def delete_group(self, group_id: str) -> None:
        self.push(RemoveGroup(self.chart, group_id))

    def set_title(self, title: str) -> None:
        self.push(SetChartTitle(self.chart, title))

    # ------------------------------------------------------------------ layout

    def move(self, new: dict[str, tuple[float, float]], old: dict[str, tuple[float, float] | None]) -> None:
        self.push(MoveUnits(self.chart, new, old))

    def toggle(self, unit_ids: Sequence[str], flag: str) -> None:
        """Flip ``pinned`` or ``collapsed`` for *unit_ids* (as one undo step)."""
        layout = self.chart.layout
        current = layout.pinned if flag == "pinned" else layout.collapsed
        make: Callable[[Chart, str, bool], QUndoCommand] = SetPinned if flag == "pinned" else SetCollapsed
        commands = [make(self.chart, u, u not in current) for u in unit_ids]
        if flag == "collapsed":
            commands = [
                c
                for c, u in zip(commands, unit_ids, strict=True)
                if u in current or self.chart.direct_reports(u)
            ]
        if len(commands) == 1:
            self.push(commands[0])
        elif commands:
            toggled = (
                translate("Editing", "Toggle pinned")
                if flag == "pinned"
                else translate("Editing", "Toggle collapsed")
            )
            self.push_all(commands[0].text() if len(commands) == 1 else toggled, commands)
