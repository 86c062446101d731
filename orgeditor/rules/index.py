"""The rules' index of a chart: managers per scope, direct reports, lookups by field, reachability,
cycles and rank inversions.

:func:`~orgeditor.rules.check_chart` builds one per check. A live checker keeps one alive and calls
:meth:`ChartIndex.refresh` with the ids of the units a notified change touched, so that what an
edit costs is in proportion to the edit, not to the chart. Every list the index hands out is in
display order, whichever way it was built.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

from orgeditor.model import RANKS, ReportingLine, Unit, rank_order
from orgeditor.model.hierarchy import scope_managers
from orgeditor.rules.chains import CHAIN_SCOPES, Cycle, Cycles, RankInversions

if TYPE_CHECKING:
    from orgeditor.model import Chart

__all__ = ["CHAIN_SCOPES", "SCOPE_PHRASES", "ChartIndex", "join_words"]


#: How a scope reads in a message.
SCOPE_PHRASES: Mapping[str, str] = {
    "all": "all settings",
    "mission": "mission settings",
    "non-mission": "non-mission settings",
}


def _head_field(name: str) -> Callable[[Unit], tuple[str, ...]]:
    def values(unit: Unit) -> tuple[str, ...]:
        head = unit.head
        value = getattr(head, name) if head is not None else None
        return (value,) if value is not None else ()

    return values


def _unit_field(name: str) -> Callable[[Unit], tuple[str, ...]]:
    def values(unit: Unit) -> tuple[str, ...]:
        value = getattr(unit, name)
        return (value,) if value is not None else ()

    return values


def _functions(unit: Unit) -> tuple[str, ...]:
    return unit.functions


def _root(unit: Unit) -> tuple[str, ...]:
    return () if unit.reports_to else ("true",)


def _multi_line(unit: Unit) -> tuple[str, ...]:
    return ("true",) if len(unit.reports_to) > 1 else ()


_FIELD_VALUES: dict[str, Callable[[Unit], tuple[str, ...]]] = {
    "rank": _head_field("rank"),
    "gender": _head_field("gender"),
    "function": _functions,
    "root": _root,
    "multi-line": _multi_line,
}
_RANK_POSITIONS = {r: rank_order(r) for r in RANKS}
#: Fields :meth:`ChartIndex.by` builds together on first use.
_STANDARD_FIELDS = frozenset({"kind", "rank", "gender", "presence", "function", "root", "multi-line"})


def _values_of(field: str) -> Callable[[Unit], tuple[str, ...]]:
    getter = _FIELD_VALUES.get(field)
    if getter is None:
        getter = _FIELD_VALUES[field] = _unit_field(field)
    return getter


def _scoped(lines: tuple[ReportingLine, ...]) -> bool:
    """True when a unit with these lines may have different managers for different scopes."""
    return len(lines) > 1 or (len(lines) == 1 and lines[0].scope != "all")


def _targets(unit: Unit) -> Iterable[str]:
    """Distinct targets of the unit's reporting lines, in line order."""
    lines = unit.reports_to
    if len(lines) == 1:
        return (lines[0].to,)
    return dict.fromkeys(ln.to for ln in lines)


class ChartIndex:
    """Managers per scope, direct reports, subtrees and reachability; lookups built on demand and
    kept current by :meth:`refresh`."""

    def __init__(self, chart: Chart) -> None:
        self.chart = chart
        self._memos: dict[object, dict[Any, Any]] = {}
        self._build()

    def _build(self) -> None:
        self.units: Mapping[str, Unit] = self.chart.units
        self._seen: dict[str, Unit] = dict(self.units)
        #: Scope -> unit -> its manager for that scope (None for none): the chart's hierarchy's
        #: tables (:meth:`~orgeditor.model.hierarchy.Hierarchy.managers`), which the chart keeps;
        #: asked again on each refresh (an edit of much of the chart makes new ones)
        self.parents = self.chart.hierarchy.managers()
        # units whose manager differs between scopes
        scoped = [uid for uid, unit in self.units.items() if _scoped(unit.reports_to)]
        self._children: dict[str, dict[str, list[str]]] = {}
        self._by: dict[str, dict[str, list[str]]] = {}
        self._first: dict[str, dict[str, str]] = {}  # field -> value -> its only unit
        self._many: dict[str, dict[str, list[str]]] = {}  # field -> value -> its units
        self._order: dict[str, int] | None = None
        self._next_order = 0
        self._reach: dict[tuple[str, str], dict[str, bool]] = {}
        self._crowded: dict[int, set[str]] = {}
        self._ranks: dict[str, int] | None = None
        self._cycles = Cycles(self, scoped)
        self._inversions = RankInversions(self, self._cycles)
        #: While a rule runs, the ids of the units whose labels its messages use (see
        #: :meth:`label`); None when nobody is recording.
        self.mentioned: set[str] | None = None

    def memo(self, owner: object) -> dict[Any, Any]:
        """A table *owner* (a check) keeps for as long as this index lives: the findings it
        made on its last run, each beside the inputs it was made from, so that a re-run after
        an edit makes again only the findings whose inputs changed. Its entries must check
        their inputs themselves: the index never clears them."""
        table = self._memos.get(owner)
        if table is None:
            table = self._memos[owner] = {}
        return table

    # ----------------------------------------------------------------- naming

    def label(self, uid: str) -> str:
        """A unit's short name, else its name (for messages); a unit not in the chart (one a
        rulebook expects) by its id made readable, never the bare id: ``dpo`` -> ``DPO``,
        ``africa-division`` -> ``Africa division``.

        >>> ChartIndex.__new__(ChartIndex).label_of_missing("eosg")
        'EOSG'
        """
        if self.mentioned is not None:
            self.mentioned.add(uid)
        unit = self.units.get(uid)
        return unit.label if unit is not None else self.label_of_missing(uid)

    @staticmethod
    def label_of_missing(uid: str) -> str:
        """A readable name for the id of a unit that is not in the chart."""
        if len(uid) <= 5 and uid.isalnum():
            return uid.upper()
        words = uid.replace("_", "-").split("-")
        return " ".join([words[0].capitalize(), *words[1:]])

    def labels(self, uids: list[str] | tuple[str, ...]) -> str:
        """Labels joined as "A, B and C"."""
        return join_words([self.label(u) for u in uids])

    # ---------------------------------------------------------------- lookups

    def by(self, field: str) -> dict[str, list[str]]:
        """Unit ids by the value of *field* (kind, rank, gender, presence, function, root, short,
        name, multi-line), each list in display order; values no unit has are absent."""
        table = self._by.get(field)
        if table is None and field in _STANDARD_FIELDS:
            self._build_standard()
            table = self._by[field]
        if table is None:
            table = {}
            values = _values_of(field)
            for uid, unit in self.units.items():
                for value in values(unit):
                    table.setdefault(value, []).append(uid)
            self._by[field] = table
        return table

    def _build_standard(self) -> None:
        """The tables the built-in rulebooks use, in one pass."""
        kind: dict[str, list[str]] = defaultdict(list)
        rank: dict[str, list[str]] = defaultdict(list)
        gender: dict[str, list[str]] = defaultdict(list)
        presence: dict[str, list[str]] = defaultdict(list)
        function: dict[str, list[str]] = defaultdict(list)
        roots: list[str] = []
        multi: list[str] = []
        position = _RANK_POSITIONS
        ranks: dict[str, int] = {}
        for uid, unit in self.units.items():
            kind[unit.kind].append(uid)
            head = unit.head
            if head is not None:
                if head.rank is not None:
                    rank[head.rank].append(uid)
                    ranks[uid] = position[head.rank]
                if head.gender is not None:
                    gender[head.gender].append(uid)
            if unit.presence is not None:
                presence[unit.presence].append(uid)
            for f in unit.functions:
                function[f].append(uid)
            lines = unit.reports_to
            if not lines:
                roots.append(uid)
            elif len(lines) > 1:
                multi.append(uid)
        tables: dict[str, dict[str, list[str]]] = {
            "kind": kind,
            "rank": rank,
            "gender": gender,
            "presence": presence,
            "function": function,
            "root": {"true": roots} if roots else {},
            "multi-line": {"true": multi} if multi else {},
        }
        for name, table in tables.items():
            if isinstance(table, defaultdict):
                table.default_factory = None  # a plain mapping from now on
            self._by.setdefault(name, table)
        if self._ranks is None:
            self._ranks = ranks

    def duplicates(self, field: str) -> list[tuple[str, list[str]]]:
        """Values of *field* (short or name) that several units share, with their units, in the
        display order of each value's first unit."""
        many = self._many.get(field)
        if many is None:
            first: dict[str, str] = {}
            many = {}
            for uid, unit in self.units.items():
                value = getattr(unit, field)
                if value is None:
                    continue
                if value in first:
                    ids = many.get(value)
                    if ids is None:
                        many[value] = [first[value], uid]
                    else:
                        ids.append(uid)
                else:
                    first[value] = uid
            self._first[field] = first
            self._many[field] = many
        order = self.order()
        return sorted(many.items(), key=lambda item: order[item[1][0]])

    def order(self) -> dict[str, int]:
        """Display position of each unit (gaps allowed)."""
        if self._order is None:
            self._order = {uid: i for i, uid in enumerate(self.units)}
            self._next_order = len(self._order)
        return self._order

    def in_order(self, ids: Iterable[str]) -> list[str]:
        """*ids* in display order."""
        return sorted(ids, key=self.order().__getitem__)

    def total_posts(self) -> int:
        """The sum of every unit's posts."""
        return self.chart.total_posts  # the chart keeps it across edits

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

    @property
    def reports(self) -> Mapping[str, list[str]]:
        """Manager -> the units with any reporting line to it, in display order: the chart's
        :class:`~orgeditor.model.Hierarchy`, asked each time (it keeps itself current)."""
        return self.chart.hierarchy.reports_index()

    def direct_reports(self, uid: str) -> list[str]:
        """Units with any reporting line to *uid*, in display order."""
        return self.reports.get(uid, [])

    def children(self, scope: str) -> dict[str, list[str]]:
        """Units by their manager for *scope*, in display order."""
        table = self._children.get(scope)
        if table is None:
            table = {}
            parent = self.parents[scope]
            for uid in self.units:
                to = parent[uid]
                if to is not None:
                    table.setdefault(to, []).append(uid)
            self._children[scope] = table
        return table

    def children_all(self) -> dict[str, list[str]]:
        return self.children("all")

    def subtree(self, uid: str) -> list[str]:
        """*uid* and every unit whose chain for scope ``all`` reaches it."""
        children = self.children("all")
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

    def subtree_carries(self, uid: str, function: str) -> bool:
        """True when a unit of *uid*'s subtree (scope ``all``) carries *function*."""
        return any(self.reaches(c, uid, "all") for c in self.by("function").get(function, ()))

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

    # ------------------------------------------------------------ whole chains

    def cycles(self) -> list[Cycle]:
        """Chains that come back to a unit, for scopes all, mission and non-mission: each cycle
        once, entered where the first unit in display order whose chain reaches it enters it."""
        return self._cycles.found()

    def acyclic(self, scope: str) -> bool:
        """True when no chain for *scope* comes back to a unit."""
        return self._cycles.acyclic(scope)

    def rank_inversions(self) -> list[tuple[str, str]]:
        """Pairs (unit, superior) where a head outranks the first ranked head up its chain, for
        the mission scope and then the non-mission scope, each pair once, in display order."""
        return self._inversions.pairs()

    def rank_of(self, uid: str) -> int | None:
        """The position of the unit's head rank (0 is highest), or None."""
        head = self.units[uid].head
        return _RANK_POSITIONS[head.rank] if head is not None and head.rank is not None else None

    def ranks(self) -> dict[str, int]:
        """Rank positions of the ranked units, in display order."""
        if self._ranks is None:
            ranks: dict[str, int] = {}
            for uid, unit in self.units.items():
                head = unit.head
                if head is not None and head.rank is not None:
                    ranks[uid] = _RANK_POSITIONS[head.rank]
            self._ranks = ranks
        return self._ranks

    # ------------------------------------------------------------ live upkeep

    def refresh(self, ids: Iterable[str], reordered: bool = False) -> None:
        """Bring the index up to date after the units *ids* were added, removed, changed or
        (with *reordered*) moved in display order."""
        units = self.chart.units
        self.units, self.parents = units, self.chart.hierarchy.managers()
        seen = self._seen
        changes = [(uid, seen.get(uid), units.get(uid)) for uid in dict.fromkeys(ids)]
        changes = [c for c in changes if reordered or c[1] is not c[2]]
        if not changes:
            return
        if len(changes) > 64 + len(units) // 32:  # an edit of much of the chart: start again
            self._build()
            return
        for uid, old, _ in changes:
            if old is not None:
                self._unindex(uid, old)
        self._renumber([uid for uid, old, new in changes if old is None and new is not None], reordered)
        for uid, _, new in changes:
            if new is not None:
                self._index(uid, new)
        moved = [
            uid for uid, old, new in changes if old is None or new is None or old.reports_to != new.reports_to
        ]
        if moved:
            self._forget_reach(moved)
            self._recount(changes)
        self._cycles.changed(moved, reordered)
        self._inversions.changed([uid for uid, _, _ in changes])
        self._ranks = None

    def _forget_reach(self, moved: list[str]) -> None:
        """Drop what is known about chains that pass through units whose lines changed (all of
        it when that is much of the chart)."""
        limit = 64 + len(self.units) // 16
        for scope in CHAIN_SCOPES:
            memos = [(target, memo) for (target, s), memo in self._reach.items() if s == scope]
            if not memos:
                continue
            children = self.children(scope)
            below: set[str] = set()
            stack = list(moved)
            while stack and len(below) <= limit:
                uid = stack.pop()
                if uid not in below:
                    below.add(uid)
                    stack.extend(children.get(uid, ()))
            if len(below) > limit:
                self._reach = {key: memo for key, memo in self._reach.items() if key[1] != scope}
                continue
            for target, memo in memos:
                for uid in below:
                    if uid != target:
                        memo.pop(uid, None)

    def crowded(self, high: int) -> set[str]:
        """Units with more than *high* direct reports (any line)."""
        found = self._crowded.get(high)
        if found is None:
            found = self._crowded[high] = {uid for uid, ids in self.reports.items() if len(ids) > high}
        return found

    def _recount(self, changes: list[tuple[str, Unit | None, Unit | None]]) -> None:
        managers = {to for _, old, new in changes for unit in (old, new) if unit for to in _targets(unit)}
        for high, found in self._crowded.items():
            for uid in managers:
                if len(self.reports.get(uid, ())) > high:
                    found.add(uid)
                else:
                    found.discard(uid)

    def _renumber(self, added: list[str], reordered: bool) -> None:
        order = self._order
        if order is None or not added:
            if reordered:
                self._order = None
            return
        tail = list(islice(reversed(cast("dict[str, Unit]", self.units)), len(added)))
        if reordered or set(tail) != set(added):
            self._order = None
            return
        for uid in reversed(tail):
            order[uid] = self._next_order
            self._next_order += 1

    def _unindex(self, uid: str, unit: Unit) -> None:
        del self._seen[uid]
        for scope, to in zip(CHAIN_SCOPES, scope_managers(unit), strict=True):
            table = self._children.get(scope)
            if table is not None and to is not None:
                _discard(table, to, uid)
        for field, table in self._by.items():
            for value in _values_of(field)(unit):
                _discard(table, value, uid)
        for field, many in self._many.items():
            value = getattr(unit, field)
            if value is None:
                continue
            ids = many.get(value)
            if ids is None:
                del self._first[field][value]
                continue
            ids.remove(uid)
            if len(ids) == 1:
                self._first[field][value] = ids[0]
                del many[value]

    def _index(self, uid: str, unit: Unit) -> None:
        self._seen[uid] = unit
        key = self.order().__getitem__
        for scope, to in zip(CHAIN_SCOPES, scope_managers(unit), strict=True):
            table = self._children.get(scope)
            if table is not None and to is not None:
                insort(table.setdefault(to, []), uid, key=key)
        for field, table in self._by.items():
            for value in _values_of(field)(unit):
                insort(table.setdefault(value, []), uid, key=key)
        for field, many in self._many.items():
            value = getattr(unit, field)
            if value is None:
                continue
            ids = many.get(value)
            first = self._first[field]
            if ids is not None:
                insort(ids, uid, key=key)
            elif value in first:
                many[value] = sorted((first[value], uid), key=key)
            else:
                first[value] = uid

    @property
    def seen(self) -> Mapping[str, Unit]:
        """The units as the index last saw them (before a pending :meth:`refresh`)."""
        return self._seen


def _discard(table: dict[str, list[str]], key: str, uid: str) -> None:
    ids = table.get(key)
    if ids is not None:
        ids.remove(uid)
        if not ids:
            del table[key]


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
