"""Checks on free text a chart holds: names, notes, reasons."""

from __future__ import annotations

from collections.abc import Sequence

from orgeditor.model.display import printable
from orgeditor.model.errors import ChartError
from orgeditor.model.limits import MAX_LONG_TEXT, MAX_TEXT
from orgeditor.model.vocabulary import CONTROL_CHARACTER

__all__ = ["check_text"]


def check_text(
    owner: str, *texts: str | None, limit: int = MAX_TEXT, long: Sequence[str | None] = ()
) -> None:
    """Refuse text holding control characters (they do not survive a file or a display), and
    text longer than *limit* characters (those in *long*: :data:`MAX_LONG_TEXT`)."""
    for text, most in [(t, limit) for t in texts] + [(t, MAX_LONG_TEXT) for t in long]:
        if text is None:
            continue
        if CONTROL_CHARACTER.search(text):
            raise ChartError(f"text of {owner} holds a control character: {printable(text[:60])!r}")
        if len(text) > most:
            raise ChartError(f"a text of {owner} is {len(text):,} characters long; the limit is {most:,}")
