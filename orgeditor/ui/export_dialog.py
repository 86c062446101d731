"""File ▸ Export…: format, theme, branch, scale and what to show, with a live preview.

The preview is drawn by the exporter's own page code (:mod:`orgeditor.render.export_qt`) on a
worker thread, so a large chart never freezes the dialog; interop formats preview the first
lines of the file. The export itself paints on the GUI thread (QPdfWriter and QSvgGenerator
belong there) and keeps the window alive by processing events from its progress callback;
Cancel stops it and nothing is written.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from orgeditor.io.atomic import describe_os_error
from orgeditor.model import Chart, ChartError
from orgeditor.render.export import FORMATS, export_chart, format_for_path
from orgeditor.ui.document import Document
from orgeditor.ui.export_options import FORMAT_LABELS, ExportOptionsForm
from orgeditor.ui.export_preview import ExportOptions, PreviewPane, PreviewResult, build_preview, page_caption
from orgeditor.ui.i18n import plural, translate

__all__ = [
    "FORMAT_LABELS",
    "ExportDialog",
    "ExportOptions",
    "PreviewResult",
    "build_preview",
    "open_export_dialog",
]

SUFFIXES: dict[str, str] = {fmt: f".{fmt}" for fmt in FORMATS}
#: The file dialog's filter of each format (in English; shown translated, see :func:`file_filter`).
FILTERS: dict[str, str] = {
    "svg": str(QT_TRANSLATE_NOOP("ExportDialog", "SVG pictures (*.svg)")),
    "pdf": str(QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)")),
    "png": str(QT_TRANSLATE_NOOP("ExportDialog", "PNG images (*.png)")),
    "pptx": str(QT_TRANSLATE_NOOP("ExportDialog", "PowerPoint presentations (*.pptx)")),
    "graphml": str(QT_TRANSLATE_NOOP("ExportDialog", "GraphML (*.graphml)")),
    "dot": str(QT_TRANSLATE_NOOP("ExportDialog", "Graphviz DOT (*.dot *.gv)")),
    "csv": str(QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheets (*.csv)")),
    "yaml": str(QT_TRANSLATE_NOOP("ExportDialog", "Org charts (*.yaml *.yml)")),
}


def file_filter(fmt: str) -> str:
    """The file dialog's filter of *fmt* in the user's language."""
    return translate("ExportDialog", FILTERS[fmt])


DEBOUNCE_MS = 200


class _PreviewSignals(QObject):
    ready = Signal(int, object)


class ExportDialog(QDialog):
    """The export dialog of a document, over its main window *frame* (whose status bar says
    what was written); *selected*: the units selected, the first offered as the branch."""

    preview_updated = Signal()

    def __init__(
        self, frame: QMainWindow, document: Document, settings: QSettings, selected: Sequence[str] = ()
    ) -> None:
        super().__init__(frame)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.frame, self.document = frame, document
        self.chart: Chart = document.chart
        self.settings = settings
        self._selected = [u for u in selected if u in self.chart.units]
        self.generation = 0
        self.shown_generation = -1
        self.result_: PreviewResult | None = None
        self.exporting = False
        self._confirmed: Path | None = None
        self._path_edited = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _PreviewSignals(self)
        self._signals.ready.connect(self._preview_ready)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.start_preview)
        self._build()
        self._restore()
        self._connect()
        self.start_preview()

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        self.form = ExportOptionsForm(self.chart)
        self.form.setMinimumWidth(340)
        self.form.setMaximumWidth(420)
        self.format_combo, self.theme_combo = self.form.format_combo, self.form.theme_combo
        self.branch_combo, self.scale_spin = self.form.branch_combo, self.form.scale_spin
        self.badges_check, self.posts_check = self.form.badges_check, self.form.posts_check
        self.pane = PreviewPane()
        self.caption, self.text_view, self.stack = self.pane.caption, self.pane.text_view, self.pane.stack

        top = QHBoxLayout()
        top.addWidget(self.form)
        top.addWidget(self.pane, 1)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        self.browse_button.setAutoDefault(False)
        path_label = QLabel(self.tr("Save t&o:"))
        path_label.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(1060, 640)
        # only now is the button inside the dialog: Return anywhere exports
        self.export_button.setDefault(True)
        self.format_combo.setFocus()

    def _restore(self) -> None:
        self.form.restore(self.settings, self._selected[0] if self._selected else None)
        self.path_edit.setText(str(self._default_path()))
        self._format_changed()

    def _connect(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.branch_combo.currentIndexChanged.connect(self._branch_changed)
        for combo in (self.format_combo, self.theme_combo, self.branch_combo):
            combo.currentIndexChanged.connect(self.schedule_preview)
        for combo in (self.form.page_combo, self.form.orientation_combo):  # a PDF's first page
            combo.currentIndexChanged.connect(self.schedule_preview)
            combo.currentIndexChanged.connect(self._update_caption)
        self.scale_spin.valueChanged.connect(self._update_caption)
        self.badges_check.toggled.connect(self.schedule_preview)
        self.posts_check.toggled.connect(self.schedule_preview)
        self.path_edit.textEdited.connect(self._path_typed)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    # ---------------------------------------------------------------- options

    def options(self) -> ExportOptions:
        """The options the controls show now."""
        return self.form.options()

    def set_format(self, fmt: str) -> None:
        self.form.set_format(fmt)

    def set_branch(self, unit_id: str | None) -> None:
        self.form.set_branch(unit_id)

    def output_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _default_path(self) -> Path:
        folder = self.settings.value("export/folder", "")
        start = Path(folder) if isinstance(folder, str) and folder and Path(folder).is_dir() else None
        if start is None:
            start = self.chart.path.parent if self.chart.path is not None else Path.home()
        return start / (self._default_stem() + SUFFIXES[self.options().fmt])

    def _default_stem(self) -> str:
        if self.chart.path is not None:
            stem = self.chart.path.stem
        else:
            stem = "-".join("".join(c if c.isalnum() else " " for c in self.chart.title).lower().split())
        unit = self.options().unit
        return f"{stem or 'chart'}-{unit}" if unit else stem or "chart"

    def _format_changed(self) -> None:
        fmt = self.options().fmt
        path = self.output_path()
        if path is not None:
            known = {s for fmt_ in FORMATS for s in (SUFFIXES[fmt_], ".yml", ".gv", ".xml")}
            base = path.with_suffix("") if path.suffix.lower() in known else path
            self.path_edit.setText(str(base) + SUFFIXES[fmt])
            self._confirmed = None

    def _branch_changed(self) -> None:
        path = self.output_path()
        if path is not None and not self._path_edited:
            self.path_edit.setText(str(path.parent / (self._default_stem() + SUFFIXES[self.options().fmt])))

    def _path_typed(self) -> None:
        self._path_edited = True
        self._confirmed = None

    def browse(self) -> None:
        """Choose the output file; a chosen suffix of another format switches the format."""
        fmt = self.options().fmt
        others = (file_filter(f) for f in FILTERS if f != fmt)
        filters = ";;".join([file_filter(fmt), *others, self.tr("All files (*)")])
        current = self.output_path() or self._default_path()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(current), filters, file_filter(fmt)
        )
        if not name:
            return
        path = Path(name)
        chosen = format_for_path(path)
        if chosen is not None and chosen != fmt:
            self.set_format(chosen)
        elif chosen is None:
            path = path.with_name(path.name + SUFFIXES[fmt])
        self.path_edit.setText(str(path))
        self._path_edited = True
        self._confirmed = path

    # ---------------------------------------------------------------- preview

    def schedule_preview(self) -> None:
        """Draw the preview again shortly (changes in quick succession draw once)."""
        self.caption.setText(self.tr("Updating preview…"))
        self._timer.start()

    def start_preview(self) -> None:
        """Draw the preview for the current options on the worker thread."""
        self._timer.stop()
        self.generation += 1
        generation, options = self.generation, self.options()
        chart = self.chart.copy()
        findings = list(self.document.findings) if options.show_badges else []
        signals = self._signals

        def work() -> None:
            try:
                result = build_preview(chart, options, findings)
            except Exception as exc:  # any failure is shown in the caption
                result = PreviewResult(error=str(exc) or type(exc).__name__)
            signals.ready.emit(generation, result)

        self._pool.clear()
        self._pool.start(work)

    def _preview_ready(self, generation: int, result: object) -> None:
        if generation != self.generation or not isinstance(result, PreviewResult):
            return  # an older drawing finished after the options changed again
        self.result_ = result
        self.shown_generation = generation
        self.pane.show_result(result)
        self._update_caption()
        self.preview_updated.emit()

    def preview_ready(self) -> bool:
        """True when the preview shows the current options."""
        return self.shown_generation == self.generation and not self._timer.isActive()

    def _update_caption(self) -> None:
        result, options = self.result_, self.options()
        if result is None:
            return
        if result.error:
            self.caption.setText(self.tr("No preview: {reason}").format(reason=result.error))
        elif result.page is not None:
            self.caption.setText(page_caption(options, result.page, result.units, result.pages))
        else:
            count = result.units
            self.caption.setText(plural(self.tr("%n unit(s) · the file's first lines", "", count), count))

    # ----------------------------------------------------------------- export

    def export(self) -> bool:
        """Export with the current options; True when the file was written (then the dialog
        closes and the status bar names the file)."""
        if self.exporting:
            return False
        path = self.output_path()
        if path is None:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose where to save the export."))
            return False
        if path.exists() and path != self._confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Replace file?"),
                self.tr("“{file}” already exists in {folder}. Replace it?").format(
                    file=path.name, folder=path.parent
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        options = self.options()
        written = self._run_export(path, options)
        if written:
            self._remember(path, options)
            self.frame.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 10000)
            self.accept()
        return written

    def _run_export(self, path: Path, options: ExportOptions) -> bool:
        progress = QProgressDialog(
            self.tr("Exporting {file}…").format(file=path.name), self.tr("Cancel"), 0, 0, self
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        last = [0.0]

        def tick(done: int, total: int) -> bool:
            if progress.maximum() != total:
                progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            now = time.monotonic()
            if done >= total:  # every unit drawn: say so before the file is written
                progress.setLabelText(self.tr("Writing {file}…").format(file=path.name))
                last[0] = 0.0
            if now - last[0] > 0.03:
                last[0] = now
                QApplication.processEvents()
            return not progress.wasCanceled()

        self.exporting = True
        self.export_button.setEnabled(False)
        findings = list(self.document.findings) if options.show_badges else None
        try:
            written = export_chart(
                self.chart.copy(),
                path,
                options.fmt,
                unit=options.unit,
                theme=options.theme,
                scale=options.scale,
                show_badges=options.show_badges,
                show_posts=options.show_posts,
                findings=findings,
                progress=tick,
                page=options.page,
                orientation=options.orientation,
            )
        except OSError as exc:
            progress.close()
            self._fail(describe_os_error(path, exc))
            return False
        except (ValueError, ChartError) as exc:
            progress.close()
            self._fail(f"{path}: {exc}")
            return False
        finally:
            self.exporting = False
            self.export_button.setEnabled(True)
            progress.close()
            progress.deleteLater()
        if not written:
            self.caption.setText(self.tr("Export cancelled — nothing was written."))
            self.frame.statusBar().showMessage(self.tr("Export cancelled — nothing was written"), 6000)
        return written

    def _fail(self, message: str) -> None:
        self.last_error = message
        self.frame.statusBar().showMessage(self.tr("Export failed: {reason}").format(reason=message), 10000)
        QMessageBox.critical(self, self.tr("Cannot export"), message)

    def _remember(self, path: Path, options: ExportOptions) -> None:
        self.settings.setValue("export/folder", str(path.parent))
        self.form.remember(self.settings, options)

    def reject(self) -> None:
        if not self.exporting:
            super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        self.generation += 1  # ignore a drawing still running
        self._pool.clear()
        self._pool.waitForDone()
        self.pane.view.stop()
        super().done(result)


def open_export_dialog(
    frame: QMainWindow, document: Document, settings: QSettings, selected: Sequence[str] = ()
) -> ExportDialog:
    """Open File ▸ Export… for *document* over *frame* (window-modal, not blocking)."""
    dialog = ExportDialog(frame, document, settings, selected)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
