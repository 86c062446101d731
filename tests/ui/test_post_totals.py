"""Post totals (SPEC §6.1) in the editor: a card's tool tip breaks its posts down by grade and
funding source and gives its branch's total; the status bar counts the chart's posts and the
selected unit's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGraphicsSceneHelpEvent, QToolTip
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES, build_pillar

from orgeditor.io import load_chart
from orgeditor.model import Chart, PostBreakdown
from orgeditor.model.posts import subtree_posts, total_posts
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.post_text import breakdown_table, card_tool_tip, counts_text

WindowFactory = Callable[[Chart], MainWindow]


def _staffed() -> Chart:
    """The small pillar with posts: a division funded from two sources, a team below it."""
    chart = build_pillar()
    division = chart.unit("div").with_changes(
        post_breakdown=PostBreakdown.from_sources(
            {"regular-budget": {"D-2": 1, "P-4": 4, "GS": 3}, "support-account": {"P-4": 2, "GS": 1}}
        )
    )
    chart.update_unit(division)
    chart.update_unit(chart.unit("team").with_changes(posts=5))
    chart.update_unit(chart.unit("orolsi").with_changes(post_breakdown=PostBreakdown.from_grades({"P-5": 2})))
    return chart


def _row(grade: str, *counts: str) -> str:
    cells = "".join(f'<td align="right">{count}</td>' for count in counts)
    return f"<tr><td>{grade}</td>{cells}</tr>"


def _hover(window: MainWindow, unit_id: str) -> str:
    card = window.scene.cards[unit_id]
    event = QGraphicsSceneHelpEvent(QEvent.Type.GraphicsSceneHelp)
    event.setScenePos(card.pos())
    event.setScreenPos(window.view.viewport().mapToGlobal(window.view.mapFromScene(card.pos())))
    window.scene.helpEvent(event)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_hovering_a_card_shows_its_breakdown_and_branch_total(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(_staffed())
    qtbot.waitExposed(window)
    tip = _hover(window, "div")
    assert "Africa Division" in tip and "11 posts" in tip
    assert '<th align="right">regular budget</th><th align="right">support account</th>' in tip
    # P-4: 4 from the regular budget, 2 from the support account, 6 in all
    assert (
        '<tr><td>P-4</td><td align="right">4</td><td align="right">2</td><td align="right">6</td></tr>' in tip
    )
    assert '<tr><td>D-2</td><td align="right">1</td><td align="right">·</td>' in tip  # none from the account
    assert "16 posts in this branch" in tip


def test_tool_tips_of_grades_only_plain_posts_and_no_posts() -> None:
    chart = _staffed()
    grades = card_tool_tip(chart, chart.unit("orolsi"))
    assert "<th" in grades and '<tr><td>P-5</td><td align="right">2</td></tr>' in grades
    assert "in this branch" not in grades  # OROLSI has no reports here
    plain = card_tool_tip(chart, chart.unit("team"))
    assert "5 posts" in plain and "<table" not in plain
    assert card_tool_tip(chart, chart.unit("eosg")) == "Executive Office"  # nothing but the name
    assert "16 posts in this branch" in card_tool_tip(chart, chart.unit("asg-africa"))
    assert breakdown_table(chart.unit("team")) == ""


def test_sources_follow_the_charts_funding_order() -> None:
    chart = _staffed()
    chart.set_meta(funding=("support-account", "regular-budget", "extrabudgetary"))
    table = breakdown_table(chart.unit("div"), chart.funding)
    assert table.index("support account") < table.index("regular budget")


def test_status_bar_counts_posts_of_the_chart_and_of_the_selected_unit(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(_staffed())
    assert "8 units · 18 posts · " in window.counts_label.text()
    window.select_and_centre(["div"])
    qtbot.waitUntil(lambda: "Africa Division" in window.counts_label.text(), timeout=2000)
    assert window.counts_label.text().startswith("Africa Division: 11 posts (16 in branch) · 8 units")
    window.select_and_centre(["eosg", "div"])
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("8 units"), timeout=2000)
    window.select_and_centre(["eosg"])
    unstaffed = "Executive Office: no posts · 8 units"  # no reports: no branch total
    qtbot.waitUntil(lambda: window.counts_label.text().startswith(unstaffed), timeout=2000)


def test_status_bar_follows_an_edit_of_posts(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(_staffed())
    window.editor.update_unit(window.chart.unit("team").with_changes(posts=7), "Change posts")
    qtbot.waitUntil(lambda: "20 posts" in window.counts_label.text(), timeout=2000)


def test_status_text_of_an_example_chart() -> None:
    chart = load_chart(EXAMPLES / "baseline-2017.yaml")
    total = total_posts(chart)
    counts = {"error": 0, "warning": 1, "info": 0}
    assert f"{len(chart):,} units · {total:,} posts · 0 errors · 1 warning" in counts_text(chart, counts, [])
    root = next(u for u in chart if not u.reports_to)
    text = counts_text(chart, counts, [root.id])
    assert text.startswith(f"{root.label}: ")
    assert f"({subtree_posts(chart, root.id):,} in branch)" in text
