"""The writer is deterministic and its output loads back to an equal chart."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from chart_strategies import charts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.io import ChartLoadError, dump_chart, load_chart, loads_chart, save_chart
from orgeditor.model import Chart

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parents[2] / "examples"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts())
def test_random_charts_round_trip_exactly(chart: Chart) -> None:
    text = dump_chart(chart)
    again = loads_chart(text, "random.yaml")
    assert again == chart
    assert dump_chart(again) == text


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_files_never_crash_the_loader(data: st.DataObject) -> None:
    text = (FIXTURES / "spec-example.yaml").read_text(encoding="utf-8")
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    cut = data.draw(st.integers(min_value=0, max_value=20))
    insert = data.draw(st.text(alphabet=" \t\n:-[]{}&*!|>'\"#%@`,?0aZ~\x00é", max_size=8))
    mutated = text[:position] + insert + text[position + cut :]
    try:
        loads_chart(mutated, "mutated.yaml")
    except ChartLoadError as exc:
        assert all(e.line >= 1 and e.column >= 1 for e in exc.errors)
        assert str(exc).startswith("mutated.yaml:")


def test_spec_example_is_stable_after_one_save() -> None:
    once = dump_chart(load_chart(FIXTURES / "spec-example.yaml"))
    assert dump_chart(loads_chart(once)) == once


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_examples_are_stored_as_the_writer_writes_them(path: Path) -> None:
    assert dump_chart(load_chart(path)) == path.read_text(encoding="utf-8")


def test_units_keep_their_order_and_flow_style_lines() -> None:
    text = dump_chart(load_chart(FIXTURES / "spec-example.yaml"))
    assert text.index("  dppa:") < text.index("  dpo:") < text.index("  asg-africa:")
    assert "- {to: dppa, scope: non-mission}\n" in text
    assert "    reports_to: {to: africa-ii, scope: mission}\n" in text
    assert "    sg: [0, 0]\n" in text


def test_save_is_atomic_and_keeps_a_backup(tmp_path: Path) -> None:
    chart = load_chart(FIXTURES / "spec-example.yaml")
    target = tmp_path / "chart.yaml"
    target.write_text("old contents\n", encoding="utf-8")
    save_chart(chart, target)
    assert load_chart(target) == chart
    assert (tmp_path / "chart.yaml~").read_text(encoding="utf-8") == "old contents\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:

    chart = load_chart(FIXTURES / "spec-example.yaml")
    target = tmp_path / "chart.yaml"
    target.write_text("precious\n", encoding="utf-8")

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError, match="No space"):
        save_chart(chart, target)
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.yaml"]


def test_a_chart_too_large_to_open_again_is_not_written(tmp_path: Path) -> None:
    from orgeditor.io.yamltree import MAX_BYTES  # noqa: PLC0415
    from orgeditor.model import Layout, Unit, build_chart  # noqa: PLC0415

    count = 45_000
    units = [Unit("u0", "Top", "office")] + [
        Unit(f"u{i}", "A unit with a long enough name " + "x" * 400, "unit") for i in range(1, count)
    ]
    layout = Layout(positions={u.id: (123456.789, 987654.321) for u in units})
    chart = build_chart(title="Big", units=units, layout=layout)
    assert len(dump_chart(chart).encode()) > MAX_BYTES
    target = tmp_path / "big.yaml"
    target.write_bytes(b"previous")
    with pytest.raises(OSError, match=r"would be .* MB"):
        save_chart(chart, target)
    assert target.read_bytes() == b"previous"
    assert list(tmp_path.iterdir()) == [target]


def test_a_yaml_export_keeps_no_backup(tmp_path: Path) -> None:
    from orgeditor.cli import main  # noqa: PLC0415

    source = Path(__file__).resolve().parents[2] / "examples" / "proposal-2017.yaml"
    target = tmp_path / "copy.yaml"
    target.write_text("old")
    assert main(["export", str(source), "-o", str(target)]) == 0
    assert load_chart(target).title == load_chart(source).title
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.yaml"]
