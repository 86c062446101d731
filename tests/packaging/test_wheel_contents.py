"""The built wheel carries every data file the package needs (when ``build`` is installed).

The full proof — the wheel installed in a fresh venv and used from an empty folder — is
``scripts/wheel_smoke.sh``, run by ``.ci/run``; this is the quick check of the file list.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is not installed")
    out = tmp_path_factory.mktemp("dist")
    # the default builds the sdist, then the wheel from the sdist: both must be complete
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = out.glob("orgeditor-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _shipped(folder: str) -> list[str]:
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith("~")
    )


def test_the_wheel_carries_resources_and_examples(wheel_files: set[str]) -> None:
    for name in ("resources/rulebooks/chart.yaml", "resources/schema/orgchart.schema.json"):
        assert f"orgeditor/_data/{name}" in wheel_files
    for name in [*_shipped("resources"), *_shipped("examples")]:
        assert f"orgeditor/_data/{name}" in wheel_files


def test_the_wheel_carries_templates_and_typing_marker(wheel_files: set[str]) -> None:
    assert "orgeditor/py.typed" in wheel_files
    templates = sorted(
        p.relative_to(ROOT).as_posix() for p in ROOT.glob("orgeditor/**/templates/*") if p.is_file()
    )
    for name in templates:
        assert name in wheel_files


def test_the_wheel_carries_no_tests_or_checkout_folders(wheel_files: set[str]) -> None:
    tops = {name.split("/", 1)[0] for name in wheel_files}
    assert tops == {"orgeditor", next(t for t in tops if t.endswith(".dist-info"))}
