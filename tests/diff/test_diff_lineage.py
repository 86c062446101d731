"""Lineage in the diff: merges, splits and successions, declared by ``formerly`` or detected."""

from __future__ import annotations

import json

import pytest
from diff_pillar import line

from orgeditor.diff import categories_of, diff_charts, find_lineage, to_json, to_markdown, to_text
from orgeditor.model import Chart, Head, Unit


def _chart(*units: Unit) -> Chart:
    chart = Chart(title="Pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head("Secretary-General", "SG")))
    for unit in units:
        chart.add_unit(unit)
    return chart


def _sections(parent: str, *ids: str) -> list[Unit]:
    return [Unit(uid, f"Section {uid}", "section", reports_to=(line(parent),), posts=5) for uid in ids]


def _dept(uid: str, short: str, *, formerly: tuple[str, ...] = (), posts: int = 10) -> Unit:
    return Unit(
        uid,
        f"Department {short}",
        "department",
        short=short,
        reports_to=(line("sg"),),
        posts=posts,
        formerly=formerly,
    )


def _merge_pair(*, declared: bool) -> tuple[Chart, Chart]:
    a = _chart(
        _dept("dpa", "DPA"),
        _dept("pbso", "PBSO"),
        *_sections("dpa", "x1", "x2", "x3"),
        *_sections("pbso", "y1", "y2", "y3"),
    )
    formerly = ("dpa", "pbso") if declared else ()
    b = _chart(
        _dept("dppa", "DPPA", formerly=formerly, posts=20),
        *_sections("dppa", "x1", "x2", "x3", "y1", "y2", "y3"),
    )
    return a, b


@pytest.mark.parametrize("declared", [True, False])
def test_a_merge_is_one_story_line(declared: bool) -> None:
    a, b = _merge_pair(declared=declared)
    diff = diff_charts(a, b, check=False)
    (merge,) = diff.lineage
    assert (merge.kind, merge.sources, merge.targets, merge.declared) == (
        "merge",
        ("dpa", "pbso"),
        ("dppa",),
        declared,
    )
    assert set(merge.moved) == {"x1", "x2", "x3", "y1", "y2", "y3"}
    assert merge.posts == (20, 20)
    data = to_json(diff)
    assert data["lineage"] == [
        {"kind": "merge", "from": ["dpa", "pbso"], "to": ["dppa"], "declared": declared}
    ]
    assert data["units"]["added"] == ["dppa"]  # the SPEC §3 keys keep their meaning
    cats = categories_of(diff)
    assert cats.units_added == () and cats.units_removed == () and cats.lines_moved == ()
    assert cats.lines_explained == 6
    text = to_text(diff)
    assert "DPA + PBSO → DPPA: merge, " + ("declared" if declared else "detected") in text
    assert "units added:" not in text and "reporting lines:" not in text
    assert "DPA + PBSO → DPPA" in to_markdown(diff)
    json.dumps(data)


def _split_pair(*, declared: bool) -> tuple[Chart, Chart]:
    a = _chart(
        Unit("div", "Africa Division", "division", reports_to=(line("sg"),), posts=40),
        *_sections("div", "m1", "m2", "m3", "m4", "m5", "m6"),
    )
    formerly = ("div",) if declared else ()
    b = _chart(
        Unit(
            "west",
            "Western Africa Division",
            "division",
            reports_to=(line("sg"),),
            posts=20,
            formerly=formerly,
        ),
        Unit(
            "east",
            "Eastern Africa Division",
            "division",
            reports_to=(line("sg"),),
            posts=20,
            formerly=formerly,
        ),
        *_sections("west", "m1", "m2", "m3", "m4"),
        *_sections("east", "m5", "m6"),
    )
    return a, b


@pytest.mark.parametrize("declared", [True, False])
def test_a_split_is_one_story_line(declared: bool) -> None:
    diff = diff_charts(*_split_pair(declared=declared), check=False)
    (split,) = diff.lineage
    assert (split.kind, split.sources, split.targets, split.declared) == (
        "split",
        ("div",),
        ("west", "east"),
        declared,
    )
    assert len(split.moved) == 6
    assert "Africa Division → Western and Eastern Africa divisions: split" in to_text(diff)
    assert "posts unchanged (40)" in to_text(diff)


@pytest.mark.parametrize("declared", [True, False])
def test_a_succession(declared: bool) -> None:
    a = _chart(_dept("dpko", "DPKO"), *_sections("dpko", "s1", "s2", "s3"))
    b = _chart(
        _dept("dpo", "DPO", formerly=("dpko",) if declared else ()), *_sections("dpo", "s1", "s2", "s3")
    )
    (item,) = diff_charts(a, b, check=False).lineage
    assert (item.kind, item.sources, item.targets, item.declared) == (
        "succession",
        ("dpko",),
        ("dpo",),
        declared,
    )


def test_a_declared_succession_needs_no_reports() -> None:
    a = _chart(_dept("dfs", "DFS"))
    b = _chart(_dept("dos", "DOS", formerly=("dfs",)))
    assert [(x.kind, x.declared) for x in find_lineage(a, b)] == [("succession", True)]
    assert find_lineage(a, _chart(_dept("dos", "DOS"))) == ()  # no reports, no functions: nothing


def test_scattered_reports_are_no_lineage() -> None:
    """Reports going each their own way, mostly to units that were already there."""
    a = _chart(
        _dept("dpa", "DPA"),
        _dept("dpko", "DPKO"),
        _dept("new", "NEW"),
        *_sections("dpa", "x1", "x2", "x3", "x4", "x5"),
    )
    b = _chart(
        _dept("dpko", "DPKO"),
        _dept("new", "NEW"),
        _dept("odd", "ODD"),
        *_sections("dpko", "x1", "x2"),
        *_sections("new", "x3", "x4"),
        *_sections("odd", "x5"),
    )
    assert find_lineage(a, b) == ()


def test_few_reports_need_the_same_kind() -> None:
    a = _chart(Unit("cell", "Cell", "unit", reports_to=(line("sg"),)), *_sections("cell", "s1"))
    b = _chart(_dept("dept", "DEPT"), *_sections("dept", "s1"))
    assert find_lineage(a, b) == ()


def test_functions_and_posts_carried_detect_a_succession() -> None:
    a = _chart(
        Unit(
            "ead",
            "Electoral Division",
            "division",
            reports_to=(line("sg"),),
            posts=20,
            functions=("electoral-assistance", "early-warning"),
        )
    )
    b = _chart(
        Unit(
            "ead-new",
            "Electoral Assistance Division",
            "division",
            reports_to=(line("sg"),),
            posts=18,
            functions=("electoral-assistance", "early-warning"),
        )
    )
    assert [(x.kind, x.sources, x.targets) for x in find_lineage(a, b)] == [
        ("succession", ("ead",), ("ead-new",))
    ]
    fewer = b.unit("ead-new").with_changes(posts=5)
    b.update_unit(fewer)
    assert find_lineage(a, b) == ()  # most posts gone: no continuation


def test_missions_open_and_close_rather_than_succeed() -> None:
    a = _chart(
        _dept("dpo", "DPO"),
        Unit(
            "minustah",
            "MINUSTAH",
            "mission",
            presence="peacekeeping",
            reports_to=(line("dpo", "mission"),),
            functions=("peacekeeping",),
        ),
    )
    b = _chart(
        _dept("dpo", "DPO"),
        Unit(
            "minujusth",
            "MINUJUSTH",
            "mission",
            presence="peacekeeping",
            reports_to=(line("dpo", "mission"),),
            functions=("peacekeeping",),
        ),
    )
    diff = diff_charts(a, b, check=False)
    assert diff.lineage == ()
    cats = categories_of(diff)
    assert cats.missions_closed == ("minustah",) and cats.missions_opened == ("minujusth",)
    assert cats.units_added == () and cats.units_removed == ()
    text = to_text(diff)
    assert "missions closed: MINUSTAH; missions opened: MINUJUSTH" in text
    assert "missions opened:\n  + minujusth" in text
    # declared, it is a succession
    b.update_unit(b.unit("minujusth").with_changes(formerly=("minustah",)))
    assert [(x.kind, x.declared) for x in diff_charts(a, b, check=False).lineage] == [("succession", True)]


def test_unknown_formerly_is_ignored_and_a_shared_ancestor_followed() -> None:
    """Both charts continue a third (their baseline): the proposal's division and 2019's
    divisions name the same baseline ids, which neither chart has."""
    a = _chart(
        Unit(
            "africa-i",
            "Africa I Division",
            "division",
            reports_to=(line("sg"),),
            formerly=("dpa-africa-i", "dpko-africa-i"),
        )
    )
    b = _chart(
        Unit(
            "west",
            "Western Africa Division",
            "division",
            reports_to=(line("sg"),),
            formerly=("dpa-africa-i",),
        ),
        Unit("east", "Eastern Africa Division", "division", reports_to=(line("sg"),), formerly=("nowhere",)),
    )
    (item,) = find_lineage(a, b)
    assert (item.kind, item.sources, item.targets, item.declared) == (
        "succession",
        ("africa-i",),
        ("west",),
        False,
    )


def test_a_unit_kept_under_its_own_id_is_no_lineage() -> None:
    a = _chart(_dept("dppa", "DPPA", formerly=("dpa", "pbso")))
    b = _chart(_dept("dppa", "DPPA", formerly=("dpa", "pbso"), posts=12))
    assert find_lineage(a, b) == ()


def test_levels_above_merged_units_are_found_through_them() -> None:
    """An ASG office whose divisions merged into divisions under a new ASG office."""
    a = _chart(
        Unit("asg-old", "Office of the ASG", "office", reports_to=(line("sg"),)),
        Unit("d1", "One Division", "division", reports_to=(line("asg-old"),)),
        Unit("d2", "Two Division", "division", reports_to=(line("asg-old"),)),
        Unit("d3", "Three Division", "division", reports_to=(line("asg-old"),)),
        *_sections("d1", "a1", "a2", "a3"),
        *_sections("d2", "b1", "b2", "b3"),
        *_sections("d3", "c1", "c2", "c3"),
    )
    b = _chart(
        Unit("asg-new", "Office of the regional ASG", "office", reports_to=(line("sg"),)),
        Unit("n1", "New One Division", "division", reports_to=(line("asg-new"),)),
        Unit("n2", "New Two Division", "division", reports_to=(line("asg-new"),)),
        Unit("n3", "New Three Division", "division", reports_to=(line("asg-new"),)),
        *_sections("n1", "a1", "a2", "a3"),
        *_sections("n2", "b1", "b2", "b3"),
        *_sections("n3", "c1", "c2", "c3"),
    )
    found = {(x.sources, x.targets) for x in find_lineage(a, b)}
    assert found == {(("asg-old",), ("asg-new",)), (("d1",), ("n1",)), (("d2",), ("n2",)), (("d3",), ("n3",))}
