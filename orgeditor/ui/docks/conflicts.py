"""The conflicts dock: merge conflicts kept in the chart (SPEC §6.6), resolved one by one.

It lists ``chart.conflicts`` by what they are about, units by name ("The reporting lines of
Office of the ASG for Africa"), shows the selected one's value in the chart now (OURS), in
the merge base and in THEIRS side by side in words, and resolves it with Keep ours, Take
theirs or Edit… (a small text box: plain text for names and titles, YAML for the rest,
pre-filled with OURS' value). Each resolution is one :class:`ResolveConflict` handed to the
*push* function the dock was built with (the window's: it reports a refused value). The dock
follows the chart it is given; it hides itself when no conflict is left.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import shiboken6
import yaml
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.conflicts import EDIT, KEEP_OURS, TAKE_THEIRS, ResolveConflict, ours_value
from orgeditor.io import ChartLoadError
from orgeditor.io.chart_conflicts import plain_data
from orgeditor.io.yamltree import parse_yaml
from orgeditor.model import Chart, ChartChange, Conflict
from orgeditor.rules.checks_conflicts import FIELD_WORDS, describe_conflict
from orgeditor.rules.index import ChartIndex
from orgeditor.ui.i18n import plural, translate
from orgeditor.ui.words import funding_word

__all__ = ["ConflictEditDialog", "ConflictsDock", "readable_value", "side_by_side"]

AT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Fields edited as plain text (one line, or several for notes and descriptions).
TEXT_FIELDS = {"name", "short", "note", "title", "description", "baseline"}
_SCOPES = {
    "mission": QT_TRANSLATE_NOOP("ConflictsDock", "{unit} (missions)"),
    "non-mission": QT_TRANSLATE_NOOP("ConflictsDock", "{unit} (non-mission)"),
}


def _label(chart: Chart, unit_id: Any) -> str:
    if not isinstance(unit_id, str):
        return str(unit_id)
    unit = chart.units.get(unit_id)
    return unit.label if unit is not None else ChartIndex.label_of_missing(unit_id)


def _lines(chart: Chart, value: Any) -> str:
    items = value if isinstance(value, list | tuple) else [value]
    words = []
    for item in items:
        if isinstance(item, Mapping):
            label, scope = _label(chart, item.get("to")), _SCOPES.get(str(item.get("scope", "all")))
            words.append(translate("ConflictsDock", str(scope)).format(unit=label) if scope else label)
        else:
            words.append(_label(chart, item))
    return "\n".join(words)


def _posts(value: Any) -> str:
    if not isinstance(value, Mapping):
        return str(value)

    def grades(counts: Mapping[str, Any]) -> str:
        return ", ".join(f"{grade} {count}" for grade, count in counts.items())

    if all(isinstance(v, Mapping) for v in value.values()):
        total = sum(int(n) for counts in value.values() for n in counts.values() if isinstance(n, int))
        by_source = [f"{funding_word(source)}: {grades(counts)}" for source, counts in value.items()]
        return "\n".join([translate("ConflictsDock", "{total} in all").format(total=total), *by_source])
    total = sum(int(n) for n in value.values() if isinstance(n, int))
    return f"{total}: {grades(value)}"


def _field(chart: Chart, field: str, value: Any) -> str:
    if field == "reports_to":
        return _lines(chart, value)
    if field == "head" and isinstance(value, Mapping):
        return ", ".join(str(value[k]) for k in ("title", "rank", "gender", "name") if k in value)
    if field == "posts":
        return _posts(value)
    if field == "members" and isinstance(value, list | tuple):
        return ", ".join(_label(chart, m) for m in value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def readable_value(chart: Chart, conflict: Conflict, value: Any) -> str:
    """A side of *conflict* (or the chart's value) in words, units by name, on one or more lines."""
    return "\n".join(f"{name}: {text}" if name else text for name, text in _rows(chart, conflict, value))


def _absent(section: str) -> str:
    if section == "units":
        return translate("ConflictsDock", "(no such unit)")
    if section == "links":
        return translate("ConflictsDock", "(no link)")
    if section == "groups":
        return translate("ConflictsDock", "(no such group)")
    return translate("ConflictsDock", "(none)")


def _rows(chart: Chart, conflict: Conflict, value: Any) -> list[tuple[str, str]]:
    """A side as (what, words) rows; *what* is empty for a single value."""
    section, _, field = conflict.target
    if value is None:
        return [("", _absent(section) if field is None else translate("ConflictsDock", "(none)"))]
    if section == "units" and field is None and isinstance(value, Mapping):
        return [(_field_word(key), _field(chart, key, item)) for key, item in value.items() if key != "id"]
    if section == "groups" and isinstance(value, Mapping):
        return [
            (translate("ConflictsDock", "Name"), str(value.get("name", ""))),
            (translate("ConflictsDock", "Members"), _field(chart, "members", value.get("members"))),
        ]
    return [("", _field(chart, field or "", value))]


def _field_word(field: str) -> str:
    """A unit's field as the conflict messages name it, in the user's language and with a
    capital ("Lignes hiérarchiques"); an unknown one as it is."""
    known = FIELD_WORDS.get(field)
    word = translate("Fields", known) if known is not None else field
    return word[:1].upper() + word[1:]


def side_by_side(chart: Chart, conflict: Conflict, sides: Sequence[Any]) -> list[tuple[str, list[str]]]:
    """The sides of *conflict* (ours, base, theirs) as rows ``(what, [words per side])``: one
    row per field for a whole unit or group, one row for a single value."""
    per_side = [dict(_rows(chart, conflict, side)) for side in sides]
    names = list(dict.fromkeys(name for rows in per_side for name in rows))
    section, _, field = conflict.target
    if names == [""] or not names:
        what = (
            _field_word(field)
            if section == "units" and field
            else translate("ConflictsDock", "Links")
            if section == "links"
            else (field or "").capitalize()
        )
        return [(what, [rows.get("", "") for rows in per_side])]
    result = []
    for name in names:
        if name == "":
            continue
        row = [rows.get(name, "") for rows in per_side]
        result.append((name, row))
    for index, rows in enumerate(per_side):  # a side that has no such unit or group
        if "" in rows and result:
            result[0][1][index] = rows[""]
    return result


class ConflictsDock(QDockWidget):
    """The list of the chart's conflicts and the three ways to resolve the selected one.

    *push* takes a command and returns whether it went in (the window's undo stack, which
    reports a value the chart refuses). ``unit_activated(id)`` asks the window to show a unit
    (double-click on a conflict about one).
    """

    unit_activated = Signal(str)

    def __init__(self, push: Callable[[QUndoCommand], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.setObjectName("conflicts-dock")
        self._push = push
        self._chart: Chart | None = None
        self._count = 0
        ref = weakref.ref(self)

        def listener(changes: Sequence[ChartChange]) -> None:
            dock = ref()
            if dock is not None and shiboken6.isValid(dock):
                dock._chart_changed()

        self._listener = listener
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.status = QLabel(body)
        self.status.setStyleSheet("font-weight: bold")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = QListWidget(body)
        self.list.setMinimumHeight(90)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._show_selected)
        self.list.itemDoubleClicked.connect(self._activate)
        layout.addWidget(self.list, 2)
        self.sides = QWidget(body)
        self.grid = QGridLayout(self.sides)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(0, 0)
        for column in (1, 2, 3):
            self.grid.setColumnStretch(column, 1)
        self.cells: list[list[QLabel]] = []
        scroll = QScrollArea(body)
        scroll.setWidget(self.sides)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 3)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep ours"), body)
        self.take_button = QPushButton(self.tr("Take theirs"), body)
        self.edit_button = QPushButton(self.tr("Edit…"), body)
        self.keep_button.setToolTip(self.tr("Leave the chart as it is and drop the conflict"))
        self.take_button.setToolTip(self.tr("Put THEIRS' value in place (THEIRS deleted it: delete it)"))
        self.edit_button.setToolTip(self.tr("Write the value you want"))
        self.keep_button.clicked.connect(lambda: self.resolve(KEEP_OURS))
        self.take_button.clicked.connect(lambda: self.resolve(TAKE_THEIRS))
        self.edit_button.clicked.connect(self.edit)
        for button in (self.keep_button, self.take_button, self.edit_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        body.setMinimumWidth(380)
        self.setWidget(body)
        self.refresh()

    # ---------------------------------------------------------------- the chart

    @property
    def chart(self) -> Chart | None:
        return self._chart

    def set_chart(self, chart: Chart | None) -> None:
        """Follow *chart* (None: nothing) and list its conflicts."""
        if self._chart is not None:
            self._chart.unsubscribe(self._listener)
        self._chart = chart
        if chart is not None:
            chart.subscribe(self._listener)
        self.refresh()

    def _chart_changed(self) -> None:
        if self._chart is not None and (self._chart.conflicts or self._count):
            self.refresh()

    def conflicts(self) -> tuple[Conflict, ...]:
        return self._chart.conflicts if self._chart is not None else ()

    def refresh(self) -> None:
        """List the chart's conflicts again (keeping the selection); hide when there is none."""
        conflicts = self.conflicts()
        current = self.selected()
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        if self._chart is not None and conflicts:
            index = ChartIndex(self._chart)
            for conflict in conflicts:
                words = describe_conflict(conflict, index)
                item = QListWidgetItem(words[:1].upper() + words[1:])
                item.setData(AT_ROLE, conflict.at)
                item.setToolTip(conflict.at)
                self.list.addItem(item)
        ats = [c.at for c in conflicts]
        if current is not None and current.at in ats:
            row = ats.index(current.at)
        self.list.setCurrentRow(min(max(row, 0), len(ats) - 1) if ats else -1)
        self.list.blockSignals(False)
        count = len(conflicts)
        self.status.setText(
            self.tr("No conflicts to resolve")
            if not count
            else plural(self.tr("%n conflict(s) to resolve", "", count), count)
        )
        if count == 0 and self._count:
            self.hide()
        elif count and not self._count:
            self.show()
        elif count == 0:
            self.setVisible(False)
        self._count = count
        self._show_selected()

    # --------------------------------------------------------------- selection

    def selected(self) -> Conflict | None:
        item = self.list.currentItem()
        if item is None:
            return None
        at = item.data(AT_ROLE)
        return next((c for c in self.conflicts() if c.at == at), None)

    def select(self, at: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(AT_ROLE) == at:
                self.list.setCurrentRow(row)
                return

    def labels(self) -> list[str]:
        """The listed conflicts as shown."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _show_selected(self, *_: object) -> None:
        conflict, chart = self.selected(), self._chart
        for button in (self.keep_button, self.take_button, self.edit_button):
            button.setEnabled(conflict is not None)
        if conflict is None or chart is None:
            self._fill([])
            return
        sides = (ours_value(chart, conflict), conflict.base, conflict.theirs)
        self._fill(side_by_side(chart, conflict, sides))

    def _fill(self, rows: list[tuple[str, list[str]]]) -> None:
        """Rows of (what, [ours, base, theirs]) under the three headers; a row whose sides
        differ is in bold."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cells = []
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        if not rows:
            return
        for column, title in enumerate(("", self.tr("Ours (now)"), self.tr("Base"), self.tr("Theirs"))):
            self.grid.addWidget(self._cell(title, bold=True), 0, column)
        for number, (what, texts) in enumerate(rows, 1):
            differs = len(set(texts)) > 1
            self.grid.addWidget(self._cell(what, bold=True), number, 0)
            self.cells.append([self._cell(text or "—", bold=differs) for text in texts])
            for column, cell in enumerate(self.cells[-1], 1):
                self.grid.addWidget(cell, number, column)
        self.grid.setRowStretch(len(rows) + 1, 1)

    def _cell(self, text: str, *, bold: bool = False) -> QLabel:
        label = QLabel(text, self.sides)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            label.setStyleSheet("font-weight: bold")
        return label

    def _activate(self, item: QListWidgetItem) -> None:
        conflict = self.selected()
        if conflict is None or self._chart is None:
            return
        unit = next((u for u in conflict.unit_ids if u in self._chart.units), None)
        if unit is not None:
            self.unit_activated.emit(unit)

    # --------------------------------------------------------------- resolving

    def resolve(self, choice: str, value: Any = None) -> bool:
        """Resolve the selected conflict (*value* for ``"edit"``); True when it went in."""
        conflict, chart = self.selected(), self._chart
        if conflict is None or chart is None:
            return False
        done = self._push(ResolveConflict(chart, conflict, choice, value))
        if done:
            self.refresh()
        return done

    def edit(self) -> bool:
        """Ask for the value of the selected conflict, then resolve it with that value."""
        conflict, chart = self.selected(), self._chart
        if conflict is None or chart is None:
            return False
        dialog = ConflictEditDialog(chart, conflict, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.resolve(EDIT, dialog.value())


def _yaml_text(value: Any) -> str:
    """*value* as the chart file writes it, without YAML's end-of-document marker."""
    text = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=72)
    return text.removesuffix("\n...\n").strip()


class ConflictEditDialog(QDialog):
    """A text box for the value of one conflict: plain text for names, titles and notes, the
    file's YAML for the rest; pre-filled with the chart's value. Empty means none."""

    def __init__(self, chart: Chart, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = describe_conflict(conflict, ChartIndex(chart))
        self.setWindowTitle(self.tr("Resolve conflict"))
        _, _, field = conflict.target
        self.plain = field in TEXT_FIELDS
        current = ours_value(chart, conflict)
        layout = QVBoxLayout(self)
        intro = QLabel(
            (
                self.tr("The value of {what}, as text; leave it empty for none:")
                if self.plain
                else self.tr("The value of {what}, as in the chart file (YAML); leave it empty for none:")
            ).format(what=words),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(self)
        if current is not None:
            self.text.setPlainText(str(current) if self.plain else _yaml_text(current))
        self.text.setMinimumSize(420, 120)
        layout.addWidget(self.text)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self._check)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._value: Any = current

    def value(self) -> Any:
        """The value written, as plain data (None for none)."""
        return self._value

    def _check(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self._value = None
        elif self.plain:
            self._value = text.strip()
        else:
            try:
                self._value = plain_data(parse_yaml(text, "the value"))
            except ChartLoadError as exc:
                self.error.setText(exc.first.message)
                return
        self.accept()
