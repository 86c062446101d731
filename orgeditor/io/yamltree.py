"""Parse YAML into an inert, located tree: mappings, sequences and plain values only.

The parser reads events (libyaml's C parser when available) and builds :class:`YMap`,
:class:`YSeq` and :class:`YScalar` nodes carrying 1-based line and column numbers. It never
constructs objects: any tag (``!!python/object``, ``!foo``, even ``!!str``), any anchor or
alias, a duplicate key, a complex key, more than one document or nesting deeper than
:data:`MAX_DEPTH` is an error at its location. Input is checked for size and UTF-8 first.

>>> tree = parse_yaml("a: [1, two]\\n", "x.yaml")
>>> tree.get("a").items[1].value, tree.get("a").items[1].line
('two', 1)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from orgeditor.io.errors import ChartLoadError, LoadError
from orgeditor.model.display import excerpt

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_ITEMS",
    "MAX_VALUES",
    "YMap",
    "YNode",
    "YScalar",
    "YSeq",
    "decode_text",
    "parse_yaml",
    "plain_value",
]

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64

#: libyaml's event parser when PyYAML was built with it (it is in the wheels), else pure Python.
_Parser: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(slots=True)
class YScalar:
    """A scalar: *value* is str, int, float, bool or None (see :func:`plain_value`); *raw* is
    the text as written when that is not *value* itself (``017`` for 17, ``~`` for None)."""

    value: Any
    line: int
    column: int
    quoted: bool = False
    raw: str | None = None

    @property
    def literal(self) -> str:
        """The scalar exactly as written (quotes aside)."""
        return self.value if isinstance(self.value, str) else str(self.raw)


@dataclass(slots=True)
class YSeq:
    items: list[YNode]
    line: int
    column: int


@dataclass(slots=True)
class YMap:
    """A mapping whose keys are strings; ``keys`` keeps each key's node for its location."""

    entries: dict[str, YNode]
    keys: dict[str, YScalar]
    line: int
    column: int
    order: list[str] = field(default_factory=list)

    def get(self, key: str) -> YNode | None:
        return self.entries.get(key)


YNode = YMap | YSeq | YScalar


#: Plain scalars that are numbers, true/false or null: YAML 1.2's core schema, decimal only.
#: YAML 1.1's extra forms (``0x1f``, ``0o17``, ``1:20`` sexagesimal, ``1_000``,
#: ``yes``/``no``/``on``/``off``) stay text; a leading zero is decimal (``017`` is 17, not
#: YAML 1.1's octal 15). Mapping keys are never resolved at all (see :func:`_scalar`).
_INTEGER = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL: dict[str, Any] = {
    "": None,
    "~": None,
    "null": None,
    "Null": None,
    "NULL": None,
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
    ".inf": math.inf,
    ".Inf": math.inf,
    ".INF": math.inf,
    "+.inf": math.inf,
    "+.Inf": math.inf,
    "+.INF": math.inf,
    "-.inf": -math.inf,
    "-.Inf": -math.inf,
    "-.INF": -math.inf,
    ".nan": math.nan,
    ".NaN": math.nan,
    ".NAN": math.nan,
}
#: The most entries any list or mapping may hold.
MAX_ITEMS = 100_000
#: The most scalars (keys and values) a file may hold: a 50,000-unit chart with every detail
#: has about 1,100,000 (20,000 with saved positions: 434,000); each costs about 3 µs to read
#: and check, so this bounds the time too (1.2 million: under 4 s here).
MAX_VALUES = 1_200_000
#: The longest number a chart holds (posts, coordinates): more digits is a typo or an attack.
MAX_DIGITS = 30
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def decode_text(data: bytes | str, filename: str) -> str:
    """Check size and encoding; return the text without a BOM and with LF line ends."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise ChartLoadError(
                [LoadError(filename, 1, 1, f"file is {len(data) / 1048576:.1f} MB; the limit is 20 MB")]
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            prefix = data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start]
            column = len(prefix.decode("utf-8", errors="replace")) + 1
            raise ChartLoadError(
                [
                    LoadError(
                        filename,
                        line,
                        column,
                        f"invalid UTF-8 byte 0x{data[exc.start]:02x}; save the file as UTF-8",
                    )
                ]
            ) from None
    else:
        text = data
        if len(text) > MAX_BYTES:
            raise ChartLoadError([LoadError(filename, 1, 1, "file is larger than 20 MB")])
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    control = _CONTROL.search(text)
    if control is not None:
        line, column = _position(text, control.start())
        char = "NUL byte" if control.group() == "\x00" else f"control character U+{ord(control.group()):04X}"
        raise ChartLoadError([LoadError(filename, line, column, f"{char} is not allowed in a chart file")])
    return text


def plain_value(text: str) -> Any:
    """What a plain (unquoted) scalar means: decimal numbers, true/false, null, ``.inf`` and
    ``.nan`` as YAML 1.2's core schema reads them, anything else text.

    Raises ValueError for a number of more than :data:`MAX_DIGITS` digits.

    >>> [plain_value(t) for t in ("12", "-1.5e3", "on", "0x1f", "1:20", "~", "True")]
    [12, -1500.0, 'on', '0x1f', '1:20', None, True]
    """
    if text in _SPECIAL:
        return _SPECIAL[text]
    first = text[0]
    if not (first.isdigit() or first in "+-."):
        return text
    if _INTEGER.fullmatch(text):
        if len(text.lstrip("+-")) > MAX_DIGITS:
            raise ValueError(f"a number of {len(text.lstrip('+-'))} digits is out of range")
        return int(text)
    if _FLOAT.fullmatch(text):
        digits = sum(char.isdigit() for char in text.partition("e")[0].partition("E")[0])
        if digits > MAX_DIGITS:
            raise ValueError(f"a number of {digits} digits is out of range")
        return float(text)
    return text


def _scalar(event: yaml.ScalarEvent, filename: str, is_key: bool) -> YScalar:
    """The node of a scalar event: a mapping key is always the literal text written (an id
    written ``on`` or ``0x1f`` is that id); a quoted scalar is text; a plain value is read by
    :func:`plain_value`."""
    line, column = _mark(event)
    quoted = event.style not in (None, "")
    if quoted or is_key or not event.implicit[0]:
        return YScalar(event.value, line, column, quoted)
    try:
        value = plain_value(event.value)
    except ValueError as exc:
        raise _located(filename, line, column, f"{exc}; put it in quotes if it is text") from None
    return YScalar(value, line, column, False, None if value is event.value else event.value)


def _mark(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _located(filename: str, line: int, column: int, message: str) -> ChartLoadError:
    return ChartLoadError([LoadError(filename, line, column, message)])


def _syntax_error(exc: yaml.YAMLError, filename: str, text: str) -> ChartLoadError:
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        line, column = exc.problem_mark.line + 1, exc.problem_mark.column + 1
        problem = exc.problem or "invalid YAML"
        index = exc.problem_mark.index
        if "tab" in problem or (0 <= index < len(text) and text[index] == "\t"):
            return _located(filename, line, column, "tab character: indent with spaces, not tabs")
        context = f" {exc.context}" if exc.context else ""
        return _located(filename, line, column, f"YAML syntax error: {problem}{context}")
    if isinstance(exc, yaml.reader.ReaderError):
        line, column = _position(text, exc.position)
        return _located(filename, line, column, f"unreadable character: {exc.reason}")
    return _located(filename, 1, 1, f"YAML syntax error: {exc}")


def parse_yaml(data: bytes | str, filename: str, limits: Mapping[str, int] | None = None) -> YNode:
    """Parse one YAML document into a located inert tree, or raise ChartLoadError.

    No list or mapping may hold more than :data:`MAX_ITEMS` entries; *limits* sets a lower
    bound for what a top-level key holds (``{"units": 50_000}``). The first entry over a limit
    is an error at once, before the rest of the file is parsed.
    """
    text = decode_text(data, filename)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.split("\n")
    ):
        raise _located(filename, 1, 1, "file is empty; a chart starts with 'orgchart: 1'")
    try:
        return _build(text, filename, limits or {})
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, filename, text) from None


def _too_many(filename: str, node: YNode, limit: int, key: str | None) -> ChartLoadError:
    what = f"'{key}'" if key is not None else "a list or mapping"
    return _located(filename, node.line, node.column, f"{what} may hold at most {limit:,} entries")


def _build(text: str, filename: str, limits: Mapping[str, int]) -> YNode:
    parser = _Parser(text)
    stack: list[YMap | YSeq] = []
    pending_key: list[YScalar | None] = []
    capacity: list[tuple[int, str | None]] = []  # each open collection's limit and top-level key
    root: YNode | None = None
    documents = 0

    def attach(node: YNode) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if isinstance(parent, YSeq):
            parent.items.append(node)
            if len(parent.items) > capacity[-1][0]:
                raise _too_many(filename, node, *capacity[-1])
            return
        key = pending_key[-1]
        if key is None:
            if not isinstance(node, YScalar):
                raise _located(filename, node.line, node.column, "mapping keys must be plain text")
            name = node.value
            if name in parent.entries or name in parent.keys:
                first = parent.keys[name]
                raise _located(
                    filename,
                    node.line,
                    node.column,
                    f"duplicate key '{excerpt(name)}' (first given at line {first.line})",
                )
            if len(parent.keys) >= capacity[-1][0]:
                raise _too_many(filename, node, *capacity[-1])
            parent.keys[name] = YScalar(name, node.line, node.column, node.quoted)
            pending_key[-1] = parent.keys[name]
        else:
            parent.entries[key.value] = node
            parent.order.append(key.value)
            pending_key[-1] = None

    values = 0
    try:
        while True:
            event = parser.get_event()  # type: ignore[no-untyped-call]
            if type(event) is yaml.ScalarEvent and event.anchor is None and event.tag is None:
                # the common case first: a plain value, no extras
                values += 1
                if values > MAX_VALUES:
                    line, column = _mark(event)
                    raise _located(filename, line, column, f"a chart may hold at most {MAX_VALUES:,} values")
                attach(
                    _scalar(
                        event, filename, bool(stack) and pending_key[-1] is None and type(stack[-1]) is YMap
                    )
                )
                continue
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            line, column = _mark(event)
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _located(filename, line, column, "a chart file holds one YAML document only")
                continue
            if isinstance(event, yaml.StreamStartEvent | yaml.DocumentEndEvent):
                continue
            if isinstance(event, yaml.AliasEvent):
                raise _located(
                    filename,
                    line,
                    column,
                    f"YAML aliases (*{event.anchor}) are not allowed in chart files",
                )
            if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
                raise _located(
                    filename,
                    line,
                    column,
                    f"YAML anchors (&{event.anchor}) are not allowed in chart files",
                )
            if isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent) and event.tag not in (
                None,
                "!",
            ):
                raise _located(
                    filename,
                    line,
                    column,
                    f"YAML tag '{event.tag}' is not allowed: chart files hold plain values only",
                )
            if isinstance(event, yaml.ScalarEvent):
                if event.tag == "!":
                    raise _located(filename, line, column, "YAML tag '!' is not allowed in chart files")
                attach(
                    _scalar(
                        event, filename, bool(stack) and pending_key[-1] is None and type(stack[-1]) is YMap
                    )
                )
            elif isinstance(event, yaml.CollectionStartEvent):
                if event.tag == "!":
                    raise _located(filename, line, column, "YAML tag '!' is not allowed in chart files")
                if len(stack) >= MAX_DEPTH:
                    raise _located(filename, line, column, f"nesting deeper than {MAX_DEPTH} levels")
                node: YMap | YSeq = (
                    YMap({}, {}, line, column)
                    if isinstance(event, yaml.MappingStartEvent)
                    else YSeq([], line, column)
                )
                top_key = pending_key[0] if len(stack) == 1 and isinstance(stack[0], YMap) else None
                attach(node)
                stack.append(node)
                pending_key.append(None)
                if top_key is not None and top_key.value in limits:
                    capacity.append((limits[top_key.value], top_key.value))
                else:
                    capacity.append((MAX_ITEMS, None))
            elif isinstance(event, yaml.CollectionEndEvent):
                stack.pop()
                pending_key.pop()
                capacity.pop()
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    if root is None:
        raise _located(filename, 1, 1, "file is empty; a chart starts with 'orgchart: 1'")
    return root
