"""Atomic file writing: a reader sees the old file or the new one, never half of either.

The new content goes to a temporary file in the target's folder, is flushed and fsynced,
and then replaces the target in one rename. The previous version is kept beside it as
``NAME~`` (a hard link, so keeping it costs nothing). On any failure — disk full, read-only
folder, permission denied — the target is untouched and no temporary file is left behind.

Only a regular file is ever replaced: a target that is a symbolic link (even to a regular
file), a folder, a FIFO, a device or a socket is refused with :class:`NotRegularFileError`
before anything is written, and checked again just before the rename.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "chart.yaml"
>>> atomic_write_bytes(target, b"one\\n"); atomic_write_bytes(target, b"two\\n")
>>> target.read_bytes(), pathlib.Path(str(target) + "~").read_bytes()
(b'two\\n', b'one\\n')
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from orgeditor.io.reading import describe_file_type
from orgeditor.model.display import printable

__all__ = [
    "NotRegularFileError",
    "atomic_path",
    "atomic_write_bytes",
    "backup_path",
    "commit_temporary",
    "describe_os_error",
    "ensure_regular_target",
    "os_error_reason",
]


class NotRegularFileError(OSError):
    """The target exists and is not a regular file: a symbolic link, folder, FIFO, device or
    socket. Replacing it would cut the link, or swap a device or pipe for a plain file.

    Its ``errno`` is ``EISDIR`` for a folder, ``ELOOP`` for a symbolic link (as ``O_NOFOLLOW``
    reports) and ``EEXIST`` for the rest; :attr:`kind` names what was found.

    >>> str(NotRegularFileError("out.svg", "a FIFO"))
    'out.svg is a FIFO, not a regular file; choose another name. Nothing was written.'
    """

    def __init__(self, path: str | Path, kind: str) -> None:
        code = {"a folder": errno.EISDIR, "a symbolic link": errno.ELOOP}.get(kind, errno.EEXIST)
        super().__init__(code, f"it is {kind}, not a regular file; choose another name", str(path))
        self.kind = kind

    def __str__(self) -> str:
        return (
            f"{printable(self.filename)} is {self.kind}, not a regular file; choose another name. "
            "Nothing was written."
        )


def ensure_regular_target(path: str | Path) -> None:
    """Raise :class:`NotRegularFileError` unless *path* is missing or a regular file (not a
    symbolic link to one: the link is looked at, never followed). Opens nothing, so a FIFO
    cannot block.

    >>> ensure_regular_target("/dev/null")
    Traceback (most recent call last):
    ...
    orgeditor.io.atomic.NotRegularFileError: /dev/null is a device, not a regular file; ...
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(path, describe_file_type(mode) or "not a regular file")


def backup_path(path: Path) -> Path:
    """Where the previous version of *path* is kept: ``NAME~`` beside it."""
    return path.with_name(path.name + "~")


@contextlib.contextmanager
def atomic_path(path: str | Path, *, keep_backup: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces *path* atomically.

    For writers that want a file name (Qt's QFile, python-pptx). A writer that finds its
    output incomplete raises inside the ``with`` block: then nothing is replaced.
    """
    target = Path(path)
    ensure_regular_target(target)
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
    The target is checked once more (:func:`ensure_regular_target`) just before the rename.
    """
    with temp.open("rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())
    ensure_regular_target(target)
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


#: What a failed write means for a person, and what to do (errno -> words).
_REASONS = {
    errno.ENOSPC: "the disk is full; free some space or save somewhere else",
    errno.EDQUOT: "the disk quota is exceeded; free some space or save somewhere else",
    errno.EFBIG: "the file would be larger than the file size limit allows; save somewhere else",
    errno.EIO: "the disk reported an input/output error; save somewhere else",
    errno.EROFS: "the folder is on a read-only disk; save somewhere else",
    errno.EACCES: "permission denied; save somewhere you can write to",
    errno.EPERM: "permission denied; save somewhere you can write to",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "that is a folder, not a file",
    errno.ENAMETOOLONG: "the name is too long",
}


def os_error_reason(error: OSError) -> str:
    """Why writing failed, in words (no path): ``the disk is full; free some space …``.

    >>> os_error_reason(OSError(errno.EFBIG, "File too large"))
    'the file would be larger than the file size limit allows; save somewhere else'
    """
    if isinstance(error, NotRegularFileError):
        return str(error.strerror)
    return _REASONS.get(error.errno or -1, printable(error.strerror or error))


def describe_os_error(path: str | Path, error: OSError) -> str:
    """A message for a person: what went wrong writing *path* and what to do.

    >>> print(describe_os_error("out.svg", NotRegularFileError("out.svg", "a symbolic link")))
    Could not write out.svg: it is a symbolic link, not a regular file; choose another name. ...
    """
    return f"Could not write {printable(path)}: {os_error_reason(error)}. Nothing was overwritten."
