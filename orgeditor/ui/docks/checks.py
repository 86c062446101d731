"""The checks dock: live findings with severity icon, message and citation.

A finding's context menu records it as a sanctioned departure (SPEC §6.3), removes the
departure behind it, or removes a departure that matches no finding. The dock only emits
signals; the window turns them into commands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMenu, QTreeView, QWidget

from orgeditor.model import Departure
from orgeditor.render.painting import draw_badge
from orgeditor.render.theme import get_theme

__all__ = [
    "UNUSED_DEPARTURE",
    "ChecksDock",
    "FindingLike",
    "departure_icon",
    "departure_tip",
    "severity_icon",
    "unused_departure_of",
]

UNITS_ROLE = Qt.ItemDataRole.UserRole + 1
#: The index of a row's finding in :attr:`ChecksDock.findings` (absent on the message row).
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2
#: The rule that reports a departure matching no finding.
UNUSED_DEPARTURE = "chart.unused-departure"
#: The departure badge's colour: a sanctioned green, apart from every severity's colour.


class FindingLike(Protocol):
    """What the dock needs of a finding (see ``orgeditor.rules``)."""

    @property
    def rule(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def cite(self) -> str: ...
    @property
    def units(self) -> tuple[str, ...]: ...
    @property
    def departure(self) -> Departure | None: ...
    @property
    def severity_without_departure(self) -> str | None: ...
    @property
    def concerns(self) -> Departure | None: ...
    @property
    def rule_message(self) -> str: ...


_ICONS: dict[str, QIcon] = {}
#: Rows are listed most serious first, as the command line lists them.
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def severity_icon(severity: str) -> QIcon:
    """The badge of *severity* as an icon (the same drawing as on the cards)."""
    icon = _ICONS.get(severity)
    if icon is None:
        pixmap = QPixmap(20, 20)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        draw_badge(painter, QPointF(10, 10), severity, get_theme("screen"))
        painter.end()
        icon = _ICONS[severity] = QIcon(pixmap)
    return icon


def departure_icon() -> QIcon:
    """The badge of a finding a departure covers, as on the cards: a rounded square with a
    tick (the info badge is a circle with an "i")."""
    return severity_icon("departure")


def departure_tip(finding: FindingLike) -> str:
    """The tool tip of a finding: its severity and message, or for one a departure covers
    ``Departure: reason (cite); otherwise <severity>`` above the rule's message."""
    departure = finding.departure
    if departure is None:
        return f"{finding.severity}: {finding.message}"
    otherwise = finding.severity_without_departure or finding.severity
    message = finding.rule_message
    return f"Departure: {departure.reason} ({departure.cite}); otherwise {otherwise}\n{message}"


def unused_departure_of(
    finding: FindingLike, findings: Sequence[FindingLike], departures: Sequence[Departure]
) -> Departure | None:
    """The departure a ``chart.unused-departure`` *finding* reports (it carries it), if it is
    still one of the chart's *departures*; None for any other finding."""
    concerns = finding.concerns
    if finding.rule != UNUSED_DEPARTURE or concerns is None or concerns not in departures:
        return None
    return concerns


class ChecksDock(QDockWidget):
    """Findings as rows; activating one emits ``finding_activated(unit_ids)``.

    Its context menu emits ``departure_requested(finding)`` (record the finding as a
    departure) and ``departure_removal_requested(departure)`` (remove that departure).
    """

    finding_activated = Signal(list)
    departure_requested = Signal(object)
    departure_removal_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Checks", parent)
        self.setObjectName("checksDock")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(["Finding", "Cite", "Rule"])
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.setWidget(self.view)
        self.findings: list[FindingLike] = []
        self.departures: tuple[Departure, ...] = ()
        self.message = ""

    def set_findings(
        self, findings: Sequence[FindingLike], message: str = "", departures: Sequence[Departure] = ()
    ) -> None:
        """Show *findings*, errors first, then warnings, then the rest, each in rule order
        (rebuilding only when they changed); *departures* are the chart's."""
        self.departures = tuple(departures)
        findings = sorted(findings, key=lambda f: _SEVERITY_RANK.get(f.severity, len(_SEVERITY_RANK)))
        if findings == self.findings and message == self.message:
            return
        self.findings, self.message = findings, message
        self.model.removeRows(0, self.model.rowCount())
        if message:
            item = QStandardItem(severity_icon("warning"), message)
            item.setEditable(False)
            self.model.appendRow([item, QStandardItem(""), QStandardItem("")])
        for number, finding in enumerate(findings):
            icon = severity_icon(finding.severity) if finding.departure is None else departure_icon()
            text = QStandardItem(icon, finding.message)
            text.setToolTip(departure_tip(finding))
            text.setData(list(finding.units), UNITS_ROLE)
            text.setData(number, FINDING_ROLE)
            cite = QStandardItem(finding.cite)
            rule = QStandardItem(finding.rule)
            for item in (text, cite, rule):
                item.setEditable(False)
            self.model.appendRow([text, cite, rule])
        counts = self.counts()
        errors, warnings = counts["error"], counts["warning"]
        self.setWindowTitle(
            f"Checks — {errors} error{'' if errors == 1 else 's'}, "
            f"{warnings} warning{'' if warnings == 1 else 's'}"
        )

    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for finding in self.findings:
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
        return counts

    def finding_at(self, row: int) -> FindingLike | None:
        """The finding shown in *row* (None for the rulebook message or no row)."""
        number = self.model.index(row, 0).data(FINDING_ROLE)
        return self.findings[number] if isinstance(number, int) else None

    def menu_for(self, finding: FindingLike) -> QMenu:
        """The context menu of *finding*'s row (its actions emit the dock's signals)."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        record = menu.addAction("Record as a departure…")
        record.setObjectName("recordDeparture")
        why_not = (
            "already a departure"
            if finding.departure is not None
            else "an unused departure"
            if finding.rule == UNUSED_DEPARTURE
            else "names no unit"
            if not finding.units
            else ""
        )
        if why_not:
            record.setEnabled(False)
            record.setText(f"Record as a departure ({why_not})")
            record.setToolTip(f"This finding cannot be recorded as a departure: {why_not}")
        else:
            record.setToolTip("Say that this chart departs from the rule here on purpose, and why")
            record.triggered.connect(lambda: self.departure_requested.emit(finding))
        departure = finding.departure
        if departure is not None:
            remove = menu.addAction("Remove departure")
            remove.setObjectName("removeDeparture")
            remove.setToolTip(f"Remove the departure ({departure.cite}): the finding counts again")
            remove.triggered.connect(lambda: self.departure_removal_requested.emit(departure))
        if finding.rule == UNUSED_DEPARTURE:
            unused = unused_departure_of(finding, self.findings, self.departures)
            remove_unused = menu.addAction("Remove unused departure")
            remove_unused.setObjectName("removeUnusedDeparture")
            if unused is None:
                remove_unused.setEnabled(False)
                remove_unused.setToolTip("The departure this finding reports cannot be told apart")
            else:
                remove_unused.setToolTip(f"Remove the departure from {unused.rule} ({unused.cite})")
                remove_unused.triggered.connect(lambda: self.departure_removal_requested.emit(unused))
        menu.addSeparator()
        copy = menu.addAction("Copy message")
        copy.setObjectName("copyMessage")
        copy.triggered.connect(lambda: _copy(finding.message))
        return menu

    def _show_menu(self, at: QPoint) -> None:
        finding = self.finding_at(self.view.indexAt(at).row())
        if finding is None:
            return
        menu = self.menu_for(finding)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(at))

    def _activated(self, index: QModelIndex) -> None:
        units = self.model.index(index.row(), 0).data(UNITS_ROLE)
        if units:
            self.finding_activated.emit(list(units))


def _copy(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
