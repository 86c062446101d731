"""Running rulebooks on a chart: once (:func:`check_chart`) or live after every edit
(:class:`LiveChecker`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from orgeditor.io import ChartLoadError, load_chart
from orgeditor.io.reading import FileRefusedError, chart_relative_path, rulebook_is_path, rulebook_problem
from orgeditor.model.changes import ChangeKind
from orgeditor.model.display import excerpt
from orgeditor.rules import checks_conflicts  # noqa: F401 - registers the no-conflicts check
from orgeditor.rules.checks import BASELINE, GROUPS, LINKS, META, UNITS
from orgeditor.rules.checks_lineage import settle_departures  # also registers its checks
from orgeditor.rules.checks_structure import Baseline
from orgeditor.rules.findings import Finding
from orgeditor.rules.index import ChartIndex
from orgeditor.rules.rulebook import BUILTIN_DIR, Rule, Rulebook, load_rulebook
from orgeditor.rules.selectors import Context
from orgeditor.rules.source import RulebookError

if TYPE_CHECKING:
    from orgeditor.model import Chart, ChartChange

__all__ = ["LiveChecker", "check_chart", "load_baseline", "rulebooks_for", "rules_of"]

_book_cache: dict[Path, tuple[tuple[int, int], Rulebook]] = {}
_baseline_cache: dict[Path, tuple[tuple[int, int], Baseline]] = {}


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


def _cached_rulebook(path: Path) -> Rulebook:
    try:
        stamp = _stamp(path)
    except OSError as exc:
        raise RulebookError(str(path), 1, 1, f"cannot read rulebook: {exc.strerror}") from None
    hit = _book_cache.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    book = load_rulebook(path)
    _book_cache[path] = (stamp, book)
    return book


def _chart_file(chart: Chart) -> str:
    return str(chart.path) if chart.path is not None else "<chart>"


def rulebooks_for(chart: Chart) -> list[Rulebook]:
    """``chart`` (always) and the rulebooks the chart names, by built-in name or by a path to a
    ``.yaml`` file relative to the chart's folder.

    Raises :class:`RulebookError` for a rulebook that is unknown, unreadable or invalid.
    """
    books = [_cached_rulebook(BUILTIN_DIR / "chart.yaml")]
    for name in chart.rulebooks:
        if rulebook_is_path(name):
            try:
                path = chart_relative_path(chart.path, name)
            except FileRefusedError as exc:
                raise RulebookError(_chart_file(chart), 1, 1, f"rulebook {exc.strerror}") from None
        else:
            path = BUILTIN_DIR / f"{name}.yaml"
            if rulebook_problem(name) is not None or not path.is_file():
                known = ", ".join(p.stem for p in sorted(BUILTIN_DIR.glob("*.yaml")))
                raise RulebookError(
                    _chart_file(chart), 1, 1, f"unknown rulebook '{excerpt(name)}' (built-in: {known})"
                )
        book = _cached_rulebook(path)
        if book.name != "chart" and all(b.path != book.path for b in books):
            books.append(book)
    return books


def load_baseline(chart: Chart) -> Baseline | None:
    """The chart's baseline, loaded (cached by file stamp), or None when it names none."""
    if not chart.baseline:
        return None
    try:
        path = chart_relative_path(chart.path, chart.baseline)
    except FileRefusedError as exc:
        return Baseline(chart.baseline, None, f"the baseline {exc.strerror}")
    try:
        stamp = _stamp(path)
    except OSError as exc:
        return Baseline(chart.baseline, None, f"cannot read {path}: {exc.strerror or exc}")
    hit = _baseline_cache.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    try:
        baseline = Baseline(chart.baseline, load_chart(path))
    except ChartLoadError as exc:  # where, never what: the file may hold anything
        first = exc.first
        if first.message.startswith("the file "):  # what kind of file or how large: no content
            reason = first.message
        else:
            reason = "not a valid chart (run 'orgeditor check' on it to see why)"
        baseline = Baseline(chart.baseline, None, f"{path}:{first.line}:{first.column}: {reason}")
    except OSError as exc:
        baseline = Baseline(chart.baseline, None, f"cannot read {path}: {exc.strerror}")
    _baseline_cache[path] = (stamp, baseline)
    return baseline


def rules_of(books: Iterable[Rulebook]) -> list[Rule]:
    """The rules of *books* in order, a later book's rule replacing an earlier one of the same id
    where that one stood: a chart's own rulebook can give ``pillar.cost-neutral`` its own costs."""
    rules: dict[str, Rule] = {}
    for book in books:
        for rule in book.rules:
            rules[rule.id] = rule
    return list(rules.values())


def _run(
    rules: Iterable[Rule], ctx: Context, mentions: dict[str, set[str]] | None = None
) -> dict[str, list[Finding]]:
    """Each rule's findings; with *mentions*, also the ids of the units whose labels each rule's
    messages use (so that a rename re-runs the rules that named the unit, by id)."""
    if mentions is None:
        return {rule.id: list(rule.evaluate(ctx)) for rule in rules}
    index = ctx.index
    results: dict[str, list[Finding]] = {}
    for rule in rules:
        index.mentioned = set()
        try:
            results[rule.id] = list(rule.evaluate(ctx))
        finally:
            mentions[rule.id], index.mentioned = index.mentioned, None
    return results


def check_chart(chart: Chart, rulebooks: Sequence[Rulebook] | None = None) -> list[Finding]:
    """Every finding of the chart's rulebooks, in rule order, the chart's departures applied
    (:func:`~orgeditor.rules.checks_lineage.settle_departures`, as :class:`LiveChecker` does).

    >>> from orgeditor.model import Chart, Unit
    >>> chart = Chart()
    >>> chart.add_unit(Unit("a", "A", "office"))
    >>> chart.add_unit(Unit("b", "B", "office"))
    >>> [f.rule for f in check_chart(chart)]
    ['chart.single-root']
    """
    books = rulebooks_for(chart) if rulebooks is None else rulebooks
    rules = rules_of(books)
    baseline = load_baseline(chart) if any(BASELINE in r.check.depends for r in rules) else None
    ctx = Context(ChartIndex(chart), baseline=baseline)
    return settle_departures(rules, _run(rules, ctx), chart.departures, ctx)


_KIND_AREAS = {
    ChangeKind.UNIT_ADDED: UNITS,
    ChangeKind.UNIT_REMOVED: UNITS,
    ChangeKind.UNIT_CHANGED: UNITS,
    ChangeKind.UNITS_REORDERED: UNITS,
    ChangeKind.LINK_ADDED: LINKS,
    ChangeKind.LINK_REMOVED: LINKS,
    ChangeKind.GROUP_ADDED: GROUPS,
    ChangeKind.GROUP_REMOVED: GROUPS,
    ChangeKind.GROUP_CHANGED: GROUPS,
    ChangeKind.META_CHANGED: META,
}

#: Unit fields that only detail a unit: rules that do not read them re-run only where their
#: findings name the unit.
_DETAIL_FIELDS = frozenset({"name", "short", "posts", "note"})


class LiveChecker:
    """Keeps a chart's findings current: after each notified change it refreshes a chart index
    kept alive between edits (in proportion to the edit) and re-runs only the rules whose inputs
    the change touched (layout moves re-run nothing).

    >>> from orgeditor.model import Chart, Unit, ReportingLine
    >>> chart = Chart()
    >>> chart.add_unit(Unit("a", "A", "office"))
    >>> live = LiveChecker(chart)
    >>> chart.add_unit(Unit("b", "B", "office"))
    >>> [f.rule for f in live.findings]
    ['chart.single-root']
    >>> _ = chart.update_unit(chart.unit("b").with_changes(reports_to=(ReportingLine("a"),)))
    >>> live.findings
    []
    """

    def __init__(self, chart: Chart, on_change: Callable[[list[Finding]], None] | None = None) -> None:
        self.chart = chart
        self.on_change = on_change
        self.error: RulebookError | None = None
        self._rules: list[Rule] = []
        self._results: dict[str, list[Finding]] = {}
        self._mentions: dict[str, set[str]] = {}  # rule id -> units its messages label
        self._index = ChartIndex(chart)
        self.findings: list[Finding] = []
        self.recheck()
        chart.subscribe(self._changed)

    def close(self) -> None:
        """Stop following the chart."""
        self.chart.unsubscribe(self._changed)

    def recheck(self, areas: Iterable[str] | None = None, details_of: Sequence[str] = ()) -> list[Finding]:
        """Re-run the rules that read any of *areas* (all rules, on a fresh index, when None).

        With *details_of* (ids of units whose name, short name, posts or note alone changed),
        only the rules that read those details, or whose findings name those units or whose
        messages used their labels (by id, recorded as the rules ran), re-run.
        """
        if areas is None:
            self._index = ChartIndex(self.chart)
        return self._recheck(None if areas is None else set(areas), details_of)

    def _recheck(self, wanted: set[str] | None, details_of: Sequence[str]) -> list[Finding]:
        if wanted is None or META in wanted:
            try:
                self._rules = rules_of(rulebooks_for(self.chart))
                self.error = None
            except RulebookError as exc:
                self.error = exc
                self._rules = list(rulebooks_for_generic())
            wanted = None
        rules = [r for r in self._rules if wanted is None or wanted & r.check.depends]
        if details_of and wanted == {UNITS}:
            touched = set(details_of)
            mentions = self._mentions
            rules = [
                r
                for r in rules
                if r.reads_details
                or not touched.isdisjoint(mentions.get(r.id, ()))
                or any(not touched.isdisjoint(f.units) for f in self._results.get(r.id, ()))
            ]
        if wanted is None:
            self._results = {}
            self._mentions = {}
        if details_of:
            self._index.refresh(details_of)
        if rules:
            needs_base = any(BASELINE in r.check.depends for r in rules)
            baseline = load_baseline(self.chart) if needs_base else None
            ctx = Context(self._index, baseline=baseline)
            self._results.update(_run(rules, ctx, self._mentions))
        settling = Context(self._index)
        self.findings = settle_departures(self._rules, self._results, self.chart.departures, settling)
        return self.findings

    def _changed(self, changes: Sequence[ChartChange]) -> None:
        areas = {_KIND_AREAS[c.kind] for c in changes if c.kind in _KIND_AREAS}
        if not areas:
            return
        details_of = self._detail_edits(changes)
        if not details_of:
            kinds = {c.kind for c in changes}
            ids = [uid for c in changes if c.kind.is_unit for uid in c.ids]
            moved = (
                ChangeKind.UNITS_REORDERED in kinds
                or {ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED} <= kinds
            )
            self._index.refresh(ids, reordered=moved)
        before = self.findings
        self._recheck(areas, details_of)
        if self.on_change is not None and self.findings != before:
            self.on_change(self.findings)

    @staticmethod
    def _detail_edits(changes: Sequence[ChartChange]) -> list[str]:
        """Ids of the changed units when every change only touched name, short, posts or note
        (read from the events' changed fields)."""
        ids: list[str] = []
        for change in changes:
            if change.kind not in _KIND_AREAS:
                continue
            if change.kind is not ChangeKind.UNIT_CHANGED or not change.fields <= _DETAIL_FIELDS:
                return []
            ids.extend(change.ids)
        return ids


def rulebooks_for_generic() -> list[Rule]:
    """The rules of the always-on ``chart`` rulebook."""
    return list(_cached_rulebook(BUILTIN_DIR / "chart.yaml").rules)
