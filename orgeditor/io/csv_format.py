"""CSV interop: one row a unit, for spreadsheets, below a header block with the chart's own
fields (title, description, baseline, rulebooks, regions, group names: see
:mod:`orgeditor.io.csv_meta`; ``docs/csv-format.md`` for users).

Columns: ``id, name, short, kind, reports_to, head_title, head_rank, head_gender, head_name,
regions, presence, functions, posts, links, groups, note``. Lists are ``;``-separated.
``reports_to`` holds ``manager`` for a line of scope ``all`` and ``manager@scope`` otherwise
(``dppa@non-mission;dpo@mission``); ``links`` holds outgoing links as ``target@kind``.

Export quotes every cell holding the separator, a quote or a line break (CR as well as LF) and
neutralises cells a spreadsheet would run as a formula (see
:func:`orgeditor.io.csv_export.guard`). Import is strict
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

import errno
import gc
import re
from pathlib import Path

from orgeditor.io.chart_writer import dump_chart
from orgeditor.io.csv_export import dumps_csv, save_csv
from orgeditor.io.csv_meta import ChartMeta, read_block
from orgeditor.io.csv_records import (
    COLUMNS,
    LINE_BREAK,
    MAX_CSV_FIELD,
    CsvError,
    CsvImportError,
    FatalCsvError,
    Record,
    Report,
    Tokens,
    show,
)
from orgeditor.io.csv_rows import BAD_CHARACTER, Row, RowReader, char_code
from orgeditor.io.csv_size import too_big, yaml_size_bound
from orgeditor.io.csv_size import yaml_size_bound as _yaml_size_bound  # noqa: F401 - tests use it
from orgeditor.io.reading import FileRefusedError, read_regular_file
from orgeditor.io.yamltree import MAX_BYTES
from orgeditor.model import (
    DEFAULT_FUNDING,
    Chart,
    ChartError,
    Group,
    Link,
    Unit,
    build_chart,
    is_valid_id,
)
from orgeditor.model.display import excerpt
from orgeditor.model.limits import MAX_UNITS

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

#: The largest CSV file read, as for chart files (checked before parsing).
MAX_CSV_BYTES = MAX_BYTES
#: Rows after the header (one a unit): more is refused at the first row over, unparsed beyond.
MAX_CSV_ROWS = MAX_UNITS


# ---------------------------------------------------------------------- import


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


def _delimiter(text: str, start: int) -> str:
    """The header row's (at *start*) most frequent of comma, semicolon and tab (Excel varies
    by locale)."""
    match = LINE_BREAK.search(text, start)
    first = text[start : match.start()] if match else text[start:]
    return max((",", ";", "\t"), key=first.count)


def _check_title(title: str, filename: str) -> None:
    """Refuse a title given by the caller that a chart cannot have."""
    bad = BAD_CHARACTER.search(title)
    if bad is not None:
        raise CsvImportError(
            [CsvError(filename, 1, 1, f"the title holds the control character {char_code(bad.group())}")]
        )
    if not title.strip():
        raise CsvImportError([CsvError(filename, 1, 1, "the title must not be empty")])


def _file_title(filename: str) -> str:
    stem = BAD_CHARACTER.sub("", Path(filename).stem).strip()
    return stem or "Imported chart"


def loads_csv(text: str | bytes, filename: str = "<string>", title: str | None = None) -> Chart:
    """Build a chart from CSV *text*; raise :class:`CsvImportError` listing every bad cell.

    The chart's title is *title* when given, else the header block's, else the file's name.
    Nothing is half-built: either every row is valid and a chart is returned, or no chart.
    """
    if isinstance(text, bytes):
        text = _decode(text, filename)
    else:
        if len(text) > MAX_CSV_BYTES:
            raise CsvImportError([CsvError(filename, 1, 1, _too_large(len(text)))])
        text = text.removeprefix("\ufeff")
    if title is not None:
        _check_title(title, filename)
    collecting = gc.isenabled()
    gc.disable()  # importing makes many objects and frees none: cycle collection would only cost
    try:
        return _import(text, filename, title)
    finally:
        if collecting:
            gc.enable()


def _import(text: str, filename: str, title: str | None) -> Chart:
    report = Report(filename)
    rows: list[Row] = []
    seen: dict[str, int] = {}
    try:
        meta, start, line = read_block(text, report)
        reader = RowReader(report, header_line=line, funding=meta.funding or DEFAULT_FUNDING)
        tokens = Tokens(text, _delimiter(text, start), report, start=start, line=line)
        _read_records(reader, tokens, rows, seen, block=start > 0)
    except FatalCsvError as fatal:
        # the last problem read so far (rows are checked once all are split): listed even after
        # too many others
        last = CsvError(filename, fatal.line, fatal.column, fatal.message)
        raise CsvImportError([*report.listed(), last]) from None
    if not rows and not report.errors:
        reader.error(line + 1, 1, "no units: expected one row a unit after the header")
    _check_references(reader, rows, seen)
    _check_block(reader, meta, rows, seen)
    if report.errors:
        raise CsvImportError(report.listed())
    return _build(reader, rows, meta, title or meta.title or _file_title(filename))


def _read_records(
    reader: RowReader, tokens: Tokens, rows: list[Row], seen: dict[str, int], *, block: bool
) -> None:
    records = iter(tokens)
    header = next(records, None)
    if header is None:
        if block:
            raise FatalCsvError(
                tokens.line, 1, "no header row after the header block (the lines starting with '#')"
            )
        raise FatalCsvError(1, 1, "empty file: expected a header row")
    if header.blank:
        raise FatalCsvError(1, 1, "the first line is blank: it must be the header row (id, name, …)")
    if header.bad or not reader.read_header(header):
        raise CsvImportError(reader.report.listed())
    assert header.cells is not None
    width = tokens.width = header.count
    names = sorted(reader.columns, key=reader.columns.__getitem__)
    clean = BAD_CHARACTER.search(tokens.text, tokens.start) is None
    body: list[Record] = []  # every row split first: one too many stops it all at once
    for number, record in enumerate(records, start=1):
        if number > MAX_CSV_ROWS:
            raise FatalCsvError(
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
                    f"has {width} columns: column {missing} '{show(header.cells[missing - 1])}' "
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
        row = Row(record.line, cells)
        reader.read_row(row)
        if row.unit is not None:
            if row.unit.id in seen:
                reader.error(
                    record.line, "id", f"id '{show(row.unit.id)}' is already used in row {seen[row.unit.id]}"
                )
            else:
                seen[row.unit.id] = record.line
                rows.append(row)


def _check_references(reader: RowReader, rows: list[Row], known: dict[str, int]) -> None:
    for row in rows:
        for line in row.reports:
            if line.to not in known:
                reader.error(
                    row.number,
                    "reports_to",
                    f"reports to '{show(line.to)}', which is not an id in this file",
                )
        for link in row.links:
            if link.target not in known:
                reader.error(
                    row.number, "links", f"link to '{show(link.target)}', which is not an id in this file"
                )
        for group in row.groups:
            if not is_valid_id(group):
                reader.error(row.number, "groups", f"group '{show(group)}' is not a valid id")
            elif group in known:
                reader.error(row.number, "groups", f"group '{show(group)}' has the id of a unit")


def _check_block(reader: RowReader, meta: ChartMeta, rows: list[Row], known: dict[str, int]) -> None:
    """What the header block says against the rows: group ids that are unit ids, and unit
    regions outside the chart's region vocabulary."""
    for group_id in meta.groups:
        if group_id in known:
            name = f"group {group_id}"
            message = f"group '{show(group_id)}' has the id of a unit (row {known[group_id]})"
            reader.error(meta.lines[name], meta.columns[name], message)
    if not meta.regions:
        return
    allowed = set(meta.regions)
    for row in rows:
        assert row.unit is not None
        for region in row.unit.regions:
            if region not in allowed:
                reader.error(
                    row.number,
                    "regions",
                    f"region '{show(region)}' is not among the chart's regions "
                    f"(line {meta.lines['regions']}): " + excerpt("; ".join(meta.regions), 200),
                )


def _build(reader: RowReader, rows: list[Row], meta: ChartMeta, title: str) -> Chart:
    units: list[Unit] = []
    links: list[Link] = []
    # the groups the block names first, in its order, with their names; then the others
    groups: dict[str, list[str]] = {group_id: [] for group_id in meta.groups}
    for row in rows:
        assert row.unit is not None
        units.append(row.unit)
        links.extend(row.links)
        for group in row.groups:
            groups.setdefault(group, []).append(row.unit.id)
    # the bound is cheap but pessimistic (up to 3 times the real size): under the limit the
    # file is sure to fit, far over it is sure not to (a long id in thousands of groups), and in
    # between the chart is written out to measure (a few seconds for 50,000 rows)
    bound = yaml_size_bound(title, units, links, groups, meta.texts())
    if bound > 3 * MAX_BYTES:
        reader.error(1, 1, too_big(None))
        raise CsvImportError(reader.report.listed())
    try:
        chart = build_chart(
            title=title,
            description=meta.description,
            baseline=meta.baseline,
            rulebooks=meta.rulebooks,
            regions=meta.regions,
            funding=meta.funding,
            departures=meta.departures,
            units=units,
            links=links,
            groups=[
                Group(group_id, meta.groups.get(group_id, group_id), tuple(members))
                for group_id, members in groups.items()
            ],
        )
    except ChartError as exc:  # a limit of the whole chart (levels, groups …): where it shows
        named = re.search(r"unit '([^']*)'", str(exc))
        line = next((r.number for r in rows if named and r.unit is not None and r.unit.id == named[1]), 1)
        raise CsvImportError([CsvError(reader.report.filename, line, 1, excerpt(exc, 200))]) from None
    size = len(dump_chart(chart).encode("utf-8")) if bound > MAX_BYTES else 0
    if size > MAX_BYTES:  # it would not open again
        reader.error(1, 1, too_big(size))
        raise CsvImportError(reader.report.listed())
    return chart


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
