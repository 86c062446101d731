"""The chart scene: follows the chart's notifications and keeps id → item maps.

The scene never writes the model. User gestures become signals (``move_finished``,
``reparent_requested``, ``connect_requested``, ``rename_requested``) that the window turns into
commands; the commands change the chart, and the notifications update only what changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from orgeditor.layout import LayoutResult
from orgeditor.layout.fallback import fallback_layout
from orgeditor.layout.freeze import collapsed_branches
from orgeditor.layout.sketch import Former
from orgeditor.model import SCOPES, ChangeKind, Chart, ChartChange, Group, Link
from orgeditor.render.painting import CARD_SIZE, card_tiers, department_map, departments_of
from orgeditor.render.theme import Theme, get_theme, theme_for_chart
from orgeditor.ui.items import CardItem, GroupItem, LineItem, LinkItem, MemberLineItem, retheme
from orgeditor.ui.legend_tally import LegendTally
from orgeditor.ui.overview import Overview, pick_slack
from orgeditor.ui.placement import (
    arrow_target,
    chain_lines,
    edge_point,
    elbow_route,
    line_end_offset,
    member_route_in,
    spot_near_manager,
    unindexed,
)

__all__ = ["ChartScene"]

Point = tuple[float, float]
LineKey = tuple[str, str, str]
#: Former places remembered per card.
MEMORY = 8
#: How opaque cards are drawn while they are dragged (the card under them shows through).
LIFTED_OPACITY = 0.55
_SCOPE_SHIFT = {"all": 0.0, "mission": 7.0, "non-mission": -7.0}


class ChartScene(QGraphicsScene):
    """Cards, reporting lines, links and groups of one chart."""

    rename_requested = Signal(str)
    reparent_requested = Signal(str, str)
    connect_requested = Signal(str, str)
    move_finished = Signal(object, object)
    content_changed = Signal()
    badges_changed = Signal()

    def __init__(self, theme: Theme | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base_theme = self.theme = theme or get_theme("screen")
        self.chart: Chart | None = None
        self.cards: dict[str, CardItem] = {}
        self.lines: dict[LineKey, LineItem] = {}
        self.links: dict[Link, LinkItem] = {}
        self.groups: dict[str, GroupItem] = {}
        self.members: dict[tuple[str, str], MemberLineItem] = {}
        self._member_routes: dict[tuple[str, str], tuple[tuple[QRectF, QRectF], list[Point]]] = {}
        self.placement = LayoutResult()
        #: cards shown before the layout placed them (a new unit waiting for the layout)
        self._provisional: dict[str, Point] = {}
        #: places cards had before an edit moved or deleted them (an undo puts them back)
        self._memory: dict[str, list[Former]] = {}
        self.hidden: set[str] = set()
        #: what the last structure refresh showed: hidden units, folded counts, pinned units
        self._structure_state: tuple[set[str], dict[str, int], set[str]] | None = None
        #: the highlighted cards (trace and search)
        self._lit: set[str] = set()
        self._departments: dict[str, tuple[str, ...]] = {}
        #: what the legend lists, counted as cards and lines come and go
        self.tally = LegendTally()
        self.connect_mode = False
        self._lines_of: dict[str, set[LineKey]] = {}
        self._traced: set[LineKey] = set()  # the lines drawn highlighted
        self._severity: dict[str, str] = {}
        self._trace: tuple[str, tuple[str, ...]] | None = None  # unit, scopes
        self._search: set[str] = set()
        self._drag_start: dict[str, QPointF] = {}
        #: the card under a dragged card (its id), and whether a drop there is accepted
        self._drop_under: tuple[str, bool] | None = None
        self._drop_target: str | None = None  # the card drawn as the drop target
        #: the cards being dragged, drawn see-through so that the card under them shows
        self._lifted: list[CardItem] = []
        self._connect_from: str | None = None
        self._connect_line: QGraphicsLineItem | None = None
        self.setBackgroundBrush(self._colour(self.theme.background))
        self.overview = Overview(self, self, self, self.theme)

    def addItem(self, item: QGraphicsItem) -> None:  # noqa: N802
        super().addItem(item)
        self.overview.adopt(item)

    @staticmethod
    def _colour(value: str) -> QColor:
        return QColor(value)

    # ------------------------------------------------------------------ chart

    def set_chart(self, chart: Chart, placement: LayoutResult | None = None) -> None:
        """Show *chart* (replacing what was shown) and follow its changes."""
        if self.chart is not None:
            self.chart.unsubscribe(self._on_changes)
        self.clear()
        self.theme = theme_for_chart(self.base_theme, chart)  # its departments' colours differ
        self.overview.reset(self.theme)
        self._traced.clear()
        for store in (self.cards, self.lines, self.links, self.groups, self.members, self._member_routes):
            store.clear()
        self._lines_of.clear()
        self.tally.clear()
        self._severity.clear()
        self._trace, self._search = None, set()
        self._drop_under = self._drop_target = None
        self._lifted = []
        self.chart = chart
        self.placement = placement or fallback_layout(chart)
        self._provisional.clear()
        self._memory.clear()
        chart.subscribe(self._on_changes)
        with unindexed(self):  # thousands of items placed at once: index them once, at the end
            for unit in chart:
                card = CardItem(unit, self.theme)
                self.cards[unit.id] = card
                self.tally.card(unit.id, unit.kind)
                self.addItem(card)
            for unit_id in chart.units:
                self.cards[unit_id].setPos(self._wanted_position(unit_id))
            for unit_id in chart.units:
                self._sync_lines_of(unit_id)
            self._structure_state = None
            self._refresh_structure()
            self._rebuild_links()
        self._rebuild_groups()
        self.fit_scene_rect()
        self.overview.invalidate()
        self.content_changed.emit()

    def detach(self) -> None:
        """Stop following the chart (before the window closes)."""
        if self.chart is not None:
            self.chart.unsubscribe(self._on_changes)
            self.chart = None

    def apply_placement(self, placement: LayoutResult, previous: LayoutResult | None = None) -> None:
        """Use a fresh auto layout for every card without a saved position: only the cards it
        moves and the lines whose route differs from *previous* (default: the placement shown
        until now) are touched (an edit moves a few)."""
        old, self.placement = previous or self.placement, placement
        chart = self.chart
        if chart is None:
            return
        new = placement.positions
        moved = [
            u
            for u in self.cards
            if chart.position(u) is None and (old.positions.get(u) != new.get(u) or u in self._provisional)
        ]
        for unit_id in new:
            self._provisional.pop(unit_id, None)
        for unit_id, at in old.positions.items():  # moved by the edit: remember where it was
            before, after = old.slots.get(unit_id), placement.slots.get(unit_id)
            if unit_id in new and (
                new[unit_id] != at or (before and after and before.managers != after.managers)
            ):
                self._remember(unit_id, old)
        many = len(moved) > 500
        with unindexed(self) if many else contextlib.nullcontext():
            for unit_id in moved:
                self.cards[unit_id].setPos(self._wanted_position(unit_id))
            # every line of a unit with a line to a moved card: a unit's several lines end side by
            # side in the order of their managers
            near = {key[0] for unit_id in moved for key in self._lines_of.get(unit_id, ())}
            ends = {key for unit_id in near for key in self._lines_of.get(unit_id, ()) if key[0] == unit_id}
            rerouted = {k for k, route in placement.routes.items() if old.routes.get(k) != route}
            self._reroute(ends | rerouted)
            self._rebuild_links()
        self._rebuild_groups()
        if many and placement.bounds is not None:  # measuring every item takes long
            self.setSceneRect(QRectF(*placement.bounds).adjusted(-400, -300, 400, 300))
        else:
            self.fit_scene_rect(None if many else moved)
        self.overview.invalidate(None if many else {*moved, *near, *(key[0] for key in rerouted)})
        self.content_changed.emit()

    def fit_scene_rect(self, grown_by: Iterable[str] | None = None) -> None:
        """Fit the scrollable area to the items; with *grown_by*, only grow it to hold those cards."""
        if grown_by is None:
            self.setSceneRect(self.itemsBoundingRect().adjusted(-400, -300, 400, 300))
            return
        rect = self.sceneRect()
        for unit_id in grown_by:
            card = self.cards.get(unit_id)
            if card is not None:
                rect = rect.united(card.sceneBoundingRect().adjusted(-400, -300, 400, 300))
        self.setSceneRect(rect)

    def where(self, unit_id: str) -> Point:
        """Where the card of *unit_id* is placed (its saved position, else the layout's)."""
        saved = self.chart.position(unit_id) if self.chart is not None else None  # None: detached
        if saved is None:
            saved = self.placement.positions.get(unit_id) or self._provisional.get(unit_id)
        return saved if saved is not None else (0.0, 0.0)

    def highlighted(self) -> set[str]:
        return self._lit

    def lines_of(self, unit_id: str) -> Iterable[LineKey]:
        """The keys of the reporting lines shown from or to *unit_id* (none: an empty set)."""
        return self._lines_of.get(unit_id, ())

    def _wanted_position(self, unit_id: str) -> QPointF:
        assert self.chart is not None
        saved = self.chart.position(unit_id)
        if saved is None:
            saved = self.placement.positions.get(unit_id) or self._provisional.get(unit_id)
        if saved is None:  # until the layout places it (not part of the layout shown)
            saved = self._provisional[unit_id] = spot_near_manager(self, self.chart, self.cards, unit_id)
        return QPointF(*saved)

    @property
    def former_places(self) -> Mapping[str, Sequence[Former]]:
        """The places cards had before edits moved or deleted them (live: copy it before
        handing it to another thread, as :meth:`LayoutRunner.request` does)."""
        return self._memory

    def _remember(self, unit_id: str, layout: LayoutResult) -> None:
        at, slot = layout.positions.get(unit_id), layout.slots.get(unit_id)
        if at is not None and slot is not None:
            places = self._memory.setdefault(unit_id, [])
            places.append((frozenset(slot.managers), at, slot))
            del places[:-MEMORY]

    # ----------------------------------------------------------- notifications

    def _on_changes(self, changes: Sequence[ChartChange]) -> None:
        chart = self.chart
        if chart is None:
            return
        units: set[str] = set()
        structure = links = groups = False
        layout_ids: set[str] = set()
        layout_all = False
        for change in changes:
            kind = change.kind
            if kind in (ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED, ChangeKind.UNIT_CHANGED):
                units.update(change.ids)
                structure = structure or change.reshapes
            elif kind.is_link:
                links = True
            elif kind.is_group:
                groups = True
            elif kind is ChangeKind.LAYOUT_CHANGED:
                layout_ids.update(change.ids)
                layout_all = layout_all or not change.ids
        kinds = {c.unit.kind for u in units if (c := self.cards.get(u))} | {
            chart.units[u].kind for u in units & chart.units.keys()
        }
        for unit_id in sorted(units, key=lambda u: u in chart.units):
            if unit_id in chart.units:
                self._sync_card(unit_id)
            else:
                self._drop_card(unit_id)
        if "department" in kinds:  # departments come, go or change: their colours may too
            self._retheme()
        moved = set(self.cards) if layout_all else {u for u in layout_ids if u in self.cards}
        if moved:
            for unit_id in moved:
                self.cards[unit_id].setPos(self._wanted_position(unit_id))
        for unit_id in units:
            if unit_id in chart.units:
                self._sync_lines_of(unit_id)
        hidden_before = self.hidden
        restyled: set[str] = set()
        if structure or layout_ids or layout_all:
            restyled = self._refresh_structure(None if layout_all else units | layout_ids)
        self._reroute({k for u in moved | units for k in self._lines_of.get(u, ())})
        # A reshaping edit that folds nothing in or out touches only the changed units' links
        # and group lines; anything else may touch them all.
        everything = bool(moved) or self.hidden != hidden_before
        if links or everything:
            self._rebuild_links()
        elif structure:
            self._rebuild_links(units)
        if groups or everything:
            self._rebuild_groups()
        elif structure:
            self._rebuild_groups(units)
        elif units:
            for item in self.groups.values():
                item.update()
        if structure or moved:
            self.fit_scene_rect(None if layout_all else moved | units)
        if structure or moved or links or groups:  # a rename changes nothing drawn far out
            again = None if layout_all or self.hidden != hidden_before else units | moved | restyled
            self.overview.invalidate(again, extras=links or groups or everything)
        self.content_changed.emit()

    def _retheme(self) -> None:
        assert self.chart is not None
        theme = theme_for_chart(self.base_theme, self.chart)
        if theme.department_colours != self.theme.department_colours:
            self.theme = theme
            stores = (self.cards, self.lines, self.links, self.members, self.groups)
            retheme([item for store in stores for item in store.values()], theme)
            self.overview.set_theme(theme)

    def _sync_card(self, unit_id: str) -> None:
        assert self.chart is not None
        unit = self.chart.unit(unit_id)
        card = self.cards.get(unit_id)
        if card is None:
            card = CardItem(unit, self.theme)
            self.cards[unit_id] = card
            self.addItem(card)
            card.setPos(self._wanted_position(unit_id))
        else:
            card.set_state(unit=unit)
        self.tally.card(unit_id, unit.kind)

    def _drop_card(self, unit_id: str) -> None:
        card = self.cards.pop(unit_id, None)
        if card is not None:
            self.removeItem(card)
        self.tally.drop(unit_id)
        for key in list(self._lines_of.get(unit_id, ())):
            self._drop_line(key)
        self._lines_of.pop(unit_id, None)
        self._provisional.pop(unit_id, None)
        self._remember(unit_id, self.placement)
        self.placement.positions.pop(unit_id, None)

    def _drop_line(self, key: LineKey) -> None:
        item = self._unkey_line(key)
        if item is not None:
            self.removeItem(item)

    def _unkey_line(self, key: LineKey) -> LineItem | None:
        """Forget *key* (a line shown); returns its item, still in the scene."""
        item = self.lines.pop(key, None)
        if item is not None:
            self.tally.line_removed(key[2])
        for end in key[:2]:
            keys = self._lines_of.get(end)
            if keys is not None:
                keys.discard(key)
        return item

    def _sync_lines_of(self, unit_id: str) -> None:
        """Make the line items of *unit_id*'s own reporting lines match the model."""
        assert self.chart is not None
        unit = self.chart.unit(unit_id)
        wanted = {(unit_id, line.to, line.scope) for line in unit.reports_to}
        current = {k for k in self._lines_of.get(unit_id, set()) if k[0] == unit_id}
        stale = sorted(current - wanted)
        for key in sorted(wanted - current):
            if key[1] not in self.cards:
                continue
            # A line moved to another manager keeps its item, re-keyed: adding an item to a
            # scene of many thousands costs milliseconds.
            old = next((k for k in stale if k[2] == key[2]), None)
            item = self._unkey_line(old) if old is not None else None
            if old is not None:
                stale.remove(old)
            if item is not None:
                item.key = key
                item.set_label_point(None)
            else:
                item = LineItem(*key, self.theme)
                self.addItem(item)
            item.set_highlighted(key in self._traced)
            self.lines[key] = item
            self.tally.line_added(key[2])
            for end in key[:2]:
                self._lines_of.setdefault(end, set()).add(key)
        for key in stale:
            self._drop_line(key)
        self._reroute({k for k in self._lines_of.get(unit_id, ()) if k[0] == unit_id})

    # ---------------------------------------------------------------- derived

    def _refresh_structure(self, changed: Iterable[str] | None = None) -> set[str]:
        """Tiers, departments, folded branches, pins and highlights of the cards: with *changed*
        (what an edit touched), only cards below those or whose state differs; else every card."""
        chart = self.chart
        assert chart is not None
        layout = chart.layout
        hidden, folded = collapsed_branches(chart)
        pinned = set(layout.pinned)
        lit = self._highlighted_units()
        previous = self._structure_state
        if changed is None or previous is None:
            self._departments = department_map(chart)
            visit: Iterable[str] = list(self.cards)
        else:
            old_hidden, old_folded, old_pinned = previous
            changed = set(changed)
            affected, shown = chart.units_below(changed), self._departments  # kept, patched
            for unit_id in affected | changed:
                shown.pop(unit_id, None)
            # a memo of this pass's own: the hierarchy keeps in it only answers no cycle cut
            # short, where the map shown holds every answer (and would be trusted as a memo)
            walks: dict[str, tuple[str, ...]] = {}
            for unit_id in affected:
                shown[unit_id] = departments_of(chart, unit_id, walks)
            refolded = {u for u in old_folded.keys() | folded.keys() if old_folded.get(u) != folded.get(u)}
            differ = (hidden ^ old_hidden) | refolded | (pinned ^ old_pinned) | (lit ^ self._lit)
            visit = (affected | differ) & self.cards.keys()
        departments = self._departments
        visit = list(visit)
        tiers = card_tiers(chart, visit)  # a unit's tier changes only with the lines above it
        for unit_id in visit:
            card = self.cards[unit_id]
            self.tally.card(unit_id, departments=departments.get(unit_id, ()))
            card.set_state(
                tier=tiers.get(unit_id, card.tier),
                departments=departments.get(unit_id, ()),
                hidden_reports=folded.get(unit_id, 0),
                pinned=unit_id in pinned,
                severity=self._severity.get(unit_id),
                highlighted=unit_id in lit,
            )
            card.setVisible(unit_id not in hidden)
        if previous is None or hidden != previous[0]:
            for key, item in self.lines.items():
                item.setVisible(key[0] not in hidden and key[1] not in hidden)
        self.hidden = hidden
        self._structure_state = (hidden, folded, pinned)
        self._lit = lit
        self._refresh_trace_lines()
        self.overview.refresh_on_top()
        return set(visit)

    def _reroute(self, keys: Iterable[LineKey]) -> None:
        for key in keys:
            item = self.lines.get(key)
            if item is not None:
                item.set_points(self._route(key))

    def _route(self, key: LineKey) -> list[Point]:
        assert self.chart is not None
        unit_id, manager_id, scope = key
        unit_card, manager_card = self.cards[unit_id], self.cards[manager_id]
        auto = self.placement.routes.get(key)
        if auto and self._at_auto(unit_id) and self._at_auto(manager_id):
            return auto
        lines = self.chart.unit(unit_id).reports_to
        xs = [self.cards[line.to].pos().x() if line.to in self.cards else 0.0 for line in lines]
        end_dx = line_end_offset(lines, xs, manager_id, scope)
        return elbow_route(
            manager_card.rect(), unit_card.rect(), end_dx=end_dx, mid_shift=_SCOPE_SHIFT[scope]
        )

    def _at_auto(self, unit_id: str) -> bool:
        auto = self.placement.positions.get(unit_id)
        pos = self.cards[unit_id].pos()
        return auto is not None and abs(auto[0] - pos.x()) < 0.5 and abs(auto[1] - pos.y()) < 0.5

    def _rebuild_links(self, only: set[str] | None = None) -> None:
        """Make the link items match the chart: all of them, or those of the units *only*."""
        assert self.chart is not None

        def concerned(link: Link) -> bool:
            return only is None or link.source in only or link.target in only

        cards = self.cards
        wanted = [
            lk for lk in self.chart.links if lk.source in cards and lk.target in cards and concerned(lk)
        ]
        for link in {lk for lk in self.links if concerned(lk)} - set(wanted):
            self.removeItem(self.links.pop(link))
        for link in wanted:
            item = self.links.get(link)
            if item is None:
                item = self.links[link] = LinkItem(link, self.theme)
                self.addItem(item)
            item.set_points(self._link_route(link))
            key = (link.source, link.target, link.kind)
            auto = self._at_auto(link.source) and self._at_auto(link.target)
            item.label_point = self.placement.label_points.get(key) if auto else None
            item.setVisible(link.source not in self.hidden and link.target not in self.hidden)

    def _link_route(self, link: Link) -> list[Point]:
        source, target = self.cards[link.source], self.cards[link.target]
        key = (link.source, link.target, link.kind)
        auto = self.placement.link_routes.get(key)
        if auto and self._at_auto(link.source) and self._at_auto(link.target):
            return auto
        s, t = source.pos(), target.pos()
        return [edge_point(source.rect(), (t.x(), t.y())), edge_point(target.rect(), (s.x(), s.y()))]

    def _rebuild_groups(self, only: set[str] | None = None) -> None:
        """Make the group items match the chart: all groups, or those with a member in *only*."""
        assert self.chart is not None
        chart_groups: Mapping[str, Group] = self.chart.groups
        if only is not None:
            chart_groups = {g.id: g for g in chart_groups.values() if not only.isdisjoint(g.members)}
        else:
            for group_id in set(self.groups) - set(chart_groups):
                self.removeItem(self.groups.pop(group_id))
        wanted = {
            (g.id, m)
            for g in chart_groups.values()
            for m in g.members
            if m in self.cards and m not in self.hidden
        }
        stale = (
            self.members.keys() - wanted
            if only is None
            else {k for k in self.members if k[1] in only} - wanted
        )
        for key in stale:  # lines kept are moved, not made again
            self.removeItem(self.members.pop(key))
        for group in chart_groups.values():
            item = self.groups.get(group.id)
            if item is None:
                item = self.groups[group.id] = GroupItem(group, self.theme)
                self.addItem(item)
            else:
                item.model_group = group
                item.update()
            item.setPos(QPointF(*self._group_position(group)))
            for member in group.members:
                if (group.id, member) not in wanted:
                    continue
                line = self.members.get((group.id, member))
                if line is None:
                    line = self.members[(group.id, member)] = MemberLineItem(group.id, member, self.theme)
                    self.addItem(line)
                line.set_points(self._member_route(item, self.cards[member]))

    def _member_route(self, group: GroupItem, card: CardItem) -> list[Point]:
        """The layout's route while both ends are where it put them; else one routed here, kept
        while neither end moves (routing around cards costs a search: edits stay quick)."""
        key, ends = (group.group_id, card.unit_id), (group.rect(), card.rect())
        auto, spot = self.placement.member_routes.get(key), self.placement.group_positions.get(key[0])
        if auto and spot == (group.pos().x(), group.pos().y()) and self._at_auto(card.unit_id):
            return auto
        cached = self._member_routes.get(key)
        if cached is None or cached[0] != ends:
            cached = self._member_routes[key] = (ends, member_route_in(self, group, card))
        return cached[1]

    def _group_position(self, group: Group) -> Point:
        auto = self.placement.group_positions.get(group.id)
        if auto is not None:
            return auto
        cards = [self.cards[m] for m in group.members if m in self.cards]
        if not cards:
            return 0.0, -200.0
        x = sum(c.pos().x() for c in cards) / len(cards)
        y = min(c.pos().y() for c in cards) - CARD_SIZE[1] - 60
        return x, y

    # ------------------------------------------------------ findings, trace, search

    def set_findings(self, severity_by_unit: Mapping[str, str]) -> None:
        """Show the worst finding of each unit as a badge (only changed badges are redrawn)."""
        old, new = self._severity, dict(severity_by_unit)
        if new == old:  # most edits change no badge: compared in C, not unit by unit
            return
        self._severity = new
        changed = [u for u in old.keys() | new.keys() if u in self.cards and old.get(u) != new.get(u)]
        for unit_id in changed:
            self.cards[unit_id].set_state(severity=new.get(unit_id))
        if changed:
            self.overview.invalidate(changed, extras=False)
            self.badges_changed.emit()  # the legend lists the badges shown

    def severities(self) -> Mapping[str, str]:
        """The worst finding of each unit with a badge."""
        return self._severity

    def set_trace(self, unit_id: str | None, *scopes: str) -> None:
        """Highlight *unit_id*'s chain for each of *scopes* (default ``all``; None clears)."""
        self._trace = None if unit_id is None else (unit_id, scopes or ("all",))
        self._refresh_highlights()

    def trace_chains(self) -> dict[str, list[str]]:
        """The traced chain for each traced scope."""
        if self._trace is None or self.chart is None or self._trace[0] not in self.chart.units:
            return {}
        unit_id, scopes = self._trace
        return {scope: self.chart.chain(unit_id, scope) for scope in scopes}

    def trace_chain(self) -> list[str]:
        """The traced units: the chains of every traced scope, each unit once."""
        return list(dict.fromkeys(u for chain in self.trace_chains().values() for u in chain))

    def set_search(self, unit_ids: Iterable[str]) -> None:
        """Highlight search matches."""
        self._search = set(unit_ids)
        self._refresh_highlights()

    def _highlighted_units(self) -> set[str]:
        return set(self.trace_chain()) | self._search

    def _refresh_highlights(self) -> None:
        lit = self._highlighted_units()
        for unit_id in (lit ^ self._lit) & self.cards.keys():
            self.cards[unit_id].set_state(highlighted=unit_id in lit)
        self._lit = lit
        self._refresh_trace_lines()
        self.overview.refresh_on_top()

    def _refresh_trace_lines(self) -> None:
        chart, keys = self.chart, set[LineKey]()
        for scope, chain in self.trace_chains().items():
            keys |= chain_lines(chart, chain, scope) if chart else set()
        for key in keys ^ self._traced:
            item = self.lines.get(key)
            if item is not None:
                item.set_highlighted(key in keys)
        self._traced = keys

    # -------------------------------------------------------------- navigation

    def neighbour(self, unit_id: str, direction: str) -> str | None:
        """The card reached from *unit_id* by an arrow key (up, down, left, right)."""
        if self.chart is None or unit_id not in self.chart.units:
            return None
        return arrow_target(self.chart, self.hidden, lambda u: self.cards[u].pos().x(), unit_id, direction)

    def selected_unit_ids(self) -> list[str]:
        return [item.unit_id for item in self.selectedItems() if isinstance(item, CardItem)]

    def select_units(self, unit_ids: Iterable[str]) -> None:
        """Select exactly the cards of *unit_ids*."""
        wanted = set(unit_ids)
        self.blockSignals(True)
        self.clearSelection()
        for unit_id in wanted:
            card = self.cards.get(unit_id)
            if card is not None:
                card.setSelected(True)
        self.blockSignals(False)
        self.selectionChanged.emit()

    # ------------------------------------------------------------------- drags

    def cards_dragged(self, at: QPointF | None = None) -> None:
        """The cards being dragged moved (the pointer is at *at*): their lines follow, and the
        card a drop at *at* would make the dragged unit report to is outlined."""
        self._reroute({key for unit_id in self._drag_start for key in self._lines_of.get(unit_id, ())})
        if at is None:
            return
        if not self._lifted:  # the drag starts: the cards dragged let the one under them show
            self._lifted = [self.cards[u] for u in self._drag_start if u in self.cards]
            for card in self._lifted:
                card.setOpacity(LIFTED_OPACITY)
        self._show_drop_target(self._accepted_drop(at))

    def drop_target(self) -> str | None:
        """The unit whose card is outlined as the target of the drag under way (None: none)."""
        return self._drop_target

    def _card_under_drag(self, at: QPointF) -> CardItem | None:
        """The visible card at *at* other than the dragged ones (a look-up in the scene's index,
        not a walk over the cards)."""
        start = self._drag_start
        return next(
            (
                item
                for item in self.items(at)
                if isinstance(item, CardItem) and item.unit_id not in start and item.isVisible()
            ),
            None,
        )

    def _accepted_drop(self, at: QPointF) -> str | None:
        """The unit a drop at *at* would make the one dragged card report to: None when several
        cards are dragged, over no card, or the drop would be refused (onto a unit of its own
        branch) or change nothing. Judged once per card passed over (a walk up its chains)."""
        chart = self.chart
        if chart is None or len(self._drag_start) != 1:
            return None
        card = self._card_under_drag(at)
        if card is None:
            self._drop_under = None
            return None
        target = card.unit_id
        if self._drop_under is None or self._drop_under[0] != target:
            (unit_id,) = self._drag_start
            unit = chart.units.get(unit_id)
            lines = unit.reports_to if unit is not None else ()
            accepted = (
                unit is not None
                and target in chart.units
                and not (len(lines) == 1 and lines[0].to == target)  # it reports there already
                and not any(unit_id in chart.chain(target, scope) for scope in SCOPES)
            )
            self._drop_under = (target, accepted)
        return target if self._drop_under[1] else None

    def _show_drop_target(self, unit_id: str | None) -> None:
        old, self._drop_target = self._drop_target, unit_id
        if old == unit_id:
            return
        for end, on in ((old, False), (unit_id, True)):
            card = self.cards.get(end) if end is not None else None
            if card is not None:
                card.set_state(drop_target=on)

    def card_pressed(self, card: CardItem) -> None:
        self._drag_start = {
            item.unit_id: item.pos() for item in self.selectedItems() if isinstance(item, CardItem)
        }
        self._drag_start.setdefault(card.unit_id, card.pos())

    def card_double_clicked(self, card: CardItem) -> None:
        self.rename_requested.emit(card.unit_id)

    def card_released(self, card: CardItem, at: QPointF) -> None:
        start, self._drag_start = self._drag_start, {}
        self._show_drop_target(None)
        self._drop_under = None
        for lifted in self._lifted:
            lifted.setOpacity(1.0)
        self._lifted = []
        moved = {u: p for u, p in start.items() if u in self.cards and self.cards[u].pos() != p}
        if not moved or self.chart is None:
            return
        target = next(
            (
                item.unit_id
                for item in self.items(at)
                if isinstance(item, CardItem) and item.unit_id not in start and item.isVisible()
            ),
            None,
        )
        if target is not None and len(start) == 1:
            card.setPos(start[card.unit_id])
            self._reroute(self._lines_of.get(card.unit_id, ()))
            self.reparent_requested.emit(card.unit_id, target)
            return
        saved = self.chart.layout.positions
        new = {u: (self.cards[u].pos().x(), self.cards[u].pos().y()) for u in moved}
        old = {u: saved.get(u) for u in moved}
        self.move_finished.emit(new, old)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802
        """A card's tool tip: its unit's full name and posts (built on demand, not on thousands
        of items)."""
        card = self._card_at(event.scenePos(), pick_slack(event.widget()))
        if card is None:
            super().helpEvent(event)
            return
        QToolTip.showText(event.screenPos(), card.tool_tip(self.chart), event.widget())
        event.accept()

    # ---------------------------------------------------------- drawing lines

    def _card_at(self, at: QPointF, slack: float = 0.0) -> CardItem | None:
        far = self.overview.card_at(at, slack)
        return far or next((i for i in self.items(at) if isinstance(i, CardItem)), None)

    @property
    def drawing_line(self) -> bool:
        """True from the press that starts drawing a reporting line to its release."""
        return self._connect_line is not None

    def start_line(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Start drawing a reporting line from the card pressed, in connect mode or with Shift;
        True if a line was started. Far out the line is drawn in the scene the view shows."""
        wants = self.connect_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        card = self._card_at(event.scenePos())
        if not wants or card is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        self._connect_from = card.unit_id
        line = QGraphicsLineItem(QLineF(card.pos(), event.scenePos()))
        pen = QPen(self._colour(self.theme.card_selected), 2, Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setZValue(50)
        self.overview.shown_scene().addItem(line)
        self._connect_line = line
        event.accept()
        return True

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self.start_line(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._connect_line is not None:
            line = self._connect_line.line()
            self._connect_line.setLine(QLineF(line.p1(), event.scenePos()))
            card = self._card_at(event.scenePos())  # the card the line would go to, outlined
            target = card.unit_id if card is not None and card.unit_id != self._connect_from else None
            self._show_drop_target(target)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._connect_line is not None:
            host = self._connect_line.scene()  # (this scene, or the far one)
            if host is not None:
                host.removeItem(self._connect_line)
            self._connect_line = None
            self._show_drop_target(None)
            source, self._connect_from = self._connect_from, None
            card = self._card_at(event.scenePos())
            if source is not None and card is not None and card.unit_id != source:
                self.connect_requested.emit(source, card.unit_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
