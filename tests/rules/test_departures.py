"""Sanctioned departures (SPEC §6.3) and lineage checks (SPEC §6.2) in the rule engine."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orgeditor.io import dump_chart, load_chart
from orgeditor.model import Chart, Departure
from orgeditor.rules import LiveChecker, check_chart
from orgeditor.rules.report import findings_json

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).parent / "fixtures"
BACKSTOPPED = ("uniogbis", "unsmil", "unsom", "unami", "unama", "colombia-mission")
DEPARTURE = """departures:
- rule: pillar.field-backstopping
  units: [{units}]
  reason: Special political missions led by DPPA
  cite: GA res 72/262 C
"""


def _implemented(tmp_path: Path, units: tuple[str, ...] | None = BACKSTOPPED) -> Path:
    """implemented-2019.yaml beside its baseline, with its own departures replaced by one for
    *units* (None: none at all)."""
    shutil.copy(EXAMPLES / "baseline-2017.yaml", tmp_path / "baseline-2017.yaml")
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    chart.set_meta(departures=[])
    path = tmp_path / "implemented.yaml"
    text = dump_chart(chart)
    if units is not None:
        text += DEPARTURE.format(units=", ".join(units))
    path.write_text(text, encoding="utf-8")
    return path


def _check(path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgeditor", "check", str(path), *options],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_without_departures_the_example_fails_backstopping_for_the_six_units(tmp_path: Path) -> None:
    findings = check_chart(load_chart(_implemented(tmp_path, None)))
    (finding,) = [f for f in findings if f.rule == "pillar.field-backstopping"]
    assert set(finding.units) == set(BACKSTOPPED)
    assert finding.departure is None
    assert finding.severity == "error"


def test_the_example_records_res_72_262_c_for_unama_and_unami() -> None:
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    (departure,) = chart.departures
    assert departure.rule == "pillar.field-backstopping"
    assert set(departure.units) == {"unama", "unami"}
    assert "72/262 C" in departure.cite
    findings = [f for f in check_chart(chart) if f.rule == "pillar.field-backstopping"]
    assert [(f.severity, set(f.units)) for f in findings] == [
        ("info", {"unama", "unami"}),
        ("error", {"uniogbis", "unsmil", "unsom", "colombia-mission"}),
    ]
    # the rule's advice is not given where a later decision overrides it
    assert "need a mission-scope line" not in findings[0].message
    assert "need a mission-scope line" in findings[1].message
    assert not [f for f in check_chart(chart) if f.rule == "chart.unused-departure"]


def test_a_departure_makes_its_finding_info_and_the_check_pass(tmp_path: Path) -> None:
    path = _implemented(tmp_path)
    result = _check(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings, 1 info" in result.stdout
    assert "Departure (GA res 72/262 C): Special political missions led by DPPA — Each of" in result.stdout
    (finding,) = [f for f in check_chart(load_chart(path)) if f.rule == "pillar.field-backstopping"]
    assert finding.severity == "info"
    assert finding.severity_without_departure == "error"
    assert finding.departure == Departure(
        "pillar.field-backstopping", BACKSTOPPED, "Special political missions led by DPPA", "GA res 72/262 C"
    )


def test_json_carries_the_departure(tmp_path: Path) -> None:
    result = _check(_implemented(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["counts"] == {"error": 0, "warning": 0, "info": 1}
    (finding,) = data["findings"]
    assert finding["severity"] == "info"
    assert finding["departure"] == {
        "reason": "Special political missions led by DPPA",
        "cite": "GA res 72/262 C",
    }
    assert finding["severity_without_departure"] == "error"
    assert finding["message"].startswith(
        "Departure (GA res 72/262 C): Special political missions led by DPPA — "
    )


def test_other_findings_keep_their_json(tmp_path: Path) -> None:
    data = json.loads(findings_json("x", check_chart(load_chart(_implemented(tmp_path, None)))))
    (finding,) = data["findings"]
    assert set(finding) == {"rule", "severity", "message", "cite", "units"}


def test_a_departure_for_some_units_of_a_finding_covers_them_alone(tmp_path: Path) -> None:
    # res 72/262 C put UNAMA and UNAMI under DPPA: their part of the gathered backstopping
    # finding becomes info; the other missions' part stays an error
    path = _implemented(tmp_path, ("unama", "unami"))
    result = _check(path)
    assert result.returncode == 1
    findings = [f for f in check_chart(load_chart(path)) if f.rule == "pillar.field-backstopping"]
    assert [f.severity for f in findings] == ["info", "error"]
    covered, rest = findings
    assert set(covered.units) == {"unama", "unami"} and covered.message.startswith(
        "Departure (GA res 72/262 C)"
    )
    assert "UNAMA" not in rest.message and {"uniogbis", "unsmil", "unsom"} <= set(rest.units)
    assert not [f for f in check_chart(load_chart(path)) if f.rule == "chart.unused-departure"]


def test_an_unused_departure_warns_naming_units_by_name(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "pillar-baseline.yaml", tmp_path / "pillar-baseline.yaml")
    text = (FIXTURES / "pillar.yaml").read_text(encoding="utf-8")
    path = tmp_path / "pillar.yaml"
    path.write_text(text + DEPARTURE.format(units="unami, gone-unit"), encoding="utf-8")
    result = _check(path, "--format", "json")
    assert result.returncode == 0, result.stderr  # a warning only
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["rule"] == "chart.unused-departure"
    assert finding["severity"] == "warning"
    assert "departure" not in finding
    assert finding["units"] == ["unami"]
    assert "UNAMI" in finding["message"]
    assert "'gone-unit' (not a unit of this chart)" in finding["message"]
    assert "'unami'" not in finding["message"]


def test_the_live_checker_applies_departures_too(pillar: Chart) -> None:
    live = LiveChecker(pillar)
    assert live.findings == []
    lines = pillar.unit("unami").reports_to
    pillar.set_meta(departures=[Departure("chart.single-root", ("unami",), "Reason", "Cite")])
    assert [f.rule for f in live.findings] == ["chart.unused-departure"]
    pillar.update_unit(pillar.unit("unami").with_changes(reports_to=()))
    assert ("chart.single-root", "error") in [(f.rule, f.severity) for f in live.findings]
    assert ("chart.unused-departure", "warning") in [(f.rule, f.severity) for f in live.findings]
    pillar.set_meta(departures=[Departure("chart.single-root", ("sg", "unami"), "Reason", "Cite")])
    assert ("chart.single-root", "info") in [(f.rule, f.severity) for f in live.findings]
    assert "chart.unused-departure" not in [f.rule for f in live.findings]
    assert live.findings == check_chart(pillar)
    pillar.update_unit(pillar.unit("unami").with_changes(reports_to=lines))
    assert [f.rule for f in live.findings] == ["chart.unused-departure"]
    assert live.findings == check_chart(pillar)


# ------------------------------------------------------------------ lineage


def test_proposal_names_its_baseline() -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    assert chart.baseline == "baseline-2017.yaml"
    assert not [f for f in check_chart(chart) if f.rule == "chart.lineage-unknown"]


@pytest.fixture
def proposal(tmp_path: Path) -> Chart:
    shutil.copy(EXAMPLES / "baseline-2017.yaml", tmp_path / "baseline-2017.yaml")
    shutil.copy(EXAMPLES / "proposal-2017.yaml", tmp_path / "proposal.yaml")
    return load_chart(tmp_path / "proposal.yaml")


def test_known_former_units_pass(proposal: Chart) -> None:
    proposal.update_unit(proposal.unit("dppa").with_changes(formerly=("dpa", "pbso")))
    assert not [f for f in check_chart(proposal) if f.rule == "chart.lineage-unknown"]


def test_unknown_former_units_warn(proposal: Chart) -> None:
    proposal.update_unit(proposal.unit("dppa").with_changes(formerly=("dpa", "dpx", "pbs")))
    (finding,) = [f for f in check_chart(proposal) if f.rule == "chart.lineage-unknown"]
    assert finding.severity == "warning"
    assert finding.units == ("dppa",)
    assert finding.message.startswith(
        "DPPA continues 'dpx' and 'pbs', which are not units of the baseline baseline-2017.yaml."
    )
    assert "'dpa'" not in finding.message


def test_lineage_is_not_checked_without_a_usable_baseline(proposal: Chart) -> None:
    proposal.update_unit(proposal.unit("dppa").with_changes(formerly=("nowhere",)))
    proposal.set_meta(baseline=None)
    assert not [f for f in check_chart(proposal) if f.rule == "chart.lineage-unknown"]
    proposal.set_meta(baseline="missing.yaml")
    assert not [f for f in check_chart(proposal) if f.rule == "chart.lineage-unknown"]


def test_a_departure_naming_an_unknown_rule_says_which_it_may_mean(tmp_path: Path) -> None:
    path = _implemented(tmp_path, None)
    text = path.read_text(encoding="utf-8") + DEPARTURE.format(units="unama").replace(
        "pillar.field-backstopping", "pillar.field-backstoping"
    )
    path.write_text(text, encoding="utf-8")
    [finding] = [f for f in check_chart(load_chart(path)) if f.rule == "chart.unused-departure"]
    assert "no rule pillar.field-backstoping is checked for this chart" in finding.message
    assert "did you mean pillar.field-backstopping? Remove the departure" in finding.message


def test_findings_carry_their_departure_and_the_rules_own_message(tmp_path: Path) -> None:
    path = _implemented(tmp_path, ("unama", "unami"))
    chart = load_chart(path)
    extra = Departure("pillar.field-backstopping", ("minusma",), "Reason", "Cite")
    chart.set_meta(departures=[*chart.departures, extra])
    findings = check_chart(chart)
    [unused] = [f for f in findings if f.rule == "chart.unused-departure"]
    assert unused.concerns == chart.departures[1]
    [covered] = [f for f in findings if f.departure is not None]
    assert covered.rule_message.startswith("Each of UNAMI and UNAMA has no reporting line")
    assert (
        covered.message
        == f"Departure (GA res 72/262 C): Special political missions led by DPPA — {covered.rule_message}"
    )
