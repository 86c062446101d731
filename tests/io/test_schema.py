"""The JSON Schema in resources/schema stays in step with the loader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from chart_strategies import charts
from hypothesis import given, settings

from orgeditor.io import chart_reader, dump_chart
from orgeditor.model import GENDERS, GRADES, KINDS, LINK_KINDS, PRESENCES, RANKS, SCOPES, Chart, limits

ROOT = Path(__file__).parents[2]
SCHEMA: dict[str, Any] = json.loads((ROOT / "resources/schema/orgchart.schema.json").read_text())
UNIT = SCHEMA["$defs"]["unit"]


def test_keys_match_the_loader() -> None:
    assert tuple(SCHEMA["properties"]) == chart_reader.TOP_KEYS
    assert tuple(UNIT["properties"]) == chart_reader.UNIT_KEYS
    assert tuple(UNIT["properties"]["head"]["properties"]) == chart_reader.HEAD_KEYS
    assert tuple(SCHEMA["$defs"]["line"]["properties"]) == chart_reader.LINE_KEYS
    assert tuple(SCHEMA["properties"]["links"]["items"]["properties"]) == chart_reader.LINK_KEYS
    assert tuple(SCHEMA["properties"]["layout"]["properties"]) == chart_reader.LAYOUT_KEYS


def test_vocabularies_match_the_model() -> None:
    props = UNIT["properties"]
    assert tuple(props["kind"]["enum"]) == KINDS
    assert tuple(props["presence"]["enum"]) == PRESENCES
    assert tuple(props["head"]["properties"]["rank"]["enum"]) == RANKS
    assert tuple(props["head"]["properties"]["gender"]["enum"]) == GENDERS
    assert tuple(SCHEMA["$defs"]["line"]["properties"]["scope"]["enum"]) == SCOPES
    assert tuple(SCHEMA["properties"]["links"]["items"]["properties"]["kind"]["enum"]) == LINK_KINDS
    assert tuple(SCHEMA["$defs"]["postsByGrade"]["propertyNames"]["enum"]) == GRADES


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_examples_validate(path: Path) -> None:
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), SCHEMA)


@settings(max_examples=60, deadline=None)
@given(charts())
def test_everything_the_writer_writes_validates(chart: Chart) -> None:
    jsonschema.validate(yaml.safe_load(dump_chart(chart)), SCHEMA)


def test_schema_rejects_a_typo() -> None:
    data = {"orgchart": 1, "title": "T", "units": {"a": {"name": "A", "kind": "office", "report_to": "b"}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_limits_match_the_loader() -> None:
    props = SCHEMA["properties"]
    assert props["units"]["maxProperties"] == limits.MAX_UNITS
    assert props["links"]["maxItems"] == limits.MAX_LINKS
    assert props["groups"]["maxProperties"] == limits.MAX_GROUPS
    assert props["title"]["maxLength"] == SCHEMA["$defs"]["id"]["maxLength"] == limits.MAX_TEXT
    assert UNIT["properties"]["name"]["maxLength"] == limits.MAX_TEXT
    assert UNIT["properties"]["note"]["maxLength"] == limits.MAX_LONG_TEXT
    plain, by_grade, _ = UNIT["properties"]["posts"]["oneOf"]
    assert plain["maximum"] == limits.MAX_POSTS
    assert by_grade == {"$ref": "#/$defs/postsByGrade"}
    assert SCHEMA["$defs"]["postsByGrade"]["additionalProperties"]["maximum"] == limits.MAX_POSTS
