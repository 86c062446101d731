"""Closed vocabularies of the chart format (SPEC §2)."""

from __future__ import annotations

import re

__all__ = [
    "CONTROL_CHARACTER",
    "DEFAULT_FUNDING",
    "FUNCTIONS_USED_BY_RULEBOOKS",
    "GENDERS",
    "GRADES",
    "ID_PATTERN",
    "KINDS",
    "LINK_KINDS",
    "PRESENCES",
    "RANKS",
    "SCOPES",
    "funding_label",
    "grade_order",
    "is_valid_id",
    "rank_order",
]

KINDS: tuple[str, ...] = (
    "office",
    "department",
    "division",
    "service",
    "section",
    "unit",
    "team",
    "mission",
    "board",
    "body",
    "fund",
)

#: Head ranks, highest first.
RANKS: tuple[str, ...] = (
    "SG",
    "DSG",
    "USG",
    "ASG",
    "D-2",
    "D-1",
    "P-5",
    "P-4",
    "P-3",
    "P-2",
    "P-1",
)

#: Grades of posts (SPEC §6.1), highest first: the professional and higher categories, then
#: National Professional Officers, Field Service and General Service.
GRADES: tuple[str, ...] = (*RANKS[RANKS.index("USG") :], "NO", "FS", "GS")

#: Funding sources of a chart that declares none (SPEC §6.1).
DEFAULT_FUNDING: tuple[str, ...] = ("regular-budget", "support-account", "extrabudgetary")

GENDERS: tuple[str, ...] = ("female", "male", "unspecified")

#: Scope of a reporting line. ``all`` is the default.
SCOPES: tuple[str, ...] = ("all", "mission", "non-mission")

PRESENCES: tuple[str, ...] = (
    "peacekeeping",
    "special-political-mission",
    "regional-office",
    "political-process-office",
    "envoy-office",
)

LINK_KINDS: tuple[str, ...] = (
    "informs",
    "advises",
    "supports",
    "manages",
    "functional",
    "coordinates",
)

#: Function slugs the built-in rulebooks look for. Charts may use any kebab-case slug.
FUNCTIONS_USED_BY_RULEBOOKS: tuple[str, ...] = (
    "good-offices",
    "early-warning",
    "electoral-assistance",
    "mediation-support",
    "security-council-support",
    "peacebuilding-support",
    "peacebuilding-policy",
    "peacebuilding-commission-support",
    "peacebuilding-financing",
    "peacekeeping",
    "special-political-missions",
    "rule-of-law",
    "justice-and-corrections",
    "security-sector-reform",
    "ddr",
    "mine-action",
    "military-affairs",
    "police",
    "planning-and-evaluation",
    "integrated-analysis",
    "mediation-advice",
    "operational-support",
)

#: Characters no text in a chart may hold (tab and line breaks are fine in notes and descriptions).
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
FUNCTION_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

_RANK_INDEX = {rank: index for index, rank in enumerate(RANKS)}
_GRADE_INDEX = {grade: index for index, grade in enumerate(GRADES)}


def is_valid_id(value: str) -> bool:
    """Return True when *value* is a valid unit or group id.

    >>> is_valid_id("asg-africa"), is_valid_id("Africa")
    (True, False)
    """
    return ID_PATTERN.match(value) is not None


def rank_order(rank: str) -> int:
    """Position of *rank* in :data:`RANKS` (0 is highest).

    >>> rank_order("USG") < rank_order("ASG")
    True
    """
    return _RANK_INDEX[rank]


def funding_label(source: str | None) -> str:
    """A funding source as words: ``regular-budget`` → "regular budget"; None (posts given
    without a source) → "unspecified source".

    >>> funding_label("support-account"), funding_label(None)
    ('support account', 'unspecified source')
    """
    return "unspecified source" if source is None else source.replace("-", " ")


def grade_order(grade: str) -> int:
    """Position of *grade* in :data:`GRADES` (0 is highest).

    >>> grade_order("D-1") < grade_order("GS")
    True
    """
    return _GRADE_INDEX[grade]
