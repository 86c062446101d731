"""How large the chart file an imported CSV makes may get, bounded before it is built.

A few kilobytes of CSV can name a long id in thousands of groups, and the chart file repeats
it each time: :func:`yaml_size_bound` bounds the chart file's size cheaply (up to 3 times too
high), so that the import only writes the chart out to measure it when the bound is unsure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from orgeditor.io.yamltree import MAX_BYTES
from orgeditor.model import Head, Link, Unit

__all__ = ["too_big", "yaml_size_bound"]


def too_big(size: int | None) -> str:
    what = "over" if size is None else f"{size / 1048576:.1f} MB,"
    return (
        f"the chart would make a chart file of {what} the {MAX_BYTES // 1048576} MB a chart file may "
        "hold (long ids in many links or groups, or very long cells?)"
    )


#: Characters the chart writer may escape, or follow by an indentation (line breaks in a block).
_WIDE = re.compile("[\\x00-\\x1f\\x7f-\\x9f\"'\\\\\u2028\u2029\ufeff\U0010ffff]")
#: At most how many bytes the chart writer adds around one value (key, quotes, indentation).
_VALUE = 24


def _texts_bound(texts: list[str]) -> int:
    """At most how many bytes the chart writer uses for *texts*, each a value: escapes, folded
    lines and their indentation included (a quarter more for folding, 12 bytes a wide
    character)."""
    joined = "".join(texts)
    size = len(joined) if joined.isascii() else len(joined.encode("utf-8", "surrogatepass"))
    wide = len(joined) - len(_WIDE.sub("", joined)) if _WIDE.search(joined) else 0
    return _VALUE * len(texts) + size + size // 4 + 12 * wide


def yaml_size_bound(
    title: str,
    units: Sequence[Unit],
    links: Sequence[Link],
    groups: Mapping[str, Sequence[str]],
    extra: Sequence[str] = (),
) -> int:
    """An upper bound of the size of the chart's file (ids are ASCII and escape nothing): its
    *title*, *units*, *links*, *groups* (id -> members) and *extra* texts (the description,
    baseline, rulebooks, regions, funding, group names and departures of a header block)."""
    size = 64 + _texts_bound([title]) + _texts_bound(list(extra))
    for unit in units:
        head = unit.head or Head()
        texts = [unit.name, unit.short, unit.note, head.title, head.name, *unit.regions, *unit.functions]
        texts += unit.formerly
        size += 200 + 2 * len(unit.id) + _texts_bound([text for text in texts if text is not None])
        if unit.post_breakdown is not None:  # ``{P-4: 3, ...}``, a line a source: each at most so long
            counts = unit.post_breakdown.counts
            size += 32 + sum(_VALUE + len(source or "") + 16 for source, _, _ in counts)
        size += sum(48 + len(line.to) for line in unit.reports_to)
    size += sum(64 + len(link.source) + len(link.target) for link in links)
    for group_id, members in groups.items():
        size += 64 + 2 * len(group_id) + sum(4 + len(member) for member in members)
    return size
