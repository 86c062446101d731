"""Property-based: the outline, updated row by row after each edit, shows the same tree as one
rebuilt from scratch — reporting cycles made and broken included."""

from __future__ import annotations

import contextlib
import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from orgeditor.model import Chart, ChartError, RemovedUnit, ReportingLine, Unit
from orgeditor.ui.docks.outline import ID_ROLE, OutlineDock, tree_parents


def shown_parents(dock: OutlineDock) -> dict[str, str | None]:
    """Each row's parent row, read from the model the tree view shows."""
    return {unit: parent for parent, units in shown_tree(dock).items() for unit in units}


def shown_tree(dock: OutlineDock) -> dict[str | None, list[str]]:
    """Each row's children, in row order."""
    found: dict[str | None, list[str]] = {}
    pending = [(dock.model.invisibleRootItem(), None)]
    while pending:
        holder, parent = pending.pop()
        for row in range(holder.rowCount()):
            child = holder.child(row)
            unit_id = str(child.data(ID_ROLE))
            found.setdefault(parent, []).append(unit_id)
            pending.append((child, unit_id))
    return found


def start() -> Chart:
    chart = Chart(title="Outline")
    chart.add_unit(Unit("u0", "Root", "office"))
    for i in range(1, 8):
        chart.add_unit(
            Unit(f"u{i}", f"Unit {i}", "division", reports_to=(ReportingLine(f"u{(i - 1) // 2}"),))
        )
    return chart


edit = st.tuples(
    st.sampled_from(["line", "second", "top", "add", "remove"]), st.integers(0, 40), st.integers(0, 40)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(edit, min_size=1, max_size=25))
def test_outline_updated_in_place_equals_a_rebuild(qtbot: QtBot, edits: list[tuple[str, int, int]]) -> None:
    chart = start()
    dock = OutlineDock()
    qtbot.addWidget(dock)
    dock.rebuild(chart)
    serial = 100
    removed: list[RemovedUnit] = []
    for action, a, b in edits:
        ids = list(chart.units)
        unit_id, other = ids[a % len(ids)], ids[b % len(ids)]
        unit = chart.unit(unit_id)
        changed = {unit_id}
        if action == "line" and other != unit_id:  # may close a cycle
            chart.update_unit(dataclasses.replace(unit, reports_to=(ReportingLine(other),)))
        elif action == "second" and other != unit_id and unit.reports_to:
            lines = (ReportingLine(unit.reports_to[0].to, "mission"), ReportingLine(other, "non-mission"))
            chart.update_unit(dataclasses.replace(unit, reports_to=lines))
        elif action == "top":
            chart.update_unit(dataclasses.replace(unit, reports_to=()))
        elif action == "add":
            serial += 1
            new = Unit(f"u{serial}", f"Unit {serial}", "section", reports_to=(ReportingLine(unit_id),))
            chart.add_unit(new)
            changed = {new.id}
        elif action == "remove" and len(chart) > 1 and chart.direct_reports(unit_id) in ([], [unit_id]):
            removed.append(chart.remove_unit(unit_id))
        elif action == "restore" and removed:
            record = removed.pop()
            with contextlib.suppress(ChartError):  # its manager went meanwhile
                chart.restore_unit(record)
                changed = {record.unit.id}
        dock.update_units(chart, changed)
        assert shown_parents(dock) == tree_parents(chart), (action, unit_id, other)
        fresh = OutlineDock()
        fresh.rebuild(chart)
        assert shown_tree(dock) == shown_tree(fresh), (action, unit_id, other)  # rows in display order
        fresh.deleteLater()
