"""The comparison as a self-contained HTML briefing, from a Jinja2 template (autoescaped).

The page needs no network: its CSS is inline and each variant's diagram is an inline SVG
given by the caller (drawn by :mod:`orgeditor.render.highlight`), with the units that changed
since the previous variant coloured. ``paged=True`` gives the same report for Qt's rich text
(the PDF): no diagrams inline (they follow on pages of their own), table attributes Qt reads.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from typing import Any

from orgeditor.compare.engine import Comparison
from orgeditor.compare.report import (
    STATUS_MARKS,
    column_letters,
    failure_summary,
    grade_rows,
    source_rows,
    total_rows,
)
from orgeditor.compare.story import money

__all__ = ["MARK_COLOURS", "STATUS_COLOURS", "inline_svg", "to_html"]

#: (text, background) of a grid cell per status.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "pass": ("#0d5b26", "#d7f0dd"),
    "fail": ("#8c1d18", "#f9d6d3"),
    "departure": ("#6b4a00", "#fbe7b5"),
    "n/a": ("#5f6368", "#eceff1"),
}
#: (outline, words) of a diagram mark, as the compare view colours changes.
MARK_COLOURS: dict[str, tuple[str, str]] = {
    "added": ("#188038", "added since the previous variant"),
    "changed": ("#e37400", "changed (head, kind, functions, posts …)"),
    "moved": ("#e37400", "reporting line moved (dashed)"),
}
_TEMPLATE = "briefing.html.j2"
_XML_HEAD = re.compile(r"^\s*<\?xml[^>]*\?>\s*(<!DOCTYPE[^>]*>\s*)?", re.IGNORECASE)
_IDS = re.compile(r"""\b(id=["']|url\(#|href=["']#)([A-Za-z_][\w.-]*)""")


def inline_svg(svg: str, prefix: str) -> str:
    """*svg* ready to sit inline in HTML: no XML declaration, its ids prefixed with *prefix*
    (so that several diagrams on one page never share one), sized by the page's CSS."""
    body = _XML_HEAD.sub("", svg)
    return _IDS.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", body)


def _environment() -> Any:
    import jinja2  # noqa: PLC0415 - only the HTML report needs it

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("orgeditor.compare", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["money"] = money
    return env


def to_html(
    comparison: Comparison,
    diagrams: Mapping[str, str] | None = None,
    *,
    paged: bool = False,
    today: _dt.date | None = None,
) -> str:
    """The briefing. *diagrams* maps a variant's key to its SVG (left out when not given)."""
    import markupsafe  # noqa: PLC0415 - comes with Jinja2

    variants = comparison.variants
    letters = column_letters(len(variants))
    letter_of = {v.key: c for c, v in zip(letters, variants, strict=True)}
    shown = {} if paged or diagrams is None else diagrams
    columns = []
    for i, (letter, v) in enumerate(zip(letters, variants, strict=True)):
        change = comparison.changes[i - 1] if i > 0 else None
        svg = shown.get(v.key)
        removed = [
            comparison.variants[i - 1].chart.units[u].label
            for u in (change.removed if change is not None else ())
        ]
        columns.append(
            {
                "letter": letter,
                "key": v.key,
                "title": v.title,
                "description": v.chart.description or "",
                "svg": markupsafe.Markup(inline_svg(svg, f"v{i}")) if svg else None,
                "marks": _mark_counts(change.marks if change is not None else {}),
                "removed": removed,
                "previous": letters[i - 1] if i > 0 else None,
            }
        )
    rows = []
    for row in comparison.provisions:
        cells = []
        for v in variants:
            status = row.status[v.key]
            notes = [f.message for f in row.findings[v.key] if f.severity != "info" or f.departure]
            cells.append({"status": status, "mark": STATUS_MARKS[status], "notes": notes})
        rows.append({"cite": row.cite, "rules": [(r, row.titles[r]) for r in row.rules], "cells": cells})
    fails = failure_summary(comparison)
    stories = [
        {
            "a": letter_of[c.before],
            "b": letter_of[c.after],
            "counts": [
                ("units added", c.units_added),
                ("removed", c.units_removed),
                ("changed", c.units_changed),
                ("lines moved", c.lines_moved),
            ],
            "editorial": c.editorial,
            "lines": list(c.story),
        }
        for c in comparison.changes
    ]
    return str(
        _environment()
        .get_template(_TEMPLATE)
        .render(
            paged=paged,
            today=(today or _dt.date.today()).isoformat(),
            rulebooks=list(comparison.rulebooks),
            columns=columns,
            totals=total_rows(comparison),
            grid=rows,
            fails=fails,
            grades=grade_rows(comparison),
            sources=source_rows(comparison),
            stories=stories,
            status_colours=STATUS_COLOURS,
            mark_colours=MARK_COLOURS,
            has_diagrams=any(c["svg"] for c in columns),
        )
    )


def _mark_counts(marks: Mapping[str, str]) -> list[tuple[str, int, str]]:
    counts = {kind: sum(1 for m in marks.values() if m == kind) for kind in MARK_COLOURS}
    return [(kind, n, MARK_COLOURS[kind][0]) for kind, n in counts.items() if n]
