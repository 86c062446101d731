"""Text that came from a file, made safe to show on a terminal or in a dialog.

Ids, keys, file names and excerpts echoed in messages may hold control characters (an ESC
that starts a terminal sequence, a CR that overwrites the line, a bidi override that reorders
it). :func:`printable` escapes each as ``\\xNN`` / ``\\uNNNN`` so a message shows what the file
holds without acting on the screen; :func:`excerpt` also shortens it.

>>> printable("dppa\\x1b[2Jx\\r")
'dppa\\\\x1b[2Jx\\\\r'
>>> printable("Départ")
'Départ'
>>> excerpt("x" * 100, 10)
'xxxxxxxxxx…'
"""

from __future__ import annotations

import re

__all__ = ["UNSAFE_CHARACTER", "excerpt", "printable"]

#: C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and
#: isolates (the plain direction marks of Arabic or Hebrew names pass), the byte-order mark and
#: non-characters that terminals mishandle, and lone surrogates (an undecodable byte of a file
#: name, which a strict stream could not even write).
UNSAFE_CHARACTER = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    # C0 controls as \\xNN (as a terminal user knows them); the rest as \\uNNNN, which is
    # also a valid escape inside a JSON string
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def printable(text: object, *, keep: str = "") -> str:
    """``str(text)`` with every control or reordering character escaped (one line, inert);
    characters in *keep* (such as ``"\\n\\t"``) are left as they are."""
    value = str(text)
    if UNSAFE_CHARACTER.search(value) is None:
        return value
    if keep:
        return UNSAFE_CHARACTER.sub(lambda m: m.group() if m.group() in keep else _escape(m), value)
    return UNSAFE_CHARACTER.sub(_escape, value)


def excerpt(text: object, limit: int = 60) -> str:
    """At most *limit* characters of *text* (then ``…``), escaped by :func:`printable`."""
    value = str(text)
    short = value[:limit] + "…" if len(value) > limit else value
    return printable(short)
