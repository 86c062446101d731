"""Finding badges: a finding a sanctioned departure covers has its own badge (SPEC §6.3)."""

from __future__ import annotations

from orgeditor.model import Departure
from orgeditor.render.export_plan import worst_severities
from orgeditor.render.theme import BADGES, badge_of, get_theme, severity_colour, worst_badge
from orgeditor.rules.findings import Finding

COVERED = Finding(
    "pillar.field-backstopping",
    "info",
    "Departure (GA res 72/262 C): …",
    "¶8(b)",
    ("unama", "unami"),
    departure=Departure("pillar.field-backstopping", ("unama", "unami"), "Led by DPPA", "GA res 72/262 C"),
    severity_without_departure="error",
)


def test_a_covered_finding_shows_the_departure_badge() -> None:
    assert badge_of(COVERED) == "departure"
    assert badge_of(Finding("r", "warning", "m", "", ("a",))) == "warning"


def test_any_other_finding_outranks_a_departure() -> None:
    info = Finding("chart.x", "info", "m", "", ("unama",))
    error = Finding("chart.y", "error", "m", "", ("unami",))
    assert worst_severities([COVERED, info, error]) == {"unama": "info", "unami": "error"}
    assert worst_severities([COVERED]) == {"unama": "departure", "unami": "departure"}
    assert worst_badge(["departure", "info"]) == "info" and worst_badge([]) is None
    assert BADGES[0] == "departure"


def test_the_departure_badge_has_its_own_colour_in_every_theme() -> None:
    for name in ("screen", "print"):
        theme = get_theme(name)
        assert severity_colour(theme, "departure") != severity_colour(theme, "info")
