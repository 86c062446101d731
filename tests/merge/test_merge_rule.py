"""The rule ``chart.unresolved-conflicts`` (SPEC §6.4): a file with conflicts has an error."""

from __future__ import annotations

from test_merge_conflicts_format import GOOD

from orgeditor.io import loads_chart
from orgeditor.rules import check_chart


def test_check_reports_unresolved_conflicts_by_unit_name() -> None:
    findings = [f for f in check_chart(loads_chart(GOOD)) if f.rule == "chart.unresolved-conflicts"]
    (finding,) = findings
    assert finding.severity == "error" and finding.cite == "—"
    assert finding.message.startswith(
        "3 merge conflicts are unresolved: the reporting lines of Office of the ASG for Africa, "
        "the unit MINUSMA and the links from DPPA to Office of the ASG for Africa."
    )
    assert set(finding.units) == {"asg-africa", "dppa"}
    resolved = loads_chart(GOOD)
    resolved.set_meta(conflicts=())
    assert not [f for f in check_chart(resolved) if f.rule == "chart.unresolved-conflicts"]
