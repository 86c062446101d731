"""Connector sides and elbow geometry for the PowerPoint export."""

from __future__ import annotations

from pptx import Presentation
from pptx.enum.shapes import MSO_CONNECTOR
from pptx.util import Emu

from orgeditor.render.export_pptx_geometry import (
    clearest_sides,
    set_geometry,
    side_point,
    sides_for_route,
)

MANAGER = (0.0, 0.0, 100.0, 50.0)
BELOW_RIGHT = (200.0, 150.0, 100.0, 50.0)


def test_sides_follow_the_ranks() -> None:
    assert sides_for_route(MANAGER, BELOW_RIGHT, None) == ("bottom", "top")
    assert sides_for_route(BELOW_RIGHT, MANAGER, None) == ("top", "bottom")
    stacked_route = [(50.0, 50.0), (50.0, 175.0), (200.0, 175.0)]
    assert sides_for_route(MANAGER, BELOW_RIGHT, stacked_route) == ("bottom", "left")
    assert side_point(MANAGER, "right") == (100.0, 25.0)


def test_clearest_sides_go_around_a_box_in_between() -> None:
    source = (0.0, 300.0, 100.0, 50.0)  # below
    target = (0.0, 0.0, 100.0, 50.0)  # straight above, with a box in between
    between = (0.0, 150.0, 100.0, 50.0)
    first, last = clearest_sides(source, target, [source, target, between])
    assert (first, last) != ("top", "bottom")
    assert first in ("left", "right")


def test_vertical_elbows_are_rotated_and_flipped_by_direction() -> None:
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    connector = slide.shapes.add_connector(MSO_CONNECTOR.ELBOW, Emu(100), Emu(0), Emu(300), Emu(400))
    set_geometry(connector, (100, 0), (300, 400), ("bottom", "top"), lane=0.5)
    xfrm = connector._element.spPr.xfrm
    assert xfrm.get("rot") == "5400000" and xfrm.get("flipV") == "1" and xfrm.get("flipH") is None
    assert (xfrm.off.x, xfrm.off.y, xfrm.ext.cx, xfrm.ext.cy) == (0, 100, 400, 200)
    set_geometry(connector, (100, 0), (100, 400), ("bottom", "top"), lane=0.5)
    assert connector._element.spPr.prstGeom.get("prst") == "straightConnector1"
