"""The check vocabulary of rulebooks, part one: checks on units, lines, functions and groups.

Every check compiles from a mapping ``{CHECK-NAME: {parameters}}`` and yields
:class:`Raw` findings; the rule adds its id, severity, citation and fix advice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from orgeditor.model import KINDS, LINK_KINDS, PRESENCES, RANKS, Departure
from orgeditor.rules.index import SCOPE_PHRASES, join_words
from orgeditor.rules.selectors import Context, Selector, compile_selector, fill, resolve
from orgeditor.rules.source import Source

__all__ = ["Check", "Compiler", "Raw"]

#: What a check reads, so a live checker can skip it when an edit cannot matter.
UNITS, LINKS, GROUPS, META, BASELINE = "units", "links", "groups", "meta", "baseline"


@dataclass(frozen=True, slots=True)
class Raw:
    """A finding before the rule dresses it: text, unit ids, optional severity override."""

    text: str
    units: tuple[str, ...]
    severity: str | None = None
    fix: str | None = None
    subject: str = ""
    """The unit's name the text starts with, when the text is about one unit: findings of one
    rule that say the same of several units become one (:meth:`Rule.evaluate`)."""
    concerns: Departure | None = None
    """The recorded departure the finding is about (``chart.unused-departure``)."""


class Check:
    """A compiled check."""

    depends: frozenset[str] = frozenset({UNITS})

    def run(self, ctx: Context) -> Iterator[Raw]:  # pragma: no cover - abstract
        raise NotImplementedError


CheckFactory = Callable[[Source, "Compiler"], Check]


class Compiler:
    """Compiles checks and selectors of one rulebook (named selectors, parameters)."""

    registry: dict[str, CheckFactory] = {}  # noqa: RUF012 - filled by @check

    def __init__(self, named: Mapping[str, Source], parameters: Mapping[str, Source]) -> None:
        self.named = named
        self.parameters = parameters

    def check(self, src: Source) -> Check:
        fields = src.mapping()
        if len(fields) != 1:
            raise src.error(f"a check is a mapping with exactly one of: {', '.join(sorted(self.registry))}")
        ((name, body),) = fields.items()
        factory = self.registry.get(name)
        if factory is None:
            raise Source(src.node.value[0][0], src.file).error(
                f"unknown check '{name}' (expected one of: {', '.join(sorted(self.registry))})"
            )
        return factory(body, self)

    def selector(self, src: Source | None) -> Selector:
        if src is None:
            return Selector()
        selector = compile_selector(src, self.named)
        _validate_values(src)
        return selector

    def param(self, src: Source) -> Source:
        """*src*, or the rulebook parameter it names with ``$name``."""
        if not src.is_mapping() and not src.is_sequence():
            text = str(src.node.value)
            if text.startswith("$") and text[1:] in self.parameters:
                return self.parameters[text[1:]]
        return src

    def integer(self, src: Source) -> int:
        return self.param(src).integer()

    def number(self, src: Source) -> float:
        return self.param(src).number()


def check(name: str) -> Callable[[CheckFactory], CheckFactory]:
    def register(factory: CheckFactory) -> CheckFactory:
        Compiler.registry[name] = factory
        return factory

    return register


_VOCABULARIES: Mapping[str, tuple[str, ...]] = {
    "kind": KINDS,
    "rank": RANKS,
    "presence": PRESENCES,
    "gender": ("female", "male", "unspecified"),
}


def _validate_values(src: Source) -> None:
    """Fail early on values outside the closed vocabularies (typos in rulebooks)."""
    if not src.is_mapping():
        return
    for key, value in src.mapping().items():
        allowed = _VOCABULARIES.get(key)
        if allowed is not None:
            for item in value.items_or_one():
                if item.text() not in allowed:
                    raise item.error(f"{key} '{item.text()}' is not one of: {', '.join(allowed)}")
        elif key == "not":
            _validate_values(value)
        elif key in ("any", "all"):
            for item in value.items():
                _validate_values(item)


def _noun(src: Source) -> tuple[str, str]:
    """A noun as ``text`` or ``[singular, plural]``."""
    if src.is_sequence():
        words = src.texts()
        if len(words) != 2:
            raise src.error("a noun is a text or [singular, plural]")
        return words[0], words[1]
    return src.text(), src.text()


def _fields(src: Source, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> dict[str, Source]:
    fields = src.mapping(allowed)
    for name in required:
        if name not in fields:
            raise src.error(f"missing key '{name}'")
    return fields


# --------------------------------------------------------------------- count


@dataclass(frozen=True)
class _Count(Check):
    select: Selector
    low: int | None
    high: int | None
    noun: tuple[str, str]
    concern: Selector | None

    def run(self, ctx: Context) -> Iterator[Raw]:
        matched = self.select.select(ctx)
        n = len(matched)
        if (self.low is None or n >= self.low) and (self.high is None or n <= self.high):
            return
        if self.low == self.high:
            expected = f"exactly {self.low}"
        elif self.high is None:
            expected = f"at least {self.low}"
        elif self.low is None:
            expected = f"at most {self.high}"
        else:
            expected = f"between {self.low} and {self.high}"
        names = f" ({ctx.index.labels(matched)})" if matched else ""
        noun = fill(self.noun[1 if n > 1 else 0], ctx)
        text = f"There {'are' if n > 1 else 'is'} {n or 'no'} {noun}{names}; expected {expected}"
        units = list(matched)
        if self.concern is not None:
            near = [u for u in self.concern.select(ctx) if u not in units]
            if near:
                text += f". Candidates: {_near(ctx, near, self.select)}"
                units += near
        yield Raw(text, tuple(units))


def _near(ctx: Context, near: list[str], select: Selector) -> str:
    units = ctx.index.units
    return "; ".join(f"{ctx.index.label(u)} {select.why_not(units[u], ctx)}".rstrip() for u in near[:5])


@check("count")
def _count(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("select", "equals", "min", "max", "noun", "concern"), ("noun",))
    low = high = None
    if "equals" in f:
        low = high = comp.integer(f["equals"])
    if "min" in f:
        low = comp.integer(f["min"])
    if "max" in f:
        high = comp.integer(f["max"])
    if low is None and high is None:
        raise src.error("count needs 'equals', 'min' or 'max'")
    concern = comp.selector(f["concern"]) if "concern" in f else None
    return _Count(comp.selector(f.get("select")), low, high, _noun(f["noun"]), concern)


# ---------------------------------------------------------------------- unit


@dataclass(frozen=True)
class _UnitIs(Check):
    uid: str
    select: Selector

    def run(self, ctx: Context) -> Iterator[Raw]:
        uid = resolve(self.uid, ctx)
        unit = ctx.index.units.get(uid)
        if unit is None:
            yield Raw(f"There is no {ctx.index.label(uid)} in the chart", ())
            return
        problems = self.select.failures(unit, ctx)
        if problems:
            yield Raw(f"{ctx.index.label(uid)} {join_words(problems)}", (uid,), subject=ctx.index.label(uid))


@check("unit")
def _unit(src: Source, comp: Compiler) -> Check:
    fields = src.mapping()
    if "id" not in fields:
        raise src.error("missing key 'id'")
    uid = fields["id"].text()
    return _UnitIs(uid, comp.selector(src))


# ------------------------------------------------------------------ for-each


@dataclass(frozen=True)
class _ForEach(Check):
    select: Selector
    name: str
    checks: tuple[Check, ...]

    @property
    def depends(self) -> frozenset[str]:  # type: ignore[override]
        return frozenset({UNITS}).union(*(c.depends for c in self.checks))

    def run(self, ctx: Context) -> Iterator[Raw]:
        for uid in self.select.select(ctx):
            inner = ctx.bind(self.name, uid)
            for c in self.checks:
                yield from c.run(inner)


@check("for-each")
def _for_each(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("select", "as", "check"), ("check",))
    checks = tuple(comp.check(c) for c in f["check"].items_or_one())
    name = f["as"].text() if "as" in f else "unit"
    return _ForEach(comp.selector(f.get("select")), name, checks)


@dataclass(frozen=True)
class _AllOf(Check):
    checks: tuple[Check, ...]

    @property
    def depends(self) -> frozenset[str]:  # type: ignore[override]
        return frozenset().union(*(c.depends for c in self.checks))

    def run(self, ctx: Context) -> Iterator[Raw]:
        for c in self.checks:
            yield from c.run(ctx)


@check("all")
def _all(src: Source, comp: Compiler) -> Check:
    return _AllOf(tuple(comp.check(c) for c in src.items()))


# ------------------------------------------------------------ each (per unit)


@dataclass(frozen=True)
class _Each(Check):
    """Every selected unit must also match *require*; one finding per unit that does not."""

    select: Selector
    require: Selector
    fix: str | None

    def run(self, ctx: Context) -> Iterator[Raw]:
        units = ctx.index.units
        for uid in self.select.select(ctx):
            problems = self.require.failures(units[uid], ctx)
            if problems:
                label = ctx.index.label(uid)
                yield Raw(f"{label} {join_words(problems)}", (uid,), fix=self.fix, subject=label)


@check("each")
def _each(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("select", "require", "fix"), ("require",))
    fix = f["fix"].text().strip() if "fix" in f else None
    return _Each(comp.selector(f.get("select")), comp.selector(f["require"]), fix)


# ----------------------------------------------------------- subtree-carries


@dataclass(frozen=True)
class _SubtreeCarries(Check):
    root: str
    functions: tuple[str, ...]

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        root = resolve(self.root, ctx)
        if root not in index.units:
            yield Raw(
                f"There is no {index.label(root)} in the chart to carry {join_words(list(self.functions))}",
                (),
            )
            return
        missing = [f for f in self.functions if not index.subtree_carries(root, f)]
        if not missing:
            return
        text = f"Nothing in the subtree of {index.label(root)} carries {join_words(missing)}"
        # No carrier of a missing function is in the subtree, so every carrier is elsewhere.
        carriers = index.by("function")
        elsewhere = index.in_order({uid for f in missing for uid in carriers.get(f, ())})
        if elsewhere:
            more = len(elsewhere) - 5
            shown = (
                index.labels(elsewhere[:5])
                if more <= 0
                else (f"{', '.join(index.label(u) for u in elsewhere[:5])} and {more} more")
            )
            text += f" (carried outside it by {shown})"
        yield Raw(text, (root, *elsewhere))


@check("subtree-carries")
def _subtree_carries(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("root", "functions"), ("root", "functions"))
    return _SubtreeCarries(f["root"].text(), tuple(f["functions"].texts()))


# --------------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Lines(Check):
    """Each selected unit has exactly the given reporting lines."""

    select: Selector
    lines: tuple[tuple[str, str], ...]

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        for uid in self.select.select(ctx):
            have = {(ln.to, ln.scope) for ln in index.units[uid].reports_to}
            want = [(resolve(to, ctx), scope) for to, scope in self.lines]
            present = [w for w in want if w in have]
            missing = [w for w in want if w not in have]
            extra = [h for h in index.units[uid].reports_to if (h.to, h.scope) not in want]
            if not missing and not extra:
                continue
            label = index.label(uid)
            text = label
            if present and missing:
                text += f" reports to {_lines_text(ctx, present)} but"
            if missing:
                text += f" has no line to {_lines_text(ctx, missing, ' or to ')}"
            if extra:
                words = _lines_text(ctx, [(e.to, e.scope) for e in extra], " and to ")
                text += f"{', and' if missing else ''} has an extra line to {words}"
            concerned = [uid, *(to for to, _ in missing), *(e.to for e in extra)]
            yield Raw(text, tuple(dict.fromkeys(concerned)), subject=label)


def _lines_text(ctx: Context, lines: list[tuple[str, str]], last: str = "") -> str:
    """Lines as "DPPA for non-mission settings and DPO for mission settings" (with *last*,
    e.g. " or to ", before the last line instead of "and")."""
    words = [f"{ctx.index.label(to)} for {SCOPE_PHRASES[scope]}" for to, scope in lines]
    if last and len(words) > 1:
        return ", ".join(words[:-1]) + last + words[-1]
    return join_words(words)


@check("lines")
def _lines(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("select", "exactly"), ("exactly",))
    lines = []
    for item in f["exactly"].items():
        line = _fields(item, ("to", "scope"), ("to",))
        scope = line["scope"].text() if "scope" in line else "all"
        if scope not in SCOPE_PHRASES:
            raise line["scope"].error(f"scope must be one of: {', '.join(SCOPE_PHRASES)}")
        lines.append((line["to"].text(), scope))
    return _Lines(comp.selector(f.get("select")), tuple(lines))


# --------------------------------------------------------------------- links


@dataclass(frozen=True)
class _Link(Check):
    """Some (or each) selected unit has a link of *kind* to *target*."""

    depends = frozenset({UNITS, LINKS})
    select: Selector
    kind: str
    target: str
    either: bool
    each: bool
    noun: tuple[str, str]

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        target = resolve(self.target, ctx)
        matched = self.select.select(ctx)
        linked: set[str] = set()
        for link in index.chart.links:
            if link.kind != self.kind:
                continue
            if link.target == target:
                linked.add(link.source)
            if self.either and link.source == target:
                linked.add(link.target)
        lacking = [u for u in matched if u not in linked]
        article = "an" if self.kind[:1] in "aeiou" else "a"
        what = f"{article} {self.kind} link to {index.label(target)}"
        if not matched:
            yield Raw(
                f"There is no {fill(self.noun[0], ctx)}, so none has {what}",
                (target,) if target in index.units else (),
            )
        elif self.each:
            for uid in lacking:
                yield Raw(f"{index.label(uid)} has no {what}", (uid,), subject=index.label(uid))
        elif len(lacking) == len(matched):
            more = len(lacking) - 5
            names = index.labels(lacking[:5]) + (f" and {more} more" if more > 0 else "")
            verb = "has" if len(lacking) == 1 else "have"
            yield Raw(  # the units first, by name: what the drafter looks for
                f"{names} {verb} no {self.kind} link to {index.label(target)}, so no "
                f"{fill(self.noun[0], ctx)} has one",
                tuple(lacking),
                subject=names if len(lacking) == 1 else "",
            )


@check("link")
def _link(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("select", "kind", "to", "direction", "each", "noun"), ("kind", "to", "noun"))
    kind = f["kind"].text()
    if kind not in LINK_KINDS:
        raise f["kind"].error(f"link kind '{kind}' is not one of: {', '.join(LINK_KINDS)}")
    direction = f["direction"].text() if "direction" in f else "out"
    if direction not in ("out", "either"):
        raise f["direction"].error("direction must be 'out' or 'either'")
    each = f["each"].boolean() if "each" in f else False
    return _Link(
        comp.selector(f.get("select")),
        kind,
        f["to"].text(),
        direction == "either",
        each,
        _noun(f["noun"]),
    )


# --------------------------------------------------------------------- group


@dataclass(frozen=True)
class _Group(Check):
    depends = frozenset({UNITS, GROUPS})
    gid: str
    includes: tuple[str, ...]

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        group = index.chart.groups.get(self.gid)
        if group is None:
            wanted = [u for u in self.includes if u in index.units]
            yield Raw(
                f"There is no {index.label_of_missing(self.gid)} group"
                f" (of {index.labels(list(self.includes))})",
                tuple(wanted),
            )
            return
        missing = [u for u in self.includes if u not in group.members]
        if missing:
            yield Raw(
                f"{group.name} does not include {index.labels(missing)}",
                tuple(u for u in missing if u in index.units),
            )


@check("group")
def _group(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("id", "includes"), ("id",))
    includes = tuple(f["includes"].texts()) if "includes" in f else ()
    return _Group(f["id"].text(), includes)


@dataclass(frozen=True)
class _GroupSize(Check):
    depends = frozenset({UNITS, GROUPS})
    low: int

    def run(self, ctx: Context) -> Iterator[Raw]:
        for group in ctx.index.chart.groups.values():
            n = len(group.members)
            if n < self.low:
                members = f" ({ctx.index.labels(list(group.members))})" if n else ""
                yield Raw(
                    f"{group.name} has {n or 'no'} member{'' if n == 1 else 's'}{members};"
                    f" a group needs at least {self.low}",
                    group.members,
                )


@check("group-size")
def _group_size(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("min",), ("min",))
    return _GroupSize(comp.integer(f["min"]))
