"""Far out, the overview puts back pictures of the tiles an edit did not touch: they must land
on the very pixels drawing the tiles would, and be drawn again only when their tile or the
zoom changed."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF, QTransform

from orgeditor.ui import overview_tiles
from orgeditor.ui.overview_tiles import LAYERS, Layer, Tile, TilePictures

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")
SIZE = (320, 200)
#: Largest difference of a colour channel between a picture put back and drawing directly.
ROUNDING = 6


class CountedTile(Tile):
    """A tile that counts how often it was drawn (directly or into a picture)."""

    def __init__(self) -> None:
        self.drawn = 0
        super().__init__()

    def draw(self, painter: QPainter, layer: Layer) -> None:
        self.drawn += 1
        super().draw(painter, layer)


def make_tiles(seed: int, count: int = 6, side: float = 2048.0) -> list[CountedTile]:
    """Tiles side by side, each with blocks and elbow lines, some lines reaching far."""
    rng = random.Random(seed)
    tiles = []
    for i in range(count):
        tile = CountedTile()
        for _ in range(rng.randint(3, 12)):
            x, y = i * side + rng.uniform(0, side), rng.uniform(0, side)
            tile.add_block(rng.choice(COLOURS), QRectF(x - 90, y - 35, 180, 70))
            reach = rng.uniform(-3 * side, 3 * side)
            bend = y + rng.uniform(50, 400)
            points = [
                QPointF(x, y),
                QPointF(x, bend),
                QPointF(x + reach, bend),
                QPointF(x + reach, bend + 200),
            ]
            tile.add_line(rng.choice(COLOURS), QPolygonF(points))
        tile.done()
        tiles.append(tile)
    return tiles


def blank() -> QImage:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#f7f8fa"))
    return image


def shown(transform: QTransform) -> QRectF:
    return transform.inverted()[0].mapRect(QRectF(0, 0, *SIZE))


def through_pictures(pictures: TilePictures, tiles: list[CountedTile], transform: QTransform) -> QImage:
    image = blank()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    pictures.paint(painter, {(i, 0): tile for i, tile in enumerate(tiles)}, [], shown(transform))
    painter.end()
    return image


def directly(tiles: list[CountedTile], transform: QTransform) -> QImage:
    image = blank()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    for layer in LAYERS:
        for tile in tiles:
            tile.draw(painter, layer)
    painter.end()
    return image


def largest_difference(one: QImage, other: QImage) -> int:
    """The largest difference of one colour channel between two images of one size."""
    assert one.size() == other.size()
    worst = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            worst = max(worst, abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
    return worst


def view(scale: float, dx: float, dy: float) -> QTransform:
    return QTransform(scale, 0, 0, scale, dx, dy)


@settings(max_examples=12, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    scale=st.sampled_from([0.004, 0.013, 0.05, 0.09]),
    dx=st.floats(-40, 40),
    dy=st.floats(-5, 60),
)
def test_pictures_land_on_the_pixels_drawing_the_tiles_would(
    qapp: object, seed: int, scale: float, dx: float, dy: float
) -> None:
    tiles = make_tiles(seed)
    transform = view(scale, dx, dy)
    kept = through_pictures(TilePictures(), tiles, transform)
    # the same colours on the same pixels; a picture keeps the antialiased edges it draws over
    # one another in 8-bit premultiplied colour, rounded once more than drawing them directly
    assert largest_difference(kept, directly(tiles, transform)) <= ROUNDING


def test_pictures_are_drawn_once_and_again_only_for_a_changed_tile_or_zoom(qapp: object) -> None:
    tiles = make_tiles(7)  # at this zoom, all in view, each tile a picture of its own
    pictures = TilePictures()
    transform = view(0.025, 40.25, 4.5)
    first = through_pictures(pictures, tiles, transform)
    assert all(tile.drawn > 0 for tile in tiles)
    drawn = [tile.drawn for tile in tiles]

    assert through_pictures(pictures, tiles, transform) == first  # put back, not drawn
    assert [tile.drawn for tile in tiles] == drawn

    through_pictures(pictures, tiles, view(0.025, 40.25 - 7, 4.5 + 3))  # scrolled by whole pixels
    assert [tile.drawn for tile in tiles] == drawn

    edited = tiles[2]
    edited.clear()  # gathered again, as an edit does
    edited.add_block(COLOURS[1], QRectF(2 * 2048 + 100, 100, 180, 70))
    edited.done()
    through_pictures(pictures, tiles, transform)
    assert [tile.drawn for tile in tiles] == [n + (i == 2) for i, n in enumerate(drawn)]

    through_pictures(pictures, tiles, view(0.03, 40.25, 4.5))  # zoomed: every picture again
    assert all(tile.drawn > n for tile, n in zip(tiles, drawn, strict=True))


def test_far_out_neighbouring_tiles_are_pictured_together(qapp: object) -> None:
    tiles = make_tiles(11, count=24)  # tiles of 4 pixels: squares of 8 tiles pictured together
    pictures = TilePictures()
    transform = view(0.002, 60.5, 30.25)
    first = through_pictures(pictures, tiles, transform)
    assert len(pictures._pictures) <= 2 * 3  # hairlines and blocks of 3 squares, not of 24 tiles
    assert largest_difference(first, directly(tiles, transform)) <= ROUNDING
    drawn = [tile.drawn for tile in tiles]
    edited = tiles[10]
    edited.clear()
    edited.add_block(COLOURS[3], QRectF(10 * 2048 + 300, 300, 180, 70))
    edited.done()
    through_pictures(pictures, tiles, transform)
    again = [i for i, tile in enumerate(tiles) if tile.drawn > drawn[i]]
    assert again == list(range(8, 16))  # the square of the tile edited, not the others


def test_a_tile_reaching_across_a_wide_chart_is_pictured_near_what_is_shown(qapp: object) -> None:
    tile = CountedTile()
    tile.add_line(COLOURS[0], QPolygonF([QPointF(-1e6, 50), QPointF(1e6, 50)]))  # 200 windows wide
    tile.add_block(COLOURS[2], QRectF(0, 0, 180, 70))
    tile.done()
    pictures = TilePictures()
    transform = view(0.1, 60.5, 20.0)
    image = through_pictures(pictures, [tile], transform)
    assert image.pixelColor(160, 25) != QColor("#f7f8fa")  # the line is drawn where shown
    assert 0 < pictures.pixels <= 2 * (SIZE[0] + 2 * 256) * 80  # not 200,000 pixels wide
    drawn = tile.drawn
    through_pictures(pictures, [tile], view(0.1, 60.5 - 100, 20.0))  # a little further along
    assert tile.drawn == drawn
    through_pictures(pictures, [tile], view(0.1, 60.5 - 5000, 20.0))  # many windows further
    assert tile.drawn > drawn
    again = through_pictures(pictures, [tile], transform)
    assert largest_difference(again, directly([tile], transform)) <= ROUNDING


@pytest.mark.parametrize("turned", [30.0])
def test_a_turned_painter_draws_the_tiles_themselves(qapp: object, turned: float) -> None:
    tiles = make_tiles(3)
    transform = view(0.05, 150, 40)
    transform.rotate(turned)
    pictures = TilePictures()
    assert through_pictures(pictures, tiles, transform) == directly(tiles, transform)
    assert pictures.pixels == 0


def test_a_paint_that_needs_more_than_the_budget_draws_the_rest_directly(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiles = make_tiles(5)
    transform = view(0.025, 40.25, 4.5)  # each tile a picture of its own
    pictures = TilePictures()
    through_pictures(pictures, tiles, transform)
    every = pictures.pixels
    monkeypatch.setattr(overview_tiles, "_BUDGET", every // 3)  # room for a third of them
    pictures.clear()
    kept = through_pictures(pictures, tiles, transform)
    assert 0 < pictures.pixels <= every // 3
    assert largest_difference(kept, directly(tiles, transform)) <= ROUNDING
    drawn = [tile.drawn for tile in tiles]
    through_pictures(pictures, tiles, transform)  # those pictured stay: not thrown out and made again
    again = sum(tile.drawn - n for tile, n in zip(tiles, drawn, strict=True))
    assert again < 2 * len(tiles)


@pytest.mark.parametrize("ratio", [1.5, 2.0])
def test_on_a_high_density_screen_pictures_land_where_drawing_would(qapp: object, ratio: float) -> None:
    tiles = make_tiles(9)
    transform = view(0.05, 10.25, 4.5)

    def painted(through: TilePictures | None) -> QImage:
        image = QImage(
            round(SIZE[0] * ratio), round(SIZE[1] * ratio), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.setDevicePixelRatio(ratio)  # logical coordinates: SIZE
        image.fill(QColor("#f7f8fa"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        if through is None:
            for layer in LAYERS:
                for tile in tiles:
                    tile.draw(painter, layer)
        else:
            through.paint(painter, {(i, 0): tile for i, tile in enumerate(tiles)}, [], shown(transform))
        painter.end()
        return image

    pictures = TilePictures()
    assert largest_difference(painted(pictures), painted(None)) <= ROUNDING
    assert pictures.pixels > 0
