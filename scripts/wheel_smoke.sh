#!/usr/bin/env bash
# Prove the built package works as a user installs it: build the sdist and the wheel (the wheel
# from the sdist, so the sdist is proven complete too), install the wheel into a fresh virtual
# environment outside the checkout, and from an empty folder run --version, check, export (SVG,
# PDF, PPTX), diff and an offscreen start of the editor. Every example's `check --format json`
# and exit status, and the diff, must be what the checkout gives (the file path aside), and the
# SVG export must be byte-identical. Called by .ci/run; usage: bash scripts/wheel_smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
checkout=$repo/.venv/bin/orgeditor
started=$SECONDS

work=$(mktemp -d "${TMPDIR:-/tmp}/orgeditor-wheel.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "wheel smoke: FAILED: $*" >&2; exit 1; }

echo "wheel smoke: building the sdist and the wheel"
.venv/bin/python -m build --outdir "$work/dist" . >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build"; }
wheel=$(ls "$work"/dist/orgeditor-*.whl)
sdist=$(ls "$work"/dist/orgeditor-*.tar.gz)
echo "wheel smoke: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) kB), $(basename "$sdist") ($(du -k "$sdist" | cut -f1) kB)"

echo "wheel smoke: installing the wheel into a fresh venv"
base_python=$(.venv/bin/python -c 'import sys; print(sys._base_executable)')
"$base_python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check "$wheel" >"$work/pip.log" 2>&1 ||
  { cat "$work/pip.log"; fail "pip install of the wheel"; }
installed=$work/venv/bin/orgeditor

# A user's situation: an empty folder, a home of their own, no checkout on any path, no display.
mkdir "$work/empty" "$work/home"
cd "$work/empty"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH
run() { "$installed" "$@"; }
# Two JSON outputs are the same but for the file names they give (they are run from elsewhere).
same_json() {
  "$work/venv/bin/python" -c '
import json, sys
def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k != "file"}
    return [strip(v) for v in value] if isinstance(value, list) else value
want, got = (strip(json.load(open(path, encoding="utf-8"))) for path in sys.argv[1:])
sys.exit(want != got)' "$1" "$2"
}

version=$("$repo/.venv/bin/python" -c 'import orgeditor; print(orgeditor.__version__)')
[ "$(run --version)" = "orgeditor $version" ] || fail "--version says '$(run --version)', not 'orgeditor $version'"
echo "wheel smoke: $(run --version)"

data=$("$work/venv/bin/python" -c 'from orgeditor.resources import data_root; print(data_root())')
case $data in "$work/venv/"*) ;; *) fail "the installed package reads its data from $data, not from itself" ;; esac
examples=$data/examples

# Every example ships, unchanged, and checks exactly as in the checkout.
count=0
for chart in "$repo"/examples/*.yaml; do
  name=$(basename "$chart")
  cmp -s "$chart" "$examples/$name" || fail "$name is missing from the wheel or differs"
  set +e
  (cd "$repo/examples" && "$checkout" check "$name" --format json) >"$work/want.json" 2>"$work/want.err"
  want_status=$?
  run check "$examples/$name" --format json >"$work/got.json" 2>"$work/got.err"
  got_status=$?
  set -e
  [ "$got_status" = "$want_status" ] || { cat "$work/got.err"; fail "check $name: exit $got_status, checkout $want_status"; }
  same_json "$work/want.json" "$work/got.json" || fail "check $name --format json differs from the checkout's"
  count=$((count + 1))
done
echo "wheel smoke: check --format json of $count examples as in the checkout"

for fmt in svg pdf pptx; do
  run export "$examples/proposal-2017.yaml" -o "pillar.$fmt" --badges 2>"$work/export.err" ||
    { cat "$work/export.err"; fail "export to $fmt"; }
  [ -s "pillar.$fmt" ] || fail "export to $fmt wrote nothing"
  ! grep -q . "$work/export.err" || { cat "$work/export.err"; fail "export to $fmt warned"; }
done
"$checkout" export "$repo/examples/proposal-2017.yaml" -o "$work/checkout.svg" --badges
cmp -s pillar.svg "$work/checkout.svg" || fail "the SVG export differs from the checkout's"
echo "wheel smoke: exported SVG (as the checkout), PDF ($(du -k pillar.pdf | cut -f1) kB), PPTX ($(du -k pillar.pptx | cut -f1) kB)"

set +e
run diff "$examples/proposal-2017.yaml" "$examples/implemented-2019.yaml" --format json >"$work/got.json"
got_status=$?
(cd "$repo/examples" && "$checkout" diff proposal-2017.yaml implemented-2019.yaml --format json) >"$work/want.json"
want_status=$?
set -e
[ "$got_status" = 1 ] && [ "$want_status" = 1 ] || fail "diff: exit $got_status, checkout $want_status (1 expected)"
same_json "$work/want.json" "$work/got.json" || fail "diff --format json differs from the checkout's"
echo "wheel smoke: diff as in the checkout"

ORGEDITOR_QUIT_AFTER_MS=1500 timeout 60 "$installed" 2>"$work/editor.err" || { cat "$work/editor.err"; fail "editor start"; }
grep -q "showing proposal-2017.yaml" "$work/editor.err" || { cat "$work/editor.err"; fail "the editor did not open the built-in chart"; }
echo "wheel smoke: the editor started offscreen on the built-in chart and quit"

# The French translation is compiled into the wheel, and LANG alone makes the editor French.
[ -f "$data/resources/i18n/orgeditor_fr.qm" ] || fail "the wheel has no compiled French translation"
french=$(LANG=fr_FR.UTF-8 "$work/venv/bin/python" -c '
from PySide6.QtCore import QCoreApplication
from orgeditor.ui.app import application
application()
print(QCoreApplication.translate("Menus", "&File"), QCoreApplication.translate("QPlatformTheme", "Cancel"))')
[ "$french" = "&Fichier Annuler" ] || fail "LANG=fr_FR.UTF-8 gives '$french', not French menus and buttons"
echo "wheel smoke: French menus and Qt buttons under LANG=fr_FR.UTF-8"

echo "wheel smoke: passed in $((SECONDS - started)) s"
