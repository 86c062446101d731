"""Posts broken down by grade, or by funding source and grade (SPEC §6.1).

A unit's ``posts`` stays its total; :class:`PostBreakdown` is the optional detail behind it.

>>> b = PostBreakdown.from_mapping({"regular-budget": {"P-4": 2, "GS": 1}, "extrabudgetary": {"P-4": 1}})
>>> b.total(), b.by_grade(), b.by_source()
(4, {'P-4': 3, 'GS': 1}, {'extrabudgetary': 1, 'regular-budget': 3})
>>> PostBreakdown.from_mapping({"GS": 3, "ASG": 1}).to_mapping()
{'ASG': 1, 'GS': 3}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NoReturn

from orgeditor.model.errors import ChartError
from orgeditor.model.limits import MAX_POSTS
from orgeditor.model.vocabulary import FUNCTION_PATTERN, GRADES, grade_order

__all__ = ["PostBreakdown"]

#: One count of a breakdown: (funding source or None, grade, posts).
PostCount = tuple[str | None, str, int]


def _fail(message: str) -> NoReturn:
    raise ChartError(message)


def _sort_key(count: PostCount) -> tuple[str, int]:
    return (count[0] or "", grade_order(count[1]))


@dataclass(frozen=True, slots=True)
class PostBreakdown:
    """Counts of posts keyed by (funding source, grade); immutable and hashable.

    Either every count names its funding source (the file's mapping by source, then grade) or
    none does (the mapping by grade). The counts are kept in a canonical order (sources
    alphabetically, grades highest first), so equal breakdowns compare and hash equal. An
    explicit ``0`` is kept: it is written back as given. Raises :class:`ChartError` for an
    unknown grade, a source that is not a kebab-case slug, a count that is not a whole number
    from 0 to :data:`~orgeditor.model.limits.MAX_POSTS`, a (source, grade) given twice, a mix of
    counts with and without a source, or no count at all.
    """

    counts: tuple[PostCount, ...]

    def __post_init__(self) -> None:
        counts = tuple(self.counts)
        if not counts:
            _fail("a breakdown of posts needs at least one grade")
        seen: set[tuple[str | None, str]] = set()
        for source, grade, count in counts:
            if grade not in GRADES:
                _fail(f"grade '{grade}' is not one of: {', '.join(GRADES)}")
            if source is not None and (not isinstance(source, str) or not FUNCTION_PATTERN.match(source)):
                _fail(f"funding source {source!r} is not a kebab-case slug")
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_POSTS:
                _fail(f"the {grade} posts must be a whole number from 0 to {MAX_POSTS:,}, not {count!r}")
            if (source, grade) in seen:
                _fail(f"the {grade} posts of {source or 'the unit'} are given twice")
            seen.add((source, grade))
        if len({source is None for source, _, _ in counts}) > 1:
            _fail("a breakdown of posts gives either every count a funding source or none")
        object.__setattr__(self, "counts", tuple(sorted(counts, key=_sort_key)))

    # ------------------------------------------------------------ construction

    @classmethod
    def from_grades(cls, grades: Mapping[str, int], source: str | None = None) -> PostBreakdown:
        """Posts by grade (all from *source*, or of unspecified source)."""
        return cls(tuple((source, grade, count) for grade, count in grades.items()))

    @classmethod
    def from_sources(cls, sources: Mapping[str, Mapping[str, int]]) -> PostBreakdown:
        """Posts by funding source, each a mapping by grade."""
        return cls(tuple((s, grade, n) for s, grades in sources.items() for grade, n in grades.items()))

    @classmethod
    def from_mapping(cls, data: Mapping[str, int] | Mapping[str, Mapping[str, int]]) -> PostBreakdown:
        """From either shape the file allows: ``{grade: count}`` or ``{source: {grade: count}}``."""
        if all(isinstance(value, Mapping) for value in data.values()) and data:
            return cls.from_sources(data)  # type: ignore[arg-type]
        if any(isinstance(value, Mapping) for value in data.values()):
            _fail("a breakdown of posts mixes grades and funding sources at one level")
        return cls.from_grades(data)  # type: ignore[arg-type]

    # ----------------------------------------------------------------- reading

    @property
    def has_sources(self) -> bool:
        """True when the counts are by funding source (the file's nested shape)."""
        return self.counts[0][0] is not None

    def total(self) -> int:
        """All posts."""
        return sum(count for _, _, count in self.counts)

    def by_grade(self) -> dict[str, int]:
        """Posts per grade, highest grade first (only grades that are given)."""
        result: dict[str, int] = {}
        for _, grade, count in sorted(self.counts, key=lambda c: grade_order(c[1])):
            result[grade] = result.get(grade, 0) + count
        return result

    def by_source(self) -> dict[str | None, int]:
        """Posts per funding source (None: unspecified), sources alphabetically."""
        result: dict[str | None, int] = {}
        for source, _, count in self.counts:
            result[source] = result.get(source, 0) + count
        return result

    def sources(self) -> tuple[str, ...]:
        """The funding sources named, alphabetically (none for a breakdown by grade only)."""
        return tuple(dict.fromkeys(s for s, _, _ in self.counts if s is not None))

    def grades_of(self, source: str | None) -> dict[str, int]:
        """Posts per grade from *source* (None: of a breakdown by grade only)."""
        return {grade: count for s, grade, count in self.counts if s == source}

    def to_mapping(self, source_order: Iterable[str] = ()) -> dict[str, int] | dict[str, dict[str, int]]:
        """The file's shape: by grade, or by source then grade. Grades highest first; sources in
        *source_order* (a chart's funding), those not in it after, alphabetically."""
        if not self.has_sources:
            return self.grades_of(None)
        named = self.sources()
        ordered = [s for s in dict.fromkeys(source_order) if s in named]
        ordered += [s for s in named if s not in ordered]
        return {source: self.grades_of(source) for source in ordered}
