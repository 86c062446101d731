"""The chart seen from far away: one item draws every card and line, a few calls per colour.

Below :data:`OVERVIEW_ZOOM` a card is a few pixels wide. Painting tens of thousands of items
one by one (a Python ``paint`` call each) would take half a second a frame on a whole
Secretariat; instead the view shows another scene, :class:`FarScene`, whose one item,
:class:`OverviewItem`, draws blocks and hairlines gathered by colour. (Qt sorts every item
under the area it paints, transparent or not: tens of thousands of hidden items under an
edit's area cost more than the drawing.) They are gathered in square tiles of the chart
(:mod:`orgeditor.ui.overview_tiles`): an edit gathers again only the tiles its cards were and
are in, and repaints only that area, where the other tiles are put back from pictures of them.
Selected and highlighted cards are drawn over them live. The top levels' blocks (the SG and
the departments: tiers up to :data:`LABEL_TIERS`) carry their labels at a size that reads
whatever the zoom. The item also answers "which card is here?" for clicks, double-clicks and
tool tips, since the chart's own items are not in the scene shown."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

import shiboken6
from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from orgeditor.model import Link
from orgeditor.render.painting import CARD_SIZE
from orgeditor.render.theme import Theme, link_style, scope_style
from orgeditor.ui.items import SPECK_SCALE, CardItem, GroupItem, LineItem, LinkItem, MemberLineItem
from orgeditor.ui.overview_tiles import LABEL_TIERS, TILE_SIDE, Tile, TileKey, TilePictures

__all__ = ["LABEL_TIERS", "OVERVIEW_ZOOM", "FarScene", "FarSource", "Overview", "OverviewItem", "pick_slack"]

#: Below this zoom the chart is drawn by the overview (cards would be drawn as blocks anyway).
OVERVIEW_ZOOM = SPECK_SCALE
#: Cell size of the grid that finds the card under the pointer.
_CELL = 512.0
#: How near (screen pixels) a click must be to a card far out to pick it.
PICK_PIXELS = 5.0
#: Size (screen px) and widest extent of those labels.
LABEL_PX, LABEL_WIDTH = 12, 180.0


class OverviewItem(QGraphicsItem):
    """Every visible card as a block of its colour and every line as a hairline, in one item."""

    def __init__(self, theme: Theme, home: QGraphicsScene | None = None) -> None:
        super().__init__()
        self.theme = theme
        #: the chart's scene, whose cards this item draws (it lives in a :class:`FarScene`)
        self.home = home
        self._recorded = False
        self._bounds = QRectF()
        self._rects: dict[str, tuple[tuple[float, float], QRectF]] = {}  # unit -> (centre, card)
        self._grid: dict[tuple[int, int], list[tuple[CardItem, QRectF]]] | None = None
        self._source: FarSource | None = None
        self._on_top: list[tuple[QRectF, str]] = []
        #: the tiles, each with the cards whose centre is in it and their own lines
        self._tiles: dict[TileKey, Tile] = {}
        self._home: dict[str, TileKey] = {}  # unit -> its tile
        self._residents: dict[TileKey, set[str]] = {}
        #: links, group bodies and member lines (few): drawn by one tile of their own
        self._extras = Tile()
        self._extra_ends: set[str] = set()
        self._pictures = TilePictures()
        #: what changed since the last gathering (None: everything)
        self._dirty: set[str] | None = None
        self._dirty_extras = True
        self._labels: list[tuple[int, QRectF, str]] | None = None
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        # no cache of Qt's: far out, its pixmap was seen 45,000 pixels wide (the whole of a
        # chart not even two windows tall), drawn in full after an edit; the tiles' pictures
        # stand for it, and only what the window shows is drawn
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setVisible(False)

    # ----------------------------------------------------------------- content

    def follow(self, source: FarSource) -> None:
        """Draw what *source* (the scene) shows."""
        self._source = source
        self.invalidate()

    def invalidate(self, units: Iterable[str] | None = None, *, extras: bool = True) -> None:
        """The chart changed: gathered again before it is next painted (once, however many
        changes). With *units* (the cards whose place, colour or lines changed), only the
        tiles they were and are in are gathered again; *extras*: links or groups changed."""
        if units is None or self._dirty is None:
            self._dirty = None
        else:
            self._dirty.update(units)
        self._dirty_extras = self._dirty_extras or extras
        self._recorded = False
        if self.isVisible():  # gathered now (the part an edit touched costs little), drawn next
            self.fit()
            self.gather()

    def fit(self) -> None:
        """Cover the chart scene's area (which holds everything drawn, known before gathering)."""
        scene = self.home
        if scene is not None and scene.sceneRect() != self._bounds:
            self.prepareGeometryChange()
            self._bounds = scene.sceneRect()

    def set_on_top(self, cards: Iterable[CardItem]) -> None:
        """Cards drawn over the rest (selected or highlighted: they change without an edit)."""
        theme = self.theme
        on_top = [
            (card.rect(), theme.card_selected if card.isSelected() else theme.card_highlight)
            for card in cards
            if card.isVisible()
        ]
        if on_top != self._on_top:
            self._on_top = on_top
            self.update()

    def gather(self) -> None:
        """Gather now, if the chart changed since the last time."""
        if not self._recorded:
            self._record()

    def _record(self) -> None:
        """Gather the blocks and hairlines by colour, tile by tile, from the scene's Python-side
        data (asking each of thousands of items for its geometry would cost a Qt call apiece):
        every tile after a change of everything, else only those the changed cards were or
        are in, with the tiles of the cards whose lines run to them."""
        source = self._source
        if source is None:
            return
        hidden, where = source.hidden, source.where
        dirty = self._dirty
        touched: set[TileKey] = set()
        if dirty is None:
            self._tiles.clear()
            self._home.clear()
            self._residents.clear()
            self._pictures.clear()
            changed: Iterable[str] = source.cards
            self._dirty_extras = True
        else:
            changed = set(dirty)
            for unit_id in list(changed):  # a card that moved reroutes the lines to it
                for line_key in source.lines_of(unit_id):
                    changed.add(line_key[0])
        for unit_id in changed:
            old = self._home.pop(unit_id, None)
            if old is not None:
                self._residents[old].discard(unit_id)
                touched.add(old)
            if unit_id in source.cards and unit_id not in hidden:
                at = where(unit_id)
                spot = (math.floor(at[0] / TILE_SIDE), math.floor(at[1] / TILE_SIDE))
                self._home[unit_id] = spot
                self._residents.setdefault(spot, set()).add(unit_id)
                touched.add(spot)
        areas: list[QRectF] = []
        for spot in touched:
            found = self._tiles.get(spot)
            if found is None:
                found = self._tiles[spot] = Tile()
            areas.append(self._record_tile(found, self._residents.get(spot, set()), source))
        if self._dirty_extras or (dirty is not None and not self._extra_ends.isdisjoint(dirty)):
            areas.append(self._record_extras(source))
        if dirty is None:
            self.update()
        else:
            pad = 4.0 / self._scale()  # a hairline's pixels reach a little past its geometry
            for area in areas:  # only there is the cached picture drawn again
                if not area.isNull():
                    self.update(area.adjusted(-pad, -pad, pad, pad))
        self._dirty, self._dirty_extras = set(), False
        self._labels, self._grid = None, None  # made again when asked
        self._recorded = True

    def _scale(self) -> float:
        """Screen pixels per scene pixel in the most zoomed-in view of the scene."""
        scene = self.scene()
        scales = [view.transform().m11() for view in scene.views()] if scene is not None else []
        return max([*scales, 1e-3])

    def _record_tile(self, tile: Tile, residents: Collection[str], source: FarSource) -> QRectF:
        theme, hidden, where, rects = self.theme, source.hidden, source.where, self._rects
        width, height = CARD_SIZE
        tile.clear()
        # in one order however the sets were built: overlapping antialiased hairlines of one
        # colour round differently in another order, and an edit's part must look as afresh
        for unit_id in sorted(residents):
            for key in sorted(source.lines_of(unit_id)):
                if key[0] == unit_id and key[1] not in hidden:
                    line = source.lines.get(key)
                    if line is not None:
                        tile.add_line(scope_style(theme, key[2]).colour, line.polygon())
            card = source.cards[unit_id]
            at = where(unit_id)
            known = rects.get(unit_id)
            if known is None or known[0] != at:  # most cards stay put between two gatherings
                known = rects[unit_id] = (at, QRectF(at[0] - width / 2, at[1] - height / 2, width, height))
            tile.add_card(card, card.speck_colour(selected=False, highlighted=False), known[1])
        return tile.done()

    def _record_extras(self, source: FarSource) -> QRectF:
        theme, hidden, tile = self.theme, source.hidden, self._extras
        tile.clear()
        ends: set[str] = set()
        for link, item in source.links.items():
            ends.update((link.source, link.target))
            if link.source not in hidden and link.target not in hidden:
                tile.add_line(link_style(theme, link.kind).colour, item.polygon())
        for (_, unit_id), member in source.members.items():
            ends.add(unit_id)
            if unit_id not in hidden:
                tile.add_line(theme.group_member_line.colour, member.polygon())
        for group in source.groups.values():
            tile.add_block(theme.group_fill, group.rect())
        self._extra_ends = ends
        return tile.done()

    @property
    def labels(self) -> list[tuple[int, QRectF, str]]:
        """The top levels' labels: (tier, the card's rectangle, text), senior first."""
        if not self._recorded:
            self._record()
        if self._labels is None:
            found = [label for tile in self._tiles.values() for label in tile.labels]
            self._labels = sorted(found, key=lambda label: label[0])
        return self._labels

    @property
    def _shown(self) -> list[CardItem]:
        return [card for tile in self._tiles.values() for card in tile.cards]

    # ---------------------------------------------------------------- painting

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._recorded:
            self._record()
        pad = 4.0 / max(painter.worldTransform().m11(), 1e-3)  # a hairline's pixels, beyond it
        exposed = option.exposedRect.adjusted(-pad, -pad, pad, pad)  # (an edit: only its area)
        # tile by tile in one order whatever the order the tiles were made in: an edit's part
        # then looks as afresh; the tiles it did not touch are put back from their pictures
        self._pictures.paint(painter, self._tiles, [self._extras], exposed)
        pad = 3.0 / max(painter.worldTransform().m11(), 1e-6)  # 3 screen pixels
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, name in self._on_top:  # filled and ringed: a card of a few pixels stands out
            fill = QColor(name)
            painter.fillRect(rect, fill)
            ring = QPen(fill, 2)
            ring.setCosmetic(True)
            painter.setPen(ring)
            painter.drawRect(rect.adjusted(-pad, -pad, pad, pad))

    def paint_labels(self, painter: QPainter) -> None:
        """The top levels' labels above their blocks (below is their branch), in screen
        pixels; one that would cover another (more senior) one is left out. The view draws
        them over the chart (in its foreground: neither clipped to this item nor cached)."""
        if not self.labels:
            return
        to_screen = painter.worldTransform()
        font = QFont(self.theme.font_family)
        font.setPixelSize(LABEL_PX)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        taken: list[QRectF] = []
        placed: list[tuple[QRectF, str]] = []
        for _tier, rect, text in self.labels:
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, LABEL_WIDTH)
            at = to_screen.map(QPointF(rect.center().x(), rect.top()))
            box = QRectF(0, 0, metrics.horizontalAdvance(elided) + 6, metrics.height() + 2)
            box.moveCenter(QPointF(at.x(), at.y() - 2 - box.height() / 2))
            if any(box.intersects(other) for other in taken):
                continue
            taken.append(box)
            placed.append((box, elided))
        painter.save()
        painter.resetTransform()
        painter.setFont(font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        for box, _text in placed:
            painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor(self.theme.text))
        for box, text in placed:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    # ------------------------------------------------------------------ finding

    def card_at(self, at: QPointF, slack: float = 0.0) -> CardItem | None:
        """The visible card under scene point *at*, or the nearest within *slack* (scene px:
        far out a card is a few pixels, hard to hit exactly)."""
        area = QRectF(at.x() - slack, at.y() - slack, 2 * slack, 2 * slack)
        best: tuple[float, int, CardItem] | None = None
        for cell in _cells(area):
            for card, rect in self._cell(cell):
                dx = max(rect.left() - at.x(), 0.0, at.x() - rect.right())
                dy = max(rect.top() - at.y(), 0.0, at.y() - rect.bottom())
                distance = math.hypot(dx, dy)
                if distance <= slack and card.isVisible() and (best is None or distance < best[0]):
                    best = (distance, id(card), card)
        return best[2] if best is not None else None

    def cards_in(self, area: QRectF) -> list[CardItem]:
        """The visible cards that *area* (scene px) touches."""
        found: dict[int, CardItem] = {}
        for cell in _cells(area):
            for card, rect in self._cell(cell):
                if rect.intersects(area) and card.isVisible():
                    found[id(card)] = card
        return list(found.values())

    def _cell(self, cell: tuple[int, int]) -> list[tuple[CardItem, QRectF]]:
        if not self._recorded:
            self._record()
        if self._grid is None:  # made at the first question: most gatherings are never asked one
            self._grid = {}
            for card in self._shown:
                rect = self._rects[card.unit_id][1]
                for key in _cells(rect):
                    self._grid.setdefault(key, []).append((card, rect))
        return self._grid.get(cell, [])

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        """Select the card clicked (Ctrl toggles it); a press between cards is left to the view:
        a rubber band (:meth:`Overview.select_in`), or a click that picks the nearest card."""
        card = self.card_at(event.scenePos())
        if card is None:
            event.ignore()
            return
        scene = card.scene()  # the chart's (this item is in the far scene)
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if scene is not None and not toggle:
            scene.clearSelection()
        card.setSelected(not card.isSelected() if toggle else True)
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        """Zoom to 100 % at the point double-clicked (to read the cards there)."""
        scene = self.scene()
        for view in scene.views() if scene is not None else []:
            set_zoom = getattr(view, "set_zoom", None)
            if callable(set_zoom):
                set_zoom(1.0)
                view.centerOn(event.scenePos())
        event.accept()


def pick_slack(viewport: QWidget | None) -> float:
    """A few screen pixels, in scene px, at the zoom of the view whose *viewport* was used."""
    view = viewport.parentWidget() if viewport is not None else None
    zoom = view.transform().m11() if isinstance(view, QGraphicsView) else 1.0
    return PICK_PIXELS / max(zoom, 1e-6)


def _cells(rect: QRectF) -> Iterable[tuple[int, int]]:
    for i in range(math.floor(rect.left() / _CELL), math.floor(rect.right() / _CELL) + 1):
        for j in range(math.floor(rect.top() / _CELL), math.floor(rect.bottom() / _CELL) + 1):
            yield i, j


class FarSource(Protocol):
    """What the overview draws from: the scene's items and where its cards are."""

    @property
    def cards(self) -> Mapping[str, CardItem]: ...
    @property
    def lines(self) -> Mapping[tuple[str, str, str], LineItem]: ...
    @property
    def links(self) -> Mapping[Link, LinkItem]: ...
    @property
    def members(self) -> Mapping[tuple[str, str], MemberLineItem]: ...
    @property
    def groups(self) -> Mapping[str, GroupItem]: ...
    @property
    def hidden(self) -> Collection[str]: ...

    def where(self, unit_id: str) -> tuple[float, float]: ...

    def lines_of(self, unit_id: str) -> Iterable[tuple[str, str, str]]:
        """The keys of the reporting lines shown from or to *unit_id*."""
        ...

    def highlighted(self) -> Iterable[str]: ...


class LineDrawing(Protocol):
    """How the chart's scene draws a reporting line with the mouse (far out too)."""

    @property
    def drawing_line(self) -> bool:
        """True from the press that starts drawing a line to its release."""
        ...

    def start_line(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Start drawing a line if *event* (a press) asks for one; True if it did."""
        ...


class FarScene(QGraphicsScene):
    """The scene a view shows far out: the :class:`OverviewItem` alone. Painting an edit's area
    or finding the item under the pointer then never walks the chart's own items. What the
    chart's scene does with the mouse far out, it is still asked to do: tool tips, drawing a
    reporting line, clearing the selection on a click between cards."""

    def __init__(self, chart_scene: QGraphicsScene, lines: LineDrawing) -> None:
        super().__init__(chart_scene)  # a child: gone with the chart's scene
        self.chart_scene, self.lines = chart_scene, lines
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # one item
        self.setSceneRect(chart_scene.sceneRect())
        chart_scene.sceneRectChanged.connect(self.setSceneRect)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        self.chart_scene.drawBackground(painter, rect)  # the chart's background, as near

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802
        self.chart_scene.helpEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.lines.start_line(event):
            return
        super().mousePressEvent(event)  # a card clicked: the overview item selects it
        if event.isAccepted() or event.button() != Qt.MouseButton.LeftButton:
            return
        # between cards: as a chart scene does, the selection goes (unless Ctrl extends it, or
        # the view is panning), and the view may start a rubber band
        widget = event.widget()
        view = widget.parentWidget() if widget is not None else None
        panning = isinstance(view, QGraphicsView) and view.dragMode() == QGraphicsView.DragMode.ScrollHandDrag
        if not panning and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.chart_scene.clearSelection()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.lines.drawing_line:
            self.chart_scene.mouseMoveEvent(event)
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.lines.drawing_line:
            self.chart_scene.mouseReleaseEvent(event)
        else:
            super().mouseReleaseEvent(event)


class Overview:
    """Switches a chart scene's view between its own items (near) and a :class:`FarScene` (far).

    The scene calls :meth:`reset` after ``clear()``.
    """

    def __init__(self, scene: QGraphicsScene, source: FarSource, lines: LineDrawing, theme: Theme) -> None:
        self.scene, self.source = scene, source
        self.on = False
        self.far_scene = FarScene(scene, lines)
        self.item = OverviewItem(theme, scene)
        # gathered once the chart is first drawn, so that the first zoom out is quick too
        self._ahead = QTimer(scene)
        self._ahead.setSingleShot(True)
        self._ahead.timeout.connect(self._gather_ahead)
        self.reset()
        scene.selectionChanged.connect(self.refresh_on_top)

    def _gather_ahead(self) -> None:
        self.item.gather()

    def reset(self, theme: Theme | None = None) -> None:
        """A new overview item (the scene was cleared for a new chart); starts near."""
        self.on = False
        if self.item.scene() is self.far_scene:
            self.far_scene.removeItem(self.item)
        self.item = OverviewItem(theme or self.item.theme, self.scene)
        self.item.follow(self.source)
        self.far_scene.addItem(self.item)

    def gather_soon(self) -> None:
        """Gather the chart when the editor is next idle (call it once the chart is drawn: the
        first zoom out is then as quick as the next)."""
        self._ahead.start(0)

    def shown_scene(self) -> QGraphicsScene:
        """The scene the chart's view shows: the far scene while far, else the chart's."""
        return self.far_scene if self.on else self.scene

    def adopt(self, item: QGraphicsItem) -> None:
        """An item of the chart just added: transparent while far (see :meth:`set_far`)."""
        if self.on and isinstance(item, (CardItem, LineItem, LinkItem, MemberLineItem, GroupItem)):
            item.setOpacity(0.0)

    def set_far(self, far: bool) -> None:
        """Draw the chart by the overview (*far*) or by its own items; the view then shows
        :meth:`shown_scene`. Far, the chart's items are also made transparent: Qt then drops
        their updates at once, where it would otherwise walk every item of the chart's scene
        after each edit to find the changed ones (3 ms an edit at 20,000 units)."""
        if far == self.on:
            return
        self.on = far
        opacity = 0.0 if far else 1.0
        source = self.source
        for items in (source.cards, source.lines, source.links, source.members, source.groups):
            for item in items.values():
                item.setOpacity(opacity)
        self.item.setVisible(far)
        if far:
            self.item.fit()  # gathered again only if the chart changed while near
            self.refresh_on_top()

    def set_theme(self, theme: Theme) -> None:
        self.item.theme = theme
        self.invalidate()

    def invalidate(self, units: Iterable[str] | None = None, *, extras: bool = True) -> None:
        """The chart or its display changed (only felt while far): everything, or the cards
        of *units* (and, with *extras*, the links and groups)."""
        self.item.invalidate(units, extras=extras)
        self.refresh_on_top()  # selected cards may have moved

    def refresh_on_top(self) -> None:
        """Selected and highlighted cards, drawn over the rest."""
        if self.on and shiboken6.isValid(self.scene):  # not while the scene is being deleted
            cards = [c for c in self.scene.selectedItems() if isinstance(c, CardItem)]
            known = self.source.cards
            cards += [known[u] for u in self.source.highlighted() if u in known]
            self.item.set_on_top(cards)

    def card_at(self, at: QPointF, slack: float = 0.0) -> CardItem | None:
        """The card at *at* (or within *slack*) while far (cards take no mouse events then)."""
        return self.item.card_at(at, slack) if self.on else None

    def select_in(self, area: QRectF, *, add: bool = False) -> None:
        """A rubber band drawn far out: select the cards it touches (Qt's own selection skips
        transparent items)."""
        if not self.on:
            return
        if not add:
            self.scene.clearSelection()
        for card in self.item.cards_in(area):
            card.setSelected(True)
