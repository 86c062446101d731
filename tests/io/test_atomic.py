"""Atomic writes: disk full, a file size limit, read-only and permission errors leave the old
file as it was; only a regular file is ever replaced (never a link, folder, FIFO or device)."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from orgeditor.io import load_chart, save_chart
from orgeditor.io.atomic import (
    NotRegularFileError,
    atomic_path,
    atomic_write_bytes,
    backup_path,
    describe_os_error,
    ensure_regular_target,
)
from orgeditor.io.journal import EditJournal, replay
from orgeditor.model import Chart, Unit

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "proposal-2017.yaml"


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_replaces_and_keeps_a_backup(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    atomic_write_bytes(target, b"first")
    assert only(tmp_path) == ["a.yaml"]
    atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert backup_path(target).read_bytes() == b"first"


def test_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    target.write_bytes(b"old")
    target.chmod(0o600)
    atomic_write_bytes(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("where", "code", "words"),
    [
        ("fsync", errno.ENOSPC, "disk is full"),
        ("replace", errno.EROFS, "read-only"),
        ("mkstemp", errno.EACCES, "permission denied"),
    ],
)
def test_failure_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, code: int, words: str
) -> None:
    target = tmp_path / "a.yaml"
    target.write_bytes(b"precious")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    module = {"fsync": os, "replace": os, "mkstemp": tempfile}[where]
    monkeypatch.setattr(module, where, fail)
    with pytest.raises(OSError) as info:
        atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"precious"
    assert not [name for name in only(tmp_path) if name.endswith(".tmp")]
    if backup_path(target).exists():  # made before the failing rename: a copy of the old file
        assert backup_path(target).read_bytes() == b"precious"
    message = describe_os_error(target, info.value)
    assert words in message and str(target) in message and "Nothing was overwritten" in message


def test_atomic_path_for_writers_that_want_a_name(tmp_path: Path) -> None:
    target = tmp_path / "out.svg"
    with atomic_path(target) as temp:
        assert temp.parent == tmp_path and temp != target
        temp.write_text("<svg/>", encoding="utf-8")
        assert not target.exists()
    assert target.read_text(encoding="utf-8") == "<svg/>"
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_text("half", encoding="utf-8")
        raise RuntimeError("writer crashed")
    assert target.read_text(encoding="utf-8") == "<svg/>"
    assert only(tmp_path) == ["out.svg"]


def test_leftovers_of_killed_writes_are_cleaned_up(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    stale = tmp_path / ".a.yaml.abc123.tmp"
    fresh = tmp_path / ".a.yaml.def456.tmp"  # perhaps another process writing right now
    other = tmp_path / ".b.yaml.abc123.tmp"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b"half")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    atomic_write_bytes(target, b"new")
    assert not stale.exists()
    assert fresh.exists() and other.exists()


@pytest.mark.parametrize(
    ("kind", "words", "code"),
    [
        ("link", "a symbolic link", errno.ELOOP),
        ("dangling link", "a symbolic link", errno.ELOOP),
        ("folder", "a folder", errno.EISDIR),
        ("fifo", "a FIFO (named pipe)", errno.EEXIST),
    ],
)
def test_only_a_regular_file_is_replaced(tmp_path: Path, kind: str, words: str, code: int) -> None:
    pointee = tmp_path / "real.yaml"
    pointee.write_bytes(b"precious")
    target = tmp_path / "a.yaml"
    if kind == "link":
        target.symlink_to(pointee.name)
    elif kind == "dangling link":
        target.symlink_to("nowhere.yaml")
    elif kind == "folder":
        target.mkdir()
    else:
        os.mkfifo(target)  # looked at, never opened: no hang
    mode = target.lstat().st_mode
    with pytest.raises(NotRegularFileError) as info:
        atomic_write_bytes(target, b"new")
    assert info.value.errno == code and info.value.filename == str(target)
    assert str(info.value) == (
        f"{target} is {words}, not a regular file; choose another name. Nothing was written."
    )
    assert target.lstat().st_mode == mode and pointee.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "real.yaml"]
    message = describe_os_error(target, info.value)
    assert message == (
        f"Could not write {target}: it is {words}, not a regular file; choose another name. "
        "Nothing was overwritten."
    )


def test_a_device_is_refused_without_being_opened() -> None:
    if not Path("/dev/null").is_char_device():
        pytest.skip("no /dev/null character device here")
    with pytest.raises(NotRegularFileError, match="is a device"):
        ensure_regular_target("/dev/null")
    with pytest.raises(NotRegularFileError, match="is a device"):
        atomic_write_bytes("/dev/null", b"x")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_missing_and_regular_targets_are_fine(tmp_path: Path) -> None:
    ensure_regular_target(tmp_path / "new.yaml")
    (tmp_path / "old.yaml").write_bytes(b"x")
    ensure_regular_target(tmp_path / "old.yaml")


def test_a_target_that_becomes_a_link_while_writing_is_not_replaced(tmp_path: Path) -> None:
    target, pointee = tmp_path / "out.svg", tmp_path / "real.svg"
    pointee.write_bytes(b"precious")
    with pytest.raises(NotRegularFileError), atomic_path(target) as temp:
        temp.write_bytes(b"new")
        target.symlink_to(pointee.name)
    assert target.is_symlink() and pointee.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.svg", "real.svg"]


def test_saving_a_chart_onto_a_link_is_refused(tmp_path: Path) -> None:
    """A chart reached through a symbolic link is not saved through it: the rename would cut
    the link and leave the file it points to behind, so the save is refused instead."""
    chart = load_chart(EXAMPLE)
    real, link = tmp_path / "real.yaml", tmp_path / "link.yaml"
    real.write_bytes(EXAMPLE.read_bytes())
    link.symlink_to(real.name)
    with pytest.raises(NotRegularFileError, match=r"link\.yaml is a symbolic link"):
        save_chart(chart, link)
    assert link.is_symlink() and real.read_bytes() == EXAMPLE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.yaml", "real.yaml"]


def test_control_characters_in_a_path_are_escaped() -> None:
    message = describe_os_error("a\x1b[2J\rb.yaml", OSError(errno.ENOSPC, "No space left on device"))
    assert message == (
        "Could not write a\\x1b[2J\\rb.yaml: the disk is full; free some space or save somewhere "
        "else. Nothing was overwritten."
    )
    assert "\x1b" not in str(NotRegularFileError("a\x1b.svg", "a folder"))


SAVE_UNDER_LIMIT = textwrap.dedent(
    """
    import resource, sys
    from orgeditor.io import load_chart, save_chart
    chart = load_chart(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    try:
        save_chart(chart, sys.argv[2])
    except OSError as exc:
        print(exc.errno)
    """
)


def test_a_chart_save_under_a_file_size_limit_keeps_the_old_file(tmp_path: Path) -> None:
    """``ulimit -f``: the save fails with EFBIG (Python ignores SIGXFSZ), the old chart and its
    backup stay byte for byte, and no temporary file is left."""
    target = tmp_path / "chart.yaml"
    target.write_bytes(EXAMPLE.read_bytes() + b"# old\n")
    backup_path(target).write_bytes(b"older")
    done = subprocess.run(
        [sys.executable, "-c", SAVE_UNDER_LIMIT, str(EXAMPLE), str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == str(errno.EFBIG), done.stderr
    assert target.read_bytes() == EXAMPLE.read_bytes() + b"# old\n"
    assert backup_path(target).read_bytes() == b"older"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.yaml", "chart.yaml~"]
    assert "file size limit" in describe_os_error(target, OSError(errno.EFBIG, "File too large"))


def _chart() -> Chart:
    chart = Chart(title="Journal")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    return chart


def _fail_after(monkeypatch: pytest.MonkeyPatch, folder: Path, allowed: int) -> None:
    """Let files in *folder* take *allowed* more bytes (in short writes), then fail: disk full."""
    real_write = os.write
    left = [allowed]

    def write(fd: int, data: bytes | memoryview) -> int:
        if not any(os.path.samestat(os.fstat(fd), entry.stat()) for entry in folder.iterdir()):
            return real_write(fd, data)  # not ours (pytest's capture, say)
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = real_write(fd, bytes(data[: min(len(data), left[0], 7)]))
        left[0] -= written
        return written

    monkeypatch.setattr("orgeditor.io.journal.os.write", write)


def test_a_journal_whose_header_cannot_be_written_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_after(monkeypatch, tmp_path, 20)
    with pytest.raises(OSError, match="No space"):
        EditJournal(_chart(), tmp_path, None, sync=False)
    assert list(tmp_path.iterdir()) == []


def test_a_journal_edit_that_cannot_be_written_stops_the_journal_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full during an edit: the torn line is cut off, the journal still replays up to
    the edit before, recording stops, the edit itself goes on and the failure is told."""
    chart = _chart()
    told: list[OSError] = []
    journal = EditJournal(chart, tmp_path, None, sync=False, on_error=told.append)
    chart.set_meta(title="first")
    expected = chart.copy()
    whole = journal.path.read_bytes()
    with monkeypatch.context() as patch:
        _fail_after(patch, tmp_path, 10)
        chart.set_meta(title="second")  # must not raise: the journal is one listener of several
    assert chart.title == "second"
    assert journal.error is not None and journal.error.errno == errno.ENOSPC and told == [journal.error]
    assert journal.path.read_bytes() == whole and journal.edits == 1
    chart.set_meta(title="third")  # no longer recorded
    assert journal.path.read_bytes() == whole
    assert replay(journal.path) == expected
    journal.close()
    assert list(tmp_path.iterdir()) == []
