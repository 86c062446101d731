"""The variants panel (File ▸ Compare Variants…): several variants weighed under one rule set.

A window of its own showing, for the variants in order (lettered A, B, C …):

- the **provisions grid**: each paragraph of the note the rules cite × each variant, pass /
  fail / departure / n/a (:mod:`orgeditor.ui.compare.variants_tables`);
- the **totals** side by side: units, posts, senior posts, standard cost, posts by grade and
  by funding source;
- the **story** between each variant and the next (merges, splits, missions, posts …).

Choosing two variants (select their columns, then *Compare these two*, or a pair's link in
the story) opens the side-by-side compare window on them. The files are loaded and checked on
a worker thread (:mod:`orgeditor.ui.compare.variants_job`) while the panel shows progress; a
file that does not load is named in the panel with its line and column.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from orgeditor.compare import Comparison, to_markdown
from orgeditor.compare.report import column_letters
from orgeditor.ui.compare.report import ReportDialog
from orgeditor.ui.compare.variants_job import VariantsJob, VariantSource
from orgeditor.ui.compare.variants_tables import ProvisionsGrid, TotalsTable, story_html
from orgeditor.ui.compare.window import CompareWindow

__all__ = ["VariantsPanel", "open_variants_panel"]

_HINT: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "VariantsPanel",
    "To see two variants side by side, select their columns (click a heading, Ctrl+click "
    "another) and press <b>Compare these two</b>, or open a pair from the story.",
)


def _labels(sources: Sequence[VariantSource]) -> list[str]:
    """What each variant is called: its file name, its path when two names are the same."""
    names = [s.label for s in sources]
    return [s.label if names.count(s.label) == 1 else s.key for s in sources]


class VariantsPanel(QMainWindow):
    """The grid, totals and story of several variants; opens pairs side by side."""

    #: The comparison is shown.
    ready = Signal()
    #: A variant did not load (the message names its file, line and column).
    failed = Signal(str)

    def __init__(
        self, sources: Sequence[VariantSource], parent: QWidget | None = None, *, start: bool = True
    ) -> None:
        super().__init__(parent)
        self.sources = tuple(sources)
        self.labels = _labels(self.sources)
        self.letters = column_letters(len(self.sources))
        self.comparison: Comparison | None = None
        self.error: str | None = None
        self.grid: ProvisionsGrid | None = None
        self.totals: TotalsTable | None = None
        self.pair_windows: list[CompareWindow] = []
        self.report_dialog: ReportDialog | None = None
        self.setWindowTitle(self.tr("Compare variants — {count} variants").format(count=len(self.sources)))
        self._build()
        self._fit_screen()
        for keys, slot in ((QKeySequence.StandardKey.Close, self.close),):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
        self.job = VariantsJob(self.sources)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        if start:
            self.job.start()

    # ------------------------------------------------------------------ building

    def _fit_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            self.resize(1400, 860)
            return
        area = screen.availableGeometry()
        self.resize(min(1500, area.width() - 40), min(940, area.height() - 40))

    def _build(self) -> None:
        central = QWidget(self)
        self.outer = QVBoxLayout(central)
        self.outer.setContentsMargins(8, 6, 8, 6)
        self.outer.setSpacing(6)
        rows = []
        for letter, label, source in zip(self.letters, self.labels, self.sources, strict=True):
            note = self.tr(" <i>(the open document, as it is now)</i>") if source.chart is not None else ""
            rows.append(f"<b>{letter}</b> — {escape(label)}{note}")
        self.variants_label = QLabel(
            self.tr("Variants, compared in this order: {variants}").format(
                variants=" &nbsp;·&nbsp; ".join(rows)
            )
        )
        self.variants_label.setWordWrap(True)
        self.outer.addWidget(self.variants_label)

        self.progress_box = QWidget()
        line = QHBoxLayout(self.progress_box)
        line.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self.tr("Loading the variants…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, len(self.sources) + 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.close)
        line.addWidget(self.progress_label, 1)
        line.addWidget(self.progress_bar, 2)
        line.addWidget(self.cancel_button)
        self.outer.addWidget(self.progress_box)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("QLabel { color: #a50e0e; font-weight: bold; }")
        self.error_label.hide()
        self.outer.addWidget(self.error_label)

        # the grid across the top; below it the totals (left) and the story (right)
        self.content = QSplitter(Qt.Orientation.Vertical)
        self.bottom_split = QSplitter(Qt.Orientation.Horizontal)
        self.grid_box = QGroupBox(self.tr("Provisions of the note (11 September 2017)"))
        self.grid_layout = QVBoxLayout(self.grid_box)
        self.totals_box = QGroupBox(self.tr("Totals"))
        self.totals_layout = QVBoxLayout(self.totals_box)
        self.content.addWidget(self.grid_box)
        self.bottom_split.addWidget(self.totals_box)
        self.story_box = QGroupBox(self.tr("What changes from one variant to the next"))
        story_layout = QVBoxLayout(self.story_box)
        self.story = QTextBrowser()
        self.story.setOpenLinks(False)
        self.story.anchorClicked.connect(self._on_story_link)
        story_layout.addWidget(self.story)
        self.bottom_split.addWidget(self.story_box)
        self.bottom_split.setStretchFactor(1, 1)
        self.content.addWidget(self.bottom_split)
        self.content.setStretchFactor(1, 1)
        self.content.setEnabled(False)
        self.outer.addWidget(self.content, 1)

        bottom = QHBoxLayout()
        self.hint_label = QLabel(self.tr(_HINT))
        self.hint_label.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Compare these two"))
        self.compare_button.setEnabled(False)
        self.compare_button.setToolTip(self.tr("Open the two selected variants side by side"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setToolTip(self.tr("The comparison as a Markdown report, to read, copy or save"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.show_report)
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.compare_button)
        bottom.addWidget(self.report_button)
        self.outer.addLayout(bottom)
        self.setCentralWidget(central)

    # ------------------------------------------------------------------ the job

    def _on_progress(self, step: int, steps: int, what: str) -> None:
        self.progress_bar.setRange(0, steps)
        self.progress_bar.setValue(step)
        self.progress_label.setText(what)

    def _on_failed(self, message: str) -> None:
        self.error = message
        self.progress_box.hide()
        self.error_label.setText(self.tr("The variants cannot be compared:") + f"\n{message}")
        self.error_label.setToolTip(message)
        self.error_label.show()
        self.setWindowTitle(self.tr("Compare variants — a file does not load"))
        self.failed.emit(message)

    def _on_finished(self, comparison: Comparison) -> None:
        self.show_comparison(comparison)

    def show_comparison(self, comparison: Comparison) -> None:
        """Fill the grid, the totals and the story."""
        self.comparison = comparison
        self.progress_box.hide()
        self.grid = ProvisionsGrid(comparison, self.labels)
        self.totals = TotalsTable(comparison, self.labels)
        self.grid_layout.addWidget(self.grid)
        self.totals_layout.addWidget(self.totals)
        self.grid.show()
        self.totals.show()
        for table in (self.grid, self.totals):
            table.selectionModel().selectionChanged.connect(lambda *_a, t=table: self._on_columns(t))
        self.story.setHtml(story_html(comparison, self.labels))
        self.content.setEnabled(True)
        self.report_button.setEnabled(True)
        self._share_room()
        self.ready.emit()

    def _share_room(self) -> None:
        """The grid as tall as its rows (all of them in view), the totals as wide as their
        columns; the story takes the rest."""
        if self.grid is None or self.totals is None:
            return
        grid, totals = self.grid, self.totals
        grid_height = grid.horizontalHeader().sizeHint().height() + 2 * grid.frameWidth()
        grid_height += sum(grid.sizeHintForRow(r) for r in range(grid.rowCount()))
        grid_height += grid.horizontalScrollBar().sizeHint().height() + 40  # the box's title
        total = max(self.content.height(), 400)
        self.content.setSizes([grid_height, max(240, total - grid_height)])
        totals.resizeColumnsToContents()
        width = totals.verticalHeader().sizeHint().width() + 2 * totals.frameWidth() + 40
        width += sum(totals.columnWidth(c) for c in range(totals.columnCount()))
        width += totals.verticalScrollBar().sizeHint().width()
        room = max(self.bottom_split.width(), 600)
        self.bottom_split.setSizes([min(width, room * 2 // 3), max(300, room - width)])

    # ------------------------------------------------------------------ choosing

    def _on_columns(self, table: ProvisionsGrid | TotalsTable) -> None:
        """Selecting columns in one table selects them in the other; two enable the button."""
        chosen = table.selected_variants()
        other = self.totals if table is self.grid else self.grid
        if other is not None and other.selected_variants() != chosen:
            other.blockSignals(True)
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            for column in chosen:
                self._select_column(other, column)
            other.selectionModel().blockSignals(False)
            other.blockSignals(False)
            other.viewport().update()
        self.compare_button.setEnabled(len(chosen) == 2)
        if len(chosen) == 2:
            a, b = chosen
            self.compare_button.setText(
                self.tr("Compare {a} and {b}").format(a=self.letters[a], b=self.letters[b])
            )
        else:
            self.compare_button.setText(self.tr("Compare these two"))

    @staticmethod
    def _select_column(table: ProvisionsGrid | TotalsTable, column: int) -> None:
        model = table.model()
        top, bottom = model.index(0, column), model.index(model.rowCount() - 1, column)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Columns
        table.selectionModel().select(QItemSelection(top, bottom), flags)

    def select_variants(self, *columns: int) -> None:
        """Select the columns of these variants (as clicking their headings would)."""
        if self.grid is None:
            return
        self.grid.clearSelection()
        for column in columns:
            self._select_column(self.grid, column)

    def selected_variants(self) -> list[int]:
        return self.grid.selected_variants() if self.grid is not None else []

    def compare_selected(self) -> CompareWindow | None:
        """Open the two selected variants side by side (the left one as A)."""
        chosen = self.selected_variants()
        if len(chosen) != 2:
            self.statusBar().showMessage(self.tr("Select two variants first"), 4000)
            return None
        return self.open_pair(*chosen)

    def open_pair(self, first: int, second: int) -> CompareWindow | None:
        """The compare window of variants *first* (A) and *second* (B), shown."""
        if self.comparison is None:
            return None
        a, b = self.comparison.variants[first], self.comparison.variants[second]
        variant = self.tr("{label} (variant {letter})")
        label_a = variant.format(label=self.labels[first], letter=self.letters[first])
        label_b = variant.format(label=self.labels[second], letter=self.letters[second])
        window = CompareWindow(
            a.chart, b.chart, label_a, label_b, self, findings=(list(a.findings), list(b.findings))
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a, w=window: self._forget(w))
        self.pair_windows.append(window)
        window.show()
        return window

    def _forget(self, window: CompareWindow) -> None:
        if window in self.pair_windows:
            self.pair_windows.remove(window)

    def _on_story_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("pair:"):
            first = int(text.removeprefix("pair:"))
            self.open_pair(first, first + 1)

    # ------------------------------------------------------------------ the rest

    def show_report(self) -> ReportDialog | None:
        """The comparison as Markdown, in a dialog that copies or saves it."""
        if self.comparison is None:
            return None
        dialog = ReportDialog(to_markdown(self.comparison), "variants.md", self)
        dialog.setWindowTitle(self.tr("Variants report"))
        dialog.show()
        self.report_dialog = dialog
        return dialog

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.job.cancel()
        super().closeEvent(event)


def open_variants_panel(parent: QWidget | None, sources: Sequence[VariantSource]) -> VariantsPanel:
    """A variants panel on *sources* (at least two), shown, its job started; deleted on close."""
    panel = VariantsPanel(sources, parent)
    panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    panel.show()
    return panel
