"""The check vocabulary, part two: structure (roots, cycles, scopes, rank, span), regions,
shares and comparisons with the baseline chart."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from orgeditor.model import Chart, rank_order
from orgeditor.rules.checks import BASELINE, META, UNITS, Check, Compiler, Raw, _fields, check
from orgeditor.rules.index import SCOPE_PHRASES, join_words
from orgeditor.rules.selectors import Context, Selector, resolve
from orgeditor.rules.source import Source

__all__ = ["Baseline"]


@dataclass(frozen=True, slots=True)
class Baseline:
    """The chart a variant is compared with: loaded, or why it could not be."""

    name: str
    chart: Chart | None
    error: str | None = None


def _empty(src: Source) -> None:
    if src.is_mapping():
        src.mapping(())
    elif str(src.node.value) not in ("", "null", "~"):
        raise src.error("this check takes no parameters (write {})")


# ----------------------------------------------------------------- no-cycles


@dataclass(frozen=True)
class _NoCycles(Check):
    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        found: dict[frozenset[str], tuple[list[str], list[str]]] = {}
        for scope in ("all", "mission", "non-mission"):
            parent = index.parents[scope]
            state: dict[str, int] = {}
            for start in parent:
                if start in state:
                    continue
                path: list[str] = []
                current: str | None = start
                while current is not None and current not in state:
                    state[current] = 1
                    path.append(current)
                    current = parent.get(current)
                if current is not None and state[current] == 1:
                    cycle = path[path.index(current) :]
                    key = frozenset(cycle)
                    found.setdefault(key, (cycle, []))[1].append(scope)
                for visited in path:
                    state[visited] = 2
        for cycle, scopes in found.values():
            where = "all settings" if "all" in scopes else join_words([SCOPE_PHRASES[s] for s in scopes])
            loop = " → ".join(index.label(u) for u in [*cycle, cycle[0]])
            yield Raw(f"Reporting lines form a cycle for {where}: {loop}", tuple(cycle))


@check("no-cycles")
def _no_cycles(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return _NoCycles()


# -------------------------------------------------------- scopes-unambiguous


@dataclass(frozen=True)
class _ScopesUnambiguous(Check):
    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        for uid, unit in index.units.items():
            lines = unit.reports_to
            if len(lines) < 2:
                continue
            problems: list[str] = []
            alls = [ln.to for ln in lines if ln.scope == "all"]
            if alls:
                problems.append(
                    f"has {len(lines)} reporting lines, and the one to {index.labels(alls)}"
                    " is for all settings"
                )
            for scope in ("mission", "non-mission"):
                tos = [ln.to for ln in lines if ln.scope == scope]
                if len(tos) > 1:
                    problems.append(
                        f"has {len(tos)} lines for {SCOPE_PHRASES[scope]} (to {index.labels(tos)})"
                    )
            if problems:
                others = [ln.to for ln in lines]
                yield Raw(f"{index.label(uid)} {join_words(problems)}", tuple(dict.fromkeys([uid, *others])))


@check("scopes-unambiguous")
def _scopes(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return _ScopesUnambiguous()


# ---------------------------------------------------------------- rank-order


@dataclass(frozen=True)
class _RankOrder(Check):
    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        ranks = {
            uid: rank_order(u.head.rank)
            for uid, u in index.units.items()
            if u.head is not None and u.head.rank is not None
        }
        reported: set[tuple[str, str]] = set()
        for scope in ("mission", "non-mission"):
            parent = index.parents[scope]
            above: dict[str, str | None] = {}  # first ranked unit strictly above

            def first_above(
                uid: str, parent: dict[str, str | None] = parent, above: dict[str, str | None] = above
            ) -> str | None:
                path: list[str] = []
                current = uid
                result: str | None = None
                while True:
                    if current in above:
                        result = above[current]
                        break
                    up = parent.get(current)
                    path.append(current)
                    if up is None or up in path:
                        break
                    if up in ranks:
                        result = up
                        break
                    current = up
                for visited in path:
                    above[visited] = result
                return result

            for uid, rank in ranks.items():
                sup = first_above(uid)
                if sup is not None and sup != uid and rank < ranks[sup] and (uid, sup) not in reported:
                    reported.add((uid, sup))
                    mine = index.units[uid].rank
                    theirs = index.units[sup].rank
                    yield Raw(
                        f"{index.label(uid)} is headed at {mine} level, above the {theirs} head of"
                        f" {index.label(sup)}, the first headed unit it reports to",
                        (uid, sup),
                    )


@check("rank-order")
def _rank_order(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return _RankOrder()


# ------------------------------------------------------- max-direct-reports


@dataclass(frozen=True)
class _MaxReports(Check):
    high: int

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        for uid, reports in index.reports.items():
            if len(reports) > self.high:
                yield Raw(
                    f"{index.label(uid)} has {len(reports)} direct reports; the limit is {self.high}",
                    (uid,),
                )


@check("max-direct-reports")
def _max_reports(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("max",), ("max",))
    return _MaxReports(comp.integer(f["max"]))


# -------------------------------------------------------------------- unique


@dataclass(frozen=True)
class _Unique(Check):
    field: str

    def run(self, ctx: Context) -> Iterator[Raw]:
        by_value: dict[str, list[str]] = {}
        for uid, unit in ctx.index.units.items():
            value = getattr(unit, self.field)
            if value:
                by_value.setdefault(value, []).append(uid)
        for value, uids in by_value.items():
            if len(uids) > 1:
                names = join_words([ctx.index.units[u].name for u in uids])
                yield Raw(f"The {self.field} name '{value}' is used by {names}", tuple(uids))


@check("unique")
def _unique(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("field",), ("field",))
    name = f["field"].text()
    if name not in ("short", "name"):
        raise f["field"].error("unique works on 'short' or 'name'")
    return _Unique(name)


# ------------------------------------------------------------------ regions


@dataclass(frozen=True)
class _Partition(Check):
    depends = frozenset({UNITS, META})
    select: Selector
    noun: str

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        owners: dict[str, list[str]] = {}
        for uid in self.select.select(ctx):
            for region in index.units[uid].regions:
                owners.setdefault(region, []).append(uid)
        for region, uids in owners.items():
            if len(uids) > 1:
                yield Raw(f"{region} belongs to {len(uids)} {self.noun}: {index.labels(uids)}", tuple(uids))
        lacking = [r for r in index.chart.regions if r not in owners]
        if lacking:
            yield Raw(
                f"{join_words(lacking)} belong{'s' if len(lacking) == 1 else ''} to none of the {self.noun}",
                (),
            )


@check("partition")
def _partition(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("select", "noun"), ("noun",))
    return _Partition(comp.selector(f.get("select")), f["noun"].text())


@dataclass(frozen=True)
class _RegionsWithin(Check):
    select: Selector
    owner: str

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        owner = resolve(self.owner, ctx)
        if owner not in index.units:
            return
        allowed = set(index.units[owner].regions)
        for uid in self.select.select(ctx):
            outside = [r for r in index.units[uid].regions if r not in allowed]
            if outside:
                theirs = join_words(list(index.units[owner].regions))
                yield Raw(
                    f"{index.label(uid)} covers {join_words(outside)}, outside the regions of"
                    f" {index.label(owner)} ({theirs})",
                    (uid, owner),
                )


@check("regions-within")
def _regions_within(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("select", "of"), ("of",))
    return _RegionsWithin(comp.selector(f.get("select")), f["of"].text())


# --------------------------------------------------------------------- share


@dataclass(frozen=True)
class _Share(Check):
    select: Selector
    where: Selector
    at_least: float
    noun: str
    matching: str
    none_text: str
    none_severity: str | None

    def run(self, ctx: Context) -> Iterator[Raw]:
        units = ctx.index.units
        chosen = self.select.select(ctx)
        if not chosen:
            if self.none_text:
                yield Raw(self.none_text, (), self.none_severity)
            return
        hits = [u for u in chosen if self.where.test(units[u], ctx)]
        if len(hits) < self.at_least * len(chosen):
            pct = round(100 * len(hits) / len(chosen))
            others = [u for u in chosen if u not in hits]
            yield Raw(
                f"{len(hits)} of {len(chosen)} {self.noun} {self.matching} ({pct}%);"
                f" at least {round(100 * self.at_least)}% expected",
                tuple(others),
            )


@check("share")
def _share(src: Source, comp: Compiler) -> Check:
    keys = ("select", "where", "at-least", "noun", "matching", "none", "none-severity")
    f = _fields(src, keys, ("where", "at-least", "noun", "matching"))
    severity = f["none-severity"].text() if "none-severity" in f else None
    if severity not in (None, "error", "warning", "info"):
        raise f["none-severity"].error("severity must be error, warning or info")
    return _Share(
        comp.selector(f.get("select")),
        comp.selector(f["where"]),
        comp.number(f["at-least"]),
        f["noun"].text(),
        f["matching"].text(),
        f["none"].text() if "none" in f else "",
        severity,
    )


# ------------------------------------------------------------------ baseline


def _baseline_problem(ctx: Context) -> Iterator[Raw]:
    base = ctx.baseline
    if isinstance(base, Baseline) and base.chart is None:
        yield Raw(f"The baseline {base.name} cannot be used: {base.error}", ())


@dataclass(frozen=True)
class _BaselineTotal(Check):
    depends = frozenset({UNITS, META, BASELINE})

    def run(self, ctx: Context) -> Iterator[Raw]:
        base = ctx.baseline
        if not isinstance(base, Baseline):
            return
        if base.chart is None:
            yield from _baseline_problem(ctx)
            return
        units = ctx.index.units
        before = {uid: u.posts or 0 for uid, u in base.chart.units.items()}
        now = sum(u.posts or 0 for u in units.values())
        total = sum(before.values())
        if now == total:
            return
        changed = [uid for uid, u in units.items() if uid in before and (u.posts or 0) != before[uid]]
        diff = now - total
        yield Raw(
            f"Total posts are {now:,} against {total:,} in the baseline {base.name} ({diff:+,})",
            tuple(changed),
        )


@check("baseline-total-posts")
def _baseline_total(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return _BaselineTotal()


@dataclass(frozen=True)
class _BaselineFunctions(Check):
    depends = frozenset({UNITS, META, BASELINE})

    def run(self, ctx: Context) -> Iterator[Raw]:
        base = ctx.baseline
        if not isinstance(base, Baseline):
            return
        if base.chart is None:
            yield from _baseline_problem(ctx)
            return
        units = ctx.index.units
        carried: set[str] = set()
        for unit in units.values():
            carried.update(unit.functions)
        carriers: dict[str, list[str]] = {}
        for uid, unit in base.chart.units.items():
            for function in unit.functions:
                carriers.setdefault(function, []).append(uid)
        for function, uids in carriers.items():
            if function not in carried:
                names = join_words([base.chart.units[u].label for u in uids])
                yield Raw(
                    f"{function}, carried by {names} in the baseline, is no longer carried by any unit",
                    tuple(u for u in uids if u in units),
                )


@check("baseline-functions")
def _baseline_functions(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return _BaselineFunctions()
