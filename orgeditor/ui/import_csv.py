"""File ▸ Import CSV…: build a chart from a spreadsheet and open it as a new, unsaved document.

A CSV with problems imports nothing: a dialog lists every bad cell as ``FILE:ROW:COL`` and the
open document is left as it was.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io.csv_format import CsvError, CsvImportError, load_csv
from orgeditor.model.display import printable
from orgeditor.ui.documents import Documents
from orgeditor.ui.i18n import plural, translate

__all__ = ["CsvErrorsDialog", "ask_csv_path", "import_csv"]

CSV_FILTER = "CSV files (*.csv *.tsv *.txt);;All files (*)"
FOLDER_KEY = "importCsv/folder"


class CsvErrorsDialog(QDialog):
    """Every problem of a rejected CSV, one ``FILE:ROW:COL: message`` a line (copyable)."""

    def __init__(self, path: Path, errors: list[CsvError], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvErrorsDialog")
        self.setWindowTitle(self.tr("Cannot import CSV"))
        self.errors = sorted(errors, key=lambda e: (e.row, e.column))
        count = len(errors)
        heading = QLabel(
            plural(
                self.tr(
                    "{file} has %n problem(s); nothing was imported and the open chart is unchanged.<br>"
                    "Fix these cells (row 1 is the header) and import again:",
                    "",
                    count,
                ),
                count,
            ).format(file=f"<b>{html.escape(printable(path.name))}</b>")
        )
        heading.setWordWrap(True)
        self.listing = QPlainTextEdit(self.lines())
        self.listing.setObjectName("csvErrors")
        self.listing.setReadOnly(True)
        self.listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.listing.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.lines()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.listing, 1)
        layout.addWidget(buttons)
        self.resize(880, 380)

    def lines(self) -> str:
        """The problems as ``name.csv:ROW:COL: message`` lines (control characters escaped)."""
        return "\n".join(
            printable(f"{Path(e.file).name}:{e.row}:{e.column}: {e.message}") for e in self.errors
        )


def ask_csv_path(documents: Documents) -> Path | None:
    """Ask for a CSV file, starting in the folder used last time."""
    folder = documents.settings.value(FOLDER_KEY, "")
    start = folder if isinstance(folder, str) and Path(folder).is_dir() else ""
    if not start and documents.document.path is not None:
        start = str(documents.document.path.parent)
    name, _ = QFileDialog.getOpenFileName(
        documents.parent_widget,
        translate("ImportCsv", "Import CSV"),
        start,
        translate("ImportCsv", "CSV files (*.csv *.tsv *.txt);;All files (*)"),
    )
    return Path(name) if name else None


def import_csv(documents: Documents, path: Path | None = None) -> bool:
    """Import *path* (asked for when None) as a new untitled, modified document.

    Returns True when the chart was opened. On errors the listing dialog opens (window-modal,
    not blocking) and the current document is untouched; the user is asked about unsaved
    changes only once the CSV is known to be good.
    """
    if path is None:
        path = ask_csv_path(documents)
        if path is None:
            return False
    documents.settings.setValue(FOLDER_KEY, str(path.parent))
    try:
        chart = load_csv(path)
    except CsvImportError as exc:
        dialog = CsvErrorsDialog(path, exc.errors, documents.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        documents.message.emit(
            translate("ImportCsv", "Not imported: {file} has {count} problem(s)").format(
                file=printable(path.name), count=len(exc.errors)
            ),
            8000,
        )
        return False
    if not documents.maybe_save():
        return False
    chart.path = None
    # not saved anywhere yet: modified, and journalled (work to recover after a crash)
    documents.document.adopt_unsaved(chart)
    text = (
        translate("ImportCsv", "Imported 1 unit from {file} — save to keep them")
        if len(chart) == 1
        else translate("ImportCsv", "Imported {count} units from {file} — save to keep them")
    )
    documents.message.emit(text.format(count=len(chart), file=printable(path.name)), 10000)
    return True
