"""Kill the editor (kill -9) in the middle of an editing session under Xvfb; every edit comes back.

1. Starts the real editor on a copy of an example, in a private home (data and settings
   folders of its own), on an Xvfb display.
2. Makes edits with the keyboard through xdotool: Insert adds a unit and opens its name
   editor, the name is typed and Return commits it (two edits each).
3. ``kill -9``. The journal left behind must replay to a chart holding every new unit.
4. Starts the editor again: the recovery dialog must list the document with every edit;
   a screenshot is taken. Return presses Recover; Ctrl+S saves; the file on disk must now
   hold every unit added before the kill. Screenshots go to ``--shots``.

    .venv/bin/python scripts/gui_kill_test.py --shots /tmp/gui-kill

Needs Xvfb, xdotool and ImageMagick's ``import``. Exit status 0 when every check holds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgeditor.io import load_chart
from orgeditor.io.journal import JournalInfo, find_journals, replay

ROOT = Path(__file__).resolve().parents[1]

TITLE = "Org Chart Editor"


def wait_for(what: str, test: Callable[[], object], timeout: float = 30.0) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = test()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def xdotool(*args: str, env: dict[str, str]) -> str:
    run = subprocess.run(["xdotool", *args], capture_output=True, text=True, env=env, check=False)
    return run.stdout.strip()


def windows(name: str, env: dict[str, str]) -> list[str]:
    return xdotool("search", "--onlyvisible", "--name", name, env=env).split()


def shot(path: Path, env: dict[str, str]) -> None:
    subprocess.run(["import", "-window", "root", str(path)], env=env, check=True)
    print(f"screenshot: {path}")


def start_editor(chart: Path, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "orgeditor", str(chart)], cwd=ROOT, env=env, stdout=out, stderr=out
        )


def journals_folder(home: Path) -> Path:
    return home / "data" / "orgeditor" / TITLE / "journals"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=Path, default=Path(tempfile.gettempdir()) / "gui-kill")
    parser.add_argument("--units", type=int, default=3, help="units to add before the kill")
    parser.add_argument("--display", default=":97")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import"):
        if shutil.which(tool) is None:
            print(f"needs {tool}", file=sys.stderr)
            return 2
    args.shots.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="gui-kill-home-"))
    chart = home / "proposal.yaml"
    shutil.copy(ROOT / "examples" / "proposal-2017.yaml", chart)
    original = load_chart(chart)
    env = {
        **os.environ,
        "DISPLAY": args.display,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "xcb",
    }
    (home / "runtime").mkdir(mode=0o700)
    env.pop("QT_QPA_PLATFORMTHEME", None)
    xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"])
    log = args.shots / "editor.log"
    log.write_bytes(b"")
    editor: subprocess.Popen[bytes] | None = None
    try:
        time.sleep(1.0)
        editor = start_editor(chart, env, log)
        window = str(wait_for("the editor window", lambda: windows(TITLE, env)[:1])[0])  # type: ignore[index]
        time.sleep(3.0)  # first layout
        xdotool("windowfocus", "--sync", window, env=env)
        names = [f"Kill test unit {n}" for n in range(1, args.units + 1)]
        for name in names:
            xdotool("key", "--window", window, "Escape", env=env)  # nothing selected: a new root unit
            xdotool("key", "--window", window, "Insert", env=env)
            time.sleep(0.8)
            xdotool("key", "ctrl+a", env=env)
            xdotool("type", "--delay", "20", name, env=env)
            xdotool("key", "Return", env=env)
            time.sleep(0.8)
        shot(args.shots / "1-before-kill.png", env)
        editor.send_signal(signal.SIGKILL)
        editor.wait()
        print(f"editor killed with SIGKILL (status {editor.returncode})")
        folder = journals_folder(home)
        infos: list[JournalInfo] = find_journals(folder)
        assert len(infos) == 1, f"expected one journal in {folder}, found {infos}"
        replayed = replay(infos[0].path)
        added = [u for u in replayed if u.id not in original.units]
        found = sorted(u.name for u in added)
        print(f"journal: {infos[0].edits} edits; units added: {found}")
        assert found == sorted(names), f"journal lost edits: {found} != {names}"
        assert infos[0].edits == 2 * len(names), f"{infos[0].edits} edits journalled, {2 * len(names)} made"

        editor = start_editor(chart, env, log)
        dialog = str(wait_for("the recovery dialog", lambda: windows("Recover unsaved work", env)[:1])[0])  # type: ignore[index]
        time.sleep(1.0)
        shot(args.shots / "2-recovery-dialog.png", env)
        xdotool("windowfocus", "--sync", dialog, env=env)
        xdotool("key", "Return", env=env)  # Recover is the default button
        wait_for("the dialog to close", lambda: not windows("Recover unsaved work", env))
        time.sleep(2.0)
        shot(args.shots / "3-recovered.png", env)
        assert not find_journals(folder), "the old journal is still offered after Recover"
        window = str(windows(TITLE, env)[0])
        xdotool("windowfocus", "--sync", window, env=env)
        xdotool("key", "ctrl+s", env=env)
        saved = wait_for(
            "the recovered chart saved",
            lambda: sorted(u.name for u in load_chart(chart) if u.id not in original.units) == sorted(names),
            timeout=15,
        )
        assert saved
        shot(args.shots / "4-saved.png", env)
        print(f"PASS: all {len(names)} units ({2 * len(names)} edits) made before the kill came back, saved")
        return 0
    finally:
        if editor is not None and editor.poll() is None:
            editor.send_signal(signal.SIGKILL)
            editor.wait()
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
