"""The provisions grid: each paragraph of the note the rules cite, judged for each variant.

A rule's ``cite`` names one or more paragraphs (``"¶8(d), ¶9"``, ``"¶8(b) and its footnote"``);
each paragraph is a row listing the rules that cite it. A variant's status on a row is

* ``fail``: a finding of error or warning severity of one of the row's rules;
* ``departure``: no such finding, but findings a sanctioned departure (SPEC §6.3) covers;
* ``pass``: at least one of the row's rules applies to the variant and none of them fails;
* ``n/a``: none of the row's rules applies (a rule that compares with the baseline applies
  only to a variant that names a baseline).

Rules that cite no paragraph (the generic ``chart.*`` rules: one root, no cycles …) are kept
apart in a *general* row, after the paragraphs: a chart that breaks them is not sound whatever
the note says.

>>> paragraphs("¶8(d), ¶9"), paragraphs("¶8(b) and its footnote"), paragraphs("—")
(('¶8(d)', '¶9'), ('¶8(b)',), ())
>>> sorted(["¶9", "¶8(b)", "¶12", "¶5", "¶8(a)"], key=paragraph_key)
['¶5', '¶8(a)', '¶8(b)', '¶9', '¶12']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from orgeditor.rules import Finding, Rule

__all__ = [
    "GENERAL",
    "STATUSES",
    "Provision",
    "ProvisionStatus",
    "paragraph_key",
    "paragraphs",
    "provision_grid",
    "provision_status",
]

ProvisionStatus = Literal["pass", "fail", "departure", "n/a"]
#: Statuses, worst first.
STATUSES: tuple[ProvisionStatus, ...] = ("fail", "departure", "pass", "n/a")
#: The cite of the row of rules that cite no paragraph.
GENERAL = "General"

#: ``¶8(b)``, ``¶ 9``, ``¶¶ 8(a)`` (the first of a range), ``para. 5``, ``paragraph 12``.
_PARAGRAPH = re.compile(r"(?:¶+|\bpara(?:graph)?s?\.?)\s*(\d+)\s*(?:\(\s*([a-z]{1,3})\s*\))?", re.IGNORECASE)


def paragraphs(cite: str) -> tuple[str, ...]:
    """The paragraphs a cite names, as ``¶N`` or ``¶N(x)``, each once, in the cite's order."""
    found: dict[str, None] = {}
    for number, letter in _PARAGRAPH.findall(cite or ""):
        found[f"¶{int(number)}" + (f"({letter.lower()})" if letter else "")] = None
    return tuple(found)


def paragraph_key(paragraph: str) -> tuple[int, str]:
    """Sort key in the note's order: ¶5 < ¶8 < ¶8(a) < ¶8(b) < ¶9 < ¶12; anything else last."""
    match = _PARAGRAPH.fullmatch(paragraph)
    if match is None:
        return (1 << 30, paragraph)
    return (int(match.group(1)), (match.group(2) or "").lower())


@dataclass(frozen=True, slots=True)
class Provision:
    """One row of the grid: a paragraph (or :data:`GENERAL`), its rules and the verdicts."""

    cite: str
    rules: tuple[str, ...]
    #: variant key -> status
    status: Mapping[str, ProvisionStatus]
    #: variant key -> the findings of the row's rules on that variant (all severities)
    findings: Mapping[str, tuple[Finding, ...]]
    #: rule id -> its title (what it holds), for readers
    titles: Mapping[str, str]

    @property
    def general(self) -> bool:
        return self.cite == GENERAL


def provision_status(
    rules: Iterable[str], applies: Iterable[str], findings: Iterable[Finding]
) -> ProvisionStatus:
    """The status of a row whose *rules* are given, *applies* being those that ran on the
    variant and *findings* the variant's findings (of any rule).

    >>> provision_status(["r"], [], [])
    'n/a'
    >>> provision_status(["r"], ["r"], [Finding("r", "warning", "m", "¶9")])
    'fail'
    """
    wanted = set(rules)
    if not wanted & set(applies):
        return "n/a"
    mine = [f for f in findings if f.rule in wanted]
    if any(f.severity in ("error", "warning") for f in mine):
        return "fail"
    if any(f.departure is not None for f in mine):
        return "departure"
    return "pass"


def provision_grid(
    rules: Sequence[Rule],
    applies: Mapping[str, Iterable[str]],
    findings: Mapping[str, Sequence[Finding]],
) -> list[Provision]:
    """The grid: one row per paragraph cited by *rules*, in the note's order, then the
    :data:`GENERAL` row (when some rule cites none). *applies* and *findings* map each variant
    key (in column order) to the rule ids that ran on it and to its findings."""
    rows: dict[str, dict[str, None]] = {}
    titles: dict[str, str] = {}
    for rule in rules:
        titles.setdefault(rule.id, rule.title)
        for cite in paragraphs(rule.cite) or (GENERAL,):
            rows.setdefault(cite, {})[rule.id] = None
    order = sorted((c for c in rows if c != GENERAL), key=paragraph_key)
    if GENERAL in rows:
        order.append(GENERAL)
    ran = {key: set(ids) for key, ids in applies.items()}
    grid = []
    for cite in order:
        ids = tuple(rows[cite])
        status = {key: provision_status(ids, ran[key], findings.get(key, ())) for key in applies}
        mine = {key: tuple(f for f in findings.get(key, ()) if f.rule in rows[cite]) for key in applies}
        grid.append(Provision(cite, ids, status, mine, {i: titles[i] for i in ids}))
    return grid
