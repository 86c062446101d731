"""The checks dock: live findings with severity icon, message and citation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDockWidget, QHeaderView, QTreeView, QWidget

from orgeditor.render.painting import draw_badge
from orgeditor.render.theme import get_theme

__all__ = ["ChecksDock", "FindingLike", "severity_icon"]

UNITS_ROLE = Qt.ItemDataRole.UserRole + 1


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


_ICONS: dict[str, QIcon] = {}


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


class ChecksDock(QDockWidget):
    """Findings as rows; activating one emits ``finding_activated(unit_ids)``."""

    finding_activated = Signal(list)

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
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.setWidget(self.view)
        self.findings: list[FindingLike] = []
        self.message = ""

    def set_findings(self, findings: Sequence[FindingLike], message: str = "") -> None:
        """Show *findings* (rebuilding only when they changed)."""
        if list(findings) == self.findings and message == self.message:
            return
        self.findings, self.message = list(findings), message
        self.model.removeRows(0, self.model.rowCount())
        if message:
            item = QStandardItem(severity_icon("warning"), message)
            item.setEditable(False)
            self.model.appendRow([item, QStandardItem(""), QStandardItem("")])
        for finding in findings:
            text = QStandardItem(severity_icon(finding.severity), finding.message)
            text.setToolTip(f"{finding.severity}: {finding.message}")
            text.setData(list(finding.units), UNITS_ROLE)
            cite = QStandardItem(finding.cite)
            rule = QStandardItem(finding.rule)
            for item in (text, cite, rule):
                item.setEditable(False)
            self.model.appendRow([text, cite, rule])
        counts = self.counts()
        self.setWindowTitle(f"Checks — {counts['error']} errors, {counts['warning']} warnings")

    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for finding in self.findings:
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
        return counts

    def _activated(self, index: QModelIndex) -> None:
        units = self.model.index(index.row(), 0).data(UNITS_ROLE)
        if units:
            self.finding_activated.emit(list(units))
