"""Marking texts of the pure layers for translation, without Qt.

The pure layers (:mod:`orgeditor.diff`, :mod:`orgeditor.compare`, …) never import Qt, and their
reports and the command line speak English. Texts the editor shows from them are marked with
:func:`QT_TRANSLATE_NOOP` — a no-op whose name ``pyside6-lupdate`` recognises, so that the
texts enter the editor's translation (``resources/i18n/orgeditor_fr.ts``) — and translated by
the editor where it shows them: ``QCoreApplication.translate(context, text)``.

A function that writes a sentence takes a :data:`Translate` (default :func:`untranslated`): the
editor passes ``QCoreApplication.translate`` and gets the sentence in the user's language, the
reports and the command line keep the English.

>>> QT_TRANSLATE_NOOP("Fields", "Name")
'Name'
>>> untranslated("Story", "{count} units").format(count=3)
'3 units'
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["QT_TRANSLATE_NOOP", "Translate", "untranslated"]

#: ``translate(context, text)``: *text* (a template marked in *context*) in the reader's
#: language; its ``{fields}`` are filled after translation.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """*text*, unchanged: marks it as a text of *context* for the translation."""
    return text


def untranslated(context: str, text: str) -> str:
    """*text* as written (English): the :data:`Translate` of reports and the command line."""
    return text
