"""Splitting CSV text into records, strictly (RFC 4180 quoting), and reporting what is wrong.

:class:`Tokens` splits the text of a chart CSV file into :class:`Record` rows without the csv
module's process-wide field limit; a problem after which the rest of the file cannot be read
reliably is a :class:`FatalCsvError`, every other one goes to a :class:`Report`, which lists
them as :class:`CsvError` values (raised together as a :class:`CsvImportError`). The columns
a chart CSV file may have, and the limits the splitter applies, are defined here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from orgeditor.model.display import excerpt, printable

__all__ = [
    "COLUMNS",
    "EXCERPT",
    "LINE_BREAK",
    "MAX_CSV_FIELD",
    "MAX_ERRORS",
    "MAX_HEADER_CELLS",
    "CsvError",
    "CsvImportError",
    "FatalCsvError",
    "Record",
    "Report",
    "Tokens",
    "show",
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
    "posts_by_grade",
    "links",
    "groups",
    "formerly",
    "note",
)
#: Characters in one cell (below the csv module's default field limit of 131,072).
MAX_CSV_FIELD = 100_000
#: Cells the header row may have: every column once, with room for a few unknown ones.
MAX_HEADER_CELLS = 4 * len(COLUMNS)
#: Errors listed for one file; beyond this only their existence is reported.
MAX_ERRORS = 200
#: Characters of a cell echoed in a message.
EXCERPT = 60

LINE_BREAK = re.compile(r"\r\n?|\n")
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


def show(value: str) -> str:
    """A cell as echoed in a message: short, control characters escaped."""
    return excerpt(value, EXCERPT)


class FatalCsvError(Exception):
    """A problem after which the rest of the file cannot be read reliably."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass(slots=True)
class Record:
    """One row as read: the line it starts on, its cells (None when their number is wrong and
    they were not split apart), how many there are, and whether they are all blank."""

    line: int
    cells: list[str] | None
    count: int
    blank: bool
    bad: bool = False  # a cell broke the quoting rules (already reported)


class Tokens:
    """Splits CSV text into records by RFC 4180, strictly: a quoted cell must be closed and
    followed by a separator or a line end; a quote inside an unquoted cell is an error. Line
    ends are LF, CRLF or CR. Nothing is limited by the csv module's process-wide field limit:
    cells longer than :data:`MAX_CSV_FIELD` are located errors, and a quoted cell is never
    searched further than that for its closing quote.

    Set :attr:`width` to the header's number of cells once it has been read: a row with another
    number of cells is then not split (bounded memory for a row of a million separators).
    Splitting starts at offset *start* of the text, which is on line *line* (after a header
    block, see :mod:`orgeditor.io.csv_meta`).
    """

    def __init__(self, text: str, delimiter: str, report: Report, *, start: int = 0, line: int = 1) -> None:
        self.text = text
        self.delimiter = delimiter
        self.report = report
        self.width = 0
        self.start = start
        self.line = line

    def __iter__(self) -> Iterator[Record]:
        text, delimiter, size = self.text, self.delimiter, len(self.text)
        pos, line = self.start, self.line
        while pos < size:
            match = LINE_BREAK.search(text, pos)
            eol, after = (match.start(), match.end()) if match else (size, size)
            if text.find('"', pos, eol) >= 0:
                record, pos, line = self._quoted_record(pos, line, eol, after)
                yield record
                continue
            count = text.count(delimiter, pos, eol) + 1
            self._check_width(line, count)
            if self.width and count != self.width:
                blank = not text[pos:eol].replace(delimiter, "").strip()
                yield Record(line, None, count, blank)
            else:
                cells = text[pos:eol].split(delimiter)
                yield Record(line, cells, count, not any(cell.strip() for cell in cells))
            pos, line = after, line + 1

    def _check_width(self, line: int, count: int) -> None:
        if not self.width and count > MAX_HEADER_CELLS:
            raise FatalCsvError(
                line,
                MAX_HEADER_CELLS + 1,
                f"the header row has {count:,} cells; a chart CSV has at most {len(COLUMNS)} columns: "
                + ", ".join(COLUMNS),
            )

    def _quoted_record(self, pos: int, line: int, eol: int, after: int) -> tuple[Record, int, int]:
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
                match = LINE_BREAK.search(text, pos)
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
            return Record(start_line, None, count, blank, bad), pos, line
        return Record(start_line, cells, count, blank, bad), pos, line

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
            raise FatalCsvError(
                line,
                count,
                f"the quoted cell that starts here is longer than {MAX_CSV_FIELD:,} characters,"
                " or its closing quote is missing",
            )
        if end >= size:
            raise FatalCsvError(
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
        rest = LINE_BREAK.split(text[pos : pos + 20], maxsplit=1)[0]
        where = f" (on line {line})" if line != opened else ""
        raise FatalCsvError(
            opened,
            count,
            f"text after the closing quote{where} of the quoted cell that starts here: "
            f"'{show(rest)}'; put the whole cell in quotes and double every quote inside "
            'it (""), or, if the quote opening this cell is a stray one, remove it',
        )


class Report:
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
