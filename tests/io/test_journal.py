"""Replaying the edit journal after a crash gives back exactly the chart the editor held."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from chart_strategies import charts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.io import ChartLoadError, dump_chart, load_chart
from orgeditor.io.journal import EditJournal, SnapshotCache, find_journals, replay, snapshot_ops
from orgeditor.model import Chart, ChartError, Departure, Group, Link, PostBreakdown, ReportingLine, Unit

FIXTURES = Path(__file__).parent / "fixtures"


def spec_chart() -> Chart:
    return load_chart(FIXTURES / "spec-example.yaml")


def test_every_kind_of_edit_replays(tmp_path: Path) -> None:
    chart = spec_chart()
    journal = EditJournal(chart, tmp_path, chart.path, sync=False)
    chart.add_unit(Unit("new", "New Division", "division", reports_to=(ReportingLine("dpo"),)), index=2)
    chart.update_unit(chart.unit("dppa").with_changes(name="Renamed", posts=7))
    chart.move_unit("sg", 4)
    chart.add_link(Link("new", "dppa", "coordinates"))
    chart.update_group(Group("spg", "SPG", ("dppa", "dpo", "new")))
    chart.set_position("new", (12.5, -3))
    chart.set_pinned("sg", True)
    chart.set_meta(title="Edited", description=None)
    record = chart.remove_unit("hlab-mediation")
    chart.restore_unit(record)
    chart.remove_unit("hlab-mediation")
    journal.detach()
    assert replay(journal.path) == chart
    assert journal.edits == 11


def test_clean_close_removes_the_journal(tmp_path: Path) -> None:
    chart = spec_chart()
    journal = EditJournal(chart, tmp_path, chart.path, sync=False)
    chart.set_meta(title="x")
    journal.close()
    assert list(tmp_path.iterdir()) == []
    chart.set_meta(title="y")  # no longer recorded, and nothing breaks


def test_a_journal_without_sync_is_made_durable_by_flush_once_per_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr("orgeditor.io.journal.os.fsync", synced.append)
    chart = spec_chart()
    journal = EditJournal(chart, tmp_path, chart.path, sync=False)
    chart.set_meta(title="first")
    chart.set_meta(title="second")
    assert synced == []  # written, not yet synced: the edits stay quick
    assert len(journal.path.read_text(encoding="utf-8").splitlines()) == 3  # but in the file
    journal.flush()
    journal.flush()  # nothing new: no second fsync
    assert len(synced) == 1
    chart.set_meta(title="third")
    journal.flush()
    assert len(synced) == 2
    journal.close()


def test_a_failed_flush_stops_recording_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(fd: int) -> None:
        raise OSError(5, "Input/output error")

    told: list[OSError] = []
    chart = spec_chart()
    journal = EditJournal(chart, tmp_path, chart.path, sync=False, on_error=told.append)
    chart.set_meta(title="first")
    monkeypatch.setattr("orgeditor.io.journal.os.fsync", broken)
    journal.flush()
    assert journal.error is not None and told == [journal.error]
    chart.set_meta(title="not recorded")
    journal.detach()
    assert replay(journal.path).title == "first"


def test_torn_last_line_is_ignored(tmp_path: Path) -> None:
    chart = spec_chart()
    journal = EditJournal(chart, tmp_path, chart.path, sync=False)
    chart.set_meta(title="first")
    expected = chart.copy()
    chart.set_meta(title="second")
    journal.detach()
    text = journal.path.read_text(encoding="utf-8")
    journal.path.write_text(text[: len(text) - 5], encoding="utf-8")
    assert replay(journal.path) == expected


def test_find_journals_skips_live_ones(tmp_path: Path) -> None:
    chart = spec_chart()
    live = EditJournal(chart, tmp_path, chart.path, sync=False)
    chart.set_meta(title="edited")
    other = spec_chart()
    crashed = EditJournal(other, tmp_path, None, sync=False)
    other.set_meta(title="lost work")
    crashed.detach()
    found = find_journals(tmp_path)
    assert [info.path for info in found] == [crashed.path]
    assert found[0].edits == 1
    assert found[0].document is None
    live.close()


def test_damaged_journal_is_a_located_error(tmp_path: Path) -> None:
    chart = spec_chart()
    journal = EditJournal(chart, tmp_path, None, sync=False)
    chart.set_meta(title="x")
    journal.detach()
    with journal.path.open("a", encoding="utf-8") as handle:
        handle.write('{"edit": 2, "ops": [{"op": "explode"}]}\n')
    with pytest.raises(ChartLoadError, match=r":3:1: error: damaged journal entry"):
        replay(journal.path)
    (tmp_path / "junk.journal").write_text("not json\n", encoding="utf-8")
    assert [i.path.name for i in find_journals(tmp_path)] == [journal.path.name]


EDITS = st.lists(st.tuples(st.integers(0, 7), st.integers(0, 1000), st.integers(0, 1000)), max_size=25)


def apply_random_edit(chart: Chart, what: int, a: int, b: int) -> None:
    ids = list(chart.units)
    if not ids:
        return
    unit_id = ids[a % len(ids)]
    other = ids[b % len(ids)]
    try:
        if what == 0:
            chart.add_unit(
                Unit(f"n{a}-{b}", f"New {a}", "team", reports_to=(ReportingLine(other),)), index=b % 5
            )
        elif what == 1:
            chart.update_unit(chart.unit(unit_id).with_changes(name=f"Name {b}", posts=b))
        elif what == 2:
            chart.remove_unit(unit_id)
        elif what == 3:
            chart.move_unit(unit_id, b % len(ids))
        elif what == 4:
            chart.add_link(Link(unit_id, other, "informs"))
        elif what == 5:
            chart.set_position(unit_id, (a, -b))
        elif what == 6:
            chart.set_collapsed(unit_id, bool(b % 2))
        else:
            chart.update_unit(chart.unit(unit_id).with_changes(reports_to=(ReportingLine(other, "mission"),)))
    except ChartError:
        pass  # refused edits change nothing, as in the editor


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(charts(max_units=8, with_breakdowns=True, with_lineage=True), EDITS)
def test_random_edit_sequences_replay_exactly(
    tmp_path: Path, chart: Chart, edits: list[tuple[int, int, int]]
) -> None:
    journal = EditJournal(chart, tmp_path, None, sync=False)
    for what, a, b in edits:
        apply_random_edit(chart, what, a, b)
    journal.detach()
    assert dump_chart(replay(journal.path)) == dump_chart(chart)
    assert replay(journal.path) == chart
    journal.path.unlink()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chart=charts(), data=st.data())
def test_a_journal_started_from_a_filled_cache_replays_the_chart_as_it_is_now(
    tmp_path_factory: pytest.TempPathFactory, chart: Chart, data: st.DataObject
) -> None:
    """Units encoded while idle are reused only while unchanged: edits made since are in."""
    cache = SnapshotCache()
    cache.fill(chart)
    ids = list(chart.units)
    for unit_id in data.draw(st.lists(st.sampled_from(ids), max_size=3, unique=True), label="renamed"):
        chart.update_unit(chart.unit(unit_id).with_changes(name=f"Renamed {unit_id}"))
    if len(ids) > 1:
        chart.move_unit(ids[0], len(ids) - 1)
    expected = json.loads(json.dumps(snapshot_ops(chart)))
    assert json.loads(cache.snapshot_json(chart)) == expected
    folder = tmp_path_factory.mktemp("journal")
    journal = EditJournal(chart, folder, None, sync=False, cache=cache)
    journal.detach()
    assert replay(journal.path) == chart


def test_posts_by_grade_lineage_funding_and_departures_replay(tmp_path: Path) -> None:
    chart = Chart(title="Demo")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
    journal = EditJournal(chart, tmp_path, None, sync=False)
    breakdown = PostBreakdown.from_sources({"core": {"USG": 1, "P-4": 0}, "trust-fund": {"GS": 2}})
    chart.set_meta(funding=["core", "trust-fund"])
    chart.update_unit(chart.unit("dppa").with_changes(post_breakdown=breakdown, formerly=("dpa", "pbso")))
    chart.set_meta(departures=[Departure("chart.single-root", ("sg", "dppa"), "Reason", "GA res 1")])
    journal.detach()
    replayed = replay(journal.path)
    assert replayed == chart
    assert replayed.unit("dppa").post_breakdown == breakdown and replayed.unit("dppa").posts == 3
    assert replayed.unit("dppa").formerly == ("dpa", "pbso")
    assert replayed.funding == ("core", "trust-fund") and replayed.departures == chart.departures
