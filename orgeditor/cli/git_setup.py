"""``orgeditor git-setup [--global] [--uninstall]``: let git merge and diff charts semantically.

Registers, in the repository's git config (or the user's, with ``--global``):

- a merge driver ``merge.orgeditor.driver``: ``PYTHON -m orgeditor merge --text-fallback %O %A
  %B`` (three-way merge on the model; a file that is not a chart gets git's own line merge);
- a textconv diff driver ``diff.orgeditor.textconv``: ``PYTHON -m orgeditor.diff``, the outline
  of docs/diff.md (one fact a line), so ``git diff`` shows units, not YAML;

and the attributes that send chart files to them, in the repository's ``.gitattributes``
(with ``--global``: the user's attributes file). PYTHON is the interpreter running this
command, so git finds this very orgeditor whatever its ``PATH``. Only chart files are sent:
each folder whose YAML files are all charts as ``folder/*.yaml``, other charts one by one;
with no chart yet (or ``--global``), every ``*.yaml``. Running it again updates the entries;
``--uninstall`` removes exactly them. git runs as a program with an argument list, never
through a shell. Exit status: 0 done, 2 trouble (not in a repository, git missing or failing).
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from orgeditor.io.atomic import atomic_write_bytes

__all__ = ["BEGIN", "END", "add_arguments", "attributes_block", "chart_patterns", "run"]

EXIT_OK = 0
EXIT_TROUBLE = 2
DRIVER = "orgeditor"
BEGIN = "# >>> orgeditor git-setup: chart files merge and diff semantically"
END = "# <<< orgeditor git-setup"
#: The most YAML files looked at to find the charts of a repository.
MAX_FILES = 20_000
_CHART_START = re.compile(rb"^orgchart[ \t]*:", re.MULTILINE)
_PLAIN_PATTERN = re.compile(r"[A-Za-z0-9._/+@%,=-]+")


class GitError(Exception):
    """git is missing or refused a command."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the arguments of ``orgeditor git-setup`` on *parser*."""
    parser.add_argument(
        "--global",
        dest="global_",
        action="store_true",
        help="register for every repository of this user (git config --global and the user's "
        "attributes file) instead of the current repository",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove what git-setup added")


def _git(*args: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False, encoding="utf-8"
        )
    except OSError as error:
        raise GitError(f"cannot run git: {error.strerror or error}") from None
    if check and done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done


def _command() -> str:
    """How git runs this orgeditor: this interpreter, quoted for git's shell."""
    return shlex.quote(sys.executable)


def config_entries() -> dict[str, str]:
    """The git config entries git-setup sets."""
    python = _command()
    return {
        f"merge.{DRIVER}.name": "orgeditor: three-way merge of chart variants",
        f"merge.{DRIVER}.driver": f"{python} -m orgeditor merge --text-fallback %O %A %B",
        f"diff.{DRIVER}.textconv": f"{python} -m orgeditor.diff",
    }


def _is_chart(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError:
        return False
    return _CHART_START.search(head) is not None


def _quoted(pattern: str) -> str:
    """A .gitattributes pattern, C-quoted where it holds spaces or other special characters."""
    if _PLAIN_PATTERN.fullmatch(pattern):
        return pattern
    escaped = pattern.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n")
    return f'"{escaped}"'


def chart_patterns(top: Path) -> list[str]:
    """Attribute patterns for the chart files of the repository at *top* (tracked or not,
    ignored files aside): ``folder/*.yaml`` where every YAML file of the folder is a chart,
    else the charts by name; ``*.yaml`` when there is none yet."""
    listed = _git(
        "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "*.yaml", "*.yml", cwd=top
    ).stdout
    files = sorted({name for name in listed.split("\0") if name})[:MAX_FILES]
    folders: dict[str, list[tuple[str, bool]]] = {}
    for name in files:
        folder, _, _ = name.rpartition("/")
        folders.setdefault(folder, []).append((name, _is_chart(top / name)))
    patterns: list[str] = []
    for folder, entries in sorted(folders.items()):
        charts = [name for name, chart in entries if chart]
        if not charts:
            continue
        if len(charts) == len(entries):
            prefix = f"/{folder}/" if folder else "/"
            suffixes = sorted({name.rsplit(".", 1)[1] for name in charts})
            patterns.extend(f"{prefix}*.{suffix}" for suffix in suffixes)
        else:
            patterns.extend(f"/{name}" for name in charts)
    return [_quoted(p) for p in patterns] or ["*.yaml"]


def attributes_block(patterns: list[str]) -> str:
    """The lines git-setup writes into an attributes file."""
    lines = [BEGIN, *(f"{pattern} merge={DRIVER} diff={DRIVER}" for pattern in patterns), END]
    return "\n".join(lines) + "\n"


def _without_block(text: str) -> str:
    """*text* without git-setup's block (and the blank line it left)."""
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    inside = False
    for line in lines:
        stripped = line.rstrip("\r\n")
        if stripped == BEGIN:
            inside = True
        elif inside and stripped == END:
            inside = False
        elif not inside:
            kept.append(line)
    return "".join(kept)


def _write_attributes(path: Path, block: str | None) -> None:
    """Put *block* into the attributes file at *path* (None: take git-setup's block out)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    text = _without_block(old)
    if block is not None:
        if text and not text.endswith("\n"):
            text += "\n"
        text += block
    if text == old:
        return
    if not text.strip() and block is None:
        path.unlink()  # the file held only what git-setup wrote
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, text.encode("utf-8"), keep_backup=False)


def _global_attributes() -> Path:
    configured = _git("config", "--global", "--get", "core.attributesFile", check=False).stdout.strip()
    if configured:
        return Path(os.path.expanduser(configured))
    config_home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(config_home) / "git" / "attributes"


def run(args: argparse.Namespace) -> int:
    """Register (or with ``--uninstall`` remove) the drivers and attributes."""
    try:
        return _run(args)
    except (GitError, OSError) as error:
        sys.stderr.write(f"orgeditor git-setup: error: {error}\n")
        return EXIT_TROUBLE


def _run(args: argparse.Namespace) -> int:
    scope = "--global" if args.global_ else "--local"
    if args.global_:
        attributes = _global_attributes()
        top = None
    else:
        found = _git("rev-parse", "--show-toplevel", check=False)
        if found.returncode != 0:
            sys.stderr.write(
                "orgeditor git-setup: error: not inside a git repository; run it in one, "
                "or use --global to register for every repository\n"
            )
            return EXIT_TROUBLE
        top = Path(found.stdout.strip())
        attributes = top / ".gitattributes"
    if args.uninstall:
        for section in (f"merge.{DRIVER}", f"diff.{DRIVER}"):
            _git("config", scope, "--remove-section", section, cwd=top, check=False)
        _write_attributes(attributes, None)
        print(f"removed the orgeditor merge and diff drivers ({scope[2:]}) and their lines in {attributes}")
        return EXIT_OK
    for key, value in config_entries().items():
        _git("config", scope, key, value, cwd=top)
    patterns = ["*.yaml"] if top is None else chart_patterns(top)
    _write_attributes(attributes, attributes_block(patterns))
    print(f"registered the orgeditor merge and diff drivers ({scope[2:]} git config)")
    print(f"{attributes}: {', '.join(patterns)} merge=orgeditor diff=orgeditor")
    return EXIT_OK
