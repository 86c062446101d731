"""The check on merge conflicts kept in the file (SPEC §6.6): ``no-conflicts``.

One finding lists every conflict, naming units by their names: "2 merge conflicts are
unresolved: the reporting lines of the Office of the ASG for Africa and the name of DPPA".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from orgeditor.model import Conflict
from orgeditor.model.i18n import QT_TRANSLATE_NOOP
from orgeditor.rules.checks import META, UNITS, Check, Compiler, Raw, check
from orgeditor.rules.index import ChartIndex, join_words
from orgeditor.rules.selectors import Context
from orgeditor.rules.source import Source

__all__ = ["describe_conflict"]

#: How a unit's field is named in a message ("the reporting lines of DPPA"); marked for the
#: editor's translation (its conflicts dock names the fields in the user's language; the
#: messages themselves stay in English, as every rule's do).
FIELD_WORDS = {
    "id": QT_TRANSLATE_NOOP("Fields", "id"),
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "short": QT_TRANSLATE_NOOP("Fields", "short name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
    "head": QT_TRANSLATE_NOOP("Fields", "head"),
    "reports_to": QT_TRANSLATE_NOOP("Fields", "reporting lines"),
    "regions": QT_TRANSLATE_NOOP("Fields", "regions"),
    "presence": QT_TRANSLATE_NOOP("Fields", "presence"),
    "functions": QT_TRANSLATE_NOOP("Fields", "functions"),
    "posts": QT_TRANSLATE_NOOP("Fields", "posts"),
    "note": QT_TRANSLATE_NOOP("Fields", "note"),
    "formerly": QT_TRANSLATE_NOOP("Fields", "former units"),
}
CHART_WORDS = {
    "title": "the chart's title",
    "description": "the chart's description",
    "baseline": "the chart's baseline",
    "rulebooks": "the chart's rulebooks",
    "regions": "the chart's regions",
    "funding": "the chart's funding sources",
    "departures": "the chart's departures",
}
#: Conflicts named one by one in the message; the rest are counted.
MAX_NAMED = 8


def describe_conflict(conflict: Conflict, index: ChartIndex) -> str:
    """What a conflict is about, in words, units by name: "the reporting lines of DPPA"."""
    section, ident, field = conflict.target
    if section == "chart":
        return CHART_WORDS.get(field or "", "the chart")
    if section == "units":
        label = index.label(ident) if ident in index.units else _label_of_absent(conflict, ident)
        return f"the {FIELD_WORDS[field]} of {label}" if field else f"the unit {label}"
    if section == "links":
        source, _, target = ident.partition(">")
        return f"the links from {index.label(source)} to {index.label(target)}"
    group = index.chart.groups.get(ident)
    return f"the group {group.name if group is not None else index.label_of_missing(ident)}"


def _label_of_absent(conflict: Conflict, ident: str) -> str:
    """The name of a unit the chart no longer holds, as a side of the conflict gives it."""
    for side in (conflict.theirs, conflict.base):
        if isinstance(side, dict):
            label = side.get("short") or side.get("name")
            if isinstance(label, str) and label.strip():
                return label
    return ChartIndex.label_of_missing(ident)


@dataclass(frozen=True)
class _NoConflicts(Check):
    depends = frozenset({UNITS, META})

    def run(self, ctx: Context) -> Iterator[Raw]:
        index = ctx.index
        conflicts = index.chart.conflicts
        if not conflicts:
            return
        words = [describe_conflict(c, index) for c in conflicts[:MAX_NAMED]]
        if len(conflicts) > MAX_NAMED:
            rest = len(conflicts) - MAX_NAMED
            words.append(f"{rest} more")
        units = dict.fromkeys(u for c in conflicts for u in c.unit_ids if u in index.units)
        count = len(conflicts)
        noun = "merge conflict is" if count == 1 else "merge conflicts are"
        yield Raw(f"{count} {noun} unresolved: {join_words(words)}", tuple(units))


@check("no-conflicts")
def _no_conflicts(src: Source, comp: Compiler) -> Check:
    if src.is_mapping():
        src.mapping(())
    elif str(src.node.value) not in ("", "null", "~"):
        raise src.error("this check takes no parameters (write {})")
    return _NoConflicts()
