"""Drawing charts with Qt: themes and painting shared by the editor and the exporters."""

from orgeditor.render.theme import THEMES, LineStyle, Theme, get_theme

__all__ = ["THEMES", "LineStyle", "Theme", "get_theme"]
