"""The far-out overview's tiles: what one square of the chart draws, gathered by colour, and
pictures of them at the zoom shown.

An edit far out gathers again only the tiles it touched, but the area it repaints is that of
the whole tiles (a line runs far from its tile: a department's reaches across the chart), and
every tile under that area used to be drawn again: at 20,000 units, 87,000 hairline points and
20,000 blocks, 15 ms a repaint. :class:`TilePictures` keeps each tile's hairlines and blocks as
pictures at the zoom shown, aligned to the device's pixels: a repaint draws again only the
tiles an edit touched and puts back the pictures of the others (a whole 20,000-unit chart in
view: 190 small images, well under a millisecond)."""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Literal, NamedTuple, Protocol

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from orgeditor.ui.items import CardItem

__all__ = ["LABEL_TIERS", "LAYERS", "TILE_SIDE", "Layer", "Tile", "TileKey", "TilePictures"]

#: Cards of these tiers (0: the SG, 1: the departments) are labelled far out.
LABEL_TIERS = 1

#: What a tile draws, in this order over all tiles: every hairline under every block.
Layer = Literal["lines", "blocks"]
LAYERS: tuple[Layer, ...] = ("lines", "blocks")

#: Side of a tile (item px): an edit gathers again and repaints only the tiles it touched.
TILE_SIDE = 2048.0
TileKey = tuple[int, int]
#: Device pixels a picture spans at least: further out, squares of neighbouring tiles are
#: pictured together (a whole 20,000-unit chart in view: tiles of 4 pixels, 950 pictures to
#: draw after a zoom and to put back after an edit, where 190 do). Larger squares mean fewer
#: pictures but more to draw again after an edit (48 pixels: 1 ms a square at 20,000 units).
_GROUP_PX = 24.0
#: How far past what the device shows a picture reaches (device pixels).
_REACH = 256
#: Largest picture of one layer of one tile (device pixels, 4 bytes each); a larger one is
#: drawn directly instead.
_MOST_PIXELS = 1 << 21
#: All pictures together (device pixels): past it, those put back longest ago are dropped; when
#: one paint needs more, the rest of its tiles are drawn directly.
_BUDGET = 1 << 23
#: Versions of tiles' content, unique over all tiles: a picture matches only what it shows.
_versions = itertools.count(1)


class Tile:
    """The blocks and hairlines of the cards whose centre is in one square of the chart, and
    of their own reporting lines, gathered by colour: what an edit gathers again."""

    def __init__(self) -> None:
        self.content = QRectF()  # the area it draws on: its lines' and its blocks'
        self.lines = QRectF()
        self.blocks = QRectF()
        #: left, top, right and bottom of each layer's area (None: it draws nothing), to find
        #: the tiles under an area without a call into Qt per tile
        self.boxes: dict[Layer, tuple[float, float, float, float] | None] = {"lines": None, "blocks": None}
        self.clear()

    def clear(self) -> None:
        self.paths: dict[str, QPainterPath] = {}  # colour -> hairlines
        self.rects: dict[str, list[QRectF]] = {}  # colour -> blocks
        self.cards: list[CardItem] = []
        self.labels: list[tuple[int, QRectF, str]] = []
        self.version = next(_versions)  # its pictures are out of date

    def add_line(self, colour: str, polygon: QPolygonF) -> None:
        path = self.paths.get(colour)
        if path is None:
            path = self.paths[colour] = QPainterPath()
        path.addPolygon(polygon)

    def add_block(self, colour: str, rect: QRectF) -> None:
        self.rects.setdefault(colour, []).append(rect)

    def add_card(self, card: CardItem, colour: str, rect: QRectF) -> None:
        self.add_block(colour, rect)
        self.cards.append(card)
        if card.tier <= LABEL_TIERS:
            self.labels.append((card.tier, rect, card.unit.label))

    def done(self) -> QRectF:
        """The tile is gathered: returns the area to draw again (where it drew and draws)."""
        lines = QRectF()
        for path in self.paths.values():
            lines = lines.united(path.boundingRect())
        blocks = QRectF()
        for rects in self.rects.values():
            for rect in rects:
                blocks = blocks.united(rect)
        content = lines.united(blocks)
        changed = self.content.united(content)
        # apart: a line may run far from its tile, a block never does
        self.content, self.lines, self.blocks = content, lines, blocks
        self.boxes = {
            "lines": _box(lines) if self.paths else None,
            "blocks": _box(blocks) if self.rects else None,
        }
        return changed

    def area(self, layer: Layer) -> QRectF:
        return self.lines if layer == "lines" else self.blocks

    def draw(self, painter: QPainter, layer: Layer) -> None:
        """Draw one layer, colour by colour in one order (an edit's part then looks as afresh)."""
        if layer == "lines":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for colour in sorted(self.paths):
                painter.setPen(QPen(QColor(colour), 0))  # hairlines
                painter.drawPath(self.paths[colour])
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            for colour in sorted(self.rects):
                painter.setBrush(QColor(colour))
                painter.drawRects(self.rects[colour])


class _Pictured(Protocol):
    """What a picture shows: a tile, or a square of tiles pictured together."""

    @property
    def version(self) -> int: ...
    @property
    def boxes(self) -> Mapping[Layer, tuple[float, float, float, float] | None]: ...

    def area(self, layer: Layer) -> QRectF: ...
    def draw(self, painter: QPainter, layer: Layer) -> None: ...


class _Group:
    """Neighbouring tiles pictured together, drawn tile by tile in the order given."""

    def __init__(self, tiles: list[Tile]) -> None:
        self.tiles = tiles
        self.version = 0
        self._versions: tuple[int, ...] = ()
        self._areas: dict[Layer, QRectF] = {}
        self.boxes: dict[Layer, tuple[float, float, float, float] | None] = {}

    def refresh(self) -> None:
        """Follow the tiles' content (a new version when any of them was gathered again)."""
        versions = tuple(tile.version for tile in self.tiles)
        if versions == self._versions:
            return
        self._versions, self.version = versions, next(_versions)
        for layer in LAYERS:
            drawing = [tile for tile in self.tiles if tile.boxes[layer] is not None]
            area = QRectF()
            for tile in drawing:
                area = area.united(tile.area(layer))
            self._areas[layer] = area
            self.boxes[layer] = _box(area) if drawing else None

    def area(self, layer: Layer) -> QRectF:
        return self._areas[layer]

    def draw(self, painter: QPainter, layer: Layer) -> None:
        for tile in self.tiles:
            if tile.boxes[layer] is not None:
                tile.draw(painter, layer)


class _Frame(NamedTuple):
    """One paint's geometry, in the device's pixels less the translation's whole ones."""

    part: QTransform  # item px -> those pixels: the scale and the translation's fraction
    need: QRectF  # what is drawn
    reach: QRectF  # how far a picture drawn now may cover
    hints: QPainter.RenderHint
    ratio: float  # device pixels per logical one


class _Picture:
    __slots__ = ("at", "covers", "image", "painted", "version", "whole")

    def __init__(
        self, image: QImage, covers: QRect, version: int, *, whole: bool, ratio: float = 1.0
    ) -> None:
        self.image, self.covers, self.version = image, covers, version
        self.whole = whole  # it covers all its tile's layer draws
        self.at = QPointF(covers.left() / ratio, covers.top() / ratio)  # past the whole translation
        self.painted = 0  # the last paint that put it back


#: What a tile draws where nothing is drawn now.
_NOTHING = _Picture(QImage(), QRect(), 0, whole=False)


class TilePictures:
    """Pictures of tiles' layers at the zoom painted, blitted in place of drawing them again.

    A picture is drawn in device pixels under the painter's scale and the fractional part of
    its translation, so that blitting it at a whole pixel puts every pixel where drawing the
    tile directly would: scrolling by whole pixels keeps the pictures, a zoom draws them again.
    It covers what the device shows of its tile and a margin around (a department's lines may
    cross a chart many windows wide): scrolling further draws it again, once.
    """

    def __init__(self) -> None:
        self._drawn_as: tuple[float, ...] | None = None  # the scale, fraction and hints
        self._pictures: OrderedDict[tuple[int, Layer], _Picture] = OrderedDict()
        self._pixels = 0
        self._paints = 0  # paints so far
        #: what is pictured, in drawing order, for (tiles per side of a square, tile count)
        self._order: tuple[tuple[int, int], list[_Pictured], list[_Group]] | None = None

    def clear(self) -> None:
        """Forget every picture (and how tiles are grouped: call it when tiles are made anew)."""
        self._pictures.clear()
        self._pixels = 0
        self._order = None

    @property
    def pixels(self) -> int:
        """Device pixels held by the pictures (4 bytes each)."""
        return self._pixels

    def paint(
        self, painter: QPainter, tiles: Mapping[TileKey, Tile], extras: Sequence[Tile], exposed: QRectF
    ) -> None:
        """Draw the layers of the *tiles* (by their square) and of the *extras* that touch
        *exposed* (item px): every hairline, then every block; tile by tile in the order of
        their squares (grouped far out), then the extras. Only what the painter's viewport
        (the widget) shows is drawn: Qt exposes the whole item when asked to, and a chart seen
        far out may still be many windows wide."""
        world, device = painter.worldTransform(), painter.deviceTransform()
        if world.isInvertible():
            pad = 4.0 / max(abs(world.m11()), 1e-3)  # a hairline's pixels, beyond the edge
            shown = world.inverted()[0].mapRect(QRectF(painter.viewport()))
            exposed = exposed.intersected(shown.adjusted(-pad, -pad, pad, pad))
        order = [*self._ordered(tiles, abs(device.m11()) * TILE_SIDE), *extras]
        left, top, right, bottom = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        drawn = [
            [
                tile
                for tile in order
                if (box := tile.boxes[layer]) is not None
                and box[0] <= right
                and box[2] >= left
                and box[1] <= bottom
                and box[3] >= top
            ]
            for layer in LAYERS
        ]
        if device.isRotating() or not device.isAffine() or not world.isInvertible():  # turned
            for layer, under in zip(LAYERS, drawn, strict=True):
                for tile in under:
                    tile.draw(painter, layer)
            return
        # below the world: where the widget is in the device (a window's backing store) and the
        # device's pixels per logical one
        base = world.inverted()[0] * device
        ratio = base.m11()
        whole_x, whole_y = math.floor(device.dx()), math.floor(device.dy())
        part = QTransform(device.m11(), 0, 0, device.m22(), device.dx() - whole_x, device.dy() - whole_y)
        hints = painter.renderHints()
        drawn_as = (part.m11(), part.m22(), part.dx(), part.dy(), ratio, float(hints.value))
        if drawn_as != self._drawn_as:  # zoomed: every picture is drawn again
            self._pictures.clear()
            self._pixels = 0
            self._drawn_as = drawn_as
        # in the part's pixels (the device's, less the whole pixels of the translation)
        shown = base.mapRect(QRectF(painter.viewport())).translated(-whole_x, -whole_y)
        frame = _Frame(
            part,
            part.mapRect(exposed).intersected(shown),
            shown.adjusted(-_REACH, -_REACH, _REACH, _REACH),
            hints,
            ratio,
        )
        self._paints += 1
        # pictures are put at whole device pixels: the translation's, then their own
        at_whole = QTransform.fromTranslate((whole_x - base.dx()) / ratio, (whole_y - base.dy()) / ratio)
        pictures = self._pictures
        blitting = False
        for layer, under in zip(LAYERS, drawn, strict=True):
            for tile in under:
                key = (id(tile), layer)
                picture = pictures.get(key)
                if picture is not None and picture.whole and picture.version == tile.version:
                    pictures.move_to_end(key)  # (most tiles: a picture of all they draw)
                    picture.painted = self._paints
                else:
                    picture = self._picture(tile, layer, frame)
                    if picture is _NOTHING:
                        continue
                if picture is None:
                    if blitting:
                        painter.setWorldTransform(world)
                        blitting = False
                    tile.draw(painter, layer)
                    continue
                if not blitting:
                    painter.setWorldTransform(at_whole)
                    blitting = True
                painter.drawImage(picture.at, picture.image)
        if blitting:
            painter.setWorldTransform(world)

    def _ordered(self, tiles: Mapping[TileKey, Tile], tile_px: float) -> list[_Pictured]:
        """The tiles in the order of their squares, or far out squares of them pictured
        together (at least :data:`_GROUP_PX` wide), in the order of those squares."""
        side = 1
        while tile_px * side < _GROUP_PX and side < 1 << 16:
            side *= 2
        known = self._order
        if known is None or known[0] != (side, len(tiles)):  # tiles are only ever added
            if side == 1:
                known = ((side, len(tiles)), [tiles[key] for key in sorted(tiles)], [])
            else:
                squares: dict[TileKey, list[Tile]] = {}
                for key in sorted(tiles):
                    squares.setdefault((key[0] // side, key[1] // side), []).append(tiles[key])
                groups = [_Group(squares[key]) for key in sorted(squares)]
                known = ((side, len(tiles)), list(groups), groups)
            self._order = known
        for group in known[2]:
            group.refresh()
        return known[1]

    def _picture(self, tile: _Pictured, layer: Layer, frame: _Frame) -> _Picture | None:
        """The picture of *tile*'s *layer* that covers what it draws in the frame's need,
        drawn if missing (over what it draws in its reach); None if that would be too large."""
        key = (id(tile), layer)
        picture = self._pictures.get(key)
        # a pixel of slack around: an antialiased hairline's pixels reach past its geometry
        area = frame.part.mapRect(tile.area(layer)).adjusted(-1, -1, 1, 1)
        needed = area.intersected(frame.need)
        if needed.isEmpty():
            return _NOTHING
        fresh = picture is not None and picture.version == tile.version
        if picture is not None and fresh and QRectF(picture.covers).contains(needed):
            self._pictures.move_to_end(key)
            picture.painted = self._paints
            return picture
        if picture is not None:
            self._drop(key)
        covers = area.intersected(frame.reach).toAlignedRect()
        pixels = covers.width() * covers.height()
        if pixels > _MOST_PIXELS:
            return None
        while self._pixels + pixels > _BUDGET and self._pictures:  # make room: the least recent go
            oldest = next(iter(self._pictures))
            if self._pictures[oldest].painted == self._paints:  # all needed now: no room
                return None
            self._drop(oldest)
        image = QImage(covers.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHints(frame.hints)
        painter.setTransform(frame.part * QTransform.fromTranslate(-covers.left(), -covers.top()))
        tile.draw(painter, layer)
        painter.end()
        image.setDevicePixelRatio(frame.ratio)  # one of its pixels on one of the device's
        whole = QRectF(covers).contains(area)
        picture = self._pictures[key] = _Picture(image, covers, tile.version, whole=whole, ratio=frame.ratio)
        picture.painted = self._paints
        self._pixels += pixels
        return picture

    def _drop(self, key: tuple[int, Layer]) -> None:
        image = self._pictures.pop(key).image
        self._pixels -= image.width() * image.height()


def _box(rect: QRectF) -> tuple[float, float, float, float]:
    return rect.left(), rect.top(), rect.right(), rect.bottom()  # (a level line: no height)
