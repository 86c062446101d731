"""Helpers of the compare tests: the shipped examples and small charts written here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples"
THREE = ("proposal-2017.yaml", "variant-four-asgs.yaml", "implemented-2019.yaml")

SMALL = """\
orgchart: 1
title: {title}
{extra}units:
  sg:
    name: Secretary-General
    kind: office
    head: {{title: Secretary-General, rank: SG}}
    posts: {{regular-budget: {{USG: 1, GS: 2}}}}
  office:
    name: Office of Things
    short: OOT
    kind: office
    reports_to: sg
    posts: 5
"""


def small_chart(folder: Path, name: str, *, title: str = "Small", extra: str = "", more: str = "") -> Path:
    """Write a two-unit chart (and *more* units) to *folder*/*name*; returns its path."""
    path = folder / name
    path.write_text(SMALL.format(title=title, extra=extra) + more, encoding="utf-8")
    return path
