"""The edit journal: every completed edit of an open document, appended and flushed to disk.

A journal file is JSON Lines. Its first line is a header holding the document's path and the
whole chart as it was when the journal began, as operations (so recovery needs nothing else);
every further line is one notification of the chart — one completed edit, undo or redo —
recorded as the resulting state of what it touched. :func:`replay` rebuilds the chart as it
was after the last complete line; a line torn by a crash is ignored.

Nothing here constructs objects from the file: JSON gives dicts, lists and scalars, which are
checked field by field before they become units, links or groups.

>>> import tempfile, pathlib
>>> from orgeditor.model import Chart, Unit
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> journal = EditJournal(chart, folder, document=None)
>>> chart.update_unit(chart.unit("sg").with_changes(name="SG"))  # doctest: +ELLIPSIS
Unit(...)
>>> replay(journal.path) == chart
True
>>> journal.close()
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from orgeditor.io.errors import ChartLoadError, LoadError
from orgeditor.model import (
    ChangeKind,
    Chart,
    ChartChange,
    ChartError,
    Conflict,
    Departure,
    Group,
    Head,
    Layout,
    Link,
    PostBreakdown,
    ReportingLine,
    Unit,
    build_chart,
)

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

__all__ = ["EditJournal", "JournalInfo", "SnapshotCache", "find_journals", "replay"]

#: 2: the header holds the starting chart as journal operations ("snapshot"), not YAML text
JOURNAL_VERSION = 2
SUFFIX = ".journal"

#: A journal line longer than this is refused on replay (a whole 20,000-unit chart fits).
MAX_LINE = 64 * 1024 * 1024


def _unit_data(unit: Unit) -> dict[str, Any]:
    head = unit.head
    data: dict[str, Any] = {
        "name": unit.name,
        "kind": unit.kind,
        "short": unit.short,
        "head": None if head is None else [head.title, head.rank, head.gender, head.name],
        "reports_to": [[line.to, line.scope] for line in unit.reports_to],
        "regions": list(unit.regions),
        "presence": unit.presence,
        "functions": list(unit.functions),
        "posts": unit.posts,
        "note": unit.note,
    }
    if unit.post_breakdown is not None:
        data["breakdown"] = [list(count) for count in unit.post_breakdown.counts]
    if unit.formerly:
        data["formerly"] = list(unit.formerly)
    return data


def _opt_str(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"expected text, got {type(value).__name__}")


def _str(value: object) -> str:
    if isinstance(value, str):
        return value
    raise ValueError(f"expected text, got {type(value).__name__}")


def _str_list(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return tuple(_str(v) for v in value)


def _int(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(f"expected a whole number, got {type(value).__name__}")


def _breakdown_from(data: object) -> PostBreakdown | None:
    """Posts by (source, grade) as the journal writes them: ``[[source or null, grade, n], …]``
    (the model checks grades, sources and counts)."""
    if data is None:
        return None
    if not isinstance(data, list):
        raise ValueError("bad posts by grade")
    counts = []
    for item in data:
        if not isinstance(item, list) or len(item) != 3:
            raise ValueError("bad posts by grade")
        counts.append((_opt_str(item[0]), _str(item[1]), _int(item[2])))
    return PostBreakdown(tuple(counts))


def _departures_from(data: object) -> tuple[Departure, ...]:
    if not isinstance(data, list):
        raise ValueError("bad departures")
    found = []
    for item in data:
        if not isinstance(item, list) or len(item) != 4:
            raise ValueError("bad departure")
        found.append(Departure(_str(item[0]), _str_list(item[1]), _str(item[2]), _str(item[3])))
    return tuple(found)


def _conflicts_from(data: object) -> tuple[Conflict, ...]:
    """Conflicts as the journal writes them: ``[[at, base, theirs], …]`` (the model checks them)."""
    if not isinstance(data, list):
        raise ValueError("bad conflicts")
    found = []
    for item in data:
        if not isinstance(item, list) or len(item) != 3:
            raise ValueError("bad conflict")
        found.append(Conflict(_str(item[0]), item[1], item[2]))
    return tuple(found)


def _unit_from(unit_id: str, data: object) -> Unit:
    if not isinstance(data, dict):
        raise ValueError("expected a unit")
    head_data = data.get("head")
    head = None
    if head_data is not None:
        if not isinstance(head_data, list) or len(head_data) != 4:
            raise ValueError("bad head")
        head = Head(*(_opt_str(v) for v in head_data))
    lines = data.get("reports_to", [])
    if not isinstance(lines, list):
        raise ValueError("bad reporting lines")
    posts = data.get("posts")
    if posts is not None and (not isinstance(posts, int) or isinstance(posts, bool)):
        raise ValueError("bad posts")
    return Unit(
        post_breakdown=_breakdown_from(data.get("breakdown")),
        formerly=_str_list(data.get("formerly", [])),
        id=unit_id,
        name=_str(data.get("name")),
        kind=_str(data.get("kind")),
        short=_opt_str(data.get("short")),
        head=head,
        reports_to=tuple(ReportingLine(*_str_list(line)) for line in lines),
        regions=_str_list(data.get("regions", [])),
        presence=_opt_str(data.get("presence")),
        functions=_str_list(data.get("functions", [])),
        posts=posts,
        note=_opt_str(data.get("note")),
    )


@dataclass(frozen=True, slots=True)
class JournalInfo:
    """A journal left behind by an editor that did not close its document cleanly."""

    path: Path
    document: Path | None
    title: str
    edits: int
    modified: float


class EditJournal:
    """Records every change of *chart* into a new journal file in *folder*.

    Call :meth:`close` when the document is saved or closed cleanly: the file is removed.
    While open, the file is locked so that another editor does not offer to recover it.

    The file is new (created exclusively: never an existing file, link or device). If its
    header cannot be written whole the file is removed and ``OSError`` raised. If an edit
    cannot be written (disk full), the torn line is cut off, recording stops — the file still
    replays up to the last edit written — :attr:`error` holds the error and *on_error* is
    called with it; the edit itself goes on (a listener must not break the chart's others).
    """

    def __init__(
        self,
        chart: Chart,
        folder: Path,
        document: Path | None,
        *,
        sync: bool = True,
        edits: int = 0,
        cache: SnapshotCache | None = None,
        on_error: Callable[[OSError], None] | None = None,
    ) -> None:
        """*edits*: how many edits the chart already holds beyond its saved file (counted, not
        replayed); *cache*: units already written as JSON (the header is then quick to write);
        *on_error*: told when an edit could not be written and recording stopped."""
        folder.mkdir(parents=True, exist_ok=True)
        self.chart = chart
        self.sync = sync
        self.edits = edits
        self.on_error = on_error
        #: why recording stopped early (an edit could not be written), else None
        self.error: OSError | None = None
        key = hashlib.sha256(str(document).encode()).hexdigest()[:12] if document else "untitled"
        self.path = folder / f"{key}-{uuid.uuid4().hex[:8]}{SUFFIX}"
        # unbuffered: a failed write leaves nothing pending to be written (torn) later
        self._file: IO[bytes] | None = self.path.open("xb", buffering=0)
        self._written = 0  # bytes of whole lines in the file
        self._unsynced = False  # lines written since the last fsync (``sync=False``)
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        header = {
            "journal": JOURNAL_VERSION,
            "document": None if document is None else str(document),
            "title": chart.title,
            "started": time.time(),
            "edits": edits,
        }
        text = _dumps(header)
        snapshot = (cache or SnapshotCache()).snapshot_json(chart)
        try:
            self._write_line(f'{text[:-1]},"snapshot":{snapshot}}}')
        except OSError:
            self._file.close()
            self._file = None
            self.path.unlink(missing_ok=True)
            raise
        chart.subscribe(self._record)

    def close(self) -> None:
        """Stop recording and delete the journal (the document is safe elsewhere)."""
        if self._file is None:
            return
        if self.error is None:
            self.chart.unsubscribe(self._record)
        self._file.close()
        self._file = None
        self.path.unlink(missing_ok=True)

    def detach(self) -> None:
        """Stop recording but keep the file (as a crash would): for tests and hand-over."""
        if self._file is not None:
            if self.error is None:
                self.chart.unsubscribe(self._record)
            self._file.close()
            self._file = None

    def flush(self) -> None:
        """Make the lines written since the last call durable (fsync), for a journal made with
        ``sync=False``: the editor calls it shortly after an edit rather than in it. The lines
        are in the file as soon as they are written, so a crash of the program loses nothing;
        only a crash of the machine in between could. A failure is handled as a failed write."""
        if self._file is None or not self._unsynced or self.error is not None:
            return
        self._unsynced = False
        try:
            os.fsync(self._file.fileno())
        except OSError as exc:
            self._stop(exc)

    def _stop(self, exc: OSError) -> None:
        self.error = exc
        self.chart.unsubscribe(self._record)  # the file stays, locked: it replays until here
        if self.on_error is not None:
            self.on_error(exc)

    def _write(self, entry: dict[str, Any]) -> None:
        self._write_line(_dumps(entry))

    def _write_line(self, line: str) -> None:
        """Append *line* whole, or raise OSError with the file cut back to its whole lines."""
        assert self._file is not None
        encoded = (line + "\n").encode("utf-8")
        data, fd = memoryview(encoded), self._file.fileno()
        try:
            while data:  # a short write (the disk filling up) goes on: the next one says why
                written = os.write(fd, data)
                if written <= 0:
                    raise OSError(errno.EIO, "the journal line could not be written")
                data = data[written:]
            if self.sync:
                os.fsync(fd)
            else:
                self._unsynced = True
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, self._written)
                os.lseek(fd, self._written, os.SEEK_SET)
            raise
        self._written += len(encoded)

    def _record(self, changes: Sequence[ChartChange]) -> None:
        if self._file is None or self.error is not None:
            return
        try:
            self._write({"edit": self.edits + 1, "ops": self._ops(changes)})
        except OSError as exc:
            self._stop(exc)
            return
        self.edits += 1

    def _ops(self, changes: Sequence[ChartChange]) -> list[dict[str, Any]]:
        chart = self.chart
        units = chart.units
        removed: list[dict[str, Any]] = []
        updated: list[dict[str, Any]] = []
        added: list[tuple[int, dict[str, Any]]] = []
        seen: set[str] = set()
        other: list[dict[str, Any]] = []
        kinds = {change.kind for change in changes}
        order = list(units) if ChangeKind.UNITS_REORDERED in kinds or ChangeKind.UNIT_ADDED in kinds else []
        for change in changes:
            if change.kind in (ChangeKind.UNIT_ADDED, ChangeKind.UNIT_CHANGED, ChangeKind.UNIT_REMOVED):
                unit_id = change.ids[0]
                if unit_id in seen:
                    continue
                seen.add(unit_id)
                if unit_id not in units:
                    removed.append({"op": "unit", "id": unit_id, "data": None})
                elif change.kind == ChangeKind.UNIT_ADDED:
                    index = order.index(unit_id)
                    data = _unit_data(units[unit_id])
                    added.append((index, {"op": "unit", "id": unit_id, "data": data, "index": index}))
                else:
                    updated.append({"op": "unit", "id": unit_id, "data": _unit_data(units[unit_id])})
        if ChangeKind.UNITS_REORDERED in kinds:
            other.append({"op": "order", "ids": order})
        if kinds & {ChangeKind.LINK_ADDED, ChangeKind.LINK_REMOVED}:
            other.append(_links_op(chart))
        if kinds & {ChangeKind.GROUP_ADDED, ChangeKind.GROUP_CHANGED, ChangeKind.GROUP_REMOVED}:
            other.append(_groups_op(chart))
        if ChangeKind.LAYOUT_CHANGED in kinds:
            other.append(_layout_op(chart))
        if ChangeKind.META_CHANGED in kinds:
            other.append(_meta_op(chart))
        return removed + updated + [op for _, op in sorted(added, key=lambda item: item[0])] + other


def _links_op(chart: Chart) -> dict[str, Any]:
    return {"op": "links", "links": [[k.source, k.target, k.kind] for k in chart.links]}


def _groups_op(chart: Chart) -> dict[str, Any]:
    return {"op": "groups", "groups": [[g.id, g.name, list(g.members)] for g in chart.groups.values()]}


def _layout_op(chart: Chart) -> dict[str, Any]:
    layout = chart.layout
    return {
        "op": "layout",
        "direction": layout.direction,
        "positions": {k: list(v) for k, v in layout.positions.items()},
        "collapsed": layout.collapsed,
        "pinned": layout.pinned,
    }


def _meta_op(chart: Chart) -> dict[str, Any]:
    return {
        "op": "meta",
        "title": chart.title,
        "description": chart.description,
        "baseline": chart.baseline,
        "rulebooks": list(chart.rulebooks),
        "regions": list(chart.regions),
        "funding": list(chart.funding),
        "departures": [[d.rule, list(d.units), d.reason, d.cite] for d in chart.departures],
        "conflicts": [[c.at, c.base, c.theirs] for c in chart.conflicts],
    }


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SnapshotCache:
    """Units written as JSON, kept while they are the same objects (units are immutable).

    Filled while the editor is idle (:meth:`fill`), it makes the journal's header, written at
    the first edit, cost a join instead of encoding every unit again.
    """

    def __init__(self) -> None:
        self._units: dict[str, tuple[Unit, str]] = {}

    def fill(self, chart: Chart) -> None:
        """Encode every unit of *chart* not encoded yet (and forget units no longer there)."""
        self._units = {unit.id: (unit, self._text(unit)) for unit in chart.units.values()}

    def _text(self, unit: Unit) -> str:
        known = self._units.get(unit.id)
        if known is not None and known[0] is unit:
            return known[1]
        return _dumps([unit.id, _unit_data(unit)])

    def snapshot_json(self, chart: Chart) -> str:
        """:func:`snapshot_ops` of *chart* as JSON text."""
        units = ",".join(self._text(unit) for unit in chart.units.values())
        ops = [_meta_op(chart), _links_op(chart), _groups_op(chart), _layout_op(chart)]
        meta, links, groups, layout = (_dumps(op) for op in ops)
        return f'[{meta},{{"op":"units","units":[{units}]}},{links},{groups},{layout}]'


def snapshot_ops(chart: Chart) -> list[dict[str, Any]]:
    """The whole chart as journal operations: applied to an empty state they rebuild it.

    Plain JSON, so that starting a journal on a large chart costs milliseconds (writing it as
    YAML took half a second at 5,000 units).
    """
    units = [[unit.id, _unit_data(unit)] for unit in chart.units.values()]
    return [
        _meta_op(chart),
        {"op": "units", "units": units},
        _links_op(chart),
        _groups_op(chart),
        _layout_op(chart),
    ]


class _State:
    """A chart being rebuilt from a journal, free of invariants until :meth:`build`."""

    def __init__(self, path: Path | None, base: Chart | None = None) -> None:
        self.path = path
        self.units: dict[str, Unit] = dict(base.units) if base else {}
        self.links: list[Link] = list(base.links) if base else []
        self.groups: dict[str, Group] = dict(base.groups) if base else {}
        self.layout = base.layout if base else Layout()
        self.meta: dict[str, Any] = {
            "title": base.title if base else "Untitled chart",
            "description": base.description if base else None,
            "baseline": base.baseline if base else None,
            "rulebooks": base.rulebooks if base else (),
            "regions": base.regions if base else (),
            "funding": base.funding if base else (),
            "departures": base.departures if base else (),
            "conflicts": base.conflicts if base else (),
        }

    def apply(self, op: dict[str, Any]) -> None:
        kind = op.get("op")
        if kind == "unit":
            unit_id = _str(op.get("id"))
            data = op.get("data")
            if data is None:
                self.units.pop(unit_id, None)
                return
            unit = _unit_from(unit_id, data)
            if unit_id in self.units or "index" not in op:
                self.units[unit_id] = unit
            else:
                items = list(self.units.items())
                index = op["index"]
                if not isinstance(index, int):
                    raise ValueError("bad index")
                items.insert(index, (unit_id, unit))
                self.units = dict(items)
        elif kind == "units":
            entries = op.get("units")
            if not isinstance(entries, list):
                raise ValueError("bad units")
            self.units = {}
            for entry in entries:
                if not isinstance(entry, list) or len(entry) != 2:
                    raise ValueError("bad unit entry")
                unit_id = _str(entry[0])
                self.units[unit_id] = _unit_from(unit_id, entry[1])
        elif kind == "order":
            ids = _str_list(op.get("ids"))
            self.units = {i: self.units[i] for i in ids}
        elif kind == "links":
            self.links = [Link(*_str_list(item)) for item in op.get("links", [])]
        elif kind == "groups":
            groups: dict[str, Group] = {}
            for item in op.get("groups", []):
                if not isinstance(item, list) or len(item) != 3:
                    raise ValueError("bad group")
                groups[_str(item[0])] = Group(_str(item[0]), _str(item[1]), _str_list(item[2]))
            self.groups = groups
        elif kind == "layout":
            positions = op.get("positions", {})
            if not isinstance(positions, dict):
                raise ValueError("bad positions")
            self.layout = Layout(
                direction=_str(op.get("direction", "TB")),
                positions={_str(k): (float(v[0]), float(v[1])) for k, v in positions.items()},
                collapsed=list(_str_list(op.get("collapsed", []))),
                pinned=list(_str_list(op.get("pinned", []))),
            )
        elif kind == "meta":
            self.meta = {
                "title": _str(op.get("title")),
                "description": _opt_str(op.get("description")),
                "baseline": _opt_str(op.get("baseline")),
                "rulebooks": _str_list(op.get("rulebooks", [])),
                "regions": _str_list(op.get("regions", [])),
                "funding": _str_list(op.get("funding", [])),
                "departures": _departures_from(op.get("departures", [])),
                "conflicts": _conflicts_from(op.get("conflicts", [])),
            }
        else:
            raise ValueError(f"unknown operation {kind!r}")

    def build(self) -> Chart:
        units = self.units
        layout = self.layout
        layout.positions = {k: v for k, v in layout.positions.items() if k in units}
        layout.collapsed = [u for u in layout.collapsed if u in units]
        layout.pinned = [u for u in layout.pinned if u in units]
        return build_chart(
            units=units.values(),
            links=self.links,
            groups=self.groups.values(),
            layout=layout,
            path=self.path,
            **self.meta,
        )


def _read_header(path: Path) -> tuple[dict[str, Any], IO[str]]:
    handle = path.open(encoding="utf-8", errors="strict")
    try:
        header = json.loads(handle.readline(MAX_LINE))
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError too
        handle.close()
        raise ChartLoadError([LoadError(str(path), 1, 1, "not an orgeditor journal")]) from None
    if not isinstance(header, dict) or header.get("journal") != JOURNAL_VERSION:
        handle.close()
        raise ChartLoadError([LoadError(str(path), 1, 1, "not an orgeditor journal of a known version")])
    return header, handle


def _lines(handle: IO[str]) -> Iterator[str]:
    """The lines of *handle*, none longer than :data:`MAX_LINE` (a longer one ends the journal)."""
    while line := handle.readline(MAX_LINE):
        yield line
        if not line.endswith("\n"):
            return


def replay(path: Path) -> Chart:
    """The chart as it was after the last complete edit recorded in the journal at *path*."""
    header, handle = _read_header(path)
    with handle:
        document = header.get("document")
        state = _State(Path(document) if isinstance(document, str) else None)
        snapshot = header.get("snapshot")
        try:
            if not isinstance(snapshot, list):
                raise ValueError("the header lacks the chart's starting state")
            for op in snapshot:
                state.apply(op)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
            raise ChartLoadError([LoadError(str(path), 1, 1, f"damaged journal header: {exc}")]) from None
        number = 1
        for number, line in enumerate(_lines(handle), start=2):
            if not line.endswith("\n"):
                break  # torn by a crash while writing: everything before it is complete
            try:
                for op in json.loads(line)["ops"]:
                    state.apply(op)
            except (ValueError, KeyError, TypeError, IndexError, RecursionError) as exc:
                raise ChartLoadError(
                    [LoadError(str(path), number, 1, f"damaged journal entry: {exc}")]
                ) from None
        try:
            return state.build()
        except ChartError as exc:
            raise ChartLoadError(
                [LoadError(str(path), number, 1, f"journal does not replay: {exc}")]
            ) from None


def _locked(path: Path) -> bool:
    if fcntl is None:
        return False
    try:
        with path.open("rb") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        return True
    return False


def find_journals(folder: Path) -> list[JournalInfo]:
    """Journals in *folder* that no running editor holds: work to offer back, newest first."""
    found: list[JournalInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        if _locked(path):
            continue
        try:
            header, handle = _read_header(path)
            with handle:
                edits = sum(1 for line in _lines(handle) if line.endswith("\n"))
        except (ChartLoadError, OSError, UnicodeDecodeError):
            continue
        document = header.get("document")
        title = header.get("title")
        before = header.get("edits")
        if isinstance(before, int) and not isinstance(before, bool) and 0 <= before < 2**31:
            edits += before
        found.append(
            JournalInfo(
                path=path,
                document=Path(document) if isinstance(document, str) else None,
                title=title if isinstance(title, str) else path.name,
                edits=edits,
                modified=path.stat().st_mtime,
            )
        )
    found.sort(key=lambda info: info.modified, reverse=True)
    return found
