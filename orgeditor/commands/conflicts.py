"""Resolving a merge conflict kept in the chart (SPEC §6.6): keep ours, take theirs, or edit.

:class:`ResolveConflict` is one undoable step: it puts the chosen value in place of the
element the conflict names and removes the conflict from ``chart.conflicts`` (the writer leaves
the ``conflicts`` key out once none is left). Values are plain data in the file's form, as the
merge writes them (:mod:`orgeditor.merge.values`); they are read back by the chart reader's own
functions, so a value the file would refuse is refused here with the same message.

A resolution that would break an invariant of the chart raises :class:`ChartError` and leaves
the chart as it was: every model call records its inverse, and a failure undoes them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.commands.units import reattached_lines
from orgeditor.io.chart_lineage import read_departures
from orgeditor.io.chart_posts import read_funding
from orgeditor.io.chart_reader import _read_groups, _read_unit, _Reader
from orgeditor.io.chart_writer import _unit as _unit_data
from orgeditor.io.yamltree import YMap, YNode, YScalar, YSeq
from orgeditor.model import Chart, ChartError, Conflict, Group, Link, ReportingLine, Unit, is_valid_id
from orgeditor.rules.checks_conflicts import describe_conflict
from orgeditor.rules.index import ChartIndex

__all__ = [
    "EDIT",
    "KEEP_OURS",
    "TAKE_THEIRS",
    "ResolveConflict",
    "conflict_words",
    "decode_unit",
    "ours_value",
    "unit_data",
]

KEEP_OURS = "ours"
TAKE_THEIRS = "theirs"
EDIT = "edit"
_CHOICES = (KEEP_OURS, TAKE_THEIRS, EDIT)

_Undo = Callable[[], object]


def conflict_words(chart: Chart, conflict: Conflict, index: ChartIndex | None = None) -> str:
    """What *conflict* is about, units by name: "the reporting lines of Office of the ASG"."""
    return describe_conflict(conflict, index or ChartIndex(chart))


class ResolveConflict(QUndoCommand):
    """Resolve *conflict*: ``"ours"`` keeps the chart's value, ``"theirs"`` puts THEIRS' value in
    place (``None``: THEIRS deleted the element), ``"edit"`` puts *value* in place (plain data in
    the file's form). Either way the conflict leaves ``chart.conflicts``.

    Raises ValueError for an unknown *choice*; :meth:`redo` raises ChartError (chart unchanged)
    when the value does not fit the chart.
    """

    def __init__(self, chart: Chart, conflict: Conflict, choice: str, value: Any = None) -> None:
        if choice not in _CHOICES:
            raise ValueError(f"choice must be one of {', '.join(_CHOICES)}, not {choice!r}")
        words = conflict_words(chart, conflict)
        if choice == KEEP_OURS:
            text = QCoreApplication.translate("Commands", "Keep ours for {what}").format(what=words)
        elif choice == TAKE_THEIRS:
            text = QCoreApplication.translate("Commands", "Take theirs for {what}").format(what=words)
        else:
            text = QCoreApplication.translate("Commands", "Edit {what}").format(what=words)
        super().__init__(text)
        self.chart, self.conflict, self.choice = chart, conflict, choice
        self.value = conflict.theirs if choice == TAKE_THEIRS else value
        self._undos: list[_Undo] = []

    def redo(self) -> None:
        chart = self.chart
        log = _Log(chart)
        with chart.batch():
            try:
                if self.conflict.at not in {c.at for c in chart.conflicts}:
                    raise ChartError(
                        f"{conflict_words(chart, self.conflict)} has no conflict left to resolve"
                    )
                renamed: tuple[str, str] | None = None
                if self.choice != KEEP_OURS:
                    renamed = _apply(log, self.conflict, self.value)
                kept = [_renamed(c, renamed) for c in chart.conflicts if c.at != self.conflict.at]
                log.set_meta(conflicts=kept)
            except BaseException:
                log.rollback()
                raise
        self._undos = log.undos

    def undo(self) -> None:
        with self.chart.batch():
            _Log(self.chart, self._undos).rollback()


# ----------------------------------------------------------------- the chart's value


def ours_value(chart: Chart, conflict: Conflict) -> Any:
    """The element *conflict* names as the chart holds it now, as plain data in the file's
    form (the form of a conflict's sides); None when the chart does not hold it."""
    section, ident, field = conflict.target
    if section == "units":
        data = unit_data(chart, chart.units.get(ident))
        return data if field is None or data is None else data.get(field)
    if section == "links":
        source, _, target = ident.partition(">")
        return [k.kind for k in chart.links if (k.source, k.target) == (source, target)] or None
    if section == "groups":
        group = chart.groups.get(ident)
        return None if group is None else {"name": group.name, "members": list(group.members)}
    value = getattr(chart, field or "")
    if field == "departures":
        return [
            {"rule": d.rule, "units": list(d.units), "reason": d.reason, "cite": d.cite} for d in value
        ] or None
    if isinstance(value, tuple):
        return list(value) or None
    return value


def unit_data(chart: Chart, unit: Unit | None) -> dict[str, Any] | None:
    """*unit* as plain data, written as in the file with its ``id`` first (None for None)."""
    if unit is None:
        return None
    data: dict[str, Any] = {"id": unit.id, **_unit_data(unit, chart.funding_sources)}
    return {key: _plain(value) for key, value in data.items()}


def _plain(value: Any) -> Any:
    """Plain lists and dicts for the writer's flow-style markers (which YAML cannot dump safely)."""
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


# ------------------------------------------------------------ reading a plain value


def _node(value: Any) -> YNode:
    """Plain data as the reader's inert tree (as if it had been written in the file)."""
    if isinstance(value, Mapping):
        keys = {str(k): YScalar(str(k), 1, 1) for k in value}
        entries = {str(k): _node(v) for k, v in value.items()}
        return YMap(entries, keys, 1, 1, list(keys))
    if isinstance(value, list | tuple):
        return YSeq([_node(item) for item in value], 1, 1)
    if isinstance(value, str):
        return YScalar(value, 1, 1, quoted=True)
    raw = "null" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    return YScalar(value, 1, 1, raw=raw)


def _raise_errors(reader: _Reader) -> None:
    if reader.errors:
        raise ChartError("; ".join(error.message for error in reader.errors))


def decode_unit(chart: Chart, unit_id: str, data: Any) -> Unit:
    """A unit from its plain data (as in the file, an ``id`` key ignored), read by the chart
    reader against *chart*'s regions and funding sources; ChartError if it is not valid.
    Its references are checked by the chart when the unit goes in."""
    if not isinstance(data, Mapping):
        raise ChartError(f"unit '{unit_id}' must be a mapping of its fields")
    body = {key: value for key, value in data.items() if key != "id"}
    reader = _Reader(f"unit '{unit_id}'")
    unit = _read_unit(
        reader,
        unit_id,
        YScalar(unit_id, 1, 1),
        _node(body),
        regions=chart.regions,
        funding=chart.funding_sources,
    )
    _raise_errors(reader)
    if unit is None:  # pragma: no cover - the reader reports why
        raise ChartError(f"unit '{unit_id}' is not valid")
    return unit


def _decode_group(group_id: str, data: Any) -> Group:
    reader = _Reader(f"group '{group_id}'")
    groups = _read_groups(reader, _node({group_id: data}))
    _raise_errors(reader)
    if not groups:
        raise ChartError(f"group '{group_id}' needs a name")
    return groups[0][0]


# ----------------------------------------------------------------- applying a value


def _apply(log: _Log, conflict: Conflict, value: Any) -> tuple[str, str] | None:
    """Put *value* in place of the element; returns ``(old id, new id)`` for a unit's new id."""
    section, ident, field = conflict.target
    chart = log.chart
    if section == "chart":
        _set_chart_field(log, field or "", value)
    elif section == "links":
        source, _, target = ident.partition(">")
        _set_links(log, source, target, value)
    elif section == "groups":
        _set_group(log, ident, value)
    elif field is None:
        _set_unit(log, ident, value)
    elif field == "id":
        if ident not in chart.units:
            raise ChartError(f"the unit '{ident}' is no longer in the chart")
        _rename(log, ident, value)
        return ident, value
    else:
        unit = chart.units.get(ident)
        if unit is None:
            raise ChartError(f"the unit '{ident}' is no longer in the chart; resolve its conflict first")
        body = unit_data(chart, unit) or {}
        if value is None:
            body.pop(field, None)
        else:
            body[field] = value
        log.update_unit(decode_unit(chart, ident, body))
    return None


def _set_unit(log: _Log, unit_id: str, value: Any) -> None:
    chart = log.chart
    if value is None:
        if unit_id not in chart.units:
            return
        doomed = {unit_id}
        for reporter in [r for r in chart.direct_reports(unit_id) if r != unit_id]:
            old = chart.unit(reporter)
            log.update_unit(old.with_changes(reports_to=reattached_lines(chart, old, doomed)))
        log.remove_unit(unit_id)
        return
    unit = decode_unit(chart, unit_id, value)
    if unit_id in chart.units:
        log.update_unit(unit)
    else:
        log.add_unit(unit)


def _set_links(log: _Log, source: str, target: str, value: Any) -> None:
    if value is None:
        kinds: list[str] = []
    elif isinstance(value, list | tuple) and all(isinstance(k, str) for k in value):
        kinds = list(dict.fromkeys(value))
    else:
        raise ChartError("the links between two units must be a list of link kinds")
    chart = log.chart
    existing = [(i, k) for i, k in enumerate(chart.links) if (k.source, k.target) == (source, target)]
    at = existing[0][0] if existing else len(chart.links)
    for _, link in reversed(existing):
        log.remove_link(link)
    for offset, kind in enumerate(kinds):
        log.add_link(Link(source, target, kind), at + offset)


def _set_group(log: _Log, group_id: str, value: Any) -> None:
    chart = log.chart
    if value is None:
        if group_id in chart.groups:
            log.remove_group(group_id)
        return
    group = _decode_group(group_id, value)
    if group_id in chart.groups:
        log.update_group(group)
    else:
        log.add_group(group)


def _set_chart_field(log: _Log, field: str, value: Any) -> None:
    what = f"the chart's {field}"
    reader = _Reader(what)
    node = None if value is None else _node(value)
    new: Any
    if field in ("title", "description", "baseline"):
        new = reader.text(node, what, allow_empty=field == "description")
        if field == "title" and new is None and not reader.errors:
            raise ChartError("the chart must have a title")
    elif field == "funding":
        new = read_funding(reader, node)
    elif field == "departures":
        new = read_departures(reader, node)
    else:
        new = [text for text, _ in reader.text_list(node, what)]
    _raise_errors(reader)
    log.set_meta(**{field: new})


def _rename(log: _Log, old_id: str, new_id: Any) -> None:
    """Give unit *old_id* the id *new_id*, every reference to it following."""
    chart = log.chart
    if not isinstance(new_id, str) or not is_valid_id(new_id):
        raise ChartError(f"'{new_id}' is not a valid id: use lower-case letters, digits, '.', '_' and '-'")
    if new_id == old_id:
        return
    if new_id in chart:
        raise ChartError(f"id '{new_id}' is already used")

    def swap(unit_id: str) -> str:
        return new_id if unit_id == old_id else unit_id

    def relined(unit: Unit) -> tuple[ReportingLine, ...]:
        return tuple(ReportingLine(swap(line.to), line.scope) for line in unit.reports_to)

    unit = chart.unit(old_id)
    layout = chart.layout
    log.add_unit(unit.with_changes(id=new_id, reports_to=relined(unit)), list(chart.units).index(old_id))
    for other in list(chart.units.values()):
        if other.id not in (old_id, new_id) and any(line.to == old_id for line in other.reports_to):
            log.update_unit(other.with_changes(reports_to=relined(other)))
    for link in [k for k in chart.links if old_id in (k.source, k.target)]:
        index = log.remove_link(link)
        log.add_link(Link(swap(link.source), swap(link.target), link.kind), index)
    for group in [g for g in chart.groups.values() if old_id in g.members]:
        log.update_group(Group(group.id, group.name, tuple(swap(m) for m in group.members)))
    if old_id in layout.positions:
        log.set_position(new_id, layout.positions[old_id])
    if old_id in layout.collapsed:
        log.set_flag(chart.set_collapsed, new_id)
    if old_id in layout.pinned:
        log.set_flag(chart.set_pinned, new_id)
    if any(old_id in d.units for d in chart.departures):
        log.set_meta(departures=[replace(d, units=tuple(swap(u) for u in d.units)) for d in chart.departures])
    log.remove_unit(old_id)


def _renamed(conflict: Conflict, renamed: tuple[str, str] | None) -> Conflict:
    """*conflict* with a renamed unit's id in its ``at`` (the other conflicts on that unit)."""
    if renamed is None:
        return conflict
    old, new = renamed
    section, ident, field = conflict.target
    if section == "units" and ident == old:
        return Conflict(f"units.{new}" + (f".{field}" if field else ""), conflict.base, conflict.theirs)
    if section == "links":
        source, _, target = ident.partition(">")
        if old in (source, target):
            at = f"links.{new if source == old else source}>{new if target == old else target}"
            return Conflict(at, conflict.base, conflict.theirs)
    return conflict


class _Log:
    """Model calls that record their inverses, to undo them newest first."""

    def __init__(self, chart: Chart, undos: list[_Undo] | None = None) -> None:
        self.chart = chart
        self.undos: list[_Undo] = [] if undos is None else undos

    def rollback(self) -> None:
        for undo in reversed(self.undos):
            undo()

    def update_unit(self, unit: Unit) -> None:
        old = self.chart.update_unit(unit)
        self.undos.append(lambda: self.chart.update_unit(old))

    def add_unit(self, unit: Unit, index: int | None = None) -> None:
        self.chart.add_unit(unit, index)
        self.undos.append(lambda: self.chart.remove_unit(unit.id))

    def remove_unit(self, unit_id: str) -> None:
        record = self.chart.remove_unit(unit_id)
        self.undos.append(lambda: self.chart.restore_unit(record))

    def add_link(self, link: Link, index: int | None = None) -> None:
        self.chart.add_link(link, index)
        self.undos.append(lambda: self.chart.remove_link(link))

    def remove_link(self, link: Link) -> int:
        index = self.chart.remove_link(link)
        self.undos.append(lambda: self.chart.add_link(link, index))
        return index

    def add_group(self, group: Group) -> None:
        self.chart.add_group(group)
        self.undos.append(lambda: self.chart.remove_group(group.id))

    def update_group(self, group: Group) -> None:
        old = self.chart.update_group(group)
        self.undos.append(lambda: self.chart.update_group(old))

    def remove_group(self, group_id: str) -> None:
        index, group = self.chart.remove_group(group_id)
        self.undos.append(lambda: self.chart.add_group(group, index))

    def set_position(self, unit_id: str, position: tuple[float, float]) -> None:
        self.chart.set_position(unit_id, position)
        self.undos.append(lambda: self.chart.set_position(unit_id, None))

    def set_flag(self, setter: Callable[[str, bool], None], unit_id: str) -> None:
        setter(unit_id, True)
        self.undos.append(lambda: setter(unit_id, False))

    def set_meta(self, **fields: Any) -> None:
        chart = self.chart
        old = {name: getattr(chart, name) for name in fields}
        chart.set_meta(**fields)
        self.undos.append(lambda: chart.set_meta(**old))
