"""orgeditor: a desktop org-chart editor for people who design organizations."""

__version__ = "0.1.0"
