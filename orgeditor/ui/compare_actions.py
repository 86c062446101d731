"""File ▸ Compare with…, Compare with Baseline and Compare Variants…: the compare views
opened from the editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from orgeditor.ui.compare import (
    BaselineError,
    VariantSource,
    VariantsPanel,
    open_baseline_compare,
    open_compare_window,
    open_variants_panel,
)
from orgeditor.ui.document import Document
from orgeditor.ui.documents import Documents, file_filter
from orgeditor.ui.i18n import translate

__all__ = [
    "COMPARE_TITLE",
    "VARIANTS_TITLE",
    "ask_compare_path",
    "ask_variant_paths",
    "compare_variants",
    "compare_with_baseline",
    "compare_with_file",
    "variant_sources",
]

#: The title of the file dialog of File ▸ Compare Variants… (translated when shown).
VARIANTS_TITLE = "Compare variants"
#: The title of the file dialog of File ▸ Compare with… (translated when shown).
COMPARE_TITLE = "Compare with…"


def _variants_title() -> str:
    return translate("CompareActions", "Compare variants")


def _compare_title() -> str:
    return translate("CompareActions", "Compare with…")


def ask_compare_path(docs: Documents) -> Path | None:
    """Ask for the chart to compare the open one with (in the open chart's folder)."""
    path = docs.document.path
    start = str(path.parent) if path else ""
    name, _ = QFileDialog.getOpenFileName(docs.parent_widget, _compare_title(), start, file_filter())
    return Path(name) if name else None


def compare_with_file(docs: Documents) -> None:
    """Ask for another chart and compare the open one (as it is now) with it."""
    path = ask_compare_path(docs)
    if path is None:
        return
    other = docs.load(path)
    if other is None:
        return
    chart = docs.document.chart.copy()
    open_compare_window(docs.parent_widget, chart, other, docs.display_name(), path.name)


def compare_with_baseline(docs: Documents) -> None:
    """Compare the open chart with the variant its ``baseline`` names."""
    chart, window = docs.document.chart, docs.parent_widget
    if not chart.baseline:
        QMessageBox.information(
            window,
            translate("CompareActions", "No baseline"),
            translate(
                "CompareActions",
                "This chart names no baseline. Set one in the chart's properties "
                "(the variant it is compared with), or use File ▸ Compare with….",
            ),
        )
        return
    try:
        open_baseline_compare(window, chart.copy())
    except BaselineError as exc:
        QMessageBox.warning(window, translate("CompareActions", "Cannot open the baseline"), str(exc))


def ask_variant_paths(docs: Documents) -> list[Path]:
    """Ask for the variant files (several may be chosen), in the order chosen; [] if cancelled.

    The dialog opens in the open chart's folder. In Qt's own dialog the file name field takes
    several names in quotes (``"a.yaml" "b.yaml"``), in that order.
    """
    path = docs.document.path
    folder = str(path.parent) if path else ""
    dialog = QFileDialog(docs.parent_widget, _variants_title(), folder, file_filter())
    dialog.setObjectName("compareVariantsDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("CompareActions", "Compare"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, translate("CompareActions", "Variants:"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def variant_sources(document: Document, paths: list[Path]) -> list[VariantSource]:
    """The open chart first (as it is now, unsaved edits included) when it has a file, then
    the files chosen, each once (the open chart's own file is the open chart)."""
    chart = document.chart
    sources: list[VariantSource] = []
    seen: set[Path] = set()
    if chart.path is not None:
        sources.append(VariantSource(str(chart.path), chart.path.name, chart.path, chart.copy()))
        seen.add(chart.path.resolve())
    for path in paths:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            sources.append(VariantSource.of_file(path))
    return sources


def compare_variants(docs: Documents) -> VariantsPanel | None:
    """File ▸ Compare Variants…: choose files, then weigh them (with the open chart, first,
    when it has a file) in the variants panel."""
    paths = ask_variant_paths(docs)
    if not paths:
        return None
    window = docs.parent_widget
    sources = variant_sources(docs.document, paths)
    if len(sources) < 2:
        QMessageBox.information(
            window,
            _variants_title(),
            translate(
                "CompareActions",
                "Choose at least two variants to compare (the open chart counts as one once it "
                "is saved to a file).",
            ),
        )
        return None
    return open_variants_panel(window, sources)
