"""The editor in French shows French everywhere it speaks (issue 21 point 5): counts with the
French plural ("0 erreur") and number groups ("1 181"), the chart's vocabulary, the cards, the
compare window's differences — while the chart file keeps its own English words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES, build_pillar

from orgeditor.compare import compare_charts
from orgeditor.diff import diff_charts, to_markdown
from orgeditor.diff.story import story_line
from orgeditor.io import load_chart
from orgeditor.io.chart_writer import dump_chart
from orgeditor.model import Chart, Conflict, Head, PostBreakdown, ReportingLine, Unit
from orgeditor.render import diagram
from orgeditor.render.painting import card_texts, posts_on_card
from orgeditor.render.theme import SCREEN
from orgeditor.ui.compare.differences import diff_entries
from orgeditor.ui.compare.variants_tables import TotalsTable, story_html
from orgeditor.ui.compare.window import CompareWindow
from orgeditor.ui.docks.conflicts import side_by_side
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.post_text import PostText, breakdown_table, number
from orgeditor.ui.words import funding_word

WindowFactory = Callable[[Chart], MainWindow]
NNBSP = "\u202f"  # French groups digits with a narrow no-break space


def test_counts_use_french_plurals_and_number_groups(french: None) -> None:
    counts = PostText()
    assert [counts.errors(n) for n in (0, 1, 2)] == ["0 erreur", "1 erreur", "2 erreurs"]
    assert counts.posts(1181) == f"1{NNBSP}181 postes"
    assert number(20000) == f"20{NNBSP}000"


def test_counts_in_english_keep_the_english_plural(qapp: QApplication) -> None:
    counts = PostText()
    assert [counts.errors(n) for n in (0, 1, 2)] == ["0 errors", "1 error", "2 errors"]
    assert counts.posts(1181) == "1,181 posts"


def test_status_bar_in_french(french: None, make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    expected = f"72 entités · 1{NNBSP}181 postes · 0 erreur · 0 avertissement · 1 information"
    qtbot.waitUntil(lambda: expected in window.counts_label.text(), timeout=10000)
    assert f"1{NNBSP}181 postes" in window.properties.chart_info.text()


def _items(combo: QComboBox) -> dict[str, object]:
    return {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}


def test_properties_lists_show_french_words_and_the_file_keeps_its_own(
    french: None, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(build_pillar())
    window.select_and_centre(["asg-africa"])
    props = window.properties
    qtbot.waitUntil(lambda: props.unit_id == "asg-africa", timeout=2000)
    assert _items(props.kind_combo)["bureau"] == "office"
    assert _items(props.kind_combo)["département"] == "department"
    assert {"SSG": "ASG", "SGA": "USG", "P-5": "P-5"}.items() <= _items(props.head_rank).items()
    assert _items(props.head_gender)["femme"] == "female"
    assert _items(props.presence_combo)["maintien de la paix"] == "peacekeeping"
    assert "office" not in _items(props.kind_combo) and "ASG" not in _items(props.head_rank)
    props.kind_combo.setCurrentIndex(props.kind_combo.findText("département"))
    props.kind_combo.activated.emit(props.kind_combo.currentIndex())
    props.head_rank.setCurrentIndex(props.head_rank.findText("SSG"))
    props.head_rank.activated.emit(props.head_rank.currentIndex())
    unit = window.chart.unit("asg-africa")
    assert unit.kind == "department" and unit.head is not None and unit.head.rank == "ASG"
    saved = yaml.safe_load(dump_chart(window.chart))
    written = next(u for u in _units(saved) if u.get("id") == "asg-africa")
    assert written["kind"] == "department" and written["head"]["rank"] == "ASG"


def _units(saved: Any) -> list[dict[str, Any]]:
    units = saved["units"]
    return [{"id": key, **value} for key, value in units.items()] if isinstance(units, dict) else list(units)


def test_cards_draw_french_words(french: None) -> None:
    unit = Unit("a", "Office of the ASG", "office", head=Head(rank="ASG", name="A. Name"), posts=1181)
    texts = card_texts(unit, QRectF(0, 0, 400, 200), SCREEN)
    assert texts.posts == f"1{NNBSP}181 postes"
    assert texts.head.startswith("SSG · ")
    assert posts_on_card(0) == "0 poste"
    assert funding_word("regular-budget") == "budget ordinaire"


def test_cards_stay_english_without_a_translator(qapp: QApplication) -> None:
    unit = Unit("a", "Office of the ASG", "office", head=Head(rank="ASG"), posts=1181)
    texts = card_texts(unit, QRectF(0, 0, 400, 200), SCREEN)
    assert (texts.posts, texts.head) == ("1181 posts", "ASG")
    assert posts_on_card(1) == "1 post"


def _merged() -> tuple[Chart, Chart]:
    before = build_pillar()
    before.add_unit(
        Unit(
            "dpa",
            "Department of Political Affairs",
            "department",
            short="DPA",
            reports_to=(ReportingLine("sg"),),
            posts=30,
        )
    )
    before.add_unit(
        Unit(
            "pbso",
            "Peacebuilding Support Office",
            "office",
            short="PBSO",
            reports_to=(ReportingLine("sg"),),
            posts=20,
        )
    )
    after = build_pillar()
    after.add_unit(
        Unit(
            "dppa2",
            "Department of Political and Peacebuilding Affairs",
            "department",
            short="DPPA2",
            reports_to=(ReportingLine("sg"),),
            posts=50,
            formerly=("dpa", "pbso"),
        )
    )
    after.update_unit(after.unit("orolsi").with_changes(kind="department", head=Head(rank="ASG")))
    return before, after


def test_differences_speak_french(french: None) -> None:
    entries = {e.category: e.text for e in diff_entries(diff_charts(*_merged(), check=False))}
    assert entries["Units changed"] == "OROLSI — type : bureau → département ; rang du chef : aucun → SSG"
    story = entries["Merges, splits and successions"]
    assert story.startswith("DPA + PBSO → DPPA2 : fusion, déclarée"), story
    assert "postes inchangés (50)" in story


def test_the_reports_stay_english(qapp: QApplication) -> None:
    diff = diff_charts(*_merged(), check=False)
    assert story_line(diff, diff.lineage[0]).startswith("DPA + PBSO → DPPA2: merge, declared")
    assert "Kind" in to_markdown(diff) and "Type" not in to_markdown(diff)


def test_the_compare_window_in_french(french: None, qtbot: QtBot) -> None:
    window = CompareWindow(*_merged(), "before.yaml", "after.yaml")
    qtbot.addWidget(window)
    model = window.tree.model()
    texts = []
    for row in range(model.rowCount()):
        category = model.index(row, 0)
        texts.append(category.data())
        texts += [model.index(r, 0, category).data() for r in range(model.rowCount(category))]
    assert "Entités modifiées (1)" in texts
    assert "OROLSI — type : bureau → département ; rang du chef : aucun → SSG" in texts


def test_french_words_do_not_squeeze_the_outline(french: None, qtbot: QtBot, settings: QSettings) -> None:
    """Long French words (a presence, the lineage's picker label) once widened the Properties
    dock past its place, and the Outline beside the chart lost a third of its width."""
    window = MainWindow(load_chart(EXAMPLES / "proposal-2017.yaml"), settings=settings)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitUntil(lambda: not window.auto_layout.runner.busy, timeout=10000)
    assert window.properties.minimumSizeHint().width() <= 300
    assert window.outline.width() >= 220
    window.undo_stack.setClean()


def test_lines_carry_french_labels(french: None, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    monkeypatch.setattr(diagram, "draw_label", lambda _painter, _at, text, *_args: drawn.append(text))
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        diagram.draw_link(painter, [(0, 0), (100, 100)], "supports", SCREEN)
        diagram.draw_reporting_line(painter, [(0, 0), (0, 100)], "non-mission", SCREEN, label_at=0.5)
    finally:
        painter.end()
    assert drawn == ["appuie", "hors mission"]


def test_the_variants_story_speaks_french_and_the_report_stays_english(french: None) -> None:
    paths = [EXAMPLES / "proposal-2017.yaml", EXAMPLES / "variant-four-asgs.yaml"]
    comparison = compare_charts([(path.name, load_chart(path)) for path in paths])
    html = story_html(comparison, [path.name for path in paths])
    assert "Nouvelles entités (1) : Office of the Assistant Secretary-General for Africa II." in html
    assert f"Postes inchangés (1{NNBSP}181) ; par classe SSG +1, P-5 -1" in html
    assert "non respecté" in html and "New units" not in html
    assert "A → B : proposal-2017.yaml → variant-four-asgs.yaml</h3>" in html  # French spacing
    assert (
        "New units (1): Office of the Assistant Secretary-General for Africa II."
        in comparison.changes[0].story
    )
    totals = TotalsTable(comparison, [path.name for path in paths])
    assert totals.rows["Postes"] == [f"1{NNBSP}181", f"1{NNBSP}181"]
    assert "SSG" in "".join(totals.rows)


def test_merge_conflicts_name_fields_in_french(french: None) -> None:
    chart = build_pillar()
    rows = side_by_side(chart, Conflict("units.dppa.short", "DPPA", "DPA"), ["DPPA", "DPPA", "DPA"])
    assert rows[0][0] == "Sigle"
    whole = {"name": "Department", "kind": "department", "posts": 3}
    rows = side_by_side(chart, Conflict("units.dppa", whole, None), [whole, None, None])
    assert {"Nom", "Type", "Postes"} <= {what for what, _ in rows}


def test_qt_file_dialog_labels_are_french(french: None, qtbot: QtBot) -> None:
    """Qt 6's file dialog asks for "&Look in:", which PySide6's qtbase_fr.qm does not have."""
    dialog = QFileDialog(None, "", "", "*.yaml")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels


def test_legend_and_post_tables_in_french(french: None) -> None:
    rows = diagram.legend_rows(SCREEN, groups=[f"G{i}" for i in range(5)])
    assert ("more", "", "et 1 autre groupe") in rows
    unit = Unit("a", "A", "office", post_breakdown=PostBreakdown.from_grades({"P-4": 1200}))
    assert f'<td align="right">1{NNBSP}200</td>' in breakdown_table(unit)
