"""The chart the export and import tests work on (its own module: no imports from conftest)."""

from __future__ import annotations

import time
from collections.abc import Callable

from orgeditor.model import Chart, Head, Link, ReportingLine, Unit

__all__ = ["pump_until", "small_pillar"]


def small_pillar() -> Chart:
    """SG over DPPA and DPO, each with a few offices (DPO's with posts)."""
    chart = Chart(title="Export pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head(rank="SG")))
    for uid, name in (("dppa", "Political and Peacebuilding Affairs"), ("dpo", "Peace Operations")):
        chart.add_unit(
            Unit(
                uid,
                f"Department of {name}",
                "department",
                short=uid.upper(),
                reports_to=(ReportingLine("sg"),),
            )
        )
    chart.add_unit(
        Unit("pbso", "Peacebuilding Support Office", "office", reports_to=(ReportingLine("dppa"),))
    )
    chart.add_unit(
        Unit("ead", "Electoral Assistance Division", "division", reports_to=(ReportingLine("dppa"),))
    )
    chart.add_unit(
        Unit("orolsi", "Rule of Law and Security Institutions", "office", reports_to=(ReportingLine("dpo"),))
    )
    chart.add_unit(Unit("oma", "Office of Military Affairs", "office", reports_to=(ReportingLine("dpo"),)))
    chart.add_unit(Unit("unmas", "Mine Action Service", "service", reports_to=(ReportingLine("orolsi"),)))
    chart.add_link(Link("pbso", "orolsi", "informs"))
    return chart


def pump_until(condition: Callable[[], object], timeout: float = 15.0) -> None:
    """Process Qt events until *condition* holds (AssertionError after *timeout* s).

    Unlike ``qtbot.waitUntil`` this never starts a nested event loop, which returns at once
    in a test session where an earlier test ran and quit ``QApplication.exec``.
    """
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - this module is imported without Qt

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {condition}")
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
        time.sleep(0.005)
