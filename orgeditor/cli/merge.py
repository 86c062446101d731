"""``orgeditor merge BASE OURS THEIRS [-o OUT]``: three-way merge of chart variants (SPEC §6.5).

Writes the merged chart over OURS (git's merge driver convention: ``%O %A %B``), or to OUT,
atomically. Exit status: 0 merged, 1 conflicts (kept in the file, SPEC §6.6, and listed on
stderr), 2 trouble: a file that does not load (``FILE:LINE:COL: error: message`` on stderr)
or the result cannot be written; nothing is written then.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from orgeditor.cli.loading import load_or_report
from orgeditor.io import ChartLoadError, load_chart, save_chart
from orgeditor.io.atomic import atomic_write_bytes, describe_os_error
from orgeditor.merge import merge_charts
from orgeditor.model import Chart

__all__ = ["EXIT_CONFLICTS", "EXIT_MERGED", "EXIT_TROUBLE", "add_arguments", "run"]

EXIT_MERGED = 0
EXIT_CONFLICTS = 1
EXIT_TROUBLE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the arguments of ``orgeditor merge`` on *parser*."""
    parser.add_argument("base", metavar="BASE", help="the common ancestor of the two variants")
    parser.add_argument("ours", metavar="OURS", help="our variant: the merged chart replaces it")
    parser.add_argument("theirs", metavar="THEIRS", help="their variant")
    parser.add_argument("-o", "--output", metavar="OUT", help="write the merged chart here instead of OURS")
    parser.add_argument(
        "--text-fallback",
        action="store_true",
        help="when a file is not a loadable chart, merge line by line as git does (git merge-file) "
        "instead of failing: the merge driver git-setup registers uses it",
    )


def run(args: argparse.Namespace) -> int:
    """Merge ``args.theirs`` into ``args.ours`` against ``args.base`` and write the result."""
    paths = (args.base, args.ours, args.theirs)
    if getattr(args, "text_fallback", False):
        charts = [_load_quietly(path) for path in paths]
        if any(chart is None for chart in charts):
            return _merge_lines(args)
    else:
        charts = [load_or_report(path) for path in paths]
    base, ours, theirs = charts
    if base is None or ours is None or theirs is None:
        return EXIT_TROUBLE
    result = merge_charts(base, ours, theirs)
    target = args.output or args.ours
    try:
        save_chart(result.chart, target, keep_backup=False)
    except OSError as error:
        sys.stderr.write(f"orgeditor merge: error: {describe_os_error(target, error)}\n")
        return EXIT_TROUBLE
    conflicts = result.chart.conflicts
    if not conflicts:
        return EXIT_MERGED
    count = len(conflicts)
    noun = "conflict" if count == 1 else "conflicts"
    sys.stderr.write(f"{target}: {count} merge {noun} kept in the file (OURS in place):\n")
    for conflict in conflicts:
        sys.stderr.write(f"  {conflict.at}\n")
    return EXIT_CONFLICTS


def _load_quietly(path: str) -> Chart | None:
    try:
        return load_chart(path, pipes=True)
    except ChartLoadError:
        return None


def _merge_lines(args: argparse.Namespace) -> int:
    """git's own line merge, for a file that is not a loadable chart: conflict markers where
    the lines clash, never a side lost."""
    command = ["git", "merge-file", "-p", "-L", "ours", "-L", "base", "-L", "theirs"]
    try:
        done = subprocess.run([*command, args.ours, args.base, args.theirs], capture_output=True, check=False)
    except OSError as error:
        sys.stderr.write(f"orgeditor merge: error: cannot run git merge-file: {error.strerror or error}\n")
        return EXIT_TROUBLE
    if done.returncode < 0 or done.returncode > 127:
        sys.stderr.write(f"orgeditor merge: error: {done.stderr.decode('utf-8', 'replace').strip()}\n")
        return EXIT_TROUBLE
    target = args.output or args.ours
    try:
        atomic_write_bytes(target, done.stdout, keep_backup=False)
    except OSError as error:
        sys.stderr.write(f"orgeditor merge: error: {describe_os_error(target, error)}\n")
        return EXIT_TROUBLE
    if done.returncode:
        sys.stderr.write(f"{target}: not a loadable chart; merged line by line, with conflict markers\n")
        return EXIT_CONFLICTS
    return EXIT_MERGED
