"""The checks dock: live findings with severity icon, message and citation, and the note's
paragraph a finding cites (in its tool tip, and in full under the list for the selected one).

A finding's context menu (or Ctrl+. / Alt+Enter on the selected finding) offers its quick
fixes (computed when the menu opens, by the function given as :attr:`ChecksDock.fixes_provider`),
records it as a sanctioned departure (SPEC §6.3), removes the departure behind it, removes a
departure that matches no finding, or opens the cited paragraph in the note. The dock only
emits signals; the window turns them into commands.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QMenu,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from orgeditor.model import Departure
from orgeditor.render.diagram import legend_word
from orgeditor.render.painting import draw_badge
from orgeditor.render.theme import get_theme
from orgeditor.rules.note import Passage, paragraph
from orgeditor.rules.quickfix import QuickFix
from orgeditor.ui.i18n import plural, translate

__all__ = [
    "UNUSED_DEPARTURE",
    "ChecksDock",
    "FindingLike",
    "departure_icon",
    "departure_tip",
    "finding_tip",
    "passages_html",
    "severity_icon",
    "trimmed",
    "unused_departure_of",
]

UNITS_ROLE = Qt.ItemDataRole.UserRole + 1
#: The rule that reports a departure matching no finding.
UNUSED_DEPARTURE = "chart.unused-departure"
#: The longest passage text a finding's tool tip shows (cut at a word, with "…").
TIP_CHARS = 320
#: The longest quick fix label a menu shows (the whole label is its tool tip).
MENU_CHARS = 90
#: The keys that open the selected finding's menu of fixes.
FIXES_KEYS = ("Ctrl+.", "Alt+Return", "Alt+Enter")


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
#: The columns as wide as their widest row: Cite and Rule.
_FITTED = (1, 2)


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
        return translate("ChecksDock", "{severity}: {message}").format(
            severity=legend_word(finding.severity), message=finding.message
        )
    otherwise = legend_word(finding.severity_without_departure or finding.severity)
    return translate("ChecksDock", "Departure: {reason} ({cite}); otherwise {severity}\n{message}").format(
        reason=departure.reason, cite=departure.cite, severity=otherwise, message=finding.rule_message
    )


def unused_departure_of(
    finding: FindingLike, findings: Sequence[FindingLike], departures: Sequence[Departure]
) -> Departure | None:
    """The departure a ``chart.unused-departure`` *finding* reports (it carries it), if it is
    still one of the chart's *departures*; None for any other finding."""
    concerns = finding.concerns
    if finding.rule != UNUSED_DEPARTURE or concerns is None or concerns not in departures:
        return None
    return concerns


def trimmed(text: str, limit: int = TIP_CHARS) -> str:
    """*text* cut at the last word that fits in *limit* characters, with "…" when cut.

    >>> trimmed("one two three", 8)
    'one two…'
    """
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.") + "…"


def finding_tip(finding: FindingLike, passages: Sequence[Passage] | None = None) -> str:
    """The tool tip of a finding's row: :func:`departure_tip`, then the text of the note's
    paragraph it cites (the first one, trimmed to a readable length)."""
    tip = departure_tip(finding)
    cited = paragraph(finding.cite) if passages is None else passages
    if cited:
        tip += f"\n\n{cited[0].cite}: {trimmed(cited[0].text.replace('**', ''))}"
    return tip


def passages_html(finding: FindingLike, passages: Sequence[Passage] | None = None) -> str:
    """The passages of the note *finding* cites, in full, each under its ¶ heading linked to
    its place in the note (``note:p9``); a line saying so when it cites none."""
    cited = paragraph(finding.cite) if passages is None else passages
    if not cited:
        if finding.cite:
            text = translate("ChecksDock", "This finding cites “{cite}” of the note.").format(
                cite=finding.cite
            )
        else:
            text = translate("ChecksDock", "This finding cites no paragraph of the note.")
        return f"<p><i>{html.escape(text)}</i></p>"
    parts = [
        f'<p style="margin: 0 0 2px 0"><b><a href="note:{p.anchor}">{html.escape(p.cite)}</a></b></p>'
        f'<p style="margin: 0 0 8px 0">{html.escape(p.text).replace("**", "")}</p>'
        for p in cited
    ]
    return "".join(parts)


class ChecksDock(QDockWidget):
    """Findings as rows; activating one emits ``finding_activated(unit_ids)``; the selected
    one's cited passages show under the list (:attr:`note_panel`).

    Its context menu emits ``quick_fix_requested(finding, fix)`` (apply one of the fixes
    :attr:`fixes_provider` offers), ``departure_requested(finding)`` (record the finding as a
    departure), ``departure_removal_requested(departure)`` (remove that departure) and
    ``note_requested(anchor)`` (show the note at that paragraph, as a link in the panel does).
    """

    finding_activated = Signal(list)
    quick_fix_requested = Signal(object, object)
    departure_requested = Signal(object)
    departure_removal_requested = Signal(object)
    note_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checks"))
        self.setObjectName("checksDock")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Finding"), self.tr("Cite"), self.tr("Rule")])
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
        # Cite and Rule as wide as their widest row, measured only on the rows an edit
        # inserts: Qt's ResizeToContents measures up to 1,000 rows' text after every edit
        # (a quarter of a move's round trip with hundreds of findings)
        for column in _FITTED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.note_panel = QTextBrowser()
        self.note_panel.setObjectName("findingNote")
        self.note_panel.setOpenLinks(False)
        self.note_panel.anchorClicked.connect(self._note_link)
        self.note_panel.setPlaceholderText(self.tr("The paragraph a finding cites shows here."))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("checksSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.note_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setWidget(self.splitter)
        #: finding -> the quick fixes to offer in its menu (None: no quick fixes)
        self.fixes_provider: Callable[[FindingLike], Sequence[QuickFix]] | None = None
        self.fixes_action = QAction(self.tr("&Quick Fixes…"), self)
        self.fixes_action.setObjectName("quick_fixes")
        self.fixes_action.setShortcuts([QKeySequence(k) for k in FIXES_KEYS])
        self.fixes_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.fixes_action.setStatusTip(self.tr("Open the selected finding's menu of quick fixes"))
        self.fixes_action.triggered.connect(lambda _=False: self.open_current_menu())
        self.view.addAction(self.fixes_action)
        self.findings: list[FindingLike] = []
        self._counts: dict[str, int] | None = None  # of :attr:`findings`, by severity
        self.departures: tuple[Departure, ...] = ()
        self.message = ""
        self.shown_finding: FindingLike | None = None
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_note())

    def set_findings(
        self, findings: Sequence[FindingLike], message: str = "", departures: Sequence[Departure] = ()
    ) -> None:
        """Show *findings*, errors first, then warnings, then the rest, each in rule order
        (rebuilding only when they changed); *departures* are the chart's."""
        self.departures = tuple(departures)
        findings = sorted(findings, key=lambda f: _SEVERITY_RANK.get(f.severity, len(_SEVERITY_RANK)))
        if findings == self.findings and message == self.message:
            return
        if message != self.message:  # the rulebook's message row, above the findings
            if self.message:
                self.model.removeRow(0)
            if message:
                item = QStandardItem(severity_icon("warning"), message)
                item.setEditable(False)
                self.model.insertRow(0, [item, _cell(""), _cell("")])
            self.message = message
        # An edit changes a few findings: only the rows between the unchanged head and tail
        # are replaced, so a chart with thousands of findings keeps its rows, its selection
        # and its scroll position, and an edit costs what it changed.
        old = self.findings
        head = 0
        limit = min(len(old), len(findings))
        while head < limit and old[head] == findings[head]:
            head += 1
        tail = 0
        while tail < limit - head and old[-1 - tail] == findings[-1 - tail]:
            tail += 1
        self.findings, self._counts = findings, None
        offset = 1 if message else 0
        removed = len(old) - head - tail
        if removed:
            self.model.removeRows(offset + head, removed)
        for number in range(head, len(findings) - tail):
            self.model.insertRow(offset + number, _finding_row(findings[number]))
        everything = head == 0 and tail == 0
        self._fit_columns(range(offset + head, offset + len(findings) - tail), narrow=everything)
        counts = self.counts()
        errors, warnings = counts["error"], counts["warning"]
        self.setWindowTitle(
            self.tr("Checks — {errors}, {warnings}").format(
                errors=plural(self.tr("%n error(s)", "", errors), errors),
                warnings=plural(self.tr("%n warning(s)", "", warnings), warnings),
            )
        )
        self._show_note()

    def _fit_columns(self, rows: range, *, narrow: bool) -> None:
        """Widen Cite and Rule to fit *rows* (just inserted); with *narrow*, every row was
        replaced and the columns fit them alone (they never narrow on an edit: no jumping)."""
        header, view, model = self.view.header(), self.view, self.model
        for column in _FITTED:
            width = header.sectionSizeHint(column) if narrow else header.sectionSize(column)
            for row in rows:
                width = max(width, view.sizeHintForIndex(model.index(row, column)).width())
            if width != header.sectionSize(column):
                header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's
        """The note beside the list in a wide dock (at the bottom), under it in a tall one."""
        super().resizeEvent(event)
        size = event.size()
        wide = size.width() > 2 * size.height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            length = size.width() if wide else size.height()
            self.splitter.setSizes([length * 2 // 3, length - length * 2 // 3])

    def counts(self) -> dict[str, int]:
        """How many findings of each severity are shown (error, warning and info at least)."""
        if self._counts is None:  # counted once per change of the findings, not per question
            self._counts = {"error": 0, "warning": 0, "info": 0}
            for finding in self.findings:
                self._counts[finding.severity] = self._counts.get(finding.severity, 0) + 1
        return dict(self._counts)

    def finding_at(self, row: int) -> FindingLike | None:
        """The finding shown in *row* (None for the rulebook message or no row)."""
        number = row - (1 if self.message else 0)
        return self.findings[number] if 0 <= number < len(self.findings) else None

    def menu_for(self, finding: FindingLike) -> QMenu:
        """The context menu of *finding*'s row (its actions emit the dock's signals)."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        fixes = list(self.fixes_provider(finding)) if self.fixes_provider is not None else []
        for number, fix in enumerate(fixes):
            apply = menu.addAction(trimmed(fix.label, MENU_CHARS).replace("&", "&&"))
            apply.setObjectName("quickFix")
            apply.setData(number)
            how = (
                self.tr("Asks for the departure's reason and citation first")
                if fix.needs
                else self.tr("Applied as one step: Edit ▸ Undo takes it back")
            )
            apply.setToolTip(f"{fix.label}\n{how}" if len(fix.label) > MENU_CHARS else how)
            if number == 0:
                font = apply.font()
                font.setBold(True)
                apply.setFont(font)
            apply.triggered.connect(lambda _=False, fix=fix: self.quick_fix_requested.emit(finding, fix))
        if fixes:
            menu.addSeparator()
        record = menu.addAction(self.tr("Record as a departure…"))
        record.setObjectName("recordDeparture")
        why_not = (
            self.tr("already a departure")
            if finding.departure is not None
            else self.tr("an unused departure")
            if finding.rule == UNUSED_DEPARTURE
            else self.tr("names no unit")
            if not finding.units
            else ""
        )
        if why_not:
            record.setEnabled(False)
            record.setText(self.tr("Record as a departure ({reason})").format(reason=why_not))
            record.setToolTip(
                self.tr("This finding cannot be recorded as a departure: {reason}").format(reason=why_not)
            )
        else:
            record.setToolTip(self.tr("Say that this chart departs from the rule here on purpose, and why"))
            record.triggered.connect(lambda: self.departure_requested.emit(finding))
        departure = finding.departure
        if departure is not None:
            remove = menu.addAction(self.tr("Remove departure"))
            remove.setObjectName("removeDeparture")
            remove.setToolTip(
                self.tr("Remove the departure ({cite}): the finding counts again").format(cite=departure.cite)
            )
            remove.triggered.connect(lambda: self.departure_removal_requested.emit(departure))
        if finding.rule == UNUSED_DEPARTURE:
            unused = unused_departure_of(finding, self.findings, self.departures)
            remove_unused = menu.addAction(self.tr("Remove unused departure"))
            remove_unused.setObjectName("removeUnusedDeparture")
            if unused is None:
                remove_unused.setEnabled(False)
                remove_unused.setToolTip(self.tr("The departure this finding reports cannot be told apart"))
            else:
                remove_unused.setToolTip(
                    self.tr("Remove the departure from {rule} ({cite})").format(
                        rule=unused.rule, cite=unused.cite
                    )
                )
                remove_unused.triggered.connect(lambda: self.departure_removal_requested.emit(unused))
        cited = paragraph(finding.cite)
        if cited:
            note = menu.addAction(self.tr("Open {cite} in the note").format(cite=cited[0].cite))
            note.setObjectName("openNote")
            note.setToolTip(self.tr("Read the paragraph this finding cites in the Secretary-General's note"))
            note.triggered.connect(lambda: self.note_requested.emit(cited[0].anchor))
        menu.addSeparator()
        copy = menu.addAction(self.tr("Copy message"))
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

    def current_finding(self) -> FindingLike | None:
        """The finding of the current (selected) row, if any."""
        index = self.view.currentIndex()
        return self.finding_at(index.row()) if index.isValid() else None

    def open_current_menu(self) -> QMenu | None:
        """Open the current finding's menu (its quick fixes first) under its row (Ctrl+.)."""
        index = self.view.currentIndex()
        finding = self.current_finding()
        if finding is None:
            return None
        menu = self.menu_for(finding)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
        if first is not None:
            menu.setActiveAction(first)
        at = self.view.visualRect(index.siblingAtColumn(0)).bottomLeft()
        menu.popup(self.view.viewport().mapToGlobal(at))
        return menu

    def _show_note(self) -> None:
        """Show the cited passages of the current finding in the panel under the list."""
        finding = self.current_finding()
        if finding is self.shown_finding:
            return
        self.shown_finding = finding
        if finding is None:
            self.note_panel.clear()
            return
        self.note_panel.setHtml(passages_html(finding))

    def _note_link(self, url: QUrl) -> None:
        if url.scheme() == "note":
            self.note_requested.emit(url.path())

    def _activated(self, index: QModelIndex) -> None:
        units = self.model.index(index.row(), 0).data(UNITS_ROLE)
        if units:
            self.finding_activated.emit(list(units))


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def _finding_row(finding: FindingLike) -> list[QStandardItem]:
    """The three cells of *finding*'s row: message (icon, tip, units), cite, rule."""
    icon = severity_icon(finding.severity) if finding.departure is None else departure_icon()
    text = QStandardItem(icon, finding.message)
    text.setEditable(False)
    text.setToolTip(finding_tip(finding))
    text.setData(list(finding.units), UNITS_ROLE)
    return [text, _cell(finding.cite), _cell(finding.rule)]


def _copy(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
