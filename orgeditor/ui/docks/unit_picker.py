"""A unit picker: an editable combo box that shows unit names and stores unit ids.

Typing filters the units by name or short name (case-insensitive, anywhere in the text); the
list reads "DPPA — Department of Political and Peacebuilding Affairs" (the short name first).
:func:`unit_model` builds the list once for a chart so that several pickers can share it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from orgeditor.model import Unit
from orgeditor.render.diagram import SCOPE_TEXTS, legend_word

__all__ = ["SCOPE_LABELS", "UnitPicker", "scope_label", "unit_model", "unit_title", "update_unit_model"]

#: How the scopes of reporting lines read (in English; :func:`scope_label` translates): the
#: legend's words, the one place they are kept.
SCOPE_LABELS: dict[str, str] = SCOPE_TEXTS


def scope_label(scope: str) -> str:
    """How the scope *scope* of a reporting line reads, in the user's language."""
    return legend_word(scope)


_ID = Qt.ItemDataRole.UserRole
_SEARCH = Qt.ItemDataRole.UserRole + 1


def unit_title(unit: Unit) -> str:
    """The short name first, then the name: "DPO — Department of Peace Operations"."""
    if unit.short and unit.short != unit.name:
        return f"{unit.short} — {unit.name}"
    return unit.name


def unit_model(units: Iterable[Unit], parent: QWidget | None = None) -> QStandardItemModel:
    """A list of *units* by title (sorted), each item carrying the unit's id."""
    model = QStandardItemModel(parent)
    for unit in sorted(units, key=lambda u: unit_title(u).casefold()):
        model.appendRow(_unit_item(unit))
    return model


def update_unit_model(model: QStandardItemModel, units: Mapping[str, Unit], ids: Iterable[str]) -> None:
    """Bring a :func:`unit_model` list up to date for the units *ids* that came, went or were
    renamed (*units*: the chart's, as they are now; an id absent from them is gone): each is
    taken out and, if still there, put back where its title now sorts. Cheaper than making
    the list again when a few units changed among thousands."""
    for unit_id in ids:
        for hit in model.match(model.index(0, 0), _ID, unit_id, 1, Qt.MatchFlag.MatchExactly):
            model.removeRow(hit.row())
        unit = units.get(unit_id)
        if unit is None:
            continue
        key = unit_title(unit).casefold()
        low, high = 0, model.rowCount()
        while low < high:  # after the titles that sort before it or with it, as sorted() puts it
            middle = (low + high) // 2
            item = model.item(middle)
            if item is not None and item.text().casefold() <= key:
                low = middle + 1
            else:
                high = middle
        model.insertRow(low, _unit_item(unit))


def _unit_item(unit: Unit) -> QStandardItem:
    item = QStandardItem(unit_title(unit))
    item.setData(unit.id, _ID)
    item.setData(f"{unit.short or ''}\n{unit.name}".casefold(), _SEARCH)
    item.setToolTip(unit.id)
    return item


class UnitPicker(QComboBox):
    """Choose a unit by typing part of its name or short name; ``unit_id`` is the choice.

    ``unit_chosen`` is emitted with the id when the user settles on a unit (a completion, an
    item of the list, or Enter on text that names exactly one unit).
    """

    unit_chosen = Signal(str)

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name or short name…"))
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setModel(model)
        self._completer = completer = QCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._chosen: str | None = None
        self.setCurrentIndex(-1)
        completer.activated[str].connect(self._text_chosen)  # type: ignore[index]
        self.activated.connect(self._index_chosen)
        self.edit.editingFinished.connect(lambda: self._text_chosen(self.currentText()))

    def set_units_model(self, model: QStandardItemModel) -> None:
        """Choose from the units of *model* (nothing chosen)."""
        self.setModel(model)
        self._completer.setModel(model)
        self.set_unit(None)

    def set_unit(self, unit_id: str | None) -> None:
        """Show *unit_id* (or nothing) without emitting ``unit_chosen``."""
        index = self.findData(unit_id, _ID) if unit_id else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._chosen = unit_id if index >= 0 else None
        self.edit.setCursorPosition(0)

    def unit_id(self) -> str | None:
        """The unit chosen (None while nothing is)."""
        return self._chosen

    def match(self, text: str) -> str | None:
        """The id of the one unit *text* names: a title, a short name or a name exactly, else
        the only unit whose name or short name contains it (case-insensitive)."""
        needle = text.strip().casefold()
        if not needle:
            return None
        model = self.model()
        rows = range(model.rowCount())
        exact, partial = [], []
        for row in rows:
            index = model.index(row, 0)
            search = str(model.data(index, _SEARCH))
            title = str(model.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
            unit_id = str(model.data(index, _ID))
            if needle == title or needle in search.split("\n") or needle == unit_id.casefold():
                exact.append(unit_id)
            elif needle in search:
                partial.append(unit_id)
        if len(exact) == 1:
            return exact[0]
        if not exact and len(partial) == 1:
            return partial[0]
        return None

    def _text_chosen(self, text: str) -> None:
        unit_id = self.match(text)
        if unit_id is None:
            return
        self._choose(unit_id)

    def _index_chosen(self, index: int) -> None:
        if index >= 0:
            self._choose(str(self.itemData(index, _ID)))

    def _choose(self, unit_id: str) -> None:
        index = self.findData(unit_id, _ID)
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        if unit_id != self._chosen:
            self._chosen = unit_id
            self.unit_chosen.emit(unit_id)
