"""Merge conflicts kept in a chart (SPEC §6.6): where a three-way merge could not decide.

The chart holds OURS' value in place; each :class:`Conflict` names the element (``at``) and
holds its value in the merge base and in THEIRS as plain data (``None`` when absent there):

- ``units.ID``: a whole unit (deleted on one side, changed on the other);
- ``units.ID.FIELD``: one field of a unit (FIELD one of :data:`UNIT_FIELDS`);
- ``links.FROM>TO``: the links from one unit to another (their kinds, as a list);
- ``groups.ID``: a group;
- ``chart.FIELD``: a field of the chart itself (FIELD one of :data:`CHART_FIELDS`), an
  addition to the SPEC's forms, for titles and descriptions changed on both sides.

Ids are not checked against the chart: a conflict may be about a unit that OURS deleted.

>>> c = Conflict("units.asg-africa.reports_to", "dppa", [{"to": "dpo", "scope": "mission"}])
>>> c.target, c.theirs
(('units', 'asg-africa', 'reports_to'), ({'to': 'dpo', 'scope': 'mission'},))
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from orgeditor.model.display import printable
from orgeditor.model.errors import ChartError
from orgeditor.model.limits import MAX_LONG_TEXT, MAX_TEXT
from orgeditor.model.vocabulary import CONTROL_CHARACTER, is_valid_id

__all__ = [
    "CHART_FIELDS",
    "MAX_CONFLICTS",
    "UNIT_FIELDS",
    "Conflict",
    "at_problem",
    "check_conflicts",
    "freeze",
    "parse_at",
    "plain_problem",
]

#: Unit fields a conflict may name (``posts`` covers the breakdown, ``head`` all its parts).
UNIT_FIELDS = (
    "id",
    "name",
    "short",
    "kind",
    "head",
    "reports_to",
    "regions",
    "presence",
    "functions",
    "posts",
    "note",
    "formerly",
)
#: Chart fields a conflict may name (``chart.title`` …).
CHART_FIELDS = ("title", "description", "baseline", "rulebooks", "regions", "funding", "departures")
#: The most conflicts a chart may hold, and the most nesting and values one side's value may.
MAX_CONFLICTS = 100_000
MAX_VALUE_DEPTH = 16
MAX_VALUE_ITEMS = 100_000


def freeze(value: Any) -> Any:
    """*value* with every list made a tuple and every mapping a plain dict (recursively), so
    that a conflict read from a file equals the one written.

    >>> freeze({"a": [1, {"b": [2]}]})
    {'a': (1, {'b': (2,)})}
    """
    if isinstance(value, list | tuple):
        return tuple(freeze(item) for item in value)
    if isinstance(value, Mapping):
        return {key: freeze(item) for key, item in value.items()}
    return value


@dataclass(frozen=True, slots=True, eq=True)
class Conflict:
    """One undecided element: where (``at``), its value in the base and in THEIRS."""

    at: str
    base: Any = None
    theirs: Any = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "base", freeze(self.base))
        object.__setattr__(self, "theirs", freeze(self.theirs))

    def __hash__(self) -> int:
        return hash(self.at)

    @property
    def target(self) -> tuple[str, str, str | None]:
        """``(section, id, field)``: ``("units", "dppa", "name")``, ``("links", "a>b", None)``.

        Raises ValueError for an ``at`` of no known form."""
        return parse_at(self.at)

    @property
    def unit_ids(self) -> tuple[str, ...]:
        """Ids of the units the conflict is about (a link's two ends)."""
        section, ident, _ = self.target
        if section == "units":
            return (ident,)
        if section == "links":
            source, _, target = ident.partition(">")
            return (source,) if source == target else (source, target)
        return ()


def parse_at(at: str) -> tuple[str, str, str | None]:
    """Split a conflict's ``at`` into ``(section, id, field)``; ValueError when malformed.

    Ids may hold dots, so ``units.a.b.name`` is unit ``a.b``'s name: a last part that is a
    unit field is the field.

    >>> parse_at("units.a.b.name"), parse_at("links.pbf>eosg"), parse_at("chart.title")
    (('units', 'a.b', 'name'), ('links', 'pbf>eosg', None), ('chart', '', 'title'))
    """
    problem = at_problem(at)
    if problem is not None:
        raise ValueError(problem)
    section, _, rest = at.partition(".")
    if section == "chart":
        return section, "", rest
    if section == "units":
        head, _, last = rest.rpartition(".")
        if head and last in UNIT_FIELDS and is_valid_id(head):
            return section, head, last
    return section, rest, None


def at_problem(at: object) -> str | None:
    """Why *at* is not a conflict's ``at``, or None.

    >>> at_problem("units.Dppa")
    "'units.Dppa' does not name a unit, a unit's field, a link (links.FROM>TO), a group or a chart field"
    """
    if not isinstance(at, str):
        return "a conflict's 'at' must be text"
    if len(at) > 2 * MAX_TEXT + 10:
        return "a conflict's 'at' is too long"
    section, _, rest = at.partition(".")
    ok = False
    if section in ("units", "groups"):
        ok = is_valid_id(rest)  # units.ID.FIELD is a valid id too
    elif section == "links":
        source, arrow, target = rest.partition(">")
        ok = bool(arrow) and is_valid_id(source) and is_valid_id(target)
    elif section == "chart":
        ok = rest in CHART_FIELDS
    if ok:
        return None
    return (
        f"'{printable(at[:80])}' does not name a unit, a unit's field, a link (links.FROM>TO), "
        "a group or a chart field"
    )


def plain_problem(value: Any) -> str | None:
    """Why *value* cannot be a side of a conflict, or None: plain data only (None, text,
    whole numbers, finite numbers, true/false, lists, mappings with text keys), at most
    :data:`MAX_VALUE_DEPTH` deep and :data:`MAX_VALUE_ITEMS` values, text without control
    characters and at most :data:`~orgeditor.model.limits.MAX_LONG_TEXT` long.

    >>> plain_problem({"a": [1, 2.5, None, True]}) is None, plain_problem(float("nan"))
    (True, 'a number in a conflict must be finite')
    """
    count = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        count += 1
        if count > MAX_VALUE_ITEMS:
            return f"a conflict's value may hold at most {MAX_VALUE_ITEMS:,} values"
        if depth > MAX_VALUE_DEPTH:
            return f"a conflict's value may be nested at most {MAX_VALUE_DEPTH} levels deep"
        if item is None or isinstance(item, bool):
            continue
        if isinstance(item, int):
            if abs(item) >= 10**30:
                return "a number in a conflict is out of range"
        elif isinstance(item, float):
            if not math.isfinite(item):
                return "a number in a conflict must be finite"
        elif isinstance(item, str):
            problem = _text_problem(item, MAX_LONG_TEXT)
            if problem:
                return problem
        elif isinstance(item, list | tuple):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, Mapping):
            for key, child in item.items():
                if not isinstance(key, str):
                    return "the keys of a mapping in a conflict must be text"
                problem = _text_problem(key, MAX_TEXT)
                if problem:
                    return problem
                stack.append((child, depth + 1))
        else:
            return f"a conflict's value holds a {type(item).__name__}; only plain data is allowed"
    return None


def _text_problem(text: str, limit: int) -> str | None:
    if len(text) > limit:
        return f"a text in a conflict is {len(text):,} characters long; the limit is {limit:,}"
    if CONTROL_CHARACTER.search(text):
        return f"a text in a conflict holds a control character: {printable(text[:60])!r}"
    return None


def check_conflicts(conflicts: Sequence[Conflict]) -> None:
    """Raise ChartError unless *conflicts* could be written to a chart file and read back."""
    if len(conflicts) > MAX_CONFLICTS:
        raise ChartError(f"a chart may hold at most {MAX_CONFLICTS:,} conflicts")
    seen: set[str] = set()
    for conflict in conflicts:
        if not isinstance(conflict, Conflict):
            raise ChartError("conflicts must be Conflict values")
        problem = at_problem(conflict.at)
        if problem is None:
            problem = plain_problem(conflict.base) or plain_problem(conflict.theirs)
        if problem is not None:
            raise ChartError(problem)
        if conflict.at in seen:
            raise ChartError(f"the chart lists two conflicts at '{printable(conflict.at[:80])}'")
        seen.add(conflict.at)
