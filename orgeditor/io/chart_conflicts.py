"""Reading the chart's ``conflicts`` (SPEC §6.6): ``[{at, base, theirs}, …]``.

Part of :mod:`orgeditor.io.chart_reader`: every problem is reported where it is written.
``base`` and ``theirs`` are plain data of any shape, read from the inert tree (never
constructed by YAML) and held to :func:`orgeditor.model.conflicts.plain_problem`'s limits.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Protocol

from orgeditor.io.chart_posts import describe
from orgeditor.io.yamltree import YMap, YNode, YScalar, YSeq
from orgeditor.model import Conflict
from orgeditor.model.conflicts import MAX_CONFLICTS, at_problem, plain_problem

__all__ = ["CONFLICT_KEYS", "plain_data", "read_conflicts"]

CONFLICT_KEYS = ("at", "base", "theirs")


class Reader(Protocol):
    """What of the chart reader this module uses."""

    def error(self, node: YNode | YScalar, message: str) -> None: ...

    def mapping(self, node: YNode, what: str) -> YMap | None: ...

    def keys(self, node: YMap, allowed: Sequence[str], what: str, required: Sequence[str] = ()) -> None: ...

    def text(self, node: YNode | None, what: str) -> str | None: ...


def plain_data(node: YNode) -> Any:
    """The plain value a node of the inert tree holds: None, text, numbers, true/false, lists
    and mappings (whose keys the parser already made text)."""
    if isinstance(node, YScalar):
        return node.value
    if isinstance(node, YSeq):
        return [plain_data(item) for item in node.items]
    return {key: plain_data(node.entries[key]) for key in node.order}


def _value(reader: Reader, node: YNode | None, what: str) -> tuple[bool, Any]:
    if node is None:
        return True, None
    value = plain_data(node)
    if isinstance(value, float) and not math.isfinite(value):
        reader.error(node, f"{what} must be a finite number")
        return False, None
    problem = plain_problem(value)
    if problem is not None:
        reader.error(node, f"{what}: {problem}")
        return False, None
    return True, value


def read_conflicts(reader: Reader, node: YNode | None) -> list[Conflict]:
    """The chart's ``conflicts``: a list of ``{at, base, theirs}``, each ``at`` once."""
    if node is None:
        return []
    if not isinstance(node, YSeq):
        reader.error(node, f"conflicts must be a list of {{at, base, theirs}}, not {describe(node)}")
        return []
    if len(node.items) > MAX_CONFLICTS:
        reader.error(node, f"a chart may hold at most {MAX_CONFLICTS:,} conflicts")
        return []
    conflicts: list[Conflict] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(node.items, 1):
        what = f"conflict {number}"
        body = reader.mapping(item, what)
        if body is None:
            continue
        reader.keys(body, CONFLICT_KEYS, what, required=CONFLICT_KEYS)
        at_node = body.get("at")
        at = reader.text(at_node, f"the 'at' of {what}")
        if at is not None and at_node is not None:
            problem = at_problem(at)
            if problem is not None:
                reader.error(at_node, f"{what}: {problem}")
                at = None
            elif at in seen:
                reader.error(at_node, f"{what} is at '{at}' like conflict {seen[at]}; list each element once")
                at = None
        base_ok, base = _value(reader, body.get("base"), f"the base of {what}")
        theirs_ok, theirs = _value(reader, body.get("theirs"), f"the theirs of {what}")
        if at is None or not base_ok or not theirs_ok:
            continue
        seen[at] = number
        conflicts.append(Conflict(at, base, theirs))
    return conflicts
