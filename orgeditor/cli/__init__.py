"""The ``orgeditor`` command line (SPEC §3).

``orgeditor [FILE]`` opens the editor; ``orgeditor COMMAND …`` runs a command without a window.
Each command lives in its own module with ``add_arguments(parser)`` and ``run(args) -> int``,
imported only when that command runs, so ``check``, ``trace`` and ``diff`` start without Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from orgeditor import __version__
from orgeditor.cli.streams import inert_output

__all__ = ["COMMANDS", "main"]

#: command name -> (module under orgeditor.cli, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "run every rule on a chart and report the findings"),
    "export": ("export", "export a chart (svg, pdf, png, pptx, dot, graphml, csv, yaml)"),
    "import": ("import_csv", "build a chart file from a CSV spreadsheet"),
    "diff": ("diff", "compare two chart variants"),
    "compare": ("compare", "compare several variants: provisions of the note, totals, changes"),
    "trace": ("trace", "print a unit's reporting chain up to the root"),
    "merge": ("merge", "three-way merge of chart variants (a git merge driver)"),
    "git-setup": ("git_setup", "register the chart merge and diff drivers with git"),
}

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_TROUBLE = 2


def _command_parser(name: str) -> tuple[argparse.ArgumentParser, str]:
    module_name, help_text = COMMANDS[name]
    parser = argparse.ArgumentParser(prog=f"orgeditor {name}", description=help_text)
    return parser, f"orgeditor.cli.{module_name}"


def _editor_parser() -> argparse.ArgumentParser:
    width = max(len(name) for name in COMMANDS)
    commands = "\n".join(f"  {name:<{width}} {text}" for name, (_, text) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="orgeditor",
        description="Org-chart editor. With no FILE it opens the built-in 2017 proposal chart.",
        epilog=f"commands (run 'orgeditor COMMAND --help'):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="chart file to open (.yaml)")
    parser.add_argument("compare", nargs="?", help="a second chart to compare the first with")
    parser.add_argument("--version", action="version", version=f"orgeditor {__version__}")
    return parser


def _run_command(name: str, args: list[str]) -> int:
    parser, module_name = _command_parser(name)
    module = importlib.import_module(module_name)
    module.add_arguments(parser)
    options = parser.parse_args(args)
    try:
        status: int = module.run(options)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        with inert_output():  # nothing a file or an argument holds may act on the terminal
            return _run_command(args[0], args[1:])
    with inert_output():
        options = _editor_parser().parse_args(args)
    if options.compare:
        compare = importlib.import_module("orgeditor.ui.compare")
        return int(compare.run_compare(options.file, options.compare))
    from orgeditor.ui.app import run_editor  # noqa: PLC0415 - Qt only for the editor: commands start light

    return int(run_editor(options.file))
