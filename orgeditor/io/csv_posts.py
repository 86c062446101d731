"""The ``posts_by_grade`` cell: a unit's posts by grade, or by funding source and grade (SPEC §6.1).

One cell a spreadsheet shows whole and a person can type: ``GRADE=NUMBER`` entries separated by
``;``, grades highest first; with funding sources, each source's entries follow ``SOURCE:`` and
the sources are separated by ``|``::

    D-2=1;P-4=3;GS=2
    regular-budget:D-2=1;P-4=3|support-account:P-3=2

The ``posts`` column keeps the total. The GraphML export writes the same text
(:mod:`orgeditor.io.graphml`), so one form is learnt once.

>>> from orgeditor.model import PostBreakdown
>>> breakdown_cell(PostBreakdown.from_sources({"support-account": {"P-3": 2}, "regular-budget": {"P-4": 3}}))
'regular-budget:P-4=3|support-account:P-3=2'
>>> errors = []
>>> read_breakdown("regular-budget: P-4=3; GS=1", ("regular-budget",), errors.append).by_grade()
{'P-4': 3, 'GS': 1}
>>> read_breakdown("p-4=3", ("regular-budget",), errors.append), errors
(None, ["unknown grade 'p-4' in posts_by_grade (did you mean 'P-4'?); expected one of: USG, ..."])
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence

from orgeditor.model import GRADES, PostBreakdown
from orgeditor.model.display import excerpt
from orgeditor.model.limits import MAX_POSTS

__all__ = ["COLUMN", "breakdown_cell", "close_match", "read_breakdown", "read_whole_number"]

#: The column's name.
COLUMN = "posts_by_grade"
_DIGITS = re.compile(r"[0-9]+")
#: Characters of a value echoed in a message.
_EXCERPT = 60


def breakdown_cell(breakdown: PostBreakdown, funding: Sequence[str] = ()) -> str:
    """The breakdown as the cell holds it: grades highest first; sources in *funding*'s order
    (the chart's), others after them alphabetically."""
    if not breakdown.has_sources:
        return _grades(breakdown.grades_of(None))
    named = breakdown.sources()
    order = [source for source in dict.fromkeys(funding) if source in named]
    order += [source for source in named if source not in order]
    return "|".join(f"{source}:{_grades(breakdown.grades_of(source))}" for source in order)


def _grades(grades: dict[str, int]) -> str:
    return ";".join(f"{grade}={count}" for grade, count in grades.items())


def close_match(value: str, allowed: Sequence[str]) -> str | None:
    """The allowed value *value* is most probably a typo of, if any."""
    for choice in allowed:
        if choice.casefold() == value.casefold():
            return choice
    close = difflib.get_close_matches(value[:40], list(allowed), n=1)
    return close[0] if close else None


def _hint(value: str, allowed: Sequence[str]) -> str:
    close = close_match(value, allowed)
    return f" (did you mean '{close}'?)" if close else ""


def read_whole_number(value: str) -> int | None:
    """*value* as a number of posts (digits only, 0 to :data:`MAX_POSTS`), or None."""
    if not _DIGITS.fullmatch(value):
        return None
    digits = value.lstrip("0") or "0"
    # compare lengths first: int() of thousands of digits is slow, and refused past 4,300
    if len(digits) > len(str(MAX_POSTS)) or int(digits) > MAX_POSTS:
        return None
    return int(digits)


def read_breakdown(
    cell: str, funding: Sequence[str], error: Callable[[str], None], *, hints: bool = True
) -> PostBreakdown | None:
    """The breakdown a ``posts_by_grade`` cell gives, or None when it is empty or wrong (each
    problem passed to *error*). *funding* is the chart's funding vocabulary (declared, else the
    default); *hints*: add "did you mean" suggestions."""
    counts: list[tuple[str | None, str, int]] = []
    seen_sources: set[str] = set()
    ok = True
    shapes: set[bool] = set()
    for raw_part in cell.split("|"):
        part = raw_part.strip()
        if not part:
            continue
        source: str | None = None
        head, colon, rest = part.partition(":")
        if colon:
            source, part = head.strip(), rest
            if not _source_ok(source, part, funding, seen_sources, error, hints=hints):
                ok = False
                continue
            seen_sources.add(source)
        if source is None and True in shapes:
            error(f"'|' separates the posts of funding sources in {COLUMN}; separate grades with ';'")
            ok = False
            continue
        shapes.add(source is None)
        found = _read_grades(part, source, error, hints)
        if found is None:
            ok = False
        elif not found and source is not None:
            error(f"the posts from {source} in {COLUMN} name no grade; write e.g. '{source}:P-4=3;GS=1'")
            ok = False
        else:
            counts.extend(found)
    if len(shapes) > 1:
        error(
            f"{COLUMN} gives some posts with a funding source and some without: either every part "
            "starts with 'SOURCE:' (regular-budget:P-4=3|support-account:GS=1) or none does (P-4=3;GS=1)"
        )
        return None
    if not ok or not counts:
        return None
    total = sum(count for _, _, count in counts)
    if total > MAX_POSTS:
        error(f"the posts in {COLUMN} add up to {total:,}; the limit is {MAX_POSTS:,}")
        return None
    return PostBreakdown(tuple(counts))


def _source_ok(
    source: str,
    grades: str,
    funding: Sequence[str],
    seen: set[str],
    error: Callable[[str], None],
    *,
    hints: bool,
) -> bool:
    if source in funding:
        if source in seen:
            error(
                f"funding source '{source}' is given twice in {COLUMN}; give each once, its grades after it"
            )
            return False
        return True
    shown = excerpt(source, _EXCERPT)
    if source in GRADES:
        number = grades.split(";", maxsplit=1)[0].strip()
        error(
            f"'{shown}:{excerpt(number, 20)}' in {COLUMN}: write a grade's posts as "
            f"{source}={excerpt(number, 20)}; 'NAME:' starts the posts of a funding source"
        )
        return False
    hint = _hint(source, funding) if hints else ""
    error(f"unknown funding source '{shown}' in {COLUMN}{hint}; expected one of: {', '.join(funding)}")
    return False


def _read_grades(
    text: str, source: str | None, error: Callable[[str], None], hints: bool
) -> list[tuple[str | None, str, int]] | None:
    """The ``GRADE=NUMBER`` entries of one part; None when one is wrong (each reported)."""
    counts: list[tuple[str | None, str, int]] = []
    grades: set[str] = set()
    ok = True
    origin = f" from {source}" if source else ""
    for raw in text.split(";"):
        entry = raw.strip()
        if not entry:
            continue
        grade, equals, number = (s.strip() for s in entry.partition("="))
        if not equals:
            error(
                f"'{excerpt(entry, _EXCERPT)}' in {COLUMN} is not GRADE=NUMBER, e.g. P-4=3"
                + ("; separate funding sources with '|'" if ":" in entry else "")
            )
            ok = False
            continue
        if grade not in GRADES:
            hint = _hint(grade, GRADES) if hints else ""
            error(
                f"unknown grade '{excerpt(grade, _EXCERPT)}' in {COLUMN}{hint}; "
                f"expected one of: {', '.join(GRADES)}"
            )
            ok = False
            continue
        count = read_whole_number(number)
        if count is None:
            error(
                f"the {grade} posts{origin} in {COLUMN} must be a whole number from 0 to {MAX_POSTS:,} "
                f"(digits only), not '{excerpt(number, 20)}'"
            )
            ok = False
            continue
        if grade in grades:
            error(f"the {grade} posts{origin} are given twice in {COLUMN}")
            ok = False
            continue
        grades.add(grade)
        counts.append((source, grade, count))
    return counts if ok else None
