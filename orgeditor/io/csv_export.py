"""CSV export: the chart's own fields in a header block, then one row a unit.

See :mod:`orgeditor.io.csv_format` for the columns and :mod:`orgeditor.io.csv_meta` for the
header block. Cells a spreadsheet would run as a formula are guarded (:func:`guard`) and
cells holding a separator, a quote or a line break are quoted.
"""

from __future__ import annotations

from pathlib import Path

from orgeditor.io.atomic import atomic_write_bytes
from orgeditor.io.csv_meta import block_lines
from orgeditor.io.csv_posts import breakdown_cell
from orgeditor.io.csv_records import COLUMNS
from orgeditor.io.csv_rows import guard
from orgeditor.model import Chart, Head, Unit

__all__ = ["dumps_csv", "guard", "save_csv"]


def _join(values: tuple[str, ...] | list[str]) -> str:
    return ";".join(values)


def _reports_cell(unit: Unit) -> str:
    return _join([line.to if line.scope == "all" else f"{line.to}@{line.scope}" for line in unit.reports_to])


def _quote(cell: str) -> str:
    """The cell as written: in quotes (quotes inside doubled) when it holds a comma, a quote,
    a CR or an LF — ``csv.QUOTE_MINIMAL`` with ``\\n`` line ends leaves a lone CR bare."""
    if any(char in cell for char in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def dumps_csv(chart: Chart) -> str:
    """The chart as CSV text (deterministic): the header block with the chart's own fields
    (:mod:`orgeditor.io.csv_meta`), a blank line, the header row, then one row a unit in
    display order."""
    lines = [*block_lines(chart), "", ",".join(COLUMNS)]
    links: dict[str, list[str]] = {}
    for link in chart.links:
        links.setdefault(link.source, []).append(f"{link.target}@{link.kind}")
    # a unit's groups in the chart's order, the order the import makes them in again (the
    # block names them all), so that export, import and export again give the same text
    groups: dict[str, list[str]] = {}
    for group in chart.groups.values():
        for member in dict.fromkeys(group.members):
            groups.setdefault(member, []).append(group.id)
    funding = chart.funding_sources
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
            "" if unit.post_breakdown is None else breakdown_cell(unit.post_breakdown, funding),
            _join(links.get(unit.id, [])),
            _join(groups.get(unit.id, [])),
            _join(unit.formerly),
            unit.note or "",
        ]
        lines.append(",".join(_quote(guard(cell)) for cell in row))
    return "\n".join(lines) + "\n"


def save_csv(chart: Chart, path: str | Path) -> None:
    """Write the chart as UTF-8 CSV to *path*."""
    atomic_write_bytes(path, dumps_csv(chart).encode("utf-8"), keep_backup=False)
