"""Reading an input file safely: a regular file only, its size checked before and while reading.

A FIFO would block a reader for ever, a device (``/dev/zero``) would fill memory and a folder
cannot be read at all; each is refused at once with :class:`FileRefusedError`, as is a file
larger than the caller's limit — before any of it is read.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.yaml"
>>> _ = path.write_bytes(b"orgchart: 1\\n")
>>> read_regular_file(path, 100)
b'orgchart: 1\\n'
>>> read_regular_file(path.parent, 100)
Traceback (most recent call last):
...
orgeditor.io.reading.FileRefusedError: [Errno 21] is a folder
"""

from __future__ import annotations

import errno
import os
import select
import stat
from pathlib import Path

from orgeditor.model.display import excerpt
from orgeditor.model.limits import (
    CHART_FILE_SUFFIXES,
    relative_path_problem,
    rulebook_is_path,
    rulebook_problem,
)

__all__ = [
    "CHART_FILE_SUFFIXES",
    "FileRefusedError",
    "chart_relative_path",
    "describe_file_type",
    "read_regular_file",
    "relative_path_problem",
    "rulebook_is_path",
    "rulebook_problem",
]


class FileRefusedError(OSError):
    """An input that is not a regular file, or is too large; ``strerror`` says which."""


def describe_file_type(mode: int) -> str | None:
    """What a non-regular file is ("a folder", "a FIFO" …), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a regular file"


def _refuse_kind(mode: int) -> None:
    kind = describe_file_type(mode)
    if kind is None:
        return
    if kind == "a folder":
        raise FileRefusedError(errno.EISDIR, "is a folder")
    raise FileRefusedError(errno.EINVAL, f"is {kind}, not a regular file")


#: Seconds a FIFO named on the command line may take to start sending.
PIPE_WAIT = 5.0


def _await_writer(fd: int) -> None:
    """Wait (at most :data:`PIPE_WAIT` s) until the FIFO open on *fd* has data or is closed by
    its writer, then make reads block until the writer is done."""
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP)
    if not poller.poll(PIPE_WAIT * 1000):
        raise FileRefusedError(errno.ETIMEDOUT, f"is a FIFO that sent nothing in {PIPE_WAIT:g} s")
    os.set_blocking(fd, True)


def _megabytes(size: int) -> str:
    return f"{size // 1048576} MB" if size % 1048576 == 0 else f"{size / 1048576:.1f} MB"


def read_regular_file(path: str | Path, max_bytes: int, *, pipes: bool = False) -> bytes:
    """The bytes of the regular file at *path* (symbolic links followed), at most *max_bytes*.

    Raises :class:`FileRefusedError` for anything that is not a regular file or is larger than
    *max_bytes* (checked with ``stat`` before reading, and again by a bounded read), and
    ``OSError`` when it cannot be read. With *pipes*, a FIFO is read too (for a file a person
    names on the command line: ``<(git show HEAD:chart.yaml)`` or ``/dev/stdin``), still no more
    than *max_bytes*, and refused when no data comes within :data:`PIPE_WAIT` seconds; never for
    a path named inside a file.
    """
    mode = os.stat(path).st_mode
    pipe = pipes and stat.S_ISFIFO(mode)
    if not pipe:
        _refuse_kind(mode)
    # O_NONBLOCK: should the file have been swapped for a FIFO since the stat, opening it
    # must not wait for a writer; fstat on the open file then tells the truth.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if pipe and stat.S_ISFIFO(info.st_mode):
            _await_writer(fd)
        else:
            _refuse_kind(info.st_mode)
        if info.st_size > max_bytes:
            raise FileRefusedError(
                errno.EFBIG, f"is {_megabytes(info.st_size)}; the limit is {_megabytes(max_bytes)}"
            )
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:  # it grew while being read
            raise FileRefusedError(errno.EFBIG, f"is larger than the limit of {_megabytes(max_bytes)}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def chart_relative_path(chart_path: Path | None, value: str) -> Path:
    """The file *value* names, relative to the folder of the chart at *chart_path* (the current
    folder for a chart never saved). Raises :class:`FileRefusedError` for a path a chart may
    not name (see :func:`relative_path_problem`)."""
    problem = relative_path_problem(value)
    if problem is not None:
        raise FileRefusedError(errno.EINVAL, f"'{excerpt(value)}' {problem}")
    base = Path(os.path.realpath(chart_path)).parent if chart_path is not None else Path.cwd()
    # realpath, not Path.resolve: a symbolic link loop must not raise (reading it then says so)
    return Path(os.path.realpath(base / value))
