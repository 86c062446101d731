"""What a card says about its lineage: where a merged, split or successor unit came from.

The diff engine finds the lineage (merges, splits and successions, declared by ``formerly``
or detected, :mod:`orgeditor.diff.lineage`); this module words it for the cards of each side
of a comparison, in union ids (B's ids, A's for units only A has):

- a unit of B that continues units of A gets ``from DPA and PBSO`` (its *origin*);
- a unit of A that continues in other units of B gets ``into DPPA`` (its *fate*).

>>> from orgeditor.diff import diff_charts
>>> from orgeditor.model import Chart, ReportingLine, Unit
>>> a = Chart(title="A")
>>> for unit in (Unit("sg", "SG", "office"), Unit("dpa", "DPA", "department",
...     reports_to=(ReportingLine("sg"),)), Unit("pbso", "PBSO", "office",
...     reports_to=(ReportingLine("sg"),))):
...     a.add_unit(unit)
>>> b = Chart(title="B")
>>> for unit in (Unit("sg", "SG", "office"), Unit("dppa", "DPPA", "department",
...     reports_to=(ReportingLine("sg"),), formerly=("dpa", "pbso"))):
...     b.add_unit(unit)
>>> notes = lineage_notes(diff_charts(a, b, check=False))
>>> notes["b"]["dppa"].tag, notes["b"]["dppa"].tip
('from DPA + PBSO', 'merged from DPA and PBSO (declared)')
>>> notes["a"]["dpa"].tip
'merged into DPPA (declared)'
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orgeditor.diff import ChartDiff, Lineage
from orgeditor.diff.story import and_join, label

__all__ = ["TAG_CHARS", "LineageNote", "lineage_notes", "origins"]

#: A card's tag names its units when it holds at most this many characters; else it counts them.
TAG_CHARS = 32
_FROM = {
    "merge": QT_TRANSLATE_NOOP("Lineage", "merged from"),
    "split": QT_TRANSLATE_NOOP("Lineage", "split from"),
    "succession": QT_TRANSLATE_NOOP("Lineage", "succeeds"),
}
_INTO = {
    "merge": QT_TRANSLATE_NOOP("Lineage", "merged into"),
    "split": QT_TRANSLATE_NOOP("Lineage", "split into"),
    "succession": QT_TRANSLATE_NOOP("Lineage", "succeeded by"),
}


@dataclass(frozen=True, slots=True)
class LineageNote:
    """A card's lineage: *tag* is short enough for the card, *tip* the full sentence."""

    kind: str
    tag: str
    tip: str
    others: tuple[str, ...]
    """The union ids of the units at the other end of the lineage."""


def _tag(word: str, names: list[str], plural: str) -> str:
    joined = " + ".join(names)
    text = f"{word} {joined}"
    if len(text) <= TAG_CHARS:
        return text
    if len(names) == 1:
        return f"{word} {names[0][: TAG_CHARS - len(word) - 2].rstrip()}…"
    more = QCoreApplication.translate("Lineage", "{count} more").format(count=len(names) - 1)
    first = f"{word} {names[0]} + {more}"
    return first if len(first) <= TAG_CHARS else f"{word} {len(names)} {plural}"


def _note(item: Lineage, names: list[str], others: tuple[str, ...], *, origin: bool) -> LineageNote:
    how = (
        QCoreApplication.translate("Lineage", "declared")
        if item.declared
        else QCoreApplication.translate("Lineage", "detected")
    )
    words = QCoreApplication.translate("Lineage", str((_FROM if origin else _INTO)[item.kind]))
    tip = f"{words} {and_join(names, QCoreApplication.translate)} ({how})"
    word = (
        QCoreApplication.translate("Lineage", "from")
        if origin
        else QCoreApplication.translate("Lineage", "into")
    )
    tag = _tag(word, names, QCoreApplication.translate("Lineage", "units"))
    return LineageNote(item.kind, tag, tip, others)


def lineage_notes(diff: ChartDiff) -> dict[str, dict[str, LineageNote]]:
    """The notes of each side (``"a"``, ``"b"``), by union id: on B the units a lineage leads
    to, on A the units it leads from (only those B no longer has, or has elsewhere)."""
    notes: dict[str, dict[str, LineageNote]] = {"a": {}, "b": {}}
    for item in diff.lineage:
        sources = tuple(diff.counterpart(uid) for uid in item.sources)
        source_names = [label(diff.a, uid) for uid in item.sources]
        target_names = [label(diff.b, uid) for uid in item.targets]
        for target in item.targets:
            if target in sources:  # a source still there that others merged into: say so
                names = [n for uid, n in zip(sources, source_names, strict=True) if uid != target]
                if not names:
                    continue
                notes["b"][target] = _note(item, names, sources, origin=True)
            else:
                notes["b"][target] = _note(item, source_names, sources, origin=True)
        for union_id in sources:
            if union_id not in item.targets:
                notes["a"][union_id] = _note(item, target_names, item.targets, origin=False)
    return notes


def origins(diff: ChartDiff) -> dict[str, str]:
    """Each unit of B that continues units of A, with the sentence saying where it came from:
    ``{"dppa": "merged from DPA and PBSO (declared)"}``."""
    return {uid: note.tip for uid, note in lineage_notes(diff)["b"].items()}
