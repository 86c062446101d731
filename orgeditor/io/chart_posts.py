"""Reading a unit's posts and the chart's funding vocabulary (SPEC §6.1).

Part of :mod:`orgeditor.io.chart_reader`: every problem is reported where it is written.
``posts`` is a whole number, a mapping by grade (``{P-4: 3, GS: 1}``) or a mapping by funding
source whose values are mappings by grade (``{regular-budget: {P-4: 3}}``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from orgeditor.io.yamltree import YMap, YNode, YScalar, YSeq
from orgeditor.model import DEFAULT_FUNDING, GRADES, PostBreakdown
from orgeditor.model.display import excerpt
from orgeditor.model.limits import MAX_POSTS
from orgeditor.model.vocabulary import FUNCTION_PATTERN

__all__ = ["Reader", "describe", "read_count", "read_funding", "read_posts"]

_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true/false",
    type(None): "nothing",
}


def describe(node: YNode) -> str:
    """What kind of value *node* is, for a message: "a mapping", "text", ..."""
    if isinstance(node, YMap):
        return "a mapping"
    if isinstance(node, YSeq):
        return "a list"
    return _TYPE_NAMES.get(type(node.value), "a value")


class Reader(Protocol):
    """What of the chart reader this module uses."""

    def error(self, node: YNode | YScalar, message: str) -> None: ...

    def mapping(self, node: YNode, what: str) -> YMap | None: ...

    def text_list(self, node: YNode | None, what: str, *, ids: bool = False) -> list[tuple[str, YScalar]]: ...

    def suggest(self, word: str, choices: Sequence[str]) -> str: ...


def read_funding(reader: Reader, node: YNode | None) -> list[str]:
    """The chart's ``funding``: distinct kebab-case slugs (empty when not given)."""
    if node is None:
        return []
    if isinstance(node, YSeq) and not node.items:
        reader.error(
            node,
            "funding must list at least one source; leave it out for the default: "
            + ", ".join(DEFAULT_FUNDING),
        )
        return []
    funding: list[str] = []
    for source, source_node in reader.text_list(node, "funding"):
        if FUNCTION_PATTERN.match(source) is None:
            reader.error(
                source_node,
                f"funding source '{excerpt(source)}' must be a kebab-case slug such as 'regular-budget'",
            )
        else:
            funding.append(source)
    return funding


def read_count(reader: Reader, node: YNode, what: str) -> int | None:
    """A number of posts: a whole number from 0 to :data:`MAX_POSTS`."""
    if isinstance(node, YScalar) and isinstance(node.value, int) and not isinstance(node.value, bool):
        if node.value < 0:
            reader.error(node, f"{what} must be 0 or more, not {node.value}")
            return None
        if node.value > MAX_POSTS:
            reader.error(node, f"{what} must be at most {MAX_POSTS:,}, not {node.value:,}")
            return None
        return node.value
    written = f" '{excerpt(node.literal)}'" if isinstance(node, YScalar) and node.value is not None else ""
    reader.error(node, f"{what} must be a whole number >= 0 in decimal digits, not {describe(node)}{written}")
    return None


def read_posts(
    reader: Reader, node: YNode | None, owner: str, funding: Sequence[str]
) -> tuple[int | None, PostBreakdown | None]:
    """A unit's posts: its total, and its breakdown when the file gives one.

    *funding* is the chart's funding vocabulary (the default when it declares none).
    """
    if node is None:
        return None, None
    if not isinstance(node, YMap):
        return read_count(reader, node, f"posts of {owner}"), None
    if not node.order:
        reader.error(node, f"posts of {owner} must name at least one grade or funding source")
        return None, None
    counts: list[tuple[str | None, str, int]] | None = []
    shape: tuple[str, str] | None = None  # ("grade" or "funding source", the first key)
    for key in node.order:
        key_node, value = node.keys[key], node.entries[key]
        is_source = (
            key in funding or key in DEFAULT_FUNDING or (key not in GRADES and isinstance(value, YMap))
        )
        kind = "funding source" if is_source else "grade"
        if key not in GRADES and key not in funding:
            allowed = funding if is_source else GRADES
            reader.error(
                key_node,
                f"unknown {kind} '{excerpt(key)}' in the posts of {owner}{reader.suggest(key, allowed)}; "
                f"expected one of: {', '.join(allowed)}",
            )
            counts = None
            continue
        if shape is None:
            shape = (kind, key)
        elif shape[0] != kind:
            reader.error(
                key_node,
                f"the posts of {owner} mix grades and funding sources at one level: '{excerpt(key)}' is a "
                f"{kind}, '{shape[1]}' a {shape[0]}; give {{grade: number}} or {{source: {{grade: number}}}}",
            )
            counts = None
            continue
        found = (
            _read_source(reader, key, value, owner) if is_source else _read_grade(reader, key, value, owner)
        )
        if found is None or counts is None:
            counts = None
        else:
            counts.extend(found)
    if counts is None:
        return None, None
    total = sum(count for _, _, count in counts)
    if total > MAX_POSTS:
        reader.error(node, f"the posts of {owner} add up to {total:,}; the limit is {MAX_POSTS:,}")
        return None, None
    breakdown = PostBreakdown(tuple(counts))
    return breakdown.total(), breakdown


def _read_grade(
    reader: Reader, grade: str, node: YNode, owner: str, source: str | None = None
) -> list[tuple[str | None, str, int]] | None:
    origin = f" from {source}" if source else ""
    count = read_count(reader, node, f"the {grade} posts{origin} of {owner}")
    return None if count is None else [(source, grade, count)]


def _read_source(
    reader: Reader, source: str, node: YNode, owner: str
) -> list[tuple[str | None, str, int]] | None:
    what = f"the posts from {source} of {owner}"
    grades = reader.mapping(node, f"{what} (by grade)")
    if grades is None:
        return None
    if not grades.order:
        reader.error(grades, f"{what} must name at least one grade")
        return None
    counts: list[tuple[str | None, str, int]] | None = []
    for grade in grades.order:
        if grade not in GRADES:
            hint = reader.suggest(grade, GRADES)
            if isinstance(grades.entries[grade], YMap):
                hint += "; a funding source holds grades, not other sources"
            reader.error(
                grades.keys[grade],
                f"unknown grade '{excerpt(grade)}' in {what}{hint}; expected one of: {', '.join(GRADES)}",
            )
            counts = None
            continue
        found = _read_grade(reader, grade, grades.entries[grade], owner, source)
        if found is None or counts is None:
            counts = None
        else:
            counts.extend(found)
    return counts
