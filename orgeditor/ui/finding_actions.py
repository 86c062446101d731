"""What a finding in the checks dock leads to: its quick fixes, applied as undoable commands
(asking a departure's reason and citation first), and the note at the paragraph it cites.

:func:`connect_finding_actions` gives the dock its fixes (computed when a finding's menu opens,
never for every finding: finding them runs the checks on trial copies of the chart) and turns
its requests into commands on the document and into the note viewer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from orgeditor.commands import ApplyQuickFix
from orgeditor.rules.engine import rulebooks_for, rules_of
from orgeditor.rules.findings import Finding
from orgeditor.rules.quickfix import DepartureAdd, QuickFix, fixes_for
from orgeditor.rules.source import RulebookError
from orgeditor.ui.departure_dialog import DepartureDialog
from orgeditor.ui.docks.checks import ChecksDock, FindingLike
from orgeditor.ui.document import Document
from orgeditor.ui.note_viewer import open_note

__all__ = ["apply_quick_fix", "connect_finding_actions", "quick_fixes"]


def quick_fixes(document: Document, finding: FindingLike) -> list[QuickFix]:
    """The fixes that resolve *finding* on the document's chart ([] when its rulebooks do not load)."""
    if not isinstance(finding, Finding):
        return []
    chart = document.chart
    try:
        rules = rules_of(rulebooks_for(chart))
    except RulebookError:
        return []
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large chart takes a moment
    try:
        # the menu's own "Record as a departure…" serves every finding: one entry, not two
        return [fix for fix in fixes_for(finding, chart, rules) if fix.action != "record-departure"]
    finally:
        QGuiApplication.restoreOverrideCursor()


def apply_quick_fix(
    document: Document, fix: QuickFix, parent: QWidget | None = None
) -> DepartureDialog | None:
    """Apply *fix* as one undoable step; a fix that needs a departure's reason and citation asks
    for them first with the departure dialog (returned, window-modal) and applies on OK."""
    chart = document.chart
    if not fix.needs:
        document.push(ApplyQuickFix(chart, fix))
        return None
    units = next((e.departure.units for e in fix.edits if isinstance(e, DepartureAdd)), fix.units)
    dialog = DepartureDialog(chart, fix.rule, units, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def apply() -> None:
        if document.chart is chart:  # the document did not change while the dialog was open
            departure = dialog.departure()
            document.push(ApplyQuickFix(chart, fix.completed(reason=departure.reason, cite=departure.cite)))

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog


def connect_finding_actions(checks: ChecksDock, document: Document, parent: QWidget | None = None) -> None:
    """Give *checks* the document's quick fixes and open what its findings ask for over *parent*."""
    checks.fixes_provider = lambda finding: quick_fixes(document, finding)
    checks.quick_fix_requested.connect(lambda _finding, fix: apply_quick_fix(document, fix, parent))
    checks.note_requested.connect(lambda anchor: open_note(parent, anchor))
