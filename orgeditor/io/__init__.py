"""Reading and writing chart files (pure Python, no Qt).

>>> chart = loads_chart("orgchart: 1\\ntitle: Demo\\nunits:\\n  sg: {name: SG, kind: office}\\n")
>>> [unit.name for unit in chart]
['SG']
"""

from orgeditor.io.chart_reader import FORMAT_VERSION, load_chart, loads_chart
from orgeditor.io.chart_writer import chart_to_data, dump_chart, save_chart
from orgeditor.io.errors import ChartLoadError, LoadError

__all__ = [
    "FORMAT_VERSION",
    "ChartLoadError",
    "LoadError",
    "chart_to_data",
    "dump_chart",
    "load_chart",
    "loads_chart",
    "save_chart",
]
