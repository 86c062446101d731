"""Exports and imports that take a while show a progress line on a terminal, never in a pipe."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from orgeditor.cli import main, streams
from orgeditor.cli.streams import TerminalProgress

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "proposal-2017.yaml"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Show the line at once, not after a second (the examples export quicker than that)."""
    monkeypatch.setattr(streams, "PROGRESS_DELAY", 0.0)


def _terminal(monkeypatch: pytest.MonkeyPatch) -> FakeTerminal:
    """stderr as a terminal (set in the test itself: pytest's capture resets it between phases)."""
    fake = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", fake)
    return fake


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "units.csv"
    path.write_text("id,name,kind,reports_to\nsg,Secretary-General,office,\ndpo,DPO,department,sg\n")
    return path


def test_an_export_shows_its_progress_on_a_terminal(
    tmp_path: Path, at_once: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _terminal(monkeypatch)
    assert main(["export", str(EXAMPLE), "-o", str(tmp_path / "pillar.pptx")]) == 0
    shown = terminal.getvalue()
    assert re.search(r"\rExporting pillar\.pptx: \d[\d,]* of \d[\d,]* cards… \d+ s\x1b\[K", shown)
    assert shown.endswith("\r\x1b[K")  # wiped at the end: the prompt comes back on a clean line


def test_an_import_shows_its_progress_on_a_terminal(
    tmp_path: Path, at_once: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _terminal(monkeypatch)
    assert main(["import", str(_csv(tmp_path)), "-o", str(tmp_path / "chart.yaml")]) == 0
    shown = terminal.getvalue()
    assert "\rImporting units.csv: reading and checking the rows…" in shown
    assert "\rImporting units.csv: writing 2 units to chart.yaml…" in shown
    assert shown.endswith("\r\x1b[K")


def test_no_progress_when_stderr_is_piped(
    tmp_path: Path, at_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(EXAMPLE), "-o", str(tmp_path / "pillar.pptx")]) == 0
    assert main(["import", str(_csv(tmp_path)), "-o", str(tmp_path / "chart.yaml")]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("", "")


def test_no_progress_for_quick_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    assert main(["import", str(_csv(tmp_path)), "-o", str(tmp_path / "chart.yaml")]) == 0
    assert terminal.getvalue() == ""


def test_messages_never_run_into_the_progress_line(
    tmp_path: Path, at_once: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _terminal(monkeypatch)
    status = main(["export", str(EXAMPLE), "-o", str(tmp_path / "x.pptx"), "--unit", "nope"])
    assert status == 2
    lines = terminal.getvalue().split("\n")
    error = next(line for line in lines if "error:" in line)
    assert error.startswith("\r") or error.startswith("orgeditor")
    assert error.rsplit("\x1b[K", 1)[-1].startswith("orgeditor export: error: ")


def test_names_are_escaped_on_the_progress_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streams, "PROGRESS_DELAY", 0.0)
    fake = FakeTerminal()
    with TerminalProgress("Exporting a\x1b[2J.pdf", stream=fake) as progress:
        progress.phase("step\r")
    assert "\x1b[2J" not in fake.getvalue()
    assert "\\x1b[2J" in fake.getvalue()
    assert "step\\r" in fake.getvalue()
