"""CSV interop: one row a unit, for spreadsheets.

Columns: ``id, name, short, kind, reports_to, head_title, head_rank, head_gender, head_name,
regions, presence, functions, posts, links, groups, note``. Lists are ``;``-separated.
``reports_to`` holds ``manager`` for a line of scope ``all`` and ``manager@scope`` otherwise
(``dppa@non-mission;dpo@mission``); ``links`` holds outgoing links as ``target@kind``.

Export quotes every cell holding the separator, a quote or a line break (CR as well as LF) and
neutralises cells a spreadsheet would run as a formula (see :func:`_guard`). Import is strict
(RFC 4180 quoting, as many cells in every row as the header has columns) and applies the chart
format's limits, so an imported chart always saves to a file that loads again. Every problem is
a :class:`CsvError` naming the file, the line a row starts on and the column; input is bounded
(:data:`MAX_CSV_BYTES`, :data:`MAX_CSV_ROWS`, :data:`MAX_CSV_FIELD`) before it is parsed.

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> [unit.id for unit in loads_csv(dumps_csv(chart), title="Demo")]
['sg', 'dppa']
"""

from __future__ import annotations

import difflib
import errno
import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from orgeditor.io.atomic import atomic_write_bytes
from orgeditor.io.chart_reader import MAX_POSTS, MAX_UNITS
from orgeditor.io.reading import FileRefusedError, read_regular_file
from orgeditor.io.yamltree import MAX_BYTES
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
    build_chart,
    is_valid_id,
)
from orgeditor.model.display import excerpt, printable
from orgeditor.model.vocabulary import CONTROL_CHARACTER, FUNCTION_PATTERN

__all__ = [
    "COLUMNS",
    "MAX_CSV_BYTES",
    "MAX_CSV_FIELD",
    "MAX_CSV_ROWS",
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
#: The largest CSV file read, as for chart files (checked before parsing).
MAX_CSV_BYTES = MAX_BYTES
#: Rows after the header (one a unit): more is refused at the first row over, unparsed beyond.
MAX_CSV_ROWS = MAX_UNITS
#: Characters in one cell (below the csv module's default field limit of 131,072).
MAX_CSV_FIELD = 100_000
#: Cells the header row may have: every column once, with room for a few unknown ones.
MAX_HEADER_CELLS = 4 * len(COLUMNS)
#: Errors listed for one file; beyond this only their existence is reported.
MAX_ERRORS = 200
#: Characters of a cell echoed in a message.
EXCERPT = 60

#: What no cell may hold: the chart format's control characters, and lone surrogates (not text).
_BAD_CHARACTER = re.compile(f"{CONTROL_CHARACTER.pattern}|[\\ud800-\\udfff]")
_DIGITS = re.compile(r"[0-9]+")
_NEGATIVE = re.compile(r"-[0-9]+")
_LINE_BREAK = re.compile(r"\r\n?|\n")
#: The body of a quoted cell up to its closing quote: anything but a quote, or a doubled quote.
_QUOTED_BODY = re.compile(r'[^"]*(?:""[^"]*)*')


@dataclass(frozen=True, slots=True)
class CsvError:
    """One problem in a CSV file: *row* is the file line the row starts on (the header is
    line 1), *column* the 1-based column number."""

    file: str
    row: int
    column: int
    message: str

    def __str__(self) -> str:
        """``FILE:LINE:COL: error: message``, control characters escaped (safe on a terminal)."""
        return printable(f"{self.file}:{self.row}:{self.column}: error: {self.message}")


class CsvImportError(ValueError):
    """The CSV file is not a valid chart; ``errors`` lists every problem found."""

    def __init__(self, errors: list[CsvError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def _show(value: str) -> str:
    """A cell as echoed in a message: short, control characters escaped."""
    return excerpt(value, EXCERPT)


# ---------------------------------------------------------------------- export


def _join(values: tuple[str, ...] | list[str]) -> str:
    return ";".join(values)


def _reports_cell(unit: Unit) -> str:
    return _join([line.to if line.scope == "all" else f"{line.to}@{line.scope}" for line in unit.reports_to])


#: Cell starts a spreadsheet may run as a formula (OWASP's list: = + - @ tab CR).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Cell starts that get the guard apostrophe: formula starts and the apostrophe itself, so that
#: a cell that really starts with one comes back unchanged.
_GUARDED_STARTS = (*_FORMULA_STARTS, "'")


def _guard(cell: str) -> str:
    """Keep spreadsheets from running a cell as a formula (CSV injection): a cell starting
    with ``= + - @``, a tab or a CR gets a leading apostrophe (spreadsheets show the rest as
    text), which :func:`loads_csv` removes again. A cell starting with an apostrophe gets one
    more, so it too comes back as it was."""
    return "'" + cell if cell.startswith(_GUARDED_STARTS) else cell


def _unguard(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" and cell[1:].startswith(_GUARDED_STARTS) else cell


def _quote(cell: str) -> str:
    """The cell as written: in quotes (quotes inside doubled) when it holds a comma, a quote,
    a CR or an LF — ``csv.QUOTE_MINIMAL`` with ``\\n`` line ends leaves a lone CR bare."""
    if any(char in cell for char in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def dumps_csv(chart: Chart) -> str:
    """The chart as CSV text, one row a unit in display order (deterministic)."""
    lines = [",".join(COLUMNS)]
    links: dict[str, list[str]] = {}
    for link in chart.links:
        links.setdefault(link.source, []).append(f"{link.target}@{link.kind}")
    # a unit's groups in the order the import creates them (by their first member in display
    # order), so that export, import and export again give the same text
    order = {unit_id: index for index, unit_id in enumerate(chart.units)}
    ranked = sorted(
        chart.groups.values(),
        key=lambda group: min((order[m] for m in group.members if m in order), default=len(order)),
    )
    groups: dict[str, list[str]] = {}
    for group in ranked:
        for member in dict.fromkeys(group.members):
            groups.setdefault(member, []).append(group.id)
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
            _join(groups.get(unit.id, [])),
            unit.note or "",
        ]
        lines.append(",".join(_quote(_guard(cell)) for cell in row))
    return "\n".join(lines) + "\n"


def save_csv(chart: Chart, path: str | Path) -> None:
    """Write the chart as UTF-8 CSV to *path*."""
    atomic_write_bytes(path, dumps_csv(chart).encode("utf-8"), keep_backup=False)


# ---------------------------------------------------------------------- tokenizing


class _FatalError(Exception):
    """A problem after which the rest of the file cannot be read reliably."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass(slots=True)
class _Record:
    """One row as read: the line it starts on, its cells (None when their number is wrong and
    they were not split apart), how many there are, and whether they are all blank."""

    line: int
    cells: list[str] | None
    count: int
    blank: bool
    bad: bool = False  # a cell broke the quoting rules (already reported)


class _Tokens:
    """Splits CSV text into records by RFC 4180, strictly: a quoted cell must be closed and
    followed by a separator or a line end; a quote inside an unquoted cell is an error. Line
    ends are LF, CRLF or CR. Nothing is limited by the csv module's process-wide field limit:
    cells longer than :data:`MAX_CSV_FIELD` are located errors, and a quoted cell is never
    searched further than that for its closing quote.

    Set :attr:`width` to the header's number of cells once it has been read: a row with another
    number of cells is then not split (bounded memory for a row of a million separators).
    """

    def __init__(self, text: str, delimiter: str, report: _Report) -> None:
        self.text = text
        self.delimiter = delimiter
        self.report = report
        self.width = 0

    def __iter__(self) -> Iterator[_Record]:
        text, delimiter, size = self.text, self.delimiter, len(self.text)
        pos, line = 0, 1
        while pos < size:
            match = _LINE_BREAK.search(text, pos)
            eol, after = (match.start(), match.end()) if match else (size, size)
            if text.find('"', pos, eol) >= 0:
                record, pos, line = self._quoted_record(pos, line, eol, after)
                yield record
                continue
            count = text.count(delimiter, pos, eol) + 1
            self._check_width(line, count)
            if self.width and count != self.width:
                blank = not text[pos:eol].replace(delimiter, "").strip()
                yield _Record(line, None, count, blank)
            else:
                cells = text[pos:eol].split(delimiter)
                yield _Record(line, cells, count, not any(cell.strip() for cell in cells))
            pos, line = after, line + 1

    def _check_width(self, line: int, count: int) -> None:
        if not self.width and count > MAX_HEADER_CELLS:
            raise _FatalError(
                line,
                MAX_HEADER_CELLS + 1,
                f"the header row has {count:,} cells; a chart CSV has at most {len(COLUMNS)} columns: "
                + ", ".join(COLUMNS),
            )

    def _quoted_record(self, pos: int, line: int, eol: int, after: int) -> tuple[_Record, int, int]:
        """Read the record starting at *pos* that holds a quote; returns it, the position after
        it and the line number there. Runs of unquoted cells are split at once."""
        text, delimiter, size = self.text, self.delimiter, len(self.text)
        start_line = line
        cells: list[str] = []
        keep = self.width or MAX_HEADER_CELLS  # cells beyond are counted, not kept
        count, bad, filled = 0, False, False
        while True:
            if pos < size and text[pos] == '"':
                count += 1
                value, pos, line, ended = self._quoted_cell(pos, line, count)
                filled = filled or bool(value.strip())
                if count <= keep:
                    cells.append(value)
                if ended:
                    break
                continue
            if pos > eol:  # a quoted cell ran over line ends: find the end of this line
                match = _LINE_BREAK.search(text, pos)
                eol, after = (match.start(), match.end()) if match else (size, size)
            quote = text.find('"', pos, eol)
            if quote < 0:  # unquoted cells up to the end of the record
                stop = eol
            else:
                cut = text.rfind(delimiter, pos, quote)
                stop = cut if cut >= 0 else pos - 1  # the cells before the one holding the quote
            if stop >= pos:
                segment = text[pos:stop]
                if count < keep:
                    cells.extend(segment.split(delimiter, keep - count)[: keep - count])
                count += segment.count(delimiter) + 1
                filled = filled or bool(segment.replace(delimiter, "").strip())
            if quote < 0:
                pos, line = after, line + 1
                break
            if stop == quote - 1:  # the quote opens the next cell
                pos = quote
                continue
            # a quote inside a cell that does not start with one
            begin = stop + 1
            count += 1
            if not bad:
                self.report(
                    start_line,
                    count,
                    "a quote inside a cell that does not start with one; put the whole cell in "
                    'quotes and double every quote inside it ("")',
                )
            bad = True
            cut = text.find(delimiter, quote, eol)
            if count <= keep:
                cells.append(text[begin : eol if cut < 0 else cut])
            if cut < 0:
                pos, line = after, line + 1
                break
            pos = cut + 1
        self._check_width(start_line, count)
        blank = not bad and not filled
        if self.width and count != self.width:
            return _Record(start_line, None, count, blank, bad), pos, line
        return _Record(start_line, cells, count, blank, bad), pos, line

    def _quoted_cell(self, pos: int, line: int, count: int) -> tuple[str, int, int, bool]:
        """Read the quoted cell at *pos* (cell *count* of its record): its value, the position
        and line after it (and after its separator or line end), and whether the record ends."""
        text, size = self.text, len(self.text)
        body = pos + 1
        cap = body + 2 * MAX_CSV_FIELD + 1  # doubled quotes: the body may be twice as long
        match = _QUOTED_BODY.match(text, body, min(size, cap + 1))
        assert match is not None  # the pattern matches the empty string
        end = match.end()
        if end >= cap:
            raise _FatalError(
                line,
                count,
                f"the quoted cell that starts here is longer than {MAX_CSV_FIELD:,} characters,"
                " or its closing quote is missing",
            )
        if end >= size:
            raise _FatalError(
                line,
                count,
                'the quote (") that opens this cell is never closed; '
                'end the cell with a quote, and double every quote inside it ("")',
            )
        raw = text[body:end]
        value = raw.replace('""', '"') if '"' in raw else raw
        opened = line
        line += raw.count("\n") + raw.count("\r") - raw.count("\r\n")
        pos = end + 1
        if pos >= size:
            return value, pos, line, True
        char = text[pos]
        if char == self.delimiter:
            return value, pos + 1, line, False
        if char in "\r\n":
            return value, pos + (2 if text.startswith("\r\n", pos) else 1), line + 1, True
        rest = _LINE_BREAK.split(text[pos : pos + 20], maxsplit=1)[0]
        where = f" (on line {line})" if line != opened else ""
        raise _FatalError(
            opened,
            count,
            f"text after the closing quote{where} of the quoted cell that starts here: "
            f"'{_show(rest)}'; put the whole cell in quotes and double every quote inside "
            'it (""), or, if the quote opening this cell is a stray one, remove it',
        )


class _Report:
    """Where errors go: a list capped at :data:`MAX_ERRORS` (then one line saying so)."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.errors: list[CsvError] = []
        self.count = 0

    def __call__(self, row: int, column: int, message: str) -> None:
        self.count += 1
        if self.count <= MAX_ERRORS:
            self.errors.append(CsvError(self.filename, row, column, message))
        elif self.count == MAX_ERRORS + 1:  # a hostile or very broken file: say there are more
            self.errors.append(CsvError(self.filename, row, 1, "too many errors; the rest are not listed"))

    def listed(self) -> list[CsvError]:
        """The errors in file order (the note that more were found last)."""
        listed = sorted(self.errors[:MAX_ERRORS], key=lambda e: (e.row, e.column))
        return listed + self.errors[MAX_ERRORS:]

    @property
    def listing(self) -> bool:
        """True while errors are still listed (so "did you mean" hints are worth their time)."""
        return self.count < MAX_ERRORS


# ---------------------------------------------------------------------- import


@dataclass
class _Row:
    number: int
    cells: dict[str, str]
    unit: Unit | None = None
    reports: list[ReportingLine] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


class _Reader:
    """Turns CSV records into units, collecting every error instead of stopping at the first."""

    def __init__(self, report: _Report) -> None:
        self.report = report
        self.columns: dict[str, int] = {}

    @property
    def errors(self) -> list[CsvError]:
        return self.report.errors

    def error(self, row: int, column: str | int, message: str) -> None:
        col = self.columns.get(column, 1) if isinstance(column, str) else column
        self.report(row, col, message)

    def hint(self, value: str, allowed: tuple[str, ...]) -> str:
        return _hint(value, allowed) if self.report.listing else ""

    def read_header(self, record: _Record) -> bool:
        assert record.cells is not None
        suggested: set[str] = set()
        for index, raw in enumerate(record.cells, start=1):
            bad = _BAD_CHARACTER.search(raw)
            if bad is not None:
                self.error(
                    1, index, f"the header of column {index} holds the control character {_code(bad.group())}"
                )
                continue
            name = raw.strip().lower().replace(" ", "_").replace("-", "_")
            if not name:
                self.error(
                    1,
                    index,
                    f"column {index} has no name in the header; expected one of: " + ", ".join(COLUMNS),
                )
            elif name in self.columns:
                self.error(
                    1,
                    index,
                    f"column '{_show(raw)}' appears twice (columns {self.columns[name]} and {index})",
                )
            elif name not in COLUMNS:
                close = _close(name, COLUMNS) if self.report.listing else None
                suggested.add(close or "")
                hint = f" (did you mean '{close}'?)" if close else ""
                self.error(
                    1,
                    index,
                    f"unknown column '{_show(raw)}'{hint}; expected some of: {', '.join(COLUMNS)}",
                )
            else:
                self.columns[name] = index
        for name in REQUIRED_COLUMNS:
            if name not in self.columns and name not in suggested:
                self.error(1, 1, f"missing column '{name}' (the header row needs at least: id, name)")
        return not self.errors

    def read_cells(self, record: _Record, names: list[str], clean: bool) -> dict[str, str] | None:
        """The row's cells by column name (trimmed, formula guard removed), or None when a cell
        holds a control character or is too long (each reported). *clean*: the whole file
        holds no control character."""
        assert record.cells is not None
        if clean and max(map(len, record.cells)) <= MAX_CSV_FIELD:
            return {name: _unguard(cell.strip()) for name, cell in zip(names, record.cells, strict=True)}
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
            bad = _BAD_CHARACTER.search(cell)
            if bad is not None:
                self.error(
                    record.line,
                    index,
                    f"the cell in column '{name}' holds the control character {_code(bad.group())}",
                )
                ok = False
                continue
            cells[name] = _unguard(cell.strip())
        return cells if ok else None

    def choice(self, row: _Row, column: str, allowed: tuple[str, ...]) -> str | None:
        value = row.cells.get(column, "")
        if not value:
            return None
        if value not in allowed:
            self.error(
                row.number,
                column,
                f"{column} '{_show(value)}' is not one of: {', '.join(allowed)}{self.hint(value, allowed)}",
            )
            return None
        return value

    def split(self, row: _Row, column: str, what: str) -> list[str]:
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
                self.error(row.number, column, f"{what} '{_show(part)}' is listed twice")
                continue
            seen.add(part)
            parts.append(part)
        return parts

    def posts(self, row: _Row) -> int | None:
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
                f"posts '{_show(value)}' is not a whole number (0 to {MAX_POSTS:,}, digits only)",
            )
            return None
        digits = value.lstrip("0") or "0"
        # compare lengths first: int() of thousands of digits is slow, and refused past 4,300
        if len(digits) > len(str(MAX_POSTS)) or int(digits) > MAX_POSTS:
            self.error(row.number, "posts", f"posts '{_show(value)}' is more than {MAX_POSTS:,}")
            return None
        return int(digits)

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
                f"'{_show(unit_id)}' is not a valid id (lower-case letters, digits, '.', '_', '-')",
            )
            return
        name = cells.get("name", "")
        if not name:
            self.error(n, "name", f"unit '{_show(unit_id)}' needs a name")
        kind = cells.get("kind", "") or "unit"
        if kind not in KINDS:
            self.error(
                n,
                "kind",
                f"kind '{_show(kind)}' is not one of: {', '.join(KINDS)}{self.hint(kind, KINDS)}",
            )
        rank = self.choice(row, "head_rank", RANKS)
        gender = self.choice(row, "head_gender", GENDERS)
        presence = self.choice(row, "presence", PRESENCES)
        if presence is not None and kind != "mission":
            self.error(n, "presence", f"unit '{_show(unit_id)}' has a presence but is not a mission")
        posts = self.posts(row)
        regions = self.split(row, "regions", "region")
        functions = self.split(row, "functions", "function")
        for function in functions:
            if FUNCTION_PATTERN.match(function) is None:
                self.error(n, "functions", f"function '{_show(function)}' is not a kebab-case slug")
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
            posts=posts,
            note=cells.get("note") or None,
        )

    def _read_lines(self, row: _Row, unit_id: str) -> None:
        for part in self.split(row, "reports_to", "reporting line"):
            target, _, scope = part.partition("@")
            scope = scope.strip() or "all"
            if scope not in SCOPES:
                self.error(
                    row.number,
                    "reports_to",
                    f"scope '{_show(scope)}' is not one of: {', '.join(SCOPES)}",
                )
                continue
            line = ReportingLine(target.strip(), scope)
            if line in row.reports:
                self.error(row.number, "reports_to", f"'{_show(part)}' is listed twice")
                continue
            row.reports.append(line)
        for part in self.split(row, "links", "link"):
            target, _, kind = part.partition("@")
            kind = kind.strip()
            if kind not in LINK_KINDS:
                self.error(
                    row.number,
                    "links",
                    f"link '{_show(part)}' needs a kind, one of: {', '.join(LINK_KINDS)}",
                )
                continue
            link = Link(unit_id, target.strip(), kind)
            if link in row.links:
                self.error(row.number, "links", f"link '{_show(part)}' is listed twice")
                continue
            row.links.append(link)


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"


def _close(value: str, allowed: tuple[str, ...]) -> str | None:
    """The allowed value *value* is most probably a typo of, if any."""
    for choice in allowed:
        if choice.casefold() == value.casefold():
            return choice
    close = difflib.get_close_matches(value[:40], allowed, n=1)
    return close[0] if close else None


def _hint(value: str, allowed: tuple[str, ...]) -> str:
    close = _close(value, allowed)
    return f" (did you mean '{close}'?)" if close else ""


def _decode(data: bytes, filename: str) -> str:
    if len(data) > MAX_CSV_BYTES:
        raise CsvImportError([CsvError(filename, 1, 1, _too_large(len(data)))])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise CsvImportError(
            [CsvError(filename, row, column, "the file is not UTF-8 text (save it as CSV UTF-8)")]
        ) from None


def _too_large(size: int) -> str:
    return f"file is {size / 1048576:.1f} MB; the limit for a CSV file is {MAX_CSV_BYTES // 1048576} MB"


def _delimiter(text: str) -> str:
    """The header row's most frequent of comma, semicolon and tab (Excel varies by locale)."""
    match = _LINE_BREAK.search(text)
    first = text[: match.start()] if match else text
    return max((",", ";", "\t"), key=first.count)


def _title(title: str | None, filename: str) -> str:
    """The chart's title: *title* when given (it must be valid), else the file's name."""
    if title is not None:
        bad = _BAD_CHARACTER.search(title)
        if bad is not None:
            raise CsvImportError(
                [CsvError(filename, 1, 1, f"the title holds the control character {_code(bad.group())}")]
            )
        if not title.strip():
            raise CsvImportError([CsvError(filename, 1, 1, "the title must not be empty")])
        return title
    stem = _BAD_CHARACTER.sub("", Path(filename).stem).strip()
    return stem or "Imported chart"


def loads_csv(text: str | bytes, filename: str = "<string>", title: str | None = None) -> Chart:
    """Build a chart from CSV *text*; raise :class:`CsvImportError` listing every bad cell.

    Nothing is half-built: either every row is valid and a chart is returned, or no chart.
    """
    if isinstance(text, bytes):
        text = _decode(text, filename)
    else:
        if len(text) > MAX_CSV_BYTES:
            raise CsvImportError([CsvError(filename, 1, 1, _too_large(len(text)))])
        text = text.removeprefix("\ufeff")
    chart_title = _title(title, filename)
    collecting = gc.isenabled()
    gc.disable()  # importing makes many objects and frees none: cycle collection would only cost
    try:
        return _import(text, filename, chart_title)
    finally:
        if collecting:
            gc.enable()


def _import(text: str, filename: str, chart_title: str) -> Chart:
    report = _Report(filename)
    reader = _Reader(report)
    tokens = _Tokens(text, _delimiter(text), report)
    rows: list[_Row] = []
    seen: dict[str, int] = {}
    try:
        _read_records(reader, tokens, rows, seen)
    except _FatalError as fatal:
        # the last problem read so far (rows are checked once all are split): listed even after
        # too many others
        last = CsvError(filename, fatal.line, fatal.column, fatal.message)
        raise CsvImportError([*report.listed(), last]) from None
    if not rows and not report.errors:
        reader.error(2, 1, "no units: expected one row a unit after the header")
    _check_references(reader, rows, seen)
    if report.errors:
        raise CsvImportError(report.listed())
    return _build(reader, rows, chart_title)


def _read_records(reader: _Reader, tokens: _Tokens, rows: list[_Row], seen: dict[str, int]) -> None:
    records = iter(tokens)
    header = next(records, None)
    if header is None:
        raise _FatalError(1, 1, "empty file: expected a header row")
    if header.blank:
        raise _FatalError(1, 1, "the first line is blank: it must be the header row (id, name, …)")
    if header.bad or not reader.read_header(header):
        raise CsvImportError(reader.report.listed())
    assert header.cells is not None
    width = tokens.width = header.count
    names = sorted(reader.columns, key=reader.columns.__getitem__)
    clean = _BAD_CHARACTER.search(tokens.text) is None
    body: list[_Record] = []  # every row split first: one too many stops it all at once
    for number, record in enumerate(records, start=1):
        if number > MAX_CSV_ROWS:
            raise _FatalError(
                record.line,
                1,
                f"more than {MAX_CSV_ROWS:,} rows after the header; a chart CSV has at most "
                f"{MAX_CSV_ROWS:,} units (the rest of the file is not read)",
            )
        body.append(record)
    for record in body:
        if record.blank or record.bad:
            continue
        if record.count != width:
            if record.count < width:
                missing = record.count + 1
                reader.error(
                    record.line,
                    missing,
                    f"this row has {record.count} cell{'s' if record.count != 1 else ''} but the header "
                    f"has {width} columns: column {missing} '{_show(header.cells[missing - 1])}' "
                    "and any after it are missing",
                )
            else:
                reader.error(
                    record.line,
                    width + 1,
                    f"this row has {record.count:,} cells but the header has {width} columns: "
                    f"cell {width + 1} and any after it have no column",
                )
            continue
        cells = reader.read_cells(record, names, clean)
        if cells is None:
            continue
        row = _Row(record.line, cells)
        reader.read_row(row)
        if row.unit is not None:
            if row.unit.id in seen:
                reader.error(
                    record.line, "id", f"id '{_show(row.unit.id)}' is already used in row {seen[row.unit.id]}"
                )
            else:
                seen[row.unit.id] = record.line
                rows.append(row)


def _check_references(reader: _Reader, rows: list[_Row], known: dict[str, int]) -> None:
    for row in rows:
        for line in row.reports:
            if line.to not in known:
                reader.error(
                    row.number,
                    "reports_to",
                    f"reports to '{_show(line.to)}', which is not an id in this file",
                )
        for link in row.links:
            if link.target not in known:
                reader.error(
                    row.number, "links", f"link to '{_show(link.target)}', which is not an id in this file"
                )
        for group in row.groups:
            if not is_valid_id(group):
                reader.error(row.number, "groups", f"group '{_show(group)}' is not a valid id")
            elif group in known:
                reader.error(row.number, "groups", f"group '{_show(group)}' has the id of a unit")


def _build(reader: _Reader, rows: list[_Row], title: str) -> Chart:
    units: list[Unit] = []
    links: list[Link] = []
    groups: dict[str, list[str]] = {}
    for row in rows:
        assert row.unit is not None
        units.append(row.unit)
        links.extend(row.links)
        for group in row.groups:
            groups.setdefault(group, []).append(row.unit.id)
    size = _yaml_size_bound(title, units, links, groups)
    if size > MAX_BYTES:
        reader.error(
            1,
            1,
            f"the chart would make a chart file of up to {size / 1048576:.0f} MB; the limit is "
            f"{MAX_BYTES // 1048576} MB (long ids in many links or groups, or very long cells?)",
        )
        raise CsvImportError(reader.report.listed())
    try:
        return build_chart(
            title=title,
            units=units,
            links=links,
            groups=[Group(group_id, group_id, tuple(members)) for group_id, members in groups.items()],
        )
    except ChartError as exc:  # a safety net: the checks above should have caught everything
        raise CsvImportError([CsvError(reader.report.filename, 1, 1, excerpt(exc, 200))]) from None


#: Characters the chart writer may escape, or follow by an indentation (line breaks in a block).
_WIDE = re.compile("[\\x00-\\x1f\\x7f-\\x9f\"'\\\\\u2028\u2029\ufeff\U0010ffff]")
#: At most how many bytes the chart writer adds around one value (key, quotes, indentation).
_VALUE = 24


def _texts_bound(texts: list[str]) -> int:
    """At most how many bytes the chart writer uses for *texts*, each a value: escapes, folded
    lines and their indentation included (a quarter more for folding, 12 bytes a wide
    character)."""
    joined = "".join(texts)
    size = len(joined) if joined.isascii() else len(joined.encode("utf-8", "surrogatepass"))
    wide = len(joined) - len(_WIDE.sub("", joined)) if _WIDE.search(joined) else 0
    return _VALUE * len(texts) + size + size // 4 + 12 * wide


def _yaml_size_bound(title: str, units: list[Unit], links: list[Link], groups: dict[str, list[str]]) -> int:
    """An upper bound of the size of the chart's file (ids are ASCII and escape nothing). It
    matters for hostile files: a few kilobytes of CSV can put a long id in thousands of groups,
    and the chart file repeats it each time."""
    size = 64 + _texts_bound([title])
    for unit in units:
        head = unit.head or Head()
        texts = [unit.name, unit.short, unit.note, head.title, head.name, *unit.regions, *unit.functions]
        size += 200 + 2 * len(unit.id) + _texts_bound([text for text in texts if text is not None])
        size += sum(48 + len(line.to) for line in unit.reports_to)
    size += sum(64 + len(link.source) + len(link.target) for link in links)
    for group_id, members in groups.items():
        size += 64 + 2 * len(group_id) + sum(4 + len(member) for member in members)
    return size


def _read_file(path: Path, name: str) -> bytes:
    """The bytes of the regular file at *path*, at most :data:`MAX_CSV_BYTES` (larger files,
    folders, FIFOs and devices are refused before anything is read)."""

    def fail(message: str) -> CsvImportError:
        return CsvImportError([CsvError(name, 1, 1, message)])

    try:
        return read_regular_file(path, MAX_CSV_BYTES)
    except FileRefusedError as exc:
        if exc.errno == errno.EFBIG:
            raise fail(
                f"file is larger than {MAX_CSV_BYTES // 1048576} MB, the limit for a CSV file"
            ) from None
        raise fail(f"{exc.strerror}; expected a CSV file") from None
    except FileNotFoundError:
        raise fail("no such file") from None
    except OSError as exc:
        raise fail(f"cannot read file: {exc.strerror or exc}") from None
    except ValueError:  # a NUL character in the path
        raise fail("cannot read file: not a valid path") from None


def load_csv(path: str | Path, title: str | None = None) -> Chart:
    """Read a CSV file into a chart; see :func:`loads_csv`.

    Only a regular file of at most :data:`MAX_CSV_BYTES` is read: a folder, FIFO or device is
    refused at once, and a larger file before any of it is read.
    """
    path = Path(path)
    data = _read_file(path, str(path))
    return loads_csv(data, filename=str(path), title=title)
