"""Read a chart file: parse to an inert tree, check the version, validate, then build.

Every problem is reported with its file, line and column; nothing is half-loaded.
"""

from __future__ import annotations

import difflib
import gc
import math
import os
from collections.abc import Sequence
from pathlib import Path

from orgeditor.io.chart_conflicts import read_conflicts
from orgeditor.io.chart_lineage import read_departures, read_formerly
from orgeditor.io.chart_posts import describe as _describe
from orgeditor.io.chart_posts import read_funding, read_posts
from orgeditor.io.errors import ChartLoadError, LoadError
from orgeditor.io.reading import FileRefusedError, read_regular_file
from orgeditor.io.yamltree import MAX_BYTES, YMap, YNode, YScalar, YSeq, parse_yaml
from orgeditor.model import (
    DEFAULT_FUNDING,
    GENDERS,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    Chart,
    ChartError,
    Group,
    Head,
    Layout,
    Link,
    ReportingLine,
    Unit,
    build_chart,
    is_valid_id,
)
from orgeditor.model.display import excerpt
from orgeditor.model.limits import (
    MAX_GROUPS,
    MAX_LEVELS,
    MAX_LINKS,
    MAX_LONG_TEXT,
    MAX_TEXT,
    MAX_UNITS,
    deeper_than,
    relative_path_problem,
    rulebook_problem,
)
from orgeditor.model.vocabulary import CONTROL_CHARACTER, FUNCTION_PATTERN

__all__ = ["FORMAT_VERSION", "load_chart", "loads_chart"]

FORMAT_VERSION = 1
_LIMITS = {"units": MAX_UNITS, "links": MAX_LINKS, "groups": MAX_GROUPS}
#: Errors listed for one file; beyond this only their existence is reported.
MAX_ERRORS = 200
#: "Did you mean" looks among at most this many names.
MAX_SUGGEST = 500

TOP_KEYS = (
    "orgchart",
    "title",
    "description",
    "baseline",
    "rulebooks",
    "regions",
    "funding",
    "units",
    "links",
    "groups",
    "departures",
    "layout",
    "conflicts",
)
UNIT_KEYS = (
    "name",
    "short",
    "kind",
    "presence",
    "head",
    "regions",
    "reports_to",
    "functions",
    "posts",
    "note",
    "formerly",
)
HEAD_KEYS = ("title", "rank", "gender", "name")
LINE_KEYS = ("to", "scope")
LINK_KEYS = ("from", "to", "kind")
GROUP_KEYS = ("name", "members")
LAYOUT_KEYS = ("direction", "positions", "collapsed", "pinned")


def _suggest(word: str, choices: Sequence[str]) -> str:
    if len(choices) > MAX_SUGGEST:  # thousands of ids: only those sharing the first letters
        choices = [c for c in choices if c[:2] == word[:2]][:MAX_SUGGEST]
    same = [c for c in choices if c.casefold() == word.casefold()]  # "d-2" for "D-2"
    if same:
        return f" (did you mean '{same[0]}'?)"
    close = difflib.get_close_matches(word[:80], list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Reader:
    """Validates the tree of one file, collecting located errors."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.errors: list[LoadError] = []
        self.count = 0  # every error found, listed or not
        # references to check once every id is known: (id, node, what, allowed kinds)
        self.references: list[tuple[str, YScalar, str]] = []

    # -- reporting
    def error(self, node: YNode | YScalar, message: str) -> None:
        self.count += 1
        if self.count <= MAX_ERRORS:
            self.errors.append(LoadError(self.filename, node.line, node.column, message))
        elif self.count == MAX_ERRORS + 1:  # a hostile or very broken file: stop listing
            self.errors.append(
                LoadError(self.filename, node.line, node.column, "too many errors; the rest are not listed")
            )

    # -- typed getters
    def mapping(self, node: YNode, what: str) -> YMap | None:
        if isinstance(node, YMap):
            return node
        self.error(node, f"{what} must be a mapping (key: value lines), not {_describe(node)}")
        return None

    def keys(self, node: YMap, allowed: Sequence[str], what: str, required: Sequence[str] = ()) -> None:
        suggested: set[str] = set()
        for key, key_node in node.keys.items():
            if key not in allowed:
                close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
                suggested.update(close)
                hint = f" (did you mean '{close[0]}'?)" if close else f"; allowed keys: {', '.join(allowed)}"
                self.error(key_node, f"unknown key '{excerpt(key)}' in {what}{hint}")
        for key in required:
            if key not in node.entries and key not in suggested:
                self.error(node, f"{what} lacks the required key '{key}'")

    def text(
        self, node: YNode | None, what: str, *, allow_empty: bool = False, limit: int = MAX_TEXT
    ) -> str | None:
        if node is None:
            return None
        if isinstance(node, YScalar) and isinstance(node.value, str):
            if not allow_empty and not node.value.strip():
                self.error(node, f"{what} must not be empty")
                return None
            if len(node.value) > limit:
                self.error(node, f"{what} is {len(node.value):,} characters long; the limit is {limit:,}")
                return None
            control = CONTROL_CHARACTER.search(node.value)
            if control is not None:
                self.error(node, f"{what} holds the control character U+{ord(control.group()):04X}")
                return None
            return node.value
        hint = ""
        if isinstance(node, YScalar) and node.value is not None:
            hint = f"; put it in quotes if you mean the text '{excerpt(node.literal)}'"
        self.error(node, f"{what} must be text, not {_describe(node)}{hint}")
        return None

    def suggest(self, word: str, choices: Sequence[str]) -> str:
        """A "did you mean" hint, only while errors are still being listed (bounded time)."""
        return _suggest(word, choices) if self.count < MAX_ERRORS else ""

    def choice(self, node: YNode | None, allowed: Sequence[str], what: str) -> str | None:
        value = self.text(node, what)
        if value is None or node is None:
            return None
        if value not in allowed:
            self.error(
                node,
                f"{what} is '{excerpt(value)}'{self.suggest(value, allowed)}; "
                f"expected one of: {', '.join(allowed)}",
            )
            return None
        return value

    def text_list(self, node: YNode | None, what: str, *, ids: bool = False) -> list[tuple[str, YScalar]]:
        """A list of texts (of ids, taken as written, with *ids*), each with its node."""
        if node is None:
            return []
        if isinstance(node, YScalar) and isinstance(node.value, str):
            self.error(node, f"{what} must be a list, e.g. [{excerpt(node.value)}]")
            return []
        if not isinstance(node, YSeq):
            self.error(node, f"{what} must be a list, not {_describe(node)}")
            return []
        result: list[tuple[str, YScalar]] = []
        seen: set[str] = set()
        for item in node.items:
            value = (self.ident if ids else self.text)(item, f"an entry of {what}")
            if value is None or not isinstance(item, YScalar):
                continue
            if value in seen:
                self.error(item, f"'{excerpt(value)}' appears twice in {what}")
                continue
            seen.add(value)
            result.append((value, item))
        return result

    def ident(self, node: YNode | None, what: str) -> str | None:
        """An id: a plain scalar is taken as the literal text written (``on``, ``017``)."""
        if isinstance(node, YScalar) and node.raw:  # ``null`` or ``017`` written plain
            return node.raw
        return self.text(node, what)

    def reference(self, node: YNode | None, what: str) -> str | None:
        value = self.ident(node, what)
        if value is not None and isinstance(node, YScalar):
            self.references.append((value, node, what))
        return value

    def check_references(self, unit_ids: Sequence[str], group_ids: Sequence[str]) -> None:
        units = set(unit_ids)
        for value, node, what in self.references:
            if value in units:
                continue
            if value in group_ids:
                self.error(node, f"{what} names group '{excerpt(value)}'; only units can be named here")
            else:
                self.error(
                    node,
                    f"{what} names '{excerpt(value)}', which is not a unit in this chart"
                    + self.suggest(value, unit_ids),
                )


def _read_head(reader: _Reader, node: YNode, owner: str) -> Head | None:
    head = reader.mapping(node, f"the head of {owner}")
    if head is None:
        return None
    reader.keys(head, HEAD_KEYS, f"the head of {owner}")
    result = Head(
        title=reader.text(head.get("title"), f"the head title of {owner}"),
        rank=reader.choice(head.get("rank"), RANKS, f"the head rank of {owner}"),
        gender=reader.choice(head.get("gender"), GENDERS, f"the head gender of {owner}"),
        name=reader.text(head.get("name"), f"the head name of {owner}"),
    )
    return None if result.is_empty() else result


def _read_line(reader: _Reader, node: YNode, owner: str) -> ReportingLine | None:
    what = f"a reporting line of {owner}"
    if isinstance(node, YScalar):
        target = reader.reference(node, what)
        return ReportingLine(target) if target else None
    line = reader.mapping(node, what)
    if line is None:
        return None
    reader.keys(line, LINE_KEYS, what, required=("to",))
    target = reader.reference(line.get("to"), what)
    scope_node = line.get("scope")
    scope = "all" if scope_node is None else reader.choice(scope_node, SCOPES, f"the scope of {what}")
    if target is None or scope is None:
        return None
    return ReportingLine(target, scope)


def _read_lines(reader: _Reader, node: YNode | None, owner: str) -> tuple[ReportingLine, ...]:
    if node is None:
        return ()
    items = node.items if isinstance(node, YSeq) else [node]
    lines: list[ReportingLine] = []
    for item in items:
        line = _read_line(reader, item, owner)
        if line is None:
            continue
        if line in lines:
            reader.error(item, f"{owner} has the reporting line to '{excerpt(line.to)}' ({line.scope}) twice")
            continue
        lines.append(line)
    return tuple(lines)


def _check_id(reader: _Reader, key: YScalar, value: str) -> None:
    if len(value) > MAX_TEXT:
        reader.error(
            key, f"the id '{excerpt(value)}' is {len(value):,} characters long; the limit is {MAX_TEXT}"
        )
    elif not is_valid_id(value):
        reader.error(
            key, f"'{excerpt(value)}' is not a valid id: use lower-case letters, digits, '.', '_' and '-'"
        )


def _read_unit(
    reader: _Reader,
    unit_id: str,
    key: YScalar,
    node: YNode,
    *,
    regions: Sequence[str],
    funding: Sequence[str],
) -> Unit | None:
    owner = f"unit '{excerpt(unit_id)}'"
    _check_id(reader, key, unit_id)
    body = reader.mapping(node, owner)
    if body is None:
        return None
    reader.keys(body, UNIT_KEYS, owner, required=("name", "kind"))
    errors_before = reader.count
    name = reader.text(body.get("name"), f"the name of {owner}")
    kind = reader.choice(body.get("kind"), KINDS, f"the kind of {owner}")
    head_node = body.get("head")
    head = _read_head(reader, head_node, owner) if head_node is not None else None
    presence_node = body.get("presence")
    presence = reader.choice(presence_node, PRESENCES, f"the presence of {owner}")
    if presence is not None and presence_node is not None and kind is not None and kind != "mission":
        reader.error(presence_node, f"{owner} is a {kind}; only units of kind mission may have a presence")
    unit_regions = reader.text_list(body.get("regions"), f"the regions of {owner}")
    for region, region_node in unit_regions:
        if regions and region not in regions:
            reader.error(
                region_node,
                f"region '{excerpt(region)}' of {owner} is not in the chart's regions"
                f"{reader.suggest(region, regions)}; "
                f"allowed: {', '.join(regions)}",
            )
    functions = reader.text_list(body.get("functions"), f"the functions of {owner}")
    for function, function_node in functions:
        if FUNCTION_PATTERN.match(function) is None:
            reader.error(
                function_node,
                f"function '{excerpt(function)}' of {owner} must be a kebab-case slug such as 'good-offices'",
            )
    posts, breakdown = read_posts(reader, body.get("posts"), owner, funding)
    unit = Unit(
        id=unit_id,
        name=name or "",
        kind=kind or "unit",
        short=reader.text(body.get("short"), f"the short name of {owner}"),
        head=head,
        reports_to=_read_lines(reader, body.get("reports_to"), owner),
        regions=tuple(r for r, _ in unit_regions),
        presence=presence,
        functions=tuple(f for f, _ in functions),
        posts=posts,
        note=reader.text(body.get("note"), f"the note of {owner}", allow_empty=True, limit=MAX_LONG_TEXT),
        post_breakdown=breakdown,
        formerly=read_formerly(reader, body.get("formerly"), owner),
    )
    return unit if reader.count == errors_before else None


def _read_links(reader: _Reader, node: YNode | None) -> list[Link]:
    if node is None:
        return []
    if not isinstance(node, YSeq):
        reader.error(node, f"links must be a list of {{from, to, kind}}, not {_describe(node)}")
        return []
    links: list[Link] = []
    seen: set[Link] = set()
    for item in node.items:
        body = reader.mapping(item, "a link")
        if body is None:
            continue
        reader.keys(body, LINK_KEYS, "a link", required=LINK_KEYS)
        source = reader.reference(body.get("from"), "a link")
        target = reader.reference(body.get("to"), "a link")
        kind = reader.choice(body.get("kind"), LINK_KINDS, "the kind of a link")
        if source and target and kind:
            link = Link(source, target, kind)
            if link in seen:
                reader.error(
                    item, f"the {kind} link from '{excerpt(source)}' to '{excerpt(target)}' is given twice"
                )
            else:
                links.append(link)
                seen.add(link)
    return links


def _read_groups(reader: _Reader, node: YNode | None) -> list[tuple[Group, YScalar]]:
    if node is None:
        return []
    body = reader.mapping(node, "groups")
    if body is None:
        return []
    groups: list[tuple[Group, YScalar]] = []
    for group_id in body.order:
        key = body.keys[group_id]
        what = f"group '{excerpt(group_id)}'"
        _check_id(reader, key, group_id)
        group = reader.mapping(body.entries[group_id], what)
        if group is None:
            continue
        reader.keys(group, GROUP_KEYS, what, required=("name",))
        name = reader.text(group.get("name"), f"the name of {what}")
        members = reader.text_list(group.get("members"), f"the members of {what}", ids=True)
        for member, member_node in members:
            reader.references.append((member, member_node, f"a member of {what}"))
        if name:
            groups.append((Group(group_id, name, tuple(m for m, _ in members)), key))
    return groups


def _read_point(reader: _Reader, node: YNode, unit_id: str) -> tuple[float, float] | None:
    if isinstance(node, YSeq) and len(node.items) == 2:
        values = [item.value for item in node.items if isinstance(item, YScalar)]
        if len(values) == 2 and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            x, y = float(values[0]), float(values[1])
            if all(math.isfinite(v) and abs(v) < 1e9 for v in (x, y)):
                return x, y
    reader.error(node, f"the position of '{excerpt(unit_id)}' must be [x, y] with two numbers")
    return None


def _read_layout(reader: _Reader, node: YNode | None) -> Layout | None:
    if node is None:
        return None
    body = reader.mapping(node, "layout")
    if body is None:
        return None
    reader.keys(body, LAYOUT_KEYS, "layout")
    layout = Layout()
    direction = body.get("direction")
    if direction is not None:
        layout.direction = reader.choice(direction, ("TB", "LR"), "layout direction") or "TB"
    positions = body.get("positions")
    if positions is not None:
        table = reader.mapping(positions, "layout positions")
        for unit_id in table.order if table else []:
            assert table is not None
            reader.references.append((unit_id, table.keys[unit_id], "layout positions"))
            point = _read_point(reader, table.entries[unit_id], unit_id)
            if point is not None:
                layout.positions[unit_id] = point
    for key in ("collapsed", "pinned"):
        entries = reader.text_list(body.get(key), f"layout {key}", ids=True)
        for unit_id, unit_node in entries:
            reader.references.append((unit_id, unit_node, f"layout {key}"))
        getattr(layout, key).extend(u for u, _ in entries)
    return layout


def _read_version(reader: _Reader, root: YMap) -> bool:
    version = root.get("orgchart")
    if version is None:
        reader.error(root, "not a chart file: the first key must be 'orgchart: 1' (the format version)")
        return False
    if (
        not isinstance(version, YScalar)
        or isinstance(version.value, bool)
        or not isinstance(version.value, int)
    ):
        reader.error(version, f"orgchart must be the format version number 1, not {_describe(version)}")
        return False
    if version.value != FORMAT_VERSION:
        reader.error(
            version,
            f"unsupported chart format version {version.value}; this editor reads version {FORMAT_VERSION}",
        )
        return False
    return True


def _read_chart(reader: _Reader, tree: YNode, path: Path | None) -> Chart | None:
    root = reader.mapping(tree, "a chart file")
    if root is None or not _read_version(reader, root):
        return None
    reader.keys(root, TOP_KEYS, "the chart", required=("title", "units"))
    title = reader.text(root.get("title"), "title")
    description = reader.text(root.get("description"), "description", allow_empty=True, limit=MAX_LONG_TEXT)
    baseline = reader.text(root.get("baseline"), "baseline")
    baseline_node = root.get("baseline")
    if baseline is not None and baseline_node is not None:
        problem = relative_path_problem(baseline)
        if problem is not None:
            reader.error(baseline_node, f"baseline {problem}")
            baseline = None
    rulebooks = []
    for rulebook, rulebook_node in reader.text_list(root.get("rulebooks"), "rulebooks"):
        problem = rulebook_problem(rulebook)
        if problem is not None:
            reader.error(rulebook_node, f"rulebook '{excerpt(rulebook)}' {problem}")
        rulebooks.append(rulebook)
    regions = [r for r, _ in reader.text_list(root.get("regions"), "regions")]
    funding = read_funding(reader, root.get("funding"))
    units: list[Unit] = []
    units_node = root.get("units")
    unit_map = reader.mapping(units_node, "units") if units_node is not None else None
    if unit_map is not None and not unit_map.order:
        reader.error(unit_map, "units must list at least one unit")
    for unit_id in unit_map.order if unit_map else []:
        assert unit_map is not None
        unit = _read_unit(
            reader,
            unit_id,
            unit_map.keys[unit_id],
            unit_map.entries[unit_id],
            regions=regions,
            funding=funding or DEFAULT_FUNDING,
        )
        if unit is not None:
            units.append(unit)
    links = _read_links(reader, root.get("links"))
    groups = _read_groups(reader, root.get("groups"))
    departures = read_departures(reader, root.get("departures"))
    layout = _read_layout(reader, root.get("layout"))
    conflicts = read_conflicts(reader, root.get("conflicts"))
    unit_ids = list(unit_map.order) if unit_map else []
    for group, key in groups:
        if group.id in unit_ids:
            reader.error(
                key, f"group id '{excerpt(group.id)}' is already the id of a unit; ids must be unique"
            )
    reader.check_references(unit_ids, [g.id for g, _ in groups])
    if reader.errors or title is None:
        return None
    too_deep = deeper_than({u.id: [line.to for line in u.reports_to] for u in units}, unit_ids, MAX_LEVELS)
    if too_deep is not None and unit_map is not None:
        reader.error(
            unit_map.keys[too_deep],
            f"unit '{excerpt(too_deep)}' is more than {MAX_LEVELS:,} levels below the top of the chart; "
            f"a chart may have at most {MAX_LEVELS:,} levels",
        )
        return None
    try:
        return build_chart(
            title=title,
            description=description,
            baseline=baseline,
            rulebooks=rulebooks,
            regions=regions,
            funding=funding,
            departures=departures,
            conflicts=conflicts,
            units=units,
            links=links,
            groups=[g for g, _ in groups],
            layout=layout,
            path=path,
        )
    except ChartError as exc:  # a safety net: the checks above should have caught it
        reader.error(root, str(exc))
        return None


def loads_chart(data: bytes | str, filename: str = "<string>", *, path: Path | None = None) -> Chart:
    """Load a chart from the bytes or text of a file; raise ChartLoadError if it is not valid."""
    reader = _Reader(filename)
    collecting = gc.isenabled()
    gc.disable()  # loading makes many objects and frees none: cycle collection would only cost
    try:
        chart = _read_chart(reader, parse_yaml(data, filename, _LIMITS), path)
    finally:
        if collecting:
            gc.enable()
    if chart is None:
        raise ChartLoadError(reader.errors or [LoadError(filename, 1, 1, "not a valid chart")])
    return chart


def load_chart(path: str | Path, *, display_name: str | None = None, pipes: bool = False) -> Chart:
    """Load the chart file at *path*. Errors name the file as given (or *display_name*).

    Only a regular file of at most 20 MB is read (a FIFO, device or folder is refused at once;
    with *pipes*, for a file a person named, a FIFO is read too, as far as 20 MB).
    """
    path = Path(path)
    name = display_name or str(path)
    try:
        data = read_regular_file(path, MAX_BYTES, pipes=pipes)
    except FileRefusedError as exc:
        raise ChartLoadError([LoadError(name, 1, 1, f"the file {exc.strerror}")]) from None
    except FileNotFoundError:
        raise ChartLoadError([LoadError(name, 1, 1, "no such file")]) from None
    except OSError as exc:
        raise ChartLoadError(
            [LoadError(name, 1, 1, f"cannot read the file: {exc.strerror or exc}")]
        ) from None
    return loads_chart(data, name, path=Path(os.path.realpath(path)))
