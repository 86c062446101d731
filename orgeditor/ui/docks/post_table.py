"""A compact table of a unit's posts by grade and funding source (SPEC §6.1).

Rows are the grades the breakdown uses, highest first (an "Add grade…" list adds the others);
columns are the chart's funding sources and a read-only Total column and Total row. A breakdown
by grade only (no source given) has one "No source" column instead: the model does not mix
counts with and without a source, so "Move to source…" gives them all one source first (one
edit), and the table then has the source columns. A cell holds a whole number of
posts or nothing: an empty cell is a count not given, ``0`` an explicit zero (kept, as the file
keeps it). The table never writes the model: a finished cell edit emits
:attr:`PostTable.breakdown_edited` with the whole new breakdown, or None when every cell is
empty (the unit then has no breakdown and no number of posts: nothing is given).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QIntValidator, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import ChartError
from orgeditor.model.breakdown import PostBreakdown, PostCount
from orgeditor.model.limits import MAX_POSTS
from orgeditor.model.vocabulary import GRADES, funding_label
from orgeditor.ui.i18n import translate
from orgeditor.ui.post_text import number

__all__ = ["PostTable", "source_label"]

_COUNT = re.compile(r"\d{1,9}")
_UNSPECIFIED = str(QT_TRANSLATE_NOOP("PostTable", "No\nsource"))


def _not_a_count() -> str:
    return translate(
        "PostTable", "Posts are whole numbers from 0 to {limit}; leave a cell empty for none given."
    ).format(limit=number(MAX_POSTS))


#: Headings of the default funding sources that a dock-wide table can show side by side.
_LABELS = {"extrabudgetary": str(QT_TRANSLATE_NOOP("PostTable", "Extra-\nbudgetary"))}


def source_label(source: str | None) -> str:
    """A column heading for *source*, on two lines where it has two words or more.

    >>> source_label("regular-budget"), source_label("extrabudgetary"), source_label(None)
    ('Regular\\nbudget', 'Extra-\\nbudgetary', 'No\\nsource')
    """
    if source is None:
        return translate("PostTable", _UNSPECIFIED)
    if source in _LABELS:
        return translate("PostTable", _LABELS[source])
    words = funding_label(source).split()
    cut = max(1, (len(words) + 1) // 2)
    text = " ".join(words[:cut]) + ("\n" + " ".join(words[cut:]) if words[cut:] else "")
    return text[:1].upper() + text[1:]


class _CountDelegate(QStyledItemDelegate):
    """Edits a count in a line edit that takes digits only (0 to the model's limit)."""

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_POSTS, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor


class PostTable(QWidget):
    """Posts of one unit by grade (rows) and funding source (columns), edited cell by cell."""

    #: A cell edit finished: the new ``PostBreakdown``, or None when every cell is empty.
    breakdown_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.breakdown: PostBreakdown | None = None
        self.columns: list[str | None] = []
        self.sources: tuple[str, ...] = ()
        self.grades: list[str] = []
        self._owner: object = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.hide()
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 0)
        self.table.setItemDelegate(_CountDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        row_height = self.fontMetrics().height() + 6
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(row_height)
        vertical.setMinimumSectionSize(row_height)
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        horizontal.setStretchLastSection(True)  # as narrow as their headings; Total takes the rest
        self.table.itemChanged.connect(self._cell_changed)
        layout.addWidget(self.table)
        below = QHBoxLayout()
        self.add_grade = QComboBox()
        self.add_grade.setToolTip(self.tr("Add a row for a grade the unit has no posts of yet"))
        self.add_grade.activated.connect(self._grade_added)
        below.addWidget(self.add_grade)
        self.move_to = QComboBox()
        self.move_to.setToolTip(self.tr("Give every post without a funding source this source (one step)"))
        self.move_to.activated.connect(self._source_given)
        below.addWidget(self.move_to)
        below.addStretch(1)
        layout.addLayout(below)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)

    # ------------------------------------------------------------- showing

    def set_hint(self, text: str) -> None:
        """A line above the table (say what starting a breakdown does); empty hides it."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def set_breakdown(
        self, breakdown: PostBreakdown | None, sources: tuple[str, ...], owner: object = None
    ) -> None:
        """Show *breakdown* with a column per funding source of *sources* (the chart's).

        Grade rows the user added but left empty stay while the same *owner* is shown.
        """
        kept = [g for g in self.grades if owner == self._owner and owner is not None]
        self._owner = owner
        self.breakdown = breakdown
        counts = breakdown.counts if breakdown is not None else ()
        used = {grade for _, grade, _ in counts}
        self.grades = [g for g in GRADES if g in used or g in kept]
        self.sources = tuple(sources)
        if breakdown is not None and not breakdown.has_sources:
            self.columns = [None]  # counts by source cannot sit beside these: "Move to source…" first
        else:
            named = breakdown.sources() if breakdown is not None else ()
            self.columns = [*sources, *(s for s in named if s not in sources)]
        self.message.hide()
        self._fill({(source, grade): count for source, grade, count in counts})

    def _fill(self, cells: dict[tuple[str | None, str], int]) -> None:
        self._loading = True
        table = self.table
        try:
            table.clear()
            table.setColumnCount(len(self.columns) + 1)
            table.setRowCount(len(self.grades) + 1)
            table.setHorizontalHeaderLabels([source_label(s) for s in self.columns] + [self.tr("Total")])
            table.setVerticalHeaderLabels([*self.grades, self.tr("Total")])
            for column, source in enumerate(self.columns):
                header = table.horizontalHeaderItem(column)
                if header is not None:
                    header.setToolTip(source or self.tr("Posts whose funding source is not given"))
            for row, grade in enumerate(self.grades):
                for column, source in enumerate(self.columns):
                    count = cells.get((source, grade))
                    item = QTableWidgetItem("" if count is None else str(count))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    item.setToolTip(
                        self.tr("{grade} posts, {source}").format(
                            grade=grade, source=source or self.tr("funding source not given")
                        )
                    )
                    table.setItem(row, column, item)
            self._fill_totals(cells)
            self._fill_grade_list()
            self._fill_source_list()
        finally:
            self._loading = False
        self._fit_height()

    def _fill_totals(self, cells: dict[tuple[str | None, str], int]) -> None:
        table = self.table
        bold = QFont(table.font())
        bold.setBold(True)
        shade = QBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        last_row, last_column = len(self.grades), len(self.columns)

        def total_item(value: int | None) -> QTableWidgetItem:
            item = QTableWidgetItem("" if value is None else str(value))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFont(bold)
            item.setBackground(shade)
            item.setToolTip(self.tr("A total: edit the counts"))
            return item

        def total(values: list[int]) -> int | None:
            return sum(values) if values else None

        for row, grade in enumerate(self.grades):
            values = [cells[(s, grade)] for s in self.columns if (s, grade) in cells]
            table.setItem(row, last_column, total_item(total(values)))
        for column, source in enumerate(self.columns):
            values = [cells[(source, g)] for g in self.grades if (source, g) in cells]
            table.setItem(last_row, column, total_item(total(values)))
        table.setItem(last_row, last_column, total_item(total(list(cells.values()))))

    def _fill_source_list(self) -> None:
        self.move_to.clear()
        self.move_to.addItem(self.tr("Move to source…"), None)
        for source in self.sources:
            self.move_to.addItem(source, source)
        self.move_to.setVisible(None in self.columns)

    def _fill_grade_list(self) -> None:
        self.add_grade.clear()
        self.add_grade.addItem(self.tr("Add grade…"), None)
        for grade in GRADES:
            if grade not in self.grades:
                self.add_grade.addItem(grade, grade)
        self.add_grade.setEnabled(len(self.grades) < len(GRADES))

    def _fit_height(self) -> None:
        """As tall as its rows, so the dock does not scroll inside the table."""
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        scroll = table.horizontalScrollBar()
        if scroll.isVisible():
            height += scroll.sizeHint().height()
        table.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_height()

    # -------------------------------------------------------------- editing

    def cells(self) -> dict[tuple[str | None, str], int] | str:
        """The counts the cells hold, or why they cannot be read."""
        cells: dict[tuple[str | None, str], int] = {}
        for row, grade in enumerate(self.grades):
            for column, source in enumerate(self.columns):
                item = self.table.item(row, column)
                text = item.text().strip().replace(",", "") if item is not None else ""
                if not text:
                    continue
                if _COUNT.fullmatch(text) is None or int(text) > MAX_POSTS:
                    return _not_a_count()
                cells[(source, grade)] = int(text)
        return cells

    def edited_breakdown(self) -> PostBreakdown | str | None:
        """The breakdown the cells describe (None: every cell empty), or why there is none."""
        cells = self.cells()
        if isinstance(cells, str):
            return cells
        if not cells:
            return None
        if sum(cells.values()) > MAX_POSTS:
            return self.tr("The unit would have {count} posts; the limit is {limit}.").format(
                count=number(sum(cells.values())), limit=number(MAX_POSTS)
            )
        counts: tuple[PostCount, ...] = tuple((s, g, n) for (s, g), n in cells.items())
        try:
            return PostBreakdown(counts)
        except ChartError as exc:
            return str(exc)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        result = self.edited_breakdown()
        if isinstance(result, str):
            self.set_breakdown(self.breakdown, self.sources, self._owner)
            self.message.setText(result)
            self.message.show()
            return
        self.message.hide()
        cells = self.cells()
        assert not isinstance(cells, str)
        self._loading = True
        try:
            self._fill_totals(cells)
        finally:
            self._loading = False
        if result != self.breakdown:
            self.breakdown_edited.emit(result)

    def _source_given(self, index: int) -> None:
        source = self.move_to.itemData(index)
        self.move_to.setCurrentIndex(0)
        if source is None or self.breakdown is None or self.breakdown.has_sources:
            return
        self.message.hide()
        self.breakdown_edited.emit(PostBreakdown.from_grades(self.breakdown.grades_of(None), source))

    def _grade_added(self, index: int) -> None:
        grade = self.add_grade.itemData(index)
        if grade is None or grade in self.grades:
            self.add_grade.setCurrentIndex(0)
            return
        cells = self.cells()
        if isinstance(cells, str):
            cells = {}
        self.grades = [g for g in GRADES if g in self.grades or g == grade]
        self._fill(cells)
        self.table.setCurrentCell(self.grades.index(grade), 0)
        self.table.setFocus()
