"""Turning CSV rows into units, checking every cell and collecting every problem.

:class:`RowReader` checks the header row's column names and each record's cells (control
characters, length, the formula guard :func:`unguard` removes, choices, ids, lists, reporting
lines, links, the posts' breakdown and former units) and builds a :class:`Row` holding the
row's unit, reporting lines, links and groups; references between rows are checked once every
row is read, by :mod:`orgeditor.io.csv_format`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orgeditor.io.csv_posts import close_match as _close
from orgeditor.io.csv_posts import read_breakdown
from orgeditor.io.csv_records import COLUMNS, MAX_CSV_FIELD, CsvError, Record, Report, show
from orgeditor.model import (
    DEFAULT_FUNDING,
    GENDERS,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    Head,
    Link,
    PostBreakdown,
    ReportingLine,
    Unit,
    is_valid_id,
)
from orgeditor.model.limits import MAX_POSTS, MAX_TEXT
from orgeditor.model.vocabulary import CONTROL_CHARACTER, FUNCTION_PATTERN

__all__ = [
    "BAD_CHARACTER",
    "GUARDED_STARTS",
    "REQUIRED_COLUMNS",
    "Row",
    "RowReader",
    "char_code",
    "guard",
    "unguard",
]

REQUIRED_COLUMNS: tuple[str, ...] = ("id", "name")

#: What no cell may hold: the chart format's control characters, and lone surrogates (not text).
BAD_CHARACTER = re.compile(f"{CONTROL_CHARACTER.pattern}|[\\ud800-\\udfff]")
_DIGITS = re.compile(r"[0-9]+")
_NEGATIVE = re.compile(r"-[0-9]+")

#: Cell starts a spreadsheet may run as a formula (OWASP's list: = + - @ tab CR).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Cell starts that get the guard apostrophe: formula starts and the apostrophe itself, so that
#: a cell that really starts with one comes back unchanged.
GUARDED_STARTS = (*_FORMULA_STARTS, "'")


def guard(cell: str) -> str:
    """Keep spreadsheets from running a cell as a formula (CSV injection): a cell starting
    with ``= + - @``, a tab or a CR gets a leading apostrophe (spreadsheets show the rest as
    text), which the import removes again (:func:`unguard`). A cell starting with an
    apostrophe gets one more, so it too comes back as it was."""
    return "'" + cell if cell.startswith(GUARDED_STARTS) else cell


def unguard(cell: str) -> str:
    """The cell without the guard apostrophe the export put before a guarded start."""
    return cell[1:] if cell[:1] == "'" and cell[1:].startswith(GUARDED_STARTS) else cell


@dataclass
class Row:
    """A body row: the line it starts on, its cells by column, and what was read from them."""

    number: int
    cells: dict[str, str]
    unit: Unit | None = None
    reports: list[ReportingLine] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


class RowReader:
    """Turns CSV records into units, collecting every error instead of stopping at the first."""

    def __init__(
        self, report: Report, header_line: int = 1, funding: tuple[str, ...] = DEFAULT_FUNDING
    ) -> None:
        self.report = report
        self.columns: dict[str, int] = {}
        #: the line the header row is on (below a header block, if any)
        self.header_line = header_line
        #: the funding sources a breakdown of posts may name (the chart's, else the default)
        self.funding = funding

    @property
    def errors(self) -> list[CsvError]:
        return self.report.errors

    def error(self, row: int, column: str | int, message: str) -> None:
        col = self.columns.get(column, 1) if isinstance(column, str) else column
        self.report(row, col, message)

    def hint(self, value: str, allowed: tuple[str, ...]) -> str:
        return _hint(value, allowed) if self.report.listing else ""

    def read_header(self, record: Record) -> bool:
        """Read the header row's column names; False when one is wrong (each reported)."""
        assert record.cells is not None
        before = self.report.count
        suggested: set[str] = set()
        for index, raw in enumerate(record.cells, start=1):
            bad = BAD_CHARACTER.search(raw)
            if bad is not None:
                self.error(
                    self.header_line,
                    index,
                    f"the header of column {index} holds the control character {char_code(bad.group())}",
                )
                continue
            name = raw.strip().lower().replace(" ", "_").replace("-", "_")
            if not name:
                self.error(
                    self.header_line,
                    index,
                    f"column {index} has no name in the header; expected one of: " + ", ".join(COLUMNS),
                )
            elif name in self.columns:
                self.error(
                    self.header_line,
                    index,
                    f"column '{show(raw)}' appears twice (columns {self.columns[name]} and {index})",
                )
            elif name not in COLUMNS:
                close = _close(name, COLUMNS) if self.report.listing else None
                suggested.add(close or "")
                hint = f" (did you mean '{close}'?)" if close else ""
                self.error(
                    self.header_line,
                    index,
                    f"unknown column '{show(raw)}'{hint}; expected some of: {', '.join(COLUMNS)}",
                )
            else:
                self.columns[name] = index
        for name in REQUIRED_COLUMNS:
            if name not in self.columns and name not in suggested:
                self.error(
                    self.header_line, 1, f"missing column '{name}' (the header row needs at least: id, name)"
                )
        return self.report.count == before

    def read_cells(self, record: Record, names: list[str], clean: bool) -> dict[str, str] | None:
        """The row's cells by column name (trimmed, formula guard removed), or None when a cell
        holds a control character or is too long (each reported). *clean*: the whole file
        holds no control character."""
        assert record.cells is not None
        if clean and max(map(len, record.cells)) <= MAX_CSV_FIELD:
            return {name: unguard(cell.strip()) for name, cell in zip(names, record.cells, strict=True)}
        cells: dict[str, str] = {}
        ok = True
        for index, (name, cell) in enumerate(zip(names, record.cells, strict=True), start=1):
            if len(cell) > MAX_CSV_FIELD:
                self.error(
                    record.line,
                    index,
                    f"the cell in column '{name}' is {len(cell):,} characters long; "
                    f"at most {MAX_CSV_FIELD:,} are allowed",
                )
                ok = False
                continue
            bad = BAD_CHARACTER.search(cell)
            if bad is not None:
                self.error(
                    record.line,
                    index,
                    f"the cell in column '{name}' holds the control character {char_code(bad.group())}",
                )
                ok = False
                continue
            cells[name] = unguard(cell.strip())
        return cells if ok else None

    def choice(self, row: Row, column: str, allowed: tuple[str, ...]) -> str | None:
        value = row.cells.get(column, "")
        if not value:
            return None
        if value not in allowed:
            self.error(
                row.number,
                column,
                f"{column} '{show(value)}' is not one of: {', '.join(allowed)}{self.hint(value, allowed)}",
            )
            return None
        return value

    def split(self, row: Row, column: str, what: str) -> list[str]:
        """The ``;``-separated entries of a cell, each once (a repeated one is an error)."""
        cell = row.cells.get(column, "")
        if not cell:
            return []
        parts: list[str] = []
        seen: set[str] = set()
        for raw in cell.split(";"):
            part = raw.strip()
            if not part:
                continue
            if part in seen:
                self.error(row.number, column, f"{what} '{show(part)}' is listed twice")
                continue
            seen.add(part)
            parts.append(part)
        return parts

    def posts(self, row: Row) -> int | None:
        value = row.cells.get("posts", "")
        if not value:
            return None
        if _NEGATIVE.fullmatch(value):
            self.error(row.number, "posts", "posts must not be negative")
            return None
        if not _DIGITS.fullmatch(value):
            self.error(
                row.number,
                "posts",
                f"posts '{show(value)}' is not a whole number (0 to {MAX_POSTS:,}, digits only)",
            )
            return None
        digits = value.lstrip("0") or "0"
        # compare lengths first: int() of thousands of digits is slow, and refused past 4,300
        if len(digits) > len(str(MAX_POSTS)) or int(digits) > MAX_POSTS:
            self.error(row.number, "posts", f"posts '{show(value)}' is more than {MAX_POSTS:,}")
            return None
        return int(digits)

    def breakdown(self, row: Row, posts: int | None) -> PostBreakdown | None:
        """The ``posts_by_grade`` cell's breakdown, which must add up to *posts* when given."""
        cell = row.cells.get("posts_by_grade", "")
        if not cell:
            return None

        def error(message: str) -> None:
            self.error(row.number, "posts_by_grade", message)

        breakdown = read_breakdown(cell, self.funding, error, hints=self.report.listing)
        if breakdown is not None and posts is not None and posts != breakdown.total():
            error(
                f"posts is {posts:,} but posts_by_grade adds up to {breakdown.total():,}; "
                "make them agree, or leave posts empty (it is then the breakdown's total)"
            )
            return None
        return breakdown

    def formerly(self, row: Row) -> tuple[str, ...]:
        """The ``formerly`` cell: ids of units in the chart compared with (not in this file)."""
        formerly = self.split(row, "formerly", "former unit")
        for former in formerly:
            if len(former) > MAX_TEXT or not is_valid_id(former):
                self.error(
                    row.number,
                    "formerly",
                    f"former unit '{show(former)}' is not a valid id (lower-case letters, digits, "
                    "'.', '_', '-')",
                )
        return tuple(formerly)

    def read_row(self, row: Row) -> None:
        cells, n = row.cells, row.number
        unit_id = cells.get("id", "")
        if not unit_id:
            self.error(n, "id", "missing id")
            return
        if not is_valid_id(unit_id):
            below = " (lines starting with '#' belong above the header row)" if unit_id[0] == "#" else ""
            self.error(
                n,
                "id",
                f"'{show(unit_id)}' is not a valid id (lower-case letters, digits, '.', '_', '-'){below}",
            )
            return
        name = cells.get("name", "")
        if not name:
            self.error(n, "name", f"unit '{show(unit_id)}' needs a name")
        kind = cells.get("kind", "") or "unit"
        if kind not in KINDS:
            self.error(
                n,
                "kind",
                f"kind '{show(kind)}' is not one of: {', '.join(KINDS)}{self.hint(kind, KINDS)}",
            )
        rank = self.choice(row, "head_rank", RANKS)
        gender = self.choice(row, "head_gender", GENDERS)
        presence = self.choice(row, "presence", PRESENCES)
        if presence is not None and kind != "mission":
            self.error(n, "presence", f"unit '{show(unit_id)}' has a presence but is not a mission")
        posts = self.posts(row)
        breakdown = self.breakdown(row, posts)
        formerly = self.formerly(row)
        regions = self.split(row, "regions", "region")
        functions = self.split(row, "functions", "function")
        for function in functions:
            if FUNCTION_PATTERN.match(function) is None:
                self.error(n, "functions", f"function '{show(function)}' is not a kebab-case slug")
        self._read_lines(row, unit_id)
        row.groups = self.split(row, "groups", "group")
        # built even when a cell is wrong (then only to check the other rows' references)
        head = Head(
            title=cells.get("head_title") or None,
            rank=rank,
            gender=gender,
            name=cells.get("head_name") or None,
        )
        row.unit = Unit(
            id=unit_id,
            name=name or unit_id,
            kind=kind if kind in KINDS else "unit",
            short=cells.get("short") or None,
            head=None if head.is_empty() else head,
            regions=tuple(regions),
            presence=presence if kind == "mission" else None,
            reports_to=tuple(row.reports),
            functions=tuple(functions),
            posts=posts if breakdown is None else breakdown.total(),
            note=cells.get("note") or None,
            post_breakdown=breakdown,
            formerly=formerly if all(is_valid_id(f) and len(f) <= MAX_TEXT for f in formerly) else (),
        )

    def _read_lines(self, row: Row, unit_id: str) -> None:
        for part in self.split(row, "reports_to", "reporting line"):
            target, _, scope = part.partition("@")
            scope = scope.strip() or "all"
            if scope not in SCOPES:
                self.error(
                    row.number,
                    "reports_to",
                    f"scope '{show(scope)}' is not one of: {', '.join(SCOPES)}",
                )
                continue
            line = ReportingLine(target.strip(), scope)
            if line in row.reports:
                self.error(row.number, "reports_to", f"'{show(part)}' is listed twice")
                continue
            row.reports.append(line)
        for part in self.split(row, "links", "link"):
            target, _, kind = part.partition("@")
            kind = kind.strip()
            if kind not in LINK_KINDS:
                self.error(
                    row.number,
                    "links",
                    f"link '{show(part)}' needs a kind, one of: {', '.join(LINK_KINDS)}",
                )
                continue
            link = Link(unit_id, target.strip(), kind)
            if link in row.links:
                self.error(row.number, "links", f"link '{show(part)}' is listed twice")
                continue
            row.links.append(link)


def char_code(char: str) -> str:
    return f"U+{ord(char):04X}"


def _hint(value: str, allowed: tuple[str, ...]) -> str:
    close = _close(value, allowed)
    return f" (did you mean '{close}'?)" if close else ""
