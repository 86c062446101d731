"""Cutting a chart into pages (a print PDF) or slides (a deck) that each hold readable text.

Pure Python. :func:`paginate` decides what each page shows; the caller says whether a set of
units fits one page at its smallest legible size (*fits*, which lays the units out).

* The **overview** (page 1) holds the chart's top: its roots and their reports (those with
  reports of their own when all do not fit), then, while they fit, the units reporting to two
  managers both on the page (the regional ASGs between DPPA and DPO).
* Every unit shown with reports that are not all on its page, and every unit reporting to
  two managers or more (whose reports are drawn only there), gets a **page of its own**
  (breadth first, so page numbers follow the hierarchy): the unit (below its managers when
  it has two, so that both lines show; the heading names the chain of command), its reports, and
  further levels while they fit. Its card on the earlier page says where it continues.
* A unit whose reports do not fit one page even alone has them cut into **parts**, one page
  each, in chart order.

Every unit of the chart is on at least one page as a unit of its own (not only as context).

>>> from orgeditor.model import Chart, ReportingLine, Unit
>>> chart = Chart()
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> for n in range(4):
...     chart.add_unit(Unit(f"d{n}", f"Department {n}", "department", reports_to=(ReportingLine("sg"),)))
>>> chart.add_unit(Unit("x", "Division", "division", reports_to=(ReportingLine("d0"),)))
>>> def five(shown, context):
...     return len(shown) + len(context) <= 5
>>> [(p.number, p.root, p.units) for p in paginate(chart, five)]
[(1, None, ('sg', 'd0', 'd1', 'd2', 'd3')), (2, 'd0', ('d0', 'x'))]
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from orgeditor.model import Chart
from orgeditor.render.card_type import TypeScale, overview_label
from orgeditor.render.export_plan import ExportPlan

__all__ = ["Fits", "PageSpec", "Planner", "heading", "mark_page", "paged_plans", "paginate"]

#: Whether a page holding these units (in the order given), the second of them drawn only for
#: the chain of command, is legible.
Fits = Callable[[Sequence[str], Sequence[str]], bool]


@dataclass(frozen=True, slots=True)
class PageSpec:
    """What one page shows."""

    number: int
    """1-based."""
    root: str | None
    """The unit whose branch the page shows; None for the overview."""
    units: tuple[str, ...]
    """Every unit drawn, in chart order (the *context* managers among them)."""
    context: tuple[str, ...] = ()
    """The root's managers drawn above it (when it has two: both its lines show)."""
    continued: dict[str, int] = field(default_factory=dict)
    """Unit drawn here -> the page where its reports are shown."""
    part: tuple[int, int] | None = None
    """(k, n): the root's reports take n pages and this is the k-th."""

    def chain(self, chart: Chart) -> list[list[str]]:
        """The root's chains of command, one per distinct chain (scopes), top first, each
        ending at the root (empty for the overview)."""
        if self.root is None:
            return []
        chains: list[list[str]] = []
        for scope in ("all", "mission", "non-mission"):
            chain = list(reversed(chart.chain(self.root, scope)))
            if chain not in chains:
                chains.append(chain)
        return chains


#: Builds the plan of a set of units (a page; None: all), the second set drawn only for the
#: chain of command, at a type scale with at most so many leaves in a column.
Planner = Callable[[Sequence[str] | None, Sequence[str], TypeScale, int | None], ExportPlan]


@dataclass
class _Draft:
    root: str | None
    context: list[str]
    shown: list[str]
    part: tuple[int, int] | None = None


def paginate(chart: Chart, fits: Fits, own_pages: Collection[str] = ()) -> list[PageSpec]:
    """The pages of *chart*: an overview, then a page a branch (see the module's doc). The
    units of *own_pages* that have reports get a page of their own even when all their
    reports fit an earlier one (a deck's slide a department).

    *fits* is asked about growing sets of units; it must be monotone (what fits still fits
    with a unit fewer) and accept any single unit with its managers.
    """
    if not chart.units:
        return [PageSpec(1, None, ())]
    order = {uid: index for index, uid in enumerate(chart.units)}
    drafts: list[_Draft] = []
    page_of: dict[str, int] = {}  # unit -> index of the first draft showing all its reports
    placed: set[str] = set()  # units shown other than as context
    roots = chart.roots() or [next(iter(chart.units))]
    queue: list[tuple[str | None, list[str]]] = [(None, roots)]
    while queue:
        root, context = queue.pop(0)
        # a root's page leaves out the reports the overview shows (it holds the rest)
        shown_above = set(drafts[0].shown) if drafts and root in roots else set()
        for draft in _drafts(chart, root, context, fits, order, shown_above=shown_above):
            drafts.append(draft)
            if root is None:  # a root the overview shows whole has its page: the overview
                whole = [
                    uid
                    for uid in draft.shown
                    if uid in roots and uid not in own_pages and not _cut(chart, uid, draft)
                ]
                page_of.update(dict.fromkeys(whole, len(drafts) - 1))
            if root is not None and page_of.get(root, -1) < 0:
                page_of[root] = len(drafts) - 1
            placed.update(draft.shown)
            for uid in draft.shown:
                if uid == draft.root or uid in page_of:
                    continue
                # a page of its own even where the overview shows it whole (a deck's slide a
                # department, titled with its name)
                own = uid in own_pages and chart.direct_reports(uid)
                if _cut(chart, uid, draft) or own or _shared(chart, uid):
                    page_of[uid] = -1  # claimed: its page comes from the queue
                    managers = _managers(chart, uid)  # drawn when two: the heading names one
                    queue.append((uid, managers if len(managers) > 1 else []))
        if not queue:  # units no root reaches (a cycle of managers)
            rest = [uid for uid in chart.units if uid not in placed]
            if rest:
                page_of[rest[0]] = -1
                queue.append((rest[0], []))
    pages: list[PageSpec] = []
    for index, draft in enumerate(drafts):
        continued = {
            uid: page_of[uid] + 1
            for uid in draft.shown
            if uid != draft.root and page_of.get(uid, -1) >= 0 and _cut(chart, uid, draft)
        }
        units = tuple(sorted(set(draft.shown) | set(draft.context), key=order.__getitem__))
        pages.append(PageSpec(index + 1, draft.root, units, tuple(draft.context), continued, draft.part))
    return pages


def _cut(chart: Chart, unit_id: str, draft: _Draft) -> bool:
    """Whether some of the unit's reports are not on the draft's page."""
    return any(r not in draft.shown for r in chart.direct_reports(unit_id))


def _shared(chart: Chart, unit_id: str) -> bool:
    """Whether the unit reports to two managers or more: it gets a page of its own, below
    all of them, and its reports are drawn there only."""
    return len(_managers(chart, unit_id)) > 1


def _managers(chart: Chart, unit_id: str) -> list[str]:
    """The unit's managers in the chart, by any line, once each (not itself)."""
    lines = chart.unit(unit_id).reports_to
    return list(dict.fromkeys(line.to for line in lines if line.to in chart.units and line.to != unit_id))


def _drafts(
    chart: Chart,
    root: str | None,
    context: list[str],
    fits: Fits,
    order: dict[str, int],
    *,
    shown_above: Collection[str] = (),
) -> list[_Draft]:
    """The page (or pages, when its reports are cut into parts) of one branch, without the
    reports in *shown_above* (on the overview) when others are left."""
    if root is None:  # the overview: its roots, their reports and the units between them
        parts = _parts([], context, [], fits)  # many roots (separate trees) take several pages
        drafts = [
            _Draft(None, [], part, (k + 1, len(parts)) if len(parts) > 1 else None)
            for k, part in enumerate(parts)
        ]
        for draft in drafts:
            _grow(chart, draft, fits, order, levels=1)
        return drafts
    context = [c for c in context if c != root]
    reports = [r for r in chart.direct_reports(root) if r != root and r not in context]
    reports = [r for r in reports if r not in shown_above] or reports
    if context and not fits([root, *reports[:1]], context):  # no room for the managers above
        context = []
    if fits([root, *reports], context):
        draft = _Draft(root, context, [root, *reports])
        _grow(chart, draft, fits, order, levels=-1, frontier=reports)
        return [draft]
    parts = _parts([root], reports, context, fits)
    return [_Draft(root, context, [root, *part], (k + 1, len(parts))) for k, part in enumerate(parts)]


def _parts(head: list[str], items: list[str], context: list[str], fits: Fits) -> list[list[str]]:
    """*items* cut into runs that each fit a page below *head* (as even as they fit; an item
    that does not fit even alone has a page to itself)."""
    parts: list[list[str]] = [[]]
    for item in items:
        if parts[-1] and not fits([*head, *parts[-1], item], context):
            parts.append([])
        parts[-1].append(item)
    size = -(-len(items) // len(parts)) if items else 1
    even = [items[k : k + size] for k in range(0, len(items), size)]
    if len(even) == len(parts) and all(fits([*head, *part], context) for part in even):
        return even
    return parts


def _grow(
    chart: Chart,
    draft: _Draft,
    fits: Fits,
    order: dict[str, int],
    *,
    levels: int,
    frontier: Sequence[str] | None = None,
) -> None:
    """Add to *draft* what else fits below it, breadth first: before each level the units
    reporting to two managers both shown, then each unit's reports (all of them, or none),
    for *levels* levels (-1: all); after the last only the units between two managers."""
    shown, context = draft.shown, draft.context
    on_page = set(shown) | set(context)

    def attempt(extra: list[str]) -> bool:
        extra = [e for e in dict.fromkeys(extra) if e not in on_page]
        if not extra or not fits([*shown, *extra], context):
            return False
        shown.extend(extra)
        on_page.update(extra)
        return True

    def between() -> list[str]:
        shared = [
            report
            for uid in shown
            for report in chart.direct_reports(uid)
            if report not in on_page and sum(m in on_page for m in _managers(chart, report)) >= 2
        ]
        if not attempt(shared):  # all together, else one by one
            for report in shared:
                attempt([report])
        return [report for report in shared if report in on_page]

    current = list(shown if frontier is None else frontier)
    level = 0
    while current:
        following = between()
        if level == levels:
            break
        for uid in sorted(current, key=order.__getitem__):
            if uid != draft.root and _shared(chart, uid):
                continue  # its reports are on its own page, below all its managers
            reports = [r for r in chart.direct_reports(uid) if r not in on_page]
            if attempt(reports):
                following.extend(reports)
            elif draft.root is None:  # an overview shows at least the branches of the top
                heads = [r for r in reports if chart.direct_reports(r)]
                if len(heads) < len(reports) and attempt(heads):
                    following.extend(heads)
                else:  # as many of them as fit, in order
                    for head in heads:
                        if attempt([head]):
                            following.append(head)
        current, level = following, level + 1


def _chains(chart: Chart, spec: PageSpec) -> str:
    """The chains of command above the page's root as text, in compact labels, two chains
    that differ in one place written as one: ``SG › DPPA / DPO``."""
    chains = [c[:-1] for c in spec.chain(chart) if len(c) > 1]
    # a chain that stops short (scope all, above a unit reporting by scope) is part of a longer one
    chains = [c for c in chains if not any(c != o and o[len(o) - len(c) :] == c for o in chains)]
    steps: list[list[str]] = []
    for chain in chains:
        labels = [overview_label(chart.unit(u)) for u in chain]
        for known in steps:
            if len(known) == len(labels) and sum(a != b for a, b in zip(known, labels, strict=True)) == 1:
                at = next(i for i, (a, b) in enumerate(zip(known, labels, strict=True)) if a != b)
                known[at] = f"{known[at]} / {labels[at]}"
                break
        else:
            steps.append(labels)
    return "; ".join(" › ".join(labels) for labels in steps)


def heading(chart: Chart, spec: PageSpec, pages: int) -> tuple[str, str]:
    """A page's title (what it shows: the chart's title on an overview, else the branch)
    and its subtitle (the chart's title below a branch, and the chain of command above it)."""
    if spec.root is None:
        part = f" (part {spec.part[0]} of {spec.part[1]})" if spec.part is not None else ""
        return (f"{chart.title} — overview{part}" if pages > 1 else chart.title), ""
    title = chart.unit(spec.root).label
    if spec.part is not None:
        title += f" (part {spec.part[0]} of {spec.part[1]})"
    chain = _chains(chart, spec)
    return title, f"{chart.title} · Chain of command: {chain}" if chain else chart.title


def mark_page(
    spec: PageSpec, plan: ExportPlan, word: str = "page", pages: Sequence[PageSpec] = ()
) -> ExportPlan:
    """A copy of a page's *plan* with its chain-of-command cards faded and a note on each card
    that continues elsewhere ("continued on page 4", or "on pages 4–5" when a branch takes
    several of *pages*; *word*: what a page is called, "slide" in a deck). Plans are shared
    between pages that hold the same units: the copy keeps each page's notes its own."""
    tabs: dict[str, str] = {}
    for uid, number in spec.continued.items():
        target = pages[number - 1] if 0 < number <= len(pages) else None
        parts = target.part[1] if target is not None and target.part is not None else 1
        where = f"{word}s {number}–{number + parts - 1}" if parts > 1 else f"{word} {number}"
        tabs[uid] = f"continued on {where}"
    return replace(plan, context=frozenset(spec.context), tabs=tabs)


def paged_plans(
    chart: Chart,
    planner: Planner,
    holds: Callable[[ExportPlan], bool],
    type_scale: TypeScale,
    column: int,
    *,
    own_pages: Collection[str] = (),
) -> list[tuple[PageSpec, ExportPlan]]:
    """The pages of *chart* and the plan of each: as many units a page as *holds* accepts."""
    plans: dict[tuple[frozenset[str], frozenset[str]], ExportPlan] = {}

    def plan_of(shown: Sequence[str], context: Sequence[str]) -> ExportPlan:
        key = (frozenset(shown) - frozenset(context), frozenset(context))
        if key not in plans:
            plans[key] = planner([*context, *shown], context, type_scale, column)
        return plans[key]

    specs = paginate(chart, lambda shown, context: holds(plan_of(shown, context)), own_pages)
    return [(spec, plan_of(spec.units, spec.context)) for spec in specs]
