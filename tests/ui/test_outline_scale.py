"""The Outline dock at scale (issue 19): the proxy filters, the model is never rebuilt per
keystroke, rows read short name first, long names are elided in the middle."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.ui.docks.outline import ID_ROLE, OutlineDock

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def generate() -> ModuleType:
    import sys  # noqa: PLC0415

    if str(BENCHMARKS) not in sys.path:  # generate.py imports its neighbour synthetic_chart
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("benchmarks_generate", BENCHMARKS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shown_ids(dock: OutlineDock, parent: QModelIndex | None = None) -> list[str]:
    """Every unit the filtered tree shows, depth first."""
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(dock.proxy.rowCount(parent)):
        index = dock.proxy.index(row, 0, parent)
        found.append(str(index.data(ID_ROLE)))
        found += shown_ids(dock, index)
    return found


def small_chart() -> Chart:
    chart = Chart(title="Missions")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(
        Unit(
            "dppa",
            "Department of Political and Peacebuilding Affairs",
            "department",
            short="DPPA",
            reports_to=(ReportingLine("sg"),),
        )
    )
    chart.add_unit(
        Unit(
            "unama",
            "United Nations Assistance Mission in Afghanistan",
            "mission",
            short="UNAMA",
            reports_to=(ReportingLine("dppa"),),
        )
    )
    chart.add_unit(
        Unit(
            "unami",
            "United Nations Assistance Mission for Iraq",
            "mission",
            short="UNAMI",
            reports_to=(ReportingLine("dppa"),),
        )
    )
    return chart  # fmt: skip


def test_rows_read_short_name_first_and_filter_keeps_the_path(qtbot: QtBot) -> None:
    dock = OutlineDock()
    qtbot.addWidget(dock)
    dock.rebuild(small_chart())
    assert dock.index_of("unama").data() == "UNAMA — United Nations Assistance Mission in Afghanistan"
    dock.filter.setText("afghan")
    assert shown_ids(dock) == ["sg", "dppa", "unama"]  # the match and the units above it
    assert dock.tree.isExpanded(dock.index_of("dppa"))
    dock.filter.setText("unam")
    assert shown_ids(dock) == ["sg", "dppa", "unama", "unami"]
    dock.filter.setText("unami")  # by id, too
    assert shown_ids(dock) == ["sg", "dppa", "unami"]
    dock.filter.setText("")
    assert shown_ids(dock) == ["sg", "dppa", "unama", "unami"]


def test_the_three_regional_asgs_are_told_apart(qtbot: QtBot) -> None:
    dock = OutlineDock()
    qtbot.addWidget(dock)
    dock.resize(240, 600)
    dock.show()
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    dock.rebuild(chart)
    asgs = [u.id for u in chart if u.name.startswith("Office of the Assistant Secretary-General")]
    assert len(asgs) == 3
    assert dock.tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    metrics = dock.tree.fontMetrics()
    width = 150  # a narrow column
    shown = {
        metrics.elidedText(str(dock.index_of(a).data()), Qt.TextElideMode.ElideMiddle, width) for a in asgs
    }
    assert len(shown) == 3
    for unit_id in asgs:  # the full name as a tool tip
        assert chart.unit(unit_id).name in str(dock.index_of(unit_id).data(Qt.ItemDataRole.ToolTipRole))


def test_filtering_20000_units_never_rebuilds_the_model(qtbot: QtBot) -> None:
    chart = generate().build_chart(20000)
    dock = OutlineDock()
    qtbot.addWidget(dock)
    dock.resize(320, 900)
    dock.show()
    dock.rebuild(chart)
    resets: list[str] = []
    dock.model.modelReset.connect(lambda: resets.append("reset"))
    dock.model.rowsRemoved.connect(lambda *_: resets.append("removed"))
    dock.model.rowsInserted.connect(lambda *_: resets.append("inserted"))
    rebuilt: list[Chart] = []
    dock.rebuild = rebuilt.append  # type: ignore[method-assign]
    times: list[float] = []
    for text in ["u", "u1", "u19", "u199", "u1999", "u199", "u19", "u1", "u", ""]:
        start = time.perf_counter()
        dock.filter.setText(text)
        qtbot.wait(0)
        times.append(time.perf_counter() - start)
    assert resets == [] and rebuilt == []
    dock.filter.setText("u1999")
    assert "u1999" in shown_ids(dock)
    assert sorted(times)[len(times) // 2] < 0.25  # the median keystroke (target 50 ms, slack for CI)
