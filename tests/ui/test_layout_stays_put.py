"""The editor keeps every card where it is unless an edit needs it moved (issue 14)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]


def card_centres(window: MainWindow) -> dict[str, tuple[float, float]]:
    return {uid: (card.pos().x(), card.pos().y()) for uid, card in window.scene.cards.items()}


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.wait(300)  # the layout timer
    qtbot.waitUntil(lambda: window.auto_layout.idle, timeout=10000)


def test_adding_renaming_relinking_and_deleting_move_no_other_card(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    before = card_centres(window)
    new = window.editor.add_subordinate("africa-i-division")
    assert new is not None
    settle(qtbot, window)
    after = card_centres(window)
    assert {u: p for u, p in after.items() if u != new} == before
    column = [after[m] for m in window.chart.direct_reports("africa-i-division") if m != new]
    assert after[new][1] > max(y for _, y in column)  # below the column it joins

    window.editor.rename("dpo", "Department of Peace Operations, renamed")
    window.editor.rename(new, "A new mission")
    settle(qtbot, window)
    assert card_centres(window) == after

    window.editor.report_to("unmas", "oma")  # re-linked: it moves, nothing else does
    settle(qtbot, window)
    relinked = card_centres(window)
    assert {u for u in relinked if relinked[u] != after[u]} == {"unmas"}

    window.editor.delete_units([new])
    settle(qtbot, window)
    assert card_centres(window) == {u: p for u, p in relinked.items() if u != new}

    window.undo_stack.undo()  # the deleted unit comes back where it was
    settle(qtbot, window)
    assert card_centres(window)[new] == relinked[new]


def test_relayout_is_one_undoable_step_that_keeps_pinned_cards(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    window = make_window(chart)
    window.editor.add_subordinate("africa-i-division")
    settle(qtbot, window)
    window.editor.move({"dpo": (5000.0, 900.0)}, {"dpo": None})
    window.chart.set_pinned("dpo", True)
    settle(qtbot, window)
    edited = card_centres(window)
    steps = window.undo_stack.count()
    window.auto_layout.request(relayout=True)
    settle(qtbot, window)
    fresh = card_centres(window)
    assert fresh["dpo"] == (5000.0, 900.0)
    assert fresh != edited
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    settle(qtbot, window)
    assert card_centres(window) == edited


def test_undoing_a_relink_or_a_deletion_puts_cards_back_where_they_were(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(load_chart(EXAMPLES / "implemented-2019.yaml"))
    before = card_centres(window)
    window.editor.report_to("minusma", "eastern-africa-division")
    settle(qtbot, window)
    assert card_centres(window)["minusma"] != before["minusma"]
    window.undo_stack.undo()
    settle(qtbot, window)
    assert card_centres(window) == before

    window.editor.delete_units(["unama"])
    settle(qtbot, window)
    window.undo_stack.undo()
    settle(qtbot, window)
    assert card_centres(window) == before


def test_reports_re_attached_after_a_deletion_stay_together(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(load_chart(EXAMPLES / "implemented-2019.yaml"))
    reports = [
        r for r in window.chart.direct_reports("asia-pacific-division") if r != "asia-pacific-division"
    ]
    assert len(reports) == 2
    window.document.choose_option = lambda *args, **kwargs: 0  # type: ignore[method-assign]  # re-attach
    window.editor.delete_units(["asia-pacific-division"])
    settle(qtbot, window)
    placed = card_centres(window)
    manager = placed["asg-middle-east-asia-pacific"]
    xs = [placed[r][0] for r in reports]
    assert len(set(xs)) == 1  # one column
    assert all(y > manager[1] for _, y in (placed[r] for r in reports))
    assert abs(xs[0] - manager[0]) < 1500  # near their new manager, not thrown across the chart
