"""What changes between two consecutive variants, counted and told as a planner would.

The counts (SPEC §6.5 ``changes``): units added, removed and changed (a unit whose reporting
lines changed is changed, SPEC §3), lines moved (units in both whose reporting lines differ),
and apart from them the editorial changes (units whose note alone changed), never in the
headline. The story is the diff engine's (:mod:`orgeditor.diff.story`): its headline and a line
per merge, split or succession, then the units it counts by name, units that report elsewhere
for reasons no lineage explains, posts and cost, functions, and the provisions whose verdict
changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from orgeditor.compare.provisions import Provision
from orgeditor.compare.totals import VariantTotals
from orgeditor.diff import ChartDiff, UnitChange
from orgeditor.diff.categories import categories_of
from orgeditor.diff.story import headline, story_line
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
    """The diff's lineage (SPEC §6.5) as JSON objects, with the posts before and after."""
    return tuple(
        {
            "kind": item.kind,
            "from": list(item.sources),
            "to": list(item.targets),
            "declared": item.declared,
            "posts": list(item.posts),
        }
        for item in diff.lineage
    )


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
        _sentence(headline(diff)),
        *(_sentence(story_line(diff, item)) for item in diff.lineage),
        *_unit_lines(diff),
        *_moved_lines(diff),
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


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _unit_lines(diff: ChartDiff) -> list[str]:
    """The units the headline counts, by name: new and wound up (missions apart, as the
    headline names them), lineage aside."""
    cats = categories_of(diff)
    missions = set(cats.missions_opened) | set(cats.missions_closed)
    added = [u for u in cats.units_added if u not in missions]
    removed = [u for u in cats.units_removed if u not in missions]
    lines = []
    if added:
        lines.append(f"New units ({len(added)}): {_names(added, diff.b)}.")
    if removed:
        lines.append(f"Units wound up ({len(removed)}): {_names(removed, diff.a)}.")
    return lines


def _moved_lines(diff: ChartDiff) -> list[str]:
    """Units that report elsewhere for reasons no lineage explains, grouped by where they now
    report (first line)."""
    by_target: dict[str, list[str]] = {}
    for change in categories_of(diff).lines_moved:
        lines = diff.b.units[change.id].reports_to
        by_target.setdefault(lines[0].to if lines else "", []).append(change.id)
    out = []
    for target, ids in sorted(by_target.items(), key=lambda kv: -len(kv[1])):
        where = f"now report to {_names([target], diff.b)}" if target else "now report to no one"
        verb = where.replace("report ", "reports ") if len(ids) == 1 else where
        out.append(f"{_names(ids, diff.b)} {verb}.")
    if len(out) > 4:
        rest = sum(len(ids) for ids in list(by_target.values())[4:])
        out = [*out[:4], f"{rest} more units report elsewhere."]
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
    if a.posts == b.posts:
        posts = f"Posts unchanged at {b.posts:,}"
    else:
        posts = f"Posts {a.posts:,} → {b.posts:,} ({_signed(b.posts - a.posts)})"
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
    cats, out = categories_of(diff), []
    if cats.functions_gained:
        out.append("Functions now carried: " + ", ".join(cats.functions_gained) + ".")
    if cats.functions_lost:
        out.append("Functions no longer carried: " + ", ".join(cats.functions_lost) + ".")
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
