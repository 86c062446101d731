"""The diff on the shipped example variants: consistency, symmetry, and the 2017→2019 story."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from orgeditor.diff import categories_of, diff_charts, to_json, to_markdown, to_text
from orgeditor.model import Chart

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NAMES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))


def _load(name: str) -> Chart:
    from orgeditor.io import load_chart  # noqa: PLC0415

    return load_chart(EXAMPLES / name)


@pytest.mark.parametrize("name", NAMES)
def test_a_variant_against_itself_is_the_same(name: str) -> None:
    diff = diff_charts(_load(name), _load(name))
    assert not diff
    assert to_text(diff).endswith("no differences\n")


@pytest.mark.parametrize(("a_name", "b_name"), list(itertools.combinations(NAMES, 2)))
def test_pairs_are_consistent_and_symmetric(a_name: str, b_name: str) -> None:
    a, b = _load(a_name), _load(b_name)
    forward = diff_charts(a, b, check=False)
    backward = diff_charts(b, a, check=False)
    assert set(forward.units_added) == set(backward.units_removed)
    assert set(forward.units_removed) == set(backward.units_added)
    assert set(forward.reporting_added) == set(backward.reporting_removed) or forward.units_renamed
    assert forward.functions_gained == backward.functions_lost
    assert forward.totals_posts == tuple(reversed(backward.totals_posts))
    for uid in forward.units_added:
        assert uid in b.units and uid not in a.units
        assert forward.status_of(uid) == "added"
    for uid in forward.units_removed:
        assert uid in a.units and forward.status_of(uid) == "removed"
    for change in forward.units_changed:
        assert change.id in b.units and forward.status_of(change.id) == "changed"
        assert change.fields
    json.dumps(to_json(forward))
    assert to_markdown(forward).startswith("# Comparison: ")


@pytest.mark.skipif(
    not {"proposal-2017.yaml", "implemented-2019.yaml"} <= set(NAMES), reason="examples missing"
)
def test_proposal_against_2019_tells_the_story() -> None:
    a, b = _load("proposal-2017.yaml"), _load("implemented-2019.yaml")
    diff = diff_charts(a, b)
    assert diff.structural
    # 2019 has four Africa divisions where the proposal read two (SPEC §5)
    africa_a = [u for u in a.direct_reports("asg-africa") if a.unit(u).kind == "division"]
    africa_b = [u for u in b.direct_reports("asg-africa") if b.unit(u).kind == "division"]
    assert len(africa_b) == 4 and len(africa_a) < 4
    assert set(africa_b) - set(africa_a) <= set(diff.units_added)
    assert diff.findings_checked
    # the split is one detected lineage: the old divisions are not "removed", the new not "added"
    split = diff.lineage_of("africa-i-division")
    assert split is not None and split.kind == "split" and not split.declared
    assert split.sources == ("africa-i-division", "africa-ii-division")
    assert set(split.targets) == set(africa_b) and len(split.moved) == 14
    cats = categories_of(diff)
    assert cats.missions_closed == ("unmil", "minustah") and cats.missions_opened == ("minujusth",)
    assert not set(africa_b) & set(cats.units_added) and cats.units_removed == ()
    report = to_markdown(diff)
    for section in (
        "## Summary",
        "## Merges, splits and successions",
        "## Missions opened and closed",
        "## Rule findings",
        "## Units added",
    ):
        assert section in report
    assert "Africa I and Africa II divisions → Western, Northern, Eastern and Central and Southern" in report
    assert "Notes revised" not in report.split("## Merges")[0]  # never in the headline
