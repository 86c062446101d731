"""Lineage and sanctioned departures (SPEC §6.2, §6.3): values and their checks.

A unit's ``formerly`` names units of the chart it is compared with (usually its baseline),
so those ids are checked for their form only. A departure says that a variant departs from a
rule on purpose: findings of ``rule`` about ``units`` only are then reported as ``info``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from orgeditor.model.display import printable
from orgeditor.model.errors import ChartError
from orgeditor.model.limits import MAX_TEXT
from orgeditor.model.text import check_text
from orgeditor.model.vocabulary import is_valid_id

__all__ = ["RULE_ID", "Departure", "check_departures", "check_formerly"]

#: Rule ids, as rulebooks write them.
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True, slots=True)
class Departure:
    """A sanctioned departure from *rule* for *units* (ids in this chart).

    >>> d = Departure("pillar.field-backstopping", ("unama",), "Led by DPPA", "GA res 72/262 C")
    >>> d.covers(("unama",)), d.covers(("unama", "unami"))
    (True, False)
    """

    rule: str
    units: tuple[str, ...]
    reason: str
    cite: str

    def covers(self, unit_ids: Iterable[str]) -> bool:
        """True when every one of *unit_ids* is among the departure's units."""
        return set(unit_ids) <= set(self.units)


def _fail(message: str) -> None:
    raise ChartError(message)


def _check_id(value: str, what: str) -> None:
    if len(value) > MAX_TEXT or not is_valid_id(value):
        _fail(f"'{printable(value[:60])}' in {what} is not a valid id")


def check_formerly(unit_id: str, formerly: Sequence[str]) -> None:
    """Refuse a unit's ``formerly`` unless it is distinct ids (of any chart)."""
    for former in formerly:
        _check_id(former, f"the former units of unit '{unit_id}'")
    if len(set(formerly)) != len(formerly):
        _fail(f"the former units of unit '{unit_id}' name a unit twice")


def check_departures(departures: Sequence[Departure]) -> None:
    """Refuse departures a chart file could not hold."""
    for number, departure in enumerate(departures, 1):
        what = f"departure {number}"
        if len(departure.rule) > MAX_TEXT or RULE_ID.match(departure.rule) is None:
            _fail(f"the rule '{printable(departure.rule[:60])}' of {what} is not a valid rule id")
        for unit_id in departure.units:
            _check_id(unit_id, f"the units of {what}")
        if len(set(departure.units)) != len(departure.units):
            _fail(f"the units of {what} name a unit twice")
        check_text(what, departure.reason, departure.cite)
        if not departure.reason.strip() or not departure.cite.strip():
            _fail(f"{what} needs a reason and a cite")
    if len(set(departures)) != len(departures):
        _fail("the chart lists the same departure twice")
