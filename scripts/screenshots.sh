#!/usr/bin/env bash
# Regenerate the user guide's screenshots (docs/images/*.png) from the real program.
#
#   bash scripts/screenshots.sh            # writes docs/images/, needs Xvfb, xdotool, ImageMagick
#
# It starts its own Xvfb (1600x1000, the first free display from :97), opens copies of the
# example charts from ${TMPDIR:-/tmp}/orgeditor-guide (nothing shipped is written), drives the editor with
# keyboard shortcuts through xdotool, captures with `import -window root`, and crops and scales
# with `convert`. The CLI pictures come from `orgeditor export` and `orgeditor compare` (first
# page through pdftoppm). The app runs with HOME and the XDG folders in the temporary folder,
# so its settings and crash-recovery journals never touch yours; everything it started is
# killed by pid and the temporary folder is removed on exit. Run it again any time: it
# overwrites the same files.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/docs/images"
ORGEDITOR="${ORGEDITOR:-$ROOT/.venv/bin/orgeditor}"
WIDTH=1600 HEIGHT=1000

die() { echo "screenshots.sh: $*" >&2; exit 1; }

missing=()
for tool in Xvfb xdotool import convert pdftoppm; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    die "missing ${missing[*]} (Debian: apt-get install xvfb xdotool imagemagick poppler-utils)"
fi
[[ -x "$ORGEDITOR" ]] || die "no orgeditor at $ORGEDITOR (run scripts/setup.sh, or set ORGEDITOR=)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/orgeditor-shots.XXXXXX")"
XVFB_PID="" APP_PID="" C=""

cleanup() {
    local pid
    for pid in "$APP_PID" "$XVFB_PID"; do
        if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$WORK"   # the app's HOME: its settings and any crash-recovery journal go with it
    [[ -n "$C" ]] && rm -rf "$C"
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- a display of our own -------------------------------------------------------------------
display=97
while [[ -e "/tmp/.X11-unix/X$display" || -e "/tmp/.X$display-lock" ]]; do
    display=$((display + 1))
    ((display < 200)) || die "no free X display between :97 and :199"
done
Xvfb ":$display" -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X$display" ]] && break
    kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb did not start: $(cat "$WORK/xvfb.log")"
    sleep 0.1
done
export DISPLAY=":$display"

# --- the app's own home, and copies of the charts -------------------------------------------
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/runtime"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$WORK/raw" && chmod 700 "$XDG_RUNTIME_DIR"
# the charts' copies live in a folder of a fixed name, since the pictures show its path
charts="${TMPDIR:-/tmp}/orgeditor-guide"
mkdir "$charts" 2>/dev/null \
    || die "$charts exists: another run is under way, or remove it (left by a killed run)"
C="$charts"
cp "$ROOT"/examples/*.yaml "$C/"
mkdir -p "$OUT"

WIN=""
start_app() {   # start_app ARGS…: start the editor, wait for its window, size it to the screen
    "$ORGEDITOR" "$@" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    WIN="$(timeout 60 xdotool search --sync --onlyvisible --pid "$APP_PID" --name 'Org Chart Editor' | head -1)" \
        || die "the editor's window did not appear: $(tail -5 "$WORK/app.log")"
    xdotool windowmove "$WIN" 0 0 windowsize "$WIN" "$WIDTH" "$HEIGHT"
    xdotool windowactivate --sync "$WIN" 2>/dev/null || xdotool windowfocus --sync "$WIN"
    settle 3
}
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
settle() { sleep "${1:-1}"; }
keys() { xdotool key --clearmodifiers --delay 80 "$@"; settle 1; }
type_text() { xdotool type --delay 40 "$1"; settle 0.5; }
shot() { import -window root "$WORK/raw/$1.png"; }
close_dialog() {   # close_dialog WINDOW: focus it and press Escape, then give the focus back
    local dialog="$1"
    if [[ -n "$dialog" ]]; then
        xdotool windowfocus --sync "$dialog" 2>/dev/null || true
        xdotool key --clearmodifiers Escape
        settle 1
    fi
    xdotool windowfocus --sync "$WIN" 2>/dev/null || true
    settle 0.5
}
find_unit() {   # select a unit through the toolbar's find box (Ctrl+F, text, Return)
    keys ctrl+f
    type_text "$1"
    keys Return
    keys Escape
}
# save NAME SRC [GEOMETRY] [WIDTH]: crop (WxH+X+Y) and scale down to WIDTH, as docs/images/NAME.png
save() {
    local name="$1" src="$2" crop="${3:-}" width="${4:-1280}"
    local args=("$src")
    [[ -n "$crop" ]] && args+=(-crop "$crop" +repage)
    args+=(-resize "${width}x>" -strip -define png:compression-level=9)
    convert "${args[@]}" "$OUT/$name.png"
    local size
    size=$(stat -c %s "$OUT/$name.png")
    if ((size > 250000)); then   # a photo-like capture: fewer colours keep it small and sharp
        convert "$OUT/$name.png" -colors 128 -strip "$OUT/$name.png"
        size=$(stat -c %s "$OUT/$name.png")
    fi
    printf '  %-28s %4d KB\n' "$name.png" $((size / 1024))
}

echo "screenshots on $DISPLAY, work folder $WORK"

# 1. the editor on a draft that breaks the note: chart, outline, properties, checks, legend
start_app "$C/variant-four-asgs.yaml"
shot editor
save editor "$WORK/raw/editor.png"

# 2. Help ▸ Keyboard Shortcuts (made from the menus, so it is always current)
keys alt+h k
settle 1.5
dialog="$(xdotool search --onlyvisible --pid "$APP_PID" --name 'Shortcuts' | tail -1 || true)"
if [[ -n "$dialog" ]]; then
    import -window "$dialog" "$WORK/raw/shortcuts.png"
else
    shot shortcuts
fi
save shortcuts "$WORK/raw/shortcuts.png" "" 900
close_dialog "$dialog"

# 3. the checks dock: the first finding selected, the note's paragraph beside it
xdotool mousemove --window "$WIN" 120 845 click 1
settle 1.5
shot checks
save checks "$WORK/raw/checks.png" 910x185+0+805 910

# 4. tracing a regional ASG's chains (a unit shared by DPPA and DPO)
find_unit "ASG for Africa I"
keys ctrl+t
keys ctrl+0   # fit to window: both chains in view
shot trace
save trace "$WORK/raw/trace.png" 1060x630+245+45 1060

# 5. the export dialog with its preview
keys ctrl+shift+e
settle 3
shot export-dialog
dialog="$(xdotool search --onlyvisible --pid "$APP_PID" --name 'Export' | tail -1 || true)"
if [[ -n "$dialog" ]]; then
    import -window "$dialog" -frame "$WORK/raw/export-dialog.png" 2>/dev/null || shot export-dialog
fi
save export-dialog "$WORK/raw/export-dialog.png" "" 1100
close_dialog "$dialog"

stop_app

# 6. the 2019 implementation: a unit's posts by grade and source, and its lineage (formerly)
start_app "$C/implemented-2019.yaml"
find_unit "Department of Political and Peacebuilding"
xdotool mousemove --window "$WIN" 1485 387 click 1   # the dock's "By grade and source…" toggle
settle 1
shot properties
save properties "$WORK/raw/properties.png" 300x720+1300+50 300
stop_app

# 6b. Edit ▸ New Regional ASG… (Ctrl+Shift+A) on the proposal, filled in for Antarctica
start_app "$C/proposal-2017.yaml"
keys ctrl+shift+a
settle 1
type_text "Antarctica"
keys Tab Tab
type_text "ASG Antarctica"
dialog="$(xdotool search --onlyvisible --pid "$APP_PID" --name 'New Regional ASG' | tail -1 || true)"
if [[ -n "$dialog" ]]; then
    import -window "$dialog" "$WORK/raw/new-asg-dialog.png"
else
    shot new-asg-dialog
fi
save new-asg-dialog "$WORK/raw/new-asg-dialog.png" "" 900
close_dialog "$dialog"
stop_app

# 7. the compare view: the 2017 proposal beside the 2019 implementation
start_app "$C/proposal-2017.yaml" "$C/implemented-2019.yaml"
settle 2
shot compare-view
save compare-view "$WORK/raw/compare-view.png" "" 1200
stop_app

# 8. from the command line: a branch as PNG, and the briefing's first page
"$ORGEDITOR" export "$C/proposal-2017.yaml" --unit dpo -o "$WORK/raw/branch-dpo.png" --scale 1 >/dev/null
save branch-dpo "$WORK/raw/branch-dpo.png" "" 1200
(cd "$C" && "$ORGEDITOR" compare baseline-2017.yaml proposal-2017.yaml variant-four-asgs.yaml \
    implemented-2019.yaml -o "$WORK/raw/briefing.pdf" >/dev/null)   # relative names in the table
pdftoppm -f 1 -l 1 -r 90 -png -singlefile "$WORK/raw/briefing.pdf" "$WORK/raw/briefing-page1"
save briefing-page1 "$WORK/raw/briefing-page1.png" "" 900

echo "done: $OUT"
