"""Hypothesis strategies that build random valid charts."""

from __future__ import annotations

from hypothesis import strategies as st

from orgeditor.model import (
    DEFAULT_FUNDING,
    GENDERS,
    GRADES,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    Chart,
    Conflict,
    Departure,
    Group,
    Head,
    Layout,
    Link,
    PostBreakdown,
    ReportingLine,
    Unit,
    build_chart,
)
from orgeditor.model.vocabulary import CONTROL_CHARACTER

REGIONS = ("Africa", "Americas", "Europe", "Middle East")
texts = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\ufffe\uffff\x85\u2028\u2029"
    ),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
optional_texts = st.none() | texts
slugs = st.from_regex(r"\A[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}\Z")


def clean_note(text: str) -> bool:
    """Notes and descriptions may hold tabs and line breaks, but no other control character."""
    return "\r" not in text and "\x85" not in text and CONTROL_CHARACTER.search(text) is None


counts = st.integers(min_value=0, max_value=10**5)
by_grade = st.dictionaries(st.sampled_from(GRADES), counts, min_size=1, max_size=len(GRADES))


def breakdowns(funding: tuple[str, ...] = DEFAULT_FUNDING) -> st.SearchStrategy[PostBreakdown]:
    """Random breakdowns of posts: by grade, or by sources from *funding*, then grade."""
    by_source = st.dictionaries(st.sampled_from(funding), by_grade, min_size=1, max_size=len(funding))
    return st.one_of(by_grade.map(PostBreakdown.from_grades), by_source.map(PostBreakdown.from_sources))


#: Ids of units in another chart (the baseline): any valid id, some written plain as numbers.
former_ids = st.from_regex(r"\A[a-z0-9][a-z0-9._-]{0,8}\Z") | st.sampled_from(("017", "1e3", "on", "null"))
rule_ids = st.from_regex(r"\A[a-z0-9]{1,6}(\.[a-z0-9-]{1,8}){0,2}\Z")


def departures_of(ids: list[str]) -> st.SearchStrategy[Departure]:
    """Random departures naming units among *ids*."""
    return st.builds(
        Departure,
        rule_ids,
        st.lists(st.sampled_from(ids), unique=True, max_size=4).map(tuple),
        texts,
        texts,
    )


#: Plain data a conflict's side may hold (SPEC §6.6), nested a few levels.
plain_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.text(max_size=20).filter(clean_note)
    | former_ids,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(former_ids, children, max_size=3),
    max_leaves=8,
)


def conflicts_of(ids: list[str]) -> st.SearchStrategy[list[Conflict]]:
    """Random conflicts over units among *ids* (and a few other elements), each element once."""
    fields = st.sampled_from(("", ".name", ".reports_to", ".posts", ".head", ".functions"))
    unit_at = st.builds(lambda u, f: f"units.{u}{f}", st.sampled_from(ids) | former_ids, fields)
    link_at = st.builds(lambda a, b: f"links.{a}>{b}", st.sampled_from(ids), st.sampled_from(ids))
    other_at = st.sampled_from(("groups.g0", "groups.spg", "chart.title", "chart.regions"))
    return st.lists(
        st.builds(Conflict, unit_at | link_at | other_at, plain_values, plain_values),
        unique_by=lambda c: c.at,
        max_size=4,
    )


coords = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda v: round(v, 2))


@st.composite
def charts(
    draw: st.DrawFn,
    max_units: int = 12,
    with_breakdowns: bool = False,
    with_lineage: bool = False,
    with_conflicts: bool = False,
) -> Chart:
    """Random valid charts; *with_breakdowns*: units' posts may be broken down (SPEC §6.1) and the
    chart may declare its own funding sources; *with_lineage*: units may name former units
    (SPEC §6.2) and the chart may list departures (SPEC §6.3); *with_conflicts*: the chart may
    hold merge conflicts (SPEC §6.6)."""
    funding: tuple[str, ...] = ()
    if with_breakdowns:
        funding = tuple(draw(st.lists(slugs, unique=True, max_size=4)))
    posts = st.none() | st.integers(min_value=0, max_value=10**6)
    breakdown = st.none()
    if with_breakdowns:
        breakdown = st.none() | breakdowns(funding or DEFAULT_FUNDING)
    count = draw(st.integers(min_value=1, max_value=max_units))
    ids = [f"u{i}" for i in range(count)]
    units: list[Unit] = []
    for unit_id in ids:
        kind = draw(st.sampled_from(KINDS))
        lines = draw(
            st.lists(
                st.builds(ReportingLine, st.sampled_from(ids), st.sampled_from(SCOPES)),
                max_size=3,
                unique=True,
            )
        )
        head = draw(
            st.none()
            | st.builds(
                Head,
                optional_texts,
                st.none() | st.sampled_from(RANKS),
                st.none() | st.sampled_from(GENDERS),
                optional_texts,
            ).filter(lambda h: not h.is_empty())
        )
        unit_breakdown = draw(breakdown)
        formerly: tuple[str, ...] = ()
        if with_lineage:
            formerly = tuple(draw(st.lists(former_ids, unique=True, max_size=3)))
        units.append(
            Unit(
                id=unit_id,
                name=draw(texts),
                kind=kind,
                short=draw(optional_texts),
                head=head,
                reports_to=tuple(lines),
                regions=tuple(draw(st.lists(st.sampled_from(REGIONS), unique=True, max_size=2))),
                presence=draw(st.none() | st.sampled_from(PRESENCES)) if kind == "mission" else None,
                functions=tuple(draw(st.lists(slugs, unique=True, max_size=3))),
                posts=None if unit_breakdown else draw(posts),
                note=draw(st.none() | st.text(max_size=40).filter(clean_note)),
                post_breakdown=unit_breakdown,
                formerly=formerly,
            )
        )
    links = draw(
        st.lists(
            st.builds(Link, st.sampled_from(ids), st.sampled_from(ids), st.sampled_from(LINK_KINDS)),
            unique=True,
            max_size=4,
        )
    )
    groups = [
        Group(f"g{i}", draw(texts), tuple(draw(st.lists(st.sampled_from(ids), unique=True, max_size=4))))
        for i in range(draw(st.integers(min_value=0, max_value=2)))
    ]
    positions = draw(st.dictionaries(st.sampled_from(ids), st.tuples(coords, coords), max_size=count))
    layout = Layout(
        direction=draw(st.sampled_from(("TB", "LR"))),
        positions=positions,
        collapsed=draw(st.lists(st.sampled_from(ids), unique=True, max_size=2)),
        pinned=draw(st.lists(st.sampled_from(ids), unique=True, max_size=2)),
    )
    departures: list[Departure] = []
    if with_lineage:
        departures = draw(st.lists(departures_of(ids), unique=True, max_size=3))
    conflicts: list[Conflict] = draw(conflicts_of(ids)) if with_conflicts else []
    return build_chart(
        title=draw(texts),
        description=draw(st.none() | st.text(max_size=80).filter(clean_note)),
        baseline=draw(st.none() | st.just("baseline.yaml")),
        rulebooks=draw(st.lists(st.sampled_from(("peace-security-2017", "mine.yaml")), unique=True)),
        regions=REGIONS if draw(st.booleans()) else (),
        funding=funding,
        departures=departures,
        conflicts=conflicts,
        units=units,
        links=links,
        groups=groups,
        layout=layout,
    )
