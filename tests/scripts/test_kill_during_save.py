"""scripts/kill_during_save.py: 25 SIGKILLs while saving a 2,000-unit chart never break the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "kill_during_save.py"


def test_25_kills_while_saving_leave_a_whole_chart() -> None:
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--units", "2000", "--kills", "25", "--seed", "8"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("25 kills (SIGKILL)"), run.stdout
    assert "after every kill the file loaded whole" in run.stdout
