"""Build hook: ship the top-level ``resources/``, ``examples/`` and ``docs/`` inside the package.

The repository keeps rulebooks, the schema, icons, the example charts and the user guide at its
top level, where people look for them. A wheel must carry them inside the package (Help ▸ User
Guide reads ``docs/guide.md`` and its pictures), so ``build_py`` copies the three
folders to ``orgeditor/_data/`` in the build tree, where :mod:`orgeditor.resources` finds them
with ``importlib.resources``. An editable install (``pip install -e .``) copies nothing: the
package then reads the checkout's folders. Everything else is declared in ``pyproject.toml``.

The translations (``resources/i18n/orgeditor_<lang>.ts``) are compiled to ``.qm`` files in the
build tree with PySide6's ``lrelease`` (PySide6 is a build requirement); a checkout gets its
``.qm`` files from ``scripts/setup.sh`` (``scripts/translations.sh compile``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

#: Top-level folders shipped in the package, under ``orgeditor/_data/``.
SHIPPED = ("resources", "examples", "docs")
_SKIPPED_SUFFIXES = ("~", ".pyc", ".pyo", ".swp", ".orig", ".rej", ".qm")
#: The translations, compiled to ``.qm`` beside them in the build tree.
TRANSLATIONS = "resources/i18n"


def translation_sources() -> list[Path]:
    """The ``.ts`` files of :data:`TRANSLATIONS`, relative to the project."""
    return sorted(Path(TRANSLATIONS).glob("*.ts"))


def lrelease() -> Path:
    """PySide6's ``lrelease`` program (in the PySide6 package of the build environment)."""
    import PySide6  # noqa: PLC0415 - a build requirement, needed only here

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"PySide6 has no lrelease in {folder}")


def compile_translation(source: Path, target: Path) -> None:
    """Compile the Qt Linguist file *source* to the binary translation *target*."""
    subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(target)], check=True)


def shipped_files() -> list[Path]:
    """The files of :data:`SHIPPED`, relative to the project, leaving out caches and backups."""
    found: list[Path] = []
    for folder in SHIPPED:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
            found.extend(
                Path(root, name)
                for name in sorted(files)
                if not name.startswith(".") and not name.endswith(_SKIPPED_SUFFIXES)
            )
    return found


class BuildPyWithData(build_py):
    """``build_py`` that also copies :data:`SHIPPED` to ``orgeditor/_data/`` (not when editable)."""

    def _target(self) -> Path:
        return Path(self.build_lib, "orgeditor", "_data")

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        shutil.rmtree(self._target(), ignore_errors=True)  # no file removed upstream lingers
        for source in shipped_files():
            destination = self._target() / source
            self.mkpath(str(destination.parent))
            self.copy_file(str(source), str(destination))
        for source in translation_sources():
            compile_translation(source, self._target() / source.with_suffix(".qm"))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:  # type: ignore[override]
        outputs = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            outputs.extend(str(self._target() / source) for source in shipped_files())
            outputs.extend(str(self._target() / s.with_suffix(".qm")) for s in translation_sources())
        return outputs


setup(cmdclass={"build_py": BuildPyWithData})
