"""Atomic file writing: a reader sees the old file or the new one, never half of either.

The new content goes to a temporary file in the target's folder, is flushed and fsynced,
and then replaces the target in one rename. The previous version is kept beside it as
``NAME~`` (a hard link, so keeping it costs nothing). On any failure — disk full, read-only
folder, permission denied — the target is untouched and no temporary file is left behind.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "chart.yaml"
>>> atomic_write_bytes(target, b"one\\n"); atomic_write_bytes(target, b"two\\n")
>>> target.read_bytes(), pathlib.Path(str(target) + "~").read_bytes()
(b'two\\n', b'one\\n')
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_path", "atomic_write_bytes", "backup_path", "commit_temporary", "describe_os_error"]


def backup_path(path: Path) -> Path:
    """Where the previous version of *path* is kept: ``NAME~`` beside it."""
    return path.with_name(path.name + "~")


@contextlib.contextmanager
def atomic_path(path: str | Path, *, keep_backup: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces *path* atomically.

    For writers that want a file name (Qt's QPdfWriter, QImage.save, python-pptx).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    _remove_stale_temporaries(folder, target.name)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        commit_temporary(temp, target, keep_backup=keep_backup)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


#: A temporary file of ours older than this was left by a write that was killed.
STALE_AFTER = 3600.0


def _remove_stale_temporaries(folder: Path, name: str) -> None:
    """Delete what killed writes of *name* left behind (never read, only clutter)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f".{glob.escape(name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_AFTER:
                    leftover.unlink()


def commit_temporary(temp: Path, target: Path, *, keep_backup: bool = False) -> None:
    """Make the finished file *temp* (in *target*'s folder) durable and put it in place of *target*.

    For writers that manage their own temporary file; :func:`atomic_path` ends with this.
    """
    with temp.open("rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())
    _replace(temp, target, keep_backup)
    _fsync_folder(target.parent if str(target.parent) else Path())


def atomic_write_bytes(path: str | Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Write *data* to *path* atomically (see the module docstring)."""
    with atomic_path(path, keep_backup=keep_backup) as temp, temp.open("wb") as handle:
        _write_all(handle, data)


def _write_all(handle: BinaryIO, data: bytes) -> None:
    handle.write(data)
    handle.flush()
    os.fsync(handle.fileno())


def _replace(temp: Path, target: Path, keep_backup: bool) -> None:
    if keep_backup and target.exists():
        backup = backup_path(target)
        with contextlib.suppress(OSError):  # a backup that cannot be made must not stop the save
            backup.unlink(missing_ok=True)
            try:
                os.link(target, backup)
            except OSError:
                backup.write_bytes(target.read_bytes())
    # keep the permissions of the file being replaced
    with contextlib.suppress(OSError):
        os.chmod(temp, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
    os.replace(temp, target)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def describe_os_error(path: str | Path, error: OSError) -> str:
    """A message for a person: what went wrong writing *path* and what to do."""
    import errno  # noqa: PLC0415

    reasons = {
        errno.ENOSPC: "the disk is full; free some space or save somewhere else",
        errno.EDQUOT: "the disk quota is exceeded; free some space or save somewhere else",
        errno.EROFS: "the folder is on a read-only disk; save somewhere else",
        errno.EACCES: "permission denied; save somewhere you can write to",
        errno.EPERM: "permission denied; save somewhere you can write to",
        errno.ENOENT: "the folder does not exist",
        errno.EISDIR: "that is a folder, not a file",
    }
    reason = reasons.get(error.errno or -1, error.strerror or str(error))
    return f"Could not write {path}: {reason}. Nothing was overwritten."
