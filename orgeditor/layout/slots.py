"""Where a card hangs from its managers: the part of a layout that routing and edits keep."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SLOT_KINDS", "Slot"]

#: ``root``: no manager shown; ``row``: under a bus from its managers; ``column``: stacked,
#: entered from the side by a spine; ``assistant``: beside its chief's trunk; ``free``: placed
#: by hand or wherever there was room (an elbow route).
SLOT_KINDS = ("root", "row", "column", "assistant", "free")


@dataclass(frozen=True, slots=True)
class Slot:
    """How a card hangs: *kind* (see :data:`SLOT_KINDS`), the *managers* whose lines to it are
    drawn by that arrangement (two for a unit shared between sibling managers) and, for a
    column or an assistant, *spine*: the x of the vertical line it hangs from, relative to the
    card's centre (so a card keeps its spine wherever it is moved)."""

    kind: str
    managers: tuple[str, ...]
    spine: float = 0.0
