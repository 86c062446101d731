"""pillar.cost-neutral by funding source and grade, pillar.senior-posts (SPEC 6.4)."""

from __future__ import annotations

from pathlib import Path

from orgeditor.io import load_chart
from orgeditor.rules import check_chart

HEAD = "orgchart: 1\ntitle: {title}\n{baseline}rulebooks: [peace-security-2017]\nunits:\n"
UNITS = """\
  sg: {{name: Secretary-General, kind: office}}
  office: {{name: Office of Planning, kind: office, reports_to: sg, posts: {posts}}}
  other: {{name: Field Support Unit, kind: unit, reports_to: sg, posts: 3}}
"""


def write(folder: Path, name: str, posts: str, baseline: str = "") -> Path:
    path = folder / name
    head = HEAD.format(title=name, baseline=f"baseline: {baseline}\n" if baseline else "")
    path.write_text(head + UNITS.format(posts=posts), encoding="utf-8")
    return path


def messages(path: Path, rule: str) -> list[str]:
    return [f.message for f in check_chart(load_chart(path)) if f.rule == rule]


BASE = "{regular-budget: {P-3: 4, GS: 2}}"


def test_the_same_posts_cost_the_same(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    variant = write(tmp_path, "variant.yaml", "{regular-budget: {GS: 2, P-3: 4}}", "base.yaml")
    assert messages(variant, "pillar.cost-neutral") == []
    assert messages(variant, "pillar.senior-posts") == []


def test_the_same_number_of_posts_at_higher_grades_is_not_cost_neutral(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    variant = write(tmp_path, "variant.yaml", "{regular-budget: {D-2: 4, GS: 2}}", "base.yaml")
    [message] = messages(variant, "pillar.cost-neutral")
    assert "regular budget +$0.56M" in message and "Office of Planning" in message
    assert "office" not in message.replace("Office", "")  # named, never by id
    [senior] = messages(variant, "pillar.senior-posts")
    assert "D-2 0 → 4 (+4)" in senior


def test_posts_moved_between_sources_are_not_cost_neutral(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    variant = write(tmp_path, "variant.yaml", "{support-account: {P-3: 4, GS: 2}}", "base.yaml")
    [message] = messages(variant, "pillar.cost-neutral")
    assert "regular budget -$1.02M" in message and "support account +$1.02M" in message
    assert messages(variant, "pillar.senior-posts") == []


def test_plain_totals_compare_as_before(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", "6")
    assert messages(write(tmp_path, "same.yaml", "6", "base.yaml"), "pillar.cost-neutral") == []
    assert messages(write(tmp_path, "more.yaml", "7", "base.yaml"), "pillar.cost-neutral")


def test_the_message_says_in_which_grades(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    variant = write(tmp_path, "variant.yaml", "{regular-budget: {D-2: 4, GS: 2}}", "base.yaml")
    [message] = messages(variant, "pillar.cost-neutral")
    assert "by grade D-2 +4, P-3 -4" in message


LINEAGE = """\
orgchart: 1
title: {title}
{baseline}rulebooks: [peace-security-2017]
units:
  sg: {{name: Secretary-General, kind: office}}
{units}"""


def chart(folder: Path, name: str, units: str, baseline: str = "") -> Path:
    path = folder / name
    head = f"baseline: {baseline}\n" if baseline else ""
    path.write_text(LINEAGE.format(title=name, baseline=head, units=units), encoding="utf-8")
    return path


def test_a_declared_merge_is_costed_against_the_units_it_continues(tmp_path: Path) -> None:
    chart(
        tmp_path,
        "base.yaml",
        "  dpa: {name: Political Affairs, kind: department, reports_to: sg,"
        " posts: {regular-budget: {P-4: 2}}}\n"
        "  pbso: {name: Peacebuilding Support, kind: office, reports_to: sg,"
        " posts: {regular-budget: {P-3: 2}}}\n"
        "  ict: {name: Technology, kind: unit, reports_to: sg, posts: {regular-budget: {GS: 1}}}\n",
    )
    merged = chart(
        tmp_path,
        "merged.yaml",
        "  dppa: {name: Political and Peacebuilding, kind: department, reports_to: sg,"
        " posts: {regular-budget: {P-4: 2, P-3: 2}}, formerly: [dpa, pbso]}\n"
        "  ict: {name: Technology, kind: unit, reports_to: sg, posts: {regular-budget: {P-2: 1}}}\n",
        "base.yaml",
    )
    [message] = messages(merged, "pillar.cost-neutral")
    # only Technology's upgrade changed the cost; the merge carried its posts over
    assert "most at Technology (+$0.05M)" in message
    assert "Political and Peacebuilding" not in message
    [finding] = [f for f in check_chart(load_chart(merged)) if f.rule == "pillar.cost-neutral"]
    assert finding.units == ("ict",)


def test_an_undeclared_merge_names_the_units_that_changed(tmp_path: Path) -> None:
    chart(
        tmp_path,
        "base.yaml",
        "  dpa: {name: Political Affairs, kind: department, reports_to: sg,"
        " posts: {regular-budget: {P-4: 2}}}\n",
    )
    renamed = chart(
        tmp_path,
        "renamed.yaml",
        "  dppa: {name: Political and Peacebuilding, kind: department, reports_to: sg,"
        " posts: {regular-budget: {P-4: 1, D-1: 1}}}\n",
        "base.yaml",
    )
    [message] = messages(renamed, "pillar.cost-neutral")
    assert "Political and Peacebuilding (+$0.55M)" in message
    assert "Political Affairs (gone) (-$0.48M)" in message


def test_the_examples_are_cost_neutral_and_keep_senior_posts() -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    for name in ("proposal-2017.yaml", "implemented-2019.yaml", "variant-orolsi-in-dppa.yaml"):
        path = examples / name
        unit = next(u for u in load_chart(path).units.values() if u.posts)
        assert unit.post_breakdown is not None and unit.post_breakdown.has_sources, name
        assert messages(path, "pillar.cost-neutral") == [], name
        assert messages(path, "pillar.senior-posts") == [], name


def test_a_fourth_asg_is_not_cost_neutral() -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "variant-four-asgs.yaml"
    [message] = messages(path, "pillar.cost-neutral")
    assert "regular budget +" in message and "ASG +1" in message
    [senior] = messages(path, "pillar.senior-posts")
    assert "ASG 6 → 7 (+1)" in senior


def test_posts_moved_between_sources_in_one_unit_name_it(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    variant = write(
        tmp_path, "variant.yaml", "{regular-budget: {P-3: 2, GS: 2}, extrabudgetary: {P-3: 2}}", "base.yaml"
    )
    [finding] = [f for f in check_chart(load_chart(variant)) if f.rule == "pillar.cost-neutral"]
    assert "most at Office of Planning (regular budget -$0.40M, extrabudgetary +$0.40M)" in finding.message
    assert finding.units == ("office",)


def test_senior_posts_say_where_they_grow(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    variant = write(tmp_path, "variant.yaml", "{regular-budget: {D-2: 1, P-3: 3, GS: 2}}", "base.yaml")
    [finding] = [f for f in check_chart(load_chart(variant)) if f.rule == "pillar.senior-posts"]
    assert finding.message.startswith("Senior posts grow against the baseline base.yaml: D-2 0 → 1 (+1); at")
    assert "Office of Planning (D-2 +1)" in finding.message
    assert finding.units == ("office",)


def test_a_charts_own_rulebook_can_price_posts_its_own_way(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    variant = write(tmp_path, "variant.yaml", "{regular-budget: {P-2: 4, GS: 2}}", "base.yaml")
    assert messages(variant, "pillar.cost-neutral")  # P-2 costs less than P-3 by default
    (tmp_path / "costs.yaml").write_text(
        "rulebook: 1\nname: our-costs\nparameters:\n  costs: {P-3: 1, P-2: 1, GS: 1}\nrules:\n"
        "  - id: pillar.cost-neutral\n    severity: error\n    cite: ¶5\n    title: our own costs\n"
        "    check: {baseline-cost: {costs: $costs, unspecified: 1}}\n",
        encoding="utf-8",
    )
    text = variant.read_text(encoding="utf-8").replace(
        "rulebooks: [peace-security-2017]", "rulebooks: [peace-security-2017, ./costs.yaml]"
    )
    variant.write_text(text, encoding="utf-8")
    findings = check_chart(load_chart(variant))
    assert [f for f in findings if f.rule == "pillar.cost-neutral"] == []  # replaced, not run twice
