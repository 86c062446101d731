#!/usr/bin/env bash
# Build a standalone orgeditor: a folder that runs without Python (dist/orgeditor/orgeditor, or
# orgeditor.exe on Windows), made with PyInstaller in a build venv of its own (build/bundle-venv),
# from a regular (not editable) install of this checkout, so the packaged data is used exactly
# as a wheel ships it. Then, unless --no-smoke, it smoke-tests the folder from an empty directory
# with no venv on PATH: --version, check, export to PDF and PPTX, an offscreen start of the editor
# on the built-in chart. Why PyInstaller, and the Windows and macOS steps: docs/install.md.
# Usage: bash scripts/bundle.sh [--no-smoke]      (about 35 s here, build and smoke test)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
smoke=yes
[ "${1:-}" = "--no-smoke" ] && smoke=no
started=$SECONDS

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] && PYTHON=$(.venv/bin/python -c 'import sys; print(sys._base_executable)')
venv=build/bundle-venv
if [ ! -x "$venv/bin/python" ]; then
  "$PYTHON" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -U pip
fi
echo "bundle: installing orgeditor and PyInstaller into $venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10" . >build/bundle-pip.log 2>&1 ||
  { cat build/bundle-pip.log; exit 1; }

# PyInstaller wants a script; the command line is orgeditor.cli:main, as for the installed command.
mkdir -p build/bundle
cat > build/bundle/orgeditor_main.py <<'EOF'
import sys

from orgeditor.cli import main

sys.exit(main())
EOF

# python-pptx opens its XML templates as pptx/oxml/../templates/…: the folder pptx/oxml must
# exist, so its sources go beside the archived bytecode (a hook, so that every platform gets it).
mkdir -p build/bundle/hooks
cat > build/bundle/hooks/hook-pptx.py <<'EOF'
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("pptx")
module_collection_mode = {"pptx.oxml": "pyz+py"}
EOF

# PyInstaller's own runtime hook for pygraphviz imports it as the program starts. Its wheel
# bundles a libxcb of its own, and Qt then dies on a real X display in QApplication (DESIGN.md
# section 3: QtGui before pygraphviz). Runtime hooks given here run before PyInstaller's.
cat > build/bundle/rthook_qt_first.py <<'EOF'
import PySide6.QtGui  # noqa: F401  # before pygraphviz, whose libxcb would break Qt's
EOF

echo "bundle: running PyInstaller"
# --collect-submodules: commands are imported by name when they run (orgeditor.cli.COMMANDS).
# --collect-data: the rulebooks, schema, icons, examples (orgeditor/_data) and Jinja2 templates.
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --name orgeditor \
  --distpath dist --workpath build/bundle/work --specpath build/bundle \
  --collect-submodules orgeditor --collect-data orgeditor \
  --additional-hooks-dir build/bundle/hooks --collect-all pygraphviz \
  --runtime-hook build/bundle/rthook_qt_first.py \
  --exclude-module tkinter --exclude-module pytest --exclude-module hypothesis \
  build/bundle/orgeditor_main.py

app=$repo/dist/orgeditor
echo "bundle: $app ($(du -sh "$app" | cut -f1)) built in $((SECONDS - started)) s"
[ "$smoke" = yes ] || exit 0

# The smoke test: an empty folder, a home of its own, a PATH with no Python venv, no display.
work=$(mktemp -d "${TMPDIR:-/tmp}/orgeditor-bundle.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/empty" "$work/home"
cd "$work/empty"
fail() { echo "bundle smoke: FAILED: $*" >&2; exit 1; }
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export QT_QPA_PLATFORM=offscreen PATH=/usr/bin:/bin
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

"$app/orgeditor" --version
chart=$(find "$app" -path '*/orgeditor/_data/examples/proposal-2017.yaml' | head -n 1)
[ -n "$chart" ] || fail "the bundled examples are missing"
cp "$(dirname "$chart")"/*.yaml .
# the French translation: orgeditor's (compiled by the package build) and Qt's own
for qm in orgeditor/_data/resources/i18n/orgeditor_fr.qm translations/qtbase_fr.qm; do
  [ -n "$(find "$app" -path "*/$qm" | head -n 1)" ] || fail "the bundle has no $qm"
done
echo "bundle smoke: orgeditor_fr.qm and qtbase_fr.qm are in the bundle"
set +e
"$app/orgeditor" check proposal-2017.yaml >check.txt
status=$?
set -e
[ "$status" = 0 ] || { cat check.txt; fail "check proposal-2017.yaml: exit $status (0 expected)"; }
echo "bundle smoke: check proposal-2017.yaml: exit 0, no error finding"
for fmt in pdf pptx; do
  "$app/orgeditor" export implemented-2019.yaml -o "chart.$fmt" --badges --page a4 || fail "export to $fmt"
  [ -s "chart.$fmt" ] || fail "export to $fmt wrote nothing"
done
echo "bundle smoke: exported PDF ($(du -k chart.pdf | cut -f1) kB) and PPTX ($(du -k chart.pptx | cut -f1) kB)"
t0=$(date +%s%N)
ORGEDITOR_QUIT_AFTER_MS=1 timeout 120 "$app/orgeditor" 2>editor.err || { cat editor.err; fail "editor start"; }
t1=$(date +%s%N)
grep -q "showing proposal-2017.yaml" editor.err || { cat editor.err; fail "the editor did not open the built-in chart"; }
echo "bundle smoke: the editor started on the built-in chart and quit; start to quit $(((t1 - t0) / 1000000)) ms"
# On a real X display too (Xvfb): offscreen alone did not show a crash in QApplication there.
if command -v Xvfb >/dev/null; then
  display=:$((90 + RANDOM % 100))
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  set +e
  DISPLAY=$display QT_QPA_PLATFORM=xcb ORGEDITOR_QUIT_AFTER_MS=1 timeout 120 "$app/orgeditor" 2>editor-x.err
  status=$?
  set -e
  kill "$xvfb" 2>/dev/null || true
  [ "$status" = 0 ] || { cat editor-x.err; fail "editor start on an X display ($display): exit $status"; }
  echo "bundle smoke: the editor started on an X display (Xvfb) and quit"
else
  echo "bundle smoke: no Xvfb here: the X display start was not tried"
fi
echo "bundle smoke: passed"
