"""A :class:`ChartDiff` as JSON (SPEC §3), as plain text and as a Markdown briefing report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from orgeditor.diff.engine import ChartDiff, FieldChange, FindingRef, LineRef, UnitChange
from orgeditor.model import Chart, ReportingLine, Unit

__all__ = ["to_json", "to_markdown", "to_text"]

_FIELD_LABELS = {
    "id": "Id",
    "name": "Name",
    "short": "Short name",
    "kind": "Kind",
    "head.title": "Head",
    "head.rank": "Head's rank",
    "head.gender": "Head's gender",
    "head.name": "Head (incumbent)",
    "reports_to": "Reports to",
    "regions": "Regions",
    "presence": "Presence",
    "functions": "Functions",
    "posts": "Posts",
    "note": "Note",
    "title": "Title",
    "description": "Description",
    "baseline": "Baseline",
    "rulebooks": "Rulebooks",
    "direction": "Direction",
    "collapsed": "Folded units",
    "pinned": "Pinned units",
}
_SETS = ("regions", "functions", "rulebooks", "collapsed", "pinned")

# ------------------------------------------------------------------------ JSON


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple) and value and isinstance(value[0], ReportingLine):
        return [{"to": line.to, "scope": line.scope} for line in value]
    if isinstance(value, tuple):
        return list(value)
    return value


def _fields_json(changes: Sequence[FieldChange]) -> dict[str, list[Any]]:
    return {c.field: [_json_value(c.old), _json_value(c.new)] for c in changes}


def _finding_json(ref: FindingRef) -> dict[str, Any]:
    return {
        "rule": ref.rule,
        "severity": ref.severity,
        "message": ref.message,
        "cite": ref.cite,
        "units": list(ref.units),
    }


def _chart_json(chart: Chart) -> dict[str, Any]:
    return {"file": str(chart.path) if chart.path else None, "title": chart.title}


def to_json(diff: ChartDiff) -> dict[str, Any]:
    """The diff as one JSON-ready object, with the keys of SPEC §3 and a few more."""
    return {
        "a": _chart_json(diff.a),
        "b": _chart_json(diff.b),
        "same": diff.is_empty,
        "units": {
            "added": list(diff.units_added),
            "removed": list(diff.units_removed),
            "renamed": [{"from": r.old_id, "to": r.new_id, "name": r.name} for r in diff.units_renamed],
            "changed": [{"id": c.id, "fields": _fields_json(c.fields)} for c in diff.units_changed],
        },
        "reporting": {
            "added": [_line_json(line) for line in diff.reporting_added],
            "removed": [_line_json(line) for line in diff.reporting_removed],
        },
        "links": {
            "added": [{"from": k.source, "to": k.target, "kind": k.kind} for k in diff.links_added],
            "removed": [{"from": k.source, "to": k.target, "kind": k.kind} for k in diff.links_removed],
        },
        "groups": {
            "added": list(diff.groups_added),
            "removed": list(diff.groups_removed),
            "changed": [
                {
                    "id": g.id,
                    "members_added": list(g.members_added),
                    "members_removed": list(g.members_removed),
                    "fields": _fields_json([g.name] if g.name else []),
                }
                for g in diff.groups_changed
            ],
        },
        "functions": {"gained": list(diff.functions_gained), "lost": list(diff.functions_lost)},
        "findings": {
            "checked": diff.findings_checked,
            "new": [_finding_json(f) for f in diff.findings_new],
            "resolved": [_finding_json(f) for f in diff.findings_resolved],
            "counts": [dict(diff.findings_counts[0]), dict(diff.findings_counts[1])],
        },
        "totals": {"units": list(diff.totals_units), "posts": list(diff.totals_posts)},
        "layout": {
            "moved": [
                {
                    "id": m.id,
                    "from": list(m.old) if m.old else None,
                    "to": list(m.new) if m.new else None,
                }
                for m in diff.moved
            ],
            "changed": _fields_json(diff.layout),
        },
        "meta": _fields_json(diff.meta),
    }


def _line_json(line: LineRef) -> dict[str, str]:
    return {"from": line.source, "to": line.target, "scope": line.scope}


# ---------------------------------------------------------- shared wording


class _Names:
    """Names of units and groups by id, B first, then A (for removed units)."""

    def __init__(self, diff: ChartDiff) -> None:
        self.diff = diff

    def unit(self, unit_id: str, side: str = "b") -> Unit | None:
        first, second = (self.diff.b, self.diff.a) if side == "b" else (self.diff.a, self.diff.b)
        return first.units.get(unit_id) or second.units.get(unit_id)

    def name(self, item_id: str, side: str = "b") -> str:
        unit = self.unit(item_id, side)
        if unit is not None:
            return unit.name
        group = self.diff.b.groups.get(item_id) or self.diff.a.groups.get(item_id)
        return group.name if group is not None else item_id


def _signed(before: int, after: int) -> str:
    delta = after - before
    return f"{delta:+d}" if delta else "0"


def _plain(value: Any) -> str:
    if value is None or value == ():
        return "none"
    if isinstance(value, tuple) and isinstance(value[0], ReportingLine):
        return ", ".join(_line_words(line.to, line.scope) for line in value)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _line_words(target: str, scope: str) -> str:
    return target if scope == "all" else f"{target} ({scope})"


def _set_delta(change: FieldChange) -> tuple[list[str], list[str]]:
    before, after = list(change.old or ()), list(change.new or ())
    return [v for v in after if v not in before], [v for v in before if v not in after]


def _counts_rows(diff: ChartDiff) -> list[tuple[str, int]]:
    rows = [
        ("Units added", len(diff.units_added)),
        ("Units removed", len(diff.units_removed)),
        ("Units renamed", len(diff.units_renamed)),
        ("Units changed", len(diff.units_changed)),
        ("Reporting lines added", len(diff.reporting_added)),
        ("Reporting lines removed", len(diff.reporting_removed)),
        ("Links added", len(diff.links_added)),
        ("Links removed", len(diff.links_removed)),
        (
            "Groups added, removed or changed",
            len(diff.groups_added) + len(diff.groups_removed) + len(diff.groups_changed),
        ),
        ("Functions gained", len(diff.functions_gained)),
        ("Functions lost", len(diff.functions_lost)),
    ]
    if diff.findings_checked:
        rows += [
            ("Findings new", len(diff.findings_new)),
            ("Findings resolved", len(diff.findings_resolved)),
        ]
    rows.append(("Cards moved on the saved layout", len(diff.moved)))
    return rows


def _source(chart: Chart) -> str:
    return chart.path.name if chart.path else chart.title


# ------------------------------------------------------------------------ text


def to_text(diff: ChartDiff) -> str:
    """A compact plain-text listing, one difference a line (``+`` added, ``-`` removed)."""
    names = _Names(diff)
    a_units, b_units = diff.totals_units
    a_posts, b_posts = diff.totals_posts
    out = [
        f"--- {_source(diff.a)}",
        f"+++ {_source(diff.b)}",
        f"units {a_units} -> {b_units} ({_signed(a_units, b_units)}), "
        f"posts {a_posts} -> {b_posts} ({_signed(a_posts, b_posts)})",
    ]
    if diff.is_empty:
        out.append("no differences")
        return "\n".join(out) + "\n"

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", f"{title}:", *lines])

    section("meta", [f"  ~ {c.field}: {_plain(c.old)} -> {_plain(c.new)}" for c in diff.meta])
    section(
        "units added",
        [f"  + {u}  {names.name(u)}{_text_place(diff.b.units[u])}" for u in diff.units_added],
    )
    section(
        "units removed",
        [f"  - {u}  {names.name(u, 'a')}{_text_place(diff.a.units[u])}" for u in diff.units_removed],
    )
    section("units renamed", [f"  ~ {r.old_id} -> {r.new_id}  {r.name}" for r in diff.units_renamed])
    changed: list[str] = []
    for change in diff.units_changed:
        changed.append(f"  ~ {change.id}  {names.name(change.id)}")
        changed.extend(f"      {_text_field(c)}" for c in change.fields)
    section("units changed", changed)
    section(
        "reporting lines",
        [f"  + {ln.source} -> {_line_words(ln.target, ln.scope)}" for ln in diff.reporting_added]
        + [f"  - {ln.source} -> {_line_words(ln.target, ln.scope)}" for ln in diff.reporting_removed],
    )
    section(
        "links",
        [f"  + {k.source} -{k.kind}-> {k.target}" for k in diff.links_added]
        + [f"  - {k.source} -{k.kind}-> {k.target}" for k in diff.links_removed],
    )
    groups = [f"  + {g}  {names.name(g)}" for g in diff.groups_added]
    groups += [f"  - {g}  {names.name(g)}" for g in diff.groups_removed]
    for g in diff.groups_changed:
        groups.append(f"  ~ {g.id}  {names.name(g.id)}")
        if g.name:
            groups.append(f"      name: {g.name.old} -> {g.name.new}")
        groups.extend(f"      + member {m}" for m in g.members_added)
        groups.extend(f"      - member {m}" for m in g.members_removed)
    section("groups", groups)
    section(
        "functions",
        [f"  + {f}" for f in diff.functions_gained] + [f"  - {f}" for f in diff.functions_lost],
    )
    section(
        "findings",
        [f"  + {_text_finding(f)}" for f in diff.findings_new]
        + [f"  - {_text_finding(f)}" for f in diff.findings_resolved],
    )
    layout = [f"  ~ {c.field}: {_plain(c.old)} -> {_plain(c.new)}" for c in diff.layout]
    if diff.moved:
        layout.append(f"  ~ {len(diff.moved)} card(s) moved: {', '.join(m.id for m in diff.moved)}")
    section("layout", layout)
    return "\n".join(out) + "\n"


def _text_place(unit: Unit) -> str:
    lines = ", ".join(_line_words(line.to, line.scope) for line in unit.reports_to)
    return f" ({unit.kind}" + (f", reports to {lines})" if lines else ")")


def _text_field(change: FieldChange) -> str:
    if change.field in _SETS:
        added, removed = _set_delta(change)
        parts = [f"+{v}" for v in added] + [f"-{v}" for v in removed]
        return f"{change.field}: {' '.join(parts)}"
    return f"{change.field}: {_plain(change.old)} -> {_plain(change.new)}"


def _text_finding(ref: FindingRef) -> str:
    cite = f" [{ref.cite}]" if ref.cite else ""
    return f"{ref.severity} {ref.rule}{cite}: {ref.message}"


# -------------------------------------------------------------------- markdown


def _md(text: str) -> str:
    """Escape the characters that would break Markdown inline text or a table cell."""
    for char in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        text = text.replace(char, "\\" + char)
    return text


def to_markdown(diff: ChartDiff) -> str:
    """A report a planner can paste into a briefing note: totals, then what changed."""
    names = _Names(diff)

    def who(unit_id: str, side: str = "b") -> str:
        return f"**{_md(names.name(unit_id, side))}** (`{unit_id}`)"

    a_units, b_units = diff.totals_units
    a_posts, b_posts = diff.totals_posts
    out = [
        f"# Comparison: {_md(diff.a.title)} → {_md(diff.b.title)}",
        "",
        f"- **A (before):** {_md_source(diff.a)}",
        f"- **B (after):** {_md_source(diff.b)}",
        "",
        "## Summary",
        "",
        "| | A | B | Change |",
        "| --- | ---: | ---: | ---: |",
        f"| Units | {a_units} | {b_units} | {_signed(a_units, b_units)} |",
        f"| Posts | {a_posts} | {b_posts} | {_signed(a_posts, b_posts)} |",
    ]
    if diff.findings_checked:
        for severity in ("error", "warning", "info"):
            before = diff.findings_counts[0].get(severity, 0)
            after = diff.findings_counts[1].get(severity, 0)
            label = {"error": "errors", "warning": "warnings"}.get(severity, severity)
            out.append(f"| Findings: {label} | {before} | {after} | {_signed(before, after)} |")
    if diff.is_empty:
        out += ["", "The two charts are the same."]
        return "\n".join(out) + "\n"
    out += ["", "| Difference | Count |", "| --- | ---: |"]
    out += [f"| {label} | {count} |" for label, count in _counts_rows(diff) if count]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", f"## {title}", "", *lines])

    if diff.meta:
        section("Chart", [f"- {_md_field(c, who)}" for c in diff.meta])
    section("Units added", [f"- {who(u)}: {_md_unit(diff.b.units[u], who)}" for u in diff.units_added])
    section(
        "Units removed",
        [f"- {who(u, 'a')}: {_md_unit(diff.a.units[u], lambda i: who(i, 'a'))}" for u in diff.units_removed],
    )
    section(
        "Units renamed (new id, same name and place)",
        [f"- **{_md(r.name)}**: `{r.old_id}` → `{r.new_id}`" for r in diff.units_renamed],
    )
    changed: list[str] = []
    for change in diff.units_changed:
        fields = [c for c in change.fields if c.field != "id"]
        if not fields:
            continue
        changed.append(f"- {who(change.id)}")
        changed.extend(f"  - {_md_change(change, c, who)}" for c in fields)
    section("Units changed", changed)
    links = [f"- Added: {who(k.source)} {k.kind} {who(k.target)}" for k in diff.links_added]
    links += [f"- Removed: {who(k.source, 'a')} {k.kind} {who(k.target, 'a')}" for k in diff.links_removed]
    section("Links (other than reporting lines)", links)
    groups = [f"- Added: {who(g)}" for g in diff.groups_added]
    groups += [f"- Removed: {who(g, 'a')}" for g in diff.groups_removed]
    for g in diff.groups_changed:
        parts = []
        if g.name:
            parts.append(f"renamed from “{_md(g.name.old)}”")
        if g.members_added:
            parts.append("joined by " + ", ".join(who(m) for m in g.members_added))
        if g.members_removed:
            parts.append("left by " + ", ".join(who(m, "a") for m in g.members_removed))
        groups.append(f"- {who(g.id)}: {'; '.join(parts)}")
    section("Groups", groups)
    functions = []
    if diff.functions_gained:
        functions.append("- Gained: " + ", ".join(f"`{f}`" for f in diff.functions_gained))
    if diff.functions_lost:
        functions.append("- Lost: " + ", ".join(f"`{f}`" for f in diff.functions_lost))
    section("Functions carried by the chart", functions)
    if diff.findings_checked:
        findings = [f"- New: {_md_finding(f)}" for f in diff.findings_new]
        findings += [f"- Resolved: {_md_finding(f)}" for f in diff.findings_resolved]
        section("Rule findings", findings)
    layout = [f"- {_md_field(c, who)}" for c in diff.layout]
    if diff.moved:
        layout.append(f"- {len(diff.moved)} card(s) stand elsewhere on the saved layout.")
    section("Saved layout (minor)", layout)
    return "\n".join(out) + "\n"


def _md_source(chart: Chart) -> str:
    if chart.path is None:
        return _md(chart.title)
    return f"`{chart.path.name}` — {_md(chart.title)}"


def _md_unit(unit: Unit, who: Any) -> str:
    parts = [unit.kind + (f" ({unit.presence})" if unit.presence else "")]
    if unit.reports_to:
        parts.append("reports to " + _md_lines(unit.reports_to, who))
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


def _md_lines(lines: Sequence[ReportingLine], who: Any) -> str:
    if not lines:
        return "nobody (a root)"
    return ", ".join(who(line.to) + ("" if line.scope == "all" else f" for {line.scope}") for line in lines)


def _md_change(change: UnitChange, field: FieldChange, who: Any) -> str:
    if field.field == "reports_to":
        return f"Reports to {_md_lines(field.new, who)} (was {_md_lines(field.old, lambda i: who(i, 'a'))})"
    return _md_field(field, who)


def _md_field(field: FieldChange, who: Any) -> str:
    label = _FIELD_LABELS.get(field.field, field.field)
    if field.field in _SETS:
        added, removed = _set_delta(field)
        parts = []
        if added:
            parts.append("added " + ", ".join(f"`{v}`" for v in added))
        if removed:
            parts.append("removed " + ", ".join(f"`{v}`" for v in removed))
        return f"{label}: {'; '.join(parts)}"
    if field.field == "posts" and isinstance(field.old, int) and isinstance(field.new, int):
        return f"{label}: {field.old} → {field.new} ({_signed(field.old, field.new)})"
    return f"{label}: {_md(_plain(field.old))} → {_md(_plain(field.new))}"


def _md_finding(ref: FindingRef) -> str:
    cite = f" ({_md(ref.cite)})" if ref.cite else ""
    return f"**{ref.severity}** `{ref.rule}`{cite}: {_md(ref.message)}"
