"""A read-only index of a chart built once per check, so that every rule runs in linear time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from orgeditor.model import Unit

if TYPE_CHECKING:
    from orgeditor.model import Chart

__all__ = ["SCOPE_PHRASES", "ChartIndex"]

CHAIN_SCOPES: tuple[str, ...] = ("all", "mission", "non-mission")

#: How a scope reads in a message.
SCOPE_PHRASES: Mapping[str, str] = {
    "all": "all settings",
    "mission": "mission settings",
    "non-mission": "non-mission settings",
}


class ChartIndex:
    """Managers per scope, direct reports, subtrees and reachability, computed lazily."""

    def __init__(self, chart: Chart) -> None:
        self.chart = chart
        self.units: Mapping[str, Unit] = chart.units
        parents: dict[str, dict[str, str | None]] = {s: {} for s in CHAIN_SCOPES}
        p_all, p_mis, p_non = parents["all"], parents["mission"], parents["non-mission"]
        reports: dict[str, list[str]] = {}
        for uid, unit in self.units.items():
            lines = unit.reports_to
            if not lines:
                p_all[uid] = p_mis[uid] = p_non[uid] = None
                continue
            first = lines[0]
            if len(lines) == 1:
                to = first.to
                reports.setdefault(to, []).append(uid)
                if first.scope == "all":
                    p_all[uid] = p_mis[uid] = p_non[uid] = to
                else:
                    p_all[uid] = None
                    p_mis[uid] = to if first.scope == "mission" else None
                    p_non[uid] = to if first.scope == "non-mission" else None
                continue
            seen: set[str] = set()
            for line in lines:
                if line.to not in seen:
                    seen.add(line.to)
                    reports.setdefault(line.to, []).append(uid)
            p_all[uid] = next((ln.to for ln in lines if ln.scope == "all"), None)
            p_mis[uid] = next((ln.to for ln in lines if ln.scope != "non-mission"), None)
            p_non[uid] = next((ln.to for ln in lines if ln.scope != "mission"), None)
        self.parents = parents
        self.reports = reports
        self._children_all: dict[str, list[str]] | None = None
        self._by: dict[str, dict[str, list[str]]] = {}
        self._order: dict[str, int] | None = None
        self._subtree_functions: dict[str, frozenset[str]] = {}
        self._reach: dict[tuple[str, str], dict[str, bool]] = {}

    # ----------------------------------------------------------------- naming

    def label(self, uid: str) -> str:
        """A unit's short name, else its name, else its id (for messages)."""
        unit = self.units.get(uid)
        return unit.label if unit is not None else uid

    def labels(self, uids: list[str] | tuple[str, ...]) -> str:
        """Labels joined as "A, B and C"."""
        return join_words([self.label(u) for u in uids])

    # ---------------------------------------------------------------- lookups

    def by(self, field: str) -> dict[str, list[str]]:
        """Unit ids by the value of *field* (kind, rank, gender, presence, function, root)."""
        table = self._by.get(field)
        if table is None:
            table = {}
            units = self.units.items()
            if field == "function":
                for uid, unit in units:
                    for function in unit.functions:
                        table.setdefault(function, []).append(uid)
            elif field == "root":
                table["true"] = [uid for uid, unit in units if not unit.reports_to]
            elif field in ("rank", "gender"):
                for uid, unit in units:
                    head = unit.head
                    value = getattr(head, field) if head is not None else None
                    if value is not None:
                        table.setdefault(value, []).append(uid)
            else:
                for uid, unit in units:
                    value = getattr(unit, field)
                    if value is not None:
                        table.setdefault(value, []).append(uid)
            self._by[field] = table
        return table

    def in_order(self, ids: set[str]) -> list[str]:
        """*ids* in display order."""
        if self._order is None:
            self._order = {uid: i for i, uid in enumerate(self.units)}
        order = self._order
        return sorted(ids, key=order.__getitem__)

    # -------------------------------------------------------------- structure

    def manager(self, uid: str, scope: str) -> str | None:
        return self.parents[scope].get(uid)

    def chain(self, uid: str, scope: str) -> list[str]:
        """*uid* and the units above it for *scope*, stopping before a repeat."""
        parent = self.parents[scope]
        chain = [uid]
        seen = {uid}
        current = parent.get(uid)
        while current is not None and current not in seen:
            chain.append(current)
            seen.add(current)
            current = parent.get(current)
        return chain

    def direct_reports(self, uid: str) -> list[str]:
        """Units with any reporting line to *uid*, in display order."""
        return self.reports.get(uid, [])

    def children_all(self) -> dict[str, list[str]]:
        if self._children_all is None:
            children: dict[str, list[str]] = {}
            for uid, to in self.parents["all"].items():
                if to is not None:
                    children.setdefault(to, []).append(uid)
            self._children_all = children
        return self._children_all

    def subtree(self, uid: str) -> list[str]:
        """*uid* and every unit whose chain for scope ``all`` reaches it."""
        children = self.children_all()
        result: list[str] = []
        seen: set[str] = set()
        stack = [uid]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            result.append(current)
            stack.extend(reversed(children.get(current, ())))
        return result

    def subtree_functions(self, uid: str) -> frozenset[str]:
        """Every function carried by a unit of *uid*'s subtree."""
        cached = self._subtree_functions.get(uid)
        if cached is None:
            carried: set[str] = set()
            for member in self.subtree(uid):
                carried.update(self.units[member].functions)
            cached = self._subtree_functions[uid] = frozenset(carried)
        return cached

    def reaches(self, uid: str, target: str, scope: str) -> bool:
        """True when *uid*'s chain for *scope* passes through *target* (or is it)."""
        memo = self._reach.get((target, scope))
        if memo is None:
            memo = self._reach[target, scope] = {target: True}
        parent = self.parents[scope]
        path: list[str] = []
        on_path: set[str] = set()
        current: str | None = uid
        result = False
        while current is not None:
            known = memo.get(current)
            if known is not None:
                result = known
                break
            if current in on_path:
                break
            path.append(current)
            on_path.add(current)
            current = parent.get(current)
        for visited in path:
            memo[visited] = result
        return result


def join_words(words: list[str]) -> str:
    """["A", "B", "C"] -> "A, B and C".

    >>> join_words(["DPPA", "DPO"])
    'DPPA and DPO'
    """
    if not words:
        return "none"
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]
