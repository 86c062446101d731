"""Fuzzing the chart loader and the command line over it: whatever the bytes, the loader raises
only ChartLoadError, commands exit 0, 1 or 2 with no traceback and no raw control character,
and each input is dealt with in bounded time (hypothesis' deadline)."""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.cli import main
from orgeditor.io import ChartLoadError, loads_chart

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "proposal-2017.yaml").read_text(
    encoding="utf-8"
)
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: Pieces a hostile edit splices into a valid chart.
TOKENS = [
    "&a ",
    "*a",
    "!!python/object/apply:os.system ['x'] ",
    "!x ",
    "<<: ",
    "0x1f",
    "1:20",
    "017",
    "9" * 5000,
    "1e400",
    ".nan",
    "-.inf",
    "~",
    "on",
    "\t",
    "\x1b[2J",
    "\r",
    "\x85",
    "\u202e",
    "\x00",
    "{",
    "}",
    "[",
    "]",
    ": ",
    "- ",
    "\n  ",
    "\n",
    "'",
    '"',
    "#",
    "---\n",
    "? ",
    "|\n",
    "rulebooks: [/etc/passwd]\n",
    "baseline: /dev/zero\n",
    "reports_to: nowhere",
    "posts: -1",
    "scope: sideways",
]
FAST = settings(max_examples=200, deadline=5000, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_load_or_give_a_located_error(data: bytes) -> None:
    try:
        loads_chart(data, "fuzz.yaml")
    except ChartLoadError as exc:
        assert re.match(r"fuzz\.yaml:\d+:\d+: error: ", str(exc))
        assert RAW.search(str(exc)) is None


@st.composite
def mutated_charts(draw: st.DrawFn) -> str:
    text = EXAMPLE
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 40))
        piece = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)))
        text = text[:at] + piece + text[at + cut :]
    return text


@FAST
@given(mutated_charts())
def test_a_mutated_chart_never_breaks_a_command(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chart.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        for argv in (["check", str(path)], ["trace", str(path), "dpo"]):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(argv)
            output = out.getvalue() + err.getvalue()
            assert status in (0, 1, 2), output
            assert "Traceback" not in output
            assert RAW.search(output) is None, repr(output)
            if status == 2 and argv[0] == "check":
                assert re.match(rf"{re.escape(str(path))}:\d+:\d+: error: ", err.getvalue()), output
