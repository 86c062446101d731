"""Kill a process (SIGKILL) at random moments while it saves a big chart; the file must survive.

A child process saves versions 1, 2, 3 … of a chart of ``--units`` units over the same file,
as fast as it can, with :func:`orgeditor.io.save_chart` (atomic: temporary file, fsync,
rename). The parent kills it at a random moment, then loads the file: it must be a whole chart,
equal to the last version written completely or to the one being written, never anything else.
This is repeated ``--kills`` times (a new child each time). Exit status 0 when every check holds.

    .venv/bin/python scripts/kill_during_save.py --units 20000 --kills 25
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgeditor.io import ChartLoadError, dump_chart, load_chart, save_chart
from orgeditor.io.atomic import atomic_write_bytes, backup_path
from orgeditor.model import Chart, Group, Link, ReportingLine, Unit

KINDS = ("department", "office", "division", "section", "unit", "team")


def base_chart(size: int) -> Chart:
    """A deterministic organisation of *size* units: a tree, some dual lines, links, groups, places."""
    rng = random.Random(size)
    chart = Chart(title="Kill test v0")
    chart.add_unit(Unit("u0", "Head office", "office"))
    for index in range(1, size):
        manager = rng.randrange(max(0, index - 40), index) if index > 8 else 0
        lines = [ReportingLine(f"u{manager}")]
        if index > 50 and index % 97 == 0:
            other = rng.randrange(1, index)
            if other != manager:
                lines = [ReportingLine(f"u{manager}", "mission"), ReportingLine(f"u{other}", "non-mission")]
        kind = KINDS[min(len(KINDS) - 1, index.bit_length() // 3)]
        chart.add_unit(Unit(f"u{index}", f"Unit {index} of {kind}s", kind, reports_to=tuple(lines)))
        if index % 5 == 0:
            chart.set_position(f"u{index}", (float(index % 400) * 10, float(index // 400) * 10))
    for index in range(1, min(size, 200), 7):
        chart.add_link(Link(f"u{index}", "u0", "informs"))
    chart.add_group(Group("g", "Principals", tuple(f"u{i}" for i in range(1, min(size, 6)))))
    return chart


def make_version(chart: Chart, number: int) -> Chart:
    """Turn *chart* into version *number* in place: its title and one unit's name carry the number."""
    chart.set_meta(title=f"Kill test v{number}")
    chart.update_unit(chart.unit("u0").with_changes(name=f"Head office (version {number})"))
    return chart


def version(chart: Chart, number: int) -> Chart:
    """A copy of *chart* as saved in version *number*."""
    return make_version(chart.copy(), number)


def writer(chart: Chart, target: Path, first: int, report: int) -> None:
    """Save versions *first*, *first*+1, … of *chart* to *target* until killed.

    It reports to the file descriptor *report*: ``wN`` before saving version N, ``tN`` when
    its text is ready and the file writing starts, ``dN`` when the save is complete. The save
    is exactly :func:`orgeditor.io.save_chart`, split in two to report between the halves.
    """
    number = first
    os.write(report, b"ready\n")
    while True:
        make_version(chart, number)
        os.write(report, f"w{number}\n".encode())
        data = dump_chart(chart).encode("utf-8")
        os.write(report, f"t{number}\n".encode())
        atomic_write_bytes(target, data)
        os.write(report, f"d{number}\n".encode())
        number += 1


def spawn_writer(chart: Chart, target: Path, first: int) -> tuple[int, int]:
    """Fork a process running :func:`writer`; returns its pid and the read end of its reports."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed, never return into the caller
        os.close(read_end)
        try:
            writer(chart, target, first, write_end)
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, read_end


def read_all(fd: int) -> str:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode()


@dataclass
class Outcome:
    kill: int
    delay: float
    in_write: bool
    targeted: bool
    found: int
    new: bool
    completed: int


def check(target: Path, chart: Chart, last_done: int, writing: int | None) -> int:
    """Load *target*; it must be version *last_done* or *writing* exactly. Returns its version."""
    loaded = load_chart(target)
    title = loaded.title
    if not title.startswith("Kill test v") or not title[11:].isdigit():
        raise AssertionError(f"unexpected title {title!r}")
    number = int(title[11:])
    allowed = {last_done} if writing is None else {last_done, writing}
    if number not in allowed:
        raise AssertionError(f"version {number} found, expected one of {sorted(allowed)}")
    if loaded != version(chart, number):
        raise AssertionError(f"version {number} loads but differs from what was written")
    return number


def run(units: int, kills: int, seed: int, folder: Path) -> list[Outcome]:
    """Do *kills* kill-and-check rounds on a chart file in *folder*; raises on a broken file."""
    rng = random.Random(seed)
    chart = base_chart(units)
    target = folder / "chart.yaml"
    started = time.perf_counter()
    save_chart(version(chart, 0), target)
    save_seconds = time.perf_counter() - started
    data = target.read_bytes()
    started = time.perf_counter()
    atomic_write_bytes(folder / "probe.yaml", data)
    write_seconds = time.perf_counter() - started
    last_done = 0
    outcomes: list[Outcome] = []
    for kill in range(1, kills + 1):
        pid, reports = spawn_writer(chart, target, last_done + 1)
        if os.read(reports, 6) != b"ready\n":
            os.kill(pid, signal.SIGKILL)
            raise RuntimeError("the writer did not start")
        early = b""
        if kill % 2:  # anywhere in its first three saves
            delay = rng.uniform(0.0, 3 * save_seconds)
        else:  # while it writes the file (temporary file, fsync, backup, rename): the narrow part
            while b"t" not in early:
                early += os.read(reports, 64)
            delay = rng.uniform(0.0, 1.5 * write_seconds)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if not os.WIFSIGNALED(status):
            raise RuntimeError(f"the writer stopped by itself (status {status})")
        log = (early.decode() + read_all(reports)).split()
        os.close(reports)
        done = [int(entry[1:]) for entry in log if entry.startswith("d")]
        started_writes = [int(entry[1:]) for entry in log if entry.startswith("w")]
        if done:
            last_done = done[-1]
        writing = started_writes[-1] if started_writes and started_writes[-1] != last_done else None
        try:
            found = check(target, chart, last_done, writing)
            backup = backup_path(target)
            if backup.exists():
                load_chart(backup)  # the previous version is whole too
        except (ChartLoadError, AssertionError) as exc:
            raise AssertionError(f"kill {kill} after {delay:.3f} s: {exc}") from exc
        outcomes.append(
            Outcome(kill, delay, writing is not None, kill % 2 == 0, found, found == writing, len(done))
        )
        last_done = found
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=20000)
    parser.add_argument("--kills", type=int, default=25)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kill-during-save-") as temp:
        started = time.perf_counter()
        try:
            outcomes = run(args.units, args.kills, args.seed, Path(temp))
        except AssertionError as exc:
            print(f"BROKEN: {exc}", file=sys.stderr)
            return 1
        leftovers = len(list(Path(temp).glob(".chart.yaml.*.tmp")))
        seconds = time.perf_counter() - started
    in_write = sum(o.in_write for o in outcomes)
    newer = sum(o.new for o in outcomes)
    targeted = sum(o.targeted for o in outcomes)
    print(
        f"{len(outcomes)} kills (SIGKILL) of a writer saving a {args.units}-unit chart "
        f"(seed {args.seed}, {seconds:.1f} s): after every kill the file loaded whole and equal to "
        f"a version written. {len(outcomes) - targeted} kills at a random moment of the saving, "
        f"{targeted} at a random moment of the file writing (after the text was ready). "
        f"{in_write} kills landed inside a save: {newer} found the new version (killed after the "
        f"rename), {in_write - newer} the previous one; {leftovers} temporary files left by kills "
        f"between their creation and the rename (never read). "
        f"Saves completed between kills: {sum(o.completed for o in outcomes)}."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
