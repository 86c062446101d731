"""The Markdown briefing report."""

from __future__ import annotations

from diff_pillar import line, pillar

from orgeditor.diff import diff_charts, to_markdown
from orgeditor.model import Chart, Group, Link, Unit


def _variant() -> Chart:
    b = pillar()
    b.add_unit(Unit("africa-i", "Africa I Division", "division", reports_to=(line("asg-africa"),), posts=20))
    b.remove_unit("minusma")
    b.update_unit(b.unit("unama").with_changes(reports_to=(line("dpo", "mission"),)))
    b.update_unit(b.unit("pbf").with_changes(reports_to=(line("dpo", "mission"),)))
    b.update_unit(b.unit("dppa").with_changes(posts=110, note="Revised | note"))
    b.update_unit(b.unit("africa-ii").with_changes(reports_to=(line("asg-africa", "mission"),)))
    b.update_unit(b.unit("eosg").with_changes(note="only the note"))
    b.update_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "eosg")))
    b.remove_link(Link("pbf", "eosg", "functional"))
    b.add_group(Group("ecps", "Executive Committee", ("dppa", "dpo")))
    return b


def test_markdown_tells_the_story() -> None:
    finding = {"rule": "pillar.pbf-linkage", "severity": "warning", "message": "PBF *unlinked*",
               "cite": "¶8(a)", "units": ["pbf"]}  # fmt: skip
    report = to_markdown(diff_charts(pillar(), _variant(), findings_a=[], findings_b=[finding]))
    assert report.startswith("# Comparison: Pillar → Pillar\n")
    for expected in (
        "| Units | 9 | 9 | 0 |",
        "| Posts | 340 | 350 | +10 |",
        "| Findings: warnings | 0 | 1 | +1 |",
        "| Units moved to another reporting line | 2 |",
        "| Units on another line scope | 1 |",
        "**In brief:** 1 unit added, 0 removed; 2 units moved to another reporting line; 1 unit "
        "switched from the all-settings line to the mission line; missions closed: MINUSMA; "
        "posts 340 → 350 (+10); 1 function lost; 1 finding new (0 errors).",
        "- New: **warning** `pillar.pbf-linkage` (¶8(a)): PBF \\*unlinked\\*",
        "- **Africa I Division** (`africa-i`): division; reports to "
        "**Office of the ASG for Africa** (`asg-africa`); 20 posts",
        "- Closed: **MINUSMA** (`minusma`): mission (peacekeeping); reports to "
        "**Africa II Division** (`africa-ii`) (mission line)",
        "  - Posts: 120 → 110 (-10)",
        "  - Note revised: “Revised \\| note”",
        "- Now under **Department of Peace Operations** (`dpo`) (mission line):",
        "  - **UNAMA** (`unama`), was under **Department of Political and Peacebuilding Affairs** (`dppa`)",
        "  - **Peacebuilding Fund** (`pbf`), was under",
        "- Removed: **Peacebuilding Fund** (`pbf`) has a functional link to "
        "**Executive Office of the Secretary-General** (`eosg`)",
        "- Added: **Executive Committee** (`ecps`), with",
        "- **Standing Principals' Group** (`spg`): joined by "
        "**Executive Office of the Secretary-General** (`eosg`)",
        "- Lost: `police`",
        "- Africa II Division: now on the mission line (was all-settings), under Office of the ASG "
        "for Africa",
        "- Notes revised on 2 units: **Executive Office of the Secretary-General** (`eosg`)",
    ):
        assert expected in report, expected
    order = [report.index(h) for h in ("## Summary", "## Units added", "## Missions opened and closed",
                                       "## Units moved to another reporting line",
                                       "## Line scopes changed", "## Rule findings", "## Posts",
                                       "## Units changed", "## Links", "## Groups", "## Functions",
                                       "## Editorial changes (not in the headline)")]  # fmt: skip
    assert "Notes revised" not in report.split("## Units added")[0]  # never in the headline
    assert order == sorted(order)


def test_markdown_renames_and_same() -> None:
    same = to_markdown(diff_charts(pillar(), pillar(), check=False))
    assert same.endswith("The two charts are the same.\n")
    assert "Findings" not in same
