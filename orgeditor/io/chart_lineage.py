"""Reading a unit's ``formerly`` and the chart's ``departures`` (SPEC §6.2, §6.3).

Part of :mod:`orgeditor.io.chart_reader`: every problem is reported where it is written.
``formerly`` is one id or a list of ids of the chart compared with, so they are checked for
their form only; ``departures`` is a list of ``{rule, units, reason, cite}``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from orgeditor.io.chart_posts import describe
from orgeditor.io.yamltree import YMap, YNode, YScalar, YSeq
from orgeditor.model import Departure, is_valid_id
from orgeditor.model.departures import RULE_ID
from orgeditor.model.display import excerpt
from orgeditor.model.limits import MAX_TEXT

__all__ = ["DEPARTURE_KEYS", "read_departures", "read_formerly"]

DEPARTURE_KEYS = ("rule", "units", "reason", "cite")


class Reader(Protocol):
    """What of the chart reader this module uses."""

    def error(self, node: YNode | YScalar, message: str) -> None: ...

    def mapping(self, node: YNode, what: str) -> YMap | None: ...

    def keys(self, node: YMap, allowed: Sequence[str], what: str, required: Sequence[str] = ()) -> None: ...

    def text(
        self, node: YNode | None, what: str, *, allow_empty: bool = False, limit: int = MAX_TEXT
    ) -> str | None: ...

    def ident(self, node: YNode | None, what: str) -> str | None: ...

    def text_list(self, node: YNode | None, what: str, *, ids: bool = False) -> list[tuple[str, YScalar]]: ...


def _ids(reader: Reader, node: YNode, what: str) -> tuple[str, ...] | None:
    """Distinct ids written as a list (or, with a plain scalar, one id), each checked for form."""
    if isinstance(node, YScalar):
        value = reader.ident(node, what)
        entries = [] if value is None else [(value, node)]
    else:
        entries = reader.text_list(node, what, ids=True)
    ok = True
    for value, item in entries:
        if len(value) > MAX_TEXT or not is_valid_id(value):
            reader.error(
                item,
                f"'{excerpt(value)}' in {what} is not a valid id: "
                "use lower-case letters, digits, '.', '_' and '-'",
            )
            ok = False
    return tuple(v for v, _ in entries) if ok else None


def read_formerly(reader: Reader, node: YNode | None, owner: str) -> tuple[str, ...]:
    """A unit's ``formerly``: one id or a list of ids (of the chart compared with)."""
    if node is None:
        return ()
    return _ids(reader, node, f"the former units of {owner}") or ()


def read_departures(reader: Reader, node: YNode | None) -> list[Departure]:
    """The chart's ``departures``: a list of ``{rule, units, reason, cite}``."""
    if node is None:
        return []
    if not isinstance(node, YSeq):
        reader.error(
            node, f"departures must be a list of {{rule, units, reason, cite}}, not {describe(node)}"
        )
        return []
    departures: list[Departure] = []
    for number, item in enumerate(node.items, 1):
        what = f"departure {number}"
        body = reader.mapping(item, what)
        if body is None:
            continue
        reader.keys(body, DEPARTURE_KEYS, what, required=DEPARTURE_KEYS)
        rule_node = body.get("rule")
        rule = reader.text(rule_node, f"the rule of {what}")
        if rule is not None and rule_node is not None and RULE_ID.match(rule) is None:
            reader.error(rule_node, f"the rule of {what} is '{excerpt(rule)}', which is not a rule id")
            rule = None
        units_node = body.get("units")
        units: tuple[str, ...] | None = None
        if isinstance(units_node, YScalar):
            reader.error(
                units_node, f"the units of {what} must be a list of ids, e.g. [{excerpt(units_node.literal)}]"
            )
        elif units_node is not None:
            units = _ids(reader, units_node, f"the units of {what}")
        reason = reader.text(body.get("reason"), f"the reason of {what}")
        cite = reader.text(body.get("cite"), f"the cite of {what}")
        if rule is None or units is None or reason is None or cite is None:
            continue
        departure = Departure(rule, units, reason, cite)
        if departure in departures:
            reader.error(item, f"{what} repeats an earlier departure")
            continue
        departures.append(departure)
    return departures
