"""The outline: units as a tree by reporting line, with a filter box.

The tree's model is built once per chart and patched row by row as the chart changes; the
filter is a recursive :class:`QSortFilterProxyModel` over it, so a keystroke never rebuilds
the model (20,000 units: ~10–40 ms a keystroke, ``benchmarks/bench_outline.py``). Rows read
short name first ("UNAMA — United Nations Assistance Mission in Afghanistan"); names too long
for the dock are elided in the middle (the ends tell the regional ASGs apart), in full as a tool
tip.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDockWidget, QLineEdit, QTreeView, QVBoxLayout, QWidget

from orgeditor.model import Chart, Unit

__all__ = ["OutlineDock", "tree_parent", "tree_parents"]

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tree_parent(chart: Chart, unit_id: str) -> str | None:
    """The unit's parent in the outline: its scope-all manager, else its first line's target."""
    manager = chart.manager(unit_id, "all")
    if manager is None:
        lines = chart.unit(unit_id).reports_to
        manager = lines[0].to if lines else None
    return manager


def tree_parents(chart: Chart) -> dict[str, str | None]:
    """Every unit's outline parent; units on a reporting cycle are put at the top level."""
    return _off_cycles({u: tree_parent(chart, u) for u in chart.units})[0]


def _off_cycles(parents: dict[str, str | None]) -> tuple[dict[str, str | None], bool]:
    """*parents* with units that never reach a root moved to the top; True if there were any."""
    reaches_root: dict[str, bool] = {}
    for start in parents:
        path: list[str] = []
        seen: set[str] = set()
        current: str | None = start
        while current is not None and current not in reaches_root and current not in seen:
            seen.add(current)
            path.append(current)
            current = parents.get(current)
        ok = current is None or reaches_root.get(current, False)
        for unit_id in path:
            reaches_root[unit_id] = ok
    cut = not all(reaches_root.values())
    return {u: (p if reaches_root[u] else None) for u, p in parents.items()}, cut


def _patched(
    chart: Chart, parents: Mapping[str, str | None], unit_ids: Iterable[str]
) -> dict[str, str | None] | None:
    """The new parents of *unit_ids* (absent: the unit is gone), for *parents* of a chart
    without reporting cycles, or None when the change closes a cycle (a cycle made by the
    change runs through a changed unit). The other units keep their parents in *parents*."""
    changed = list(unit_ids)
    patch = {u: tree_parent(chart, u) for u in changed if u in chart.units}

    def parent(unit_id: str) -> str | None:
        return patch[unit_id] if unit_id in patch else parents.get(unit_id)

    for unit_id in patch:
        seen: set[str] = set()
        current: str | None = unit_id
        while current is not None and current not in seen and (current in patch or current in parents):
            seen.add(current)
            current = parent(current)
        if current is not None and current in seen:
            return None
    return patch


def _text(unit: Unit) -> str:
    return f"{unit.short} — {unit.name}" if unit.short else unit.name


class OutlineDock(QDockWidget):
    """A tree of units; selecting rows emits ``units_selected``."""

    units_selected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outline"))
        self.setObjectName("outlineDock")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Unit")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter units…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self._items: dict[str, QStandardItem] = {}
        self._parents: dict[str, str | None] = {}
        #: whether some units sit at the top because their reporting lines form a cycle
        self._cycles = False
        self._syncing = False

    def rebuild(self, chart: Chart) -> None:
        """Rebuild the tree from *chart* (keeps the selection and filter)."""
        selected = self.selected_ids()
        self._syncing = True
        self.model.clear()
        self._items = {}
        for unit in chart:
            text = _text(unit)
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(unit.id, ID_ROLE)
            item.setToolTip(f"{text} ({unit.id})")
            self._items[unit.id] = item
        root = self.model.invisibleRootItem()
        parents, self._cycles = _off_cycles({u: tree_parent(chart, u) for u in chart.units})
        self._parents = parents
        for unit_id, item in self._items.items():
            parent = parents.get(unit_id)
            (self._items[parent] if parent is not None else root).appendRow(item)
        self.tree.expandToDepth(2)
        self._syncing = False
        self.select(selected)

    def update_units(self, chart: Chart, unit_ids: Iterable[str]) -> None:
        """Follow changes to *unit_ids* (added, removed or changed): rows move, appear or go
        in place when few units moved in the tree, else the tree is rebuilt."""
        unit_ids = set(unit_ids)
        old = self._parents
        patch = None if self._cycles else _patched(chart, old, unit_ids)
        if patch is None:  # cycles come or go: any unit's place may change
            parents, self._cycles = _off_cycles({u: tree_parent(chart, u) for u in chart.units})
            moved = [u for u in parents.keys() | old.keys() if parents.get(u, "-") != old.get(u, "-")]
        else:  # patched in place: copying the parents of 20,000 units costs a millisecond
            moved = [u for u in unit_ids if patch.get(u, "-") != old.get(u, "-")]
            parents = old
            for unit_id in unit_ids:
                if unit_id in patch:
                    parents[unit_id] = patch[unit_id]
                else:
                    parents.pop(unit_id, None)
        if len(moved) > 20:
            self.rebuild(chart)
            return
        selected = self.selected_ids()
        self._syncing = True
        root = self.model.invisibleRootItem()
        taken: dict[str, list[QStandardItem]] = {}
        for unit_id in moved:  # detach rows (with their children) that move or go
            item = self._items.get(unit_id)
            if item is not None:
                holder = item.parent() or root
                taken[unit_id] = holder.takeRow(item.row())
        for unit_id in moved:
            unit = chart.units.get(unit_id)
            if unit is None:
                self._items.pop(unit_id, None)
                continue
            if unit_id not in taken:
                fresh = QStandardItem(_text(unit))
                fresh.setEditable(False)
                fresh.setData(unit.id, ID_ROLE)
                fresh.setToolTip(f"{_text(unit)} ({unit.id})")
                self._items[unit_id] = fresh
        rank = chart.hierarchy.rank
        for unit_id in moved:
            placed = self._items.get(unit_id)
            if placed is None or unit_id not in chart.units:
                continue
            parent = parents.get(unit_id)
            holder = (self._items.get(parent) if parent is not None else None) or root
            # among its siblings in display order (a unit deleted and restored comes back in place)
            rows = [rank(str(holder.child(r).data(ID_ROLE))) for r in range(holder.rowCount())]
            holder.insertRow(bisect.bisect_right(rows, rank(unit_id)), placed)
        self._parents = parents
        self._syncing = False
        self.select(selected)
        for unit_id in unit_ids:
            item = self._items.get(unit_id)
            unit = chart.units.get(unit_id)
            if item is not None and unit is not None and item.text() != _text(unit):
                item.setText(_text(unit))
                item.setToolTip(f"{_text(unit)} ({unit.id})")

    def _filter_changed(self, text: str) -> None:
        """Filter the rows (a unit shows with the units above it); matches are expanded."""
        # Collapsed first: each expanded row is a persistent index that the proxy updates for
        # every range of rows it hides, which made a keystroke take seconds at 20,000 units.
        self.tree.collapseAll()
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(2)
            selected = self.tree.selectionModel().selectedRows()
            if selected:
                self.tree.scrollTo(selected[-1])

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
        """The tree index of *unit_id* (invalid when it is not shown)."""
        item = self._items.get(unit_id)
        return self.proxy.mapFromSource(item.index()) if item is not None else QModelIndex()
