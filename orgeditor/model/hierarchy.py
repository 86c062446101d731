"""Who reports to whom: the one answer to manager, chain, subtree, depth and department.

A :class:`Hierarchy` reads a chart's units (a live mapping, in display order) and keeps an index
of direct reports, patched in proportion to each change (:meth:`Hierarchy.patch`) rather than
rebuilt. Every other layer (rules, layout, render, UI) asks the chart's hierarchy instead of
walking reporting lines itself. Pure Python: no Qt, no networkx.

>>> from orgeditor.model.elements import ReportingLine, Unit
>>> units = {
...     "sg": Unit("sg", "SG", "office"),
...     "dppa": Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)),
...     "mena": Unit("mena", "MENA", "division", reports_to=(ReportingLine("dppa"),)),
... }
>>> tree = Hierarchy(lambda: units)
>>> tree.chain("mena"), tree.depth("mena"), tree.departments("mena")
(['mena', 'dppa', 'sg'], 2, ('dppa',))
>>> tree.subtree("sg")
['sg', 'dppa', 'mena']
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping

from orgeditor.model.elements import ReportingLine, Unit
from orgeditor.model.errors import ChartError

__all__ = ["CHAIN_SCOPES", "Hierarchy", "reports_index", "scope_managers"]

DEPARTMENT = "department"
#: The scopes a chain is followed for: lines of scope ``all`` only, or with those of one setting.
CHAIN_SCOPES = ("all", "mission", "non-mission")


def reports_index(units: Iterable[Unit]) -> dict[str, list[str]]:
    """Manager id -> ids of the units with a line (of any scope) to it, in the order given."""
    index: dict[str, list[str]] = {}
    for unit in units:
        lines = unit.reports_to
        if len(lines) == 1:
            index.setdefault(lines[0].to, []).append(unit.id)
            continue
        seen: set[str] = set()
        for line in lines:
            if line.to not in seen:
                seen.add(line.to)
                index.setdefault(line.to, []).append(unit.id)
    return index


def scope_managers(unit: Unit) -> tuple[str | None, str | None, str | None]:
    """The unit's manager for each of :data:`CHAIN_SCOPES`: where its first line followed for
    that scope leads (as :meth:`Hierarchy.manager`), or None."""
    lines = unit.reports_to
    if not lines:
        return None, None, None
    if len(lines) == 1:  # most units: one line
        line = lines[0]
        scope = line.scope
        if scope == "all":
            return line.to, line.to, line.to
        return None, line.to if scope == "mission" else None, line.to if scope == "non-mission" else None
    return (
        next((ln.to for ln in lines if ln.scope == "all"), None),
        next((ln.to for ln in lines if ln.scope != "non-mission"), None),
        next((ln.to for ln in lines if ln.scope != "mission"), None),
    )


class Hierarchy:
    """The reporting structure of a chart's units, answered from one index kept current.

    *units* returns the chart's units by id in display order (the chart may rebind its mapping,
    hence a function). The owner tells the hierarchy about changes: :meth:`patch` when a unit's
    lines changed, :meth:`invalidate` when units came, went or were reordered.
    """

    __slots__ = ("_managers", "_next", "_ordinals", "_reports", "_units")

    def __init__(self, units: Callable[[], Mapping[str, Unit]]) -> None:
        self._units = units
        self._reports: dict[str, list[str]] | None = None
        self._managers: dict[str, dict[str, str | None]] | None = None  # scope -> unit -> manager
        self._ordinals: dict[str, int] | None = None  # display rank, gaps allowed
        self._next = 0

    # ------------------------------------------------------------- upkeep

    def invalidate(self, *, order: bool = True) -> None:
        """Forget the index (rebuilt on next use); with *order*, the display order too."""
        self._reports = None
        self._managers = None
        if order:
            self._ordinals = None

    def added_last(self, unit: Unit) -> None:
        """Keep the index after *unit* was added at the end of the display order."""
        if self._ordinals is not None:
            self._ordinals[unit.id] = self._next
            self._next += 1
        index = self._reports
        if index is not None:
            for target in dict.fromkeys(line.to for line in unit.reports_to):
                index.setdefault(target, []).append(unit.id)
        self._set_managers(unit)

    def removed(self, unit: Unit) -> None:
        """Keep the index after *unit* was removed (the display order of the others stays)."""
        self._unlink(unit.id, {line.to for line in unit.reports_to})
        if self._reports is not None:
            self._reports.pop(unit.id, None)
        if self._ordinals is not None:
            self._ordinals.pop(unit.id, None)
        if self._managers is not None:
            for managers in self._managers.values():
                managers.pop(unit.id, None)

    def patch(self, old: Unit, new: Unit) -> None:
        """Keep the index after *old* was replaced by *new* (same id): O(lines changed)."""
        if old.reports_to == new.reports_to:
            return
        self._set_managers(new)
        index = self._reports
        if index is None:
            return
        ordinals = self._ranks()
        before, after = {line.to for line in old.reports_to}, {line.to for line in new.reports_to}
        self._unlink(new.id, before - after)
        for target in after - before:
            bisect.insort(index.setdefault(target, []), new.id, key=ordinals.__getitem__)

    def _set_managers(self, unit: Unit) -> None:
        maps = self._managers
        if maps is not None:
            for scope, to in zip(CHAIN_SCOPES, scope_managers(unit), strict=True):
                maps[scope][unit.id] = to

    def _ranks(self) -> dict[str, int]:
        ordinals = self._ordinals
        if ordinals is None:
            ordinals = self._ordinals = {u: i for i, u in enumerate(self._units())}
            self._next = len(ordinals)
        return ordinals

    def _unlink(self, unit_id: str, targets: Iterable[str]) -> None:
        index = self._reports
        if index is None:
            return
        for target in targets:
            reports = index[target]
            reports.remove(unit_id)
            if not reports:
                del index[target]

    def _index(self) -> dict[str, list[str]]:
        index = self._reports
        if index is None:
            index = self._reports = reports_index(self._units().values())
        return index

    def _unit(self, unit_id: str) -> Unit:
        try:
            return self._units()[unit_id]
        except KeyError:
            raise ChartError(f"no unit with id '{unit_id}'") from None

    # ------------------------------------------------------------- answers

    def managers(self) -> Mapping[str, Mapping[str, str | None]]:
        """Scope (of :data:`CHAIN_SCOPES`) -> unit id -> its :meth:`manager` for that scope (None
        for none), every unit: kept across edits, for walking many chains quickly (live: do not
        change; ask again after a change, a bulk one makes new tables)."""
        maps = self._managers
        if maps is None:
            every: dict[str, str | None] = {}
            mission: dict[str, str | None] = {}
            other: dict[str, str | None] = {}
            for uid, unit in self._units().items():
                every[uid], mission[uid], other[uid] = scope_managers(unit)
            maps = self._managers = {"all": every, "mission": mission, "non-mission": other}
        return maps

    def reports_index(self) -> Mapping[str, list[str]]:
        """Manager id -> its direct reports by any line, in display order (live: do not change)."""
        return self._index()

    def rank(self, unit_id: str) -> int:
        """Where *unit_id* comes in the display order: a number that sorts units as the chart
        lists them (gaps allowed; -1 for no such unit). Kept, not recounted, across edits."""
        return self._ranks().get(unit_id, -1)

    def direct_reports(self, unit_id: str, scope: str | None = None) -> list[str]:
        """Ids of units with a reporting line to *unit_id*, in display order.

        With *scope*, only lines followed for that scope count (``all`` lines always do).
        """
        reports = self._index().get(unit_id, [])
        if scope is None:
            return list(reports)
        units = self._units()
        return [
            r
            for r in reports
            if any(line.to == unit_id and line.applies_to(scope) for line in units[r].reports_to)
        ]

    def manager(self, unit_id: str, scope: str = "all") -> str | None:
        """The unit *unit_id* reports to for *scope*: where its :meth:`reporting_line` leads."""
        line = _line_for(self._unit(unit_id), scope)
        return None if line is None else line.to

    def reporting_line(self, unit_id: str, scope: str = "all") -> ReportingLine | None:
        """The line *unit_id*'s :meth:`chain` follows for *scope* (to its :meth:`manager`): its
        first line followed for that scope, or None when it has none."""
        return _line_for(self._unit(unit_id), scope)

    def primary_manager(self, unit_id: str) -> str | None:
        """The unit *unit_id*'s first reporting line leads to, whatever that line's scope (None
        for a root): where the arrow keys go up to and a new card is put under."""
        lines = self._unit(unit_id).reports_to
        return lines[0].to if lines else None

    def chain(self, unit_id: str, scope: str = "all") -> list[str]:
        """The unit and the units above it for *scope*, up to a root or the start of a cycle.

        Lines with scope ``all`` and lines with the asked scope are followed; where a unit has
        several, the first is taken.
        """
        units = self._units()
        chain = [unit_id]
        seen = {unit_id}
        line = _line_for(self._unit(unit_id), scope)
        while line is not None and line.to not in seen:
            current = line.to
            chain.append(current)
            seen.add(current)
            unit = units.get(current)
            if unit is None:
                break
            line = _line_for(unit, scope)
        return chain

    def depth(self, unit_id: str, scope: str = "all") -> int:
        """How many units stand above *unit_id* on its :meth:`chain` for *scope*."""
        return len(self.chain(unit_id, scope)) - 1

    def subtree(self, unit_id: str) -> list[str]:
        """The unit and every unit whose chain for scope ``all`` reaches it, depth first."""
        self._unit(unit_id)
        units, index = self._units(), self._index()
        result: list[str] = []
        stack = [unit_id]
        seen: set[str] = set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            result.append(current)
            reports = [
                r
                for r in index.get(current, ())
                if (line := _line_for(units[r], "all")) and line.to == current
            ]
            stack.extend(reversed(reports))
        return result

    def units_below(self, unit_ids: Iterable[str]) -> set[str]:
        """*unit_ids* (those that exist) and every unit under them by any line, of any scope."""
        units, index = self._units(), self._index()
        found: set[str] = set()
        stack = [u for u in unit_ids if u in units]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(index.get(current, ()))
        return found

    def roots(self) -> list[str]:
        """Units with no reporting line at all."""
        return [u.id for u in self._units().values() if not u.reports_to]

    def departments(self, unit_id: str, memo: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
        """The departments a unit belongs to: itself if a department, else those above it.

        All reporting lines are followed (any scope), so a regional ASG reporting to DPPA and
        DPO belongs to both. Order follows the unit's reporting lines; cycles end the search.
        *memo* (unit id -> departments) is read and filled, to share work between calls: it
        only ever holds the answers of units that reach no cycle, so the answer does not
        depend on what was asked before (a unit cut short by a cycle in one walk is asked
        afresh in the next).
        """
        units = self._units()
        memo = {} if memo is None else memo
        done = memo.get(unit_id)
        if done is not None:
            return done
        partial: dict[str, tuple[str, ...]] = {}  # this walk's answers that a cycle may cut short
        tainted: set[str] = set()  # units whose walk met a cycle (or such an answer)
        on_path: set[str] = set()
        stack: list[tuple[str, int]] = [(unit_id, 0)]
        while stack:  # iterative depth-first walk up the lines (charts may be deep)
            current, at = stack.pop()
            unit = units.get(current)
            if unit is None or unit.kind == DEPARTMENT:
                memo[current] = (current,) if unit is not None else ()
                continue
            if at == 0:
                if current in memo or current in partial:
                    continue
                on_path.add(current)
            lines = unit.reports_to
            if at < len(lines):
                stack.append((current, at + 1))
                target = lines[at].to
                if target in on_path or target in partial:
                    tainted.add(current)
                elif target not in memo:
                    stack.append((target, 0))
                continue
            found: list[str] = []
            for line in lines:
                above = memo.get(line.to)
                for department in partial.get(line.to, ()) if above is None else above:
                    if department not in found:
                        found.append(department)
            on_path.discard(current)
            if current in tainted:
                partial[current] = tuple(found)
                if stack:  # the unit that asked (its next line is on top) met it too
                    tainted.add(stack[-1][0])
            else:
                memo[current] = tuple(found)
        done = memo.get(unit_id)
        return partial.get(unit_id, ()) if done is None else done

    def department_map(self) -> dict[str, tuple[str, ...]]:
        """:meth:`departments` of every unit (one pass, shared memo)."""
        memo: dict[str, tuple[str, ...]] = {}
        return {unit_id: self.departments(unit_id, memo) for unit_id in self._units()}


def _line_for(unit: Unit, scope: str) -> ReportingLine | None:
    """The line *unit*'s chain follows for *scope*: its first line followed for that scope (one
    with scope ``all`` or *scope*). The one definition behind manager, reporting_line, chain and
    subtree."""
    for line in unit.reports_to:
        if line.applies_to(scope):
            return line
    return None
