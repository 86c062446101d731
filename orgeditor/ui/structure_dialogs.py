"""The dialogs of the structure commands: New Regional ASG, Move Unit, Merge Units, Split Unit.

Units are chosen by name with unit pickers (no id is typed anywhere); OK stays disabled while
the command could not be done, and the dialog says why. :meth:`StructureDialog.command` is the
undoable command the dialog describes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.structure import (
    ALL_LINES,
    AddRegionalAsg,
    Merge,
    MergeUnits,
    Move,
    MoveUnit,
    NewAsg,
    Split,
    SplitPart,
    SplitUnit,
    default_asg_name,
    default_division_name,
)
from orgeditor.model import Chart, ReportingLine
from orgeditor.model.limits import MAX_POSTS, MAX_TEXT
from orgeditor.ui.docks.unit_picker import UnitPicker, scope_label, unit_model, unit_title

__all__ = [
    "MergeDialog",
    "MoveDialog",
    "NewAsgDialog",
    "SplitDialog",
    "StructureDialog",
    "chart_regions",
    "parse_regions",
    "scope_phrase",
]

_ID = Qt.ItemDataRole.UserRole


def chart_regions(chart: Chart) -> list[str]:
    """The regions the chart lists, then those its units use that it does not list."""
    used = [r for unit in chart for r in unit.regions]
    return list(dict.fromkeys([*chart.regions, *used]))


def parse_regions(text: str, known: Sequence[str]) -> tuple[str, ...]:
    """The regions of a comma-separated *text*, spelt as in *known* when they match it.

    >>> parse_regions("africa,  Antarctica,", ["Africa"])
    ('Africa', 'Antarctica')
    """
    spelling = {region.casefold(): region for region in known}
    regions = [part.strip() for part in text.split(",") if part.strip()]
    return tuple(dict.fromkeys(spelling.get(r.casefold(), r) for r in regions))


class _ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list in a line edit."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.rsplit(",", maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 - Qt's name
        value = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0].strip() if "," in text else ""
        return f"{head}, {value}" if head else value


class StructureDialog(QDialog):
    """A form, a line saying why OK is disabled (or a note), and OK/Cancel."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.units = unit_model(chart, self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason = QLabel(self)
        self.reason.setObjectName("structureReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.column.setSpacing(10)
        self.column.addLayout(self.form)
        self.column.addStretch(1)
        self.column.addWidget(self.reason)
        self.column.addWidget(self.buttons)
        self.setMinimumWidth(720)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def picker(self, unit_id: str | None = None) -> UnitPicker:
        picker = UnitPicker(self.units, self)
        picker.setMinimumContentsLength(36)
        picker.set_unit(unit_id if unit_id in self.chart.units else None)
        picker.unit_chosen.connect(lambda _: self.refresh())
        picker.edit.textEdited.connect(lambda _: self.refresh())
        return picker

    def problem(self) -> str | None:
        """Why the command cannot be done as filled in (None when it can)."""
        raise NotImplementedError

    def note(self) -> str:
        """Something to know before OK that does not stop it (plain text)."""
        return ""

    def command(self) -> QUndoCommand:
        raise NotImplementedError

    def refresh(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(problem is None)
        if problem is not None:
            self.reason.setText(f"<span style='color:#b00020'>{html.escape(problem, quote=False)}</span>")
        else:
            self.reason.setText(html.escape(self.note(), quote=False))
        self.reason.setVisible(bool(self.reason.text()))

    def accept(self) -> None:
        # Enter in a field does not accept a half-filled dialog, nor a closed one twice
        if self.ok_button.isEnabled() and self.isVisible():
            super().accept()


def scope_phrase(scope: str) -> str:
    """How the settings of a reporting line read: "mission settings"."""
    return scope_label(scope)


def _scope_combo(parent: QWidget, scope: str, *, all_text: str) -> QComboBox:
    combo = QComboBox(parent)
    for text, value in (
        (all_text, "all"),
        (scope_phrase("mission"), "mission"),
        (scope_phrase("non-mission"), "non-mission"),
    ):
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(scope)))
    return combo


# ------------------------------------------------------------------ new regional ASG


class NewAsgDialog(StructureDialog):
    """Regions, name, short name, the two reporting lines with their settings and a first
    division of a new regional ASG."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.setObjectName("newAsgDialog")
        self.setWindowTitle(self.tr("New Regional ASG"))
        intro = QLabel(
            self.tr(
                "An office headed by an Assistant Secretary-General with regional "
                "responsibilities, reporting to two departments for different settings."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.column.insertWidget(0, intro)
        self.known_regions = chart_regions(chart)
        self.regions_edit = QLineEdit(self)
        self.regions_edit.setObjectName("asgRegions")
        self.regions_edit.setPlaceholderText(self.tr("e.g. Antarctica (several: separate with commas)"))
        completer = _ListCompleter(QStringListModel(self.known_regions, self), self.regions_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.regions_edit.setCompleter(completer)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("asgName")
        self.short_edit = QLineEdit(self)
        self.short_edit.setObjectName("asgShort")
        self.short_edit.setPlaceholderText(self.tr("optional, e.g. ASG Antarctica"))
        self.first_picker = self.picker("dppa")
        self.first_scope = _scope_combo(self, "non-mission", all_text=self.tr("all settings"))
        self.second_picker = self.picker("dpo")
        self.second_scope = _scope_combo(self, "mission", all_text=self.tr("all settings"))
        self.division_check = QCheckBox(self.tr("Add a first division under it:"), self)
        self.division_check.setChecked(True)
        self.division_edit = QLineEdit(self)
        self.division_edit.setObjectName("asgDivision")
        for edit in (self.regions_edit, self.name_edit, self.short_edit, self.division_edit):
            edit.setMaxLength(MAX_TEXT)
            edit.textChanged.connect(self.refresh)
        for combo in (self.first_scope, self.second_scope):
            combo.currentIndexChanged.connect(self.refresh)
        self.division_check.toggled.connect(self.division_edit.setEnabled)
        self.division_check.toggled.connect(self.refresh)
        self.form.addRow(self.tr("&Regions:"), self.regions_edit)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Short name:"), self.short_edit)
        self.form.addRow(self.tr("Reports &to:"), self._line_row(self.first_picker, self.first_scope))
        self.form.addRow(self.tr("&And to:"), self._line_row(self.second_picker, self.second_scope))
        self.form.addRow(self.division_check, self.division_edit)
        self.refresh()
        self.regions_edit.setFocus()
        self.setMinimumWidth(820)  # the departments' names in full beside their settings

    def _line_row(self, picker: UnitPicker, scope: QComboBox) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picker, 1)
        layout.addWidget(QLabel(self.tr("for"), row))
        layout.addWidget(scope)
        return row

    def spec(self) -> NewAsg:
        lines = tuple(
            ReportingLine(picker.unit_id() or "", str(combo.currentData()))
            for picker, combo in (
                (self.first_picker, self.first_scope),
                (self.second_picker, self.second_scope),
            )
        )
        return NewAsg(
            regions=parse_regions(self.regions_edit.text(), self.known_regions),
            name=self.name_edit.text().strip(),
            short=self.short_edit.text().strip() or None,
            lines=lines,
            division=self.division_edit.text().strip() if self.division_check.isChecked() else None,
        )

    def refresh(self) -> None:
        regions = parse_regions(self.regions_edit.text(), self.known_regions)
        shown = regions or (self.tr("…"),)
        self.name_edit.setPlaceholderText(default_asg_name(shown))
        self.division_edit.setPlaceholderText(default_division_name(shown))
        super().refresh()

    def problem(self) -> str | None:
        return self.spec().problem(self.chart)

    def note(self) -> str:
        spec = self.spec()
        owners = {
            region: unit.label
            for unit in self.chart
            if unit.rank == "ASG" and unit.kind != "mission"
            for region in unit.regions
        }
        taken = [r for r in spec.regions if r in owners]
        if taken:
            text = self.tr("{region} is already a region of {unit}: the rules will say so.")
            return text.format(region=taken[0], unit=owners[taken[0]])
        new = [r for r in spec.regions if r not in self.known_regions]
        if new and self.chart.regions:
            return self.tr("New to the chart's list of regions: {regions}.").format(regions=", ".join(new))
        return ""

    def command(self) -> AddRegionalAsg:
        return AddRegionalAsg(self.chart, self.spec())


# ------------------------------------------------------------------------------ move


class MoveDialog(StructureDialog):
    """The unit, the unit it moves under, for which settings, and whether its branch goes too."""

    def __init__(self, chart: Chart, unit_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move Unit"))
        self._scoped_for: str | None = None
        self.unit_picker = self.picker(unit_id)
        self.now_label = QLabel(self)
        self.now_label.setWordWrap(True)
        self.manager_picker = self.picker()
        self.scope_combo = _scope_combo(
            self, ALL_LINES, all_text=self.tr("all settings (its only reporting line)")
        )
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.branch_check = QCheckBox(self)
        self.branch_check.setChecked(True)
        self.branch_check.toggled.connect(self.refresh)
        self.form.addRow(self.tr("&Unit:"), self.unit_picker)
        self.form.addRow(self.tr("Now:"), self.now_label)
        self.form.addRow(self.tr("Move &under:"), self.manager_picker)
        self.form.addRow(self.tr("&For:"), self.scope_combo)
        self.form.addRow("", self.branch_check)
        self.refresh()
        (self.manager_picker if unit_id else self.unit_picker).setFocus()

    def spec(self) -> Move:
        return Move(
            self.unit_picker.unit_id() or "",
            self.manager_picker.unit_id() or "",
            str(self.scope_combo.currentData()),
            branch=self.branch_check.isChecked(),
        )

    def refresh(self) -> None:
        chart, unit_id = self.chart, self.unit_picker.unit_id()
        if unit_id is not None and unit_id in chart.units:
            unit = chart.unit(unit_id)
            if unit_id != self._scoped_for:  # a unit with one line keeps its settings by default
                self._scoped_for = unit_id
                scope = unit.reports_to[0].scope if len(unit.reports_to) == 1 else ALL_LINES
                self.scope_combo.blockSignals(True)
                self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
                self.scope_combo.blockSignals(False)
            lines = [
                self.tr("{manager} for {scope}").format(
                    manager=chart.unit(line.to).label, scope=scope_phrase(line.scope)
                )
                for line in unit.reports_to
            ]
            self.now_label.setText(
                self.tr("reports to {lines}").format(lines=", ".join(lines))
                if lines
                else self.tr("reports to no one")
            )
            below = len(chart.subtree(unit_id)) - 1
            self.branch_check.setText(
                self.tr("Its branch moves with it ({count} units below it)").format(count=below)
                if below
                else self.tr("Its branch moves with it (it has no units below it)")
            )
        else:
            self.now_label.setText("")
            self.branch_check.setText(self.tr("Its branch moves with it"))
        super().refresh()

    def problem(self) -> str | None:
        return self.spec().problem(self.chart)

    def command(self) -> MoveUnit:
        return MoveUnit(self.chart, self.spec())


# ----------------------------------------------------------------------------- merge


class MergeDialog(StructureDialog):
    """The units to merge (the selection, more added with a picker) and the unit they become."""

    def __init__(self, chart: Chart, unit_ids: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge Units"))
        self.list = QListWidget(self)
        self.list.setObjectName("mergeUnits")
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(150)
        self.add_picker = self.picker()
        self.add_picker.unit_chosen.connect(self.add_unit)
        self._just_added = False
        self.add_picker.edit.returnPressed.connect(self._adding)
        self.remove_button = remove = QPushButton(self.tr("&Remove from the list"), self)
        remove.clicked.connect(self._remove_current)
        adding = QWidget(self)
        row = QHBoxLayout(adding)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_picker, 1)
        row.addWidget(remove)
        self.into_combo = QComboBox(self)
        self.into_combo.setObjectName("mergeInto")
        self.into_combo.currentIndexChanged.connect(self.refresh)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("mergeName")
        self.short_edit = QLineEdit(self)
        self.short_edit.setObjectName("mergeShort")
        for edit in (self.name_edit, self.short_edit):
            edit.setMaxLength(MAX_TEXT)
            edit.textChanged.connect(self.refresh)
        self.form.addRow(self.tr("&Merge:"), self.list)
        self.form.addRow(self.tr("&Add a unit:"), adding)
        self.form.addRow(self.tr("&Into:"), self.into_combo)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Short name:"), self.short_edit)
        explain = QLabel(
            self.tr(
                "Their reports, links and groups go to the merged unit; their posts are added up "
                "and it records the units it continues (formerly)."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.column.insertWidget(0, explain)
        order = {unit_id: n for n, unit_id in enumerate(chart.units)}
        for unit_id in sorted((u for u in unit_ids if u in order), key=order.__getitem__):
            self.add_unit(unit_id)
        self._fill_into()
        (self.name_edit if len(self.merged()) > 1 else self.add_picker).setFocus()

    def _adding(self) -> None:
        """Enter in the unit picker adds a unit: the dialog's OK does not follow it."""
        self._just_added = True
        QTimer.singleShot(0, lambda: setattr(self, "_just_added", False))

    def accept(self) -> None:
        if self._just_added:
            self._just_added = False
            return
        super().accept()

    def merged(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [str(item.data(_ID)) for item in items if item is not None]

    def add_unit(self, unit_id: str) -> None:
        if unit_id in self.chart.units and unit_id not in self.merged():
            item = QListWidgetItem(unit_title(self.chart.unit(unit_id)))
            item.setData(_ID, unit_id)
            order = list(self.chart.units)  # the list keeps the chart's order
            rank = order.index(unit_id)
            row = sum(1 for u in self.merged() if order.index(u) < rank)
            self.list.insertItem(row, item)
            self._fill_into()
        self.add_picker.set_unit(None)

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._fill_into()

    def _fill_into(self) -> None:
        chosen = self.into_combo.currentData()
        self.into_combo.blockSignals(True)
        self.into_combo.clear()
        self.into_combo.addItem(self.tr("a new unit"), "")
        for unit_id in self.merged():
            self.into_combo.addItem(
                self.tr("{unit} (kept)").format(unit=self.chart.unit(unit_id).label), unit_id
            )
        self.into_combo.setCurrentIndex(max(0, self.into_combo.findData(chosen)))
        self.into_combo.blockSignals(False)
        self.refresh()

    def spec(self) -> Merge:
        keep = str(self.into_combo.currentData() or "") or None
        return Merge(
            tuple(self.merged()),
            keep=keep,
            name=self.name_edit.text().strip(),
            short=self.short_edit.text().strip() or None,
        )

    def refresh(self) -> None:
        keep = self.into_combo.currentData() if hasattr(self, "into_combo") else None
        if keep:
            unit = self.chart.unit(str(keep))
            self.name_edit.setPlaceholderText(unit.name)
            self.short_edit.setPlaceholderText(unit.short or "")
        elif hasattr(self, "name_edit"):
            self.name_edit.setPlaceholderText(self.tr("the merged unit's name"))
            self.short_edit.setPlaceholderText(self.tr("optional"))
        super().refresh()

    def problem(self) -> str | None:
        return self.spec().problem(self.chart)

    def command(self) -> MergeUnits:
        return MergeUnits(self.chart, self.spec())


# ----------------------------------------------------------------------------- split


class SplitDialog(StructureDialog):
    """The unit, the new units (name, short name, posts) and which new unit each report joins."""

    def __init__(self, chart: Chart, unit_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.setObjectName("splitDialog")
        self.setWindowTitle(self.tr("Split Unit"))
        self.unit_picker = self.picker(unit_id)
        self.unit_picker.unit_chosen.connect(lambda _: self._rebuild())
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(2, 8)
        self.count_spin.setMaximumWidth(160)
        self.count_spin.valueChanged.connect(lambda _: self._rebuild())
        self.parts_box = QWidget(self)
        self.parts_grid = QGridLayout(self.parts_box)
        self.parts_grid.setContentsMargins(0, 0, 0, 0)
        self.reports_box = QWidget()
        self.reports_form = QFormLayout(self.reports_box)
        self.reports_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reports_scroll = QScrollArea(self)
        self.reports_scroll.setWidgetResizable(True)
        self.reports_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reports_scroll.setWidget(self.reports_box)
        self.reports_scroll.setMinimumHeight(120)
        self.names: list[QLineEdit] = []
        self.shorts: list[QLineEdit] = []
        self.posts: list[QSpinBox] = []
        self.report_combos: dict[str, QComboBox] = {}
        self.form.addRow(self.tr("&Unit:"), self.unit_picker)
        self.form.addRow(self.tr("&Into:"), self.count_spin)
        self.form.addRow(self.tr("New units:"), self.parts_box)
        self.form.addRow(self.tr("Its reports go to:"), self.reports_scroll)
        self._rebuild()
        if self.names:
            self.names[0].setFocus()

    def _rebuild(self) -> None:
        """Rows for the new units and for the reports of the unit chosen (names kept)."""
        names = [e.text() for e in self.names]
        shorts = [e.text() for e in self.shorts]
        while self.parts_grid.count():
            item = self.parts_grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.names, self.shorts, self.posts = [], [], []
        for column, title in enumerate((self.tr("Name"), self.tr("Short name"), self.tr("Posts"))):
            self.parts_grid.addWidget(QLabel(f"<i>{html.escape(title)}</i>", self.parts_box), 0, column)
        unit_id = self.unit_picker.unit_id()
        unit = self.chart.unit(unit_id) if unit_id is not None and unit_id in self.chart.units else None
        total = unit.posts if unit is not None and unit.posts is not None else 0
        count = self.count_spin.value()
        for n in range(count):
            name, short, posts = (
                QLineEdit(self.parts_box),
                QLineEdit(self.parts_box),
                QSpinBox(self.parts_box),
            )
            name.setObjectName(f"splitName{n}")
            short.setObjectName(f"splitShort{n}")
            posts.setObjectName(f"splitPosts{n}")
            name.setPlaceholderText(self.tr("name of new unit {n}").format(n=n + 1))
            name.setMaxLength(MAX_TEXT)
            short.setMaxLength(MAX_TEXT)
            name.setText(names[n] if n < len(names) else "")
            short.setText(shorts[n] if n < len(shorts) else "")
            posts.setRange(0, MAX_POSTS)
            posts.setValue(total // count + (1 if n < total % count else 0))
            posts.setEnabled(unit is not None and unit.posts is not None)
            name.textChanged.connect(self._names_changed)
            short.textChanged.connect(self._names_changed)
            posts.valueChanged.connect(lambda _: self.refresh())
            self.parts_grid.addWidget(name, n + 1, 0)
            self.parts_grid.addWidget(short, n + 1, 1)
            self.parts_grid.addWidget(posts, n + 1, 2)
            self.names.append(name)
            self.shorts.append(short)
            self.posts.append(posts)
        self.parts_grid.setColumnStretch(0, 3)
        self.parts_grid.setColumnStretch(1, 1)
        while self.reports_form.rowCount():
            self.reports_form.removeRow(0)
        self.report_combos = {}
        reports = [r for r in self.chart.direct_reports(unit.id) if r != unit.id] if unit else []
        for report_id in reports:
            combo = QComboBox(self.reports_box)
            combo.currentIndexChanged.connect(lambda _: self.refresh())
            self.report_combos[report_id] = combo
            report = self.chart.unit(report_id)
            label = QLabel(report.label, self.reports_box)
            label.setToolTip(unit_title(report))
            label.setWordWrap(True)
            self.reports_form.addRow(label, combo)
        if not reports:
            self.reports_form.addRow(QLabel(self.tr("(no units report to it)"), self.reports_box))
        self._names_changed()

    def _part_names(self) -> list[str]:
        return [
            s.text().strip() or e.text().strip() or self.tr("new unit {n}").format(n=n + 1)
            for n, (e, s) in enumerate(zip(self.names, self.shorts, strict=True))
        ]

    def _names_changed(self) -> None:
        names = self._part_names()
        for combo in self.report_combos.values():
            current = max(0, combo.currentIndex())
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(min(current, len(names) - 1))
            combo.blockSignals(False)
        self.refresh()

    def spec(self) -> Split:
        taken: list[list[str]] = [[] for _ in self.names]
        for report_id, combo in self.report_combos.items():
            taken[max(0, combo.currentIndex())].append(report_id)
        unit_id = self.unit_picker.unit_id() or ""
        has_posts = unit_id in self.chart.units and self.chart.unit(unit_id).posts is not None
        parts = tuple(
            SplitPart(
                name.text().strip(),
                short.text().strip() or None,
                posts.value() if has_posts else None,
                tuple(reports),
            )
            for name, short, posts, reports in zip(self.names, self.shorts, self.posts, taken, strict=True)
        )
        return Split(unit_id, parts)

    def problem(self) -> str | None:
        return self.spec().problem(self.chart)

    def note(self) -> str:
        return self.tr("Each new unit records that it continues the unit split (formerly).")

    def command(self) -> SplitUnit:
        return SplitUnit(self.chart, self.spec())
