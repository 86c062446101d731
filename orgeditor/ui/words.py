"""The words of the file format's closed vocabularies (unit kinds, genders, presences, link
kinds) as the editor shows them: in the user's language, while the chart keeps the words of
SPEC (``office``, ``peacekeeping``). Link kinds read as the legend names them, head ranks as
the cards write them (``ASG`` is *SSG* in French), funding sources as the post tables head them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orgeditor.model.vocabulary import funding_label
from orgeditor.render.diagram import legend_word
from orgeditor.render.painting import RANK_WORDS, rank_word

__all__ = ["QT_GAPS", "funding_word", "word_label"]

#: Texts of Qt's own file dialog that PySide6's ``qtbase_fr.qm`` lacks: Qt 6 gave the labels a
#: mnemonic ("&Look in:"), the French file still translates "Look in:". orgeditor's translation,
#: installed after Qt's and asked first, fills the gap (the .ts holds them under QFileDialog).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

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

#: The funding sources SPEC names (a chart may declare others: shown as written).
_FUNDING: dict[str | None, str] = {
    "regular-budget": str(QT_TRANSLATE_NOOP("Words", "regular budget")),
    "support-account": str(QT_TRANSLATE_NOOP("Words", "support account")),
    "extrabudgetary": str(QT_TRANSLATE_NOOP("Words", "extrabudgetary")),
    None: str(QT_TRANSLATE_NOOP("Words", "unspecified source")),
}


def funding_word(source: str | None) -> str:
    """A funding source as words in the editor's language ("regular-budget" -> "budget
    ordinaire" in French); a source of the chart's own as :func:`funding_label` writes it."""
    known = _FUNDING.get(source)
    return QCoreApplication.translate("Words", known) if known is not None else funding_label(source)


def word_label(word: str) -> str:
    """*word* of a vocabulary as the editor shows it ("office" -> "bureau" in French); a word
        it does not know as the cards write it (a rank: ``ASG`` -> ``SSG``), as the legend shows it
    (a link kind), or as is (a grade: ``P-5``)."""
    known = _WORDS.get(word)
    if known is not None:
        return QCoreApplication.translate("Words", known)
    return rank_word(word) if word in RANK_WORDS else legend_word(word)
