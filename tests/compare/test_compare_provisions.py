"""The provisions grid: cite parsing, the note's order, statuses."""

from __future__ import annotations

import pytest

from orgeditor.compare import GENERAL, paragraph_key, paragraphs
from orgeditor.compare.provisions import provision_status
from orgeditor.model import Departure
from orgeditor.rules import Finding


@pytest.mark.parametrize(
    ("cite", "expected"),
    [
        ("¶8(d), ¶9", ("¶8(d)", "¶9")),
        ("¶8(b) and its footnote", ("¶8(b)",)),
        ("¶8(a), ¶8(b)", ("¶8(a)", "¶8(b)")),
        ("¶ 12", ("¶12",)),
        ("para. 5 and ¶5", ("¶5",)),
        ("—", ()),
        ("", ()),
    ],
)
def test_paragraphs_of_a_cite(cite: str, expected: tuple[str, ...]) -> None:
    assert paragraphs(cite) == expected


def test_the_note_order() -> None:
    cites = ["¶12", "¶9", "¶8(d)", "¶5", "¶8(b)", "¶11", "¶8(a)", "¶10", "¶7", "¶8(c)", "¶8"]
    assert sorted(cites, key=paragraph_key) == [
        "¶5",
        "¶7",
        "¶8",
        "¶8(a)",
        "¶8(b)",
        "¶8(c)",
        "¶8(d)",
        "¶9",
        "¶10",
        "¶11",
        "¶12",
    ]
    assert paragraph_key(GENERAL) > paragraph_key("¶99")


def _finding(severity: str, departure: bool = False) -> Finding:
    sanctioned = Departure("r", ("u",), "why", "res") if departure else None
    return Finding("r", severity, "m", "¶9", ("u",), departure=sanctioned)


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([], "pass"),
        ([_finding("info")], "pass"),
        ([_finding("warning")], "fail"),
        ([_finding("error")], "fail"),
        ([_finding("info", departure=True)], "departure"),
        ([_finding("info", departure=True), _finding("error")], "fail"),
    ],
)
def test_status(findings: list[Finding], expected: str) -> None:
    assert provision_status(["r", "s"], ["r"], findings) == expected


def test_not_applicable_when_none_of_the_rules_ran() -> None:
    assert provision_status(["r"], ["other"], [_finding("error")]) == "n/a"
