"""Findings: what a rule says about a chart."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from orgeditor.model import Departure

__all__ = ["SEVERITIES", "Finding", "count_findings", "gather", "sort_findings", "without_details"]

#: Severities, most serious first.
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
_SEVERITY_INDEX = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken provision: rule id, severity, message naming units, citation, unit ids.

    >>> Finding("chart.single-root", "error", "Two roots", "", ("a", "b")).to_json()["units"]
    ['a', 'b']
    """

    rule: str
    severity: str
    message: str
    cite: str
    units: tuple[str, ...] = ()
    #: The sanctioned departure (SPEC §6.3) that made this finding ``info``, if any.
    departure: Departure | None = None
    #: The rule's severity for the finding had there been no departure.
    severity_without_departure: str | None = None
    #: The name the message starts with, for a finding about one unit ("" otherwise).
    subject: str = field(default="", compare=False, repr=False)
    #: The findings about one unit each that this one gathers ("Each of A, B and C has …").
    members: tuple[Finding, ...] = field(default=(), compare=False, repr=False)
    #: The advice the message ends with (the rule's ``fix``), "" when none.
    fix: str = field(default="", compare=False, repr=False)
    #: The recorded departure this finding is about (``chart.unused-departure``), if any.
    concerns: Departure | None = field(default=None, compare=False, repr=False)
    #: The message as the rule gave it, before a departure prefixed it ("" when the same).
    plain: str = field(default="", compare=False, repr=False)

    @property
    def rule_message(self) -> str:
        """The rule's own message, without a departure's ``Departure (cite): reason —``."""
        return self.plain or self.message

    def to_json(self) -> dict[str, object]:
        """The finding as SPEC §3's JSON object; a finding a departure covers also carries
        ``departure`` (``reason``, ``cite``) and ``severity_without_departure``."""
        data: dict[str, object] = {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "cite": self.cite,
            "units": list(self.units),
        }
        if self.departure is not None:
            data["departure"] = {"reason": self.departure.reason, "cite": self.departure.cite}
            data["severity_without_departure"] = self.severity_without_departure
        return data


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; stable within a severity."""
    return sorted(findings, key=lambda f: _SEVERITY_INDEX.get(f.severity, len(SEVERITIES)))


def count_findings(findings: Iterable[Finding]) -> dict[str, int]:
    """Number of findings per severity, every severity present."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


_DETAIL_OPENINGS = ("(its ", "(it ")


def without_details(text: str) -> str:
    """*text* without the parentheses that describe one unit's own case ("(its chain: A → B)",
    "(it reports to DPPA (all))"): what is left is the cause several units may share."""
    if "(it" not in text:
        return text
    out: list[str] = []
    start = 0
    while True:
        found = [i for i in (text.find(o, start) for o in _DETAIL_OPENINGS) if i >= 0]
        if not found:
            out.append(text[start:])
            return "".join(out)
        i = min(found)
        out.append(text[start:i].rstrip(" "))
        depth, j = 0, i
        while j < len(text):  # to the parenthesis that closes the one at i
            char = text[j]
            j += 1
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    break
        start = j


def gather(members: list[Finding]) -> Finding:
    """Findings of one rule saying the same of one unit each, as one finding listing them all:
    "Each of A, B and C has …" (one member: itself). Where their messages differ only in
    details of each unit's own case, the details are left out."""
    if len(members) == 1:
        return members[0]
    first = members[0]
    labels = [m.subject for m in members]
    names = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
    rests = {m.message[len(m.subject) :] for m in members}
    rest = first.message[len(first.subject) :]
    if len(rests) > 1:
        rest = without_details(rest)
    units = tuple(dict.fromkeys(u for m in members for u in m.units))
    return replace(first, message=f"Each of {names}{rest}", units=units, subject="", members=tuple(members))
