"""``orgeditor trace FILE UNIT`` without ``--scope``: a chain for every scope the unit's lines have
(SPEC §6.5), through the real entry point on the 2017 proposal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from orgeditor.cli import main

PROPOSAL = str(Path(__file__).parents[2] / "examples" / "proposal-2017.yaml")


def trace(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(["trace", PROPOSAL, *args])
    return status, capsys.readouterr().out


def chains(out: str) -> dict[str, list[str]]:
    """The ids of each printed chain by its scope heading (``all`` when there is none)."""
    result: dict[str, list[str]] = {}
    current = "all"
    for line in out.splitlines():
        if line.startswith("scope ") and line.endswith(":"):
            current = line.removeprefix("scope ").removesuffix(":")
            result[current] = []
        elif line.strip() and not line.startswith(("cycle:", "'")):
            result.setdefault(current, []).append(line.strip("└─ ").split()[0])
    return result


def test_a_regional_asg_shows_its_mission_and_non_mission_chains(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = trace(capsys, "asg-africa")
    assert status == 0
    assert chains(out) == {
        "mission": ["asg-africa", "dpo", "sg"],
        "non-mission": ["asg-africa", "dppa", "sg"],
    }
    assert "no reporting line" not in out
    assert "DPO: Department of Peace Operations" in out  # units are named, not only by id
    assert "DPPA: Department of Political and Peacebuilding Affairs" in out


def test_a_mission_shows_its_mission_chain(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = trace(capsys, "minusma")
    assert status == 0
    assert chains(out) == {"mission": ["minusma", "africa-ii-division", "asg-africa", "dpo", "sg"]}
    assert "no reporting line" not in out


def test_a_unit_below_a_regional_asg_shows_both_chains(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = trace(capsys, "africa-ii-division")
    assert status == 0
    assert chains(out) == {
        "mission": ["africa-ii-division", "asg-africa", "dpo", "sg"],
        "non-mission": ["africa-ii-division", "asg-africa", "dppa", "sg"],
    }


def test_a_plain_unit_shows_one_chain_without_a_heading(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = trace(capsys, "ead")
    assert status == 0
    assert chains(out) == {"all": ["ead", "dppa", "sg"]}
    assert "scope" not in out


def test_an_explicit_scope_prints_that_chain_alone(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = trace(capsys, "asg-africa", "--scope", "mission")
    assert status == 0
    assert chains(out) == {"all": ["asg-africa", "dpo", "sg"]}
    status, out = trace(capsys, "minusma", "--scope", "all")
    assert status == 0
    assert "MINUSMA (minusma) has no reporting line for scope all" in out


def test_unknown_unit_or_scope_exits_2() -> None:
    for args in (["nowhere"], ["asg-africa", "--scope", "everywhere"]):
        result = subprocess.run(
            [sys.executable, "-m", "orgeditor", "trace", PROPOSAL, *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
