"""The outline: units as a tree by reporting line, with a filter box."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDockWidget, QLineEdit, QTreeView, QVBoxLayout, QWidget

from orgeditor.model import Chart

__all__ = ["OutlineDock", "tree_parent"]

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tree_parent(chart: Chart, unit_id: str) -> str | None:
    """The unit's parent in the outline: its scope-all manager, else its first line's target."""
    manager = chart.manager(unit_id, "all")
    if manager is None:
        lines = chart.unit(unit_id).reports_to
        manager = lines[0].to if lines else None
    return manager


class OutlineDock(QDockWidget):
    """A tree of units; selecting rows emits ``units_selected``."""

    units_selected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Outline", parent)
        self.setObjectName("outlineDock")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(["Unit"])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter units…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self._items: dict[str, QStandardItem] = {}
        self._syncing = False

    def rebuild(self, chart: Chart) -> None:
        """Rebuild the tree from *chart* (keeps the selection and filter)."""
        selected = self.selected_ids()
        self._syncing = True
        self.model.clear()
        self._items = {}
        for unit in chart:
            text = f"{unit.short} — {unit.name}" if unit.short else unit.name
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(unit.id, ID_ROLE)
            item.setToolTip(f"{text} ({unit.id})")
            self._items[unit.id] = item
        root = self.model.invisibleRootItem()
        for unit_id, item in self._items.items():
            parent = tree_parent(chart, unit_id)
            ancestors, current = {unit_id}, parent
            while current is not None and current not in ancestors:  # no cycles in a tree
                ancestors.add(current)
                current = tree_parent(chart, current)
            holder = self._items.get(parent) if parent is not None and current is None else None
            (holder or root).appendRow(item)
        self.tree.expandToDepth(2)
        self._syncing = False
        self.select(selected)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def selected_ids(self) -> list[str]:
        rows = self.tree.selectionModel().selectedRows()
        return [str(index.data(ID_ROLE)) for index in rows]

    def select(self, unit_ids: Iterable[str]) -> None:
        """Select the rows of *unit_ids* without emitting ``units_selected``."""
        wanted = [u for u in unit_ids if u in self._items]
        if set(wanted) == set(self.selected_ids()):
            return
        self._syncing = True
        selection = QItemSelection()
        for unit_id in wanted:
            index = self.proxy.mapFromSource(self._items[unit_id].index())
            if index.isValid():
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().select(selection, flags)
        if wanted:
            index = self.proxy.mapFromSource(self._items[wanted[-1]].index())
            if index.isValid():
                self.tree.scrollTo(index)
        self._syncing = False

    def _selection_changed(self, *_: QItemSelection) -> None:
        if not self._syncing:
            self.units_selected.emit(self.selected_ids())

    def index_of(self, unit_id: str) -> QModelIndex:
        return self.proxy.mapFromSource(self._items[unit_id].index())
