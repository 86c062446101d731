"""The limits of a chart, in one place: what the loader, the CSV import, the model's edits and
the writer all hold a chart to, so that what one of them accepts the others accept too.

Each is set so that a chart at the limit is still quick to check, lay out and draw on a small
machine (``benchmarks/bench_limits.py``); the README's "Limits" table states them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "CHART_FILE_SUFFIXES",
    "MAX_GROUPS",
    "MAX_LEVELS",
    "MAX_LINKS",
    "MAX_LONG_TEXT",
    "MAX_POSTS",
    "MAX_TEXT",
    "MAX_UNITS",
    "deeper_than",
    "relative_path_problem",
    "rulebook_is_path",
    "rulebook_problem",
]

#: More posts than any organization has: a typo or a hostile number.
MAX_POSTS = 10_000_000
#: The most units a chart may hold: the whole Secretariat is about 5,000 units, and 50,000
#: check in about 1.5 s.
MAX_UNITS = 50_000
#: The most links (lines that are not reporting lines) and groups a chart may hold.
MAX_LINKS = 100_000
MAX_GROUPS = 10_000
#: The most levels of management above a unit: real organisations have a dozen or two; laying
#: out a chain costs more the deeper it is (1,000 levels take about 0.6 s to draw).
MAX_LEVELS = 1_000
#: The longest title, name, short name, head title or name, id, group name, region, function
#: or path named in a chart, in characters.
MAX_TEXT = 500
#: The longest description or note, in characters.
MAX_LONG_TEXT = 100_000
#: The only files a chart may name (baseline, rulebooks): YAML files.
CHART_FILE_SUFFIXES = (".yaml", ".yml")


def relative_path_problem(value: str) -> str | None:
    """Why *value* cannot be a path named inside a chart (``baseline``, ``rulebooks``), or None.

    Such a path is relative to the chart's folder and names a ``.yaml`` or ``.yml`` file:
    an absolute path, a home folder (``~``) or another kind of file is refused, so that a
    chart cannot make the program read arbitrary files.

    >>> relative_path_problem("../baseline-2017.yaml") is None
    True
    >>> relative_path_problem("/etc/passwd")
    'must be a path relative to the chart's folder, not an absolute path'
    """
    if not value.strip():
        return "must not be empty"
    if len(value) > MAX_TEXT:
        return f"is longer than {MAX_TEXT} characters"
    if "\x00" in value:
        return "holds a NUL character"
    if value.startswith(("/", "\\", "~")) or (len(value) > 1 and value[1] == ":"):
        return "must be a path relative to the chart's folder, not an absolute path"
    if not value.lower().endswith(CHART_FILE_SUFFIXES):
        return "must name a .yaml or .yml file"
    return None


_BUILTIN_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*")


def rulebook_is_path(value: str) -> bool:
    """True when a ``rulebooks`` entry names a file rather than a built-in rulebook."""
    return "/" in value or "\\" in value or value.lower().endswith(CHART_FILE_SUFFIXES)


def rulebook_problem(value: str) -> str | None:
    """Why *value* cannot be a ``rulebooks`` entry (a built-in name, or a relative path to a
    ``.yaml`` file), or None.

    >>> rulebook_problem("peace-security-2017") is None, rulebook_problem("rules/mine.yaml") is None
    (True, True)
    >>> rulebook_problem("../../../../etc/passwd")
    'must name a .yaml or .yml file'
    """
    if rulebook_is_path(value):
        return relative_path_problem(value)
    if not _BUILTIN_NAME.fullmatch(value) or len(value) > 100:
        return "is neither a built-in rulebook name nor a path to a .yaml file"
    return None


def deeper_than(managers: Mapping[str, Sequence[str]], order: Iterable[str], limit: int) -> str | None:
    """The first unit of *order* with more than *limit* levels of managers above it, following
    *managers* (unit id -> the ids it reports to, any scope), or None. A cycle counts once
    round; linear time.

    >>> deeper_than({"a": [], "b": ["a"], "c": ["b"]}, "abc", 2)
    'c'
    """
    depth: dict[str, int] = {}
    ids = list(order)
    for unit_id in ids:
        if unit_id in depth:
            continue
        in_progress: set[str] = set()
        stack = [unit_id]
        while stack:
            current = stack[-1]
            if current not in in_progress:
                in_progress.add(current)
                stack.extend(m for m in managers.get(current, ()) if m not in depth and m not in in_progress)
                continue
            stack.pop()
            if current not in depth:
                depth[current] = 1 + max((depth.get(m, 0) for m in managers.get(current, ())), default=0)
            in_progress.discard(current)
    return next((unit_id for unit_id in ids if depth[unit_id] > limit), None)
