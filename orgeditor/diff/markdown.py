"""A :class:`ChartDiff` as a Markdown report a planner can paste into a briefing note.

The report opens with the totals (units, posts, findings) and a count of each kind of
difference, then tells what changed: units added and removed, units changed field by field,
units that only moved to another reporting line (grouped by where they now report), links,
groups, functions carried, findings new and resolved, and last the minor matters (notes
revised, saved layout). Units are named by name with their id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from orgeditor.diff.categories import categories_of
from orgeditor.diff.engine import ChartDiff, FieldChange, FindingRef, UnitChange
from orgeditor.diff.story import headline, scope_story, story_line
from orgeditor.diff.wording import FIELD_LABELS, SETS, Names, plain, set_delta, shorten, signed
from orgeditor.model import Chart, ReportingLine, Unit, funding_label

__all__ = ["to_markdown"]

Who = Callable[[str], str]

#: How a link of each kind reads between its two ends.
_LINK_VERBS = {
    "informs": "informs",
    "advises": "advises",
    "supports": "supports",
    "manages": "manages",
    "functional": "has a functional link to",
    "coordinates": "coordinates with",
}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_LONG_TEXT = ("note", "description")


def _md(text: str) -> str:
    """Escape the characters that would break Markdown inline text or a table cell."""
    for char in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        text = text.replace(char, "\\" + char)
    return text


def _split_changes(
    diff: ChartDiff,
) -> tuple[list[UnitChange], list[UnitChange], list[UnitChange]]:
    """Units changed in substance (heads, and moves the story tells, left out), units whose
    only change is a line move no lineage explains, units whose only change is their note."""
    told = {c.id for c in categories_of(diff).scopes_changed} | {
        m for item in diff.lineage for m in item.moved
    }
    substantive, lines_only, notes_only = [], [], []
    for change in diff.units_changed:
        fields = {c.field for c in change.fields} - {"id", "note"} - set(_HEADS)
        if change.id in told:
            fields.discard("reports_to")
        if not fields:
            if change.field("note") and change.id not in _head_ids(diff):
                notes_only.append(change)
        elif fields == {"reports_to"}:
            lines_only.append(change)
        else:
            substantive.append(change)
    return substantive, lines_only, notes_only


_HEADS = ("head.title", "head.rank", "head.gender", "head.name")


def _head_ids(diff: ChartDiff) -> set[str]:
    return {c.id for c in categories_of(diff).heads}


def to_markdown(diff: ChartDiff) -> str:
    """A report a planner can paste into a briefing note: totals and the headline, the story
    (lineage, missions, lines), findings, heads, posts, functions, other changes, and the
    editorial changes last, counted apart."""
    names = Names(diff)

    def who(unit_id: str) -> str:
        return f"**{_md(names.name(unit_id, 'b'))}** (`{unit_id}`)"

    def who_a(unit_id: str) -> str:
        return f"**{_md(names.name(unit_id, 'a'))}** (`{unit_id}`)"

    cats = categories_of(diff)
    substantive, lines_only, _ = _split_changes(diff)
    out = [f"# Comparison: {_md(diff.a.title)} → {_md(diff.b.title)}", ""]
    out += [f"- **A (before):** {_source(diff.a)}", f"- **B (after):** {_source(diff.b)}"]
    out += ["", "## Summary", "", *_totals_table(diff)]
    if diff.is_empty:
        out += ["", "The two charts are the same."]
        return "\n".join(out) + "\n"
    out += ["", f"**In brief:** {_md(headline(diff))}."]
    rows = [
        ("Merges, splits and successions", len(cats.lineage)),
        ("Units moved with them", cats.lines_explained),
        ("Units added", len(cats.units_added)),
        ("Units removed", len(cats.units_removed)),
        ("Missions opened", len(cats.missions_opened)),
        ("Missions closed", len(cats.missions_closed)),
        ("Units moved to another reporting line", len(lines_only)),
        ("Units on another line scope", len(cats.scopes_changed)),
        ("Units changed", len(substantive)),
        ("Heads changed", len(cats.heads)),
        ("Links added", len(diff.links_added)),
        ("Links removed", len(diff.links_removed)),
        ("Groups added", len(diff.groups_added)),
        ("Groups removed", len(diff.groups_removed)),
        ("Groups changed", len(diff.groups_changed)),
        ("Functions gained", len(diff.functions_gained)),
        ("Functions lost", len(diff.functions_lost)),
        ("Findings new", len(diff.findings_new)),
        ("Findings resolved", len(diff.findings_resolved)),
    ]
    if any(count for _, count in rows):
        out += ["", "| Difference | Count |", "| --- | ---: |"]
        out += [f"| {label} | {count} |" for label, count in rows if count]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", f"## {title}", "", *lines])

    section(
        "Merges, splits and successions",
        [f"- {_md(story_line(diff, item))}" for item in cats.lineage],
    )
    section("Units added", [f"- {who(u)}: {_unit(diff.b.units[u], who)}" for u in cats.units_added])
    section(
        "Units removed",
        [f"- {who_a(u)}: {_unit(diff.a.units[u], who_a)}" for u in cats.units_removed],
    )
    missions = [f"- Opened: {who(u)}: {_unit(diff.b.units[u], who)}" for u in cats.missions_opened]
    missions += [f"- Closed: {who_a(u)}: {_unit(diff.a.units[u], who_a)}" for u in cats.missions_closed]
    section("Missions opened and closed", missions)
    section("Units moved to another reporting line", _moved_lines(lines_only, who, who_a))
    section("Line scopes changed", [f"- {_md(scope_story(diff, c))}" for c in cats.scopes_changed])
    if diff.findings_checked:
        findings = [f"- New: {_finding(f)}" for f in _by_severity(diff.findings_new)]
        findings += [f"- Resolved: {_finding(f)}" for f in _by_severity(diff.findings_resolved)]
        section("Rule findings", findings)
    heads = []
    for change in cats.heads:
        fields = [c for c in change.fields if c.field in _HEADS]
        heads.append(f"- {who(change.id)}: " + "; ".join(_field(c) for c in fields))
    section("Heads", heads)
    section("Posts", _posts(diff, who))
    section(
        "Units renamed (new id, same name and place)",
        [f"- **{_md(r.name)}**: `{r.old_id}` → `{r.new_id}`" for r in diff.units_renamed],
    )
    told = {c.id for c in cats.scopes_changed} | {m for item in cats.lineage for m in item.moved}
    changed: list[str] = []
    for change in substantive:
        changed.append(f"- {who(change.id)}")
        changed += [
            f"  - {_change(c, who, who_a)}"
            for c in change.fields
            if c.field != "id"
            and c.field not in _HEADS
            and (c.field != "reports_to" or change.id not in told)
        ]
    section("Units changed", changed)
    links = [f"- Added: {who(k.source)} {_verb(k.kind)} {who(k.target)}" for k in diff.links_added]
    links += [f"- Removed: {who_a(k.source)} {_verb(k.kind)} {who_a(k.target)}" for k in diff.links_removed]
    section("Links (other than reporting lines)", links)
    section("Groups", _groups(diff, who, who_a))
    functions = []
    if diff.functions_gained:
        functions.append("- Gained: " + ", ".join(f"`{f}`" for f in diff.functions_gained))
    if diff.functions_lost:
        functions.append("- Lost: " + ", ".join(f"`{f}`" for f in diff.functions_lost))
    for move in cats.functions_moved:
        functions.append(
            f"- `{move.function}` moved from {', '.join(who(u) for u in move.losers)}"
            f" to {', '.join(who(u) for u in move.gainers)}"
        )
    section("Functions carried by the chart", functions)
    minor = [f"- {_field(c)}" for c in diff.meta]
    if cats.notes:
        minor.append(f"- Notes revised on {len(cats.notes)} units: " + ", ".join(who(u) for u in cats.notes))
    minor += [f"- {_field(c)}" for c in diff.layout]
    if diff.moved:
        minor.append(f"- {len(diff.moved)} card(s) stand elsewhere on the saved layout.")
    section("Editorial changes (not in the headline)", minor)
    return "\n".join(out) + "\n"


def _posts(diff: ChartDiff, who: Who) -> list[str]:
    """Posts by grade and by funding source (with standard cost) as tables, units changed."""
    cats = categories_of(diff)
    out: list[str] = []
    grades = {k: v for k, v in cats.posts_by_grade.items() if k is not None}
    sources = {k: v for k, v in cats.posts_by_source.items() if k is not None}
    if grades:
        out += ["| Grade | A | B | Change |", "| --- | ---: | ---: | ---: |"]
        out += [
            f"| {k} | {a:,.0f} | {b:,.0f} | {signed(int(a), int(b))} |"
            for k, (a, b) in cats.posts_by_grade.items()
            if k or a or b
        ]
        out.append("")
    if sources:
        costs = cats.cost_by_source or {}
        out += ["| Funding source | Posts A | Posts B | Change | Standard cost A | Standard cost B |"]
        out += ["| --- | ---: | ---: | ---: | ---: | ---: |"]
        for key, (a, b) in cats.posts_by_source.items():
            ca, cb = costs.get(key, (0.0, 0.0))
            money = f"${ca / 1e6:,.2f}M | ${cb / 1e6:,.2f}M" if costs else "— | —"
            name = _md(funding_label(key)) if key else "unspecified"
            out.append(f"| {name} | {a:,.0f} | {b:,.0f} | {signed(int(a), int(b))} | {money} |")
        out.append("")
    for change in cats.posts_changed:
        posts = change.field("posts")
        if posts is not None:
            out.append(f"- {who(change.id)}: {_field(posts)}")
    while out and out[-1] == "":
        out.pop()
    if out and cats.cost_by_source:
        out.append("")
        out.append("Standard costs are the rulebook's illustrative figures.")
    return out if (grades or sources or cats.posts_changed) else []


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _source(chart: Chart) -> str:
    if chart.path is None:
        return _md(chart.title)
    return f"`{chart.path.name}` — {_md(chart.title)}"


def _totals_table(diff: ChartDiff) -> list[str]:
    (a_units, b_units), (a_posts, b_posts) = diff.totals_units, diff.totals_posts
    rows = [
        "| | A | B | Change |",
        "| --- | ---: | ---: | ---: |",
        f"| Units | {a_units} | {b_units} | {signed(a_units, b_units)} |",
        f"| Posts | {a_posts} | {b_posts} | {signed(a_posts, b_posts)} |",
    ]
    if diff.findings_checked:
        for severity, label in (("error", "errors"), ("warning", "warnings"), ("info", "info")):
            before = diff.findings_counts[0].get(severity, 0)
            after = diff.findings_counts[1].get(severity, 0)
            rows.append(f"| Findings: {label} | {before} | {after} | {signed(before, after)} |")
    return rows


def _unit(unit: Unit, who: Who) -> str:
    parts = [unit.kind + (f" ({unit.presence})" if unit.presence else "")]
    if unit.reports_to:
        parts.append("reports to " + _lines(unit.reports_to, who))
    if unit.head is not None and (unit.head.title or unit.head.rank):
        head = _md(unit.head.title or "head")
        parts.append(f"headed by {head}" + (f" ({unit.head.rank})" if unit.head.rank else ""))
    if unit.regions:
        parts.append("regions: " + _md(", ".join(unit.regions)))
    if unit.posts is not None:
        parts.append(f"{unit.posts} posts")
    if unit.functions:
        parts.append("functions: " + ", ".join(f"`{f}`" for f in unit.functions))
    return "; ".join(parts)


def _lines(lines: Sequence[ReportingLine], who: Who) -> str:
    if not lines:
        return "nobody (a root)"
    return ", ".join(
        who(line.to) + ("" if line.scope == "all" else f" ({line.scope} line)") for line in lines
    )


def _change(field: FieldChange, who: Who, who_a: Who) -> str:
    if field.field == "reports_to":
        return f"Now reports to {_lines(field.new, who)} (was {_lines(field.old, who_a)})"
    return _field(field)


def _field(field: FieldChange) -> str:
    label = FIELD_LABELS.get(field.field, field.field)
    if field.field in SETS:
        added, removed = set_delta(field)
        parts = []
        if added:
            parts.append("added " + ", ".join(f"`{v}`" for v in added))
        if removed:
            parts.append("removed " + ", ".join(f"`{v}`" for v in removed))
        return f"{label}: {'; '.join(parts) or 'reordered'}"
    if field.field == "posts" and isinstance(field.old, int) and isinstance(field.new, int):
        return f"{label}: {field.old} → {field.new} ({signed(field.old, field.new)})"
    if field.field in _LONG_TEXT:
        return f"{label} revised: “{_md(shorten(plain(field.new), 120))}”"
    return f"{label}: {_md(plain(field.old))} → {_md(plain(field.new))}"


def _moved_lines(changes: Sequence[UnitChange], who: Who, who_a: Who) -> list[str]:
    """Units whose only change is their reporting lines, grouped by their new lines."""
    by_target: dict[tuple[ReportingLine, ...], list[str]] = {}
    for change in changes:
        field = change.field("reports_to")
        assert field is not None
        if {ln.to for ln in field.old} == {ln.to for ln in field.new}:
            scopes = " and ".join(_scope_words(ln.scope) for ln in field.old)
            note = f"{who(change.id)}, was on the {scopes} line"
        else:
            note = f"{who(change.id)}, was under {_lines(field.old, who_a)}"
        by_target.setdefault(tuple(field.new), []).append(note)
    out = []
    for target, notes in by_target.items():
        out.append(f"- Now under {_lines(target, who)}:")
        out += [f"  - {note}" for note in notes]
    return out


def _scope_words(scope: str) -> str:
    return "all-settings" if scope == "all" else scope


def _groups(diff: ChartDiff, who: Who, who_a: Who) -> list[str]:
    def members(chart: Chart, group_id: str, name: Who) -> str:
        ids = chart.groups[group_id].members
        return ", ".join(name(m) for m in ids) if ids else "no members"

    out = [f"- Added: {who(g)}, with {members(diff.b, g, who)}" for g in diff.groups_added]
    out += [f"- Removed: {who_a(g)}, which had {members(diff.a, g, who_a)}" for g in diff.groups_removed]
    for g in diff.groups_changed:
        parts = []
        if g.name:
            parts.append(f"renamed from “{_md(g.name.old)}”")
        if g.members_added:
            parts.append("joined by " + ", ".join(who(m) for m in g.members_added))
        if g.members_removed:
            parts.append("left by " + ", ".join(who_a(m) for m in g.members_removed))
        out.append(f"- {who(g.id)}: {'; '.join(parts)}")
    return out


def _verb(kind: str) -> str:
    return _LINK_VERBS.get(kind, kind)


def _by_severity(refs: Sequence[FindingRef]) -> list[FindingRef]:
    return sorted(refs, key=lambda ref: _SEVERITY_ORDER.get(ref.severity, 3))


def _finding(ref: FindingRef) -> str:
    cite = f" ({_md(ref.cite)})" if ref.cite else ""
    return f"**{ref.severity}** `{ref.rule}`{cite}: {_md(ref.message)}"
