"""Comparing variants: totals, the grid under one rule set, pairwise changes."""

from __future__ import annotations

import json
from pathlib import Path

from compare_helpers import EXAMPLES, small_chart

from orgeditor.compare import Comparison, compare_charts, to_json, to_markdown, to_text
from orgeditor.io import load_chart


def _row(comparison: Comparison, cite: str) -> dict[str, str]:
    return dict(next(p for p in comparison.provisions if p.cite == cite).status)


def test_totals_of_the_three_examples(three: Comparison) -> None:
    proposal, four, implemented = (v.totals for v in three.variants)
    assert (proposal.units, four.units, implemented.units) == (72, 73, 77)
    assert proposal.posts == four.posts == implemented.posts == 1181
    assert sum(proposal.posts_by_grade.values()) == proposal.posts
    assert sum(implemented.posts_by_source.values()) == implemented.posts
    assert four.posts_by_grade["ASG"] == proposal.posts_by_grade["ASG"] + 1
    assert four.senior_posts == proposal.senior_posts + 1 == implemented.senior_posts + 1
    # peace-security-2017: ASG 390,000 and P-5 280,000 a year; one P-5 became an ASG
    assert four.cost - proposal.cost == 110_000
    assert implemented.cost == proposal.cost
    assert sum(proposal.cost_by_source.values()) == proposal.cost


def test_the_grid_marks_the_four_asg_variant_failing(three: Comparison) -> None:
    proposal, four, implemented = (v.key for v in three.variants)
    for cite in ("¶8(d)", "¶9"):
        assert _row(three, cite) == {proposal: "pass", four: "fail", implemented: "pass"}
    row = next(p for p in three.provisions if p.cite == "¶8(d)")
    assert "pillar.three-regional-asgs" in row.rules


def test_the_grid_is_in_the_note_order(three: Comparison) -> None:
    cites = [p.cite for p in three.paragraphs]
    assert cites == ["¶5", "¶8(a)", "¶8(b)", "¶8(c)", "¶8(d)", "¶9", "¶11", "¶12"]
    assert three.provisions[-1].cite == "General"


def test_a_departure_does_not_hide_other_failures(three: Comparison) -> None:
    implemented = three.variants[2]
    assert _row(three, "¶8(b)")[implemented.key] == "fail"
    assert any(f.departure is not None for f in implemented.findings)


def test_departure_when_only_a_departure_remains() -> None:
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    for mission in ("uniogbis", "unsmil", "unsom", "colombia-mission"):  # the ones not sanctioned
        chart.remove_unit(mission)
    comparison = compare_charts([("proposal", load_chart(EXAMPLES / "proposal-2017.yaml")), ("2019", chart)])
    assert _row(comparison, "¶8(b)") == {"proposal": "pass", "2019": "departure"}
    assert "departure" in to_text(comparison)


def test_a_variant_naming_no_rulebook_is_judged_by_the_others(tmp_path: Path) -> None:
    bare = small_chart(tmp_path, "bare.yaml")
    ruled = small_chart(tmp_path, "ruled.yaml", extra="rulebooks: [peace-security-2017]\n")
    comparison = compare_charts([(str(p), load_chart(p)) for p in (bare, ruled)])
    assert "peace-security-2017" in comparison.rulebooks
    row = _row(comparison, "¶8(a)")
    assert row == {str(bare): "fail", str(ruled): "fail"}  # neither has DPPA
    bare_alone = compare_charts([(str(bare), load_chart(bare)), (str(bare), load_chart(bare))])
    assert [p.cite for p in bare_alone.provisions] == ["General"]


def test_baseline_rules_do_not_apply_without_a_baseline() -> None:
    names = ("baseline-2017.yaml", "proposal-2017.yaml")
    comparison = compare_charts([(n, load_chart(EXAMPLES / n)) for n in names])
    assert _row(comparison, "¶5") == {"baseline-2017.yaml": "n/a", "proposal-2017.yaml": "pass"}
    assert _row(comparison, "¶8(a)")["baseline-2017.yaml"] == "fail"


def test_pairwise_changes(three: Comparison) -> None:
    first, second = three.changes
    assert (first.before, first.after) == (three.variants[0].key, three.variants[1].key)
    assert (first.units_added, first.units_removed, first.lines_moved) == (1, 0, 1)
    assert first.marks["asg-africa-ii"] == "added"
    assert first.marks["africa-ii-division"] == "moved"
    assert any("¶8(d)" in line and "pass → fail" in line for line in first.story)
    assert second.units_removed >= 2  # UNMIL and MINUSTAH closed, Africa I and II replaced
    assert "missions closed: UNMIL and MINUSTAH" in second.story[0]  # the diff's headline
    assert any(line.startswith("Africa I and Africa II divisions → ") for line in second.story)
    assert second.editorial > 0  # notes revised, kept out of the counts
    assert not any("notes revised" in line for line in second.story[:-1])


def test_json_shape(three: Comparison) -> None:
    data = json.loads(to_json(three))
    assert {"variants", "provisions", "changes"} <= data.keys()
    variant = data["variants"][0]
    assert variant["file"] == "proposal-2017.yaml"
    assert variant["title"].startswith("Peace and Security Pillar")
    totals = variant["totals"]
    assert {"units", "posts", "posts_by_grade", "posts_by_source", "cost", "senior_posts"} <= totals.keys()
    assert isinstance(totals["cost"], int | float) and isinstance(totals["senior_posts"], int)
    files = [v["file"] for v in data["variants"]]
    for row in data["provisions"]:
        assert set(row) == {"cite", "rules", "status"}
        assert row["cite"].startswith("¶")
        assert list(row["status"]) == files
        assert set(row["status"].values()) <= {"pass", "fail", "departure", "n/a"}
    assert "chart.single-root" in data["general"]["rules"]
    change = data["changes"][0]
    assert (change["from"], change["to"]) == (files[0], files[1])
    assert {"units_added", "units_removed", "units_changed", "lines_moved"} <= change.keys()


def test_text_and_markdown_carry_the_grid_totals_and_story(three: Comparison) -> None:
    for report in (to_text(three), to_markdown(three)):
        assert "¶8(d)" in report and "Posts by grade" in report
        assert "regular budget" in report
        assert "A → B" in report and "B → C" in report
    assert "| **¶8(d)** | ✓ pass | ✗ fail | ✓ pass |" in to_markdown(three)
