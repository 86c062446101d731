"""Categories a planner reads, editorial changes apart, and one rule set for both charts."""

from __future__ import annotations

from pathlib import Path

from diff_pillar import pillar

from orgeditor.diff import categories_of, diff_charts, judge, to_json, to_markdown, to_text, union_rulebooks
from orgeditor.model import Group, Head, PostBreakdown

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_editorial_changes_stay_out_of_the_headline() -> None:
    b = pillar()
    b.update_unit(b.unit("dppa").with_changes(note="Revised"))
    b.update_unit(b.unit("eosg").with_changes(note="Also revised"))
    b.set_position("dppa", (-300.0, 150.0))
    b.set_meta(description="A new description")
    diff = diff_charts(pillar(), b, check=False)
    cats = categories_of(diff)
    assert not cats.restructured and cats.heads == () and cats.posts_changed == ()
    assert cats.notes == ("eosg", "dppa") and cats.cards_moved == 1 and cats.chart_fields == ("description",)
    assert cats.editorial == 4
    text = to_text(diff)
    brief = next(ln for ln in text.splitlines() if ln.startswith("in brief:"))
    assert brief == "in brief: posts unchanged at 340"
    assert "units changed:" not in text
    assert "  ~ 2 note(s) revised: eosg, dppa" in text
    report = to_markdown(diff)
    assert "Notes revised" not in report.split("## Editorial")[0]
    assert to_json(diff)["categories"]["editorial"] == {
        "notes": ["eosg", "dppa"],
        "ids_changed": 0,
        "chart": ["description"],
        "cards_moved": 1,
        "layout": [],
    }


def test_heads_posts_by_grade_and_source_and_function_moves() -> None:
    b = pillar()
    b.update_unit(
        b.unit("dppa").with_changes(
            head=Head("Under-Secretary-General", "USG", "female", "Rosemary DiCarlo"),
            functions=(),
            post_breakdown=PostBreakdown.from_sources({"regular-budget": {"USG": 1, "P-4": 119}}),
        )
    )
    b.update_unit(b.unit("dpo").with_changes(functions=("peacekeeping", "good-offices")))
    b.set_meta(rulebooks=("peace-security-2017",))  # its standard costs price the posts
    diff = diff_charts(pillar(), b)
    cats = categories_of(diff)
    assert [c.id for c in cats.heads] == ["dppa"]
    assert cats.posts_by_grade["P-4"] == (0, 119) and cats.posts_by_source["regular-budget"] == (0, 120)
    assert cats.cost_by_source is not None and cats.cost_by_source["regular-budget"][1] > 0
    assert [(m.function, m.losers, m.gainers) for m in cats.functions_moved] == [
        ("good-offices", ("dppa",), ("dpo",))
    ]
    data = to_json(diff)["categories"]
    assert data["posts"]["by_source"]["regular-budget"] == [0, 120]
    assert data["heads"] == [{"id": "dppa", "fields": {"head.name": [None, "Rosemary DiCarlo"]}}]
    assert "| regular budget | 0 | 120 | +120 |" in to_markdown(diff)
    assert "1 incumbent named or changed" in to_text(diff)


def test_a_draft_naming_no_rulebook_shows_what_the_fixed_chart_resolves() -> None:
    draft = pillar()  # no rulebooks; its SPG lacks EOSG (¶8(c))
    fixed = pillar()
    fixed.set_meta(rulebooks=("peace-security-2017",))
    fixed.update_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "eosg")))
    assert [b.name for b in union_rulebooks(draft, fixed)] == ["chart", "peace-security-2017"]
    diff = diff_charts(draft, fixed)
    assert "pillar.principals-group" in [f.rule for f in diff.findings_resolved]
    assert "pillar.principals-group" not in [f.rule for f in diff.findings_new]
    findings_a, _ = judge(draft, fixed)
    assert any(f.rule.startswith("pillar.") for f in findings_a)


def test_baseline_to_proposal_resolves_the_old_structure_errors() -> None:
    from orgeditor.io import load_chart  # noqa: PLC0415

    a, b = load_chart(EXAMPLES / "baseline-2017.yaml"), load_chart(EXAMPLES / "proposal-2017.yaml")
    diff = diff_charts(a, b)
    resolved_errors = [f for f in diff.findings_resolved if f.severity == "error"]
    # one finding per rule and cause, listing its units: about a dozen, naming 40 or more units
    assert len(resolved_errors) >= 10
    assert len({u for f in resolved_errors for u in f.units}) >= 35
    assert not [f for f in diff.findings_new if f.severity == "error"]
    # baseline rules judge each chart against the baseline it names: the baseline names none
    assert not [
        f for f in diff.findings_resolved if f.rule in ("pillar.cost-neutral", "pillar.mandates-preserved")
    ]
    stories = {(x.sources, x.targets): x for x in diff.lineage}
    assert stories[("dpa", "pbso"), ("dppa",)].kind == "merge"
    assert stories[("dpko",), ("dpo",)].kind == "succession"
    assert all(x.declared for x in diff.lineage)
    assert "DFS (with 5 units under it) → DOS: merge, declared" in to_text(diff)
