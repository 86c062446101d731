"""Lineage between two charts: which units of B continue which units of A (SPEC §6.2, §6.5).

A lineage is a *merge* (several units of A continue as one of B), a *split* (one unit of A
continues as several of B) or a *succession* (one continues as one under another id). It is
*declared* when a unit names the units it continues in ``formerly`` (B naming A's ids, or A
naming B's when the older chart is on the right), and *detected* otherwise:

- **Through a shared ancestor**: a removed unit of A and an added unit of B that both name
  the same id of a third chart (their common baseline) in ``formerly``.
- **By reports**: a removed unit of A whose direct reports now report to new units of B. A
  new unit taking at least :data:`HEIR_SHARE` of the reports is an heir; the heirs together
  must take at least :data:`CARRIED_SHARE` of them. One heir is a succession (or a merge
  with other units continuing into it), several a split. Reports that were themselves
  removed count through their own lineage, so the levels above a merged level are found
  too. A unit with fewer than :data:`FEW_REPORTS` reports needs all of them moving to one
  new unit of its own kind. Where no new unit takes the reports, one existing unit taking
  :data:`CARRIED_SHARE` of them absorbed the removed unit (a merge into it).
- **By posts and functions**, for a removed unit without reports: the one added unit of its
  kind that carries at least :data:`CARRIED_SHARE` of its functions and, where both give
  posts, at least that share of its posts.

Missions are never detected (a mission closes and another opens by mandate): declare their
lineage. Edges found are joined into connected groups, each reported once. A group is a
succession (one to one), a merge (many to one, or many to fewer), or a split (one to many, or
few to more). Ids in ``formerly`` that are in neither chart are followed only as a shared
ancestor, never reported.

>>> from orgeditor.model import Chart, ReportingLine, Unit
>>> a = Chart(title="A")
>>> for unit in (Unit("sg", "SG", "office"), Unit("dpa", "DPA", "department",
...     reports_to=(ReportingLine("sg"),)), Unit("pbso", "PBSO", "office",
...     reports_to=(ReportingLine("sg"),))):
...     a.add_unit(unit)
>>> b = Chart(title="B")
>>> for unit in (Unit("sg", "SG", "office"), Unit("dppa", "DPPA", "department",
...     reports_to=(ReportingLine("sg"),), formerly=("dpa", "pbso"))):
...     b.add_unit(unit)
>>> [(x.kind, x.sources, x.targets, x.declared) for x in find_lineage(a, b)]
[('merge', ('dpa', 'pbso'), ('dppa',), True)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from orgeditor.model import Chart, Unit

__all__ = [
    "CARRIED_SHARE",
    "FEW_REPORTS",
    "HEIR_SHARE",
    "Lineage",
    "LineageKind",
    "find_lineage",
    "ids_in_a",
]

LineageKind = Literal["merge", "split", "succession"]

#: Share of a removed unit's reports (or functions, or posts) that must be carried over.
CARRIED_SHARE = 0.6
#: Share of a removed unit's reports a new unit must take to count as one of its heirs.
HEIR_SHARE = 0.2
#: Below this many reports, detection asks for all of them moving to one unit of the same kind.
FEW_REPORTS = 3


@dataclass(frozen=True, slots=True)
class Lineage:
    """Units of A (*sources*, A's ids) continued by units of B (*targets*, B's ids).

    *moved* are the units (B's ids) whose change of reporting line the lineage explains;
    *posts* the posts of the sources in A and of the targets (with sources still there) in B.
    """

    kind: LineageKind
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    declared: bool
    moved: tuple[str, ...] = ()
    posts: tuple[int, int] = (0, 0)


_Edge = tuple[str, str]  # (A id, B id)


def find_lineage(
    a: Chart,
    b: Chart,
    renamed: Mapping[str, str] | None = None,
) -> tuple[Lineage, ...]:
    """The lineage from chart *a* to chart *b* (*renamed*: A id -> B id of renamed units)."""
    to_b = dict(renamed or {})
    to_a = {new: old for old, new in to_b.items()}

    def in_b(uid: str) -> str:
        return to_b.get(uid, uid)

    removed = [uid for uid in a.units if in_b(uid) not in b.units]
    added = [uid for uid in b.units if to_a.get(uid, uid) not in a.units]
    declared = _declared_edges(a, b, in_b, set(added))
    edges: dict[_Edge, bool] = dict.fromkeys(declared, True)
    for edge in _shared_ancestors(a, b, removed, added, edges):
        edges[edge] = False
    for edge in _by_reports(a, b, removed=removed, added=set(added), known=edges, in_b=in_b):
        edges[edge] = False
    for edge in _by_posts_and_functions(a, b, removed, added, edges):
        edges[edge] = False
    groups = _components(edges)
    order_a = {uid: i for i, uid in enumerate(a.units)}
    order_b = {uid: i for i, uid in enumerate(b.units)}
    result = []
    for group in groups:
        sources = {s for s, _ in group}
        targets = {t for _, t in group}
        sources |= {to_a.get(t, t) for t in targets if to_a.get(t, t) in a.units}
        src = tuple(sorted(sources, key=order_a.__getitem__))
        tgt = tuple(sorted(targets, key=order_b.__getitem__))
        result.append(
            Lineage(
                kind=_kind(len(src), len(tgt)),
                sources=src,
                targets=tgt,
                declared=all(edges[edge] for edge in group),
                posts=_posts(a, b, src, tgt, in_b),
            )
        )
    result.sort(key=lambda item: (order_b[item.targets[0]], order_a[item.sources[0]]))
    return tuple(_with_moves(a, b, result, in_b))


def _kind(sources: int, targets: int) -> LineageKind:
    if targets == 1:
        return "succession" if sources == 1 else "merge"
    if sources == 1:
        return "split"
    return "merge" if sources >= targets else "split"


def _posts(
    a: Chart, b: Chart, sources: Iterable[str], targets: Iterable[str], in_b: Callable[[str], str]
) -> tuple[int, int]:
    sources = list(sources)
    before = sum(a.units[uid].posts or 0 for uid in sources)
    after_ids = set(targets) | {in_b(uid) for uid in sources if in_b(uid) in b.units}
    return before, sum(b.units[uid].posts or 0 for uid in after_ids)


# ------------------------------------------------------------------ declared


def _declared_edges(a: Chart, b: Chart, in_b: Callable[[str], str], added: set[str]) -> list[_Edge]:
    """``formerly`` of B naming A's units, and of A naming B's units only (older chart on the
    right). A unit naming only itself continues nothing; a unit of both charts that named a
    unit already in A's version tells nothing new."""
    to_a = {in_b(uid): uid for uid in a.units}
    edges: list[_Edge] = []
    for unit in b.units.values():
        before = a.units.get(to_a.get(unit.id, unit.id))
        known = set(before.formerly) if before is not None else set()
        named = [uid for uid in unit.formerly if uid in a.units and uid not in known]
        if named == [uid for uid in named if in_b(uid) == unit.id]:
            continue  # only itself (or nothing of A)
        edges += [(uid, unit.id) for uid in named]
    for unit in a.units.values():
        named = [uid for uid in unit.formerly if uid in added and uid != in_b(unit.id)]
        edges += [(unit.id, uid) for uid in named]
    return list(dict.fromkeys(edges))


def _shared_ancestors(
    a: Chart, b: Chart, removed: list[str], added: list[str], edges: Mapping[_Edge, bool]
) -> list[_Edge]:
    """A removed unit and an added unit continuing the same unit of a third chart."""
    taken_a = {s for s, _ in edges}
    taken_b = {t for _, t in edges}
    elsewhere = set(a.units) | set(b.units)
    found = []
    for old in removed:
        if old in taken_a:
            continue
        ancestors = set(a.units[old].formerly) - elsewhere
        if not ancestors:
            continue
        for new in added:
            if new not in taken_b and ancestors & set(b.units[new].formerly):
                found.append((old, new))
    return found


# ------------------------------------------------------------------ detected


def _managers(unit: Unit) -> set[str]:
    return {line.to for line in unit.reports_to}


def _by_reports(
    a: Chart,
    b: Chart,
    *,
    removed: list[str],
    added: set[str],
    known: Mapping[_Edge, bool],
    in_b: Callable[[str], str],
) -> list[_Edge]:
    """Removed units whose reports moved together to new units (repeated until stable, so a
    level above removed units is found through their lineage)."""
    edges: list[_Edge] = list(known)
    found: list[_Edge] = []
    while True:
        heirs: dict[str, set[str]] = {}
        for source, target in edges:
            heirs.setdefault(source, set()).add(target)
        new_units = added | {t for _, t in edges}
        fresh: list[_Edge] = []
        for old in removed:
            unit = a.units[old]
            if old in heirs or unit.kind == "mission":
                continue
            moved = _reports_now(a, b, old, heirs, in_b)
            if not moved:
                continue
            fresh += _heirs_of(a, b, unit, moved, new_units)
        if not fresh:
            return found
        edges += fresh
        found += fresh


def _reports_now(
    a: Chart, b: Chart, old: str, heirs: Mapping[str, set[str]], in_b: Callable[[str], str]
) -> list[set[str]]:
    """For each direct report of *old* that can be followed into B, its managers there."""
    result = []
    for report in a.direct_reports(old):
        now = in_b(report)
        if now in b.units:
            result.append(_managers(b.units[now]))
        elif report in heirs:
            result.append({m for heir in heirs[report] for m in _managers(b.units[heir])})
    return result


def _heirs_of(a: Chart, b: Chart, unit: Unit, moved: list[set[str]], new_units: set[str]) -> list[_Edge]:
    total = len(moved)
    counts: dict[str, int] = {}
    for managers in moved:
        for manager in managers:
            counts[manager] = counts.get(manager, 0) + 1
    fresh = {uid: n for uid, n in counts.items() if uid in new_units and b.units[uid].kind != "mission"}
    if total < FEW_REPORTS:
        single = [uid for uid, n in fresh.items() if n == total and b.units[uid].kind == unit.kind]
        return [(unit.id, single[0])] if len(single) == 1 else []
    heirs = [uid for uid, n in fresh.items() if n / total >= HEIR_SHARE]
    if heirs and sum(fresh[uid] for uid in heirs) / total >= CARRIED_SHARE:
        return [(unit.id, uid) for uid in heirs]
    kept = [uid for uid, n in counts.items() if uid not in new_units and n / total >= CARRIED_SHARE]
    return [(unit.id, kept[0])] if len(kept) == 1 and kept[0] in b.units else []


def _by_posts_and_functions(
    a: Chart, b: Chart, removed: list[str], added: list[str], known: Mapping[_Edge, bool]
) -> list[_Edge]:
    """Removed units without reports whose functions (and posts) one added unit carries."""
    taken = {s for s, _ in known}
    found = []
    for old in removed:
        unit = a.units[old]
        if old in taken or unit.kind == "mission" or not unit.functions or a.direct_reports(old):
            continue
        candidates = [uid for uid in added if _carries(unit, b.units[uid])]
        if len(candidates) == 1:
            found.append((old, candidates[0]))
    return found


def _carries(old: Unit, new: Unit) -> bool:
    if new.kind != old.kind or new.kind == "mission":
        return False
    functions = set(old.functions)
    if len(functions & set(new.functions)) / len(functions) < CARRIED_SHARE:
        return False
    if old.posts and new.posts is not None:
        return new.posts >= CARRIED_SHARE * old.posts
    return True


# ------------------------------------------------------------------ grouping


def _components(edges: Mapping[_Edge, bool]) -> list[list[_Edge]]:
    """Edges grouped by connected component, in the order their first edge was found."""
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for source, target in edges:
        parent[find("a:" + source)] = find("b:" + target)
    groups: dict[str, list[_Edge]] = {}
    for edge in edges:
        groups.setdefault(find("a:" + edge[0]), []).append(edge)
    return list(groups.values())


def _with_moves(a: Chart, b: Chart, lineages: list[Lineage], in_b: Callable[[str], str]) -> list[Lineage]:
    """Each lineage with the units whose new reporting line it explains."""
    moved: list[list[str]] = [[] for _ in lineages]
    to_a = ids_in_a(a, in_b)
    for uid in b.units:
        index = explaining(a, b, lineages, uid, in_b, to_a=to_a)
        if index is not None:
            moved[index].append(uid)
    return [replace(item, moved=tuple(ids)) for item, ids in zip(lineages, moved, strict=True)]


def explaining(
    a: Chart,
    b: Chart,
    lineages: Iterable[Lineage],
    unit_id: str,
    in_b: Callable[[str], str],
    *,
    to_a: Mapping[str, str] | None = None,
) -> int | None:
    """The index of the lineage that explains why *unit_id* (B's id) reports elsewhere: it
    reported to a source (or is a source still there) and now reports to a target; failing
    that, a unit above its old manager is a source (it followed its parent's lineage). None
    when the unit did not move, is new, or moved for another reason. *to_a* (B's id → A's,
    :func:`ids_in_a`) spares rebuilding it when asked of many units."""
    items = list(lineages)
    if not items:
        return None
    if to_a is None:
        to_a = ids_in_a(a, in_b)
    old_id = to_a.get(unit_id)
    if old_id is None:
        return None
    old_targets = {in_b(line.to) for line in a.units[old_id].reports_to}
    fresh = _managers(b.units[unit_id]) - old_targets
    if not fresh:
        return None
    old_a = {line.to for line in a.units[old_id].reports_to}
    for reach in (old_a | {old_id}, _above(a, old_a) | {old_id}):
        for index, item in enumerate(items):
            before = {in_b(uid) for uid in item.sources}
            if reach & set(item.sources) and fresh <= set(item.targets) | before:
                return index
    return None


def ids_in_a(a: Chart, in_b: Callable[[str], str]) -> dict[str, str]:
    """B's id of each unit of *a* → its id in *a* (renames undone)."""
    return {in_b(uid): uid for uid in a.units}


def _above(chart: Chart, unit_ids: Iterable[str]) -> set[str]:
    """*unit_ids* and every unit above them by any line of any scope."""
    found: set[str] = set()
    stack = [uid for uid in unit_ids if uid in chart.units]
    while stack:
        uid = stack.pop()
        if uid not in found:
            found.add(uid)
            stack.extend(line.to for line in chart.units[uid].reports_to if line.to in chart.units)
    return found
