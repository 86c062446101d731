"""The note the rules cite, shipped as a resource and read into passages with anchors."""

from __future__ import annotations

import re

import pytest

from orgeditor.resources import note_path, rulebook_path
from orgeditor.rules import builtin_rulebooks, load_rulebook
from orgeditor.rules.note import load_note, note_html, note_markdown, paragraph, parse_note

_ONE_CITE = re.compile(r"¶\s*\d+(?:\([a-z]\))?")


def _shipped_cites() -> list[str]:
    cites = {rule.cite for name in builtin_rulebooks() for rule in load_rulebook(rulebook_path(name)).rules}
    return sorted(c for c in cites if c)


def test_the_note_ships_with_a_source_line() -> None:
    text = note_path().read_text(encoding="utf-8")
    assert text.startswith("Source: ")
    note = load_note()
    assert "11 September 2017" in note.source
    assert note.title == "Note from the Secretary-General to Member States"


def test_paragraphs_and_sub_paragraphs_are_numbered_as_in_the_note() -> None:
    cites = [p.cite for p in load_note().passages]
    assert cites[:8] == ["¶1", "¶2", "¶3", "¶4", "¶5", "¶6", "¶7", "¶8"]
    assert cites[8:13] == ["¶8(a)", "¶8(b)", "¶8(c)", "¶8(d)", "¶8(b), footnote 1"]
    assert cites[-1] == "¶15"
    assert len(cites) == 15 + 4 + 1


def test_a_page_break_continues_the_passage() -> None:
    (a,) = paragraph("¶8(a)")
    assert "play a catalytic role towards integrated responses" in a.text
    assert a.text.endswith("peace/security issues as authorized.")
    (twelve,) = paragraph("¶12")
    assert "peace and security mandates. This should include" in twelve.text


@pytest.mark.parametrize("cite", _shipped_cites())
def test_every_cite_of_the_shipped_rulebooks_resolves(cite: str) -> None:
    if "¶" not in cite:  # "—": the rule cites nothing in the note
        assert paragraph(cite) == []
        return
    passages = paragraph(cite)
    assert passages
    assert all(p.text.strip() for p in passages)
    for one in _ONE_CITE.findall(cite):
        assert paragraph(one), one
    if "footnote" in cite:
        assert any(p.footnote for p in passages)


def test_cites_resolve_to_the_passages_they_name() -> None:
    assert [p.anchor for p in paragraph("¶8(b) and its footnote")] == ["p8b", "p8b-fn1"]
    assert [p.anchor for p in paragraph("¶8(d), ¶9")] == ["p8d", "p9"]
    assert [p.anchor for p in paragraph("¶8(a), ¶9")] == ["p8a", "p9"]
    assert paragraph("¶5")[0].text.startswith("Member States have encouraged me")
    assert "It is intended to be cost-neutral" in paragraph("¶5")[0].text
    assert "High-Level Advisory Board on Mediation" in paragraph("¶11")[0].text
    footnote = paragraph("¶8(b), footnote")[-1]
    assert footnote.text.startswith("Excluding regional offices")
    assert [p.anchor for p in paragraph("¶8")] == ["p8", "p8a", "p8b", "p8c", "p8d"]
    assert [p.anchor for p in paragraph("¶9, ¶9")] == ["p9"]


@pytest.mark.parametrize("cite", ["", "—", "¶99", "¶8(e)", "¶", "paragraph 9", "¶0", "x" * 10_000])
def test_unknown_cites_give_nothing(cite: str) -> None:
    assert paragraph(cite) == []


def test_html_and_markdown_carry_every_anchor() -> None:
    page, text = note_html(), note_markdown()
    for passage in load_note().passages:
        assert f'id="{passage.anchor}"' in page
        assert f'<a id="{passage.anchor}"></a>' in text
    assert "<b>Department of Political and Peacebuilding Affairs (DPPA)</b>" in page
    assert "<h1>Note from the Secretary-General to Member States</h1>" in page
    assert text.startswith("# Note from the Secretary-General to Member States\n")
    assert "**Department of Political and Peacebuilding Affairs (DPPA)**" in text


def test_parse_note_reads_a_small_text() -> None:
    note = parse_note(
        "Source: made up\n\nA title\n\n1. First. Mark.²\n\n- a) Sub\nparagraph.\n\n² The footnote.\n\nEnd\n"
    )
    assert note.source == "made up"
    assert [b if isinstance(b, str) else b.cite for b in note.blocks] == [
        "A title",
        "¶1",
        "¶1(a)",
        "¶1, footnote 2",
        "End",
    ]
    assert note.passages[1].text == "Sub paragraph."
    assert note.paragraph("¶1 and its footnote")[-1].text == "The footnote."
