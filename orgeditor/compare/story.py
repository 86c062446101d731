"""What changes between two consecutive variants, counted and told as a planner would.

The counts (SPEC §6.5 ``changes``): units added, removed and changed (a unit whose reporting
lines changed is changed, SPEC §3), lines moved (units in both whose reporting lines differ),
and apart from them the editorial changes (units whose note alone changed), never in the
headline. The story lines say, in order: lineage (merges, splits and successions, when the
diff engine gives them), missions opened and closed, other units created and wound up, units
that report elsewhere, heads, posts and cost, functions, and the provisions whose verdict
changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from orgeditor.compare.provisions import Provision
from orgeditor.compare.totals import VariantTotals
from orgeditor.diff import ChartDiff, UnitChange
from orgeditor.model import Chart

__all__ = ["PairChanges", "change_marks", "lineage_of", "money", "pair_changes"]

#: How many names a story line lists before "and N more".
_NAMES_SHOWN = 5


@dataclass(frozen=True, slots=True)
class PairChanges:
    """The changes from variant *before* to variant *after* (their keys)."""

    before: str
    after: str
    units_added: int
    units_removed: int
    units_changed: int
    lines_moved: int
    editorial: int
    story: tuple[str, ...]
    lineage: tuple[dict[str, Any], ...] = ()
    #: unit id in *after* -> ``added``, ``changed`` or ``moved`` (for colouring its diagram)
    marks: dict[str, str] = field(default_factory=dict)
    #: ids of the units of *before* that *after* no longer has
    removed: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.before,
            "to": self.after,
            "units_added": self.units_added,
            "units_removed": self.units_removed,
            "units_changed": self.units_changed,
            "lines_moved": self.lines_moved,
            "editorial": self.editorial,
            "lineage": [dict(item) for item in self.lineage],
            "story": list(self.story),
        }


def money(amount: float) -> str:
    """US$ in millions: ``$312.4M``; signed when asked by the caller with ``+``."""
    return f"${amount / 1e6:,.1f}M"


def _names(ids: Sequence[str], chart: Chart) -> str:
    labels = [chart.units[u].label if u in chart.units else u for u in ids]
    if len(labels) > _NAMES_SHOWN:
        rest = len(labels) - (_NAMES_SHOWN - 1)
        labels = [*labels[: _NAMES_SHOWN - 1], f"{rest} more"]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _field_names(change: UnitChange) -> set[str]:
    return {c.field for c in change.fields} - {"id"}


def _substantive(change: UnitChange) -> bool:
    return bool(_field_names(change) - {"note"}) or change.old_id != change.id


def _value(item: Any, *names: str) -> Any:
    for name in names:
        if isinstance(item, Mapping) and name in item:
            return item[name]
        if hasattr(item, name):
            return getattr(item, name)
    return None


def lineage_of(diff: ChartDiff) -> tuple[dict[str, Any], ...]:
    """The diff's lineage (SPEC §6.5) as JSON objects, when the diff engine gives it."""
    found = []
    for item in getattr(diff, "lineage", None) or ():
        sources = _value(item, "from", "from_ids", "sources", "before", "old")
        targets = _value(item, "to", "to_ids", "targets", "after", "new")
        entry: dict[str, Any] = {
            "kind": str(_value(item, "kind") or ""),
            "from": [str(u) for u in sources or ()],
            "to": [str(u) for u in targets or ()],
            "declared": bool(_value(item, "declared")),
        }
        posts = _value(item, "posts")
        if isinstance(posts, tuple | list) and len(posts) == 2:
            entry["posts"] = [int(posts[0]), int(posts[1])]
        found.append(entry)
    return tuple(found)


def change_marks(diff: ChartDiff) -> dict[str, str]:
    """How each unit of B is marked on its diagram: ``added``, ``changed`` (in substance) or
    ``moved`` (only its reporting lines changed); unchanged and note-only units are left out."""
    marks = dict.fromkeys(diff.units_added, "added")
    for change in diff.units_changed:
        fields = _field_names(change) - {"note"}
        if change.old_id != change.id or fields - {"reports_to"}:
            marks[change.id] = "changed"
        elif fields:
            marks[change.id] = "moved"
    return marks


def pair_changes(
    before: str,
    after: str,
    diff: ChartDiff,
    totals: tuple[VariantTotals, VariantTotals],
    grid: Sequence[Provision],
) -> PairChanges:
    """Counts and story lines of *diff* (variant *before* to variant *after*)."""
    substantive = [c for c in diff.units_changed if _substantive(c)]
    moved = [c for c in diff.units_changed if "reports_to" in _field_names(c)]
    editorial = [c for c in diff.units_changed if not _substantive(c) and "note" in _field_names(c)]
    lineage = lineage_of(diff)
    story = [
        *_lineage_lines(lineage, diff),
        *_unit_lines(diff, lineage),
        *_moved_lines(diff, moved, lineage),
        *_head_lines(diff),
        *_post_lines(totals),
        *_function_lines(diff),
        *_provision_lines(before, after, grid),
    ]
    if editorial or diff.meta:
        what = [f"{len(editorial)} note{'s' if len(editorial) != 1 else ''} revised"] if editorial else []
        what += [f"{c.field} edited" for c in diff.meta if c.field in ("title", "description")]
        story.append("Editorial: " + ", ".join(what) + ".")
    return PairChanges(
        before=before,
        after=after,
        units_added=len(diff.units_added),
        units_removed=len(diff.units_removed),
        units_changed=len(substantive),
        lines_moved=len(moved),
        editorial=len(editorial),
        story=tuple(story),
        lineage=lineage,
        marks=change_marks(diff),
        removed=tuple(diff.units_removed),
    )


_KIND_WORDS = {"merge": "merged", "split": "split", "succession": "succeeded"}


def _lineage_lines(lineage: Sequence[Mapping[str, Any]], diff: ChartDiff) -> list[str]:
    lines = []
    for item in lineage:
        sources = " + ".join(_names([u], diff.a) for u in item["from"])
        targets = " + ".join(_names([u], diff.b) for u in item["to"])
        how = _KIND_WORDS.get(item["kind"], item["kind"])
        if "posts" in item:  # as the diff engine counts them
            posts_a, posts_b = item["posts"]
        else:
            posts_a = sum(diff.a.units[u].posts or 0 for u in item["from"] if u in diff.a.units)
            posts_b = sum(diff.b.units[u].posts or 0 for u in item["to"] if u in diff.b.units)
        posts = "posts unchanged" if posts_a == posts_b else f"posts {posts_a} → {posts_b}"
        lines.append(f"{sources} → {targets} ({how}; {posts}).")
    return lines


def _unit_lines(diff: ChartDiff, lineage: Sequence[Mapping[str, Any]]) -> list[str]:
    told_a = {u for item in lineage for u in item["from"]}
    told_b = {u for item in lineage for u in item["to"]}
    added = [u for u in diff.units_added if u not in told_b]
    removed = [u for u in diff.units_removed if u not in told_a]
    opened = [u for u in added if diff.b.units[u].kind == "mission"]
    closed = [u for u in removed if diff.a.units[u].kind == "mission"]
    lines = []
    if opened:
        lines.append(f"Missions opened: {_names(opened, diff.b)}.")
    if closed:
        lines.append(f"Missions closed: {_names(closed, diff.a)}.")
    others = [u for u in added if u not in opened]
    gone = [u for u in removed if u not in closed]
    if others:
        lines.append(f"New units ({len(others)}): {_names(others, diff.b)}.")
    if gone:
        lines.append(f"Units wound up ({len(gone)}): {_names(gone, diff.a)}.")
    return lines


def _moved_lines(
    diff: ChartDiff, moved: Sequence[UnitChange], lineage: Sequence[Mapping[str, Any]]
) -> list[str]:
    """Units that report elsewhere, grouped by where they now report (first line)."""
    told = {u for item in lineage for u in item["to"]}
    by_target: dict[str, list[str]] = {}
    for change in moved:
        unit = diff.b.units[change.id]
        lines = unit.reports_to
        target = lines[0].to if lines else ""
        if target in told and all(line.to in told for line in lines):
            continue  # reports to a unit the lineage already tells of
        by_target.setdefault(target, []).append(change.id)
    out = []
    for target, ids in sorted(by_target.items(), key=lambda kv: -len(kv[1])):
        where = f"now report to {_names([target], diff.b)}" if target else "now report to no one"
        verb = where.replace("report ", "reports ") if len(ids) == 1 else where
        out.append(f"{_names(ids, diff.b)} {verb}.")
    if len(out) > 4:
        rest = sum(len(ids) for ids in list(by_target.values())[4:])
        out = [*out[:4], f"{rest} more units report elsewhere."]
    if moved:
        out.insert(0, f"Reporting lines moved: {len(moved)} unit{'s' if len(moved) != 1 else ''}.")
    return out


def _head_lines(diff: ChartDiff) -> list[str]:
    out = []
    for change in diff.units_changed:
        rank = change.field("head.rank")
        if rank is not None:
            label = diff.b.units[change.id].label
            out.append(f"Head of {label}: {rank.old or 'no rank'} → {rank.new or 'no rank'}.")
    return out


def _signed(value: float) -> str:
    return f"{value:+,.0f}" if value else "0"


def _post_lines(totals: tuple[VariantTotals, VariantTotals]) -> list[str]:
    a, b = totals
    grades = [
        f"{grade} {_signed(b.posts_by_grade.get(grade, 0) - a.posts_by_grade.get(grade, 0))}"
        for grade in dict.fromkeys([*a.posts_by_grade, *b.posts_by_grade])
        if b.posts_by_grade.get(grade, 0) != a.posts_by_grade.get(grade, 0)
    ]
    if a.posts == b.posts and not grades:
        posts = f"Posts unchanged at {b.posts}"
    else:
        posts = f"Posts {a.posts} → {b.posts} ({_signed(b.posts - a.posts)})"
        if grades:
            posts += f"; by grade {', '.join(grades)}"
    delta = b.cost - a.cost
    if abs(delta) < 0.5:
        cost = f"standard cost unchanged at {money(b.cost)} a year"
    else:
        sign = "+" if delta > 0 else "−"
        cost = f"standard cost {money(a.cost)} → {money(b.cost)} ({sign}{money(abs(delta))})"
    return [f"{posts}; {cost}."]


def _function_lines(diff: ChartDiff) -> list[str]:
    out = []
    if diff.functions_gained:
        out.append("Functions now carried: " + ", ".join(diff.functions_gained) + ".")
    if diff.functions_lost:
        out.append("Functions no longer carried: " + ", ".join(diff.functions_lost) + ".")
    return out


def _provision_lines(before: str, after: str, grid: Sequence[Provision]) -> list[str]:
    """One line per verdict change (``¶8(a), ¶9: fail → pass``), the rules named for a new fail."""
    moves: dict[tuple[str, str], list[str]] = {}
    why: dict[tuple[str, str], set[str]] = {}
    for row in grid:
        old, new = row.status.get(before, "n/a"), row.status.get(after, "n/a")
        if old != new:
            moves.setdefault((old, new), []).append(row.cite)
            if new == "fail":
                failing = {f.rule for f in row.findings.get(after, ()) if f.severity != "info"}
                why.setdefault((old, new), set()).update(failing)
    out = []
    for verdicts, cites in moves.items():
        rules = sorted(why.get(verdicts, ()))
        because = f" ({', '.join(rules)})" if rules else ""
        out.append(f"Provisions {', '.join(cites)}: {verdicts[0]} → {verdicts[1]}{because}.")
    return out
