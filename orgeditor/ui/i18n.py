"""The editor's language: Qt translators for orgeditor's strings and Qt's own dialogs.

Every visible string of the editor goes through Qt's translation: ``self.tr("…")`` inside a
QObject subclass, :func:`translate` (``QCoreApplication.translate``) with the module's context
elsewhere. The French translation is ``resources/i18n/orgeditor_fr.ts`` (kept in the
repository, updated with ``scripts/translations.sh``); the package build and
``scripts/setup.sh`` compile it to ``orgeditor_fr.qm`` beside it. Qt's own ``qtbase_fr.qm``
(standard buttons, file dialogs, the undo stack's "Undo %1") comes with PySide6.

The language is the ``language`` setting (View ▸ Language: "" follows the system, ``en``,
``fr``), else the system's locale (``LANG``/``LC_ALL``/``LC_MESSAGES`` on Linux). Chart data,
rule messages and the note's citations are never translated: they stay in their file's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from orgeditor.resources import translations_dir

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_KEY",
    "SETTINGS_SCOPE",
    "chosen_language",
    "editor_settings",
    "install_translators",
    "plural",
    "qm_path",
    "system_language",
    "translate",
    "translations_dir",
    "ui_language",
]

#: The languages the editor speaks, by code, named in their own language (never translated).
LANGUAGES = {"en": "English", "fr": "Français"}
#: The language of the source strings: no translator is needed for it.
DEFAULT_LANGUAGE = "en"
#: The setting holding the chosen language ("" or missing: follow the system).
LANGUAGE_KEY = "language"
#: Where the editor keeps its settings: ``QSettings(*SETTINGS_SCOPE)``, the organisation and
#: application names of :mod:`orgeditor.ui.main_window` (``ORG_NAME``, ``APP_NAME``).
SETTINGS_SCOPE = ("orgeditor", "Org Chart Editor")

#: The translators installed by :func:`install_translators` (kept alive while installed).
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``: *text* in the user's language (*n* picks a plural form)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def plural(text: str, n: int) -> str:
    """*text*, a ``tr("%n unit(s)", "", n)`` result, with the English plural finished when no
    translation was found: "(s)" becomes "s" and "(es)" "es", or nothing for one.

    >>> plural("1 edit(s)", 1), plural("3 edit(s)", 3), plural("3 modifications", 3)
    ('1 edit', '3 edits', '3 modifications')
    >>> plural("1 of 2 match(es)", 2), plural("1 of 1 match(es)", 1)
    ('1 of 2 matches', '1 of 1 match')
    """
    one = n == 1
    return text.replace("(es)", "" if one else "es").replace("(s)", "" if one else "s")


def qm_path(language: str) -> Path:
    """The compiled translation of orgeditor's strings into *language* (it may not exist)."""
    return translations_dir() / f"orgeditor_{language}.qm"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's (or *locale*'s) user-interface languages the editor speaks,
    else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """The language set in *settings* ("" when the editor follows the system)."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def editor_settings() -> QSettings:
    """The editor's settings, where the language chosen in View ▸ Language is kept."""
    return QSettings(*SETTINGS_SCOPE)


def ui_language(settings: QSettings | None = None, locale: QLocale | None = None) -> str:
    """The language to show: the setting when there is one, else the system's."""
    chosen = chosen_language(settings) if settings is not None else ""
    return chosen or system_language(locale)


def install_translators(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Install the translators of *language* (replacing those installed before); returns them.

    English needs none. For another language, orgeditor's own ``orgeditor_<code>.qm`` and Qt's
    ``qtbase_<code>.qm`` are installed when found; a missing file leaves those strings English.
    """
    application = app or QCoreApplication.instance()
    if application is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    for old in _installed:
        application.removeTranslator(old)
    _installed.clear()
    if language == DEFAULT_LANGUAGE or language not in LANGUAGES:
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in (
        (qt_folder, f"qtbase_{language}"),
        (str(translations_dir()), f"orgeditor_{language}"),
    ):
        translator = QTranslator(application)
        if translator.load(name, folder) and application.installTranslator(translator):
            _installed.append(translator)
    if QLocale().name().split("_")[0] != language:  # numbers and dates in the same language
        QLocale.setDefault(QLocale(language))
    return list(_installed)
