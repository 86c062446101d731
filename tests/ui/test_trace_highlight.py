"""The editor's trace: with the default scope ("Trace: all settings") a unit with scoped lines
shows every chain its lines have (SPEC §6.5), not only the lines of scope ``all``."""

from __future__ import annotations

from orgeditor.ui.main_window import MainWindow


def test_default_trace_of_a_regional_asg_lights_both_chains(window: MainWindow) -> None:
    assert window.scope_combo.currentData() == "all"
    window.scene.select_units(["asg-africa"])
    window.actions_by_name["trace"].setChecked(True)
    window.update_trace()
    scene = window.scene
    assert scene.trace_chains() == {
        "mission": ["asg-africa", "dpo", "sg"],
        "non-mission": ["asg-africa", "dppa", "sg"],
    }
    for unit_id in ("asg-africa", "dpo", "dppa", "sg"):
        assert scene.cards[unit_id].highlighted, unit_id
    assert not scene.cards["orolsi"].highlighted
    for key in [
        ("asg-africa", "dpo", "mission"),
        ("asg-africa", "dppa", "non-mission"),
        ("dpo", "sg", "all"),
        ("dppa", "sg", "all"),
    ]:
        assert scene.lines[key].highlighted, key
    assert not scene.lines[("eosg", "sg", "all")].highlighted
    message = window.statusBar().currentMessage()
    assert "Chain (mission settings)" in message
    assert "Chain (non-mission settings)" in message

    # an explicit scope still traces that scope alone
    window.scope_combo.setCurrentIndex(window.scope_combo.findData("non-mission"))
    assert scene.trace_chain() == ["asg-africa", "dppa", "sg"]
    assert not scene.lines[("asg-africa", "dpo", "mission")].highlighted
    assert not scene.cards["dpo"].highlighted


def test_default_trace_of_a_unit_with_only_all_lines_is_its_one_chain(window: MainWindow) -> None:
    window.scene.select_units(["orolsi"])
    window.actions_by_name["trace"].setChecked(True)
    window.update_trace()
    assert window.scene.trace_chains() == {"all": ["orolsi", "dpo", "sg"]}
    assert not window.scene.cards["dppa"].highlighted
