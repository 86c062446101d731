"""Every export is written atomically: a failure at the last moment leaves the old file whole."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from orgeditor.io.csv_format import save_csv
from orgeditor.io.dot import save_dot
from orgeditor.io.graphml import save_graphml
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.render.export import FORMATS, export_chart


def _chart() -> Chart:
    chart = Chart(title="Export")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)))
    return chart


def _fail_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_writes_whole_file_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object, fmt: str
) -> None:
    target = tmp_path / f"chart.{fmt}"
    assert export_chart(_chart(), target, fmt)
    first = target.read_bytes()
    assert first
    chart = _chart()
    chart.set_meta(title="Changed")
    with monkeypatch.context() as patch:
        _fail_replace(patch)
        with pytest.raises(OSError, match="No space"):
            export_chart(chart, target, fmt)
    assert target.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "chart.yaml~") == [target.name]
    assert export_chart(chart, target, fmt)
    assert target.read_bytes() != first or fmt in ("dot", "csv", "graphml")


@pytest.mark.parametrize("save", [save_csv, save_dot, save_graphml])
def test_io_writers_are_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, save: object) -> None:
    assert callable(save)
    target = tmp_path / "out"
    target.write_bytes(b"old")
    with monkeypatch.context() as patch:
        _fail_replace(patch)
        with pytest.raises(OSError):
            save(_chart(), target)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out"]
    save(_chart(), target)
    assert target.read_bytes() != b"old"
    assert os.listdir(tmp_path) == ["out"]  # exports keep no NAME~ backup
