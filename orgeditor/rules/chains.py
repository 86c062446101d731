"""Facts about whole chains that a live index keeps from edit to edit: cycles, per scope, and
rank inversions (a head that outranks the first ranked head up its chain).

Both are found once with a pass over the chart, then kept current from the ids of the units an
edit touched. Their results are exactly those of a fresh pass, in the same order: when a chart
has cycles, the parts whose results depend on where a pass starts are simply computed afresh.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from orgeditor.model import Unit
from orgeditor.model.hierarchy import CHAIN_SCOPES


class ChartIndex(Protocol):
    """What these facts read of :class:`orgeditor.rules.index.ChartIndex` (a protocol: the
    index builds them, so this module must not import it)."""

    units: Mapping[str, Unit]
    #: Scope -> unit -> its manager for that scope (None for none).
    parents: Mapping[str, Mapping[str, str | None]]

    def order(self) -> dict[str, int]: ...
    def ranks(self) -> dict[str, int]: ...
    def rank_of(self, uid: str) -> int | None: ...
    def children(self, scope: str) -> dict[str, list[str]]: ...


__all__ = ["CHAIN_SCOPES", "RANK_SCOPES", "Cycle", "Cycles", "RankInversions"]

RANK_SCOPES: tuple[str, ...] = ("mission", "non-mission")

#: A found cycle: its units in chain order, and the scopes it is a cycle for.
Cycle = tuple[list[str], list[str]]


class Cycles:
    """Chains that come back to a unit, for scopes all, mission and non-mission."""

    def __init__(self, index: ChartIndex, scoped: list[str]) -> None:
        self.index = index
        #: Units whose manager differs between scopes, while the index is as built (else None).
        self.scoped: list[str] | None = scoped
        self.sets: dict[str, set[frozenset[str]]] | None = None
        self._found: list[Cycle] | None = None

    def found(self) -> list[Cycle]:
        """Each cycle once, entered where the first unit in display order whose chain reaches it
        enters it, in the order a pass over scopes all, mission and non-mission meets them."""
        if self._found is None:
            sets = self.sets
            if sets is None and self._acyclic_at_start():
                sets = self.sets = {s: set() for s in CHAIN_SCOPES}
            if sets is not None and not any(sets.values()):
                self._found = []
            else:
                self._found = self._find()
        return self._found

    def acyclic(self, scope: str) -> bool:
        """True when no chain for *scope* comes back to a unit."""
        if self.sets is None:
            self.found()
        assert self.sets is not None
        return not self.sets[scope]

    def changed(self, moved: list[str], reordered: bool) -> None:
        """Units *moved* had their lines changed (or came or went); with *reordered*, the
        display order changed. Cycles through moved units may have gone, and new ones pass
        through them."""
        self.scoped = None
        if moved or reordered:
            self._found = None
        sets = self.sets
        if sets is None or not moved:
            return
        gone = set(moved)
        for scope in CHAIN_SCOPES:
            keep = {c for c in sets[scope] if gone.isdisjoint(c)}
            parent = self.index.parents[scope]
            for uid in moved:
                if uid not in parent:
                    continue
                path = [uid]
                on_path = {uid}
                current = parent[uid]
                while current is not None and current not in on_path:
                    path.append(current)
                    on_path.add(current)
                    current = parent[current]
                if current == uid:
                    keep.add(frozenset(path))
            sets[scope] = keep

    def _acyclic_at_start(self) -> bool:
        """A quick proof that no scope has a cycle, on an index not yet refreshed: scope ``all``
        is walked; a cycle for another scope that is not one for ``all`` must pass through a
        unit whose manager differs between scopes, so walking from those units is enough."""
        scoped = self.scoped
        if scoped is None:
            return False
        index = self.index
        for scope, starts in (("all", index.units), ("mission", scoped), ("non-mission", scoped)):
            parent = index.parents[scope]
            done: set[str] = set()
            for start in starts:
                if start in done:
                    continue
                up = parent[start]
                if up is None or up in done:
                    done.add(start)  # the usual case: the manager comes first in display order
                    continue
                path: list[str] = []
                on_path: set[str] = set()
                current: str | None = start
                while current is not None and current not in done:
                    if current in on_path:
                        return False
                    path.append(current)
                    on_path.add(current)
                    current = parent[current]
                done.update(path)
        return True

    def _find(self) -> list[Cycle]:
        found: dict[frozenset[str], Cycle] = {}
        sets: dict[str, set[frozenset[str]]] = {s: set() for s in CHAIN_SCOPES}
        for scope in CHAIN_SCOPES:
            parent = self.index.parents[scope]
            state: dict[str, int] = {}
            for start in self.index.units:
                if start in state:
                    continue
                path: list[str] = []
                current: str | None = start
                while current is not None and current not in state:
                    state[current] = 1
                    path.append(current)
                    current = parent[current]
                if current is not None and state[current] == 1:
                    cycle = path[path.index(current) :]
                    key = frozenset(cycle)
                    found.setdefault(key, (cycle, []))[1].append(scope)
                    sets[scope].add(key)
                for visited in path:
                    state[visited] = 2
        self.sets = sets
        return list(found.values())


class RankInversions:
    """Pairs (unit, superior) where a head outranks the first ranked head up its chain."""

    def __init__(self, index: ChartIndex, cycles: Cycles) -> None:
        self.index = index
        self.cycles = cycles
        #: Per scope, the first ranked unit above each ranked unit (kept only without cycles).
        self._above: dict[str, dict[str, str | None] | None] = dict.fromkeys(RANK_SCOPES)
        self._inverted: dict[str, dict[str, str]] = {s: {} for s in RANK_SCOPES}
        self._pending: set[str] = set()
        self._pairs: list[tuple[str, str]] | None = None

    def pairs(self) -> list[tuple[str, str]]:
        """The pairs for the mission scope and then the non-mission scope, each pair once, in
        display order."""
        if self._pairs is None:
            pending, self._pending = self._pending, set()
            for scope in RANK_SCOPES:
                if self._above[scope] is None or not self.cycles.acyclic(scope):
                    self._full(scope)
                elif pending:
                    self._update(scope, pending)
            order = self.index.order()
            result: list[tuple[str, str]] = []
            seen: set[tuple[str, str]] = set()
            for scope in RANK_SCOPES:
                inverted = self._inverted[scope]
                for uid in sorted(inverted, key=order.__getitem__):
                    pair = (uid, inverted[uid])
                    if pair not in seen:
                        seen.add(pair)
                        result.append(pair)
            self._pairs = result
        return self._pairs

    def changed(self, touched: list[str]) -> None:
        """The units *touched* came, went or changed."""
        if any(above is not None for above in self._above.values()):
            self._pending.update(touched)
        self._pairs = None

    def _full(self, scope: str) -> None:
        """First ranked unit above every ranked unit, walking with a shared memo (as ever)."""
        ranks = self.index.ranks()
        parent = self.index.parents[scope]
        above: dict[str, str | None] = {}
        inverted: dict[str, str] = {}
        for uid, rank in ranks.items():
            # A ranked unit is only ever walked from: it stops every other walk.
            up = parent[uid]
            if up is None:
                above[uid] = None
                continue
            if up != uid and up in ranks:
                above[uid] = up
                if rank < ranks[up]:
                    inverted[uid] = up
                continue
            path: list[str] = []
            current = uid
            result: str | None = None
            while True:
                if current in above:
                    result = above[current]
                    break
                up = parent[current]
                path.append(current)
                if up is None or up in path:
                    break
                if up in ranks:
                    result = up
                    break
                current = up
            for visited in path:
                above[visited] = result
            if result is not None and result != uid and rank < ranks[result]:
                inverted[uid] = result
        self._inverted[scope] = inverted
        # Without cycles the memo holds, for every unit walked, the first ranked unit above it.
        self._above[scope] = above if self.cycles.acyclic(scope) else None

    def _update(self, scope: str, touched: set[str]) -> None:
        """Re-walk the ranked units whose first ranked superior a change of *touched* can move:
        the touched units and those below them up to and including the next ranked units."""
        above = self._above[scope]
        assert above is not None
        index = self.index
        rank_of = index.rank_of
        inverted = self._inverted[scope]
        parent = index.parents[scope]
        children = index.children(scope)
        affected: set[str] = set()
        for uid in touched:
            above.pop(uid, None)
            inverted.pop(uid, None)
            if uid not in index.units:
                continue
            affected.add(uid)
            stack = list(children.get(uid, ()))
            while stack:
                below = stack.pop()
                if below in affected:
                    continue
                affected.add(below)
                if rank_of(below) is None:
                    stack.extend(children.get(below, ()))
        for uid in affected:
            rank = rank_of(uid)
            if rank is None:
                above.pop(uid, None)
                inverted.pop(uid, None)
                continue
            up = parent[uid]
            while up is not None and rank_of(up) is None:
                up = parent[up]
            above[uid] = up
            sup_rank = None if up is None else rank_of(up)
            if up is not None and sup_rank is not None and rank < sup_rank:
                inverted[uid] = up
            else:
                inverted.pop(uid, None)
