"""Findings as text for people and as SPEC §3 JSON for tools."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence

from orgeditor.rules.findings import SEVERITIES, Finding, count_findings, sort_findings

__all__ = ["findings_json", "findings_text"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def findings_text(file: str, findings: Sequence[Finding], width: int = 100) -> str:
    """Findings grouped by severity, each with its rule, citation, message and units.

    >>> print(findings_text("a.yaml", [Finding("chart.single-root", "error", "Two roots.", "", ("a", "b"))]))
    a.yaml: 1 error, 0 warnings, 0 info
    <BLANKLINE>
    Errors
      chart.single-root
        Two roots.
        units: a, b
    """
    counts = count_findings(findings)
    head = f"{file}: {_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}"
    lines = [f"{head}, {counts['info']} info"]
    ordered = sort_findings(findings)
    for severity in SEVERITIES:
        group = [f for f in ordered if f.severity == severity]
        if not group:
            continue
        lines.append("")
        lines.append({"error": "Errors", "warning": "Warnings", "info": "Info"}[severity])
        for finding in group:
            cite = f"  [{finding.cite}]" if finding.cite else ""
            lines.append(f"  {finding.rule}{cite}")
            lines.extend(
                textwrap.wrap(finding.message, width, initial_indent="    ", subsequent_indent="    ")
            )
            if finding.units:
                lines.append(f"    units: {', '.join(finding.units)}")
    return "\n".join(lines)


def findings_json(file: str, findings: Sequence[Finding]) -> str:
    """One JSON object: ``file``, ``findings`` and ``counts``."""
    return json.dumps(
        {
            "file": file,
            "findings": [f.to_json() for f in findings],
            "counts": count_findings(findings),
        },
        ensure_ascii=False,
        indent=2,
    )
