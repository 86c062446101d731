"""JSON and plain-text renderings of a diff."""

from __future__ import annotations

import json

from diff_pillar import line, pillar

from orgeditor.diff import diff_charts, to_json, to_text
from orgeditor.model import Chart, Group, Head, Link, Unit


def _changed() -> Chart:
    b = pillar()
    b.add_unit(Unit("africa-i", "Africa I Division", "division", reports_to=(line("asg-africa"),)))
    b.remove_unit("minusma")
    b.update_unit(b.unit("unama").with_changes(reports_to=(line("dpo", "mission"),)))
    b.update_unit(
        b.unit("dppa").with_changes(
            posts=110, functions=("good-offices", "mediation-support"), note="x" * 200
        )
    )
    b.update_unit(b.unit("asg-africa").with_changes(head=Head("ASG for Africa", "ASG", "female")))
    b.update_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "eosg")))
    b.remove_link(Link("dpo", "dppa", "coordinates"))
    b.set_position("dppa", (-300.0, 150.0))
    b.set_meta(title="Pillar B")
    return b


FINDING = {
    "rule": "pillar.x",
    "severity": "error",
    "message": "Bad",
    "cite": "¶9",
    "units": ["dppa"],
}


def test_json_has_the_spec_keys_and_is_serialisable() -> None:
    diff = diff_charts(pillar(), _changed(), findings_a=[], findings_b=[FINDING])
    data = json.loads(json.dumps(to_json(diff)))
    for key in ("added", "removed", "changed", "renamed"):
        assert key in data["units"]
    assert set(data["reporting"]) == {"added", "removed"}
    assert set(data["links"]) == {"added", "removed"}
    assert set(data["groups"]) == {"added", "removed", "changed"}
    assert data["findings"]["new"] == [FINDING]
    assert data["findings"]["resolved"] == []
    assert data["findings"]["counts"] == [
        {"error": 0, "warning": 0, "info": 0},
        {"error": 1, "warning": 0, "info": 0},
    ]
    assert data["totals"] == {"units": [9, 9], "posts": [340, 330]}
    assert data["functions"] == {"gained": ["mediation-support"], "lost": ["police"]}
    assert data["layout"]["moved"] == [{"id": "dppa", "from": [-200.0, 150.0], "to": [-300.0, 150.0]}]
    assert data["meta"] == {"title": ["Pillar", "Pillar B"]}
    fields = {c["id"]: c["fields"] for c in data["units"]["changed"]}
    assert fields["asg-africa"] == {
        "head.title": ["Assistant Secretary-General for Africa", "ASG for Africa"],
        "head.gender": [None, "female"],
    }
    assert fields["dppa"]["functions"] == [["good-offices"], ["good-offices", "mediation-support"]]
    assert data["same"] is False


def test_json_of_same_charts() -> None:
    data = to_json(diff_charts(pillar(), pillar(), check=False))
    assert data["same"] is True
    assert data["findings"] == {"checked": False, "new": [], "resolved": [], "counts": [{}, {}]}


def test_text_lists_every_category() -> None:
    diff = diff_charts(pillar(), _changed(), findings_a=[], findings_b=[FINDING])
    text = to_text(diff)
    for expected in (
        "units 9 -> 9 (0), posts 340 -> 330 (-10)",
        "  ~ title: Pillar -> Pillar B",
        "  + africa-i  Africa I Division (division, reports to asg-africa)",
        "  - minusma  MINUSMA (mission, reports to africa-ii (mission))",
        "      functions: +mediation-support",
        "      posts: 120 -> 110",
        "      head.gender: none -> female",
        "      reports_to: dppa -> dpo (mission)",
        "  + unama -> dpo (mission)",
        "  - unama -> dppa",
        "  - dpo -coordinates-> dppa",
        "      + member eosg",
        "  - police",
        "  + error pillar.x [¶9]: Bad",
        "  ~ 1 card(s) moved: dppa",
    ):
        assert expected in text, expected
    note_line = next(ln for ln in text.splitlines() if "note:" in ln)
    assert len(note_line) < 80 and note_line.endswith("…")


def test_text_of_same_charts() -> None:
    text = to_text(diff_charts(pillar(), pillar(), check=False))
    assert text.endswith("no differences\n")
