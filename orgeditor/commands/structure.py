"""Structure commands a drafter thinks in: a new regional ASG, moving a unit or a branch, merging
units and splitting one (each one undo step with a History label naming units by their names).

Each command is planned on the chart as it is when first done, as a sequence of the small
commands of :mod:`orgeditor.commands.units` and :mod:`orgeditor.commands.links`, all inside one
:meth:`Chart.transaction`: a change the model refuses leaves the chart as it was. Undo and redo
replay the steps. Each spec (:class:`NewAsg`, :class:`Move`, :class:`Merge`, :class:`Split`) says
with ``problem(chart)`` why it cannot be done, so that a dialog can say it before OK.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.commands.links import ReplaceLink, UpdateGroup
from orgeditor.commands.post_shares import divide_posts, sum_posts
from orgeditor.commands.units import AddUnit, RemoveUnit, UpdateUnit, reattached_lines
from orgeditor.model import (
    Chart,
    ChartError,
    Group,
    Head,
    Link,
    ReportingLine,
    Unit,
    rank_order,
)
from orgeditor.model.limits import MAX_TEXT

__all__ = [
    "ALL_LINES",
    "AddRegionalAsg",
    "Merge",
    "MergeUnits",
    "Move",
    "MoveUnit",
    "NewAsg",
    "Split",
    "SplitPart",
    "SplitUnit",
    "default_asg_name",
    "default_division_name",
    "divide_posts",
    "fresh_id",
    "join_names",
    "lineage",
    "sum_posts",
]

_NOT_ID = re.compile(r"[^a-z0-9]+")


def join_names(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C" (the conjunction translated)."""
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("Structure", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def fresh_id(chart: Chart, text: str, *, taken: Iterable[str] = ()) -> str:
    """An unused id made of *text* ("Antarctica Division" → ``antarctica-division``).

    >>> fresh_id(Chart(), "Office of the ASG for Antarctica")
    'office-of-the-asg-for-antarctica'
    """
    stem = _NOT_ID.sub("-", text.casefold()).strip("-")[:48].strip("-") or "unit"
    used = set(taken)
    candidate, n = stem, 1
    while candidate in chart or candidate in used:
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def lineage(unit: Unit) -> tuple[str, ...]:
    """The ids a unit continues in the chart compared with: its ``formerly``, else its own id."""
    return unit.formerly or (unit.id,)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _below(chart: Chart, unit_id: str, manager_id: str) -> bool:
    """True when *manager_id* is *unit_id* or below it in a chain of any scope."""
    return any(unit_id in chart.chain(manager_id, scope) for scope in ("mission", "non-mission"))


class _SetRegions(QUndoCommand):
    """Change the chart's list of regions."""

    def __init__(self, chart: Chart, regions: tuple[str, ...]) -> None:
        super().__init__("Regions")
        self.chart, self.new, self.old = chart, regions, chart.regions

    def redo(self) -> None:
        self.chart.set_meta(regions=self.new)

    def undo(self) -> None:
        self.chart.set_meta(regions=self.old)


class _InsertUnit(AddUnit):
    """Add a unit at a place in display order (beside the units it comes from)."""

    def __init__(self, chart: Chart, unit: Unit, index: int) -> None:
        super().__init__(chart, unit)
        self.index = index

    def redo(self) -> None:
        if self.record is not None:
            self.chart.restore_unit(self.record)
        else:
            self.chart.add_unit(self.unit, self.index)


class _Steps(QUndoCommand):
    """A command made of smaller ones, planned on the chart as it is when first done."""

    def __init__(self, chart: Chart, text: str) -> None:
        super().__init__(text)
        self.chart = chart
        self.steps: list[QUndoCommand] = []
        self._planned = False

    def check(self) -> None:
        """Raise :class:`ChartError` when the command cannot be done on the chart as it is."""

    def plan(self) -> None:
        """Make the change with :meth:`do`."""

    def do(self, step: QUndoCommand) -> None:
        step.redo()
        self.steps.append(step)

    def update(self, unit: Unit) -> None:
        """Replace a unit by *unit* when it differs."""
        if self.chart.unit(unit.id) != unit:
            self.do(UpdateUnit(self.chart, unit, self.text()))

    def redo(self) -> None:
        if self._planned:
            with self.chart.batch():
                for step in self.steps:
                    step.redo()
            return
        self.steps = []
        with self.chart.transaction():
            self.check()
            self.plan()
        self._planned = True

    def undo(self) -> None:
        with self.chart.batch():
            for step in reversed(self.steps):
                step.undo()

    def repoint(self, old_ids: set[str], new_id: str) -> None:
        """Lines, links and group memberships naming one of *old_ids* name *new_id* instead
        (a line or link that would then repeat another, or loop, is dropped)."""
        chart = self.chart
        for unit in list(chart):
            if unit.id in old_ids or not any(line.to in old_ids for line in unit.reports_to):
                continue
            self.update(unit.with_changes(reports_to=_retarget(unit, old_ids, new_id)))
        for link in list(chart.links):
            if link.source in old_ids or link.target in old_ids:
                source = new_id if link.source in old_ids else link.source
                target = new_id if link.target in old_ids else link.target
                new = Link(source, target, link.kind)
                if source == target or new in chart.links:
                    self.do(_RemoveLink(chart, link))
                else:
                    self.do(ReplaceLink(chart, link, new))
        for group in list(chart.groups.values()):
            if any(m in old_ids for m in group.members):
                members = _unique(new_id if m in old_ids else m for m in group.members)
                self.do(UpdateGroup(chart, Group(group.id, group.name, members), self.text()))


class _RemoveLink(QUndoCommand):
    def __init__(self, chart: Chart, link: Link) -> None:
        super().__init__("Remove link")
        self.chart, self.link, self.index = chart, link, 0

    def redo(self) -> None:
        self.index = self.chart.remove_link(self.link)

    def undo(self) -> None:
        self.chart.add_link(self.link, self.index)


def _retarget(unit: Unit, old_ids: set[str], new_id: str) -> tuple[ReportingLine, ...]:
    """*unit*'s lines with those into *old_ids* going to *new_id*; two lines that then reach
    *new_id* with different scopes become one line for all settings."""
    lines: list[ReportingLine] = []
    for line in unit.reports_to:
        to = new_id if line.to in old_ids else line.to
        same = next((i for i, kept in enumerate(lines) if kept.to == to), None)
        if same is None:
            lines.append(ReportingLine(to, line.scope))
        elif lines[same].scope != line.scope:
            lines[same] = ReportingLine(to)
    return tuple(lines)


# ---------------------------------------------------------------- new regional ASG


@dataclass(frozen=True)
class NewAsg:
    """What the New Regional ASG dialog asks."""

    regions: tuple[str, ...]
    name: str = ""
    short: str | None = None
    lines: tuple[ReportingLine, ...] = (
        ReportingLine("dppa", "non-mission"),
        ReportingLine("dpo", "mission"),
    )
    #: The name of a first division under the ASG (None: no division).
    division: str | None = ""

    @property
    def region_text(self) -> str:
        return join_names(list(self.regions))

    @property
    def unit_name(self) -> str:
        return self.name.strip() or default_asg_name(self.regions)

    @property
    def division_name(self) -> str | None:
        if self.division is None:
            return None
        return self.division.strip() or default_division_name(self.regions)

    def problem(self, chart: Chart) -> str | None:
        """Why the ASG cannot be added (None when it can)."""
        if not [r for r in self.regions if r.strip()]:
            return QCoreApplication.translate("Structure", "Give the ASG at least one region.")
        if len(set(self.regions)) != len(self.regions):
            return QCoreApplication.translate("Structure", "A region is given twice.")
        if not self.lines:
            return QCoreApplication.translate("Structure", "Give the ASG at least one reporting line.")
        targets = [line.to for line in self.lines]
        if len(set(targets)) != len(targets):
            return QCoreApplication.translate("Structure", "The two reporting lines go to the same unit.")
        for target in targets:
            if target not in chart.units:
                return QCoreApplication.translate("Structure", "Choose the unit each reporting line goes to.")
        scopes = [line.scope for line in self.lines]
        if len(scopes) > 1 and ("all" in scopes or len(set(scopes)) != len(scopes)):
            return QCoreApplication.translate(
                "Structure", "Two reporting lines need different settings, neither of them all settings."
            )
        for text in (self.unit_name, self.short or "", self.division_name or "", *self.regions):
            if len(text) > MAX_TEXT:
                return QCoreApplication.translate("Structure", "A name is too long.")
        return None


def default_asg_name(regions: Sequence[str]) -> str:
    return QCoreApplication.translate(
        "Structure", "Office of the Assistant Secretary-General for {region}"
    ).format(region=join_names(list(regions)))


def default_division_name(regions: Sequence[str]) -> str:
    return QCoreApplication.translate("Structure", "{region} Division").format(
        region=join_names(list(regions))
    )


class AddRegionalAsg(_Steps):
    """Add an ASG-headed office for some regions, with its reporting lines (by default to DPPA
    for non-mission settings and to DPO for mission settings) and optionally a first division.
    Regions the chart does not list yet are added to its list."""

    def __init__(self, chart: Chart, spec: NewAsg) -> None:
        targets = [chart.unit(line.to).label if line.to in chart.units else line.to for line in spec.lines]
        text = QCoreApplication.translate("Structure", "Add ASG for {regions} with lines to {targets}")
        super().__init__(chart, text.format(regions=spec.region_text, targets=join_names(targets)))
        self.spec = spec
        self.asg_id = fresh_id(chart, "asg-" + "-".join(spec.regions))
        name = spec.division_name
        self.division_id = fresh_id(chart, name, taken=[self.asg_id]) if name else None

    def check(self) -> None:
        if (problem := self.spec.problem(self.chart)) is not None:
            raise ChartError(problem)

    def plan(self) -> None:
        chart, spec = self.chart, self.spec
        missing = [r for r in spec.regions if r not in chart.regions]
        if chart.regions and missing:
            self.do(_SetRegions(chart, (*chart.regions, *missing)))
        title = QCoreApplication.translate("Structure", "Assistant Secretary-General for {region}")
        asg = Unit(
            self.asg_id,
            spec.unit_name,
            "office",
            short=spec.short or None,
            head=Head(title=title.format(region=spec.region_text), rank="ASG"),
            reports_to=spec.lines,
            regions=spec.regions,
        )
        self.do(AddUnit(chart, asg))
        if self.division_id is not None and spec.division_name:
            division = Unit(
                self.division_id,
                spec.division_name,
                "division",
                regions=spec.regions,
                reports_to=(ReportingLine(self.asg_id),),
            )
            self.do(AddUnit(chart, division))


# ------------------------------------------------------------------------- move


#: The scope of a move that replaces every reporting line of the unit by one.
ALL_LINES = "all"


@dataclass(frozen=True)
class Move:
    """Move *unit* under *manager* for *scope* (``all``: its only line from now on); with
    ``branch=False`` its reports stay behind, re-attached to its manager."""

    unit: str
    manager: str
    scope: str = ALL_LINES
    branch: bool = True

    def problem(self, chart: Chart) -> str | None:
        if self.unit not in chart.units:
            return QCoreApplication.translate("Structure", "Choose the unit to move.")
        if self.manager not in chart.units:
            return QCoreApplication.translate("Structure", "Choose the unit it moves under.")
        unit, manager = chart.unit(self.unit), chart.unit(self.manager)
        if self.unit == self.manager:
            return QCoreApplication.translate("Structure", "A unit cannot report to itself.")
        if _below(chart, self.unit, self.manager) and self.branch:
            return QCoreApplication.translate(
                "Structure", "{manager} is below {unit}: a unit cannot report to its own branch."
            ).format(manager=manager.label, unit=unit.label)
        if self.new_lines(chart) == unit.reports_to and self.branch:
            return QCoreApplication.translate(
                "Structure", "{unit} already reports to {manager} that way."
            ).format(manager=manager.label, unit=unit.label)
        return None

    def new_lines(self, chart: Chart) -> tuple[ReportingLine, ...]:
        """The unit's reporting lines after the move: one line for all settings, or the line of
        the chosen settings replaced (a line for all settings keeps the other settings)."""
        if self.scope == ALL_LINES:
            return (ReportingLine(self.manager),)
        other = "non-mission" if self.scope == "mission" else "mission"
        kept: list[ReportingLine] = []
        for line in chart.unit(self.unit).reports_to:
            if line.scope == "all":
                kept.append(ReportingLine(line.to, other))
            elif line.scope == other:
                kept.append(line)
        kept = [line for line in kept if line.to != self.manager]
        return (*kept, ReportingLine(self.manager, self.scope))


class MoveUnit(_Steps):
    """Move a unit (with its branch, or alone) under another manager."""

    def __init__(self, chart: Chart, move: Move) -> None:
        unit, manager = chart.unit(move.unit).label, chart.unit(move.manager).label
        if not move.branch:
            text = QCoreApplication.translate("Structure", "Move {unit} without its reports under {manager}")
        elif move.scope == ALL_LINES:
            text = QCoreApplication.translate("Structure", "Move {unit} under {manager}")
        elif move.scope == "mission":
            text = QCoreApplication.translate("Structure", "Move {unit} under {manager} for mission settings")
        else:
            text = QCoreApplication.translate(
                "Structure", "Move {unit} under {manager} for non-mission settings"
            )
        super().__init__(chart, text.format(unit=unit, manager=manager))
        self.move = move

    def check(self) -> None:
        if (problem := self.move.problem(self.chart)) is not None:
            raise ChartError(problem)

    def plan(self) -> None:
        chart, move = self.chart, self.move
        if not move.branch:
            for report_id in chart.direct_reports(move.unit):
                report = chart.unit(report_id)
                self.update(report.with_changes(reports_to=reattached_lines(chart, report, {move.unit})))
            if _below(chart, move.unit, move.manager):
                raise ChartError(
                    QCoreApplication.translate("Structure", "A unit cannot report to its own branch.")
                )
        unit = chart.unit(move.unit)
        self.update(unit.with_changes(reports_to=move.new_lines(chart)))


# ------------------------------------------------------------------------ merge


@dataclass(frozen=True)
class Merge:
    """Merge *units* (two or more) into *keep* (one of them), or into a new unit named *name*."""

    units: tuple[str, ...]
    keep: str | None = None
    name: str = ""
    short: str | None = None

    def problem(self, chart: Chart) -> str | None:
        if len(set(self.units)) < 2:
            return QCoreApplication.translate("Structure", "Choose at least two units to merge.")
        if any(u not in chart.units for u in self.units):
            return QCoreApplication.translate("Structure", "A unit to merge is not in the chart.")
        if self.keep is not None and self.keep not in self.units:
            return QCoreApplication.translate("Structure", "The unit kept must be one of those merged.")
        if self.keep is None and not self.name.strip():
            return QCoreApplication.translate("Structure", "Give the merged unit a name.")
        if len(self.name) > MAX_TEXT or len(self.short or "") > MAX_TEXT:
            return QCoreApplication.translate("Structure", "A name is too long.")
        return None


class MergeUnits(_Steps):
    """Merge units into one: the reports, links and group memberships of the merged units go to
    the survivor, their posts are summed, functions and regions joined, and the survivor's
    ``formerly`` names the units it continues (SPEC §6.2)."""

    def __init__(self, chart: Chart, merge: Merge) -> None:
        units = [chart.unit(u) for u in chart.units if u in merge.units]
        survivor = merge.name.strip() or (chart.unit(merge.keep).label if merge.keep else "")
        if merge.short and merge.short.strip():
            survivor = merge.short.strip()
        text = QCoreApplication.translate("Structure", "Merge {units} into {survivor}")
        super().__init__(chart, text.format(units=join_names([u.label for u in units]), survivor=survivor))
        self.merge = merge
        self.survivor_id = merge.keep or fresh_id(chart, merge.short or merge.name)

    def check(self) -> None:
        if (problem := self.merge.problem(self.chart)) is not None:
            raise ChartError(problem)

    def plan(self) -> None:
        chart, merge = self.chart, self.merge
        order = list(chart.units)
        units = sorted((chart.unit(u) for u in set(merge.units)), key=lambda u: order.index(u.id))
        merged = {u.id for u in units}
        gone = merged - {self.survivor_id}
        base = chart.unit(merge.keep) if merge.keep else _senior(units)
        posts, breakdown = sum_posts(units)
        survivor = base.with_changes(
            id=self.survivor_id,
            name=merge.name.strip() or base.name,
            short=(merge.short or "").strip() or (base.short if merge.keep else None),
            reports_to=reattached_lines(chart, base, merged),
            functions=_unique(f for u in units for f in u.functions),
            regions=_ordered_regions(chart, [r for u in units for r in u.regions]),
            posts=posts,
            post_breakdown=breakdown,
            formerly=_unique(f for u in units for f in lineage(u)),
        )
        if merge.keep is None:
            survivor = survivor.with_changes(
                note=None,
                presence=base.presence,
                head=Head(rank=base.rank) if base.rank else None,
            )
            self.do(_InsertUnit(chart, survivor, order.index(units[0].id)))
        else:
            self.update(survivor)
        self.repoint(gone, self.survivor_id)
        for unit_id in [u.id for u in units if u.id in gone]:
            unit = chart.unit(unit_id)
            if unit.reports_to:
                self.update(unit.with_changes(reports_to=()))
        for unit_id in [u.id for u in units if u.id in gone]:
            self.do(RemoveUnit(chart, unit_id))


def _senior(units: Sequence[Unit]) -> Unit:
    """The unit with the highest-ranked head (the first when none has a rank)."""
    ranked = [u for u in units if u.rank]
    return min(ranked, key=lambda u: rank_order(u.rank or "")) if ranked else units[0]


def _ordered_regions(chart: Chart, regions: Sequence[str]) -> tuple[str, ...]:
    listed = [r for r in chart.regions if r in regions]
    return _unique([*listed, *regions])


# ------------------------------------------------------------------------ split


@dataclass(frozen=True)
class SplitPart:
    """One unit a split makes: its name, short name, posts, and the reports it takes."""

    name: str
    short: str | None = None
    posts: int | None = None
    reports: tuple[str, ...] = ()


@dataclass(frozen=True)
class Split:
    """Split *unit* into *parts* (two or more)."""

    unit: str
    parts: tuple[SplitPart, ...] = field(default_factory=tuple)

    def problem(self, chart: Chart) -> str | None:
        if self.unit not in chart.units:
            return QCoreApplication.translate("Structure", "Choose the unit to split.")
        unit = chart.unit(self.unit)
        if len(self.parts) < 2:
            return QCoreApplication.translate("Structure", "A split makes at least two units.")
        if any(not part.name.strip() for part in self.parts):
            return QCoreApplication.translate("Structure", "Give every new unit a name.")
        if any(len(p.name) > MAX_TEXT or len(p.short or "") > MAX_TEXT for p in self.parts):
            return QCoreApplication.translate("Structure", "A name is too long.")
        taken = [r for part in self.parts for r in part.reports]
        if len(set(taken)) != len(taken):
            return QCoreApplication.translate("Structure", "A report goes to two of the new units.")
        reports = set(chart.direct_reports(self.unit)) - {self.unit}
        if not set(taken) <= reports:
            return QCoreApplication.translate(
                "Structure", "A report given to a new unit does not report to {unit}."
            ).format(unit=unit.label)
        if unit.posts is not None:
            given = sum(part.posts or 0 for part in self.parts)
            if given != unit.posts:
                text = QCoreApplication.translate(
                    "Structure", "The new units have {given} posts; {unit} has {posts}."
                )
                return text.format(given=given, unit=unit.label, posts=unit.posts)
        return None


class SplitUnit(_Steps):
    """Split a unit into new units: each continues it (``formerly``), keeps its kind, head rank,
    lines, regions and functions, takes the reports given to it and its posts; links and group
    memberships go to the first."""

    def __init__(self, chart: Chart, split: Split) -> None:
        names = [(p.short or "").strip() or p.name.strip() for p in split.parts]
        text = QCoreApplication.translate("Structure", "Split {unit} into {parts}")
        super().__init__(chart, text.format(unit=chart.unit(split.unit).label, parts=join_names(names)))
        self.split = split
        ids: list[str] = []
        for part, name in zip(split.parts, names, strict=True):
            ids.append(fresh_id(chart, name or part.name, taken=ids))
        self.part_ids = ids

    def check(self) -> None:
        if (problem := self.split.problem(self.chart)) is not None:
            raise ChartError(problem)

    def plan(self) -> None:
        chart, split = self.chart, self.split
        old = chart.unit(split.unit)
        totals = [p.posts or 0 for p in split.parts]
        if old.post_breakdown is not None and old.posts:
            breakdowns = divide_posts(old.post_breakdown, totals)
        else:
            breakdowns = [None] * len(totals)
        index = list(chart.units).index(old.id)
        for n, (part, part_id, breakdown) in enumerate(
            zip(split.parts, self.part_ids, breakdowns, strict=True)
        ):
            unit = Unit(
                part_id,
                part.name.strip(),
                old.kind,
                short=(part.short or "").strip() or None,
                head=Head(rank=old.rank) if old.rank else None,
                reports_to=old.reports_to,
                regions=old.regions,
                presence=old.presence,
                functions=old.functions,
                posts=part.posts if old.posts is not None else None,
                post_breakdown=breakdown,
                formerly=lineage(old),
            )
            self.do(_InsertUnit(chart, unit, index + 1 + n))
        for part, part_id in zip(split.parts, self.part_ids, strict=True):
            for report_id in part.reports:
                report = chart.unit(report_id)
                self.update(report.with_changes(reports_to=_retarget(report, {old.id}, part_id)))
        self.repoint({old.id}, self.part_ids[0])
        if old.reports_to:
            self.update(old.with_changes(reports_to=()))
        self.do(RemoveUnit(chart, old.id))
