"""The Secretary-General's note of 11 September 2017, read into the passages the rules cite.

The note (:func:`orgeditor.resources.note_path`) numbers its paragraphs ``1.`` … ``15.``;
paragraph 8 has sub-paragraphs ``- a)`` … ``- d)`` and ¶8(b) a footnote ``¹``. Each is a
:class:`Passage` with a cite (``¶8(b)``) and an HTML anchor (``p8b``; the footnote ``p8b-fn1``).
:func:`paragraph` resolves a rule's cite string ("¶8(b) and its footnote", "¶8(d), ¶9") to
those passages; :func:`note_html` and :func:`note_markdown` give the whole note with anchors.

>>> [p.cite for p in paragraph("¶8(b) and its footnote")]
['¶8(b)', '¶8(b), footnote 1']
>>> paragraph("¶9")[0].text[:40]
'Central to the proposal is combining the'
>>> paragraph("no such paragraph")
[]
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from orgeditor.resources import note_path

__all__ = [
    "Note",
    "Passage",
    "load_note",
    "note_html",
    "note_markdown",
    "paragraph",
    "parse_note",
]

_PARAGRAPH = re.compile(r"^(\d+)\.\s+(.*)$")
_SUB = re.compile(r"^-\s*([a-z])\)\s+(.*)$")
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹"
_FOOTNOTE = re.compile(rf"^([{_FOOTNOTE_MARKS}])\s+(.*)$")
_SOURCE = "Source:"
_CITE = re.compile(r"¶\s*(\d+)\s*(?:\(\s*([a-z])\s*\))?")
_ENDS_SENTENCE = (".", ":", ";", "?", "!", "”", '"')


@dataclass(frozen=True, slots=True)
class Passage:
    """A numbered paragraph (``¶9``), the opening of a paragraph with sub-paragraphs (``¶8``),
    a sub-paragraph (``¶8(b)``) or a footnote (``¶8(b), footnote 1``)."""

    #: How the rules cite it: ``¶9``, ``¶8(b)``, ``¶8(b), footnote 1``.
    cite: str
    #: The HTML anchor (``id``) of the passage in :func:`note_html`: ``p9``, ``p8b``, ``p8b-fn1``.
    anchor: str
    #: The passage's text, without its number, on one line.
    text: str
    paragraph: int
    #: The sub-paragraph letter, "" for a paragraph.
    letter: str = ""
    #: The footnote's number, 0 unless the passage is a footnote.
    footnote: int = 0


@dataclass(frozen=True, slots=True)
class Note:
    """The note: its source line, and its blocks in order (headings as text, passages)."""

    source: str
    blocks: tuple[str | Passage, ...]

    @property
    def passages(self) -> tuple[Passage, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Passage))

    @property
    def title(self) -> str:
        """The note's first heading ("Note from the Secretary-General to Member States")."""
        return next((b for b in self.blocks if isinstance(b, str)), "")

    def paragraph(self, cite: str) -> list[Passage]:
        """The passages *cite* names, in the note's order (see :func:`paragraph`)."""
        wanted: list[Passage] = []
        passages = self.passages
        for match in _CITE.finditer(cite):
            number, letter = int(match.group(1)), match.group(2) or ""
            found = [
                p
                for p in passages
                if p.paragraph == number and not p.footnote and (not letter or p.letter == letter)
            ]
            if found and "footnote" in cite[match.end() :].split("¶", 1)[0]:
                cited = {p.letter for p in found}
                found += [p for p in passages if p.paragraph == number and p.footnote and p.letter in cited]
            wanted += [p for p in found if p not in wanted]
        order = {p.anchor: i for i, p in enumerate(passages)}
        return sorted(wanted, key=lambda p: order[p.anchor])


def _anchor(number: int, letter: str = "", footnote: int = 0) -> str:
    return f"p{number}{letter}" + (f"-fn{footnote}" if footnote else "")


def _cite(number: int, letter: str = "", footnote: int = 0) -> str:
    base = f"¶{number}" + (f"({letter})" if letter else "")
    return f"{base}, footnote {footnote}" if footnote else base


def parse_note(text: str) -> Note:
    """Read the note's text: numbered paragraphs, ``- a)`` sub-paragraphs, ``¹`` footnotes (each
    belongs to the passage whose text carries its mark), headings (short lines of their own).
    A line starting in lower case continues the passage before it (a page break in the
    source)."""
    source = ""
    blocks: list[str | Passage] = []
    current: dict[str, object] | None = None  # the passage being read
    number = 0

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(_passage(current))
            current = None

    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if not source and not blocks and current is None and line.startswith(_SOURCE):
            source = line[len(_SOURCE) :].strip()
            continue
        if m := _PARAGRAPH.match(line):
            close()
            number = int(m.group(1))
            current = {"paragraph": number, "letter": "", "footnote": 0, "text": m.group(2)}
        elif (m := _SUB.match(line)) and number:
            close()
            current = {"paragraph": number, "letter": m.group(1), "footnote": 0, "text": m.group(2)}
        elif (m := _FOOTNOTE.match(line)) and number:
            close()
            mark = m.group(1)
            owner = next(
                (b for b in reversed(blocks) if isinstance(b, Passage) and mark in b.text and not b.footnote),
                None,
            )
            current = {
                "paragraph": owner.paragraph if owner else number,
                "letter": owner.letter if owner else "",
                "footnote": _FOOTNOTE_MARKS.index(mark) + 1,
                "text": m.group(2),
            }
        elif current is not None and (line[0].islower() or not str(current["text"]).endswith(_ENDS_SENTENCE)):
            current["text"] = f"{current['text']} {line}"
        else:
            close()
            blocks.append(line)
    close()
    return Note(source, tuple(blocks))


def _passage(fields: dict[str, object]) -> Passage:
    number, letter = int(str(fields["paragraph"])), str(fields["letter"])
    footnote = int(str(fields["footnote"]))
    return Passage(
        _cite(number, letter, footnote),
        _anchor(number, letter, footnote),
        str(fields["text"]),
        number,
        letter,
        footnote,
    )


@cache
def load_note() -> Note:
    """The shipped note, read once."""
    return parse_note(note_path().read_text(encoding="utf-8"))


def paragraph(cite: str) -> list[Passage]:
    """The passages of the note that a rule's *cite* names, in the note's order.

    Every ``¶N`` or ``¶N(x)`` in *cite* counts ("¶8(d), ¶9" gives two); ``¶8`` is the
    paragraph's opening and its sub-paragraphs; "footnote" after a cite adds that passage's
    footnotes ("¶8(b) and its footnote"). A cite naming nothing the note has ("—", "¶99") gives
    an empty list, never an exception; so does a note that cannot be read.
    """
    return list(_cited(cite))


@lru_cache(maxsize=512)
def _cited(cite: str) -> tuple[Passage, ...]:
    """:func:`paragraph`, kept per cite: rules cite a few dozen paragraphs, and the checks dock
    asks for each finding's on every change."""
    try:
        note = load_note()
    except OSError:
        return ()
    return tuple(note.paragraph(cite))


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _inline_bold(text: str) -> str:
    """The note's ``**bold**`` names, as HTML."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)


def note_markdown() -> str:
    """The whole note as Markdown, each passage opening with its anchor
    (``<a id="p8b"></a>``) and its number in bold."""
    note = load_note()
    out: list[str] = []
    first = True
    for block in note.blocks:
        if isinstance(block, str):
            out.append(("# " if first else "## ") + _md_escape(block))
            first = False
            continue
        label = f"{block.paragraph}." if not block.letter else f"({block.letter})"
        if block.footnote:
            label = f"{_FOOTNOTE_MARKS[block.footnote - 1]}"
        text = block.text.replace("**", "\0")
        body = _md_escape(text).replace("\0", "**")
        indent = "> " if block.letter or block.footnote else ""
        out.append(f'{indent}<a id="{block.anchor}"></a>**{label}** {body}')
    if note.source:
        out.append(f"*Source: {_md_escape(note.source)}*")
    return "\n\n".join(out) + "\n"


def note_html() -> str:
    """The whole note as a small HTML document (for a rich-text viewer): each passage a ``<p>``
    with its anchor as ``id`` (``id="p8b"``) and an ``<a name>`` for viewers that scroll to
    names only (Qt's ``QTextBrowser.scrollToAnchor``)."""
    note = load_note()
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{html.escape(note.title)}</title></head><body>",
    ]
    first = True
    for block in note.blocks:
        if isinstance(block, str):
            tag = "h1" if first else "h2"
            out.append(f"<{tag}>{html.escape(block)}</{tag}>")
            first = False
            continue
        label = f"{block.paragraph}." if not block.letter else f"{block.letter})"
        if block.footnote:
            label = _FOOTNOTE_MARKS[block.footnote - 1]
        style = ' style="margin-left: 2em"' if block.letter or block.footnote else ""
        out.append(
            f'<p id="{block.anchor}"{style}><a name="{block.anchor}"></a>'
            f"<b>{html.escape(label)}</b> {_inline_bold(block.text)}</p>"
        )
    if note.source:
        out.append(f"<p><i>Source: {html.escape(note.source)}</i></p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
