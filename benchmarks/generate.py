"""Write synthetic charts in the chart format (YAML) for the benchmarks (DESIGN.md §5).

Two shapes, both deterministic for a given size and seed:

- ``organization`` (default): the org-shaped tree of ``benchmarks/synthetic_chart.py`` (a head
  office, departments, offices, divisions, sections, units and teams, 5 to 8 levels deep, 3 to
  15 reports a manager, field missions in dozens, about 1 in 60 units on two scoped lines,
  groups and links), with what a real file carries: short names, heads with title and rank,
  functions and posts. Only the always-on ``chart`` rulebook applies.
- ``pillar``: the 2017 proposal (``examples/proposal-2017.yaml``) grown breadth first by
  ``benchmarks/bench_checks.py`` so that every rule of the ``peace-security-2017`` rulebook has
  work to do (no baseline, so the baseline rules stay quiet).

Run: ``.venv/bin/python benchmarks/generate.py [--sizes 100 1000 5000 20000] [--shape organization]
[--out benchmarks/charts]``; each chart goes to ``OUT/synthetic-SHAPE-SIZE.yaml``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from synthetic_chart import synthetic_chart  # noqa: E402

from orgeditor.io import dump_chart  # noqa: E402
from orgeditor.model import Chart, Head  # noqa: E402

__all__ = ["DEFAULT_SIZES", "SHAPES", "build_chart", "chart_path", "write_chart"]

SHAPES = ("organization", "pillar")
DEFAULT_SIZES = (100, 1000, 5000, 20000)

_RANK_BY_KIND = {
    "office": ("USG", "ASG", "D-2"),
    "department": ("USG", "ASG"),
    "division": ("D-2", "D-1"),
    "service": ("D-1", "P-5"),
    "section": ("P-5", "D-1"),
    "unit": ("P-4", "P-5"),
    "team": ("P-3", "P-4"),
    "mission": ("USG", "ASG", "D-2"),
}
_TITLE_BY_KIND = {
    "office": "Head of Office",
    "department": "Under-Secretary-General",
    "division": "Director",
    "service": "Chief of Service",
    "section": "Chief of Section",
    "unit": "Chief of Unit",
    "team": "Team Leader",
    "mission": "Special Representative",
}
_FUNCTIONS = (
    "policy-advice",
    "reporting",
    "liaison",
    "analysis",
    "logistics",
    "human-resources",
    "finance",
    "communications",
    "early-warning",
    "mediation-support",
    "electoral-assistance",
    "rule-of-law",
)


def _decorate(chart: Chart, seed: int) -> None:
    """Give every unit a short name, a head, one or two functions and (except missions) posts."""
    rng = random.Random(seed + 1)
    with chart.batch():
        for unit in list(chart):
            n = unit.id.lstrip("u")
            ranks = _RANK_BY_KIND.get(unit.kind, ("P-5",))
            functions = tuple(sorted(set(rng.sample(_FUNCTIONS, rng.randint(1, 2)))))
            changes: dict[str, object] = {
                "short": f"{unit.kind[:3].upper()}-{n}",
                "head": Head(title=_TITLE_BY_KIND.get(unit.kind, "Chief"), rank=rng.choice(ranks)),
                "functions": functions,
            }
            if unit.kind != "mission":
                changes["posts"] = rng.randint(2, 40)
            chart.update_unit(unit.with_changes(**changes))


def build_chart(size: int, shape: str = "organization", *, seed: int = 2017) -> Chart:
    """A synthetic chart of *size* units (at least the proposal's size for ``pillar``)."""
    if shape == "organization":
        chart = synthetic_chart(size, seed=seed)
        _decorate(chart, seed)
        return chart
    if shape == "pillar":
        from bench_checks import synthetic_chart as grown_proposal  # noqa: PLC0415 - loads rules

        return grown_proposal(size)
    raise ValueError(f"shape must be one of {', '.join(SHAPES)}, not {shape!r}")


def chart_path(out: Path, size: int, shape: str = "organization") -> Path:
    """Where :func:`write_chart` puts the chart of *size* units and *shape* under *out*."""
    return out / f"synthetic-{shape}-{size}.yaml"


def write_chart(out: Path, size: int, shape: str = "organization", *, seed: int = 2017) -> Path:
    """Build a chart and write it in the chart format under *out*; returns the file."""
    out.mkdir(parents=True, exist_ok=True)
    path = chart_path(out, size, shape)
    path.write_text(dump_chart(build_chart(size, shape, seed=seed)), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--shape", choices=SHAPES, default="organization")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--out", type=Path, default=HERE / "charts")
    args = parser.parse_args(argv)
    for size in args.sizes:
        if size < 1:
            parser.error(f"sizes must be at least 1, not {size}")
        path = write_chart(args.out, size, args.shape, seed=args.seed)
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
