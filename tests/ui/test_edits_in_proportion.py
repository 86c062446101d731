"""An edit updates the legend and the checks dock in proportion to what it changed, and they
end up showing what a window opened afresh on the same chart shows."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from orgeditor.model import Chart, ReportingLine
from orgeditor.rules import Finding
from orgeditor.ui.docks.checks import ChecksDock
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive())


def legend_args_of_a_fresh_window(make_window: WindowFactory, chart: Chart) -> dict[str, object]:
    return make_window(chart.copy()).view.legend.legend_args()


def test_the_legend_follows_edits_as_a_fresh_window_shows_them(
    qtbot: QtBot, window: MainWindow, make_window: WindowFactory
) -> None:
    legend = window.view.legend
    assert legend.legend_args()["split_departments"] == [("dppa", "dpo")]
    # the ASG reports to DPPA alone: no split band, no mission line
    window.editor.update_unit(
        window.chart.unit("asg-africa").with_changes(reports_to=(ReportingLine("dppa"),)), "Edit"
    )
    settle(qtbot, window)
    args = legend.legend_args()
    assert args["split_departments"] == [] and "mission" not in args["scopes"]
    assert args == legend_args_of_a_fresh_window(make_window, window.chart)
    # a new department, and a unit in no department, then undone
    window.editor.update_unit(window.chart.unit("orolsi").with_changes(kind="department"), "Edit")
    window.editor.update_unit(window.chart.unit("team").with_changes(reports_to=()), "Edit")
    settle(qtbot, window)
    args = legend.legend_args()
    assert "orolsi" in args["departments"]
    assert args == legend_args_of_a_fresh_window(make_window, window.chart)
    window.editor.toggle(["dppa"], "collapsed")  # the ASG and its branch fold away
    settle(qtbot, window)
    assert legend.legend_args() == legend_args_of_a_fresh_window(make_window, window.chart)
    for _ in range(4):
        window.undo_stack.undo()
    settle(qtbot, window)
    args = legend.legend_args()
    assert args["split_departments"] == [("dppa", "dpo")] and "orolsi" not in args["departments"]
    assert args == legend_args_of_a_fresh_window(make_window, window.chart)


def finding(n: int, severity: str = "warning") -> Finding:
    return Finding("rule.x", severity, f"Finding number {n}", "¶9", (f"u{n}",))


def rows(dock: ChecksDock) -> list[tuple[str, str, str]]:
    model = dock.model
    return [tuple(model.item(r, c).text() for c in range(3)) for r in range(model.rowCount())]  # type: ignore[misc]


def test_the_checks_dock_replaces_only_the_rows_that_changed(qtbot: QtBot) -> None:
    dock = ChecksDock()
    qtbot.addWidget(dock)
    before = [finding(n) for n in range(200)]
    dock.set_findings(before)
    dock.view.setCurrentIndex(dock.model.index(150, 0))
    removed: list[int] = []
    dock.model.rowsRemoved.connect(lambda _p, first, last: removed.append(last - first + 1))
    after = [*before[:10], finding(1000), *before[12:]]
    dock.set_findings(after)
    assert sum(removed) == 2  # two rows went, one came; the other 198 stayed
    assert dock.current_finding() == before[150]  # the selection stayed on its finding
    assert rows(dock) == [(f.message, f.cite, f.rule) for f in after]


def test_the_checks_dock_shows_any_sequence_of_findings_as_a_fresh_dock_does(qtbot: QtBot) -> None:
    rng = random.Random(18)
    dock = ChecksDock()
    qtbot.addWidget(dock)
    for step in range(40):
        findings = [finding(n, rng.choice(["error", "warning", "info"])) for n in rng.sample(range(60), 12)]
        message = rng.choice(["", "", "The rulebook 'x' could not be read"])
        dock.set_findings(findings, message)
        fresh = ChecksDock()
        qtbot.addWidget(fresh)
        fresh.set_findings(findings, message)
        assert rows(dock) == rows(fresh), step
        assert dock.windowTitle() == fresh.windowTitle()
        offset = 1 if message else 0
        assert [dock.finding_at(r) for r in range(dock.model.rowCount())][offset:] == fresh.findings
        dock.view.setCurrentIndex(QModelIndex())


def test_cite_and_rule_columns_fit_every_row_an_edit_brings(qtbot: QtBot) -> None:
    dock = ChecksDock()
    qtbot.addWidget(dock)
    dock.resize(900, 400)
    dock.show()
    header, view, model = dock.view.header(), dock.view, dock.model

    def fits() -> bool:
        return all(
            header.sectionSize(c) >= view.sizeHintForIndex(model.index(r, c)).width()
            for r in range(model.rowCount())
            for c in (1, 2)
        )

    short = [finding(n) for n in range(30)]
    dock.set_findings(short)
    assert fits()
    narrow = header.sectionSize(2)
    long_rule = Finding(
        "pillar.a-rule-with-a-much-longer-id", "warning", "Long", "¶ 9 (a)–(c), annex II", ("u1",)
    )
    dock.set_findings([*short[:15], long_rule, *short[15:]])  # an edit brings one long row
    assert fits() and header.sectionSize(2) > narrow
    wide = header.sectionSize(2)
    dock.set_findings([*short[:15], *short[16:]])  # an edit takes a row away: no jump
    assert header.sectionSize(2) == wide
    dock.set_findings([finding(n) for n in range(100, 105)])  # every row replaced: fits them
    assert fits() and header.sectionSize(2) < wide


def test_the_status_bar_counts_posts_kept_through_edits(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.update_unit(window.chart.unit("team").with_changes(posts=12), "Edit posts")
    window.editor.update_unit(window.chart.unit("div").with_changes(posts=3), "Edit posts")
    settle(qtbot, window)
    assert "15 posts" in window.counts_label.text()
    window.editor.delete_units(["team"])
    settle(qtbot, window)
    assert "3 posts" in window.counts_label.text()
    window.undo_stack.undo()
    window.undo_stack.undo()
    settle(qtbot, window)
    assert "12 posts" in window.counts_label.text()


def test_cycles_are_collected_on_the_gui_thread_only(qtbot: QtBot, window: MainWindow) -> None:
    import gc  # noqa: PLC0415

    from orgeditor.ui.collector import INTERVAL_MS, collect_due  # noqa: PLC0415

    assert not gc.isenabled()  # no collection in whatever thread allocates next
    threshold = gc.get_threshold()[0]
    junk = []
    for _ in range(2 * threshold):  # cycles enough to make a collection due
        cycle: list[object] = []
        cycle.append(cycle)
        junk.append(cycle)
    del junk, cycle
    assert gc.get_count()[0] > threshold  # due, and not collected on the spot
    qtbot.wait(INTERVAL_MS * 3)  # the window's event loop runs the collector
    assert gc.get_count()[0] <= threshold
    assert collect_due() == -1


def test_card_departments_after_edits_through_a_cycle_are_those_of_a_fresh_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The scene patches the departments its cards show after an edit; with a cycle of
    reporting lines in the chart, the patch still gives what the hierarchy answers afresh."""
    chart = window.chart
    dpo = next(u for u in chart.units.values() if u.kind == "department")
    others = [u for u in chart.units.values() if u.kind != "department" and u.reports_to][:2]
    first, second = others
    # first → second → first, and first also reports to a department
    window.editor.update_unit(
        first.with_changes(reports_to=(ReportingLine(second.id), ReportingLine(dpo.id, "mission"))), ""
    )
    window.editor.update_unit(chart.unit(second.id).with_changes(reports_to=(ReportingLine(first.id),)), "")
    settle(qtbot, window)
    assert window.scene._departments == chart.hierarchy.department_map()
    window.undo_stack.undo()
    settle(qtbot, window)
    assert window.scene._departments == chart.hierarchy.department_map()
