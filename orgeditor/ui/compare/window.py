"""The compare window: two charts on one shared layout, the differences, totals and findings.

Both views show the same scene rectangle and follow each other's zoom and scroll, so a unit
in both charts stands in the same place on both sides. The window opens at a zoom where card
text reads (:data:`READING_ZOOM`), centred on the first change of the story (a merge, split
or succession first, then units added, removed and changed); *Fit* shows both charts whole.
Both charts are judged under the union of their rulebooks (SPEC §6.5), so the findings a
variant resolves show even when the other names no rulebook. Read-only: nothing here edits
a chart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from orgeditor.diff import ChartDiff, FindingRef, diff_charts
from orgeditor.diff.judging import judge
from orgeditor.model import Chart
from orgeditor.render.diagram import legend_word
from orgeditor.render.painting import card_number, worst_severity
from orgeditor.render.theme import Theme, get_theme, theme_for_chart
from orgeditor.ui.compare.differences import FOCUS_ROLE, UNITS_ROLE, DifferencesModel
from orgeditor.ui.compare.items import LINE_COLOURS, STATUS_COLOURS
from orgeditor.ui.compare.lineage import lineage_notes
from orgeditor.ui.compare.report import ReportDialog, report_markdown
from orgeditor.ui.compare.scene import CompareScene, CompareView
from orgeditor.ui.compare.shared import SharedLayout, display_statuses, shared_layout, side_content
from orgeditor.ui.i18n import translate

__all__ = [
    "READING_ZOOM",
    "CompareWindow",
    "chart_findings",
    "findings_header",
    "pair_findings",
    "totals_text",
]

#: The zoom the window opens at, and the most a difference shown is zoomed in to: at 100 %
#: no text of a card is below 9 px (its name and label 11 px and more).
READING_ZOOM = 1.0
_SCENE_MARGIN = 80.0
#: At most this many lines of findings in the header.
HEADER_FINDINGS = 6


def chart_findings(chart: Chart) -> list[Any] | None:
    """The rule findings of *chart*, or None when its rulebooks cannot be loaded."""
    from orgeditor.rules import RulebookError, check_chart  # noqa: PLC0415 - rules are heavier

    try:
        return list(check_chart(chart))
    except RulebookError:
        return None


def pair_findings(chart_a: Chart, chart_b: Chart) -> tuple[list[Any], list[Any]] | None:
    """The findings of both charts under the union of their rulebooks (SPEC §6.5), or None
    when a rulebook cannot be loaded."""
    from orgeditor.rules import RulebookError  # noqa: PLC0415 - rules are heavier

    try:
        return judge(chart_a, chart_b)
    except (RulebookError, ValueError, OSError):
        return None


def _signed(before: int, after: int) -> str:
    delta = after - before
    return ("+" if delta > 0 else "-") + card_number(abs(delta)) if delta else "±0"


def totals_text(diff: ChartDiff) -> str:
    """``Units 72 → 77 (+5) · Posts 1181 → 1181 (±0)`` and the findings counts by severity."""
    (ua, ub), (pa, pb) = diff.totals_units, diff.totals_posts
    parts = [
        translate("CompareWindow", "Units {a} → {b} ({change})").format(
            a=card_number(ua), b=card_number(ub), change=_signed(ua, ub)
        ),
        translate("CompareWindow", "Posts {a} → {b} ({change})").format(
            a=card_number(pa), b=card_number(pb), change=_signed(pa, pb)
        ),
    ]
    words = {
        "error": translate("CompareWindow", "errors {a} → {b}"),
        "warning": translate("CompareWindow", "warnings {a} → {b}"),
        "info": translate("CompareWindow", "info {a} → {b}"),
    }
    if diff.findings_checked:
        ca, cb = diff.findings_counts
        for severity, text in words.items():
            a, b = ca.get(severity, 0), cb.get(severity, 0)
            if a or b:
                parts.append(text.format(a=a, b=b))
    return " · ".join(parts)


def findings_header(diff: ChartDiff) -> list[str]:
    """One line per kind of finding that appeared or went: ``New: error rule (cite) — units``."""
    if not diff.findings_checked:
        return [
            translate("CompareWindow", "Findings not compared (a chart's rulebooks could not be loaded).")
        ]
    if not diff.findings_new and not diff.findings_resolved:
        return [translate("CompareWindow", "Findings: no change.")]

    def label(chart: Chart, unit_id: str) -> str:
        unit = chart.units.get(unit_id)
        return unit.label if unit is not None else unit_id

    lines: list[str] = []
    for kind, refs, chart in (
        (translate("CompareWindow", "New: {finding}"), diff.findings_new, diff.b),
        (translate("CompareWindow", "Resolved: {finding}"), diff.findings_resolved, diff.a),
    ):
        grouped: dict[tuple[str, str, str], list[FindingRef]] = {}
        for ref in refs:
            grouped.setdefault((ref.severity, ref.rule, ref.cite), []).append(ref)
        order = {"error": 0, "warning": 1, "info": 2}
        for (severity, rule, cite), group in sorted(grouped.items(), key=lambda kv: order.get(kv[0][0], 3)):
            units = list(dict.fromkeys(label(chart, u) for ref in group for u in ref.units))
            more = translate("CompareWindow", " and {count} more").format(count=len(units) - 8)
            what = ", ".join(units[:8]) + (more if len(units) > 8 else "")
            what = what or group[0].message
            count = f"{len(group)} × " if len(group) > 1 else ""
            where = f" ({cite})" if cite else ""
            lines.append(kind.format(finding=f"{count}{legend_word(severity)} {rule}{where} — {what}"))
    return lines


def _severities(findings: Iterable[Any] | None, to_union: dict[str, str]) -> dict[str, str]:
    by_unit: dict[str, list[str]] = {}
    for finding in findings or ():
        for uid in getattr(finding, "units", ()):
            by_unit.setdefault(to_union.get(uid, uid), []).append(str(finding.severity))
    return {uid: worst for uid, sevs in by_unit.items() if (worst := worst_severity(sevs)) is not None}


def _swatch(colour: str, text: str, *, line: bool = False) -> str:
    glyph = "━━" if line else "■"
    return f'<span style="color: {colour}; font-weight: bold;">{glyph}</span>&nbsp;{escape(text)}'


class CompareWindow(QMainWindow):
    """Chart A and chart B side by side (or stacked) with the list of their differences."""

    def __init__(
        self,
        chart_a: Chart,
        chart_b: Chart,
        label_a: str = "A",
        label_b: str = "B",
        parent: QWidget | None = None,
        *,
        theme: Theme | None = None,
        layout_method: str = "auto",
        findings: tuple[Sequence[Any], Sequence[Any]] | None = None,
    ) -> None:
        """*findings* (of A and of B) are used when given (the variants panel has them, under
        one rule set); else both charts are judged under the union of their rulebooks."""
        super().__init__(parent)
        self.theme = theme_for_chart(theme or get_theme("screen"), chart_a, chart_b)
        self.labels = (label_a, label_b)
        judged = findings if findings is not None else pair_findings(chart_a, chart_b)
        findings_a, findings_b = judged if judged is not None else (None, None)
        self.diff = diff_charts(
            chart_a,
            chart_b,
            findings_a=findings_a,
            findings_b=findings_b,
            check=judged is not None,
        )
        self.layout_result: SharedLayout = shared_layout(self.diff, method=layout_method)
        statuses = display_statuses(self.diff)
        to_union = {r.old_id: r.new_id for r in self.diff.units_renamed}
        self.lineage = lineage_notes(self.diff)
        self.scene_a = CompareScene(
            self.layout_result,
            side_content(self.diff, "a", statuses),
            self.theme,
            severities=_severities(findings_a, to_union),
            lineage=self.lineage["a"],
            ghost_lineage=self.lineage["b"],
            parent=self,
        )
        self.scene_b = CompareScene(
            self.layout_result,
            side_content(self.diff, "b", statuses),
            self.theme,
            severities=_severities(findings_b, {}),
            lineage=self.lineage["b"],
            ghost_lineage=self.lineage["a"],
            parent=self,
        )
        x, y, w, h = self.layout_result.bounds
        m = _SCENE_MARGIN
        for scene in (self.scene_a, self.scene_b):
            scene.setSceneRect(x - m, y - m, w + 2 * m, h + 2 * m)
        self.view_a = CompareView(self.scene_a)
        self.view_b = CompareView(self.scene_b)
        self.model = DifferencesModel(self.diff, self)
        self._syncing = False
        self._selecting = False
        self._closing = False
        self._build_ui()
        self._link_views()
        self.setWindowTitle(self.tr("Compare — {a} → {b}").format(a=label_a, b=label_b))
        self._fit_screen()

    # ------------------------------------------------------------------ building

    def _fit_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            self.resize(1500, 900)
            return
        area = screen.availableGeometry()
        self.resize(min(1800, area.width() - 40), min(1100, area.height() - 40))

    def _build_ui(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)
        self.totals_label = QLabel(totals_text(self.diff))
        font = self.totals_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.totals_label.setFont(font)
        header = findings_header(self.diff)
        if len(header) > HEADER_FINDINGS:
            rest = len(header) - HEADER_FINDINGS + 1
            more = self.tr("… and {count} more kinds of finding (see the list)").format(count=rest)
            header = [*header[: HEADER_FINDINGS - 1], more]
        self.findings_label = QLabel("<br>".join(escape(line) for line in header))
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legend = " &nbsp; ".join(
            [
                _swatch(STATUS_COLOURS["added"][0], self.tr("added")),
                _swatch(STATUS_COLOURS["removed"][0], self.tr("removed")),
                _swatch(STATUS_COLOURS["changed"][0], self.tr("changed / line moved")),
                _swatch(LINE_COLOURS["added"], self.tr("line only in B"), line=True),
                _swatch(LINE_COLOURS["removed"], self.tr("line only in A"), line=True),
                "&nbsp;┆ " + escape(self.tr("dashed box: a unit only the other chart has")),
            ]
        )
        self.legend_label = QLabel(legend)
        top = QHBoxLayout()
        top.addWidget(self.totals_label, 1)
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.clicked.connect(self.fit_all)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self.view_a.zoom_by(1.25))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self.view_a.zoom_by(0.8))
        self.reading_button = QPushButton("100 %")
        self.reading_button.setToolTip(self.tr("Cards at their reading size (Ctrl+1)"))
        self.reading_button.clicked.connect(self.reading_size)
        self.orientation_button = QPushButton(self.tr("Stack"))
        self.orientation_button.setToolTip(self.tr("Show the charts side by side or one above the other"))
        self.orientation_button.clicked.connect(self.toggle_orientation)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setToolTip(self.tr("The differences as a Markdown report, to read, copy or save"))
        self.report_button.clicked.connect(self.show_report)
        for button in (
            self.fit_button,
            self.reading_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.orientation_button,
            self.report_button,
        ):
            top.addWidget(button)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.view_a.zoom_by(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.view_a.zoom_by(0.8)),
            (QKeySequence("Ctrl+0"), self.fit_all),
            (QKeySequence("Ctrl+1"), self.reading_size),
            (QKeySequence.StandardKey.Close, self.close),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
        self.fit_button.setToolTip(self.tr("Show both charts whole (Ctrl+0)"))
        outer.addLayout(top)
        outer.addWidget(self.findings_label)
        outer.addWidget(self.legend_label)

        self.charts = QSplitter(Qt.Orientation.Horizontal)
        self.charts.addWidget(self._pane("A", self.labels[0], self.diff.a, self.view_a))
        self.charts.addWidget(self._pane("B", self.labels[1], self.diff.b, self.view_b))
        self.charts.setChildrenCollapsible(False)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.expandAll()
        self.tree.selectionModel().selectionChanged.connect(self._on_entry_selected)
        self.tree.clicked.connect(self._on_entry_clicked)
        self._opening_row: QModelIndex | None = None
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.charts)
        self.main_split.addWidget(self.tree)
        self.main_split.setStretchFactor(0, 2)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([1000, 500])
        outer.addWidget(self.main_split, 1)
        self.setCentralWidget(central)
        if self._prefers_stacked():
            self.toggle_orientation()

    def _pane(self, letter: str, label: str, chart: Chart, view: CompareView) -> QWidget:
        pane = QFrame()
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        caption = QLabel(f"<b>{letter}</b> — {escape(label)}: {escape(chart.title)}")
        caption.setToolTip(chart.title)
        caption.setObjectName(f"caption_{letter.lower()}")
        caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column.addWidget(caption)
        column.addWidget(view, 1)
        return pane

    def _prefers_stacked(self) -> bool:
        """Wide charts read better one above the other."""
        _, _, w, h = self.layout_result.bounds
        return w > 2.5 * max(h, 1.0)

    def _link_views(self) -> None:
        for source, target in ((self.view_a, self.view_b), (self.view_b, self.view_a)):
            source.zoom_changed.connect(lambda _z, s=source, t=target: self._follow(s, t))
            source.horizontalScrollBar().valueChanged.connect(
                lambda _v, s=source, t=target: self._follow(s, t)
            )
            source.verticalScrollBar().valueChanged.connect(lambda _v, s=source, t=target: self._follow(s, t))
        self.scene_a.selectionChanged.connect(lambda: self._on_cards_selected(self.scene_a))
        self.scene_b.selectionChanged.connect(lambda: self._on_cards_selected(self.scene_b))

    # ------------------------------------------------------------------ syncing

    def _follow(self, source: CompareView, target: CompareView) -> None:
        """Give *target* the zoom and scroll of *source*."""
        if self._syncing:
            return
        self._syncing = True
        try:
            if target.transform() != source.transform():
                target.setTransform(source.transform())
            if source.viewport().size() == target.viewport().size():
                target.horizontalScrollBar().setValue(source.horizontalScrollBar().value())
                target.verticalScrollBar().setValue(source.verticalScrollBar().value())
            else:
                target.centerOn(source.mapToScene(source.viewport().rect().center()))
        finally:
            self._syncing = False

    def fit_all(self) -> None:
        """Both charts whole (they share one scene rectangle, so one fit serves both)."""
        self._syncing = True
        try:  # each view fitted on its own: a follower's scroll bars would go only later
            self.view_a.fit_all()
            self.view_b.fit_all()
            zoom = min(self.view_a.zoom(), self.view_b.zoom())
            for view in (self.view_a, self.view_b):
                view.set_zoom(zoom)
                view.centerOn(view.sceneRect().center())
        finally:
            self._syncing = False

    def reading_size(self) -> None:
        """Cards at :data:`READING_ZOOM`, keeping the centre of the view (or the selection)."""
        view = self.view_a
        centre = view.mapToScene(view.viewport().rect().center())
        view.set_zoom(READING_ZOOM)
        selected = self.scene_a.selected_units()
        if selected:
            view.centre_on_units(selected[:1])
        else:
            view.centerOn(centre)
        self._follow(self.view_a, self.view_b)

    def open_on_first_change(self) -> None:
        """Zoom to :data:`READING_ZOOM` and centre both charts on the first change of the story
        (its row chosen in the list); with no change, on the top of the chart."""
        view = self.view_a
        view.set_zoom(READING_ZOOM)
        index = self.model.first_change()
        if index is None:
            first = next(iter(self.scene_b.cards.values()), None)
            if first is not None:
                top = first.rect().top() - 40 + view.viewport().height() / 2 / READING_ZOOM
                view.centerOn(first.pos().x(), top)
            self._follow(self.view_a, self.view_b)
            return
        units = tuple(index.data(UNITS_ROLE) or ())
        focus = tuple(index.data(FOCUS_ROLE) or ()) or units
        # the row is marked in the list; the cards keep their status colours (not selected)
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(False)
        self.tree.scrollTo(index)
        self._opening_row = QModelIndex(index)
        cards = [c for s in (self.scene_b, self.scene_a) for u in focus if (c := s.cards.get(u))]
        if cards:
            rect = cards[0].rect()
            for card in cards[1:]:
                rect = rect.united(card.rect())
            visible = view.mapToScene(view.viewport().rect()).boundingRect()
            fits = rect.width() + 40 <= visible.width() and rect.height() + 40 <= visible.height()
            view.centerOn(rect.center() if fits else cards[0].rect().center())
        self._follow(self.view_a, self.view_b)

    def toggle_orientation(self) -> None:
        """Side by side ↔ one above the other."""
        vertical = self.charts.orientation() == Qt.Orientation.Horizontal
        self.charts.setOrientation(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
        self.orientation_button.setText(self.tr("Side by side") if vertical else self.tr("Stack"))
        self.charts.setSizes([1, 1])

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        super().closeEvent(event)
        if event.isAccepted():
            self._closing = True
            for scene in (self.scene_a, self.scene_b):
                scene.selectionChanged.disconnect()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_shown", False):
            self._shown = True
            self.open_on_first_change()

    # ------------------------------------------------------------------ selection

    def select_units(
        self, unit_ids: Sequence[str], *, centre: bool = True, focus: Sequence[str] = ()
    ) -> None:
        """Select *unit_ids* (union ids) on both charts and bring them (or *focus*) into view."""
        self._selecting = True
        try:
            self.scene_a.select_units(unit_ids)
            self.scene_b.select_units(unit_ids)
        finally:
            self._selecting = False
        shown = tuple(focus) or tuple(unit_ids)
        if centre and shown:
            view = self.view_a
            cards = [c for s in (self.scene_a, self.scene_b) for u in shown if (c := s.cards.get(u))]
            if cards and view.zoom() < READING_ZOOM:
                rect = cards[0].rect()
                for card in cards[1:]:
                    rect = rect.united(card.rect())
                fit = min(
                    view.viewport().width() / (rect.width() + 120),
                    view.viewport().height() / (rect.height() + 120),
                )
                view.set_zoom(min(READING_ZOOM, max(fit, view.zoom())))
            view.centre_on_units(shown)
            self._follow(self.view_a, self.view_b)

    def _on_entry_clicked(self, index: QModelIndex) -> None:
        """A click on the row the window opened on (already selected) shows it too."""
        if self._opening_row is not None and index == self._opening_row:
            self._opening_row = None
            self.show_entry(index)

    def _on_entry_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._opening_row = None
        indexes = selected.indexes()
        if not indexes:
            return
        self.show_entry(indexes[0])

    def show_entry(self, index: QModelIndex) -> None:
        """Select and centre the units of the difference at *index*."""
        units = index.data(UNITS_ROLE) or ()
        if units:
            self.select_units(tuple(units), focus=tuple(index.data(FOCUS_ROLE) or ()))

    def _on_cards_selected(self, scene: CompareScene) -> None:
        if self._selecting or self._closing:
            return
        units = scene.selected_units()
        other = self.scene_b if scene is self.scene_a else self.scene_a
        self._selecting = True
        try:
            other.select_units(units)
            if len(units) == 1:
                rows = self.model.rows_naming(units[0])
                if rows:
                    self.tree.selectionModel().blockSignals(True)
                    self.tree.setCurrentIndex(rows[0].index())
                    self.tree.selectionModel().blockSignals(False)
                    self.tree.viewport().update()
        finally:
            self._selecting = False

    # ------------------------------------------------------------------ report

    def report_markdown(self) -> str:
        """The Markdown report of the comparison (as ``orgeditor diff --format markdown``)."""
        return report_markdown(self.diff)

    def show_report(self) -> ReportDialog:
        """Open the report dialog (read, copy, save)."""
        dialog = ReportDialog(self.report_markdown(), self._report_name(), self)
        dialog.show()
        self.report_dialog = dialog
        return dialog

    def _report_name(self) -> str:
        a, b = (Path(label).stem or "a" for label in self.labels)
        return f"{a}-vs-{b}.md"
