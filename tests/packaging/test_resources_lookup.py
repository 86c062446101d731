"""Every file the package needs is found through :mod:`orgeditor.resources`, and no other module
builds a path from its own location to ``resources/`` or ``examples/`` (issue 21)."""

from __future__ import annotations

import json
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import orgeditor
from orgeditor import resources
from orgeditor.rules import BUILTIN_DIR, builtin_rulebooks, load_rulebook

PACKAGE = Path(orgeditor.__file__).resolve().parent
#: What a module may no longer do: find files from where its own source lies.
LOCATING = re.compile(r"__file__|\)\.parents\[|\.parent\.parent|/\s*[\"'](?:resources|examples)[\"']")


def test_the_rulebooks_are_found_and_load() -> None:
    assert resources.rulebooks_dir() == BUILTIN_DIR
    assert builtin_rulebooks() == ["chart", "peace-security-2017"]
    for name in builtin_rulebooks():
        assert load_rulebook(resources.rulebook_path(name)).name == name


def test_the_schema_icon_and_desktop_entry_are_found() -> None:
    schema = json.loads(resources.schema_path().read_text(encoding="utf-8"))
    assert schema["type"] == "object"
    icon = ET.parse(resources.icon_path()).getroot()
    assert icon.tag == "{http://www.w3.org/2000/svg}svg"
    entry = resources.desktop_file().read_text(encoding="utf-8").splitlines()
    assert entry[0] == "[Desktop Entry]"
    assert {"Type=Application", "Exec=orgeditor %f", "Icon=orgeditor", "Terminal=false"} <= set(entry)


def test_the_examples_and_the_built_in_chart_are_found() -> None:
    names = resources.example_names()
    assert {"baseline-2017", "proposal-2017", "implemented-2019"} <= set(names)
    assert len(names) >= 4  # and at least one drafter's variant (SPEC §5)
    assert all(resources.example_path(name).is_file() for name in names)
    assert resources.builtin_chart() == resources.example_path("proposal-2017")
    # the examples name each other by relative paths: they must stay in one folder
    assert "baseline: baseline-2017.yaml" in resources.builtin_chart().read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_the_version_is_written_once() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", orgeditor.__version__)
    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"]
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "orgeditor.__version__"}


def test_no_module_but_the_one_locates_files_from_its_source() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PACKAGE / "resources.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LOCATING.search(line)
    ]
    assert offenders == []
