"""A chart file as git holds it in other revisions: HEAD, a branch, a commit (read-only).

git runs as a program with an argument list (never through a shell), in the file's folder,
with a timeout, without network and without taking locks; the chart is read with
``git cat-file blob`` (the file's bytes as committed: no textconv, no filters) and loaded by
:func:`~orgeditor.io.loads_chart`, its errors naming ``FILE@REVISION``.

>>> Revision("HEAD", "abc1234", "head", "Ana", "2024-05-01", "Merge drafts").label
'HEAD (abc1234)'
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from orgeditor.io.chart_reader import loads_chart
from orgeditor.io.yamltree import MAX_BYTES
from orgeditor.model import Chart

__all__ = [
    "GIT_TIMEOUT",
    "GitRevisionError",
    "Revision",
    "list_revisions",
    "load_revision",
    "repository_of",
]

#: Seconds a git command may take before it is given up.
GIT_TIMEOUT = 20.0
#: The commits touching the file that are listed.
MAX_COMMITS = 30
_FIELDS = "%H%x09%h%x09%an%x09%ad%x09%s"


class GitRevisionError(Exception):
    """git is missing, the file is not in a repository or not in that revision, or git failed."""


@dataclass(frozen=True, slots=True)
class Revision:
    """A revision to read the chart at: *rev* is what git is given (``HEAD``, a branch name or a
    full commit hash); *kind* is ``"head"``, ``"branch"`` or ``"commit"``."""

    rev: str
    short: str
    kind: str
    author: str
    date: str
    subject: str

    @property
    def label(self) -> str:
        """``HEAD (abc1234)``, ``branch main (abc1234)`` or ``abc1234`` (for window titles)."""
        if self.kind == "head":
            return f"HEAD ({self.short})"
        if self.kind == "branch":
            return f"branch {self.rev} ({self.short})"
        return self.short


def _git(args: list[str], cwd: Path, *, what: str) -> bytes:
    """The output of ``git ARGS`` run in *cwd*; GitRevisionError naming *what* failed."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            ["git", "--no-pager", *args],
            cwd=cwd,
            capture_output=True,
            check=False,
            timeout=GIT_TIMEOUT,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise GitRevisionError("git is not installed (no 'git' program on the PATH)") from None
    except subprocess.TimeoutExpired:
        raise GitRevisionError(f"git took more than {GIT_TIMEOUT:g} seconds to {what}") from None
    except OSError as exc:
        raise GitRevisionError(f"cannot run git to {what}: {exc.strerror or exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1].removeprefix("fatal: ") if message else f"exit status {done.returncode}"
        raise GitRevisionError(f"git could not {what}: {detail}")
    return done.stdout


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def repository_of(path: str | Path) -> tuple[Path, str]:
    """The top folder of the repository holding *path*, and *path* relative to it (with ``/``).

    Raises GitRevisionError when the file's folder is in no repository."""
    path = Path(os.path.realpath(path))
    folder = path.parent
    if not folder.is_dir():
        raise GitRevisionError(f"the folder of {path.name} does not exist")
    try:
        top = _text(_git(["rev-parse", "--show-toplevel"], folder, what="find the repository")).strip()
    except GitRevisionError as exc:
        if "not a git repository" in str(exc):
            raise GitRevisionError(f"{path.name} is not in a git repository") from None
        raise
    root = Path(os.path.realpath(top))
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        raise GitRevisionError(f"{path} is not inside its repository {root}") from None
    return root, relative


def _commits(root: Path, args: list[str], kind: str) -> list[Revision]:
    output = _text(_git(["log", f"--format={_FIELDS}", "--date=short", *args], root, what="list commits"))
    revisions = []
    for line in output.splitlines():
        parts = line.split("\t", 4)
        if len(parts) == 5:
            full, short, author, date, subject = parts
            revisions.append(Revision(full, short, kind, author, date, subject))
    return revisions


def list_revisions(path: str | Path, limit: int = MAX_COMMITS) -> list[Revision]:
    """HEAD, the local branches, then the last *limit* commits that touched the file (newest
    first). Empty in a repository without commits."""
    root, relative = repository_of(path)
    try:
        head = _commits(root, ["-n", "1", "HEAD", "--"], "head")
    except GitRevisionError:  # no commit yet
        return []
    revisions = [replace(commit, rev="HEAD") for commit in head]
    refs = _text(
        _git(
            [
                "for-each-ref",
                "--sort=refname",
                "--format=%(refname:short)%09%(objectname:short)%09%(authorname)%09"
                "%(authordate:short)%09%(subject)",
                "refs/heads",
            ],
            root,
            what="list branches",
        )
    )
    for line in refs.splitlines():
        parts = line.split("\t", 4)
        if len(parts) == 5:
            name, short, author, date, subject = parts
            revisions.append(Revision(name, short, "branch", author, date, subject))
    revisions += _commits(root, ["-n", str(limit), "HEAD", "--", relative], "commit")
    return revisions


def load_revision(path: str | Path, rev: str | Revision) -> Chart:
    """The chart at *path* as revision *rev* holds it. Raises GitRevisionError (git, repository,
    file not in the revision) or :class:`~orgeditor.io.ChartLoadError` (it does not load)."""
    revision = rev.rev if isinstance(rev, Revision) else rev
    if not revision or revision.startswith("-") or any(c in revision for c in "\0\n\r:"):
        raise GitRevisionError(f"'{revision[:80]}' is not a revision")
    root, relative = repository_of(path)
    label = rev.label if isinstance(rev, Revision) else revision
    spec = f"{revision}:{relative}"
    try:
        size = int(_text(_git(["cat-file", "-s", spec], root, what=f"find {relative} in {label}")))
    except GitRevisionError as exc:
        if "does not exist" in str(exc) or "but not in" in str(exc):
            raise GitRevisionError(f"{relative} is not in {label}") from None
        raise
    except ValueError:
        raise GitRevisionError(f"git gave no size for {relative} in {label}") from None
    if size > MAX_BYTES:
        raise GitRevisionError(f"{relative} in {label} is {size:,} bytes; the limit is {MAX_BYTES:,}")
    data = _git(["cat-file", "blob", spec], root, what=f"read {relative} in {label}")
    return loads_chart(data, f"{relative}@{label}", path=root / relative)
