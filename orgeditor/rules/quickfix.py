"""Quick fixes: the edits that would resolve a finding, declared as data in the rulebook.

A rule may list ``quick-fixes:`` (see ``orgeditor/rules/README.md``); each is a label template
and one action from a small closed vocabulary (:data:`ACTIONS`). :func:`fixes_for` turns them
into :class:`QuickFix` values for one finding on one chart: a human label naming units by name
and a list of model-level edits (:class:`UnitEdit`, :class:`LinkAdd`, :class:`GroupEdit`,
:class:`DepartureAdd`, :class:`DepartureRemove`). A fix is offered only when applying it to a
copy of the chart keeps every invariant, makes the finding go, and brings no new error finding.
:func:`apply_edits` applies the edits to a chart and returns how to undo them.

>>> from orgeditor.rules.quickfix import ACTIONS
>>> ACTIONS[:3]
('add-line', 'set-lines', 'move-under')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from orgeditor.model import (
    SCOPES,
    Chart,
    ChartError,
    Departure,
    Group,
    Head,
    Link,
    ReportingLine,
    Unit,
)
from orgeditor.rules.engine import check_chart
from orgeditor.rules.findings import Finding
from orgeditor.rules.fix_spec import ACTIONS, FixSpec, compile_quick_fixes
from orgeditor.rules.index import ChartIndex, join_words
from orgeditor.rules.rulebook import Rule, Rulebook
from orgeditor.rules.selectors import Context, Selector

__all__ = [
    "ACTIONS",
    "DepartureAdd",
    "DepartureRemove",
    "Edit",
    "FixSpec",
    "GroupEdit",
    "LinkAdd",
    "QuickFix",
    "UnitEdit",
    "apply_edits",
    "compile_quick_fixes",
    "fixes_for",
]

#: Most managers ``move-under`` offers for one unit (the first ones in display order).
MAX_CHOICES = 3
_SCOPE_WORDS = {"all": "all-settings", "mission": "mission", "non-mission": "non-mission"}
_OTHER_SCOPE = {"mission": "non-mission", "non-mission": "mission"}


# ----------------------------------------------------------------------- edits


@dataclass(frozen=True, slots=True)
class UnitEdit:
    """Replace the unit *unit_id* by *unit* (same id)."""

    unit_id: str
    unit: Unit


@dataclass(frozen=True, slots=True)
class LinkAdd:
    """Add *link* at the end of the chart's links."""

    link: Link


@dataclass(frozen=True, slots=True)
class GroupEdit:
    """Replace the group of *group*'s id by *group*."""

    group: Group


@dataclass(frozen=True, slots=True)
class DepartureAdd:
    """Record *departure* (SPEC §6.3) after the chart's others."""

    departure: Departure


@dataclass(frozen=True, slots=True)
class DepartureRemove:
    """Remove *departure* from the chart's departures."""

    departure: Departure


Edit = UnitEdit | LinkAdd | GroupEdit | DepartureAdd | DepartureRemove


def apply_edits(chart: Chart, edits: Iterable[Edit]) -> Callable[[], None]:
    """Apply *edits* to *chart* in order, in one :meth:`Chart.batch` (listeners hear once), and
    return a function that undoes them exactly. When an edit breaks an invariant, the edits
    already made are undone and the :class:`~orgeditor.model.ChartError` goes on."""
    undos: list[Callable[[], None]] = []

    def undo_all() -> None:
        with chart.batch():
            for undo in reversed(undos):
                undo()

    with chart.batch():
        try:
            for edit in edits:
                undos.append(_apply(chart, edit))
        except Exception:
            for undo in reversed(undos):
                undo()
            raise
    return undo_all


def _apply(chart: Chart, edit: Edit) -> Callable[[], None]:
    if isinstance(edit, UnitEdit):
        if edit.unit.id != edit.unit_id:
            raise ChartError(f"a quick fix cannot change the id of unit '{edit.unit_id}'")
        old = chart.update_unit(edit.unit)
        return lambda: _ignore(chart.update_unit(old))
    if isinstance(edit, LinkAdd):
        chart.add_link(edit.link)
        return lambda: _ignore(chart.remove_link(edit.link))
    if isinstance(edit, GroupEdit):
        if edit.group.id not in chart.groups:
            raise ChartError(f"no group with id '{edit.group.id}'")
        old_group = chart.update_group(edit.group)
        return lambda: _ignore(chart.update_group(old_group))
    before = chart.departures
    if isinstance(edit, DepartureAdd):
        chart.set_meta(departures=(*before, edit.departure))
    else:
        if edit.departure not in before:
            raise ChartError(f"the chart has no departure from {edit.departure.rule} to remove")
        kept = list(before)
        kept.remove(edit.departure)
        chart.set_meta(departures=kept)
    return lambda: chart.set_meta(departures=before)


def _ignore(_value: object) -> None:
    return None


# --------------------------------------------------------------------- fixes


@dataclass(frozen=True, slots=True)
class QuickFix:
    """A fix offered for a finding: its label ("Add a mission line from UNAMI to DPO") and the
    edits that make it. ``needs`` names what the user must give first (``reason`` and ``cite``
    of a departure): complete it with :meth:`completed`."""

    label: str
    edits: tuple[Edit, ...]
    rule: str
    #: The ids of the units the fix changes or concerns (for the GUI to select).
    units: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    #: The rulebook's action (:data:`ACTIONS`) that made the fix.
    action: str = ""

    def completed(self, *, reason: str, cite: str) -> QuickFix:
        """The fix with the departure's reason and cite filled in (``record-departure``)."""
        edits = tuple(
            DepartureAdd(replace(e.departure, reason=reason.strip(), cite=cite.strip()))
            if isinstance(e, DepartureAdd)
            else e
            for e in self.edits
        )
        return replace(self, edits=edits, needs=())


def fixes_for(finding: Finding, chart: Chart, rules: Sequence[Rule]) -> list[QuickFix]:
    """The quick fixes that resolve *finding* on *chart*, in the rulebook's order.

    *rules* are the rules that ran (``rules_of(rulebooks_for(chart))``); the finding's rule
    declares the fixes. Each candidate is applied to a copy of the chart and offered only when
    that keeps every invariant, the rule no longer reports the finding (a departure counts:
    the finding then stays as ``info``) and no other rule reports a new error.
    """
    rule = next((r for r in rules if r.id == finding.rule), None)
    if rule is None or not rule.quick_fixes:
        return []
    ctx = Context(ChartIndex(chart))
    candidates = [
        replace(fix, action=spec.action)
        for spec in rule.quick_fixes
        for fix in _candidates(spec, finding, rule, chart, ctx)
    ]
    if not candidates:
        return []
    judge = _Judge(chart, rules, rule, finding)
    return [fix for fix in candidates if judge.accepts(fix)]


def _candidates(spec: FixSpec, finding: Finding, rule: Rule, chart: Chart, ctx: Context) -> list[QuickFix]:
    units = [u for u in finding.units if u in chart.units]
    if spec.when is not None:
        units = [u for u in units if spec.when.test(chart.units[u], ctx)]
    if spec.action == "remove-departure":
        d = finding.concerns
        if d is None or d not in chart.departures:
            return []
        values = {"unit": _names(chart, [u for u in d.units if u in chart.units]), "reason": d.reason}
        values["cite"] = d.cite
        return [QuickFix(_fill(spec.label, values), (DepartureRemove(d),), rule.id, d.units)]
    if spec.action == "record-departure":
        if finding.departure is not None or finding.severity == "info" or finding.concerns is not None:
            return []
        departure = Departure(rule.id, tuple(finding.units), "", "")
        values = {"unit": _names(chart, list(finding.units)), "cite": rule.cite or "this rule"}
        label = _fill(spec.label, values)
        return [QuickFix(label, (DepartureAdd(departure),), rule.id, finding.units, ("reason", "cite"))]
    if not units or (spec.when is None and len(units) != len(finding.units)):
        return []
    groups = [[u] for u in units] if spec.each else [units]
    fixes: list[QuickFix] = []
    for group in groups:
        fixes += _unit_fixes(spec, group, rule, chart, ctx)
    return fixes


def _unit_fixes(spec: FixSpec, units: list[str], rule: Rule, chart: Chart, ctx: Context) -> list[QuickFix]:
    values = {"unit": _names(chart, units)}
    if spec.action == "add-line":
        ((to, scope),) = spec.lines
        if to not in chart.units:
            return []
        values |= {"to": chart.units[to].label, "scope": _SCOPE_WORDS[scope]}
        edits = [UnitEdit(u, _with_line(chart.units[u], to, scope)) for u in units]
    elif spec.action == "set-lines":
        if any(to not in chart.units for to, _ in spec.lines):
            return []
        values["to"] = join_words(list(dict.fromkeys(chart.units[to].label for to, _ in spec.lines)))
        lines = tuple(ReportingLine(to, scope) for to, scope in spec.lines)
        edits = [UnitEdit(u, chart.units[u].with_changes(reports_to=lines)) for u in units]
    elif spec.action == "move-under":
        return _move_fixes(spec, units, rule.id, chart, ctx, values)
    elif spec.action == "add-link":
        if spec.to not in chart.units:
            return []
        values |= {"to": chart.units[spec.to].label, "kind": spec.kind}
        links = [Link(u, spec.to, spec.kind) for u in units if u != spec.to]
        edits_links = [LinkAdd(link) for link in links if link not in chart.links]
        if not edits_links:
            return []
        return [QuickFix(_fill(spec.label, values), tuple(edits_links), rule.id, tuple(units))]
    elif spec.action == "set-field":
        values |= {"field": spec.unit_field, "value": spec.value}
        edits = [UnitEdit(u, _with_field(chart.units[u], spec.unit_field, spec.value)) for u in units]
    else:  # add-to-group
        group = chart.groups.get(spec.to)
        if group is None:
            return []
        values["group"] = group.name
        members = (*group.members, *(u for u in units if u not in group.members))
        return [
            QuickFix(
                _fill(spec.label, values),
                (GroupEdit(replace(group, members=members)),),
                rule.id,
                tuple(units),
            )
        ]
    edits = [e for e in edits if e.unit != chart.units[e.unit_id]]
    if not edits:
        return []
    return [QuickFix(_fill(spec.label, values), tuple(edits), rule.id, tuple(units))]


def _move_fixes(  # noqa: PLR0917 - one call site, every argument needed
    spec: FixSpec, units: list[str], rule_id: str, chart: Chart, ctx: Context, values: dict[str, str]
) -> list[QuickFix]:
    assert spec.select is not None
    below: set[str] = set()
    for uid in units:
        below.update(chart.subtree(uid))
    fixes: list[QuickFix] = []
    chosen = [c for c in spec.select.select(ctx) if c not in below]
    current = {line.to for uid in units for line in chart.units[uid].reports_to}
    if current.intersection(chosen):  # a manager the unit already has, when one suits
        chosen = [c for c in chosen if c in current] + [c for c in chosen if c not in current]
    for candidate in chosen:
        above = _above(chart, candidate, spec.below, ctx) if spec.below is not None else None
        if spec.below is not None and above is None:
            continue
        if spec.covering and not all(_covers(chart, candidate, above, chart.units[u]) for u in units):
            continue
        edits: list[Edit] = []
        scopes: set[str] = set()
        for uid in units:
            unit = chart.units[uid]
            scope = spec.scope or (unit.reports_to[0].scope if len(unit.reports_to) == 1 else "all")
            scopes.add(scope)
            new = _with_line(unit, candidate, scope)
            if new != unit:
                edits.append(UnitEdit(uid, new))
        if not edits:
            continue
        filled = values | {
            "to": chart.units[candidate].label,
            "above": chart.units[above].label if above is not None else "",
            "scope": _SCOPE_WORDS[scopes.pop()] if len(scopes) == 1 else "",
        }
        fixes.append(QuickFix(_fill(spec.label, filled), tuple(edits), rule_id, tuple(units)))
        if len(fixes) == MAX_CHOICES or candidate in current:
            break
    return fixes


def _above(chart: Chart, uid: str, selector: Selector, ctx: Context) -> str | None:
    """The first unit up *uid*'s chains (all, then mission, then non-mission) that matches."""
    for scope in SCOPES:
        for up in chart.chain(uid, scope)[1:]:
            if selector.test(chart.units[up], ctx):
                return up
    return None


def _covers(chart: Chart, candidate: str, above: str | None, unit: Unit) -> bool:
    """The candidate's regions (and those of the unit above it that ``below`` picked) include
    *unit*'s; a candidate without regions takes those of the first unit with some up its chain."""
    wanted = set(unit.regions)
    if not wanted:
        return True
    own = next((chart.units[u].regions for u in chart.chain(candidate) if chart.units[u].regions), ())
    if not wanted <= set(own):
        return False
    return above is None or wanted <= set(chart.units[above].regions)


def _with_line(unit: Unit, to: str, scope: str) -> Unit:
    """*unit* reporting to *to* for *scope*, its other lines kept where they do not overlap: a
    line for the same scope goes, an all-settings line keeps only the other scope, and two
    lines to one unit for mission and non-mission become one all-settings line."""
    if scope == "all":
        return unit.with_changes(reports_to=(ReportingLine(to),))
    other = _OTHER_SCOPE[scope]
    kept: list[ReportingLine] = []
    for line in unit.reports_to:
        if line.scope == scope:
            continue
        narrowed = ReportingLine(line.to, other) if line.scope == "all" else line
        if narrowed not in kept:
            kept.append(narrowed)
    if ReportingLine(to, other) in kept:
        lines = [ReportingLine(to) if line == ReportingLine(to, other) else line for line in kept]
    else:
        lines = [*kept, ReportingLine(to, scope)]
    return unit.with_changes(reports_to=tuple(lines))


def _with_field(unit: Unit, name: str, value: str) -> Unit:
    if name in ("rank", "gender"):
        head = unit.head or Head()
        return unit.with_changes(head=replace(head, **{name: value}))
    return unit.with_changes(**{name: value})


def _names(chart: Chart, units: list[str]) -> str:
    labels = [chart.units[u].label for u in units if u in chart.units]
    if not labels:
        return "it"
    return labels[0] if len(labels) == 1 else "each of " + join_words(labels)


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format_map(_Values(values))


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


# ------------------------------------------------------------------- judging


class _Judge:
    """Applies candidate fixes to copies of the chart and keeps those that resolve the finding
    and bring no new error finding of any rule."""

    def __init__(self, chart: Chart, rules: Sequence[Rule], rule: Rule, finding: Finding) -> None:
        self.chart, self.rules, self.rule, self.finding = chart, list(rules), rule, finding
        self._errors_before: set[tuple[str, str]] | None = None

    def accepts(self, fix: QuickFix) -> bool:
        copy = self.chart.copy()
        trial = fix.completed(reason="reason", cite="cite") if fix.needs else fix
        try:
            apply_edits(copy, trial.edits)
        except (ChartError, ValueError):
            return False
        findings = _check(copy, self.rules)
        targets = set(fix.units) & set(self.finding.units) or set(self.finding.units)
        if any(self._same(f, targets) for f in findings if f.rule == self.rule.id):
            return False
        if self._errors_before is None:
            self._errors_before = _errors(_check(self.chart, self.rules))
        new = _errors(findings) - self._errors_before
        return not {key for key in new if key[0] != self.rule.id}

    def _same(self, after: Finding, targets: set[str]) -> bool:
        """True when *after* still reports the finding for any of *targets* (the units the fix
        is for: all of the finding's, or one of them for a fix offered per unit)."""
        original = self.finding
        if after.departure is not None and original.departure is None:
            return False  # settled by a departure: now info, as the user asked
        if original.concerns is not None:
            return after.concerns == original.concerns
        if targets:
            return bool(set(after.units) & targets)
        return not after.units


def _check(chart: Chart, rules: Sequence[Rule]) -> list[Finding]:
    return check_chart(chart, [Rulebook("quick-fix", "", tuple(rules))])


def _errors(findings: Iterable[Finding]) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for finding in findings:
        if finding.severity == "error":
            keys.update((finding.rule, u) for u in finding.units or ("",))
    return keys
