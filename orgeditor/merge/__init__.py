"""Three-way merge of chart variants (pure Python, no Qt): SPEC §6.5 and §6.6.

>>> from orgeditor.model import Chart, Unit
>>> base = Chart(title="Pillar")
>>> base.add_unit(Unit("sg", "Secretary-General", "office"))
>>> ours, theirs = base.copy(), base.copy()
>>> _ = ours.update_unit(ours.unit("sg").with_changes(name="SG"))
>>> _ = theirs.update_unit(theirs.unit("sg").with_changes(name="The SG"))
>>> result = merge_charts(base, ours, theirs)
>>> result.chart.unit("sg").name, result.conflicts
('SG', (Conflict(at='units.sg.name', base='Secretary-General', theirs='The SG'),))
"""

from orgeditor.merge.engine import MergeResult, merge_charts

__all__ = ["MergeResult", "merge_charts"]
