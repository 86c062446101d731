"""The tables of the variants panel: the provisions grid, the totals, and the story as HTML.

Grid cells carry the status in words (``✓ pass``, ``✗ fail``, ``◐ departure``, ``– n/a``, as
the text report), a colour, and an icon drawn like the card badges: the worst finding's badge
(error or warning) for a failing paragraph, the departure badge for one a sanctioned departure
covers, a green tick in a circle for a pass. A cell's tooltip names the paragraph's rules and
quotes the first finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from orgeditor.compare import Comparison, Provision
from orgeditor.compare.report import STATUS_MARKS, column_letters, grade_rows, source_rows, total_rows
from orgeditor.compare.story import money, pair_story
from orgeditor.render.diagram import legend_word
from orgeditor.render.painting import card_number
from orgeditor.render.primitives import draw_badge
from orgeditor.render.theme import get_theme, worst_badge
from orgeditor.ui.i18n import translate
from orgeditor.ui.post_text import number
from orgeditor.ui.words import word_label

__all__ = [
    "STATUS_FILLS",
    "ProvisionsGrid",
    "TotalsTable",
    "cell_tooltip",
    "status_icon",
    "story_html",
    "variant_header",
]

#: (background, text) of a grid cell by status.
STATUS_FILLS: dict[str, tuple[str, str]] = {
    "pass": ("#e6f4ea", "#0d652d"),
    "fail": ("#fce8e6", "#a50e0e"),
    "departure": ("#fef7e0", "#7a4f01"),
    "n/a": ("#f1f3f4", "#5f6368"),
}
_PASS_GREEN = "#188038"
_ICONS: dict[str, QIcon] = {}


def _pass_pixmap() -> QPixmap:
    pixmap = QPixmap(20, 20)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(QBrush(QColor(_PASS_GREEN)))
    painter.drawEllipse(QPointF(10, 10), 8, 8)
    tick = QPainterPath(QPointF(6.2, 10.2))
    tick.lineTo(8.9, 13.0)
    tick.lineTo(13.8, 7.2)
    pen = QPen(QColor("#ffffff"), 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return pixmap


def status_icon(badge: str) -> QIcon:
    """The icon of a grid cell: ``pass`` (a green tick in a circle), a card badge (``error``,
    ``warning``, ``info``, ``departure``), or an empty icon (``n/a``)."""
    icon = _ICONS.get(badge)
    if icon is None:
        if badge == "pass":
            icon = QIcon(_pass_pixmap())
        elif badge == "n/a":
            icon = QIcon()
        else:
            pixmap = QPixmap(20, 20)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            draw_badge(painter, QPointF(10, 10), badge, get_theme("screen"))
            painter.end()
            icon = QIcon(pixmap)
        _ICONS[badge] = icon
    return icon


def _cell_badge(row: Provision, key: str) -> str:
    status = row.status[key]
    if status == "fail":
        severities = [f.severity for f in row.findings[key] if f.severity in ("error", "warning")]
        return worst_badge(severities) or "error"
    return status


def variant_header(letter: str, label: str) -> str:
    """A column heading: the letter over the file's name."""
    return f"{letter}\n{label}"


def _digits(value: str) -> str:
    """A count of the totals in the user's language's digit groups ("1 181" in French)."""
    return card_number(int(value)) if value.isdigit() else value


def cell_tooltip(row: Provision, key: str, variant: str) -> str:
    """``¶8(d) — B variant-four-asgs.yaml: fail``, the rules of the row with what they check,
    then the first finding (of a failing rule first)."""
    status = row.status[key]
    where = translate("VariantsTables", "general rules") if row.general else row.cite
    mark = translate("Comparison", STATUS_MARKS[status])
    lines = [f"{where} — {variant}: {mark}", "", translate("VariantsTables", "Rules:")]
    lines += [f"• {rule}: {row.titles.get(rule, '')}" for rule in row.rules]
    findings = row.findings[key]
    serious = [f for f in findings if f.severity in ("error", "warning")]
    shown = serious or [f for f in findings if f.departure is not None] or list(findings)
    if shown:
        first = shown[0]
        heading = (
            translate("VariantsTables", "First finding (and {count} more):").format(count=len(findings) - 1)
            if len(findings) > 1
            else translate("VariantsTables", "First finding:")
        )
        lines += ["", heading, f"{legend_word(first.severity)} {first.rule}: {first.message}"]
        if first.departure is not None:
            lines.append(
                translate("VariantsTables", "Departure: {reason} ({cite})").format(
                    reason=first.departure.reason, cite=first.departure.cite
                )
            )
    elif status == "n/a":
        lines += [
            "",
            translate("VariantsTables", "No rule of this paragraph applies (they compare with a baseline)."),
        ]
    return "\n".join(lines)


class _KeepColours(QStyledItemDelegate):
    """Selected cells keep their status colours, framed in the selection colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            option = QStyleOptionViewItem(option)
            option.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, option, index)
        if selected:
            painter.save()
            colour = option.palette.highlight().color()
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect: QRect = option.rect.adjusted(1, 1, -2, -2)
            painter.drawRect(rect)
            painter.restore()


def _item(text: str, *, bold: bool = False, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    if align is not None:
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return item


class _VariantColumns(QTableWidget):
    """A read-only table whose first columns are the variants; whole columns are selected."""

    def __init__(self, comparison: Comparison, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.letters = column_letters(len(comparison.variants))
        self.labels = list(labels)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setItemDelegate(_KeepColours(self))
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)

    def _headers(self, extra: Sequence[str] = ()) -> None:
        names = [variant_header(x, label) for x, label in zip(self.letters, self.labels, strict=True)]
        self.setColumnCount(len(names) + len(extra))
        self.setHorizontalHeaderLabels([*names, *extra])
        for column, variant in enumerate(self.comparison.variants):
            heading = self.horizontalHeaderItem(column)
            if heading is not None:
                heading.setToolTip(f"{self.letters[column]}: {variant.key}\n{variant.title}")

    def selected_variants(self) -> list[int]:
        """The variant columns selected (whole columns), left to right."""
        count = len(self.comparison.variants)
        model = self.selectionModel()
        return [c for c in range(count) if model.isColumnSelected(c)]


class ProvisionsGrid(_VariantColumns):
    """Rows: the paragraphs of the note in order, then the general rules; columns: the
    variants, then what the row's rules check."""

    def __init__(self, comparison: Comparison, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(comparison, labels, parent)
        rows = list(comparison.provisions)
        self.setRowCount(len(rows))
        self._headers([self.tr("What the rules check")])
        self.setVerticalHeaderLabels([self.tr("General") if row.general else row.cite for row in rows])
        for r, row in enumerate(rows):
            side = self.verticalHeaderItem(r)
            if side is not None:
                side.setToolTip("\n".join(f"{rule}: {row.titles.get(rule, '')}" for rule in row.rules))
            for c, variant in enumerate(comparison.variants):
                status = row.status[variant.key]
                item = _item(translate("Comparison", STATUS_MARKS[status]), align=Qt.AlignmentFlag.AlignLeft)
                item.setIcon(status_icon(_cell_badge(row, variant.key)))
                fill, text = STATUS_FILLS[status]
                item.setBackground(QColor(fill))
                item.setForeground(QColor(text))
                item.setToolTip(cell_tooltip(row, variant.key, f"{self.letters[c]} {self.labels[c]}"))
                item.setData(Qt.ItemDataRole.UserRole, status)
                self.setItem(r, c, item)
            what = translate("VariantsTables", "; ").join(
                dict.fromkeys(row.titles.get(rule, rule) for rule in row.rules)
            )
            cell = _item(what)
            cell.setToolTip("\n".join(f"{rule}: {row.titles.get(rule, '')}" for rule in row.rules))
            cell.setForeground(QColor("#3c4043"))
            self.setItem(r, len(comparison.variants), cell)
        header = self.horizontalHeader()
        for c in range(len(comparison.variants)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def status(self, cite: str, column: int) -> str:
        """The status shown for paragraph *cite* (``General`` for the general rules)."""
        for r in range(self.rowCount()):
            side, item = self.verticalHeaderItem(r), self.item(r, column)
            if side is not None and item is not None and side.text() == cite:
                return str(item.data(Qt.ItemDataRole.UserRole))
        raise KeyError(cite)


class TotalsTable(_VariantColumns):
    """The totals side by side: headline figures, posts by grade, posts and cost by source.
    A figure that differs from the variant before it is bold."""

    def __init__(self, comparison: Comparison, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(comparison, labels, parent)
        rows: list[tuple[str, list[str], bool]] = [
            (translate("Comparison", name), [_digits(v) for v in values], False)
            for name, values in total_rows(comparison)
        ]
        rows.append((self.tr("Posts by grade"), [], True))
        rows += [
            (f"  {word_label(g)}", [card_number(n) for n in counts], False)
            for g, counts in grade_rows(comparison)
        ]
        rows.append((self.tr("Posts and cost by funding source"), [], True))
        for words, posts, costs in source_rows(comparison):
            source = translate("Words", words)  # a funding source SPEC names (words.py), else as is
            rows.append(
                (
                    "  " + self.tr("{source}: posts").format(source=source),
                    [card_number(n) for n in posts],
                    False,
                )
            )
            rows.append(
                ("  " + self.tr("{source}: cost").format(source=source), [money(c) for c in costs], False)
            )
        self.setRowCount(len(rows))
        self._headers()
        self.setVerticalHeaderLabels([name for name, _, _ in rows])
        count = len(comparison.variants)
        self.rows: dict[str, list[str]] = {}
        for r, (name, values, section) in enumerate(rows):
            if section:
                self.setSpan(r, 0, 1, count)
                side = self.verticalHeaderItem(r)
                if side is not None:
                    font = QFont(side.font())
                    font.setBold(True)
                    side.setFont(font)
                continue
            self.rows[name.strip()] = values
            for c, value in enumerate(values):
                changed = c > 0 and value != values[c - 1]
                item = _item(value, bold=changed, align=Qt.AlignmentFlag.AlignRight)
                if changed:
                    item.setToolTip(
                        self.tr("{this} differs from {that} ({value})").format(
                            this=self.letters[c], that=self.letters[c - 1], value=values[c - 1]
                        )
                    )
                self.setItem(r, c, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _told(comparison: Comparison, n: int) -> tuple[str, ...]:
    """The story from variant *n* to the next in the user's language (the comparison keeps
    it in English, for the reports)."""
    change = comparison.changes[n]
    if change.diff is None:
        return change.story
    totals = (comparison.variants[n].totals, comparison.variants[n + 1].totals)
    return pair_story(
        change.before,
        change.after,
        change.diff,
        totals,
        comparison.provisions,
        translate=QCoreApplication.translate,
        number=number,
    )


def story_html(comparison: Comparison, labels: Sequence[str]) -> str:
    """The story between each variant and the next, with a link to open the pair side by
    side (``pair:N``, N the index of the first of the two)."""
    letters = column_letters(len(comparison.variants))
    parts: list[str] = []
    for n, change in enumerate(comparison.changes):
        a, b = letters[n], letters[n + 1]
        counts = (
            translate("VariantsTables", "{added} added, {removed} removed, {changed} changed, 1 line moved")
            if change.lines_moved == 1
            else translate(
                "VariantsTables", "{added} added, {removed} removed, {changed} changed, {moved} lines moved"
            )
        ).format(
            added=change.units_added,
            removed=change.units_removed,
            changed=change.units_changed,
            moved=change.lines_moved,
        )
        if change.editorial:
            counts += translate("VariantsTables", "; editorial apart: {what}").format(what=change.editorial)
        side_by_side = translate("VariantsTables", "Open {a} and {b} side by side").format(a=a, b=b)
        parts.append(
            "<h3 style='margin-bottom:2px'>{}</h3>".format(
                escape(
                    translate("VariantsTables", "{a} → {b}: {first} → {second}").format(
                        a=a, b=b, first=labels[n], second=labels[n + 1]
                    )
                )
            )
            + f"<p style='margin-top:0'>{escape(counts)} &nbsp; "
            f"<a href='pair:{n}'>{escape(side_by_side)}</a></p>"
        )
        no_change = escape(translate("VariantsTables", "No change."))
        items = (
            "".join(f"<li>{escape(line)}</li>" for line in _told(comparison, n)) or f"<li>{no_change}</li>"
        )
        parts.append(f"<ul style='margin-top:0'>{items}</ul>")
    if not parts:
        parts.append(
            f"<p>{escape(translate('VariantsTables', 'One variant: nothing to tell between variants.'))}</p>"
        )
    return "".join(parts)
