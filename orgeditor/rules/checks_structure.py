"""The check vocabulary, part two: structure (roots, cycles, scopes, rank, span), regions,
shares and comparisons with the baseline chart."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from weakref import ReferenceType, ref

from orgeditor.model import Chart, ReportingLine
from orgeditor.rules.checks import BASELINE, META, UNITS, Check, Compiler, Raw, _fields, check
from orgeditor.rules.index import SCOPE_PHRASES, ChartIndex, join_words
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
        for cycle, scopes in index.cycles():
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
        memo = index.memo(self)  # unit id -> (unit, its targets' labels, raw): made once
        for uid in index.by("multi-line").get("true", ()):
            unit = index.units[uid]
            lines = unit.reports_to
            labels = tuple(index.label(ln.to) for ln in lines)
            known = memo.get(uid)
            if known is None or known[0] is not unit or known[1] != labels:
                known = memo[uid] = (unit, labels, self._raw(index, uid, lines))
            elif known[2] is not None and index.mentioned is not None:
                index.mentioned.add(uid)  # as making its message again would have
            if known[2] is not None:
                yield known[2]

    @staticmethod
    def _raw(index: ChartIndex, uid: str, lines: tuple[ReportingLine, ...]) -> Raw | None:
        problems: list[str] = []
        alls = [ln.to for ln in lines if ln.scope == "all"]
        if alls:
            problems.append(
                f"has {len(lines)} reporting lines, and the one to {index.labels(alls)} is for all settings"
            )
        for scope in ("mission", "non-mission"):
            tos = [ln.to for ln in lines if ln.scope == scope]
            if len(tos) > 1:
                problems.append(f"has {len(tos)} lines for {SCOPE_PHRASES[scope]} (to {index.labels(tos)})")
        if not problems:
            return None
        others = [ln.to for ln in lines]
        label = index.label(uid)
        return Raw(f"{label} {join_words(problems)}", tuple(dict.fromkeys([uid, *others])), subject=label)


@check("scopes-unambiguous")
def _scopes(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return _ScopesUnambiguous()


# ---------------------------------------------------------------- rank-order


@dataclass(frozen=True)
class _RankOrder(Check):
    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        memo = index.memo(self)  # (unit, superior) -> (their units, raw): made once
        units = index.units
        for pair in index.rank_inversions():
            uid, sup = pair
            mine, theirs = units[uid], units[sup]
            known = memo.get(pair)
            if known is None or known[0] is not mine or known[1] is not theirs:
                raw = Raw(
                    f"{index.label(uid)} is headed at {mine.rank} level, above the {theirs.rank} head"
                    f" of {index.label(sup)}, the first headed unit it reports to",
                    pair,
                )
                known = memo[pair] = (mine, theirs, raw)
            elif index.mentioned is not None:
                index.mentioned.update(pair)
            yield known[2]


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
        crowded = index.crowded(self.high)
        if not crowded:
            return
        # manager -> (its label, its count of reports, its first report, that report's rank
        # among its own managers, raw): an edit makes again only the findings it changed
        memo = index.memo(self)
        units, reports, order = index.units, index.reports, index.order()
        found: list[tuple[int, int, Raw]] = []
        for uid in crowded:
            ids = reports[uid]
            first = units[ids[0]]
            label = index.label(uid)
            known = memo.get(uid)
            if known is None or known[0] != label or known[1] != len(ids) or known[2] is not first:
                lines = first.reports_to
                rank = 0 if len(lines) == 1 else list(dict.fromkeys(ln.to for ln in lines)).index(uid)
                raw = Raw(f"{label} has {len(ids)} direct reports; the limit is {self.high}", (uid,))
                known = memo[uid] = (label, len(ids), first, rank, raw)
            # in the order a pass over the units in display order first meets each manager
            found.append((order[first.id], known[3], known[4]))
        if len(memo) > 2 * len(crowded) + 256:  # forget managers no longer crowded
            for uid in [u for u in memo if u not in crowded]:
                del memo[uid]
        found.sort(key=_first_met)
        for _order, _rank, raw in found:
            yield raw


def _first_met(item: tuple[int, int, Raw]) -> tuple[int, int]:
    return item[0], item[1]


@check("max-direct-reports")
def _max_reports(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("max",), ("max",))
    return _MaxReports(comp.integer(f["max"]))


# -------------------------------------------------------------------- unique


@dataclass(frozen=True)
class _Unique(Check):
    field: str

    def run(self, ctx: Context) -> Iterator[Raw]:
        for value, uids in ctx.index.duplicates(self.field):
            if value:
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


@dataclass(frozen=True)
class _RegionsBelow(Check):
    """Each selected unit's regions lie within those of the units of *above* in its chains."""

    select: Selector
    above: Selector

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        for uid in self.select.select(ctx):
            regions = index.units[uid].regions
            if not regions:
                continue
            chains = [index.chain(uid, scope)[1:] for scope in ("all", "mission", "non-mission")]
            owners = [
                a for a in dict.fromkeys(a for c in chains for a in c) if self.above.test(index.units[a], ctx)
            ]
            allowed = [r for a in owners for r in index.units[a].regions]
            outside = [r for r in regions if r not in allowed]
            if owners and outside:
                label = index.label(uid)
                managers = [line.to for line in index.units[uid].reports_to if line.to in index.units]
                under = f" (it reports to {index.labels(managers)})" if managers else ""
                yield Raw(
                    f"{label} covers {join_words(outside)}, outside the regions of"
                    f" {index.labels(owners)} above it ({join_words(list(dict.fromkeys(allowed)))}){under}",
                    (uid,),  # the unit misplaced: a departure for it alone covers the finding
                    subject=label,
                )


@check("regions-below")
def _regions_below(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("select", "above"), ("above",))
    return _RegionsBelow(comp.selector(f.get("select")), comp.selector(f.get("above")))


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


_Facts = tuple[dict[str, int], dict[str, list[str]]]
_base_facts: dict[int, tuple[ReferenceType[Chart], _Facts]] = {}


def _baseline_facts(chart: Chart) -> _Facts:
    """Posts per unit and carriers per function of a baseline chart (computed once per chart:
    a loaded baseline is never edited)."""
    hit = _base_facts.get(id(chart))
    if hit is not None and hit[0]() is chart:
        return hit[1]
    posts = {uid: u.posts or 0 for uid, u in chart.units.items()}
    carriers: dict[str, list[str]] = {}
    for uid, unit in chart.units.items():
        for function in unit.functions:
            carriers.setdefault(function, []).append(uid)
    for key in [k for k, (held, _) in _base_facts.items() if held() is None]:
        del _base_facts[key]
    _base_facts[id(chart)] = (ref(chart), (posts, carriers))
    return posts, carriers


def usable_baseline(ctx: Context) -> Baseline | None:
    """The chart's baseline when it names one that loaded (else None: see :func:`_baseline_problem`)."""
    base = ctx.baseline
    return base if isinstance(base, Baseline) and base.chart is not None else None


def _baseline_problem(ctx: Context) -> Iterator[Raw]:
    base = ctx.baseline
    if isinstance(base, Baseline) and base.chart is None:
        yield Raw(f"The baseline {base.name} cannot be used: {base.error}", ())


@dataclass(frozen=True)
class _BaselineTotal(Check):
    depends = frozenset({UNITS, META, BASELINE})

    def run(self, ctx: Context) -> Iterator[Raw]:
        base = usable_baseline(ctx)
        if base is None or base.chart is None:
            yield from _baseline_problem(ctx)
            return
        units = ctx.index.units
        before, _ = _baseline_facts(base.chart)
        now = ctx.index.total_posts()
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
        base = usable_baseline(ctx)
        if base is None or base.chart is None:
            yield from _baseline_problem(ctx)
            return
        units = ctx.index.units
        carried = ctx.index.by("function")
        _, carriers = _baseline_facts(base.chart)
        heirs: dict[str, list[str]] = {}
        for uid, unit in units.items():
            for former in unit.formerly:
                heirs.setdefault(former, []).append(uid)
        for function, uids in carriers.items():
            if function in carried:
                continue
            names = join_words([base.chart.units[u].label for u in uids])
            # traced through lineage: the units that continue the baseline's carriers
            found = list(dict.fromkeys(h for u in uids for h in (u, *heirs.get(u, ())) if h in units))
            continued = [h for h in found if h not in uids]
            trail = ""
            if continued:
                verb = "continues" if len(continued) == 1 else "continue"
                trail = f"; {join_words([ctx.index.label(h) for h in continued])} {verb} {names} without it"
            yield Raw(  # the units first, by name; the function is a slug
                f"{names} carried {function} in the baseline, and no unit carries it now{trail}",
                tuple(found),
            )


@check("baseline-functions")
def _baseline_functions(src: Source, comp: Compiler) -> Check:
    _empty(src)
    return _BaselineFunctions()
