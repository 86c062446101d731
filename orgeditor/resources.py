"""Where the files that ship with orgeditor are: the one place every caller asks.

The repository keeps them at its top level, ``resources/`` (rulebooks, the JSON Schema, icons,
the ``.desktop`` file, the note the rules cite), ``examples/`` (the built-in charts) and
``docs/`` (the user guide). The package build copies them into the package as
``orgeditor/_data/resources``, ``orgeditor/_data/examples`` and ``orgeditor/_data/docs``
(``setup.py``), so an installed wheel, a pipx install or a bundled
application finds them with :mod:`importlib.resources`, from any folder. A checkout or an
editable install (``pip install -e .``) has no ``_data`` folder: there the repository's own
folders are used.

>>> rulebook_path("chart").name
'chart.yaml'
>>> builtin_chart().name
'proposal-2017.yaml'
>>> "baseline-2017" in example_names()
True
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path

__all__ = [
    "BUILTIN_CHART",
    "builtin_chart",
    "data_root",
    "desktop_file",
    "example_names",
    "example_path",
    "examples_dir",
    "guide_path",
    "icon_path",
    "note_path",
    "rulebook_path",
    "rulebooks_dir",
    "schema_path",
    "translations_dir",
]

#: The example the editor opens when started without a file (SPEC §3).
BUILTIN_CHART = "proposal-2017"


@cache
def data_root() -> Path:
    """The folder holding ``resources/`` and ``examples/``: inside the installed package, or
    the checkout's top level when the package is used from a repository (editable install).

    Raises ``FileNotFoundError`` when neither is there (a broken installation).
    """
    package = importlib.resources.files("orgeditor")
    if not isinstance(package, Path):  # zipped installs are not supported: files must be real
        raise FileNotFoundError(f"orgeditor is not installed as files on disk ({package})")
    for root in (package / "_data", package.parent):
        if (root / "resources" / "rulebooks").is_dir():
            return root
    raise FileNotFoundError(f"orgeditor's data files are missing: no resources/ in {package / '_data'}")


def rulebooks_dir() -> Path:
    """The folder of the built-in rulebooks (``chart.yaml`` is always on)."""
    return data_root() / "resources" / "rulebooks"


def rulebook_path(name: str) -> Path:
    """The file of the built-in rulebook *name* (``peace-security-2017``); it may not exist."""
    return rulebooks_dir() / f"{name}.yaml"


def schema_path() -> Path:
    """The JSON Schema of the chart file format."""
    return data_root() / "resources" / "schema" / "orgchart.schema.json"


def note_path() -> Path:
    """The Secretary-General's note of 11 September 2017 that the pillar rules cite (plain
    text, a ``Source:`` line first; :mod:`orgeditor.rules.note` reads its paragraphs)."""
    return data_root() / "resources" / "note" / "restructuring-peace-security-pillar-2017.txt"


def translations_dir() -> Path:
    """The folder of the editor's translations: ``orgeditor_<lang>.ts`` and, once compiled by
    the package build or ``scripts/setup.sh``, ``orgeditor_<lang>.qm``."""
    return data_root() / "resources" / "i18n"


def guide_path() -> Path:
    """The user guide (Markdown, its screenshots in ``images/`` beside it, the other pages of
    the documentation in the same folder): the repository's ``docs/``, shipped as ``_data/docs``."""
    return data_root() / "docs" / "guide.md"


def icon_path() -> Path:
    """The application's icon (SVG)."""
    return data_root() / "resources" / "icons" / "orgeditor.svg"


def desktop_file() -> Path:
    """The Linux desktop entry (``orgeditor.desktop``), for users to install by hand."""
    return data_root() / "resources" / "orgeditor.desktop"


def examples_dir() -> Path:
    """The folder of the example charts (they name each other by relative paths)."""
    return data_root() / "examples"


def example_names() -> list[str]:
    """The example charts' names, sorted (``baseline-2017``, ``implemented-2019``, …)."""
    return sorted(p.stem for p in examples_dir().glob("*.yaml"))


def example_path(name: str) -> Path:
    """The file of the example chart *name*; it may not exist."""
    return examples_dir() / f"{name}.yaml"


def builtin_chart() -> Path | None:
    """The chart the editor opens without a file, or None if it is missing."""
    path = example_path(BUILTIN_CHART)
    return path if path.is_file() else None
