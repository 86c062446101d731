"""The list of differences: a tree model (category → difference) whose rows name units.

Every row carries the union ids of the units it is about (``UNITS_ROLE``), so that clicking it
can select those units on both charts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from orgeditor.diff import ChartDiff, FieldChange, FindingRef, UnitChange
from orgeditor.diff.story import story_line
from orgeditor.diff.wording import FIELD_LABELS, set_delta, shorten
from orgeditor.model import ReportingLine
from orgeditor.render.diagram import legend_word
from orgeditor.ui.compare.items import LINE_COLOURS, STATUS_COLOURS
from orgeditor.ui.post_text import number
from orgeditor.ui.words import word_label

__all__ = [
    "CATEGORY_ROLE",
    "FOCUS_ROLE",
    "LINEAGE",
    "STORY_ORDER",
    "UNITS_ROLE",
    "DiffEntry",
    "DifferencesModel",
    "diff_entries",
]

#: Item data role holding the tuple of union unit ids a row is about.
UNITS_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: Item data role holding the union ids to bring into view when the row is chosen.
FOCUS_ROLE = UNITS_ROLE + 1
#: Item data role of a category row holding the category's name (without its count).
CATEGORY_ROLE = UNITS_ROLE + 2
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_FINDING_COLOURS = {"new": LINE_COLOURS["removed"], "resolved": LINE_COLOURS["added"]}
#: The category of merges, splits and successions: the story, first in the list.
LINEAGE = "Merges, splits and successions"
#: Where the window opens: the first row of the first of these categories that has one.
STORY_ORDER = (
    LINEAGE,
    "Units added",
    "Units removed",
    "Units renamed",
    "Units changed",
    "Reporting lines moved",
    "Findings new",
    "Findings resolved",
)
#: Every category's name, for the translation (they are shown translated, kept in English).
CATEGORY_NAMES = (
    QT_TRANSLATE_NOOP("DifferencesModel", "Merges, splits and successions"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Units added"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Units removed"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Units renamed"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Units changed"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Reporting lines moved"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Findings new"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Findings resolved"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Chart"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Links"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Groups"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Functions"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Notes revised"),
    QT_TRANSLATE_NOOP("DifferencesModel", "Saved positions moved"),
)


@dataclass(frozen=True)
class DiffEntry:
    """One difference: its category, one-line text, full text and the units it is about."""

    category: str
    text: str
    detail: str
    units: tuple[str, ...]
    status: str = ""
    focus: tuple[str, ...] = ()
    """The units to bring into view (default: all of *units*)."""


class _Labels:
    """Short labels of units by id: B's first, then A's (for removed units)."""

    def __init__(self, diff: ChartDiff) -> None:
        self.diff = diff

    def __call__(self, unit_id: str, side: str = "b") -> str:
        first, second = (self.diff.b, self.diff.a) if side == "b" else (self.diff.a, self.diff.b)
        unit = first.units.get(unit_id) or second.units.get(unit_id)
        if unit is not None:
            return unit.label
        group = self.diff.b.groups.get(unit_id) or self.diff.a.groups.get(unit_id)
        return group.name if group is not None else unit_id

    def name(self, unit_id: str) -> str:
        """The full name of a unit (B's first)."""
        unit = self.diff.b.units.get(unit_id) or self.diff.a.units.get(unit_id)
        return unit.name if unit is not None else unit_id

    def place(self, lines: Sequence[ReportingLine], side: str) -> str:
        """``under X`` or ``with no reporting line``."""
        if not lines:
            return QCoreApplication.translate("Differences", "with no reporting line")
        return QCoreApplication.translate("Differences", "under {units}").format(
            units=self.lines(lines, side)
        )

    def lines(self, lines: Sequence[ReportingLine], side: str) -> str:
        if not lines:
            return QCoreApplication.translate("Differences", "nobody")
        parts = [self(ln.to, side) + ("" if ln.scope == "all" else f" ({_scope(ln.scope)})") for ln in lines]
        return ", ".join(parts)


def _joined(parts: Iterable[str]) -> str:
    """Changes of one difference in a row, "posts 3 → 4; name …" (French spaces the semicolon)."""
    return QCoreApplication.translate("Differences", "; ").join(parts)


def _translate(context: str, text: str) -> str:
    """A text the pure layers marked (:mod:`orgeditor.model.i18n`), in the user's language."""
    return QCoreApplication.translate(context, text)


def _field(name: str) -> str:
    """A field of the chart file as the differences name it ("Head's rank")."""
    return _translate("Fields", FIELD_LABELS[name]) if name in FIELD_LABELS else name


#: A reporting line's scope, in brackets after the unit it goes to.
_SCOPES: dict[str, str] = {
    "mission": str(QT_TRANSLATE_NOOP("Differences", "mission")),
    "non-mission": str(QT_TRANSLATE_NOOP("Differences", "non-mission")),
}


def _scope(scope: str) -> str:
    known = _SCOPES.get(scope)
    return QCoreApplication.translate("Differences", known) if known is not None else scope


def _value(field: str, value: object) -> str:
    """A field's value, the vocabulary's words in the user's language (kind, rank…)."""
    if isinstance(value, str) and field in ("kind", "head.rank", "head.gender", "presence"):
        return word_label(value)
    return str(value)


def _field_words(change: FieldChange) -> str:
    label = _field(change.field).lower()
    if change.field in ("regions", "functions"):
        gained, lost = set_delta(change)
        parts = [f"+{v}" for v in gained] + [f"−{v}" for v in lost]
        return f"{label} {' '.join(parts)}"
    if change.field == "posts":
        none = QCoreApplication.translate("Differences", "none")
        old, new = (none if not isinstance(v, int) else number(v) for v in (change.old, change.new))
        return QCoreApplication.translate("Differences", "posts {old} → {new}").format(old=old, new=new)
    if change.field == "note":
        return QCoreApplication.translate("Differences", "note revised")
    if change.field in ("name", "short", "kind", "head.rank", "head.title"):
        none = QCoreApplication.translate("Differences", "none")
        old = _value(change.field, change.old) if change.old is not None else none
        new = _value(change.field, change.new) if change.new is not None else none
        return _was_now(label, shorten(old, 40), shorten(new, 40))
    return label


def _was_now(field: str, old: str, new: str) -> str:
    """``Kind: office → department`` (in French ``Type : bureau → département``)."""
    return QCoreApplication.translate("Differences", "{field}: {old} → {new}").format(
        field=field, old=old, new=new
    )


def _plain(value: object) -> str:
    if value is None or value == ():
        return QCoreApplication.translate("Differences", "none")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _finding_text(ref: FindingRef) -> str:
    cite = f" ({ref.cite})" if ref.cite else ""
    return f"{legend_word(ref.severity)} {ref.rule}{cite}: {ref.message}"


def diff_entries(diff: ChartDiff) -> list[DiffEntry]:
    """Every difference worth a row, by category, in reading order."""
    label = _Labels(diff)
    to_b = diff.counterpart
    out: list[DiffEntry] = []
    for item in diff.lineage:
        text = story_line(diff, item, _translate, number)
        sources = tuple(to_b(uid) for uid in item.sources)
        units = tuple(dict.fromkeys((*sources, *item.targets)))
        out.append(DiffEntry(LINEAGE, shorten(text, 110), text, units, "changed", item.targets))

    def findings(kind: str, refs: Iterable[FindingRef], side: str) -> None:
        for ref in sorted(refs, key=lambda r: _SEVERITY_ORDER.get(r.severity, 3)):
            units = tuple(to_b(u) if side == "a" else u for u in ref.units)
            detail = _finding_text(ref)
            if units:
                who = ", ".join(label(u, side) for u in ref.units[:3])
                text = f"{who} — {legend_word(ref.severity)} {ref.rule}" + (
                    f" ({ref.cite})" if ref.cite else ""
                )
            else:
                text = detail
            out.append(DiffEntry(f"Findings {kind}", shorten(text, 110), detail, units, kind))

    for meta in diff.meta:
        name = _field(meta.field)
        if meta.field == "description":
            text = QCoreApplication.translate("Differences", "{field} revised").format(field=name)
        else:
            text = _was_now(name, shorten(_plain(meta.old), 50), shorten(_plain(meta.new), 50))
        out.append(DiffEntry("Chart", text, f"{name}: {_plain(meta.new)}", (), "changed"))
    findings("new", diff.findings_new, "b")
    findings("resolved", diff.findings_resolved, "a")
    for uid in diff.units_added:
        unit = diff.b.units[uid]
        text = f"{unit.label} — {word_label(unit.kind)} {label.place(unit.reports_to, 'b')}"
        out.append(DiffEntry("Units added", text, unit.name, (uid,), "added"))
    for uid in diff.units_removed:
        unit = diff.a.units[uid]
        text = f"{unit.label} — {word_label(unit.kind)} {label.place(unit.reports_to, 'a')}"
        out.append(DiffEntry("Units removed", text, unit.name, (uid,), "removed"))
    for rename in diff.units_renamed:
        text = QCoreApplication.translate("Differences", "{unit}: id {old} → {new}").format(
            unit=rename.name, old=rename.old_id, new=rename.new_id
        )
        out.append(DiffEntry("Units renamed", text, text, (rename.new_id,), "changed"))
    moved: list[UnitChange] = []
    notes: list[UnitChange] = []
    for change in diff.units_changed:
        fields = [c for c in change.fields if c.field != "id"]
        names = {c.field for c in fields}
        if names - {"note"} == {"reports_to"}:
            moved.append(change)
        elif names == {"note"}:
            notes.append(change)
        elif fields:
            words = _joined(_field_words(c) for c in fields if c.field != "reports_to")
            line = change.field("reports_to")
            if line is not None:
                words += QCoreApplication.translate("Differences", "; now under {units}").format(
                    units=label.lines(line.new, "b")
                )
            text = f"{label(change.id)} — {words}"
            out.append(DiffEntry("Units changed", shorten(text, 110), text, (change.id,), "changed"))
    for change in moved:
        line = change.field("reports_to")
        assert line is not None
        old, new = label.lines(line.old, "a"), label.lines(line.new, "b")
        text, detail = _was_now(label(change.id), old, new), _was_now(label.name(change.id), old, new)
        if change.field("note") is not None:
            detail += QCoreApplication.translate("Differences", " (note revised)")
        units = (change.id, *(to_b(ln.to) for ln in line.old), *(ln.to for ln in line.new))
        out.append(
            DiffEntry(
                "Reporting lines moved", text, detail, tuple(dict.fromkeys(units)), "moved", (change.id,)
            )
        )
    for link in diff.links_added:
        text = f"{label(link.source)} {legend_word(link.kind)} {label(link.target)}"
        added = QCoreApplication.translate("Differences", "added: {what}").format(what=text)
        out.append(DiffEntry("Links", added, text, (link.source, link.target), "added"))
    for link in diff.links_removed:
        text = f"{label(link.source, 'a')} {legend_word(link.kind)} {label(link.target, 'a')}"
        removed = QCoreApplication.translate("Differences", "removed: {what}").format(what=text)
        out.append(DiffEntry("Links", removed, text, (link.source, link.target), "removed"))
    for gid in diff.groups_added:
        members = diff.b.groups[gid].members
        added = QCoreApplication.translate("Differences", "added: {what}").format(what=label(gid))
        out.append(DiffEntry("Groups", added, label(gid), members, "added"))
    for gid in diff.groups_removed:
        members = tuple(to_b(m) for m in diff.a.groups[gid].members)
        removed = QCoreApplication.translate("Differences", "removed: {what}").format(what=label(gid, "a"))
        out.append(DiffEntry("Groups", removed, label(gid, "a"), members, "removed"))
    for group in diff.groups_changed:
        parts = []
        if group.name is not None:
            parts.append(
                QCoreApplication.translate("Differences", "renamed from “{name}”").format(name=group.name.old)
            )
        if group.members_added:
            joined = ", ".join(label(m) for m in group.members_added)
            parts.append(QCoreApplication.translate("Differences", "joined by {units}").format(units=joined))
        if group.members_removed:
            left = ", ".join(label(m, "a") for m in group.members_removed)
            parts.append(QCoreApplication.translate("Differences", "left by {units}").format(units=left))
        text = QCoreApplication.translate("Differences", "{group}: {changes}").format(
            group=label(group.id), changes=_joined(parts)
        )
        units = (*group.members_added, *group.members_removed)
        out.append(DiffEntry("Groups", text, text, units, "changed"))
    for function in diff.functions_gained:
        units = tuple(u.id for u in diff.b.units.values() if function in u.functions)
        gained = QCoreApplication.translate("Differences", "gained: {function}").format(function=function)
        out.append(DiffEntry("Functions", gained, function, units, "added"))
    for function in diff.functions_lost:
        units = tuple(to_b(u.id) for u in diff.a.units.values() if function in u.functions)
        lost = QCoreApplication.translate("Differences", "lost: {function}").format(function=function)
        out.append(DiffEntry("Functions", lost, function, units, "removed"))
    for change in notes:
        note = change.field("note")
        detail = shorten(str(note.new if note is not None else ""), 400)
        out.append(DiffEntry("Notes revised", label(change.id), detail, (change.id,), "note"))
    for move in diff.moved:
        out.append(DiffEntry("Saved positions moved", label(move.id), label(move.id), (move.id,), "note"))
    return out


class DifferencesModel(QStandardItemModel):
    """Categories with their differences as children; each row's ``UNITS_ROLE`` names units."""

    def __init__(self, diff: ChartDiff, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Differences")])
        self.entries = diff_entries(diff)
        categories: dict[str, QStandardItem] = {}
        counts: dict[str, int] = {}
        for entry in self.entries:
            parent_item = categories.get(entry.category)
            if parent_item is None:
                parent_item = QStandardItem(entry.category)
                parent_item.setEditable(False)
                parent_item.setSelectable(False)
                font = parent_item.font()
                font.setBold(True)
                parent_item.setFont(font)
                parent_item.setData((), UNITS_ROLE)
                parent_item.setData(entry.category, CATEGORY_ROLE)
                self.appendRow(parent_item)
                categories[entry.category] = parent_item
            counts[entry.category] = counts.get(entry.category, 0) + 1
            row = QStandardItem(entry.text)
            row.setEditable(False)
            row.setToolTip(entry.detail)
            row.setData(entry.units, UNITS_ROLE)
            row.setData(entry.focus or entry.units, FOCUS_ROLE)
            colour = _FINDING_COLOURS.get(entry.status) or STATUS_COLOURS.get(entry.status, ("",))[0]
            if colour:
                row.setData(QColor(colour), Qt.ItemDataRole.DecorationRole)
            parent_item.appendRow(row)
        for name, item in categories.items():
            item.setText(f"{self.tr(name)} ({counts[name]})")

    def first_change(self) -> QModelIndex | None:
        """The row of the first change of the story (see :data:`STORY_ORDER`) that names
        units, else of any row that does; None when no row names a unit."""
        rows: dict[str, QStandardItem] = {}
        for r in range(self.rowCount()):
            parent = self.item(r)
            for c in range(parent.rowCount()):
                child = parent.child(c)
                if child.data(UNITS_ROLE):
                    rows.setdefault(parent.data(CATEGORY_ROLE), child)
        for category in (*STORY_ORDER, *rows):
            if category in rows:
                return rows[category].index()
        return None

    def rows_naming(self, unit_id: str) -> list[QStandardItem]:
        """The difference rows whose units include *unit_id*, in list order."""
        found = []
        for r in range(self.rowCount()):
            parent = self.item(r)
            for c in range(parent.rowCount()):
                child = parent.child(c)
                if unit_id in (child.data(UNITS_ROLE) or ()):
                    found.append(child)
        return found
