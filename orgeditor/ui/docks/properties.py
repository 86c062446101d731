"""The properties dock: edit the selected unit, link or group (or the chart's title).

The dock never writes the model: each finished edit emits a signal with the new value and
the window pushes a command. When the chart changes, :meth:`PropertiesDock.refresh` reloads.

A unit's posts are a plain total (the spin box) or a breakdown by grade and funding source
(the :class:`~orgeditor.ui.docks.post_table.PostTable`, shown on demand); with a breakdown the
total is its sum and read-only. Each finished cell edit is one ``unit_edited`` ("Edit posts of
X"); emptying every cell removes the breakdown and leaves no number of posts (nothing is given).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.units import edit_text
from orgeditor.model import (
    GENDERS,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    ChangeKind,
    Chart,
    ChartChange,
    ChartError,
    Group,
    Head,
    Link,
    ReportingLine,
    Unit,
)
from orgeditor.model.breakdown import PostBreakdown
from orgeditor.model.departures import check_formerly
from orgeditor.model.limits import MAX_POSTS
from orgeditor.rules import load_baseline
from orgeditor.ui.docks.post_table import PostTable
from orgeditor.ui.docks.unit_picker import UnitPicker, scope_label, unit_model, unit_title, update_unit_model
from orgeditor.ui.i18n import plural
from orgeditor.ui.post_text import number
from orgeditor.ui.words import word_label

__all__ = ["PropertiesDock"]

#: The reporting lines the dock shows without scrolling (a unit has one to three).
_MAX_LINE_ROWS = 4


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _combo(values: tuple[str, ...], *, empty: bool = False) -> QComboBox:
    combo = QComboBox()
    if empty:
        combo.addItem("—", None)
    for value in values:
        combo.addItem(word_label(value), value)  # shown in the user's language, kept as SPEC's
    _narrow(combo)
    return combo


def _narrow(combo: QComboBox) -> None:
    """Let *combo* be narrower than its longest word (its list still shows them whole): a long
    translation ("bureau d'appui au processus politique") must not widen the dock, which would
    squeeze the Outline beside the chart."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


#: The fields a unit's title in a picker shows.
_TITLE_FIELDS = frozenset({"name", "short"})
#: Units added, removed or renamed beyond which the list of units is made again, not patched.
_MAX_UNITS_PATCHED = 64


def _set_combo(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class PropertiesDock(QDockWidget):
    """Forms for a unit, a link, a group or the chart."""

    unit_edited = Signal(object, str)
    group_edited = Signal(object, str)
    link_edited = Signal(object, object)
    link_deleted = Signal(object)
    title_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Properties"))
        self.setObjectName("propertiesDock")
        self.chart: Chart | None = None
        self.unit_id: str | None = None
        self.link: Link | None = None
        self.group_id: str | None = None
        self._loading = False
        self._show_breakdown = False
        self.stack = QStackedWidget()
        self.setWidget(self.stack)
        self._build_chart_page()
        self._build_unit_page()
        self._build_link_page()
        self._build_group_page()

    # ------------------------------------------------------------------ pages

    def _build_chart_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(self._title_done)
        self.chart_info = QLabel()
        self.chart_info.setWordWrap(True)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.chart_info)
        self.stack.addWidget(page)
        self.chart_page = page

    def _build_unit_page(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        self._unit_form = form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.id_label = QLabel()
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit()
        self.short_edit = QLineEdit()
        self.kind_combo = _combo(KINDS)
        self.head_title = QLineEdit()
        self.head_rank = _combo(RANKS, empty=True)
        self.head_gender = _combo(GENDERS, empty=True)
        self.head_name = QLineEdit()
        self.regions_edit = QLineEdit()
        self.regions_edit.setPlaceholderText(self.tr("comma-separated"))
        self.functions_edit = QLineEdit()
        self.functions_edit.setPlaceholderText(self.tr("comma-separated slugs"))
        self._build_posts()
        self.presence_combo = _combo(PRESENCES, empty=True)
        self.note_edit = QLineEdit()
        self.formerly_edit = QLineEdit()
        self.formerly_edit.setPlaceholderText(self.tr("comma-separated ids"))
        self.formerly_edit.setToolTip(
            self.tr(
                "Units of the baseline chart this unit continues (merge, split or succession): "
                "their ids, separated by commas"
            )
        )
        for label, widget in (
            (self.tr("Id"), self.id_label),
            (self.tr("Name"), self.name_edit),
            (self.tr("Short"), self.short_edit),
            (self.tr("Kind"), self.kind_combo),
            (self.tr("Head title"), self.head_title),
            (self.tr("Head rank"), self.head_rank),
            (self.tr("Head gender"), self.head_gender),
            (self.tr("Head name"), self.head_name),
            (self.tr("Regions"), self.regions_edit),
            (self.tr("Functions"), self.functions_edit),
            (self.tr("Posts"), self.posts_spin),
            ("", self.breakdown_button),
        ):
            form.addRow(label, widget)
        form.addRow(self.post_table)
        form.addRow(self.tr("Presence"), self.presence_combo)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Formerly"), self.formerly_edit)
        self._baseline: Chart | None = None
        # with a baseline, the units continued read by their baseline names, never their ids
        self.formerly_list = QListWidget()
        self.formerly_list.setMaximumHeight(80)
        self.formerly_list.setWordWrap(True)  # long baseline names wrap in a narrow dock
        self.formerly_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.formerly_list.setToolTip(self.tr("Units of the baseline chart this unit continues"))
        self.formerly_remove = QPushButton(self.tr("Remove formerly"))
        self.formerly_remove.clicked.connect(self._remove_formerly)
        self.formerly_list_label = QLabel(self.tr("Formerly"))
        form.addRow(self.formerly_list_label, self.formerly_list)
        form.addRow("", self.formerly_remove)
        self.formerly_picker = UnitPicker(unit_model(()))
        self.formerly_picker.setToolTip(self.tr("Add a unit of the baseline chart that this unit continues"))
        self.formerly_picker.unit_chosen.connect(self._add_formerly)
        self.formerly_label = QLabel(self.tr("Add formerly"))
        form.addRow(self.formerly_label, self.formerly_picker)
        self.unit_error = QLabel()
        self.unit_error.setWordWrap(True)
        self.unit_error.setStyleSheet("color: #b00020;")
        self.unit_error.hide()
        form.addRow(self.unit_error)
        for edit in (
            self.name_edit,
            self.short_edit,
            self.head_title,
            self.head_name,
            self.regions_edit,
            self.functions_edit,
            self.note_edit,
            self.formerly_edit,
        ):
            edit.editingFinished.connect(self._unit_done)
        for combo in (self.kind_combo, self.head_rank, self.head_gender, self.presence_combo):
            combo.activated.connect(self._unit_done)
        outer.addWidget(QLabel(self.tr("Reports to")))
        self.lines_table = QTableWidget(0, 2)
        self.lines_table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Scope")])
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_table.verticalHeader().hide()
        self.lines_table.setToolTip(self.tr("Type part of a unit's name or short name to choose it"))
        self._units_model = unit_model(())
        #: the chart and unit :attr:`_units_model` was made for (None: to be made again)
        self._units_for: tuple[Chart, str] | None = None
        self._units_stale: set[str] = set()  # units added, removed or renamed since
        self._unit_shown: tuple[object, ...] | None = None  # what the unit page was loaded from
        outer.addWidget(self.lines_table)
        buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add line")), QPushButton(self.tr("Remove line"))
        add.clicked.connect(self._add_line_row)
        remove.clicked.connect(self._remove_line_row)
        self.add_line_button, self.remove_line_button = add, remove
        buttons.addWidget(add)
        buttons.addWidget(remove)
        outer.addLayout(buttons)
        outer.addWidget(QLabel(self.tr("Member of groups")))
        self.groups_list = QListWidget()
        self.groups_list.setMaximumHeight(80)
        self.groups_list.itemChanged.connect(self._membership_changed)
        outer.addWidget(self.groups_list)
        outer.addStretch(1)
        scroll = QScrollArea()  # the posts table can make the page taller than the dock
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(page.minimumSizeHint().width() + bar)  # as narrow as the form allows
        self.stack.addWidget(scroll)
        self.unit_page = scroll

    def _build_posts(self) -> None:
        self.posts_spin = QSpinBox()
        self.posts_spin.setRange(-1, MAX_POSTS)
        self.posts_spin.setSpecialValueText("—")
        self.posts_spin.setGroupSeparatorShown(True)
        self.posts_spin.editingFinished.connect(self._unit_done)
        button = QToolButton()  # a disclosure: the table shows under it
        button.setText(self.tr("By grade and source…"))
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setArrowType(Qt.ArrowType.RightArrow)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(self.tr("Show the posts by grade and funding source, to edit them there"))
        button.toggled.connect(self._toggle_breakdown)
        self.breakdown_button = button
        self.post_table = PostTable()
        self.post_table.hide()
        self.post_table.breakdown_edited.connect(self._breakdown_done)

    def _build_link_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_kind = _combo(LINK_KINDS)
        self.link_kind.activated.connect(self._link_done)
        delete = QPushButton(self.tr("Delete link"))
        delete.clicked.connect(self._delete_link)
        form.addRow(self.link_label)
        form.addRow(self.tr("Kind"), self.link_kind)
        form.addRow(delete)
        self.stack.addWidget(page)
        self.link_page = page

    def _build_group_page(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the rows keep together at the top
        self.group_name = QLineEdit()
        self.group_name.editingFinished.connect(self._group_done)
        self.group_members = QListWidget()
        self.group_members.setMaximumHeight(140)
        self._group_model = unit_model(())
        self.member_picker = UnitPicker(self._group_model)
        self.member_picker.setToolTip(self.tr("Type part of a unit's name or short name to add it"))
        self.member_picker.unit_chosen.connect(self._add_member)
        remove = QPushButton(self.tr("Remove member"))
        remove.clicked.connect(self._remove_member)
        self.remove_member_button = remove
        form.addRow(self.tr("Name"), self.group_name)
        form.addRow(self.tr("Members"), self.group_members)
        form.addRow(self.tr("Add member"), self.member_picker)
        form.addRow(remove)
        self.stack.addWidget(page)
        self.group_page = page

    # ------------------------------------------------------------- showing

    def show_chart(self, chart: Chart) -> None:
        self.chart, self.unit_id, self.link, self.group_id = chart, None, None, None
        self.refresh()

    def show_unit(self, chart: Chart, unit_id: str) -> None:
        self.chart, self.unit_id, self.link, self.group_id = chart, unit_id, None, None
        self._unit_shown = None  # loaded afresh
        self.refresh()

    def show_link(self, chart: Chart, link: Link) -> None:
        self.chart, self.unit_id, self.link, self.group_id = chart, None, link, None
        self.refresh()

    def show_group(self, chart: Chart, group_id: str) -> None:
        self.chart, self.unit_id, self.link, self.group_id = chart, None, None, group_id
        self.refresh()

    def note_changes(self, changes: Sequence[ChartChange]) -> None:
        """The chart changed (a :meth:`refresh` follows): the list of units a reporting line
        may go to is patched where units came, went or were renamed, never made again for an
        edit of a few (at 20,000 units making it takes 150 ms)."""
        if self._units_for is None:  # made afresh when next needed
            return
        for change in changes:
            if change.kind in (ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED) or (
                change.kind is ChangeKind.UNIT_CHANGED and not change.fields.isdisjoint(_TITLE_FIELDS)
            ):
                self._units_stale.update(change.ids)
        if len(self._units_stale) > _MAX_UNITS_PATCHED:  # much changed: made again
            self._units_for, self._units_stale = None, set()

    def refresh(self) -> None:
        """Reload the form from the model (what is shown may have been removed)."""
        chart = self.chart
        if chart is None:
            return
        self._loading = True
        try:
            if self.unit_id is not None and self.unit_id in chart.units:
                unit = chart.unit(self.unit_id)
                shown = self._unit_view(chart, unit)
                if shown != self._unit_shown:  # else left as it is (an edit of other units)
                    self._load_unit(chart, unit)
                    self._unit_shown = shown
                self.stack.setCurrentWidget(self.unit_page)
            elif self.link is not None and self.link in chart.links:
                source, target = (
                    unit_title(chart.units[end]) if end in chart.units else end
                    for end in (self.link.source, self.link.target)
                )
                self.link_label.setText(f"{source} → {target}")
                _set_combo(self.link_kind, self.link.kind)
                self.stack.setCurrentWidget(self.link_page)
            elif self.group_id is not None and self.group_id in chart.groups:
                group = chart.groups[self.group_id]
                self._load_group(chart, group)
                self.stack.setCurrentWidget(self.group_page)
            else:
                self.unit_id, self.link, self.group_id = None, None, None
                if self.title_edit.text() != chart.title:  # else left as it is: where the
                    self.title_edit.setText(chart.title)  # cursor stands, no repaint per edit
                    self.title_edit.setCursorPosition(0)
                posts = chart.total_posts
                units, links, groups = len(chart), len(chart.links), len(chart.groups)
                counts = (
                    plural(self.tr("{count} unit(s)", "", units), units).format(count=number(units)),
                    plural(self.tr("{count} link(s)", "", links), links).format(count=number(links)),
                    plural(self.tr("{count} group(s)", "", groups), groups).format(count=number(groups)),
                    plural(self.tr("{count} post(s)", "", posts), posts).format(count=number(posts)),
                )
                self.chart_info.setText(", ".join(counts))
                self.stack.setCurrentWidget(self.chart_page)
        finally:
            self._loading = False

    def _unit_view(self, chart: Chart, unit: Unit) -> tuple[object, ...]:
        """What the unit page shows of the chart, as values (units and groups do not change in
        place): while it is equal, the page need not be loaded again."""
        baseline = load_baseline(chart)
        return (
            chart,
            unit,
            tuple(chart.units.get(line.to) for line in unit.reports_to),  # their names
            tuple(chart.groups.values()),
            chart.funding_sources,
            baseline.chart if baseline is not None else None,
            # units to pick a line's end from came, went or were renamed: made or patched again
            self._units_for is None or bool(self._units_stale - {unit.id}),
        )

    def _load_unit(self, chart: Chart, unit: Unit) -> None:
        head = unit.head or Head()
        self.id_label.setText(unit.id)
        self.name_edit.setText(unit.name)
        self.short_edit.setText(unit.short or "")
        _set_combo(self.kind_combo, unit.kind)
        self.head_title.setText(head.title or "")
        _set_combo(self.head_rank, head.rank)
        _set_combo(self.head_gender, head.gender)
        self.head_name.setText(head.name or "")
        self.regions_edit.setText(", ".join(unit.regions))
        self.functions_edit.setText(", ".join(unit.functions))
        self._load_posts(chart, unit)
        _set_combo(self.presence_combo, unit.presence)
        self.presence_combo.setEnabled(unit.kind == "mission")
        self.note_edit.setText(unit.note or "")
        self.formerly_edit.setText(", ".join(unit.formerly))
        self._load_baseline_picker(chart)
        self._load_formerly(unit)
        self.unit_error.hide()
        texts = (self.name_edit, self.short_edit, self.head_title, self.head_name, self.note_edit)
        for edit in (*texts, self.regions_edit, self.functions_edit, self.formerly_edit):
            edit.setCursorPosition(0)  # long names read from their start
        self.lines_table.setRowCount(0)
        made_for, stale = self._units_for, self._units_stale - {unit.id}
        self._units_stale = set()
        if made_for is None or made_for[0] is not chart or made_for[1] != unit.id:
            old_model, self._units_model = (
                self._units_model,
                unit_model((u for u in chart.units.values() if u.id != unit.id), self),
            )
            old_model.deleteLater()
            self._units_for = (chart, unit.id)
        elif stale:
            update_unit_model(self._units_model, chart.units, sorted(stale))
        for line in unit.reports_to:
            self._append_line(line.to, line.scope)
        self._fit_lines_table()
        self.groups_list.clear()
        for group in chart.groups.values():
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = unit.id in group.members
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups_list.addItem(item)

    def _load_group(self, chart: Chart, group: Group) -> None:
        self.group_name.setText(group.name)
        self.group_members.clear()
        for member in group.members:
            unit = chart.units.get(member)
            item = QListWidgetItem(unit_title(unit) if unit is not None else member)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.group_members.addItem(item)
        old_model = self._group_model
        self._group_model = unit_model((u for u in chart.units.values() if u.id not in group.members), self)
        self.member_picker.set_units_model(self._group_model)
        old_model.deleteLater()
        self.member_picker.set_unit(None)

    def _load_baseline_picker(self, chart: Chart) -> None:
        """Offer the baseline's units for ``formerly`` when the chart has a baseline that loads."""
        baseline = load_baseline(chart)
        base = baseline.chart if baseline is not None else None
        if base is not self._baseline:
            self._baseline = base
            units = base.units.values() if base is not None else ()
            self.formerly_picker.set_units_model(unit_model(units, self))
        self.formerly_picker.set_unit(None)
        named = base is not None
        form = self._unit_form  # typed ids only where there are no names to show
        for widget in (self.formerly_picker, self.formerly_list, self.formerly_remove):
            form.setRowVisible(widget, named)
        form.setRowVisible(self.formerly_edit, not named)

    def _load_formerly(self, unit: Unit) -> None:
        """List *unit*'s ``formerly`` by the baseline's names ("DPA — Department of Political
        Affairs"); an id the baseline lacks is shown as such, marked."""
        self.formerly_list.clear()
        base = self._baseline
        for former in unit.formerly:
            known = base.units.get(former) if base is not None else None
            item = QListWidgetItem(
                unit_title(known)
                if known is not None
                else self.tr("{id} (not in the baseline)").format(id=former)
            )
            item.setData(Qt.ItemDataRole.UserRole, former)
            item.setToolTip(item.text())
            self.formerly_list.addItem(item)
        self.formerly_remove.setEnabled(bool(unit.formerly))

    def formerly_texts(self) -> list[str]:
        """What the formerly list shows, in order."""
        items = (self.formerly_list.item(row) for row in range(self.formerly_list.count()))
        return [item.text() for item in items if item is not None]

    def _remove_formerly(self) -> None:
        chart, current = self.chart, self.unit_id
        if self._loading or chart is None or current is None or current not in chart.units:
            return
        item = self.formerly_list.currentItem()
        if item is None and self.formerly_list.count():
            item = self.formerly_list.item(self.formerly_list.count() - 1)
        if item is None:
            return
        gone = str(item.data(Qt.ItemDataRole.UserRole))
        old = chart.unit(current)
        new = old.with_changes(formerly=tuple(f for f in old.formerly if f != gone))
        if new != old:
            self.unit_edited.emit(new, edit_text(old, new))

    def _add_formerly(self, unit_id: str) -> None:
        chart, current = self.chart, self.unit_id
        if self._loading or chart is None or current is None or current not in chart.units:
            return
        old = chart.unit(current)
        if unit_id in old.formerly:
            return
        new = old.with_changes(formerly=(*old.formerly, unit_id))
        try:
            check_formerly(new.id, new.formerly)
        except ChartError as exc:
            self.unit_error.setText(self.tr("Formerly: {error}").format(error=exc))
            self.unit_error.show()
            return
        self.unit_edited.emit(new, edit_text(old, new))

    def group_member_ids(self) -> tuple[str, ...]:
        """The ids of the members listed on the group page."""
        items = (self.group_members.item(row) for row in range(self.group_members.count()))
        return tuple(str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None)

    def _add_member(self, unit_id: str) -> None:
        group_id = self.group_id
        if self._loading or self.chart is None or group_id is None or group_id not in self.chart.groups:
            return
        group = self.chart.groups[group_id]
        if unit_id in group.members or unit_id not in self.chart.units:
            return
        new = Group(group.id, group.name, (*group.members, unit_id))
        text = self.tr("Add {unit} to {group}").format(unit=self.chart.unit(unit_id).label, group=group.name)
        self.group_edited.emit(new, text)

    def _remove_member(self) -> None:
        group_id, item = self.group_id, self.group_members.currentItem()
        chart = self.chart
        if self._loading or chart is None or group_id is None or item is None:
            return
        group = chart.groups.get(group_id)
        if group is None:
            return
        gone = str(item.data(Qt.ItemDataRole.UserRole))
        new = Group(group.id, group.name, tuple(m for m in group.members if m != gone))
        unit = chart.units.get(gone)
        text = self.tr("Remove {unit} from {group}").format(
            unit=unit.label if unit else gone, group=group.name
        )
        self.group_edited.emit(new, text)

    def _load_posts(self, chart: Chart, unit: Unit) -> None:
        self.posts_spin.setValue(-1 if unit.posts is None else unit.posts)
        broken_down = unit.post_breakdown is not None
        self.posts_spin.setReadOnly(broken_down)
        self.posts_spin.setButtonSymbols(
            QSpinBox.ButtonSymbols.NoButtons if broken_down else QSpinBox.ButtonSymbols.UpDownArrows
        )
        self.posts_spin.setToolTip(
            self.tr("The sum of the posts by grade and source: edit them in the table")
            if broken_down
            else self.tr("All posts of the unit (grade and funding source not given)")
        )
        self.post_table.set_breakdown(unit.post_breakdown, chart.funding_sources, owner=(id(chart), unit.id))
        if broken_down:
            note = ""
        elif unit.posts is not None:
            note = self.tr(
                "Add a grade and enter its posts to break the {count} posts down: "
                "the table's sum then replaces that total."
            ).format(count=number(unit.posts))
        else:
            note = self.tr("Add a grade and enter its posts by funding source to start a breakdown.")
        self.post_table.set_hint(note)
        self.post_table.setVisible(self._show_breakdown)

    def _toggle_breakdown(self, shown: bool) -> None:
        self._show_breakdown = shown
        self.breakdown_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.post_table.setVisible(shown)

    def _append_line(self, to: str | None, scope: str) -> UnitPicker:
        """A row of the reporting-lines table: a unit picker and a scope chooser."""
        row = self.lines_table.rowCount()
        self.lines_table.insertRow(row)
        item = QTableWidgetItem()
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.lines_table.setItem(row, 0, item)
        picker = UnitPicker(self._units_model)
        picker.set_unit(to)
        self._show_line_unit(item, to)
        picker.unit_chosen.connect(lambda unit_id: self._line_chosen(item, unit_id))
        self.lines_table.setCellWidget(row, 0, picker)
        combo = QComboBox()
        for value in SCOPES:
            combo.addItem(scope_label(value), value)
        _set_combo(combo, scope)
        combo.setToolTip(self.tr("The settings in which the unit reports along this line"))
        combo.activated.connect(self._unit_done)
        self.lines_table.setCellWidget(row, 1, combo)
        picker.setToolTip(item.text())  # the whole name, which a narrow dock cuts
        self.lines_table.setRowHeight(row, max(picker.sizeHint().height(), combo.sizeHint().height()) + 2)
        self._fit_lines_table()
        return picker

    def _fit_lines_table(self) -> None:
        """As tall as its rows (up to :data:`_MAX_LINE_ROWS`): no scroll bar hides a line."""
        table = self.lines_table
        rows = min(table.rowCount(), _MAX_LINE_ROWS)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += (
            sum(table.rowHeight(row) for row in range(rows))
            if rows
            else table.verticalHeader().defaultSectionSize()
        )
        table.setFixedHeight(height)

    def _show_line_unit(self, item: QTableWidgetItem, unit_id: str | None) -> None:
        chart = self.chart
        unit = chart.units.get(unit_id) if chart is not None and unit_id else None
        item.setText(unit_title(unit) if unit is not None else unit_id or "")
        item.setData(Qt.ItemDataRole.UserRole, unit_id)

    def _line_chosen(self, item: QTableWidgetItem, unit_id: str) -> None:
        self._show_line_unit(item, unit_id)
        picker = self.line_picker(item.row())
        if picker is not None:
            picker.setToolTip(item.text())
        self._unit_done()

    def line_picker(self, row: int) -> UnitPicker | None:
        """The unit picker of row *row* of the reporting-lines table."""
        widget = self.lines_table.cellWidget(row, 0)
        return widget if isinstance(widget, UnitPicker) else None

    def _add_line_row(self) -> None:
        self._loading = True
        try:
            picker = self._append_line(None, "all")
        finally:
            self._loading = False
        self.lines_table.setCurrentCell(self.lines_table.rowCount() - 1, 0)
        picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_line_row(self) -> None:
        row = self.lines_table.currentRow()
        if row < 0:
            row = self.lines_table.rowCount() - 1
        if row >= 0:
            self.lines_table.removeRow(row)
            self._fit_lines_table()
            self._unit_done()

    # -------------------------------------------------------------- editing

    def edited_unit(self) -> Unit | None:
        """The unit as the form describes it (None when no unit is shown)."""
        if self.chart is None or self.unit_id is None or self.unit_id not in self.chart.units:
            return None
        old = self.chart.unit(self.unit_id)
        head = Head(
            self.head_title.text().strip() or None,
            self.head_rank.currentData(),
            self.head_gender.currentData(),
            self.head_name.text().strip() or None,
        )
        lines: list[ReportingLine] = []
        for row in range(self.lines_table.rowCount()):
            picker = self.line_picker(row)
            combo = self.lines_table.cellWidget(row, 1)
            target = picker.unit_id() if picker is not None else None
            scope = combo.currentData() if isinstance(combo, QComboBox) else "all"
            if target:
                lines.append(ReportingLine(target, scope or "all"))
        kind = self.kind_combo.currentData()
        posts = self.posts_spin.value()
        total = {} if old.post_breakdown is not None else {"posts": None if posts < 0 else posts}
        return old.with_changes(
            name=self.name_edit.text().strip() or old.name,
            short=self.short_edit.text().strip() or None,
            kind=kind,
            head=None if head.is_empty() else head,
            regions=_split(self.regions_edit.text()),
            functions=_split(self.functions_edit.text()),
            **total,
            presence=self.presence_combo.currentData() if kind == "mission" else None,
            note=self.note_edit.text().strip() or None,
            reports_to=tuple(lines),
            formerly=_split(self.formerly_edit.text()),
        )

    def _unit_done(self, *_: object) -> None:
        if self._loading or self.chart is None or self.unit_id is None:
            return
        new = self.edited_unit()
        if new is None:
            return
        try:
            check_formerly(new.id, new.formerly)
        except ChartError as exc:
            self.unit_error.setText(self.tr("Formerly: {error}").format(error=exc))
            self.unit_error.show()
            return
        self.unit_error.hide()
        old = self.chart.unit(new.id)
        if new != old:
            self.unit_edited.emit(new, edit_text(old, new))

    def _breakdown_done(self, breakdown: PostBreakdown | None) -> None:
        """A cell of the posts table was edited: one step, the rest of the form unchanged."""
        chart, unit_id = self.chart, self.unit_id
        if self._loading or chart is None or unit_id is None or unit_id not in chart.units:
            return
        old = chart.unit(unit_id)
        if breakdown is None:
            new = old.with_changes(post_breakdown=None, posts=None)
        else:
            new = old.with_changes(post_breakdown=breakdown)
        if new != old:
            self.unit_edited.emit(new, self.tr("Edit posts of {unit}").format(unit=old.label))

    def _membership_changed(self, item: QListWidgetItem) -> None:
        if self._loading or self.chart is None or self.unit_id is None:
            return
        group = self.chart.groups[str(item.data(Qt.ItemDataRole.UserRole))]
        members = [m for m in group.members if m != self.unit_id]
        if item.checkState() == Qt.CheckState.Checked:
            members.append(self.unit_id)
        text = (
            self.tr("Add to {group}")
            if item.checkState() == Qt.CheckState.Checked
            else self.tr("Remove from {group}")
        )
        new = Group(group.id, group.name, tuple(members))
        self.group_edited.emit(new, text.format(group=group.name))

    def _link_done(self, *_: object) -> None:
        if self._loading or self.link is None:
            return
        kind = self.link_kind.currentData()
        if kind != self.link.kind:
            new = Link(self.link.source, self.link.target, kind)
            old, self.link = self.link, new
            self.link_edited.emit(old, new)

    def _delete_link(self) -> None:
        if self.link is not None:
            self.link_deleted.emit(self.link)

    def _group_done(self) -> None:
        if self._loading or self.chart is None or self.group_id is None:
            return
        old = self.chart.groups.get(self.group_id)
        if old is None:
            return
        new = Group(old.id, self.group_name.text().strip() or old.name, old.members)
        if new != old:
            self.group_edited.emit(new, self.tr("Edit group {group}").format(group=new.name))

    def _title_done(self) -> None:
        if self._loading or self.chart is None:
            return
        title = self.title_edit.text().strip()
        if title and title != self.chart.title:
            self.title_edited.emit(title)
