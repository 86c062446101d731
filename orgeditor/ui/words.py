"""The words of the file format's closed vocabularies (unit kinds, genders, presences, link
kinds) as the editor shows them: in the user's language, while the chart keeps the words of
SPEC (``office``, ``peacekeeping``). Link kinds read as the legend names them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orgeditor.render.diagram import legend_word

__all__ = ["word_label"]

#: The words in English (``word_label`` translates them).
_WORDS: dict[str, str] = {
    "office": str(QT_TRANSLATE_NOOP("Words", "office")),
    "department": str(QT_TRANSLATE_NOOP("Words", "department")),
    "division": str(QT_TRANSLATE_NOOP("Words", "division")),
    "service": str(QT_TRANSLATE_NOOP("Words", "service")),
    "section": str(QT_TRANSLATE_NOOP("Words", "section")),
    "unit": str(QT_TRANSLATE_NOOP("Words", "unit")),
    "team": str(QT_TRANSLATE_NOOP("Words", "team")),
    "mission": str(QT_TRANSLATE_NOOP("Words", "mission")),
    "board": str(QT_TRANSLATE_NOOP("Words", "board")),
    "body": str(QT_TRANSLATE_NOOP("Words", "body")),
    "fund": str(QT_TRANSLATE_NOOP("Words", "fund")),
    "female": str(QT_TRANSLATE_NOOP("Words", "female")),
    "male": str(QT_TRANSLATE_NOOP("Words", "male")),
    "unspecified": str(QT_TRANSLATE_NOOP("Words", "unspecified")),
    "peacekeeping": str(QT_TRANSLATE_NOOP("Words", "peacekeeping")),
    "special-political-mission": str(QT_TRANSLATE_NOOP("Words", "special political mission")),
    "regional-office": str(QT_TRANSLATE_NOOP("Words", "regional office")),
    "political-process-office": str(QT_TRANSLATE_NOOP("Words", "political process office")),
    "envoy-office": str(QT_TRANSLATE_NOOP("Words", "envoy's office")),
}


def word_label(word: str) -> str:
    """*word* of a vocabulary as the editor shows it ("office" -> "bureau" in French); a word
    it does not know (a rank such as ``ASG``, a link kind) as the legend shows it, or as is."""
    known = _WORDS.get(word)
    return QCoreApplication.translate("Words", known) if known is not None else legend_word(word)
