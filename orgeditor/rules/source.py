"""Reading rulebook YAML as located, inert nodes: no objects are ever constructed from tags.

>>> node = parse_source("a: [1, 2]\\n", "book.yaml")
>>> Source(node, "book.yaml").mapping()["a"].items()[1].integer()
2
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import yaml

from orgeditor.model.display import excerpt, printable

__all__ = ["MAX_RULEBOOK_BYTES", "RulebookError", "Source", "parse_source"]

MAX_RULEBOOK_BYTES = 2 * 1024 * 1024

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}

_Loader: type[yaml.SafeLoader | yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class RulebookError(ValueError):
    """A rulebook is not valid; ``str()`` is ``FILE:LINE:COL: error: message``."""

    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        super().__init__(printable(f"{file}:{line}:{column}: error: {message}"))
        self.file = file
        self.line = line
        self.column = column
        self.message = message


def parse_source(text: str | bytes, filename: str) -> yaml.Node:
    """Compose *text* into a YAML node tree, rejecting what a rulebook must not contain."""
    if isinstance(text, bytes):
        if len(text) > MAX_RULEBOOK_BYTES:
            raise RulebookError(filename, 1, 1, "rulebook is larger than 2 MB")
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RulebookError(filename, 1, 1, f"not UTF-8 ({exc.reason})") from None
    if len(text) > MAX_RULEBOOK_BYTES:
        raise RulebookError(filename, 1, 1, "rulebook is larger than 2 MB")
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        raise RulebookError(filename, line, 1, "tab characters are not allowed in rulebooks")
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                at = event.start_mark
                line, column = (at.line + 1, at.column + 1) if at is not None else (1, 1)
                raise RulebookError(filename, line, column, "anchors and aliases are not allowed")
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise RulebookError(filename, line, column, f"YAML syntax: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise RulebookError(filename, 1, 1, f"YAML syntax: {exc}") from None
    if node is None:
        raise RulebookError(filename, 1, 1, "the rulebook is empty")
    _check_tree(node, filename, set())
    return node


def _check_tree(node: yaml.Node, filename: str, seen: set[int]) -> None:
    """Reject aliases (a node reached twice) and explicit tags."""
    stack = [node]
    while stack:
        current = stack.pop()
        mark = current.start_mark
        if id(current) in seen:
            raise RulebookError(
                filename, mark.line + 1, mark.column + 1, "anchors and aliases are not allowed"
            )
        seen.add(id(current))
        if current.tag not in _PLAIN_TAGS:
            raise RulebookError(
                filename, mark.line + 1, mark.column + 1, "YAML tags are not allowed in rulebooks"
            )
        if isinstance(current, yaml.MappingNode):  # visit in document order
            for key, value in reversed(current.value):
                stack.extend((value, key))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))


@dataclass(frozen=True, slots=True)
class Source:
    """A located node of a rulebook, with typed accessors that raise :class:`RulebookError`."""

    node: yaml.Node
    file: str

    @property
    def line(self) -> int:
        return int(self.node.start_mark.line) + 1

    @property
    def column(self) -> int:
        return int(self.node.start_mark.column) + 1

    def error(self, message: str) -> RulebookError:
        return RulebookError(self.file, self.line, self.column, message)

    def is_mapping(self) -> bool:
        return isinstance(self.node, yaml.MappingNode)

    def is_sequence(self) -> bool:
        return isinstance(self.node, yaml.SequenceNode)

    def mapping(self, allowed: tuple[str, ...] | None = None) -> dict[str, Source]:
        """The node as a mapping of string keys; duplicate and (with *allowed*) unknown keys fail."""
        if not isinstance(self.node, yaml.MappingNode):
            raise self.error(f"expected a mapping, found {self.kind_name()}")
        result: dict[str, Source] = {}
        for key_node, value_node in self.node.value:
            key = Source(key_node, self.file)
            name = key.text()
            if name in result:
                raise key.error(f"duplicate key '{excerpt(name)}'")
            if allowed is not None and name not in allowed:
                raise key.error(f"unknown key '{excerpt(name)}' (expected one of: {', '.join(allowed)})")
            result[name] = Source(value_node, self.file)
        return result

    def items(self) -> list[Source]:
        """The node as a sequence."""
        if not isinstance(self.node, yaml.SequenceNode):
            raise self.error(f"expected a list, found {self.kind_name()}")
        return [Source(n, self.file) for n in self.node.value]

    def items_or_one(self) -> list[Source]:
        """A list, or a single value taken as a list of one."""
        return self.items() if self.is_sequence() else [self]

    def text(self) -> str:
        """A scalar as a string (numbers and words alike); null and collections fail."""
        node = self.node
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            raise self.error(f"expected a string, found {self.kind_name()}")
        return str(node.value)

    def texts(self) -> list[str]:
        return [item.text() for item in self.items_or_one()]

    def integer(self) -> int:
        node = self.node
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:int":
            raise self.error(f"expected an integer, found {self.kind_name()}")
        text = str(node.value).replace("_", "")
        if len(text) > 18:
            raise self.error(f"'{excerpt(node.value)}' is out of range")
        try:
            return int(text, 0)
        except ValueError:
            raise self.error(f"'{excerpt(node.value)}' is not a plain integer") from None

    def number(self) -> float:
        node = self.node
        if isinstance(node, yaml.ScalarNode) and node.tag in (
            "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float",
        ):
            try:
                value = float(str(node.value).replace("_", ""))
            except ValueError:
                pass
            else:
                if math.isfinite(value) and abs(value) <= 1e15:
                    return value
                raise self.error(f"'{excerpt(node.value)}' is out of range")
        raise self.error(f"expected a number, found {self.kind_name()}")

    def boolean(self) -> bool:
        node = self.node
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
            return str(node.value).lower() in ("true", "yes", "on")
        raise self.error(f"expected true or false, found {self.kind_name()}")

    def kind_name(self) -> str:
        node = self.node
        if isinstance(node, yaml.MappingNode):
            return "a mapping"
        if isinstance(node, yaml.SequenceNode):
            return "a list"
        tag = str(node.tag).rsplit(":", 1)[-1]
        names = {"null": "nothing", "bool": "true/false", "int": "an integer", "float": "a number"}
        return names.get(tag, "text")  # never the value: the file may not be a rulebook at all
