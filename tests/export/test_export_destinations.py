"""Where an export may go: only a regular file is replaced, and only by a whole new file.

A symbolic link, FIFO, folder or device at the output name is refused before anything is
written (the link and what it points to, the pipe, the folder and the device stay as they
were). A write that fails part way — a full disk, a file size limit — exits 2 with the reason
and leaves the previous export byte for byte as it was, with no temporary file left over.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.io.atomic import NotRegularFileError, ensure_regular_target
from orgeditor.model import Chart
from orgeditor.render.export import FORMATS, export_chart

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "proposal-2017.yaml"
KINDS = ("symlink", "dangling symlink", "fifo", "folder")


def make_destination(folder: Path, name: str, kind: str) -> tuple[Path, Path | None]:
    """A *kind* of non-file at *folder*/*name*, and the file a link points to (or None)."""
    out = folder / name
    if kind == "fifo":
        os.mkfifo(out)
        return out, None
    if kind == "folder":
        out.mkdir()
        (out / "inside.txt").write_text("kept", encoding="utf-8")
        return out, None
    pointee = folder / f"real-{name}"
    if kind == "symlink":
        pointee.write_bytes(b"what the link points to")
    out.symlink_to(pointee.name)
    return out, pointee


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | str | None]]:
    """Every entry of *folder* with its type and content (a link's target, a file's bytes)."""
    seen: dict[str, tuple[int, bytes | str | None]] = {}
    for entry in sorted(folder.iterdir()):
        mode = entry.lstat().st_mode
        if stat.S_ISLNK(mode):
            seen[entry.name] = (stat.S_IFMT(mode), os.readlink(entry))
        elif stat.S_ISREG(mode):
            seen[entry.name] = (stat.S_IFMT(mode), entry.read_bytes())
        else:
            seen[entry.name] = (stat.S_IFMT(mode), None)
    return seen


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_onto_a_non_file_is_refused(pillar: Chart, tmp_path: Path, fmt: str, kind: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out, pointee = make_destination(folder, f"chart.{fmt}", kind)
    before = snapshot(folder)
    with pytest.raises(NotRegularFileError) as info:
        export_chart(pillar, out, fmt)
    assert snapshot(folder) == before  # nothing replaced, no temporary left behind
    if kind == "folder":
        assert snapshot(out) == {"inside.txt": (stat.S_IFREG, b"kept")}
    if pointee is not None and pointee.exists():
        assert pointee.read_bytes() == b"what the link points to"
    words = {"fifo": "a FIFO (named pipe)", "folder": "a folder"}.get(kind, "a symbolic link")
    assert str(info.value) == (
        f"{out} is {words}, not a regular file; choose another name. Nothing was written."
    )


def test_a_device_is_never_replaced(pillar: Chart) -> None:
    device = Path("/dev/null")
    if not device.is_char_device():
        pytest.skip("no /dev/null character device here")
    # asked first on its own: if the check failed, an export running as root could replace it
    with pytest.raises(NotRegularFileError, match="is a device"):
        ensure_regular_target(device)
    for fmt in FORMATS:
        with pytest.raises(NotRegularFileError, match=r"^/dev/null is a device, not a regular file"):
            export_chart(pillar, device, fmt)
        assert device.is_char_device()


@pytest.mark.parametrize("kind", [*KINDS, "device"])
def test_cli_refuses_a_non_file_with_exit_2(
    pillar: Chart, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    if kind == "device":
        out, pointee = Path("/dev/null"), None
        if not out.is_char_device():
            pytest.skip("no /dev/null character device here")
        ensure_regular_target_refuses(out)
        args = ["--format", "svg"]
    else:
        out, pointee = make_destination(tmp_path, "chart.svg", kind)
        args = []
    assert main(["export", str(pillar.path), "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"orgeditor export: error: {out}: cannot write: it is ")
    assert "not a regular file; choose another name. Nothing was overwritten." in err
    assert "Traceback" not in err
    if pointee is not None and pointee.exists():
        assert pointee.read_bytes() == b"what the link points to"
    assert kind != "symlink" or out.is_symlink()


def ensure_regular_target_refuses(path: Path) -> None:
    with pytest.raises(NotRegularFileError):
        ensure_regular_target(path)


def test_control_characters_in_the_name_are_escaped(
    pillar: Chart, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "evil\x1b[2J.svg"
    out.mkdir()
    assert main(["export", str(pillar.path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "evil\\x1b[2J.svg: cannot write: it is a folder" in err


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png", "pptx"])
def test_a_link_made_while_drawing_is_not_replaced(pillar: Chart, tmp_path: Path, fmt: str) -> None:
    """The target is looked at again just before the rename, not only at the start."""
    out = tmp_path / f"chart.{fmt}"
    pointee = tmp_path / "elsewhere"
    pointee.write_bytes(b"kept")

    def progress(done: int, total: int) -> bool:
        if not out.is_symlink():
            out.symlink_to(pointee.name)
        return True

    with pytest.raises(NotRegularFileError, match="is a symbolic link"):
        export_chart(pillar, out, fmt, progress=progress)
    assert out.is_symlink() and pointee.read_bytes() == b"kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart." + fmt, "elsewhere", "pillar.yaml"]


#: Smaller than every export of the example chart, so each write runs into the limit.
LIMIT = 8 * 1024
LIMITED_FORMATS = ("svg", "pdf", "png", "pptx", "yaml", "csv", "dot", "graphml")

CHILD = textwrap.dedent(
    """
    import contextlib, io, json, resource, sys
    resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
    from orgeditor.cli import main
    results = {{}}
    for out in sys.argv[2:]:
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            status = main(["export", sys.argv[1], "-o", out])
        results[out] = [status, err.getvalue()]
    print(json.dumps(results))
    """
)


def test_a_file_size_limit_leaves_every_previous_export_whole(tmp_path: Path) -> None:
    """Under ``ulimit -f`` (RLIMIT_FSIZE) every format fails with exit 2 and keeps the previous
    export byte for byte; Python ignores SIGXFSZ, so the write fails with EFBIG instead of the
    process being killed."""
    outs = [tmp_path / f"previous.{fmt}" for fmt in LIMITED_FORMATS]
    for out in outs:
        assert main(["export", str(EXAMPLE), "-o", str(out)]) == 0
        assert out.stat().st_size > LIMIT, out.name
    before = snapshot(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(limit=LIMIT), str(EXAMPLE), *map(str, outs)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    for out in outs:
        status, err = results[str(out)]
        assert status == 2, (out.name, err)
        assert err == (
            f"orgeditor export: error: {out}: cannot write: the file would be larger than the file "
            "size limit allows; save somewhere else. Nothing was overwritten.\n"
        ), out.name
    assert "Traceback" not in done.stderr
    assert snapshot(tmp_path) == before  # byte for byte, no temporary file, no NAME~ backup


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png", "pptx"])
def test_an_output_that_came_out_incomplete_replaces_nothing(
    pillar: Chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """Qt never raises on a failed write: its output is checked (the file's error state, the
    painter, the last bytes; for PowerPoint the zip directory) before the rename."""
    from orgeditor.render import export_pptx, export_qt  # noqa: PLC0415

    out = tmp_path / f"chart.{fmt}"
    out.write_bytes(b"previous")
    if fmt == "pptx":
        monkeypatch.setattr(export_pptx, "is_zipfile", lambda _path: False)
    else:
        monkeypatch.setattr(export_qt, "_ends_whole", lambda _path, _fmt: False)
    with pytest.raises(OSError, match="came out incomplete") as info:
        export_chart(pillar, out, fmt)
    assert info.value.filename == str(out)
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart." + fmt, "pillar.yaml"]


def test_a_png_that_qt_could_not_save_replaces_nothing(
    pillar: Chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage  # noqa: PLC0415

    out = tmp_path / "chart.png"
    out.write_bytes(b"previous")
    monkeypatch.setattr(QImage, "save", lambda *_args: False)
    with pytest.raises(OSError, match="came out incomplete"):
        export_chart(pillar, out)
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "pillar.yaml"]
