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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from orgeditor.compare.provisions import Provision
from orgeditor.compare.totals import VariantTotals
from orgeditor.diff import ChartDiff, UnitChange
from orgeditor.diff.categories import categories_of
from orgeditor.diff.story import and_join, headline, story_line
from orgeditor.model import Chart
from orgeditor.model.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

__all__ = ["PairChanges", "change_marks", "lineage_of", "money", "pair_changes", "pair_story"]

#: Formats a count (``1,234`` in English; the editor passes the locale's way).
Number = Callable[[int], str]

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
    #: the diff the story tells (not in the JSON): :func:`pair_story` tells it again in
    #: another language
    diff: ChartDiff | None = field(default=None, compare=False, repr=False)

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


def _grouped(n: int) -> str:
    return f"{n:,}"


def _names(ids: Sequence[str], chart: Chart, translate: Translate = untranslated) -> str:
    labels = [chart.units[u].label if u in chart.units else u for u in ids]
    if len(labels) > _NAMES_SHOWN:
        rest = len(labels) - (_NAMES_SHOWN - 1)
        labels = [*labels[: _NAMES_SHOWN - 1], translate("Story", "{count} more").format(count=rest)]
    return and_join(labels, translate)


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
    story = pair_story(before, after, diff, totals, grid)
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
        diff=diff,
    )


def pair_story(
    before: str,
    after: str,
    diff: ChartDiff,
    totals: tuple[VariantTotals, VariantTotals],
    grid: Sequence[Provision],
    *,
    translate: Translate = untranslated,
    number: Number = _grouped,
) -> tuple[str, ...]:
    """The story lines of *diff* (variant *before* to variant *after*): in English for the
    reports, in the reader's language with the editor's *translate* and *number*."""
    editorial = [c for c in diff.units_changed if not _substantive(c) and "note" in _field_names(c)]
    story = [
        _sentence(headline(diff, translate, number)),
        *(_sentence(story_line(diff, item, translate, number)) for item in diff.lineage),
        *_unit_lines(diff, translate, number),
        *_moved_lines(diff, translate, number),
        *_post_lines(totals, translate, number),
        *_function_lines(diff, translate),
        *_provision_lines(before, after, grid, translate),
    ]
    if editorial or diff.meta:
        what = []
        if editorial:
            notes = (
                translate("Story", "1 note revised")
                if len(editorial) == 1
                else translate("Story", "{count} notes revised")
            )
            what.append(notes.format(count=number(len(editorial))))
        for change in diff.meta:
            if change.field == "title":
                what.append(translate("Story", "title edited"))
            elif change.field == "description":
                what.append(translate("Story", "description edited"))
        story.append(translate("Story", "Editorial: {changes}.").format(changes=", ".join(what)))
    return tuple(story)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _unit_lines(diff: ChartDiff, translate: Translate, number: Number) -> list[str]:
    """The units the headline counts, by name: new and wound up (missions apart, as the
    headline names them), lineage aside."""
    cats = categories_of(diff)
    missions = set(cats.missions_opened) | set(cats.missions_closed)
    added = [u for u in cats.units_added if u not in missions]
    removed = [u for u in cats.units_removed if u not in missions]
    lines = []
    if added:
        text = translate("Story", "New units ({count}): {units}.")
        lines.append(text.format(count=number(len(added)), units=_names(added, diff.b, translate)))
    if removed:
        text = translate("Story", "Units wound up ({count}): {units}.")
        lines.append(text.format(count=number(len(removed)), units=_names(removed, diff.a, translate)))
    return lines


def _moved_lines(diff: ChartDiff, translate: Translate, number: Number) -> list[str]:
    """Units that report elsewhere for reasons no lineage explains, grouped by where they now
    report (first line)."""
    by_target: dict[str, list[str]] = {}
    for change in categories_of(diff).lines_moved:
        lines = diff.b.units[change.id].reports_to
        by_target.setdefault(lines[0].to if lines else "", []).append(change.id)
    out = []
    for target, ids in sorted(by_target.items(), key=lambda kv: -len(kv[1])):
        one = len(ids) == 1
        if target:
            text = (
                translate("Story", "{units} now reports to {target}.")
                if one
                else translate("Story", "{units} now report to {target}.")
            )
        else:
            text = (
                translate("Story", "{units} now reports to no one.")
                if one
                else translate("Story", "{units} now report to no one.")
            )
        names = _names(ids, diff.b, translate)
        out.append(text.format(units=names, target=_names([target], diff.b, translate) if target else ""))
    if len(out) > 4:
        rest = sum(len(ids) for ids in list(by_target.values())[4:])
        more = translate("Story", "{count} more units report elsewhere.")
        out = [*out[:4], more.format(count=number(rest))]
    return out


def _signed(value: float, number: Number = _grouped) -> str:
    if not value:
        return "0"
    return ("+" if value > 0 else "-") + number(round(abs(value)))


def _post_lines(
    totals: tuple[VariantTotals, VariantTotals], translate: Translate, number: Number
) -> list[str]:
    a, b = totals
    changes = {
        grade: b.posts_by_grade.get(grade, 0) - a.posts_by_grade.get(grade, 0)
        for grade in dict.fromkeys([*a.posts_by_grade, *b.posts_by_grade])
    }
    grades = [f"{_grade(grade, translate)} {_signed(n, number)}" for grade, n in changes.items() if n]
    if a.posts == b.posts:
        posts = translate("Story", "Posts unchanged at {count}").format(count=number(b.posts))
    else:
        posts = translate("Story", "Posts {before} → {after} ({delta})").format(
            before=number(a.posts), after=number(b.posts), delta=_signed(b.posts - a.posts, number)
        )
    if grades:
        posts += translate("Story", "; by grade {grades}").format(grades=", ".join(grades))
    delta = b.cost - a.cost
    if abs(delta) < 0.5:
        cost = translate("Story", "standard cost unchanged at {cost} a year").format(cost=money(b.cost))
    else:
        sign = "+" if delta > 0 else "−"
        cost = translate("Story", "standard cost {before} → {after} ({delta})").format(
            before=money(a.cost), after=money(b.cost), delta=f"{sign}{money(abs(delta))}"
        )
    return [translate("Story", "{posts}; {cost}.").format(posts=posts, cost=cost)]


def _grade(grade: str, translate: Translate) -> str:
    """A grade as the reader's language writes it: the editor's translation has the ranks
    (USG is *SGA* in French, context ``Ranks``); the reports keep the code."""
    return translate("Ranks", grade) if translate is not untranslated else grade


def _function_lines(diff: ChartDiff, translate: Translate) -> list[str]:
    cats, out = categories_of(diff), []
    if cats.functions_gained:
        text = translate("Story", "Functions now carried: {functions}.")
        out.append(text.format(functions=", ".join(cats.functions_gained)))
    if cats.functions_lost:
        text = translate("Story", "Functions no longer carried: {functions}.")
        out.append(text.format(functions=", ".join(cats.functions_lost)))
    return out


#: The verdicts of a provision, as a story line names them.
_VERDICTS = {
    "pass": QT_TRANSLATE_NOOP("Story", "pass"),
    "fail": QT_TRANSLATE_NOOP("Story", "fail"),
    "departure": QT_TRANSLATE_NOOP("Story", "departure"),
    "n/a": QT_TRANSLATE_NOOP("Story", "n/a"),
}


def _verdict(status: str, translate: Translate) -> str:
    return translate("Story", _VERDICTS[status]) if status in _VERDICTS else status


def _provision_lines(before: str, after: str, grid: Sequence[Provision], translate: Translate) -> list[str]:
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
        text = translate("Story", "Provisions {cites}: {old} → {new}{rules}.")
        out.append(
            text.format(
                cites=", ".join(cites),
                old=_verdict(verdicts[0], translate),
                new=_verdict(verdicts[1], translate),
                rules=because,
            )
        )
    return out
