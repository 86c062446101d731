"""Posts by grade and funding source: the breakdown value, units that carry one, roll-ups."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from orgeditor.model import (
    DEFAULT_FUNDING,
    GRADES,
    ChangeKind,
    Chart,
    ChartChange,
    ChartError,
    PostBreakdown,
    ReportingLine,
    Unit,
    build_chart,
    post_counts,
    posts_by_grade,
    posts_by_source,
    subtree_posts,
    total_posts,
    unit_post_counts,
)

BY_GRADE = PostBreakdown.from_grades({"ASG": 1, "D-1": 1, "P-5": 2, "P-4": 3, "GS": 3})
BY_SOURCE = PostBreakdown.from_sources(
    {
        "regular-budget": {"D-2": 1, "P-5": 2, "P-4": 4, "GS": 3},
        "support-account": {"P-4": 2, "P-3": 2, "GS": 1},
    }
)


def pillar() -> Chart:
    return build_chart(
        title="Pillar",
        units=[
            Unit("sg", "Secretary-General", "office", posts=5),
            Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),), post_breakdown=BY_GRADE),
            Unit(
                "africa",
                "Africa I",
                "division",
                reports_to=(ReportingLine("dppa"),),
                post_breakdown=BY_SOURCE,
            ),
            Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)),
        ],
    )


# ------------------------------------------------------------------ the value


def test_grades_vocabulary_is_the_spec_one() -> None:
    assert GRADES == ("USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "P-1", "NO", "FS", "GS")
    assert DEFAULT_FUNDING == ("regular-budget", "support-account", "extrabudgetary")


def test_totals_and_views() -> None:
    assert BY_GRADE.total() == 10
    assert not BY_GRADE.has_sources
    assert BY_GRADE.by_source() == {None: 10}
    assert BY_SOURCE.total() == 15
    assert BY_SOURCE.has_sources
    assert BY_SOURCE.sources() == ("regular-budget", "support-account")
    assert list(BY_SOURCE.by_grade().items()) == [("D-2", 1), ("P-5", 2), ("P-4", 6), ("P-3", 2), ("GS", 4)]
    assert BY_SOURCE.by_source() == {"regular-budget": 10, "support-account": 5}
    assert BY_SOURCE.grades_of("support-account") == {"P-4": 2, "P-3": 2, "GS": 1}


def test_equal_whatever_the_order_given_and_hashable() -> None:
    reordered = PostBreakdown.from_sources(
        {
            "support-account": {"GS": 1, "P-3": 2, "P-4": 2},
            "regular-budget": {"GS": 3, "P-4": 4, "P-5": 2, "D-2": 1},
        }
    )
    assert reordered == BY_SOURCE
    assert hash(reordered) == hash(BY_SOURCE)
    assert {reordered, BY_SOURCE} == {BY_SOURCE}


def test_from_mapping_takes_both_shapes() -> None:
    assert PostBreakdown.from_mapping({"ASG": 1, "GS": 0}) == PostBreakdown.from_grades({"GS": 0, "ASG": 1})
    assert PostBreakdown.from_mapping({"extrabudgetary": {"GS": 2}}).by_source() == {"extrabudgetary": 2}


def test_to_mapping_orders_grades_and_sources() -> None:
    assert list(BY_GRADE.to_mapping()) == ["ASG", "D-1", "P-5", "P-4", "GS"]
    mapping = BY_SOURCE.to_mapping(["support-account", "regular-budget"])
    assert list(mapping) == ["support-account", "regular-budget"]
    assert list(mapping["regular-budget"]) == ["D-2", "P-5", "P-4", "GS"]  # type: ignore[arg-type]


def test_explicit_zero_is_kept() -> None:
    zero = PostBreakdown.from_grades({"P-4": 0})
    assert zero.total() == 0
    assert zero.to_mapping() == {"P-4": 0}


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"P-6": 1}, "grade 'P-6'"),
        ({"P-4": -1}, "whole number"),
        ({"P-4": True}, "whole number"),
        ({"P-4": 1.5}, "whole number"),
        ({"P-4": 10**8}, "whole number"),
        ({}, "at least one grade"),
        ({"GS": 1, "regular-budget": {"GS": 1}}, "mixes grades and funding sources"),
        ({"Regular Budget": {"GS": 1}}, "kebab-case"),
    ],
)
def test_bad_breakdowns_are_refused(data: dict[str, object], fragment: str) -> None:
    with pytest.raises(ChartError, match=fragment):
        PostBreakdown.from_mapping(data)  # type: ignore[arg-type]


def test_mixed_counts_and_duplicates_are_refused() -> None:
    with pytest.raises(ChartError, match="either every count"):
        PostBreakdown(((None, "GS", 1), ("regular-budget", "GS", 1)))
    with pytest.raises(ChartError, match="twice"):
        PostBreakdown((("regular-budget", "GS", 1), ("regular-budget", "GS", 2)))


# ------------------------------------------------------------------ the unit


def test_unit_total_follows_its_breakdown() -> None:
    unit = Unit("a", "A", "office", post_breakdown=BY_GRADE)
    assert unit.posts == 10
    assert unit.with_changes(post_breakdown=BY_SOURCE).posts == 15
    plain = unit.with_changes(post_breakdown=None)
    assert (plain.posts, plain.post_breakdown) == (10, None)
    assert unit.with_changes(posts=10).post_breakdown == BY_GRADE  # the same total keeps it
    assert unit.with_changes(posts=11).post_breakdown is None  # a new total drops it
    assert unit.with_changes(name="B").post_breakdown == BY_GRADE


def test_units_with_different_breakdowns_differ() -> None:
    a = Unit("a", "A", "office", post_breakdown=BY_GRADE)
    b = Unit("a", "A", "office", post_breakdown=PostBreakdown.from_grades({"GS": 10}))
    assert a.posts == b.posts
    assert a != b
    assert a == Unit("a", "A", "office", posts=10, post_breakdown=BY_GRADE)


def test_a_total_that_is_not_the_breakdowns_is_refused() -> None:
    with pytest.raises(ChartError, match="adds up to 10"):
        build_chart(title="T", units=[Unit("a", "A", "office", posts=9, post_breakdown=BY_GRADE)])


def test_changing_only_the_breakdown_notifies() -> None:
    chart = pillar()
    seen: list[Sequence[ChartChange]] = []
    chart.subscribe(seen.append)
    same_total = PostBreakdown.from_grades({"ASG": 1, "GS": 9})
    old = chart.update_unit(chart.unit("dppa").with_changes(post_breakdown=same_total))
    assert old.post_breakdown == BY_GRADE
    assert seen == [(ChartChange(ChangeKind.UNIT_CHANGED, ("dppa",), frozenset({"post_breakdown"})),)]
    chart.update_unit(chart.unit("dppa").with_changes(post_breakdown=same_total))
    assert len(seen) == 1


def test_copy_and_equality_keep_breakdowns_and_funding() -> None:
    chart = pillar()
    chart.set_meta(funding=["regular-budget", "support-account"])
    copy = chart.copy()
    assert copy == chart
    assert copy.funding == ("regular-budget", "support-account")
    assert copy.unit("africa").post_breakdown == BY_SOURCE
    copy.update_unit(copy.unit("africa").with_changes(post_breakdown=BY_GRADE))
    assert copy != chart
    other = chart.copy()
    other.set_meta(funding=["regular-budget", "support-account", "trust-fund"])
    assert other != chart


# ------------------------------------------------------------------ funding


def test_sources_must_be_in_the_charts_funding() -> None:
    unit = Unit("a", "A", "office", post_breakdown=PostBreakdown.from_sources({"trust-fund": {"GS": 1}}))
    with pytest.raises(ChartError, match="funding source 'trust-fund'"):
        build_chart(title="T", units=[unit])
    chart = build_chart(title="T", units=[unit], funding=["trust-fund"])
    assert chart.funding_sources == ("trust-fund",)
    with pytest.raises(ChartError, match="trust-fund"):
        chart.set_meta(funding=[])  # back to the default three, which lack it
    assert chart.funding == ("trust-fund",)


def test_default_funding() -> None:
    chart = pillar()
    assert chart.funding == ()
    assert chart.funding_sources == DEFAULT_FUNDING


@pytest.mark.parametrize("funding", [["Regular"], ["a-", "b"], ["x", "x"], ["bad\x00"]])
def test_bad_funding_lists_are_refused(funding: list[str]) -> None:
    with pytest.raises(ChartError):
        build_chart(title="T", units=[Unit("a", "A", "office")], funding=funding)
    chart = pillar()
    with pytest.raises(ChartError):
        chart.set_meta(funding=funding)
    assert chart.funding == ()


def test_set_meta_funding_notifies_once() -> None:
    chart = pillar()
    seen: list[Sequence[ChartChange]] = []
    chart.subscribe(seen.append)
    chart.set_meta(funding=["regular-budget", "support-account"])
    chart.set_meta(funding=["regular-budget", "support-account"])
    assert seen == [(ChartChange(ChangeKind.META_CHANGED, fields=frozenset({"funding"})),)]


# ------------------------------------------------------------------ roll-ups


def test_unit_post_counts() -> None:
    assert unit_post_counts(Unit("a", "A", "office", posts=4)) == {(None, None): 4}
    assert unit_post_counts(Unit("a", "A", "office")) == {}
    assert unit_post_counts(Unit("a", "A", "office", post_breakdown=BY_GRADE))[(None, "P-4")] == 3


def test_roll_ups_by_unit() -> None:
    chart = pillar()
    assert chart.posts_by_grade(["africa"]) == BY_SOURCE.by_grade()
    assert chart.posts_by_source(["africa"]) == {"regular-budget": 10, "support-account": 5}
    assert chart.posts_by_source(["dppa"]) == {None: 10}
    assert chart.posts_by_grade(["sg"]) == {None: 5}
    assert chart.posts_by_grade(["dpo"]) == {}
    assert total_posts(chart, ["dppa", "dppa"]) == 10  # each unit counted once


def test_roll_ups_by_subtree() -> None:
    chart = pillar()
    assert chart.subtree_posts("dppa") == subtree_posts(chart, "dppa") == 25
    assert chart.subtree_posts("dpo") == 0
    by_grade = chart.posts_by_grade(chart.subtree("dppa"))
    assert list(by_grade.items()) == [
        ("ASG", 1),
        ("D-2", 1),
        ("D-1", 1),
        ("P-5", 4),
        ("P-4", 9),
        ("P-3", 2),
        ("GS", 7),
    ]


def test_roll_ups_by_chart_add_up_to_the_total() -> None:
    chart = pillar()
    total = total_posts(chart)
    assert total == chart.subtree_posts("sg") == 30
    by_grade, by_source = posts_by_grade(chart), posts_by_source(chart)
    assert sum(by_grade.values()) == sum(by_source.values()) == total
    assert list(by_grade)[-1] is None  # unspecified grade last
    assert list(by_source) == ["regular-budget", "support-account", None]
    assert post_counts(chart)[("support-account", "GS")] == 1
    assert post_counts(chart)[(None, None)] == 5


def test_sources_roll_up_in_the_charts_order() -> None:
    chart = pillar()
    chart.set_meta(funding=["support-account", "regular-budget"])
    assert list(chart.posts_by_source()) == ["support-account", "regular-budget", None]


def test_roll_up_of_an_unknown_unit_is_an_error() -> None:
    with pytest.raises(ChartError):
        pillar().posts_by_grade(["nope"])
