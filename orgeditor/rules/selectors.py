"""Unit selectors: the conditions a rulebook uses to pick units, compiled once.

A selector is a mapping whose keys must all hold, for example
``{rank: ASG, has: regions, not: {kind: mission}}``. Values starting with ``$`` name a unit
bound by an enclosing ``for-each`` (``$unit`` by default).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from orgeditor.model import Unit
from orgeditor.rules.index import SCOPE_PHRASES, ChartIndex, join_words
from orgeditor.rules.source import Source

__all__ = [
    "SELECTOR_KEYS",
    "Condition",
    "Context",
    "Selector",
    "compile_selector",
    "fill",
    "resolve",
]

SELECTOR_KEYS: tuple[str, ...] = (
    "id",
    "kind",
    "rank",
    "gender",
    "presence",
    "has",
    "root",
    "carries",
    "carries-any",
    "subtree-carries",
    "reports-to",
    "chain-through",
    "in-group",
    "is",
    "not",
    "any",
    "all",
)
_HAS_FIELDS = ("regions", "functions", "head", "short", "presence", "posts", "reports-to", "note")
_LINE_SCOPES = ("all", "mission", "non-mission", "any")


@dataclass
class Context:
    """What a check sees: the chart index, variable bindings and the loaded baseline."""

    index: ChartIndex
    env: dict[str, str] = field(default_factory=dict)
    baseline: object | None = None

    def bind(self, name: str, uid: str) -> Context:
        return Context(self.index, {**self.env, name: uid}, self.baseline)


def fill(text: str, ctx: Context) -> str:
    """Replace ``{name}`` in *text* by the label of the unit bound to ``$name``."""
    for name, uid in ctx.env.items():
        text = text.replace("{" + name + "}", ctx.index.label(uid))
    return text


def resolve(value: str, ctx: Context) -> str:
    """A literal id, or the unit bound to ``$name``."""
    if value.startswith("$"):
        return ctx.env.get(value[1:], value)
    return value


class Condition:
    """One test on a unit, able to say in words why a unit fails it."""

    def test(self, unit: Unit, ctx: Context) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def why_not(self, unit: Unit, ctx: Context) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def candidates(self, ctx: Context) -> list[str] | None:
        """A superset of the matching ids, in display order, when an index gives one cheaply."""
        return None


def _lookup(ctx: Context, field: str, values: tuple[str, ...]) -> list[str]:
    table = ctx.index.by(field)
    if len(values) == 1:
        return table.get(values[0], [])
    found: set[str] = set()
    for value in values:
        found.update(table.get(value, ()))
    return ctx.index.in_order(found)


@dataclass(frozen=True)
class _IdIs(Condition):
    ids: tuple[str, ...]

    def test(self, unit: Unit, ctx: Context) -> bool:
        return any(unit.id == resolve(i, ctx) for i in self.ids)

    def why_not(self, unit: Unit, ctx: Context) -> str:
        return f"is not {join_words([ctx.index.label(resolve(i, ctx)) for i in self.ids])}"


@dataclass(frozen=True)
class _FieldIn(Condition):
    name: str
    values: tuple[str, ...]
    get: Callable[[Unit], str | None]

    def test(self, unit: Unit, ctx: Context) -> bool:
        return self.get(unit) in self.values

    def candidates(self, ctx: Context) -> list[str] | None:
        return _lookup(ctx, self.name, self.values)

    def why_not(self, unit: Unit, ctx: Context) -> str:
        expected = " or ".join(self.values)
        actual = self.get(unit)
        if self.name == "rank":
            if actual is None:
                return f"has no head rank (expected {expected})"
            return f"is headed at {actual} level, not {expected}"
        if actual is None:
            return f"has no {self.name} (expected {expected})"
        return f"has {self.name} {actual}, not {expected}"


@dataclass(frozen=True)
class _Has(Condition):
    name: str

    def test(self, unit: Unit, ctx: Context) -> bool:
        attr = "reports_to" if self.name == "reports-to" else self.name
        value = getattr(unit, attr)
        return bool(value) if not isinstance(value, int) else True

    def why_not(self, unit: Unit, ctx: Context) -> str:
        return f"has no {self.name}"


@dataclass(frozen=True)
class _Root(Condition):
    wanted: bool

    def test(self, unit: Unit, ctx: Context) -> bool:
        return (not unit.reports_to) == self.wanted

    def candidates(self, ctx: Context) -> list[str] | None:
        return ctx.index.by("root").get("true", []) if self.wanted else None

    def why_not(self, unit: Unit, ctx: Context) -> str:
        return "has a reporting line" if self.wanted else "has no reporting line"


@dataclass(frozen=True)
class _Carries(Condition):
    functions: tuple[str, ...]
    any_of: bool = False
    subtree: bool = False

    def _carries(self, unit: Unit, function: str, ctx: Context) -> bool:
        if self.subtree:
            return ctx.index.subtree_carries(unit.id, function)
        return function in unit.functions

    def test(self, unit: Unit, ctx: Context) -> bool:
        if self.any_of:
            return any(self._carries(unit, f, ctx) for f in self.functions)
        return all(self._carries(unit, f, ctx) for f in self.functions)

    def candidates(self, ctx: Context) -> list[str] | None:
        if self.subtree:
            return None
        if self.any_of:
            return _lookup(ctx, "function", self.functions)
        return _lookup(ctx, "function", self.functions[:1])

    def why_not(self, unit: Unit, ctx: Context) -> str:
        missing = [f for f in self.functions if not self._carries(unit, f, ctx)]
        where = " in its subtree" if self.subtree else ""
        joiner = " or " if self.any_of else " and "
        return f"does not carry {joiner.join(missing)}{where}"


@dataclass(frozen=True)
class _ReportsTo(Condition):
    to: str
    scope: str

    def test(self, unit: Unit, ctx: Context) -> bool:
        to = resolve(self.to, ctx)
        return any(line.to == to and self.scope in ("any", line.scope) for line in unit.reports_to)

    def candidates(self, ctx: Context) -> list[str] | None:
        return ctx.index.direct_reports(resolve(self.to, ctx))

    def why_not(self, unit: Unit, ctx: Context) -> str:
        index = ctx.index
        scope = "" if self.scope == "any" else f" for {SCOPE_PHRASES[self.scope]}"
        text = f"does not report to {index.label(resolve(self.to, ctx))}{scope}"
        if unit.reports_to:
            lines = [f"{index.label(ln.to)} for {SCOPE_PHRASES[ln.scope]}" for ln in unit.reports_to]
            text += f" (it reports to {join_words(lines)})"
        return text


@dataclass(frozen=True)
class _ChainThrough(Condition):
    to: str
    scope: str

    def test(self, unit: Unit, ctx: Context) -> bool:
        return ctx.index.reaches(unit.id, resolve(self.to, ctx), self.scope)

    def why_not(self, unit: Unit, ctx: Context) -> str:
        index = ctx.index
        chain = index.chain(unit.id, self.scope)
        target = index.label(resolve(self.to, ctx))
        setting = SCOPE_PHRASES[self.scope]
        if len(chain) == 1:
            return f"has no reporting line followed for {setting}, so no chain through {target}"
        path = " → ".join(index.label(u) for u in chain)
        return f"has no chain through {target} for {setting} (its chain: {path})"


@dataclass(frozen=True)
class _InGroup(Condition):
    group: str

    def test(self, unit: Unit, ctx: Context) -> bool:
        group = ctx.index.chart.groups.get(self.group)
        return group is not None and unit.id in group.members

    def why_not(self, unit: Unit, ctx: Context) -> str:
        group = ctx.index.chart.groups.get(self.group)
        name = group.name if group is not None else ctx.index.label_of_missing(self.group)
        return (
            f"is not a member of the {name}"
            if name.lower().endswith("group")
            else f"is not a member of {name}"
        )


@dataclass(frozen=True)
class _Not(Condition):
    inner: Selector

    def test(self, unit: Unit, ctx: Context) -> bool:
        return not self.inner.test(unit, ctx)

    def why_not(self, unit: Unit, ctx: Context) -> str:
        return "is one of the excluded units"


@dataclass(frozen=True)
class _AnyOf(Condition):
    options: tuple[Selector, ...]

    def test(self, unit: Unit, ctx: Context) -> bool:
        return any(o.test(unit, ctx) for o in self.options)

    def why_not(self, unit: Unit, ctx: Context) -> str:
        return " and ".join(o.why_not(unit, ctx) for o in self.options)


@dataclass(frozen=True)
class Selector:
    """All of its conditions must hold. An empty selector matches every unit."""

    conditions: tuple[Condition, ...] = ()
    only_ids: tuple[str, ...] | None = None

    def test(self, unit: Unit, ctx: Context) -> bool:
        return all(c.test(unit, ctx) for c in self.conditions)

    def failures(self, unit: Unit, ctx: Context) -> list[str]:
        """Why *unit* does not match, one phrase per failing condition."""
        return [c.why_not(unit, ctx) for c in self.conditions if not c.test(unit, ctx)]

    def why_not(self, unit: Unit, ctx: Context) -> str:
        return " and ".join(self.failures(unit, ctx))

    def select(self, ctx: Context) -> list[str]:
        """Ids of the matching units, in display order."""
        units = ctx.index.units
        if self.only_ids is not None:
            ids = [resolve(i, ctx) for i in self.only_ids]
            return [i for i in ids if i in units and self.test(units[i], ctx)]
        pool: list[str] | None = None
        for condition in self.conditions:
            found = condition.candidates(ctx)
            if found is not None and (pool is None or len(found) < len(pool)):
                pool = found
        test = self.test
        if pool is None:
            return [uid for uid, unit in units.items() if test(unit, ctx)]
        return [uid for uid in pool if test(units[uid], ctx)]


def _rank(unit: Unit) -> str | None:
    return unit.head.rank if unit.head is not None else None


def _gender(unit: Unit) -> str | None:
    return unit.head.gender if unit.head is not None else None


def _kind(unit: Unit) -> str | None:
    return unit.kind


def _presence(unit: Unit) -> str | None:
    return unit.presence


_FIELD_GETTERS: Mapping[str, Callable[[Unit], str | None]] = {
    "kind": _kind,
    "rank": _rank,
    "gender": _gender,
    "presence": _presence,
}


def compile_selector(src: Source, named: Mapping[str, Source], stack: tuple[str, ...] = ()) -> Selector:
    """Compile a selector mapping; *named* holds the rulebook's named selectors."""
    conditions: list[Condition] = []
    only_ids: tuple[str, ...] | None = None
    for key, value in src.mapping(SELECTOR_KEYS).items():
        if key == "id":
            only_ids = tuple(value.texts())
            conditions.append(_IdIs(only_ids))
        elif key in _FIELD_GETTERS:
            conditions.append(_FieldIn(key, tuple(value.texts()), _FIELD_GETTERS[key]))
        elif key == "has":
            for name in value.texts():
                if name not in _HAS_FIELDS:
                    raise value.error(f"'has' takes one of: {', '.join(_HAS_FIELDS)}")
                conditions.append(_Has(name))
        elif key == "root":
            conditions.append(_Root(value.boolean()))
        elif key in ("carries", "carries-any", "subtree-carries"):
            conditions.append(_Carries(tuple(value.texts()), key == "carries-any", key == "subtree-carries"))
        elif key in ("reports-to", "chain-through"):
            to, scope = _target(value, "any" if key == "reports-to" else None)
            if key == "reports-to":
                conditions.append(_ReportsTo(to, scope))
            else:
                conditions.append(_ChainThrough(to, scope))
        elif key == "in-group":
            conditions.append(_InGroup(value.text()))
        elif key == "is":
            name = value.text()
            if name not in named:
                raise value.error(f"no named selector '{name}' in this rulebook")
            if name in stack:
                raise value.error(f"named selector '{name}' refers to itself")
            inner = compile_selector(named[name], named, (*stack, name))
            conditions.extend(inner.conditions)
            only_ids = inner.only_ids if only_ids is None else only_ids
        elif key == "not":
            conditions.append(_Not(compile_selector(value, named, stack)))
        elif key == "any":
            options = tuple(compile_selector(v, named, stack) for v in value.items())
            conditions.append(_AnyOf(options))
        else:  # all
            for item in value.items():
                inner = compile_selector(item, named, stack)
                conditions.extend(inner.conditions)
    return Selector(tuple(conditions), only_ids)


def _target(value: Source, default_scope: str | None) -> tuple[str, str]:
    """``{to: id, scope: s}`` or a bare id."""
    if not value.is_mapping():
        if default_scope is None:
            raise value.error("expected {to: ID, scope: SCOPE}")
        return value.text(), default_scope
    fields = value.mapping(("to", "scope"))
    if "to" not in fields:
        raise value.error("missing key 'to'")
    scopes = _LINE_SCOPES if default_scope is not None else _LINE_SCOPES[:3]
    scope = fields["scope"].text() if "scope" in fields else (default_scope or "all")
    if scope not in scopes:
        raise fields["scope"].error(f"scope must be one of: {', '.join(scopes)}")
    return fields["to"].text(), scope
