"""The variants job: loading and comparing several variants with progress, on a thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from orgeditor.ui.compare import VariantSource
from orgeditor.ui.compare.variants_job import CancelledError, VariantsError, VariantsJob, load_and_compare

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_job_reports_each_step_and_can_be_cancelled() -> None:
    steps: list[tuple[int, int, str]] = []
    sources = [VariantSource.of_file(EXAMPLES / n) for n in ("proposal-2017.yaml", "variant-four-asgs.yaml")]
    comparison = load_and_compare(sources, lambda *step: steps.append(step))
    assert [s[:2] for s in steps] == [(0, 3), (1, 3), (2, 3)]
    assert steps[0][2] == "Loading proposal-2017.yaml (1 of 2)…"
    assert [v.totals.units for v in comparison.variants] == [72, 73]
    with pytest.raises(CancelledError):
        load_and_compare(sources, cancelled=lambda: True)


def test_the_job_on_its_thread_ends_with_a_signal(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("orgchart: 1\nunits: 3\n", encoding="utf-8")
    job = VariantsJob([VariantSource.of_file(EXAMPLES / "proposal-2017.yaml"), VariantSource.of_file(bad)])
    with qtbot.waitSignal(job.failed, timeout=20000) as blocker:
        job.start()
    assert str(blocker.args[0]).startswith(f"{bad}:")
    assert job.wait(5)
    with pytest.raises(VariantsError, match=r"bad\.yaml:"):
        load_and_compare(job.sources)
