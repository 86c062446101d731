"""The export dialog's options panel: format, theme, branch, scale, what to show and the
PDF page (paper size and orientation).

:class:`ExportOptionsForm` reads its choices from the settings, says them as
:class:`~orgeditor.ui.export_preview.ExportOptions`, enables only what the format uses, and
remembers them after an export.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Chart
from orgeditor.render.export import ORIENTATIONS, PAGE_SIZES, RENDERED_FORMATS
from orgeditor.ui.export_preview import NOTES, ORIENTATION_LABELS, PAGE_LABELS, ExportOptions
from orgeditor.ui.i18n import translate

__all__ = ["FORMAT_LABELS", "THEME_LABELS", "ExportOptionsForm"]

FORMAT_LABELS: dict[str, str] = {
    "svg": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "SVG — vector picture")),
    "pdf": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "PDF — printable page")),
    "png": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "PNG — image")),
    "pptx": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "PowerPoint — editable slides")),
    "graphml": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "GraphML — for yEd")),
    "dot": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "DOT — Graphviz")),
    "csv": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "CSV — spreadsheet")),
    "yaml": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "YAML — chart file")),
}
THEME_LABELS = {
    "screen": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "Screen (colour)")),
    "print": str(QT_TRANSLATE_NOOP("ExportOptionsForm", "Print (greyscale-friendly)")),
}
#: Tooltips of the PDF page controls, while they apply and while they do not.
PAGE_TIPS = (
    str(
        QT_TRANSLATE_NOOP(
            "ExportOptionsForm",
            "The PDF's paper: “Fit the chart” makes one page as large as the chart; on a paper size "
            "a chart that does not fit continues on more pages",
        )
    ),
    str(
        QT_TRANSLATE_NOOP("ExportOptionsForm", "Only a PDF has pages: choose the PDF format to set its paper")
    ),
)
ORIENTATION_TIPS = (
    str(
        QT_TRANSLATE_NOOP("ExportOptionsForm", "Automatic turns each page the way that holds the chart best")
    ),
    str(QT_TRANSLATE_NOOP("ExportOptionsForm", "Only a PDF has pages: choose the PDF format to turn them")),
)


class ExportOptionsForm(QWidget):
    """The controls of the export options of *chart*, with a note on the chosen format."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        for fmt in ("svg", "pdf", "png", "pptx", "graphml", "dot", "csv", "yaml"):
            self.format_combo.addItem(self.tr(FORMAT_LABELS[fmt]), fmt)
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("exportTheme")
        for name, label in THEME_LABELS.items():
            self.theme_combo.addItem(self.tr(label), name)
        self.branch_combo = QComboBox()
        self.branch_combo.setObjectName("exportBranch")
        self.branch_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.branch_combo.setMinimumContentsLength(24)
        self.branch_combo.view().setMinimumWidth(520)  # long unit names are not cut in the list
        self.branch_combo.addItem(self.tr("Whole chart"), None)
        for unit in chart:
            self.branch_combo.addItem(f"{unit.label} ({unit.id})", unit.id)
        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setObjectName("exportScale")
        self.scale_spin.setRange(0.25, 8.0)
        self.scale_spin.setSingleStep(0.5)
        self.scale_spin.setDecimals(2)
        self.scale_spin.setSuffix(" ×")
        self.badges_check = QCheckBox(self.tr("Findings &badges"))
        self.badges_check.setObjectName("exportBadges")
        self.posts_check = QCheckBox(self.tr("&Posts on cards"))
        self.posts_check.setObjectName("exportPosts")
        self.page_combo = QComboBox()
        self.page_combo.setObjectName("exportPage")
        for key in PAGE_SIZES:
            self.page_combo.addItem(
                translate("ExportPreview", PAGE_LABELS[key]) if key in PAGE_LABELS else key.upper(), key
            )
        self.orientation_combo = QComboBox()
        self.orientation_combo.setObjectName("exportOrientation")
        for key in ORIENTATIONS:
            turn = ORIENTATION_LABELS.get(key)
            self.orientation_combo.addItem(
                translate("ExportPreview", turn) if turn else key.capitalize(), key
            )
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        form.addRow(self.tr("B&ranch:"), self.branch_combo)
        form.addRow(self.tr("&Scale (PNG):"), self.scale_spin)
        form.addRow(self.tr("Pa&ge (PDF):"), self.page_combo)
        form.addRow(self.tr("Orie&ntation:"), self.orientation_combo)
        form.addRow(self.tr("Show:"), self.badges_check)
        form.addRow("", self.posts_check)
        self.note = QLabel()
        self.note.setObjectName("exportNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.branch_combo.currentIndexChanged.connect(
            lambda: self.branch_combo.setToolTip(self.branch_combo.currentText())
        )

    def options(self) -> ExportOptions:
        """The options the controls show now."""
        unit = self.branch_combo.currentData()
        return ExportOptions(
            fmt=str(self.format_combo.currentData()),
            theme=str(self.theme_combo.currentData()),
            unit=unit if isinstance(unit, str) else None,
            scale=self.scale_spin.value(),
            show_badges=self.badges_check.isChecked(),
            show_posts=self.posts_check.isChecked(),
            page=str(self.page_combo.currentData()),
            orientation=str(self.orientation_combo.currentData()),
        )

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def set_branch(self, unit_id: str | None) -> None:
        self.branch_combo.setCurrentIndex(self.branch_combo.findData(unit_id) if unit_id else 0)

    def restore(self, settings: QSettings, selected: str | None = None) -> None:
        """Show the options last remembered in *settings*; the branch of the *selected* unit
        is offered right under the whole chart, which stays the default."""
        fmt = str(settings.value("export/format", "svg"))
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        theme = str(settings.value("export/theme", "screen"))
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(theme)))
        try:
            scale = float(str(settings.value("export/scale", 2.0)))
        except ValueError:
            scale = 2.0
        self.scale_spin.setValue(scale)
        self.badges_check.setChecked(str(settings.value("export/badges", "false")).lower() == "true")
        self.posts_check.setChecked(str(settings.value("export/posts", "true")).lower() == "true")
        page = str(settings.value("export/page", "fit"))
        self.page_combo.setCurrentIndex(max(0, self.page_combo.findData(page)))
        orientation = str(settings.value("export/orientation", "auto"))
        self.orientation_combo.setCurrentIndex(max(0, self.orientation_combo.findData(orientation)))
        if selected is not None and selected in self.chart.units:
            unit = self.chart.unit(selected)
            self.branch_combo.insertItem(
                1, self.tr("Selected branch: {unit} ({id})").format(unit=unit.label, id=unit.id), unit.id
            )
            self.branch_combo.insertSeparator(2)
        self._format_changed()

    @staticmethod
    def remember(settings: QSettings, options: ExportOptions) -> None:
        """Keep *options* in *settings* for the next export (the branch is not kept)."""
        settings.setValue("export/format", options.fmt)
        settings.setValue("export/theme", options.theme)
        settings.setValue("export/scale", options.scale)
        settings.setValue("export/badges", "true" if options.show_badges else "false")
        settings.setValue("export/posts", "true" if options.show_posts else "false")
        settings.setValue("export/page", options.page)
        settings.setValue("export/orientation", options.orientation)

    def _format_changed(self) -> None:
        fmt = self.options().fmt
        rendered = fmt in RENDERED_FORMATS
        pdf = fmt == "pdf"
        self._enable(self.scale_spin, fmt == "png")
        for widget in (self.theme_combo, self.badges_check, self.posts_check):
            self._enable(widget, rendered)
        self._enable(self.page_combo, pdf)
        self._enable(self.orientation_combo, pdf)
        self.page_combo.setToolTip(self.tr(PAGE_TIPS[0] if pdf else PAGE_TIPS[1]))
        self.orientation_combo.setToolTip(self.tr(ORIENTATION_TIPS[0] if pdf else ORIENTATION_TIPS[1]))
        self.note.setText(translate("ExportPreview", NOTES[fmt]))

    def _enable(self, field: QWidget, on: bool) -> None:
        """Enable *field* and its label (greyed with it when the format does not use it)."""
        field.setEnabled(on)
        label = self.form.labelForField(field)
        if label is not None and field is not self.posts_check:  # "Show:" is the badges' too
            label.setEnabled(on)
