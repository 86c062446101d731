"""Recording a finding as a sanctioned departure (SPEC §6.3): the dialog asking why, and the
wiring from the checks dock's requests to undoable commands."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands import RecordDeparture, RemoveDeparture
from orgeditor.model import Chart, Departure
from orgeditor.model.display import printable
from orgeditor.model.limits import MAX_TEXT
from orgeditor.ui.docks.checks import ChecksDock, FindingLike
from orgeditor.ui.document import Document

__all__ = ["DepartureDialog", "ask_departure", "connect_departures", "unit_names"]


def unit_names(chart: Chart, unit_ids: Sequence[str]) -> list[str]:
    """The units' names as the chart shows them (short name first); an id the chart lacks as
    itself."""
    units = chart.units
    return [printable(units[u].label if u in units else u) for u in unit_ids]


class DepartureDialog(QDialog):
    """Asks the reason and citation of a departure from *rule* for *unit_ids*; OK stays
    disabled until both are given. :meth:`departure` is the result."""

    def __init__(
        self, chart: Chart, rule: str, unit_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("departureDialog")
        self.setWindowTitle(self.tr("Record as a departure"))
        self.rule, self.unit_ids = rule, tuple(unit_ids)
        intro = QLabel(
            self.tr(
                "The chart departs from this rule on purpose, by a later decision. Its finding for "
                "these units is then reported as a note."
            )
        )
        intro.setWordWrap(True)
        self.rule_label = QLabel(f"<code>{html.escape(printable(rule))}</code>")
        self.units_label = QLabel(html.escape(", ".join(unit_names(chart, self.unit_ids))))
        self.units_label.setWordWrap(True)
        self.units_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("departureReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. Special political missions led by DPPA"))
        self.cite_edit = QLineEdit()
        self.cite_edit.setObjectName("departureCite")
        self.cite_edit.setPlaceholderText(self.tr("e.g. GA res 72/262 C"))
        for edit in (self.reason_edit, self.cite_edit):
            edit.setMaxLength(MAX_TEXT)
            edit.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.tr("Rule:"), self.rule_label)
        form.addRow(self.tr("Units:"), self.units_label)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.tr("&Citation:"), self.cite_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update_ok()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self) -> None:
        filled = bool(self.reason_edit.text().strip() and self.cite_edit.text().strip())
        self.ok_button.setEnabled(filled)

    def accept(self) -> None:
        if self.ok_button.isEnabled():  # Enter in a field does not accept a half-filled dialog
            super().accept()

    def departure(self) -> Departure:
        """The departure as filled in (reason and citation trimmed)."""
        reason, cite = self.reason_edit.text().strip(), self.cite_edit.text().strip()
        return Departure(self.rule, self.unit_ids, reason, cite)


def ask_departure(document: Document, finding: FindingLike, parent: QWidget | None = None) -> DepartureDialog:
    """Open the dialog for *finding* (window-modal); OK records the departure as one undo step."""
    chart = document.chart
    dialog = DepartureDialog(chart, finding.rule, finding.units, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def record() -> None:
        if document.chart is chart:  # the document did not change while the dialog was open
            document.push(RecordDeparture(chart, dialog.departure()))

    dialog.accepted.connect(record)
    dialog.open()
    return dialog


def connect_departures(checks: ChecksDock, document: Document, parent: QWidget | None = None) -> None:
    """Turn the checks dock's departure requests into dialogs (over *parent*) and commands."""
    checks.departure_requested.connect(lambda finding: ask_departure(document, finding, parent))
    checks.departure_removal_requested.connect(
        lambda departure: document.push(RemoveDeparture(document.chart, departure))
    )
