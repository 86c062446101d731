"""A :class:`ChartDiff` as JSON (SPEC §3) and as a compact plain-text listing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from orgeditor.diff.categories import RESHAPING_FIELDS, LineChange, categories_of
from orgeditor.diff.engine import ChartDiff, FieldChange, FindingRef, LineRef
from orgeditor.diff.story import headline, scope_story, story_line
from orgeditor.diff.wording import SETS, Names, line_words, plain, set_delta, shorten, signed, source
from orgeditor.model import Chart, ReportingLine, Unit

__all__ = ["categories_json", "to_json", "to_text"]

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
        "lineage": [
            {"kind": x.kind, "from": list(x.sources), "to": list(x.targets), "declared": x.declared}
            for x in diff.lineage
        ],
        "categories": categories_json(diff),
    }


def _pairs_json(pairs: Mapping[str | None, tuple[float, float]] | None) -> dict[str, list[float]] | None:
    if pairs is None:
        return None
    return {key or "unspecified": [_number(a), _number(b)] for key, (a, b) in pairs.items()}


def _number(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def _line_change_json(change: LineChange) -> dict[str, Any]:
    return {"id": change.id, "from": _json_value(change.old), "to": _json_value(change.new)}


def categories_json(diff: ChartDiff) -> dict[str, Any]:
    """The diff by what a planner reads (:class:`~orgeditor.categories_of(diff).Categories`)."""
    cats = categories_of(diff)
    return {
        "headline": headline(diff),
        "restructuring": {
            "lineage": [
                {
                    "kind": x.kind,
                    "from": list(x.sources),
                    "to": list(x.targets),
                    "declared": x.declared,
                    "story": story_line(diff, x),
                    "moved": list(x.moved),
                    "posts": list(x.posts),
                }
                for x in cats.lineage
            ],
            "units_added": list(cats.units_added),
            "units_removed": list(cats.units_removed),
            "lines_moved": [_line_change_json(c) for c in cats.lines_moved],
            "scopes_changed": [_line_change_json(c) for c in cats.scopes_changed],
            "lines_explained": cats.lines_explained,
            "reshaped": [
                {"id": c.id, "fields": _fields_json([f for f in c.fields if f.field in RESHAPING_FIELDS])}
                for c in cats.reshaped
            ],
            "links": {"added": cats.links[0], "removed": cats.links[1]},
            "groups": cats.groups,
        },
        "missions": {"opened": list(cats.missions_opened), "closed": list(cats.missions_closed)},
        "heads": [
            {"id": c.id, "fields": _fields_json([f for f in c.fields if f.field.startswith("head.")])}
            for c in cats.heads
        ],
        "posts": {
            "total": list(cats.posts_total),
            "by_grade": _pairs_json(cats.posts_by_grade),
            "by_source": _pairs_json(cats.posts_by_source),
            "cost_by_source": _pairs_json(cats.cost_by_source),
            "units": [
                {"id": c.id, **_fields_json([f for f in c.fields if f.field == "posts"])}
                for c in cats.posts_changed
            ],
        },
        "functions": {
            "gained": list(cats.functions_gained),
            "lost": list(cats.functions_lost),
            "moved": [
                {"function": m.function, "from": list(m.losers), "to": list(m.gainers)}
                for m in cats.functions_moved
            ],
        },
        "editorial": {
            "notes": list(cats.notes),
            "ids_changed": cats.ids_changed,
            "chart": list(cats.chart_fields),
            "cards_moved": cats.cards_moved,
            "layout": list(cats.layout_changed),
        },
    }


def _line_json(line: LineRef) -> dict[str, str]:
    return {"from": line.source, "to": line.target, "scope": line.scope}


# ------------------------------------------------------------------------ text


def to_text(diff: ChartDiff) -> str:
    """A compact plain-text listing: the headline and the story (lineage), then one
    difference a line (``+`` added, ``-`` removed, ``~`` changed) by category, the editorial
    changes last. Adds, removes and line moves a lineage explains are not listed again."""
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
    cats = categories_of(diff)
    out.append(f"in brief: {headline(diff)}")

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", f"{title}:", *lines])

    def place(chart: Chart, uid: str) -> str:
        return f"{names.name(uid, 'a' if chart is diff.a else 'b')}{_text_place(chart.units[uid])}"

    section("lineage", [f"  * {story_line(diff, item)}" for item in cats.lineage])
    section("units added", [f"  + {u}  {place(diff.b, u)}" for u in cats.units_added])
    section("units removed", [f"  - {u}  {place(diff.a, u)}" for u in cats.units_removed])
    section("missions opened", [f"  + {u}  {place(diff.b, u)}" for u in cats.missions_opened])
    section("missions closed", [f"  - {u}  {place(diff.a, u)}" for u in cats.missions_closed])
    section("units renamed", [f"  ~ {r.old_id} -> {r.new_id}  {r.name}" for r in diff.units_renamed])
    explained = {c.id for c in cats.scopes_changed} | {m for item in cats.lineage for m in item.moved}
    changed: list[str] = []
    for change in diff.units_changed:
        fields = [c for c in change.fields if c.field != "id"]
        if change.id in explained:
            fields = [c for c in fields if c.field != "reports_to"]
        if not [c for c in fields if c.field != "note"]:
            continue  # only its note (editorial) or a move the story tells
        changed.append(f"  ~ {change.id}  {names.name(change.id)}")
        changed.extend(f"      {_text_field(c)}" for c in fields)
    section("units changed", changed)
    told = _told_units(diff)
    section(
        "reporting lines",
        [
            f"  + {ln.source} -> {line_words(ln.target, ln.scope)}"
            for ln in diff.reporting_added
            if ln.source not in told
        ]
        + [
            f"  - {ln.source} -> {line_words(ln.target, ln.scope)}"
            for ln in diff.reporting_removed
            if ln.source not in told
        ],
    )
    section("line scopes", [f"  ~ {scope_story(diff, c)}" for c in cats.scopes_changed])
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
    section("posts", _text_posts(diff))
    section(
        "functions",
        [f"  + {f}" for f in diff.functions_gained]
        + [f"  - {f}" for f in diff.functions_lost]
        + [
            f"  ~ {m.function}: {', '.join(m.losers)} -> {', '.join(m.gainers)}" for m in cats.functions_moved
        ],
    )
    section(
        "findings",
        [f"  + {_text_finding(f)}" for f in diff.findings_new]
        + [f"  - {_text_finding(f)}" for f in diff.findings_resolved],
    )
    editorial = [f"  ~ {_text_field(c)}" for c in diff.meta]
    if cats.notes:
        editorial.append(f"  ~ {len(cats.notes)} note(s) revised: {', '.join(cats.notes)}")
    editorial += [f"  ~ {_text_field(c)}" for c in diff.layout]
    if diff.moved:
        editorial.append(f"  ~ {len(diff.moved)} card(s) moved: {', '.join(m.id for m in diff.moved)}")
    section("editorial (not in the headline)", editorial)
    return "\n".join(out) + "\n"


def _told_units(diff: ChartDiff) -> set[str]:
    """Units whose reporting lines the story already tells: units of a lineage, units whose
    move it explains, units whose line scope changed."""
    cats = categories_of(diff)
    told = {uid for item in cats.lineage for uid in (*item.sources, *item.targets, *item.moved)}
    return told | {c.id for c in cats.scopes_changed}


def _text_posts(diff: ChartDiff) -> list[str]:
    """Posts by grade and by source (when broken down), standard cost, units changed."""
    cats = categories_of(diff)
    out = []
    grades = {k: v for k, v in cats.posts_by_grade.items() if k is not None}
    if grades:
        out.append("  by grade: " + ", ".join(f"{k} {_pair(v)}" for k, v in grades.items()))
    sources = {k: v for k, v in cats.posts_by_source.items() if k is not None}
    if sources:
        out.append("  by source: " + ", ".join(f"{k} {_pair(v)}" for k, v in sources.items()))
    if cats.cost_by_source and (grades or sources):
        out.append(
            "  standard cost a year: "
            + ", ".join(
                f"{k or 'unspecified'} {_pair(v, money=True)}" for k, v in cats.cost_by_source.items()
            )
        )
    for change in cats.posts_changed:
        posts = change.field("posts")
        if posts is not None:
            out.append(f"  ~ {change.id}: {plain(posts.old)} -> {plain(posts.new)}")
    return out


def _pair(pair: tuple[float, float], *, money: bool = False) -> str:
    before, after = pair
    if money:
        return f"${before / 1e6:,.2f}M -> ${after / 1e6:,.2f}M"
    return f"{int(before)} -> {int(after)}" + (f" ({int(after - before):+d})" if after != before else "")


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
