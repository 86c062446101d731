"""``departure`` lines of a chart CSV file's header block (SPEC §6.3): one line a departure.

A departure is a record (rule, units, reason, cite), so its line is a row of four cells, which a
spreadsheet shows side by side::

    # departure: pillar.field-backstopping,unama;unami,Special political missions led by DPPA,GA res 72/262 C

The first cell is ``# departure: RULE``; then the units (``;``-separated ids of this chart,
possibly none), the reason and the cite. The cells are separated by whatever follows the first
cell (a comma, semicolon or tab: a rule id holds none of them), so a line a spreadsheet saved
with its own separator reads as well. A cell is quoted as CSV quotes it (``""`` for a quote
inside) when it holds a separator, a quote or a line break, or starts or ends with a space: a
quoted cell is taken exactly, others are trimmed. Reasons and cites that a spreadsheet would
run as a formula are guarded as in the table (:func:`orgeditor.io.csv_rows.guard`). Empty cells
after the cite (a spreadsheet's padding) are ignored.

>>> from orgeditor.model import Departure
>>> departure_line(
...     Departure("pillar.field-backstopping", ("unama", "unami"), "Led by DPPA, 2019", "GA res 72/262 C")
... )
'# departure: pillar.field-backstopping,"unama;unami","Led by DPPA, 2019",GA res 72/262 C'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from orgeditor.io.csv_records import LINE_BREAK, FatalCsvError, Report, show
from orgeditor.io.csv_rows import BAD_CHARACTER, char_code, guard, unguard
from orgeditor.model import Departure, is_valid_id
from orgeditor.model.departures import RULE_ID
from orgeditor.model.limits import MAX_TEXT

__all__ = ["DEPARTURE_START", "departure_line", "read_departure"]

#: The start of a departure line: ``# departure:``, its cell quoted or not.
DEPARTURE_START = re.compile(r'"?#[ \t]*departure[ \t]*:', re.IGNORECASE)
_FIRST_CELL = re.compile(r"#[ \t]*departure[ \t]*:[ \t]*", re.IGNORECASE)
#: Characters that make a cell quoted when written.
_QUOTE_WHEN = re.compile('[,;\t"\r\n]')
_SEPARATORS = ",;\t"
_QUOTED_BODY = re.compile(r'[^"]*(?:""[^"]*)*')
#: The longest cell read: a list of units may be long, as a row's cell may.
_MAX_CELL = 100_000
_USAGE = (
    "a departure line has four cells: '# departure: RULE', the units (ids separated by ';'), "
    "the reason and the cite"
)


def _cell(value: str) -> str:
    value = guard(value)
    if _QUOTE_WHEN.search(value) or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


def departure_line(departure: Departure) -> str:
    """The departure's line of the header block (cells separated by commas)."""
    cells = [";".join(departure.units), departure.reason, departure.cite]
    return ",".join([f"# departure: {departure.rule}", *map(_cell, cells)])


@dataclass(frozen=True, slots=True)
class _Cell:
    value: str
    offset: int  # where the value starts in the text
    quoted: bool


class Block(Protocol):
    """What of the header block's reader this module uses."""

    text: str
    report: Report
    departures: list[Departure]

    def locate(self, offset: int, line: int, start: int) -> tuple[int, int]: ...


def _split(text: str, pos: int, line: int) -> tuple[list[_Cell], int, tuple[int, str] | None]:
    """The cells of the line at *pos* (the first four, and the first non-empty one after them),
    the offset after the line, and a problem (offset, message) that ended it early."""
    size, delimiter = len(text), None
    cells: list[_Cell] = []
    extra: _Cell | None = None

    def keep(cell: _Cell) -> None:
        nonlocal extra
        if len(cells) < 4:
            cells.append(cell)
        elif extra is None and cell.value.strip():
            extra = cell

    def line_end(at: int) -> int:
        match = LINE_BREAK.search(text, at)
        return match.end() if match else size

    while True:
        if pos < size and text[pos] == '"':
            match = _QUOTED_BODY.match(text, pos + 1, min(size, pos + 2 + 2 * _MAX_CELL))
            assert match is not None  # the pattern matches the empty string
            end = match.end()
            if end >= size or end > pos + 1 + 2 * _MAX_CELL:
                raise FatalCsvError(
                    line,
                    1,
                    "a quoted cell of this departure line is never closed, or longer than "
                    f"{_MAX_CELL:,} characters; end the cell with a quote, and double every quote "
                    'inside it ("")',
                )
            keep(_Cell(text[pos + 1 : end].replace('""', '"'), pos + 1, True))
            pos = end + 1
            char = text[pos] if pos < size else "\n"
            if char in "\r\n":
                break
            if delimiter is None and char in _SEPARATORS:
                delimiter = char
            if char == delimiter:
                pos += 1
                continue
            problem = (pos, "text after the closing quote of a cell; a quoted cell ends at its separator")
            return [*cells, *([extra] if extra else [])], line_end(pos), problem
        match = LINE_BREAK.search(text, pos)
        eol = match.start() if match else size
        if delimiter is None:
            cut = min((i for i in (text.find(s, pos, eol) for s in _SEPARATORS) if i >= 0), default=-1)
            delimiter = text[cut] if cut >= 0 else None
        cut = text.find(delimiter, pos, eol) if delimiter else -1
        stop = eol if cut < 0 else cut
        quote = text.find('"', pos, stop)
        if quote >= 0:
            problem = (
                quote,
                "a quote inside a cell that does not start with one; put the whole cell in quotes "
                'and double every quote inside it ("")',
            )
            return [*cells, *([extra] if extra else [])], line_end(pos), problem
        keep(_Cell(text[pos:stop], pos, False))
        if cut < 0:
            pos = eol
            break
        pos = cut + 1
    return [*cells, *([extra] if extra else [])], line_end(pos), None


def read_departure(block: Block, pos: int, line: int) -> tuple[int, int]:
    """Read the departure line at *pos* (on *line*) into ``block.departures``; the offset and
    line number after it."""
    text, report = block.text, block.report
    cells, after, problem = _split(text, pos, line)
    next_line = line + len(LINE_BREAK.findall(text, pos, after))
    if not (after > pos and text[after - 1] in "\r\n"):  # the last line, without a line end
        next_line += 1

    def error(offset: int, message: str) -> None:
        report(*block.locate(offset, line, pos), message)

    if problem is not None:
        error(*problem)
        return after, next_line
    number = len(block.departures) + 1
    what = f"departure {number}"
    first = cells[0]
    head = _FIRST_CELL.match(first.value)
    assert head is not None  # DEPARTURE_START matched
    rule = first.value[head.end() :].strip()
    rule_at = first.offset + head.end()
    if len(cells) > 4:
        error(cells[4].offset, f"{_USAGE}; this one has more (quote a cell holding a separator)")
        return after, next_line
    if len(cells) < 4:
        error(cells[-1].offset, f"{_USAGE}; this one has {len(cells)}")
        return after, next_line
    ok = True
    if not rule:
        error(rule_at, f"{what} names no rule: write '# departure: RULE' (a rule id)")
        ok = False
    elif len(rule) > MAX_TEXT or RULE_ID.match(rule) is None:
        error(rule_at, f"the rule of {what} is '{show(rule)}', which is not a rule id")
        ok = False
    units = _units(cells[1], what, error)
    texts: list[str] = []
    for cell, name in ((cells[2], "reason"), (cells[3], "cite")):
        value = unguard(cell.value if cell.quoted else cell.value.strip())
        bad = BAD_CHARACTER.search(value)
        if bad is not None:
            error(cell.offset, f"the {name} of {what} holds the control character {char_code(bad.group())}")
        elif len(value) > MAX_TEXT:
            error(
                cell.offset,
                f"the {name} of {what} is {len(value):,} characters long; at most {MAX_TEXT} are allowed",
            )
        elif not value.strip():
            error(cell.offset, f"{what} needs a {name}")
        else:
            texts.append(value)
            continue
        ok = False
    if not ok or units is None:
        return after, next_line
    departure = Departure(rule, units, texts[0], texts[1])
    if departure in block.departures:
        error(pos, f"{what} repeats departure {block.departures.index(departure) + 1}")
    else:
        block.departures.append(departure)
    return after, next_line


def _units(cell: _Cell, what: str, error: Callable[[int, str], None]) -> tuple[str, ...] | None:
    """The ``;``-separated unit ids of a departure (each a valid id, once)."""
    units: list[str] = []
    ok = True
    at = cell.offset
    for raw in cell.value.split(";"):
        unit = raw.strip()
        where = at + len(raw) - len(raw.lstrip())
        at += len(raw) + 1
        if not unit:
            continue
        if unit in units:
            error(where, f"unit '{show(unit)}' is listed twice in the units of {what}")
            ok = False
        elif len(unit) > MAX_TEXT or not is_valid_id(unit):
            error(
                where,
                f"'{show(unit)}' in the units of {what} is not a valid id: "
                "use lower-case letters, digits, '.', '_' and '-'",
            )
            ok = False
        else:
            units.append(unit)
    return tuple(units) if ok else None
