"""The story of a diff in words: one line a lineage, and the headline of the report.

Units are named by their short name where they have one. Editorial changes (notes, chart
title and description, ids, saved layout) never enter the headline.

A lineage's line is English for the reports and the command line; the editor passes a
*translate* (``QCoreApplication.translate``) and a *number* (the locale's digits) to
:func:`story_line` and gets it in the user's language: its templates are marked for the
translation (context ``Story``, :mod:`orgeditor.model.i18n`).
"""

from __future__ import annotations

from collections.abc import Callable

from orgeditor.diff.categories import Categories, LineChange, categories_of
from orgeditor.diff.engine import ChartDiff
from orgeditor.diff.lineage import Lineage
from orgeditor.model import Chart
from orgeditor.model.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

__all__ = ["and_join", "english", "headline", "label", "labels", "plural", "scope_story", "story_line"]

#: Last words of unit names that a list can share ("Western and Northern Africa divisions").
_SHARED_WORDS = {
    "Division": "divisions",
    "Office": "offices",
    "Section": "sections",
    "Service": "services",
    "Unit": "units",
    "Branch": "branches",
    "Department": "departments",
    "Mission": "missions",
}

#: Ranks named in full in unit names, shortened in story lines.
_RANKS = (("Under-Secretary-General", "USG"), ("Assistant Secretary-General", "ASG"))


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 unit``, ``2 units`` (*words*: the plural when it is not *word* + s)."""
    return f"{count} {word if count == 1 else words or word + 's'}"


def english(translate: Translate) -> bool:
    """Whether *translate* leaves the story in English (the reports', or the editor's without a
    translation): English alone folds names ("Africa I and II divisions")."""
    return translate is untranslated or translate("Story", "{items} and {last}") == "{items} and {last}"


def and_join(items: list[str], translate: Translate = untranslated) -> str:
    """``a``, ``a and b``, ``a, b and c`` (*translate*: the "and" in the reader's language)."""
    if len(items) <= 1:
        return "".join(items)
    return translate("Story", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def label(chart: Chart, unit_id: str) -> str:
    """The unit's short name, else its name (its id when *chart* does not have it)."""
    unit = chart.units.get(unit_id)
    if unit is None:
        return unit_id
    text = unit.label
    for rank, short in _RANKS:
        text = text.replace(rank, short)
    return text


def labels(chart: Chart, unit_ids: list[str] | tuple[str, ...], translate: Translate = untranslated) -> str:
    """Units named and joined; names that share their last word share it once:
    ``Western, Northern and Eastern Africa divisions`` (in English only: translated, each name
    is whole)."""
    names = [label(chart, uid) for uid in unit_ids]
    words = [name.split() for name in names]
    shared = 0
    while (
        all(len(w) > shared + 1 for w in words) and len({tuple(w[len(w) - shared - 1 :]) for w in words}) == 1
    ):
        shared += 1
    heads = [" ".join(w[: len(w) - shared]) for w in words]
    ambiguous = any(" and " in head for head in (heads if len(heads) < 3 else heads[:-1]))
    folds = english(translate)  # "Africa I and II divisions" is English only
    if len(names) < 2 or not shared or words[0][-1] not in _SHARED_WORDS or ambiguous or not folds:
        return and_join(names, translate)
    tail = [*words[0][len(words[0]) - shared : -1], _SHARED_WORDS[words[0][-1]]]
    return and_join(heads, translate) + " " + " ".join(tail)


#: The lineages' kinds, as a lineage's line names them.
_KINDS = {
    "merge": QT_TRANSLATE_NOOP("Story", "merge"),
    "split": QT_TRANSLATE_NOOP("Story", "split"),
    "succession": QT_TRANSLATE_NOOP("Story", "succession"),
}


def _grouped(n: float) -> str:
    return f"{n:,}"


def _units(count: int, translate: Translate, number: Callable[[int], str]) -> str:
    one = count == 1
    text = translate("Story", "1 unit") if one else translate("Story", "{count} units")
    return text.format(count=number(count))


def _sources(
    diff: ChartDiff, item: Lineage, translate: Translate, number: Callable[[int], str]
) -> tuple[str, list[str]]:
    """The sources named (units under another source folded into it), and notes on the
    sources that are still there."""
    a, b = diff.a, diff.b
    sources = set(item.sources)
    tops: list[str] = []
    under: dict[str, int] = {}
    for uid in item.sources:
        chain = a.chain(uid)[1:]
        top = next((up for up in chain if up in sources), None)
        if top is None:
            tops.append(uid)
        else:
            root = next(up for up in reversed(chain) if up in sources)
            under[root] = under.get(root, 0) + 1
    if len(tops) == 2 and len(item.targets) == 1 and not under:
        text = " + ".join(label(a, uid) for uid in tops)
    else:
        text = labels(a, tops, translate)
    for top, count in under.items():
        with_them = translate("Story", "{unit} (with {units} under it)")
        text = text.replace(
            label(a, top), with_them.format(unit=label(a, top), units=_units(count, translate, number)), 1
        )
    notes = []
    for uid in tops:
        now = diff.counterpart(uid)
        if now in b.units and now not in item.targets:
            managers = [line.to for line in b.units[now].reports_to]
            if set(managers) & set(item.targets):
                note = translate("Story", "{unit} continues, now under {units}")
                notes.append(note.format(unit=label(b, now), units=labels(b, managers, translate)))
            else:
                notes.append(translate("Story", "{unit} continues").format(unit=label(b, now)))
    return text, notes


def story_line(
    diff: ChartDiff,
    item: Lineage,
    translate: Translate = untranslated,
    number: Callable[[int], str] = _grouped,
) -> str:
    """``DPA + PBSO → DPPA: merge, declared; PBSO continues, now under DPPA; 4 units follow;
    posts unchanged at 50``.

    *translate* and *number* give it in the reader's language (English and ``1,234`` by
    default)."""
    sources, notes = _sources(diff, item, translate, number)
    targets = labels(diff.b, item.targets, translate)
    kind = translate("Story", _KINDS[item.kind]) if item.kind in _KINDS else item.kind
    how = translate("Story", "{kind}, declared") if item.declared else translate("Story", "{kind}, detected")
    parts = [how.format(kind=kind), *notes]
    if item.moved:
        if len(item.targets) == 1:
            follow = translate("Story", "{units} now report to it")
        else:
            follow = translate("Story", "{units} now report to them")
        if len(item.moved) == 1:
            follow = translate("Story", "1 unit now reports to it")
            if len(item.targets) != 1:
                follow = translate("Story", "1 unit now reports to them")
        parts.append(follow.format(units=_units(len(item.moved), translate, number)))
    before, after = item.posts
    if before == after:
        unchanged = translate("Story", "posts unchanged ({count})").format(count=number(before))
        parts.append(unchanged if before else translate("Story", "no posts"))
    else:
        delta = after - before
        change = translate("Story", "posts {before} → {after} ({delta})")
        sign = "+" if delta > 0 else "-"
        parts.append(
            change.format(before=number(before), after=number(after), delta=sign + number(abs(delta)))
        )
    return translate("Story", "{sources} → {targets}: {parts}").format(
        sources=sources, targets=targets, parts=translate("Story", "; ").join(parts)
    )


def scope_story(diff: ChartDiff, change: LineChange) -> str:
    """``UNAMI: now on the non-mission line (was mission), under MEWAD``."""
    old, new = change.scopes
    targets = list(dict.fromkeys(line.to for line in change.new))
    return (
        f"{label(diff.b, change.id)}: now on the {_scopes_words(new)} line"
        f" (was {_scopes_words(old)}), under {labels(diff.b, targets)}"
    )


def _scopes_words(scopes: tuple[str, ...], translate: Translate = untranslated) -> str:
    words = [translate("Story", _SCOPE_WORDS[scope]) if scope in _SCOPE_WORDS else scope for scope in scopes]
    return " and ".join(words) if english(translate) else and_join(words, translate)


#: The scopes as the headline names the lines ("the non-mission line").
_SCOPE_WORDS = {
    "all": QT_TRANSLATE_NOOP("Story", "all-settings"),
    "mission": QT_TRANSLATE_NOOP("Story", "mission"),
    "non-mission": QT_TRANSLATE_NOOP("Story", "non-mission"),
}


def _count(n: int, one: str, many: str, number: Callable[[int], str], zero: str | None = None) -> str:
    """*one* for 1, *zero* (when given) for 0, else *many*, with ``{count}`` put in: the
    templates come translated, so that a language with another plural for 0 (French: "0
    erreur") says it."""
    text = one if n == 1 else zero if n == 0 and zero is not None else many
    return text.format(count=number(n))


def _kinds(lineage: tuple[Lineage, ...], translate: Translate, number: Callable[[int], str]) -> str:
    counts: dict[str, int] = {}
    for item in lineage:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    words = {
        "merge": (translate("Story", "1 merge"), translate("Story", "{count} merges")),
        "split": (translate("Story", "1 split"), translate("Story", "{count} splits")),
        "succession": (translate("Story", "1 succession"), translate("Story", "{count} successions")),
    }
    parts = [_count(n, *words[k], number) if k in words else f"{number(n)} {k}" for k, n in counts.items()]
    return and_join(parts, translate)


def headline(
    diff: ChartDiff, translate: Translate = untranslated, number: Callable[[int], str] = _grouped
) -> str:
    """One sentence for the top of a briefing: restructuring, missions, heads, posts, functions,
    findings (editorial changes left out). *translate* and *number* give it in the reader's
    language (English and ``1,234`` by default)."""
    cats = categories_of(diff)
    parts: list[str] = []
    if cats.lineage:
        explained = _count(
            cats.lines_explained, translate("Story", "1 unit"), translate("Story", "{count} units"), number
        )
        with_them = translate("Story", "{lineage} ({units} moved with it)")
        if len(cats.lineage) != 1:
            with_them = translate("Story", "{lineage} ({units} moved with them)")
        parts.append(with_them.format(lineage=_kinds(cats.lineage, translate, number), units=explained))
    if cats.units_added or cats.units_removed:
        if cats.lineage:
            one, many = (
                translate("Story", "1 other unit added"),
                translate("Story", "{count} other units added"),
            )
        else:
            one, many = translate("Story", "1 unit added"), translate("Story", "{count} units added")
        added = _count(len(cats.units_added), one, many, number)
        parts.append(
            translate("Story", "{added}, {removed} removed").format(
                added=added, removed=number(len(cats.units_removed))
            )
        )
    if cats.lines_moved:
        one = translate("Story", "1 unit moved to another reporting line")
        many = translate("Story", "{count} units moved to another reporting line")
        parts.append(_count(len(cats.lines_moved), one, many, number))
    if cats.scopes_changed:
        parts.append(_scopes(cats.scopes_changed, translate, number))
    if cats.reshaped:
        one, many = (
            translate("Story", "1 unit renamed or reshaped"),
            translate("Story", "{count} units renamed or reshaped"),
        )
        parts.append(_count(len(cats.reshaped), one, many, number))
    if cats.missions_closed:
        parts.append(
            translate("Story", "missions closed: {units}").format(
                units=labels(diff.a, cats.missions_closed, translate)
            )
        )
    if cats.missions_opened:
        parts.append(
            translate("Story", "missions opened: {units}").format(
                units=labels(diff.b, cats.missions_opened, translate)
            )
        )
    if cats.heads:
        parts.append(_heads(cats, translate, number))
    (a_posts, b_posts) = cats.posts_total
    if a_posts == b_posts:
        parts.append(translate("Story", "posts unchanged at {count}").format(count=number(b_posts)))
    else:
        delta = b_posts - a_posts
        sign = "+" if delta > 0 else "-"
        parts.append(
            translate("Story", "posts {before} → {after} ({delta})").format(
                before=number(a_posts), after=number(b_posts), delta=sign + number(abs(delta))
            )
        )
    functions = []
    if cats.functions_gained:
        one, many = translate("Story", "1 function gained"), translate("Story", "{count} functions gained")
        functions.append(_count(len(cats.functions_gained), one, many, number))
    if cats.functions_lost:
        one, many = translate("Story", "1 function lost"), translate("Story", "{count} functions lost")
        functions.append(_count(len(cats.functions_lost), one, many, number))
    if functions:
        parts.append(" and ".join(functions) if english(translate) else and_join(functions, translate))
    if diff.findings_checked:
        parts.append(_findings(diff, translate, number))
    if not parts:
        return translate("Story", "no change of substance")
    return translate("Story", "; ").join(parts)


def _scopes(changes: tuple[LineChange, ...], translate: Translate, number: Callable[[int], str]) -> str:
    """``5 units switched from the mission line to the non-mission line``."""
    by_way: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    for change in changes:
        by_way[change.scopes] = by_way.get(change.scopes, 0) + 1
    one = translate("Story", "1 unit switched from the {old} line to the {new} line")
    many = translate("Story", "{count} units switched from the {old} line to the {new} line")
    return ", ".join(
        (one if n == 1 else many).format(
            count=number(n), old=_scopes_words(old, translate), new=_scopes_words(new, translate)
        )
        for (old, new), n in by_way.items()
    )


def _heads(cats: Categories, translate: Translate, number: Callable[[int], str]) -> str:
    """``2 heads retitled or reranked, 6 incumbents named``."""
    named = [
        c
        for c in cats.heads
        if {f.field for f in c.fields if f.field.startswith("head.")} <= {"head.name", "head.gender"}
    ]
    parts = []
    if len(cats.heads) > len(named):
        one = translate("Story", "1 head retitled or reranked")
        many = translate("Story", "{count} heads retitled or reranked")
        parts.append(_count(len(cats.heads) - len(named), one, many, number))
    if named:
        one = translate("Story", "1 incumbent named or changed")
        many = translate("Story", "{count} incumbents named or changed")
        parts.append(_count(len(named), one, many, number))
    return ", ".join(parts)


def _findings(diff: ChartDiff, translate: Translate, number: Callable[[int], str]) -> str:
    def errors(refs: tuple[object, ...]) -> str:
        n = sum(1 for ref in refs if getattr(ref, "severity", "") == "error")
        one, many, zero = (
            translate("Story", "1 error"),
            translate("Story", "{count} errors"),
            translate("Story", "0 errors"),
        )
        return _count(n, one, many, number, zero)

    parts = []
    if diff.findings_resolved:
        one = translate("Story", "1 finding resolved ({errors})")
        many = translate("Story", "{count} findings resolved ({errors})")
        n = len(diff.findings_resolved)
        parts.append((one if n == 1 else many).format(count=number(n), errors=errors(diff.findings_resolved)))
    if diff.findings_new:
        one = translate("Story", "1 finding new ({errors})")
        many = translate("Story", "{count} findings new ({errors})")
        n = len(diff.findings_new)
        parts.append((one if n == 1 else many).format(count=number(n), errors=errors(diff.findings_new)))
    return ", ".join(parts) or translate("Story", "no finding new or resolved")
