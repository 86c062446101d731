"""CSV interop: one row a unit, for spreadsheets.

Columns: ``id, name, short, kind, reports_to, head_title, head_rank, head_gender, head_name,
regions, presence, functions, posts, links, groups, note``. Lists are ``;``-separated.
``reports_to`` holds ``manager`` for a line of scope ``all`` and ``manager@scope`` otherwise
(``dppa@non-mission;dpo@mission``); ``links`` holds outgoing links as ``target@kind``.

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> [unit.id for unit in loads_csv(dumps_csv(chart), title="Demo")]
['sg', 'dppa']
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass, field
from pathlib import Path

from orgeditor.io.atomic import atomic_write_bytes
from orgeditor.model import (
    GENDERS,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    Chart,
    ChartError,
    Group,
    Head,
    Link,
    ReportingLine,
    Unit,
    is_valid_id,
)
from orgeditor.model.vocabulary import FUNCTION_PATTERN

__all__ = [
    "COLUMNS",
    "MAX_CSV_BYTES",
    "CsvError",
    "CsvImportError",
    "dumps_csv",
    "load_csv",
    "loads_csv",
    "save_csv",
]

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "short",
    "kind",
    "reports_to",
    "head_title",
    "head_rank",
    "head_gender",
    "head_name",
    "regions",
    "presence",
    "functions",
    "posts",
    "links",
    "groups",
    "note",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("id", "name")
MAX_CSV_BYTES = 20 * 1024 * 1024
#: Errors listed for one file; beyond this only their existence is reported.
MAX_ERRORS = 200


@dataclass(frozen=True, slots=True)
class CsvError:
    """One problem in a CSV file: *row* and *column* are 1-based (the header is row 1)."""

    file: str
    row: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: error: {self.message}"


class CsvImportError(ValueError):
    """The CSV file is not a valid chart; ``errors`` lists every problem found."""

    def __init__(self, errors: list[CsvError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


# ---------------------------------------------------------------------- export


def _join(values: tuple[str, ...] | list[str]) -> str:
    return ";".join(values)


def _reports_cell(unit: Unit) -> str:
    return _join([line.to if line.scope == "all" else f"{line.to}@{line.scope}" for line in unit.reports_to])


def dumps_csv(chart: Chart) -> str:
    """The chart as CSV text, one row a unit in display order (deterministic)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    links: dict[str, list[str]] = {}
    for link in chart.links:
        links.setdefault(link.source, []).append(f"{link.target}@{link.kind}")
    for unit in chart:
        head = unit.head or Head()
        row = [
            unit.id,
            unit.name,
            unit.short or "",
            unit.kind,
            _reports_cell(unit),
            head.title or "",
            head.rank or "",
            head.gender or "",
            head.name or "",
            _join(unit.regions),
            unit.presence or "",
            _join(unit.functions),
            "" if unit.posts is None else str(unit.posts),
            _join(links.get(unit.id, [])),
            _join(chart.groups_of(unit.id)),
            unit.note or "",
        ]
        writer.writerow([_guard(cell) for cell in row])
    return out.getvalue()


_FORMULA_STARTS = ("=", "+", "-", "@")


def _guard(cell: str) -> str:
    """Keep spreadsheets from running a cell as a formula (CSV injection): a cell starting
    with ``= + - @`` gets a leading apostrophe, which :func:`loads_csv` removes again."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


def save_csv(chart: Chart, path: str | Path) -> None:
    """Write the chart as UTF-8 CSV to *path*."""
    atomic_write_bytes(path, dumps_csv(chart).encode("utf-8"), keep_backup=False)


# ---------------------------------------------------------------------- import


@dataclass
class _Row:
    number: int
    cells: dict[str, str]
    unit: Unit | None = None
    reports: list[tuple[ReportingLine, int]] = field(default_factory=list)
    links: list[tuple[Link, int]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


class _Reader:
    """Turns CSV records into units, collecting every error instead of stopping at the first."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.errors: list[CsvError] = []
        self.columns: dict[str, int] = {}
        self.more = 0

    def error(self, row: int, column: str | int, message: str) -> None:
        if len(self.errors) >= MAX_ERRORS:  # a hostile or very broken file: say how many more
            self.more += 1
            if self.more == 1:
                self.errors.append(
                    CsvError(self.filename, row, 1, "too many errors; the rest are not listed")
                )
            return
        col = self.columns.get(column, 1) if isinstance(column, str) else column
        self.errors.append(CsvError(self.filename, row, col, message))

    def read_header(self, header: list[str]) -> bool:
        for index, raw in enumerate(header, start=1):
            name = raw.strip().lower().replace(" ", "_").replace("-", "_")
            if name in self.columns:
                self.error(1, index, f"column '{raw}' appears twice")
            elif name not in COLUMNS:
                close = difflib.get_close_matches(name[:40], COLUMNS, n=1) if not self.more else []
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.error(
                    1,
                    index,
                    f"unknown column '{raw}'{hint}; expected some of: {', '.join(COLUMNS)}",
                )
            else:
                self.columns[name] = index
        for name in REQUIRED_COLUMNS:
            if name not in self.columns:
                self.error(1, 1, f"missing column '{name}' (the header row needs at least: id, name)")
        return not self.errors

    def choice(self, row: _Row, column: str, allowed: tuple[str, ...]) -> str | None:
        value = row.cells.get(column, "")
        if not value:
            return None
        if value not in allowed:
            self.error(
                row.number,
                column,
                f"{column} '{value}' is not one of: {', '.join(allowed)}{_hint(value, allowed)}",
            )
            return None
        return value

    def split(self, row: _Row, column: str) -> list[str]:
        return [part.strip() for part in row.cells.get(column, "").split(";") if part.strip()]

    def read_row(self, row: _Row) -> None:
        cells, n = row.cells, row.number
        unit_id = cells.get("id", "")
        if not unit_id:
            self.error(n, "id", "missing id")
            return
        if not is_valid_id(unit_id):
            self.error(
                n,
                "id",
                f"'{unit_id}' is not a valid id (lower-case letters, digits, '.', '_', '-')",
            )
            return
        name = cells.get("name", "")
        if not name:
            self.error(n, "name", f"unit '{unit_id}' needs a name")
        kind = cells.get("kind", "") or "unit"
        if kind not in KINDS:
            self.error(n, "kind", f"kind '{kind}' is not one of: {', '.join(KINDS)}{_hint(kind, KINDS)}")
        rank = self.choice(row, "head_rank", RANKS)
        gender = self.choice(row, "head_gender", GENDERS)
        presence = self.choice(row, "presence", PRESENCES)
        if presence is not None and kind != "mission":
            self.error(n, "presence", f"unit '{unit_id}' has a presence but is not a mission")
        posts: int | None = None
        if cells.get("posts"):
            try:
                posts = int(cells["posts"])
            except ValueError:
                self.error(n, "posts", f"posts '{cells['posts']}' is not a whole number")
            else:
                if posts < 0:
                    self.error(n, "posts", "posts must not be negative")
        functions = self.split(row, "functions")
        for function in functions:
            if FUNCTION_PATTERN.match(function) is None:
                self.error(n, "functions", f"function '{function}' is not a kebab-case slug")
        self._read_lines(row, unit_id)
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
            regions=tuple(self.split(row, "regions")),
            presence=presence if kind == "mission" else None,
            functions=tuple(functions),
            posts=posts if posts is None or posts >= 0 else None,
            note=cells.get("note") or None,
        )
        row.groups = self.split(row, "groups")

    def _read_lines(self, row: _Row, unit_id: str) -> None:
        for part in self.split(row, "reports_to"):
            target, _, scope = part.partition("@")
            scope = scope.strip() or "all"
            if scope not in SCOPES:
                self.error(row.number, "reports_to", f"scope '{scope}' is not one of: {', '.join(SCOPES)}")
                continue
            line = ReportingLine(target.strip(), scope)
            if any(existing == line for existing, _ in row.reports):
                self.error(row.number, "reports_to", f"'{part}' is listed twice")
                continue
            row.reports.append((line, row.number))
        for part in self.split(row, "links"):
            target, _, kind = part.partition("@")
            kind = kind.strip()
            if kind not in LINK_KINDS:
                self.error(
                    row.number,
                    "links",
                    f"link '{part}' needs a kind, one of: {', '.join(LINK_KINDS)}",
                )
                continue
            row.links.append((Link(unit_id, target.strip(), kind), row.number))


def _hint(value: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(value, allowed, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _decode(data: bytes, filename: str) -> str:
    if len(data) > MAX_CSV_BYTES:
        raise CsvImportError([CsvError(filename, 1, 1, "file is larger than 20 MB")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise CsvImportError(
            [CsvError(filename, row, column, "the file is not UTF-8 text (save it as CSV UTF-8)")]
        ) from None


def _delimiter(text: str) -> str:
    """The header row's most frequent of comma, semicolon and tab (Excel varies by locale)."""
    first = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count)


def loads_csv(text: str | bytes, filename: str = "<string>", title: str | None = None) -> Chart:
    """Build a chart from CSV *text*; raise :class:`CsvImportError` listing every bad cell.

    Nothing is half-built: either every row is valid and a chart is returned, or no chart.
    """
    if isinstance(text, bytes):
        text = _decode(text, filename)
    elif len(text) > MAX_CSV_BYTES:
        raise CsvImportError([CsvError(filename, 1, 1, "file is larger than 20 MB")])
    reader = _Reader(filename)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    except csv.Error as exc:
        raise CsvImportError([CsvError(filename, 1, 1, f"not valid CSV: {exc}")]) from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise CsvImportError([CsvError(filename, 1, 1, "empty file: expected a header row")])
    if not reader.read_header(records[0]):
        raise CsvImportError(reader.errors)
    rows: list[_Row] = []
    seen: dict[str, int] = {}
    names = {index: name for name, index in reader.columns.items()}
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(records[0]):
            extra = len(records[0]) + 1
            if any(cell.strip() for cell in record[extra - 1 :]):
                reader.error(number, extra, "more cells than the header has columns")
        cells = {names[i]: _unguard(cell.strip()) for i, cell in enumerate(record, start=1) if i in names}
        row = _Row(number, cells)
        reader.read_row(row)
        if row.unit is not None:
            if row.unit.id in seen:
                reader.error(number, "id", f"id '{row.unit.id}' is already used in row {seen[row.unit.id]}")
            else:
                seen[row.unit.id] = number
                rows.append(row)
    if not rows and not reader.errors:
        reader.error(2, 1, "no units: expected one row a unit after the header")
    _check_references(reader, rows, seen)
    if reader.errors:
        raise CsvImportError(reader.errors)
    return _build(reader, rows, title or Path(filename).stem or "Imported chart")


def _check_references(reader: _Reader, rows: list[_Row], known: dict[str, int]) -> None:
    for row in rows:
        for line, number in row.reports:
            if line.to not in known:
                reader.error(number, "reports_to", f"reports to '{line.to}', which is not an id in this file")
        for link, number in row.links:
            if link.target not in known:
                reader.error(number, "links", f"link to '{link.target}', which is not an id in this file")
        for group in row.groups:
            if not is_valid_id(group):
                reader.error(row.number, "groups", f"group '{group}' is not a valid id")
            elif group in known:
                reader.error(row.number, "groups", f"group '{group}' has the id of a unit")


def _build(reader: _Reader, rows: list[_Row], title: str) -> Chart:
    chart = Chart(title=title)
    groups: dict[str, list[str]] = {}
    for row in rows:
        assert row.unit is not None
        try:
            chart.add_unit(row.unit)
        except ChartError as exc:
            reader.error(row.number, "id", str(exc))
        for group in row.groups:
            groups.setdefault(group, []).append(row.unit.id)
    for row in rows:
        assert row.unit is not None
        column = "reports_to"
        try:
            if row.reports and row.unit.id in chart.units:
                lines = tuple(line for line, _ in row.reports)
                chart.update_unit(row.unit.with_changes(reports_to=lines))
            column = "links"
            for link, _ in row.links:
                chart.add_link(link)
        except ChartError as exc:
            reader.error(row.number, column, str(exc))
    for group_id, members in groups.items():
        chart.add_group(Group(group_id, group_id, tuple(members)))
    if reader.errors:
        raise CsvImportError(reader.errors)
    return chart


def load_csv(path: str | Path, title: str | None = None) -> Chart:
    """Read a CSV file into a chart; see :func:`loads_csv`."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise CsvImportError([CsvError(str(path), 1, 1, "file is larger than 20 MB")])
        data = path.read_bytes()
    except OSError as exc:
        raise CsvImportError([CsvError(str(path), 1, 1, f"cannot read file: {exc.strerror}")]) from None
    return loads_csv(data, filename=str(path), title=title)
