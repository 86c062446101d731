"""Paths named inside a chart (``baseline``, ``rulebooks``) cannot make the program read, hang on
or echo a file that is not a chart or rulebook beside it."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.io import ChartLoadError, load_chart, loads_chart
from orgeditor.io.reading import FileRefusedError, read_regular_file
from orgeditor.rules import RulebookError, check_chart, load_baseline
from orgeditor.rules.rulebook import load_rulebook

SECRET = "canary-7f3a9c-do-not-print"
LOCATED = re.compile(r"^.+:\d+:\d+: error: ", re.MULTILINE)


def _chart(tmp_path: Path, extra: str, name: str = "chart.yaml") -> Path:
    path = tmp_path / name
    path.write_text(f"orgchart: 1\ntitle: T\n{extra}units:\n  a: {{name: A, kind: office}}\n")
    return path


@pytest.fixture
def secrets(tmp_path: Path) -> Path:
    """A folder beside the chart's holding files that are not charts or rulebooks."""
    folder = tmp_path / "secrets"
    folder.mkdir()
    (folder / "passwd").write_text(f"root:{SECRET}:0:0\n")
    (folder / "creds.yaml").write_text(f"password: {SECRET}\ntoken: {SECRET}\n")
    (folder / "note.yaml").write_text(f"{SECRET} {SECRET}\n")
    return folder


@pytest.mark.parametrize(
    "entry",
    [
        "secrets/passwd",
        "../../../../../../etc/passwd",
        "/etc/passwd",
        "/etc/hostname.yaml",
        "~/x.yaml",
        "C:/x.yaml",
        "Bad Name",
    ],
)
def test_a_rulebook_path_a_chart_may_not_name_is_a_located_load_error(
    tmp_path: Path, secrets: Path, entry: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _chart(tmp_path, f'rulebooks: ["{entry}"]\n')
    with pytest.raises(ChartLoadError) as caught:
        load_chart(path)
    assert caught.value.first.line == 3
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert LOCATED.match(err) and SECRET not in err


@pytest.mark.parametrize("entry", ["/etc/passwd", "../../../../etc/shadow", "secrets/passwd", "~/b.yaml"])
def test_a_baseline_path_a_chart_may_not_name_is_a_located_load_error(
    tmp_path: Path, secrets: Path, entry: str
) -> None:
    with pytest.raises(ChartLoadError, match="baseline") as caught:
        load_chart(_chart(tmp_path, f'baseline: "{entry}"\n'))
    assert (caught.value.first.line, caught.value.first.column) == (3, 11)


@pytest.mark.parametrize("name", ["creds.yaml", "note.yaml"])
def test_a_yaml_file_that_is_not_a_rulebook_is_never_echoed(
    tmp_path: Path, secrets: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _chart(tmp_path, f"rulebooks: [secrets/{name}]\n")
    assert main(["check", str(path)]) == 2
    assert main(["export", str(path), "-o", str(tmp_path / "x.csv")]) == 0  # badges only lost
    captured = capsys.readouterr()
    assert SECRET not in captured.err + captured.out
    assert LOCATED.search(captured.err)


def test_a_yaml_file_that_is_not_a_chart_as_baseline_is_never_echoed(tmp_path: Path, secrets: Path) -> None:
    chart = load_chart(_chart(tmp_path, "baseline: secrets/creds.yaml\nrulebooks: [peace-security-2017]\n"))
    baseline = load_baseline(chart)
    assert baseline is not None and baseline.chart is None
    assert SECRET not in str(baseline.error)
    assert all(SECRET not in f.message for f in check_chart(chart))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_chart_rulebook_or_baseline_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    start = time.monotonic()
    with pytest.raises(ChartLoadError, match="FIFO"):
        load_chart(tmp_path / "pipe.yaml")
    with pytest.raises(RulebookError, match="FIFO"):
        load_rulebook(tmp_path / "pipe.yaml")
    rulebook_chart = _chart(tmp_path, "rulebooks: [pipe.yaml]\n", "r.yaml")
    assert main(["check", str(rulebook_chart)]) == 2
    baseline_chart = _chart(tmp_path, "baseline: pipe.yaml\nrulebooks: [peace-security-2017]\n", "b.yaml")
    assert main(["check", str(baseline_chart)]) == 1  # cost-neutral cannot hold without a baseline
    assert main(["export", str(baseline_chart), "-o", str(tmp_path / "b.pptx")]) == 0
    assert time.monotonic() - start < 20
    assert "pipe.yaml:1:1: the file is a FIFO" in capsys.readouterr().out


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_before_anything_is_read(tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    link = tmp_path / "device.yaml"
    link.symlink_to(device)
    with pytest.raises(FileRefusedError, match="device"):
        read_regular_file(link, 1000)
    with pytest.raises(RulebookError, match="device"):
        check_chart(
            loads_chart(_chart(tmp_path, "rulebooks: [device.yaml]\n").read_text(), path=tmp_path / "c")
        )


def test_a_folder_and_a_huge_rulebook_are_refused_by_size_not_read(tmp_path: Path) -> None:
    (tmp_path / "folder.yaml").mkdir()
    with pytest.raises(RulebookError, match="folder"):
        load_rulebook(tmp_path / "folder.yaml")
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:  # sparse: 3 GB that cost nothing on disk
        handle.truncate(3 * 1024**3)
    start = time.monotonic()
    with pytest.raises(RulebookError, match="limit is"):
        load_rulebook(huge)
    with pytest.raises(ChartLoadError, match="limit is 20 MB"):
        load_chart(huge)
    assert time.monotonic() - start < 2


def test_relative_paths_beside_and_above_the_chart_still_work(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    folder = tmp_path / "variants" / "mine"
    folder.mkdir(parents=True)
    (tmp_path / "variants" / "base.yaml").write_bytes((examples / "baseline-2017.yaml").read_bytes())
    (folder / "rules.yml").write_text(
        "rulebook: 1\nname: mine\nrules:\n  - id: mine.span\n    severity: info\n"
        "    check: {max-direct-reports: {max: 1}}\n"
    )
    path = _chart(folder, "baseline: ../base.yaml\nrulebooks: [peace-security-2017, rules.yml]\n")
    chart = load_chart(path)
    baseline = load_baseline(chart)
    assert baseline is not None and baseline.chart is not None
    assert {f.rule for f in check_chart(chart)} >= {"pillar.two-departments"}


def test_a_symbolic_link_loop_is_refused_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    for name in ("loop.yaml", "a.yaml"):
        assert main(["check", str(_chart(tmp_path, f"rulebooks: [{name}]\n", "r.yaml"))]) == 2
        baseline = _chart(tmp_path, f"baseline: {name}\nrulebooks: [peace-security-2017]\n", "b2.yaml")
        assert main(["check", str(baseline)]) == 1
        assert main(["check", str(tmp_path / name)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert LOCATED.search(captured.err)


def test_a_chart_like_baseline_is_never_echoed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "base.yaml").write_text(f"orgchart: 1\ntitle: x\nunits: {{a: {{name: A, kind: {SECRET}}}}}\n")
    path = _chart(tmp_path, "baseline: base.yaml\nrulebooks: [peace-security-2017]\n")
    assert main(["check", str(path)]) == 1
    assert main(["check", str(path), "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err
    assert "base.yaml:3:" in captured.out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_named_on_the_command_line_is_read_when_it_sends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading  # noqa: PLC0415

    from orgeditor.io import reading  # noqa: PLC0415

    pipe = tmp_path / "piped.yaml"
    os.mkfifo(pipe)
    chart = b"orgchart: 1\ntitle: Piped\nunits:\n  a: {name: A, kind: office}\n"

    def send() -> None:
        time.sleep(0.3)
        pipe.write_bytes(chart)

    writer = threading.Thread(target=send)
    writer.start()
    assert main(["check", str(pipe)]) == 0  # as <(git show HEAD:chart.yaml) would be
    writer.join()
    monkeypatch.setattr(reading, "PIPE_WAIT", 0.2)
    assert main(["check", str(pipe)]) == 2  # no writer: refused, not a hang
    assert "sent nothing" in capsys.readouterr().err
    with pytest.raises(ChartLoadError, match="FIFO"):
        load_chart(pipe)  # a path from inside a chart, or the editor's Open: never waited on
