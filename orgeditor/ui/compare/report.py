"""The Markdown report of a comparison, shown in a dialog that can copy or save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from orgeditor.diff import ChartDiff, to_markdown
from orgeditor.io.atomic import atomic_write_bytes

__all__ = ["ReportDialog", "report_markdown"]


def report_markdown(diff: ChartDiff) -> str:
    """The report a planner can paste into a briefing note."""
    return to_markdown(diff)


class ReportDialog(QDialog):
    """Shows the report rendered; *Copy* puts the Markdown on the clipboard, *Save…* writes it."""

    def __init__(self, markdown: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.markdown = markdown
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Comparison report"))
        self.resize(860, 760)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(markdown)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy Markdown"))
        self.save_button = QPushButton(self.tr("Save…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.ask_and_save)
        layout.addWidget(buttons)

    def copy(self) -> None:
        """Put the Markdown text on the clipboard."""
        QApplication.clipboard().setText(self.markdown)

    def save(self, path: Path) -> None:
        """Write the Markdown to *path* (UTF-8), atomically."""
        atomic_write_bytes(path, self.markdown.encode("utf-8"), keep_backup=False)

    def ask_and_save(self) -> None:
        """Ask where, then save; an error is shown, not raised."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save comparison report"),
            self.suggested_name,
            self.tr("Markdown (*.md);;All files (*)"),
        )
        if not name:
            return
        try:
            self.save(Path(name))
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Save report"),
                self.tr("Could not save {file}: {reason}").format(file=name, reason=exc.strerror or exc),
            )
