"""A :class:`~orgeditor.compare.engine.Comparison` as JSON (SPEC §6.5), plain text and Markdown.

Text and Markdown give the variants as columns A, B, C … (a key names their files): totals,
the provisions grid, posts by grade and by funding source, then the story between each
variant and the next.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Sequence
from typing import Any

from orgeditor.compare.engine import Comparison, Variant
from orgeditor.compare.provisions import Provision
from orgeditor.compare.story import money
from orgeditor.compare.totals import UNSPECIFIED
from orgeditor.model import GRADES, funding_label, grade_order
from orgeditor.model.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "STATUS_MARKS",
    "column_letters",
    "failure_summary",
    "grade_rows",
    "source_rows",
    "to_json",
    "to_markdown",
    "to_text",
]

#: How a status reads in a grid cell without colour (marked for the editor's translation, which
#: shows ``translate("Comparison", mark)``; the reports keep the English).
STATUS_MARKS = {
    "pass": QT_TRANSLATE_NOOP("Comparison", "✓ pass"),
    "fail": QT_TRANSLATE_NOOP("Comparison", "✗ fail"),
    "departure": QT_TRANSLATE_NOOP("Comparison", "◐ departure"),
    "n/a": QT_TRANSLATE_NOOP("Comparison", "– n/a"),
}


def column_letters(count: int) -> list[str]:
    """A, B, … Z, then A2, B2, …"""
    letters = string.ascii_uppercase
    return [letters[i % 26] + (str(i // 26 + 1) if i >= 26 else "") for i in range(count)]


def to_json(comparison: Comparison) -> str:
    """SPEC §6.5: ``variants``, ``provisions`` (paragraphs of the note only), ``changes``;
    besides, ``general`` (the rules that cite no paragraph) and ``rulebooks`` (the union)."""
    data: dict[str, Any] = {
        "variants": [
            {"file": v.key, "title": v.title, "totals": v.totals.to_json()} for v in comparison.variants
        ],
        "provisions": [_row_json(row) for row in comparison.paragraphs],
        "changes": [change.to_json() for change in comparison.changes],
        "rulebooks": list(comparison.rulebooks),
    }
    if comparison.general is not None:
        general = _row_json(comparison.general)
        del general["cite"]
        data["general"] = general
    return json.dumps(data, indent=2, ensure_ascii=False)


def _row_json(row: Provision) -> dict[str, Any]:
    return {"cite": row.cite, "rules": list(row.rules), "status": dict(row.status)}


def _order_grades(keys: Sequence[str]) -> list[str]:
    def key(grade: str) -> int:
        return grade_order(grade) if grade in GRADES else len(GRADES)

    return sorted(keys, key=key)


def grade_rows(comparison: Comparison) -> list[tuple[str, list[int]]]:
    """(grade, posts per variant), highest grade first, then posts of no stated grade."""
    keys = _order_grades(list(dict.fromkeys(g for v in comparison.variants for g in v.totals.posts_by_grade)))
    return [(g, [v.totals.posts_by_grade.get(g, 0) for v in comparison.variants]) for g in keys]


def source_rows(comparison: Comparison) -> list[tuple[str, list[int], list[float]]]:
    """(funding source in words, posts per variant, standard cost per variant)."""
    keys = list(dict.fromkeys(s for v in comparison.variants for s in v.totals.posts_by_source))
    keys.sort(key=lambda s: s == UNSPECIFIED)
    return [
        (
            funding_label(None if s == UNSPECIFIED else s),
            [v.totals.posts_by_source.get(s, 0) for v in comparison.variants],
            [v.totals.cost_by_source.get(s, 0.0) for v in comparison.variants],
        )
        for s in keys
    ]


def total_rows(comparison: Comparison) -> list[tuple[str, list[str]]]:
    """The headline totals, one row each, formatted (the names marked for the translation)."""
    vs = comparison.variants
    return [
        (QT_TRANSLATE_NOOP("Comparison", "Units"), [str(v.totals.units) for v in vs]),
        (QT_TRANSLATE_NOOP("Comparison", "Posts"), [str(v.totals.posts) for v in vs]),
        (
            QT_TRANSLATE_NOOP("Comparison", "Senior posts (USG, ASG, D-2)"),
            [str(v.totals.senior_posts) for v in vs],
        ),
        (QT_TRANSLATE_NOOP("Comparison", "Standard annual cost"), [money(v.totals.cost) for v in vs]),
        (
            QT_TRANSLATE_NOOP("Comparison", "Provisions failing"),
            [str(sum(p.status[v.key] == "fail" for p in comparison.paragraphs)) for v in vs],
        ),
    ]


def _shorten(text: str, limit: int = 260) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def failure_summary(comparison: Comparison) -> list[dict[str, Any]]:
    """What fails, one entry per variant and rule (its findings counted, the first quoted),
    then the departures each variant records: for the briefings' "what fails" lists."""
    letters = column_letters(len(comparison.variants))
    out: list[dict[str, Any]] = []
    for letter, variant in zip(letters, comparison.variants, strict=True):
        by_rule: dict[tuple[str, bool], list[Any]] = {}
        for finding in variant.findings:
            if finding.severity in ("error", "warning") or finding.departure is not None:
                by_rule.setdefault((finding.rule, finding.departure is not None), []).append(finding)
        for (rule, departure), found in sorted(by_rule.items(), key=lambda kv: kv[0][1]):
            first = found[0]
            out.append(
                {
                    "letter": letter,
                    "rule": rule,
                    "cite": first.cite or "general",
                    "severity": "departure" if departure else first.severity,
                    "count": len(found),
                    "message": _shorten(first.message),
                }
            )
    return out


def _failing(row: Provision, variant: Variant) -> str:
    rules = sorted({f.rule for f in row.findings[variant.key] if f.severity != "info"})
    return ", ".join(rules)


# ------------------------------------------------------------------ text


def _table(header: list[str], rows: list[list[str]], right: Callable[[int], bool]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        parts = [
            c.rjust(w) if right(i) else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  " + "  ".join(parts).rstrip()

    return [line(header), *(line(r) for r in rows)]


def to_text(comparison: Comparison) -> str:
    """The comparison as plain text for a terminal."""
    letters = column_letters(len(comparison.variants))
    books = ", ".join(comparison.rulebooks) or "no rules"
    out = [f"Comparison of {len(comparison.variants)} variants under: {books}"]
    out += ["", "Variants"]
    out += [f"  {c}  {v.key} — {v.title}" for c, v in zip(letters, comparison.variants, strict=True)]
    numeric = lambda i: i > 0  # noqa: E731
    out += ["", "Totals"]
    out += _table(["", *letters], [[label, *cells] for label, cells in total_rows(comparison)], numeric)
    out += ["", "Provisions of the note (✓ pass, ✗ fail, ◐ departure only, – not applicable)"]
    rows = []
    for row in comparison.provisions:
        cells = [STATUS_MARKS[row.status[v.key]].split()[0] for v in comparison.variants]
        rows.append([row.cite, *cells, ", ".join(row.rules)])
    out += _table(["", *letters, "rules"], rows, lambda i: False)
    fails = [
        f"  {c} {row.cite}: {_failing(row, v)}"
        for row in comparison.provisions
        for c, v in zip(letters, comparison.variants, strict=True)
        if row.status[v.key] == "fail"
    ]
    if fails:
        out += ["", "Failing rules", *fails]
    out += ["", "Posts by grade"]
    out += _table(["", *letters], [[g, *map(str, n)] for g, n in grade_rows(comparison)], numeric)
    out += ["", "Posts and standard annual cost by funding source"]
    source = [[s, *map(str, n), *map(money, c)] for s, n, c in source_rows(comparison)]
    out += _table(["", *(f"{c} posts" for c in letters), *(f"{c} cost" for c in letters)], source, numeric)
    for change in comparison.changes:
        a, b = (letters[_index(comparison, k)] for k in (change.before, change.after))
        out += ["", f"{a} → {b}: {_counts(change)}"]
        out += [f"  - {line}" for line in change.story]
    return "\n".join(out) + "\n"


def _index(comparison: Comparison, key: str) -> int:
    return next(i for i, v in enumerate(comparison.variants) if v.key == key)


def _counts(change: Any) -> str:
    added, moved = change.units_added, change.lines_moved
    return (
        f"{added} unit{'' if added == 1 else 's'} added, {change.units_removed} removed, "
        f"{change.units_changed} changed, {moved} line{'' if moved == 1 else 's'} moved"
    )


# ------------------------------------------------------------------ markdown


def _md(text: str) -> str:
    for char in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        text = text.replace(char, "\\" + char)
    return text


def _md_table(header: list[str], rows: list[list[str]], numeric: bool = True) -> list[str]:
    align = ["---", *(["---:" if numeric else ":---:"] * (len(header) - 1))]
    return [
        "| " + " | ".join(header) + " |",
        "| " + " | ".join(align) + " |",
        *("| " + " | ".join(r) + " |" for r in rows),
    ]


def to_markdown(comparison: Comparison) -> str:
    """The comparison as a Markdown briefing."""
    vs = comparison.variants
    letters = column_letters(len(vs))
    out = [f"# Comparison of {len(vs)} variants", ""]
    out += [f"Judged under one rule set: {', '.join(f'`{b}`' for b in comparison.rulebooks) or 'none'}.", ""]
    out += [f"- **{c}** — `{_md(v.key)}`: {_md(v.title)}" for c, v in zip(letters, vs, strict=True)]
    out += ["", "## Totals", ""]
    out += _md_table(["", *letters], [[label, *cells] for label, cells in total_rows(comparison)])
    out += ["", "## Provisions of the note", ""]
    rows = []
    for row in comparison.provisions:
        cells = [STATUS_MARKS[row.status[v.key]] for v in vs]
        rules = ", ".join(f"`{r}`" for r in row.rules)
        rows.append([f"**{row.cite}**", *cells, rules])
    out += _md_table(["Provision", *letters, "Rules"], rows, numeric=False)
    fails = [
        f"- **{f['letter']}** {_md(f['cite'])}, `{f['rule']}` ({f['severity']}"
        + (f", {f['count']} findings" if f["count"] > 1 else "")
        + f"): {_md(f['message'])}"
        for f in failure_summary(comparison)
    ]
    if fails:
        out += ["", "### What fails, and the departures", "", *fails]
    out += ["", "## Posts by grade", ""]
    out += _md_table(["Grade", *letters], [[g, *map(str, n)] for g, n in grade_rows(comparison)])
    out += ["", "## Posts and standard annual cost by funding source", ""]
    source = [[_md(s), *map(str, n), *map(money, c)] for s, n, c in source_rows(comparison)]
    out += _md_table(["Source", *(f"{c} posts" for c in letters), *(f"{c} cost" for c in letters)], source)
    out += ["", "Standard costs are the rulebook's illustrative figures per grade, not the UN's."]
    if comparison.changes:
        out += ["", "## What changes from one variant to the next"]
    for change in comparison.changes:
        a, b = (letters[_index(comparison, k)] for k in (change.before, change.after))
        out += ["", f"### {a} → {b}", "", f"{_counts(change)}.", ""]
        out += [f"- {_md(line)}" for line in change.story]
    return "\n".join(out) + "\n"
