"""Checks a value must pass before it enters a chart (the model's invariants)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from orgeditor.model.departures import Departure, check_departures, check_formerly
from orgeditor.model.display import printable
from orgeditor.model.elements import Group, Link, Unit
from orgeditor.model.errors import ChartError
from orgeditor.model.limits import (
    MAX_GROUPS,
    MAX_LEVELS,
    MAX_LINKS,
    MAX_POSTS,
    MAX_TEXT,
    MAX_UNITS,
    deeper_than,
    relative_path_problem,
    rulebook_problem,
)
from orgeditor.model.text import check_text
from orgeditor.model.vocabulary import (
    DEFAULT_FUNDING,
    FUNCTION_PATTERN,
    GENDERS,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    is_valid_id,
)

__all__ = [
    "check_funding",
    "check_group",
    "check_link",
    "check_meta",
    "check_size",
    "check_text",
    "check_unit",
]


def _fail(message: str) -> None:
    raise ChartError(message)


def _check_choice(value: str | None, allowed: Sequence[str], what: str, owner: str) -> None:
    if value is not None and value not in allowed:
        _fail(f"{what} '{value}' of {owner} is not one of: {', '.join(allowed)}")


def check_unit(
    unit: Unit, known: Callable[[str], bool], regions: Sequence[str], funding: Sequence[str] = ()
) -> None:
    """Raise ChartError unless *unit* is valid in a chart where *known* ids exist (and whose
    funding sources are *funding*, empty meaning :data:`DEFAULT_FUNDING`)."""
    owner = f"unit '{unit.id}'"
    head = unit.head
    texts = [unit.name, unit.short, *unit.regions]
    if head is not None:
        texts += [head.title, head.name]
    check_text(owner, *texts, *unit.functions, limit=MAX_TEXT, long=(unit.note,))
    if len(unit.id) > MAX_TEXT or not is_valid_id(unit.id):
        _fail(f"'{unit.id}' is not a valid id (lower-case letters, digits, '.', '_', '-')")
    if not unit.name.strip():
        _fail(f"{owner} needs a name")
    _check_choice(unit.kind, KINDS, "kind", owner)
    if unit.head is not None:
        _check_choice(unit.head.rank, RANKS, "rank", owner)
        _check_choice(unit.head.gender, GENDERS, "gender", owner)
    _check_choice(unit.presence, PRESENCES, "presence", owner)
    if unit.presence is not None and unit.kind != "mission":
        _fail(f"{owner} has a presence but only missions may have one")
    if unit.posts is not None and not 0 <= unit.posts <= MAX_POSTS:
        _fail(f"posts of {owner} must be from 0 to {MAX_POSTS:,}")
    if unit.post_breakdown is not None:
        _check_breakdown(unit, owner, funding or DEFAULT_FUNDING)
    for line in unit.reports_to:
        _check_choice(line.scope, SCOPES, "scope", owner)
        if not known(line.to):
            _fail(f"{owner} reports to '{line.to}', which does not exist")
    if len(set(unit.reports_to)) != len(unit.reports_to):
        _fail(f"{owner} has the same reporting line twice")
    for region in unit.regions:
        if regions and region not in regions:
            _fail(f"region '{region}' of {owner} is not among the chart's regions")
    for function in unit.functions:
        if FUNCTION_PATTERN.match(function) is None:
            _fail(f"function '{function}' of {owner} is not a kebab-case slug")
    if unit.formerly:
        check_formerly(unit.id, unit.formerly)


def _check_breakdown(unit: Unit, owner: str, funding: Sequence[str]) -> None:
    breakdown = unit.post_breakdown
    assert breakdown is not None
    if unit.posts != breakdown.total():
        _fail(f"posts of {owner} are {unit.posts} but its breakdown adds up to {breakdown.total()}")
    for source in breakdown.sources():
        if source not in funding:
            _fail(f"funding source '{source}' of {owner} is not one of: {', '.join(funding)}")


def check_funding(funding: Sequence[str]) -> None:
    """Refuse a chart's funding vocabulary unless it is distinct kebab-case slugs."""
    check_text("the chart's funding", *funding)
    for source in funding:
        if FUNCTION_PATTERN.match(source) is None:
            _fail(f"funding source '{printable(source[:60])}' is not a kebab-case slug")
    if len(set(funding)) != len(funding):
        _fail("the chart's funding lists a source twice")


def check_meta(
    title: str | None,
    description: str | None,
    baseline: str | None,
    rulebooks: Sequence[str],
    regions: Sequence[str],
    *,
    funding: Sequence[str] = (),
    departures: Sequence[Departure] = (),
) -> None:
    """Refuse chart-level fields a chart file could not hold (see :mod:`orgeditor.model.limits`)."""
    check_text("the chart", title, *regions, long=(description,))
    check_funding(funding)
    check_departures(departures)
    if baseline is not None and (problem := relative_path_problem(baseline)) is not None:
        _fail(f"the baseline {problem}")
    for rulebook in rulebooks:
        if (problem := rulebook_problem(rulebook)) is not None:
            _fail(f"rulebook '{printable(rulebook[:60])}' {problem}")


def check_link(link: Link, known: Callable[[str], bool]) -> None:
    _check_choice(link.kind, LINK_KINDS, "link kind", f"the link from '{link.source}'")
    for end in (link.source, link.target):
        if not known(end):
            _fail(f"link names '{end}', which does not exist")


def check_group(group: Group, known: Callable[[str], bool]) -> None:
    if len(group.id) > MAX_TEXT or not is_valid_id(group.id):
        _fail(f"'{group.id}' is not a valid id (lower-case letters, digits, '.', '_', '-')")
    check_text(f"group '{group.id}'", group.name)
    if not group.name.strip():
        _fail(f"group '{group.id}' needs a name")
    for member in group.members:
        if not known(member):
            _fail(f"group '{group.id}' names member '{member}', which does not exist")
    if len(set(group.members)) != len(group.members):
        _fail(f"group '{group.id}' lists a member twice")


def check_size(units: Sequence[Unit], links: int, groups: int) -> None:
    """Refuse a whole chart over the limits of :mod:`orgeditor.model.limits`: too many units,
    links or groups, or a unit too many levels down."""
    for what, count, most in (
        ("units", len(units), MAX_UNITS),
        ("links", links, MAX_LINKS),
        ("groups", groups, MAX_GROUPS),
    ):
        if count > most:
            _fail(f"a chart may hold at most {most:,} {what}, not {count:,}")
    managers = {unit.id: [line.to for line in unit.reports_to] for unit in units}
    too_deep = deeper_than(managers, managers, MAX_LEVELS)
    if too_deep is not None:
        _fail(f"unit '{too_deep}' is more than {MAX_LEVELS:,} levels below the top of the chart")
