"""Checks on lineage and departures (SPEC §6.2, §6.3): ``lineage-known`` and
``unused-departures``, and :func:`settle_departures`, which the engine applies to every run.

A departure turns a finding of its rule whose units it all lists into ``info``; a departure
that turns none gives the ``unused-departures`` rule's finding. That rule runs after the others:
the engine gives it the departures left unused (:meth:`UnusedDepartures.bound`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from orgeditor.model import Departure
from orgeditor.rules.checks import BASELINE, META, UNITS, Check, Compiler, Raw, check
from orgeditor.rules.checks_structure import usable_baseline
from orgeditor.rules.findings import Finding, gather
from orgeditor.rules.index import join_words
from orgeditor.rules.rulebook import Rule
from orgeditor.rules.selectors import Context
from orgeditor.rules.source import Source

__all__ = ["UnusedDepartures", "depart", "settle_departures"]


def _empty(src: Source) -> None:
    if src.is_mapping():
        src.mapping(())
    elif str(src.node.value) not in ("", "null", "~"):
        raise src.error("this check takes no parameters (write {})")


def _quoted(ids: Iterable[str]) -> str:
    return join_words([f"'{i}'" for i in ids])


# ------------------------------------------------------------- lineage-known


@dataclass(frozen=True)
class _LineageKnown(Check):
    depends = frozenset({UNITS, META, BASELINE})

    def run(self, ctx: Context) -> Iterator[Raw]:
        base = usable_baseline(ctx)
        if base is None or base.chart is None:
            return  # no baseline, or one the baseline rules already report as unusable
        known = base.chart.units
        index = ctx.index
        for uid, unit in index.units.items():
            unknown = [f for f in unit.formerly if f not in known]
            if not unknown:
                continue
            label = index.label(uid)
            verb = "is not a unit" if len(unknown) == 1 else "are not units"
            yield Raw(
                f"{label} continues {_quoted(unknown)}, which {verb} of the baseline {base.name}",
                (uid,),
                subject=label,
            )


@check("lineage-known")
def _lineage_known(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return _LineageKnown()


# --------------------------------------------------------- unused-departures


@dataclass(frozen=True)
class UnusedDepartures(Check):
    """Findings for departures that matched no finding: filled in by the engine after every
    other rule ran (run on its own it finds nothing)."""

    depends = frozenset({UNITS, META})
    unused: tuple[Departure, ...] = ()
    #: The ids of the rules checked for the chart.
    known: tuple[str, ...] = ()

    def bound(self, unused: Sequence[Departure], known: Sequence[str] = ()) -> UnusedDepartures:
        return UnusedDepartures(tuple(unused), tuple(known))

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        for departure in self.unused:
            present = [u for u in departure.units if u in index.units]
            absent = [u for u in departure.units if u not in index.units]
            names = [index.label(u) for u in present]
            if absent:
                names.append(
                    f"{_quoted(absent)} (not {'a unit' if len(absent) == 1 else 'units'} of this chart)"
                )
            why = ""
            if self.known and departure.rule not in self.known:
                close = difflib.get_close_matches(departure.rule, self.known, n=1)
                hint = f"; did you mean {close[0]}?" if close else ""
                why = f": no rule {departure.rule} is checked for this chart{hint}"
            if names:  # the units first, by name; the rule's id is what the departure names
                verb = "has" if len(names) == 1 and len(departure.units) == 1 else "have"
                text = f"{join_words(names)} {verb} a departure from {departure.rule} ({departure.cite})"
                text += f" that matches no finding{why}"
            else:
                text = f"A departure from {departure.rule} ({departure.cite}) matches no finding{why}"
            yield Raw(text, tuple(present), concerns=departure)


@check("unused-departures")
def _unused_departures(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return UnusedDepartures()


# ----------------------------------------------------------------- settling


def depart(finding: Finding, departures: Sequence[Departure]) -> tuple[Finding, Departure | None]:
    """*finding* as the first of *departures* that covers it reports it (``info``, its message
    prefixed ``Departure (cite): reason — `` and without the rule's fix, which the later
    decision overrides), with that departure; else unchanged, with None."""
    for departure in departures:
        if departure.rule == finding.rule and departure.covers(finding.units):
            text = finding.message
            if finding.fix and text.endswith(" " + finding.fix):
                text = text[: -len(finding.fix) - 1]
            return (
                replace(
                    finding,
                    severity="info",
                    message=f"Departure ({departure.cite}): {departure.reason} — {text}",
                    plain=text,
                    fix="",
                    departure=departure,
                    severity_without_departure=finding.severity,
                ),
                departure,
            )
    return finding, None


def _split(finding: Finding, departures: Sequence[Departure]) -> list[Finding]:
    """A finding gathering several units, cut in two where a departure of its rule covers some
    of them only (UNAMA and UNAMI under DPPA by res 72/262 C, not the other missions): the
    covered units' finding and the others'."""
    if not finding.members:
        return [finding]
    for departure in departures:
        if departure.rule != finding.rule or departure.covers(finding.units):
            continue
        covered = [m for m in finding.members if departure.covers(m.units)]
        if covered:
            rest = [m for m in finding.members if m not in covered]
            return [gather(covered), *_split(gather(rest), departures)]
    return [finding]


def settle_departures(
    rules: Sequence[Rule],
    results: Mapping[str, Sequence[Finding]],
    departures: Sequence[Departure],
    ctx: Context,
) -> list[Finding]:
    """The findings of *rules* (their *results* by rule id) in rule order, with *departures*
    applied and the ``unused-departures`` rules run on the departures no finding used."""
    settled: dict[str, list[Finding]] = {}
    used: set[Departure] = set()
    for rule in rules:
        if isinstance(rule.check, UnusedDepartures):
            continue
        found = []
        for finding in results.get(rule.id, ()):
            for part in _split(finding, departures) if departures else [finding]:
                reported, departure = depart(part, departures) if departures else (part, None)
                if departure is not None:
                    used.add(departure)
                found.append(reported)
        settled[rule.id] = found
    unused = [d for d in departures if d not in used]
    for rule in rules:
        if isinstance(rule.check, UnusedDepartures):
            bound = replace(rule, check=rule.check.bound(unused, [r.id for r in rules]))
            settled[rule.id] = list(bound.evaluate(ctx))
    return [f for rule in rules for f in settled.get(rule.id, ())]
