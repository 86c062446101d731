"""The header block of a chart CSV file: the chart's own fields, above the header row.

A CSV row holds a unit; what belongs to the whole chart (title, description, baseline,
rulebooks, the region vocabulary, the funding sources, group names, departures) is written
above the header row, one field a line, each line one cell starting with ``#`` (but a
departure's line, which is a row of four cells: see :mod:`orgeditor.io.csv_departures`)::

    # title: Peace and Security Pillar — implemented 1 January 2019
    "# description: The structure as set up, read paragraph by paragraph."
    # baseline: proposal-2017.yaml
    # rulebooks: peace-security-2017
    "# regions: Africa;Middle East;Asia and the Pacific"
    "# funding: regular-budget;support-account;extrabudgetary"
    # group spg: Standing Principals' Group
    # departure: pillar.field-backstopping,"unama;unami",Led by DPPA,GA res 72/262 C

    id,name,short,kind,reports_to,...

A line is quoted (as a CSV cell: ``""`` for a quote inside) when its value holds a separator,
a quote or a line break, or starts or ends with a space, so that spreadsheets keep it in one
cell and the value comes back exactly. A spreadsheet saving the file again may pad a line
with empty cells (``# title: X,,,,``): they are ignored. Lines starting with ``##``, and ``#``
lines that are not ``key: value``, are comments. The block is optional: a file without it
imports as before (title from the file name, groups named by their ids).

>>> lines = block_lines(Chart(title="Demo, 2017", rulebooks=("peace-security-2017",)))
>>> lines
['"# title: Demo, 2017"', '# rulebooks: peace-security-2017']
>>> report = Report("in.csv")
>>> meta, start, line = read_block("\\n".join(lines) + "\\n\\nid,name\\n", report)
>>> meta.title, meta.rulebooks, line, report.errors
('Demo, 2017', ('peace-security-2017',), 4, [])
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from orgeditor.io.csv_departures import DEPARTURE_START, departure_line, read_departure
from orgeditor.io.csv_records import LINE_BREAK, FatalCsvError, Report, show
from orgeditor.io.csv_rows import BAD_CHARACTER, char_code
from orgeditor.model import DEFAULT_FUNDING, Chart, Departure, is_valid_id
from orgeditor.model.display import excerpt
from orgeditor.model.limits import (
    MAX_GROUPS,
    MAX_LONG_TEXT,
    MAX_TEXT,
    relative_path_problem,
    rulebook_problem,
)
from orgeditor.model.vocabulary import FUNCTION_PATTERN

__all__ = ["BLOCK_KEYS", "ChartMeta", "block_lines", "read_block"]

#: The fields of the block, in the order they are written.
BLOCK_KEYS: tuple[str, ...] = (
    "title",
    "description",
    "baseline",
    "rulebooks",
    "regions",
    "funding",
    "group",
    "departure",
)
#: Characters that make a block line quoted (separators, quotes, line breaks).
_QUOTE_WHEN = re.compile('[,;\t"\r\n]')
#: ``key:`` or ``group ID:`` at the start of a line's text after its ``#``.
_FIELD = re.compile(r"[ \t]*([A-Za-z][A-Za-z_-]*)(?:[ \t]+([^\s:]+))?[ \t]*:")
#: What a spreadsheet may put after a line's one cell: separators, spaces, empty quoted cells.
_PADDING = re.compile(r'(?:[,;\t ]|"")*')
_QUOTED_BODY = re.compile(r'[^"]*(?:""[^"]*)*')
#: The longest quoted line read (a description of :data:`MAX_LONG_TEXT` with every quote doubled).
_MAX_QUOTED = 2 * MAX_LONG_TEXT + 1000


@dataclass
class ChartMeta:
    """What a header block gave; ``lines`` says on which line each field (``group ID`` for a
    group) was given, ``columns`` where on it."""

    title: str | None = None
    description: str | None = None
    baseline: str | None = None
    rulebooks: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    #: the funding sources declared (empty: none, so the default)
    funding: tuple[str, ...] = ()
    groups: dict[str, str] = field(default_factory=dict)
    departures: list[Departure] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    #: the column each field's key (a group's id) starts at
    columns: dict[str, int] = field(default_factory=dict)

    def texts(self) -> list[str]:
        """Every text the block gave (to bound the size of the chart file)."""
        given = [self.title, self.description, self.baseline, *self.rulebooks, *self.regions, *self.funding]
        for departure in self.departures:
            given += [departure.rule, *departure.units, departure.reason, departure.cite]
        return [text for text in given if text is not None] + list(self.groups.values())


# ---------------------------------------------------------------------- writing


def _line(key: str, value: str) -> str:
    cell = f"# {key}: {value}"
    if _QUOTE_WHEN.search(value) or value != value.strip():
        return '"' + cell.replace('"', '""') + '"'
    return cell


def block_lines(chart: Chart) -> list[str]:
    """The chart's header block, a line a field (title first; the others when set)."""
    lines = [_line("title", chart.title)]
    if chart.description is not None:
        lines.append(_line("description", chart.description))
    if chart.baseline is not None:
        lines.append(_line("baseline", chart.baseline))
    if chart.rulebooks:
        lines.append(_line("rulebooks", ";".join(chart.rulebooks)))
    if chart.regions:
        lines.append(_line("regions", ";".join(chart.regions)))
    if chart.funding:
        lines.append(_line("funding", ";".join(chart.funding)))
    lines.extend(_line(f"group {group.id}", group.name) for group in chart.groups.values())
    lines.extend(departure_line(departure) for departure in chart.departures)
    return lines


# ---------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class _Field:
    """One ``key: value`` line: where it is, and where its value starts in the text."""

    key: str
    argument: str | None
    value: str
    line: int
    start: int
    key_column: int
    argument_column: int
    value_offset: int
    end: int


class _BlockReader:
    def __init__(self, text: str, report: Report) -> None:
        self.text = text
        self.report = report
        self.meta = ChartMeta()
        self.departures = self.meta.departures

    def locate(self, offset: int, line: int, start: int) -> tuple[int, int]:
        """Line and column of *offset*, on a record that starts at *start* on *line*."""
        breaks = list(LINE_BREAK.finditer(self.text, start, offset))
        if not breaks:
            return line, offset - start + 1
        return line + len(breaks), offset - breaks[-1].end() + 1

    def error(self, item: _Field, message: str, *, at_key: bool = False, skip: int = 0) -> None:
        """Report *message* at the field's key, or at its value (*skip* characters into it)."""
        if at_key:
            self.report(item.line, item.key_column, message)
            return
        line, column = self.locate(item.value_offset + skip, item.line, item.start)
        self.report(line, column, message)

    def text_value(self, item: _Field, what: str, limit: int) -> str | None:
        """The value, when it holds no control character and is not too long."""
        bad = BAD_CHARACTER.search(item.value)
        if bad is not None:
            where = self.text.find(bad.group(), item.value_offset, item.end)
            line, column = self.locate(where if where >= 0 else item.value_offset, item.line, item.start)
            self.report(line, column, f"the {what} holds the control character {char_code(bad.group())}")
            return None
        if len(item.value) > limit:
            self.error(
                item, f"the {what} is {len(item.value):,} characters long; at most {limit:,} are allowed"
            )
            return None
        return item.value

    def entries(self, item: _Field, what: str, problem: Callable[[str], str | None]) -> tuple[str, ...]:
        """The ``;``-separated entries of a list value, each checked by *problem*."""
        entries: list[str] = []
        at = 0
        for raw in item.value.split(";"):
            entry = raw.strip()
            skip, at = at + len(raw) - len(raw.lstrip()), at + len(raw) + 1
            if not entry:
                continue
            trouble = "is listed twice" if entry in entries else problem(entry)
            if trouble is not None:
                self.error(item, f"{what} '{show(entry)}' {trouble}", skip=skip)
                continue
            entries.append(entry)
        return tuple(entries)

    def read(self, item: _Field) -> None:
        meta, key = self.meta, item.key
        if key == "departure":  # a departure line with something between 'departure' and ':'
            self.error(
                item, "write a departure as '# departure: RULE', then its units, reason and cite", at_key=True
            )
            return
        name = f"group {item.argument}" if key == "group" else key
        if name in meta.lines:
            self.error(item, f"'{show(name)}' is given twice (first on line {meta.lines[name]})", at_key=True)
            return
        meta.lines[name] = item.line
        meta.columns[name] = item.key_column if key != "group" else item.argument_column
        if key != "group" and item.argument is not None:
            self.error(item, f"'{key}' takes no id; write '# {key}: …'", at_key=True)
        elif key == "title":
            value = self.text_value(item, "title", MAX_TEXT)
            if value is not None and not value.strip():
                self.error(item, "the title must not be empty")
            elif value is not None:
                meta.title = value
        elif key == "description":
            meta.description = self.text_value(item, "description", MAX_LONG_TEXT)
        elif key == "baseline":
            value = self.text_value(item, "baseline", MAX_TEXT)
            value = None if value is None else value.strip()
            if value and (problem := relative_path_problem(value)) is not None:
                self.error(item, f"the baseline '{show(value)}' {problem}")
            else:
                meta.baseline = value or None
        elif key == "rulebooks":
            meta.rulebooks = self.entries(item, "rulebook", rulebook_problem)
        elif key == "regions":
            meta.regions = self.entries(item, "region", _region_problem)
        elif key == "funding":
            meta.funding = self.entries(item, "funding source", _funding_problem)
            if not item.value.replace(";", "").strip():
                self.error(
                    item,
                    "funding must list at least one source; leave the line out for the default: "
                    + ", ".join(DEFAULT_FUNDING),
                )
        else:
            self.read_group(item)

    def read_group(self, item: _Field) -> None:
        group_id = item.argument
        if group_id is None:
            self.error(
                item,
                "write the group's id after 'group': '# group spg: Standing Principals' Group'",
                at_key=True,
            )
            return
        if len(group_id) > MAX_TEXT or not is_valid_id(group_id):
            message = (
                f"group '{show(group_id)}' is not a valid id (lower-case letters, digits, '.', '_', '-')"
            )
            self.report(item.line, item.argument_column, message)
            return
        if len(self.meta.groups) >= MAX_GROUPS:
            self.error(
                item, f"more than {MAX_GROUPS:,} groups; a chart may hold at most {MAX_GROUPS:,}", at_key=True
            )
            return
        name = self.text_value(item, f"name of group '{group_id}'", MAX_TEXT)
        if name is not None and not name.strip():
            self.error(item, f"group '{group_id}' needs a name")
        elif name is not None:
            self.meta.groups[group_id] = name

    def field(
        self, content: str, content_offset: int, *, quoted: bool, line: int, span: tuple[int, int]
    ) -> None:
        """Read the text after a line's ``#`` (at *content_offset* in the file; the line's
        record spans *span*)."""
        if content.startswith("#"):
            return  # a ## comment
        match = _FIELD.match(content)
        if match is None:
            return  # a comment
        key = match[1].lower()
        start, end = span
        key_column = self.locate(content_offset + match.start(1), line, start)[1]
        argument_column = key_column + (match.start(2) - match.start(1) if match[2] else 0)
        if key not in BLOCK_KEYS:
            close = difflib.get_close_matches(key[:40], BLOCK_KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            self.report(
                line,
                key_column,
                f"unknown field '{show(match[1])}' in the header block{hint}; expected: "
                + ", ".join(f"'{k}'" for k in BLOCK_KEYS if k != "group")
                + " or 'group ID' (a comment line starts with '##')",
            )
            return
        value = content[match.end() :]
        skip = 1 if quoted and value.startswith(" ") else len(value) - len(value.lstrip(" \t"))
        value = value[skip:] if quoted else value.strip()
        offset = content_offset + match.end() + skip
        self.read(_Field(key, match[2], value, line, start, key_column, argument_column, offset, end))


def read_block(text: str, report: Report) -> tuple[ChartMeta, int, int]:
    """Read the header block at the start of *text*: the fields it gives, and the offset and
    line number of the first line after it (blank lines after the block skipped). Problems
    go to *report*; a quoted line that never closes is a :class:`FatalCsvError`."""
    reader = _BlockReader(text, report)
    pos, line, size, seen = 0, 1, len(text), False
    while pos < size:
        match = LINE_BREAK.search(text, pos)
        eol, after = (match.start(), match.end()) if match else (size, size)
        if DEPARTURE_START.match(text, pos):
            pos, line = read_departure(reader, pos, line)
            seen = True
        elif text.startswith("#", pos):
            content = text[pos + 1 : eol].rstrip(",;\t ")
            reader.field(content, pos + 1, quoted=False, line=line, span=(pos, eol))
            pos, line, seen = after, line + 1, True
        elif text.startswith('"#', pos):
            pos, line = _quoted_line(reader, pos, line)
            seen = True
        elif seen and not text[pos:eol].strip(',;\t "'):
            pos, line = after, line + 1  # a blank line (or one of empty cells) after the block
        else:
            break
    return reader.meta, pos, line


def _quoted_line(reader: _BlockReader, pos: int, line: int) -> tuple[int, int]:
    """Read the quoted block line at *pos*; the offset and line number after it."""
    text, size = reader.text, len(reader.text)
    match = _QUOTED_BODY.match(text, pos + 1, min(size, pos + 1 + _MAX_QUOTED + 1))
    assert match is not None  # the pattern matches the empty string
    end = match.end()
    if end >= size or end > pos + 1 + _MAX_QUOTED:
        raise FatalCsvError(
            line,
            1,
            "the quote (\") that opens this header block line is never closed; end the line's cell "
            'with a quote, and double every quote inside it ("")',
        )
    raw = text[pos + 1 : end]
    breaks = len(LINE_BREAK.findall(raw))
    after_quote = LINE_BREAK.search(text, end + 1)
    eol, after = (after_quote.start(), after_quote.end()) if after_quote else (size, size)
    rest = text[end + 1 : eol]
    if _PADDING.fullmatch(rest) is None:
        reader.report(
            *reader.locate(end + 1, line, pos),
            f"text after the closing quote of this header block line: '{excerpt(rest.lstrip(',;'), 40)}'; "
            "a header block line is one cell",
        )
    reader.field(raw[1:].replace('""', '"'), pos + 2, quoted=True, line=line, span=(pos, end))
    return after, line + breaks + 1


def _funding_problem(source: str) -> str | None:
    if len(source) > MAX_TEXT or FUNCTION_PATTERN.match(source) is None:
        return "must be a kebab-case slug such as 'regular-budget'"
    return None


def _region_problem(region: str) -> str | None:
    bad = BAD_CHARACTER.search(region)
    if bad is not None:
        return f"holds the control character {char_code(bad.group())}"
    if len(region) > MAX_TEXT:
        return f"is longer than {MAX_TEXT} characters"
    return None
