"""Rulebooks: rules declared as YAML data, compiled into checks (no Python in rulebooks).

A rulebook file::

    rulebook: 1
    name: my-rules
    title: What these rules are about
    parameters: {span-limit: 12}          # referenced as $span-limit
    selectors:                            # named unit selectors, used as {is: NAME}
      regional-asg: {rank: ASG, has: regions}
    rules:
      - id: mine.span
        severity: warning                 # error, warning or info
        cite: "¶9"
        title: short statement of the rule
        fix: what a drafter should do when it fails
        check: {max-direct-reports: {max: $span-limit}}
        quick-fixes:                      # optional: data actions that resolve a finding
          - label: Move {unit} under {to}
            move-under: {select: {kind: division}}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

import orgeditor.rules.checks_posts as _posts  # registers its checks
import orgeditor.rules.checks_structure as _structure  # registers its checks
from orgeditor.io.reading import read_regular_file
from orgeditor.resources import rulebooks_dir
from orgeditor.rules.checks import Check, Compiler, Raw
from orgeditor.rules.findings import SEVERITIES, Finding, gather, without_details
from orgeditor.rules.fix_spec import FixSpec, compile_quick_fixes
from orgeditor.rules.selectors import Context
from orgeditor.rules.source import MAX_RULEBOOK_BYTES, RulebookError, Source, parse_source

__all__ = [
    "BUILTIN_DIR",
    "Rule",
    "Rulebook",
    "builtin_rulebooks",
    "load_rulebook",
    "loads_rulebook",
]

#: Where the built-in rulebooks live (``chart.yaml`` is always on).
BUILTIN_DIR = rulebooks_dir()
#: Dressed findings a rule keeps beyond twice its last run's (see :meth:`Rule.evaluate`).
_DRESSED_KEPT = 1024
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ = (_structure, _posts)


@dataclass(frozen=True)
class Rule:
    """One rule: id, severity, citation, fix advice, the compiled check and its quick fixes."""

    id: str
    severity: str
    cite: str
    title: str
    fix: str
    check: Check
    #: True when the rule reads a unit's short name, posts or note (or tests ``has``), so that
    #: an edit of only those fields must re-run it.
    reads_details: bool = True
    #: The fixes the rulebook declares (``quick-fixes:``), for :func:`~orgeditor.rules.quickfix.fixes_for`.
    quick_fixes: tuple[FixSpec, ...] = field(default=(), compare=False)

    #: Raw finding -> its dressed finding and the cause it shares with others, kept between
    #: runs: a live re-check after an edit meets mostly the raw findings of the last run.
    _dressed: dict[Raw, tuple[Finding, str | None]] = field(
        default_factory=dict, compare=False, repr=False, hash=False
    )

    def evaluate(self, ctx: Context) -> Iterator[Finding]:
        """The rule's findings; those that say the same of several units are one, listing them
        ("Each of UNAMA, UNAMI and UNSOM has no …"; :func:`~orgeditor.rules.findings.gather`)."""
        groups: dict[tuple[str, str | None, str | None], list[Finding]] = {}
        dressed = self._dressed
        for raw in self.check.run(ctx):
            known = dressed.get(raw)
            if known is None:
                known = dressed[raw] = self._dress(raw)
            finding, cause = known
            key = (f"\0{len(groups)}" if cause is None else cause, raw.severity, raw.fix)
            groups.setdefault(key, []).append(finding)
        if len(dressed) > 2 * len(groups) + _DRESSED_KEPT:  # forget what edits left behind
            dressed.clear()
        for members in groups.values():
            yield gather(members)

    def _dress(self, raw: Raw) -> tuple[Finding, str | None]:
        """*raw* as a finding of this rule (its fix added), and the cause it shares with the
        rule's findings that say the same of other units (None: it stands alone)."""
        text = raw.text.rstrip(".")
        fix = self.fix if raw.fix is None else raw.fix
        stop = "" if text.endswith(("?", "!")) else "."
        message = f"{text}{stop} {fix}" if fix else f"{text}{stop}"
        subject = raw.subject if raw.subject and raw.text.startswith(raw.subject) else ""
        finding = Finding(
            self.id,
            raw.severity or self.severity,
            message,
            self.cite,
            raw.units,
            subject=subject,
            fix=fix,
            concerns=raw.concerns,
        )
        return finding, (without_details(message[len(subject) :]) if subject else None)


@dataclass(frozen=True)
class Rulebook:
    """A named, ordered list of rules."""

    name: str
    title: str
    rules: tuple[Rule, ...]
    path: Path | None = None


def builtin_rulebooks() -> list[str]:
    """Names of the built-in rulebooks (:func:`orgeditor.resources.rulebooks_dir`)."""
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))


def load_rulebook(path: str | Path) -> Rulebook:
    """Read and compile a rulebook file; bad files raise :class:`RulebookError`."""
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_RULEBOOK_BYTES)
    except OSError as exc:
        raise RulebookError(str(path), 1, 1, f"cannot read rulebook: {exc.strerror or exc}") from None
    book = loads_rulebook(data, str(path))
    return Rulebook(book.name, book.title, book.rules, path)


def loads_rulebook(text: str | bytes, filename: str = "<string>") -> Rulebook:
    """Compile a rulebook from text."""
    root = Source(parse_source(text, filename), filename)
    if not root.is_mapping() or not any(
        isinstance(key, yaml.ScalarNode) and key.value == "rulebook" for key, _ in root.node.value
    ):  # say nothing of what the file holds: it may be any YAML file
        raise root.error("not a rulebook: a rulebook file starts with 'rulebook: 1'")
    keys = ("rulebook", "name", "title", "description", "parameters", "selectors", "rules")
    top = root.mapping(keys)
    for required in ("rulebook", "name", "rules"):
        if required not in top:
            raise root.error(f"missing key '{required}'")
    if top["rulebook"].integer() != 1:
        raise top["rulebook"].error("unsupported rulebook version (this program reads version 1)")
    parameters = top["parameters"].mapping() if "parameters" in top else {}
    named = top["selectors"].mapping() if "selectors" in top else {}
    compiler = Compiler(named, parameters)
    for selector in named.values():  # compile once so that errors point at the definition
        compiler.selector(selector)
    rules: list[Rule] = []
    seen: set[str] = set()
    for item in top["rules"].items():
        rule = _rule(item, compiler)
        if rule.id in seen:
            raise item.error(f"rule id '{rule.id}' is used twice")
        seen.add(rule.id)
        rules.append(rule)
    title = top["title"].text() if "title" in top else top["name"].text()
    return Rulebook(top["name"].text(), title, tuple(rules))


def _rule(src: Source, compiler: Compiler) -> Rule:
    f = src.mapping(("id", "severity", "cite", "title", "fix", "check", "quick-fixes"))
    for required in ("id", "severity", "check"):
        if required not in f:
            raise src.error(f"rule is missing key '{required}'")
    rule_id = f["id"].text()
    if not _RULE_ID.match(rule_id):
        raise f["id"].error(f"'{rule_id}' is not a valid rule id (lower-case, digits, '.', '-')")
    severity = f["severity"].text()
    if severity not in SEVERITIES:
        raise f["severity"].error(f"severity '{severity}' is not one of: {', '.join(SEVERITIES)}")
    return Rule(
        id=rule_id,
        severity=severity,
        cite=f["cite"].text() if "cite" in f else "",
        title=f["title"].text() if "title" in f else rule_id,
        fix=f["fix"].text().strip() if "fix" in f else "",
        check=compiler.check(f["check"]),
        reads_details=_mentions(f["check"].node, _DETAIL_KEYS),
        quick_fixes=compile_quick_fixes(f["quick-fixes"], compiler) if "quick-fixes" in f else (),
    )


_DETAIL_KEYS = frozenset({"unique", "baseline-total-posts", "baseline-cost", "senior-posts", "has"})


def _mentions(node: yaml.Node, keys: frozenset[str]) -> bool:
    """True when a mapping key anywhere under *node* is one of *keys*."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if str(key.value) in keys:
                    return True
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return False
