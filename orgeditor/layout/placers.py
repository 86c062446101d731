"""How each manager's reports are arranged: the layout tree and a placer per subtree.

After yFiles' tree layouts (DESIGN.md §6), with the rules of an org chart:

* **row** — a manager's *branches* (reports with reports of their own) stand in one row under
  a bus, so peers of one rank and kind read as peers; a leaf that outranks one of those branches
  joins the row too, so that no unit is drawn below a lower-ranked sibling, and so does a leaf
  that reports to two managers (the units they share stay in one row);
* **block** — the manager's other leaves, highest rank first, are stacked in pairs of columns
  around vertical spines (:mod:`orgeditor.layout.blocks`) that stand in the row like one tall
  card, so they never interleave with another branch's column;
* **assistants** — the staff offices of a chart's top unit (an office, board or body that is
  a leaf, or a small office with a few leaf reports, like the Executive Office under the
  Secretary-General) sit beside the line down from it, above its row, when none of their
  siblings outranks them; further down, staff offices stand with the other leaves, so that a
  row below never mixes with them;
* **bridge** — units reporting to two sibling managers (the shared regional ASGs under DPPA and
  DPO) hang from an invisible node placed between those managers, all in one row.

Everything here is iterative and linear in the number of units.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from orgeditor.layout.structure import Structure

__all__ = ["BLOCK", "STAFF_KINDS", "Arrangement", "LayoutTree", "arrange", "build_tree", "preorder"]

#: Kinds of unit that may stand beside their chief as assistants (staff offices).
STAFF_KINDS = frozenset({"office", "board", "body"})
#: Assistants beside one chief at most (two pairs); further staff offices join the others.
MAX_ASSISTANTS = 4
#: Leaf reports an office under a root may have and still stand beside it as an assistant.
MAX_STAFF_REPORTS = 4
#: The lowest rank (as a position in ``RANKS``) of a head whose small offices with reports
#: stand beside him or her as staff offices: the Secretary-General and the deputy (SG, DSG).
CHIEF_RANK = 1
#: Stands in a row for the block of leaves.
BLOCK = -1
#: Sort key of a unit without a head rank: after every ranked unit.
UNRANKED = 1_000


@dataclass
class LayoutTree:
    """Units 0..units-1 and bridges after them; ``children`` in the chart's order."""

    units: int
    parent: list[int]
    children: list[list[int]]
    roots: list[int]
    bridges: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Bridge node -> the two managers (left, right) its units report to."""

    shares: set[int] = field(default_factory=set)
    """Managers of a bridge: branches, though their shared reports hang from the bridge."""

    def is_branch(self, node: int) -> bool:
        return node in self.bridges or node in self.shares or bool(self.children[node])


@dataclass
class Arrangement:
    """The placer chosen for one node's children."""

    assistants: list[int] = field(default_factory=list)
    row: list[int] = field(default_factory=list)
    """Row members in order; :data:`BLOCK` marks where the block stands."""
    block: list[int] = field(default_factory=list)


def build_tree(structure: Structure, index: dict[str, int]) -> LayoutTree:
    """The tree of primary lines, with a bridge for each pair of sibling managers that share
    units, and every cycle broken so that each node is placed once."""
    n = len(structure.order)
    parent = [-1] * n
    for uid, manager in structure.primary.items():
        parent[index[uid]] = index[manager]
    bridge_of: dict[tuple[int, int], int] = {}
    pairs: list[tuple[int, int]] = []
    for uid, (a, b) in structure.duals.items():
        ia, ib = index[a], index[b]
        if ia == ib or parent[ia] != parent[ib]:
            continue  # not siblings: the unit hangs under its first manager
        key = (ia, ib)
        if key not in bridge_of:
            bridge_of[key] = n + len(pairs)
            pairs.append(key)
        parent[index[uid]] = bridge_of[key]
    total = n + len(pairs)
    parent.extend(parent[a] for a, _ in pairs)
    children: list[list[int]] = [[] for _ in range(total)]
    after: dict[int, list[int]] = {}
    for k, (first, _) in enumerate(pairs):
        after.setdefault(first, []).append(n + k)
    roots: list[int] = []
    for i in range(n):
        (children[parent[i]] if parent[i] >= 0 else roots).append(i)
        for bridge in after.get(i, ()):
            (children[parent[bridge]] if parent[bridge] >= 0 else roots).append(bridge)
    for k, (left, right) in enumerate(pairs):  # the two managers and their bridge side by side
        siblings = children[parent[left]] if parent[left] >= 0 else roots
        # (in a chart whose lines go round, the right manager may hang elsewhere: leave it)
        if (
            right in siblings
            and n + k in siblings
            and not any(right in pair for j, pair in enumerate(pairs) if j != k)
        ):
            siblings.remove(right)
            siblings.insert(siblings.index(n + k) + 1, right)
    _break_cycles(parent, children, roots, total)
    bridges = {n + k: pair for k, pair in enumerate(pairs)}
    return LayoutTree(n, parent, children, roots, bridges, {m for pair in pairs for m in pair})


def preorder(roots: list[int], children: list[list[int]]) -> list[int]:
    """Nodes of the trees under *roots*, each before its children (iterative)."""
    out: list[int] = []
    stack = list(reversed(roots))
    while stack:
        v = stack.pop()
        out.append(v)
        stack.extend(reversed(children[v]))
    return out


def arrange(tree: LayoutTree, v: int, structure: Structure, *, compact: int = 2) -> Arrangement:
    """The placer for node *v*'s children (see the module's description)."""
    kids = tree.children[v]
    if v in tree.bridges or not kids:
        return Arrangement(row=list(kids))
    order = structure.order
    rank = [structure.ranks.get(order[c], UNRANKED) if c < tree.units else UNRANKED for c in kids]
    rank_of = dict(zip(kids, rank, strict=True))
    assistants = _assistants(tree, v, kids, rank_of, structure)
    chosen = set(assistants)
    rest = [c for c in kids if c not in chosen]
    branches = [c for c in rest if tree.is_branch(c)]
    leaves = [c for c in rest if not tree.is_branch(c)]
    ranked = [rank_of[b] for b in branches if rank_of[b] != UNRANKED]
    lowest = max(ranked, default=None)
    outranking = {c for c in leaves if lowest is not None and rank_of[c] < lowest}
    outranking.update(c for c in leaves if c < tree.units and order[c] in structure.duals)  # one row
    outranking.update(c for c in leaves if c < tree.units and order[c] in structure.rowed)
    stacked = [c for c in leaves if c not in outranking]
    if compact <= 0 or len(stacked) < max(2, compact):
        return Arrangement(assistants, rest, [])
    block = sorted(stacked, key=rank_of.__getitem__)
    stacked_set = set(stacked)
    row: list[int] = []
    for c in rest:
        if c not in stacked_set:
            row.append(c)
        elif c == stacked[0]:
            row.append(BLOCK)
    return Arrangement(assistants, row, block)


def _assistants(
    tree: LayoutTree, v: int, kids: list[int], rank_of: dict[int, int], structure: Structure
) -> list[int]:
    """Staff offices of *v* that may stand beside it: never all of its branches, never below
    a sibling that outranks them (they are drawn above every other report)."""
    children = tree.children
    if tree.parent[v] >= 0:
        return []  # below the top, staff offices stand with the other leaves
    # an office with reports of its own stands aside only as the executive office of the head
    # of the organisation (the SG's EOSG); a department at the top of a branch keeps its
    # offices (OROLSI, OMA) in its row
    chief = v < tree.units and structure.ranks.get(structure.order[v], UNRANKED) <= CHIEF_RANK
    candidates = [
        c
        for c in kids
        if c < tree.units
        and c not in tree.shares
        and structure.order[c] not in structure.rowed  # a branch whose reports are elsewhere
        and structure.kinds.get(structure.order[c]) in STAFF_KINDS
        and (
            not children[c]
            or (
                chief
                and len(children[c]) <= MAX_STAFF_REPORTS
                and all(g < tree.units and not children[g] for g in children[c])
            )
        )
    ]
    peers: dict[tuple[int, str | None], int] = {}
    for c in kids:
        if tree.is_branch(c):
            key = (rank_of[c], structure.kinds.get(structure.order[c]) if c < tree.units else None)
            peers[key] = peers.get(key, 0) + 1
    candidates = [  # a branch with peers of its rank and kind stays in their row
        c
        for c in candidates
        if not children[c] or peers[(rank_of[c], structure.kinds.get(structure.order[c]))] == 1
    ]
    if not candidates:
        return []
    chosen = set(candidates)
    others = [c for c in kids if c not in chosen]
    if not any(tree.is_branch(c) for c in others):
        return []  # no row for them to stand above
    best = min((rank_of[c] for c in others), default=UNRANKED)
    fit = [c for c in candidates if rank_of[c] == UNRANKED or best == UNRANKED or rank_of[c] <= best]
    return sorted(fit, key=rank_of.__getitem__)[:MAX_ASSISTANTS]


def _break_cycles(parent: list[int], children: list[list[int]], roots: list[int], total: int) -> None:
    """Make the first unreached node of each cycle a root so that every node is placed."""
    reached = [False] * total
    stack = list(roots)
    while True:
        while stack:
            v = stack.pop()
            if reached[v]:
                continue
            reached[v] = True
            stack.extend(children[v])
        missing = next((i for i in range(total) if not reached[i]), None)
        if missing is None:
            return
        old = parent[missing]
        if old >= 0:
            children[old].remove(missing)
        parent[missing] = -1
        roots.append(missing)
        stack.append(missing)
