"""A :class:`ChartDiff` as JSON (SPEC §3) and as a compact plain-text listing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from orgeditor.diff.engine import ChartDiff, FieldChange, FindingRef, LineRef
from orgeditor.diff.wording import SETS, Names, line_words, plain, set_delta, shorten, signed, source
from orgeditor.model import Chart, ReportingLine, Unit

__all__ = ["to_json", "to_text"]

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


# ------------------------------------------------------------------------ text


def to_text(diff: ChartDiff) -> str:
    """A compact plain-text listing, one difference a line (``+`` added, ``-`` removed)."""
    names = Names(diff)
    a_units, b_units = diff.totals_units
    a_posts, b_posts = diff.totals_posts
    out = [
        f"--- {source(diff.a)}",
        f"+++ {source(diff.b)}",
        f"units {a_units} -> {b_units} ({signed(a_units, b_units)}), "
        f"posts {a_posts} -> {b_posts} ({signed(a_posts, b_posts)})",
    ]
    if diff.is_empty:
        out.append("no differences")
        return "\n".join(out) + "\n"

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", f"{title}:", *lines])

    section("meta", [f"  ~ {_text_field(c)}" for c in diff.meta])
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
        [f"  + {ln.source} -> {line_words(ln.target, ln.scope)}" for ln in diff.reporting_added]
        + [f"  - {ln.source} -> {line_words(ln.target, ln.scope)}" for ln in diff.reporting_removed],
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
    layout = [f"  ~ {_text_field(c)}" for c in diff.layout]
    if diff.moved:
        layout.append(f"  ~ {len(diff.moved)} card(s) moved: {', '.join(m.id for m in diff.moved)}")
    section("layout", layout)
    return "\n".join(out) + "\n"


def _text_place(unit: Unit) -> str:
    lines = ", ".join(line_words(line.to, line.scope) for line in unit.reports_to)
    return f" ({unit.kind}" + (f", reports to {lines})" if lines else ")")


def _text_field(change: FieldChange) -> str:
    if change.field in SETS:
        added, removed = set_delta(change)
        parts = [f"+{v}" for v in added] + [f"-{v}" for v in removed]
        return f"{change.field}: {' '.join(parts)}"
    if change.field in ("note", "description"):
        return f"{change.field}: {shorten(plain(change.old), 40)} -> {shorten(plain(change.new), 40)}"
    return f"{change.field}: {plain(change.old)} -> {plain(change.new)}"


def _text_finding(ref: FindingRef) -> str:
    cite = f" [{ref.cite}]" if ref.cite else ""
    return f"{ref.severity} {ref.rule}{cite}: {ref.message}"
