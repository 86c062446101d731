"""Quick fixes as a rulebook declares them: a label template and one action from a small closed
vocabulary (:data:`ACTIONS`), compiled from the rule's ``quick-fixes:`` list with located errors.

The rulebook compiles these; :mod:`orgeditor.rules.quickfix` turns them into the fixes offered
for one finding on one chart (it runs the checks, so it stands above the engine and the
rulebook, and this module below both).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, replace

from orgeditor.model import GENDERS, KINDS, LINK_KINDS, PRESENCES, RANKS, SCOPES, is_valid_id
from orgeditor.rules.checks import Compiler
from orgeditor.rules.selectors import Selector
from orgeditor.rules.source import Source

__all__ = ["ACTIONS", "SETTABLE_FIELDS", "FixSpec", "compile_quick_fixes"]

#: The actions a quick fix may take, one per fix.
ACTIONS: tuple[str, ...] = (
    "add-line",
    "set-lines",
    "move-under",
    "add-link",
    "set-field",
    "add-to-group",
    "record-departure",
    "remove-departure",
)
#: The placeholders each action's label may use (``{unit}`` in every one).
_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "add-line": ("unit", "to", "scope"),
    "set-lines": ("unit", "to"),
    "move-under": ("unit", "to", "above", "scope"),
    "add-link": ("unit", "to", "kind"),
    "set-field": ("unit", "field", "value"),
    "add-to-group": ("unit", "group"),
    "record-departure": ("unit", "cite"),
    "remove-departure": ("unit", "reason", "cite"),
}
#: The unit fields ``set-field`` may set, and their vocabularies.
SETTABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "rank": RANKS,
    "kind": KINDS,
    "presence": PRESENCES,
    "gender": GENDERS,
}


@dataclass(frozen=True, eq=False)
class FixSpec:
    """A quick fix as the rulebook declares it: label template, action and its arguments."""

    label: str
    action: str
    #: Which of the finding's units the fix applies to (all of them when None).
    when: Selector | None = None
    #: One fix per unit of the finding instead of one for all of them.
    each: bool = False
    #: Target lines ``(to, scope)`` of add-line and set-lines.
    lines: tuple[tuple[str, str], ...] = ()
    #: The other end (add-link), the group (add-to-group).
    to: str = ""
    #: A scope for move-under ("" keeps the scope of the unit's only line, else all).
    scope: str = ""
    kind: str = ""
    #: The unit field set-field sets, and its value.
    unit_field: str = ""
    value: str = ""
    select: Selector | None = None
    below: Selector | None = None
    covering: bool = False
    #: Where the rulebook declares it.
    line: int = 0


def compile_quick_fixes(src: Source, compiler: Compiler) -> tuple[FixSpec, ...]:
    """The ``quick-fixes:`` list of a rule; bad data raises a located ``RulebookError``."""
    return tuple(_compile_fix(item, compiler) for item in src.items())


def _compile_fix(src: Source, compiler: Compiler) -> FixSpec:
    f = src.mapping(("label", "when", "each", *ACTIONS))
    actions = [name for name in f if name in ACTIONS]
    if len(actions) != 1:
        found = f" (found {', '.join(actions)})" if actions else ""
        raise src.error(f"a quick fix has exactly one action, one of: {', '.join(ACTIONS)}{found}")
    if "label" not in f:
        raise src.error("quick fix is missing key 'label'")
    (action,) = actions
    label = f["label"].text().strip()
    _check_label(f["label"], label, _PLACEHOLDERS[action])
    spec = FixSpec(
        label,
        action,
        when=compiler.selector(f["when"]) if "when" in f else None,
        each=f["each"].boolean() if "each" in f else False,
        line=src.line,
    )
    body = f[action]
    if action in ("add-line", "set-lines"):
        targets = [body] if action == "add-line" else body.items()
        if not targets:
            raise body.error("set-lines needs at least one line")
        lines = tuple(_line(t) for t in targets)
        if action == "set-lines":
            _check_lines(body, lines)
        return replace(spec, lines=lines)
    if action == "move-under":
        m = body.mapping(("select", "below", "regions", "scope"))
        if "select" not in m:
            raise body.error("move-under needs 'select' (a selector of the units to move under)")
        covering = False
        if "regions" in m:
            if m["regions"].text() != "covering":
                raise m["regions"].error(
                    "regions takes 'covering' (the manager's regions include the unit's)"
                )
            covering = True
        return replace(
            spec,
            select=compiler.selector(m["select"]),
            below=compiler.selector(m["below"]) if "below" in m else None,
            covering=covering,
            scope=_scope(m["scope"]) if "scope" in m else "",
        )
    if action == "add-link":
        m = body.mapping(("kind", "to"))
        for key in ("kind", "to"):
            if key not in m:
                raise body.error(f"add-link needs '{key}'")
        kind = m["kind"].text()
        if kind not in LINK_KINDS:
            raise m["kind"].error(f"link kind '{kind}' is not one of: {', '.join(LINK_KINDS)}")
        return replace(spec, kind=kind, to=_id(m["to"]))
    if action == "set-field":
        m = body.mapping(("field", "value"))
        for key in ("field", "value"):
            if key not in m:
                raise body.error(f"set-field needs '{key}'")
        name = m["field"].text()
        if name not in SETTABLE_FIELDS:
            raise m["field"].error(f"set-field sets one of: {', '.join(SETTABLE_FIELDS)}")
        value = m["value"].text()
        if value not in SETTABLE_FIELDS[name]:
            allowed = ", ".join(SETTABLE_FIELDS[name])
            raise m["value"].error(f"{name} '{value}' is not one of: {allowed}")
        return replace(spec, unit_field=name, value=value)
    if action == "add-to-group":
        m = body.mapping(("group",))
        if "group" not in m:
            raise body.error("add-to-group needs 'group'")
        return replace(spec, to=_id(m["group"]))
    body.mapping(())  # record-departure, remove-departure: {}
    return spec


def _check_label(src: Source, label: str, allowed: tuple[str, ...]) -> None:
    if not label:
        raise src.error("a quick fix's label must not be empty")
    try:
        parts = list(string.Formatter().parse(label))
    except ValueError as exc:
        raise src.error(f"bad label template: {exc} (write braces only around a placeholder)") from None
    for _text, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in allowed or spec or conversion:
            raise src.error(f"label placeholder '{{{name}}}' is not one of: {', '.join(allowed)}")


def _id(src: Source) -> str:
    value = src.text()
    if not is_valid_id(value):
        raise src.error(f"'{value}' is not a valid id")
    return value


def _scope(src: Source) -> str:
    scope = src.text()
    if scope not in SCOPES:
        raise src.error(f"scope must be one of: {', '.join(SCOPES)}")
    return scope


def _line(src: Source) -> tuple[str, str]:
    m = src.mapping(("to", "scope"))
    if "to" not in m:
        raise src.error("a line needs 'to'")
    return _id(m["to"]), _scope(m["scope"]) if "scope" in m else "all"


def _check_lines(src: Source, lines: tuple[tuple[str, str], ...]) -> None:
    scopes = [scope for _, scope in lines]
    if len(set(scopes)) != len(scopes) or (len(scopes) > 1 and "all" in scopes):
        raise src.error("set-lines needs one line, or lines with different scopes none of them all")


# ----------------------------------------------------------------- offering
