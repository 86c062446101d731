"""What the chart view's legend lists, counted as the scene changes instead of recounted.

The legend names the scopes of the reporting lines shown, the department units, the sets of
departments that split a card's band, and whether a shown card belongs to no department.
Recounting those over every card on each edit costs tens of milliseconds at 20,000 units;
:class:`LegendTally` is told what each edit added and removed and answers in O(1) or in the
size of its answer.

>>> tally = LegendTally()
>>> tally.card("asg", "office", ("dppa", "dpo")); tally.card("dppa", "department", ("dppa",))
>>> tally.card("sg", "office", ())
>>> tally.line_added("all"); tally.line_added("mission")
>>> tally.scopes(), tally.departments(), tally.shared(), tally.unassigned(hidden=set())
(['all', 'mission'], ['dppa'], [('dppa', 'dpo')], True)
>>> tally.unassigned(hidden={"sg"}), tally.drop("asg"), tally.shared()
(False, None, [])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set

__all__ = ["LegendTally"]

DEPARTMENT = "department"
Departments = tuple[str, ...]


class LegendTally:
    """Counts of the scene's lines by scope and of its cards by kind and departments."""

    __slots__ = ("_departments", "_kind", "_of", "_scopes", "_sets", "_unassigned")

    def __init__(self) -> None:
        self._scopes: Counter[str] = Counter()
        self._of: dict[str, Departments] = {}  # card -> its departments
        self._kind: dict[str, str] = {}  # card -> its unit's kind
        self._sets: Counter[Departments] = Counter()  # only sets of two or more departments
        self._unassigned: set[str] = set()  # cards in no department
        self._departments: dict[str, None] = {}  # department cards, in the order first met

    def clear(self) -> None:
        for store in (self._scopes, self._of, self._kind, self._sets, self._unassigned, self._departments):
            store.clear()

    # ------------------------------------------------------------------ lines

    def line_added(self, scope: str) -> None:
        self._scopes[scope] += 1

    def line_removed(self, scope: str) -> None:
        self._scopes[scope] -= 1
        if self._scopes[scope] <= 0:
            del self._scopes[scope]

    def scopes(self) -> list[str]:
        """The scopes of the lines shown (in the order first met)."""
        return list(self._scopes)

    # ------------------------------------------------------------------ cards

    def card(self, unit_id: str, kind: str | None = None, departments: Departments | None = None) -> None:
        """Record a card's unit *kind* and its *departments* (None: unchanged)."""
        if kind is not None and self._kind.get(unit_id) != kind:
            self._kind[unit_id] = kind
            if kind == DEPARTMENT:
                self._departments[unit_id] = None
            else:
                self._departments.pop(unit_id, None)
        if departments is not None and self._of.get(unit_id) != departments:
            self._forget_departments(unit_id)
            self._of[unit_id] = departments
            if len(departments) > 1:
                self._sets[departments] += 1
            elif not departments:
                self._unassigned.add(unit_id)

    def drop(self, unit_id: str) -> None:
        """Forget a card that left the scene."""
        self._forget_departments(unit_id)
        self._kind.pop(unit_id, None)
        self._departments.pop(unit_id, None)

    def _forget_departments(self, unit_id: str) -> None:
        old = self._of.pop(unit_id, None)
        if old is None:
            return
        if len(old) > 1:
            self._sets[old] -= 1
            if self._sets[old] <= 0:
                del self._sets[old]
        elif not old:
            self._unassigned.discard(unit_id)

    def departments(self) -> list[str]:
        """The department cards, in the order first met."""
        return list(self._departments)

    def shared(self) -> list[Departments]:
        """The sets of departments some card belongs to together (a split band)."""
        return list(self._sets)

    def unassigned(self, hidden: Set[str]) -> bool:
        """Whether a card not in *hidden* belongs to no department."""
        return any(unit_id not in hidden for unit_id in self._unassigned)
