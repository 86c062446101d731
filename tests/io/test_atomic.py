"""Atomic writes: disk full, read-only and permission errors leave the old file as it was."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

import pytest

from orgeditor.io.atomic import atomic_path, atomic_write_bytes, backup_path, describe_os_error


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
