#!/usr/bin/env bash
# Set up orgeditor on a Debian machine: the system libraries Qt needs (installed with apt when
# run as root or with sudo, skipped when already present), a virtual environment in .venv, and
# the package with its test and lint tools. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt offscreen + on a real X display, fonts, Xvfb for GUI smoke runs, pdftotext for export tests.
SYSTEM_PACKAGES=(
  libgl1 libegl1 libdbus-1-3 libfontconfig1 libxkbcommon0 fonts-dejavu-core libglib2.0-0
  libx11-6 libxext6 libxrender1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1
  libxkbcommon-x11-0 xvfb xauth poppler-utils
)

python_ok() {
  command -v "$1" >/dev/null 2>&1 &&
    "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

PYTHON=${PYTHON:-python3}
missing=()
for package in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
python_ok "$PYTHON" || missing+=(python3 python3-venv python3-pip)

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="skip"; fi
    fi
    if [ "$SUDO" = "skip" ]; then
      echo "setup: not root and no sudo; please install: ${missing[*]}" >&2
    else
      echo "setup: installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      $SUDO apt-get update -qq
      $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  else
    echo "setup: not a Debian system; make sure these are installed: ${missing[*]}" >&2
  fi
fi
python_ok "$PYTHON" || PYTHON=/usr/bin/python3
python_ok "$PYTHON" || { echo "setup: Python 3.11+ with venv is required" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $("$PYTHON" --version)"
  "$PYTHON" -m venv .venv
fi

# Reinstall only when the project's dependencies changed.
stamp=.venv/.orgeditor-installed
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "setup: installing orgeditor and its dependencies into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check -U pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,dev]"
  echo "$wanted" > "$stamp"
fi
# The editor's translations: .ts (in git) -> .qm (not in git), when missing or out of date.
for ts in resources/i18n/orgeditor_*.ts; do
  [ -e "$ts" ] || continue
  if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
    bash scripts/translations.sh compile
    break
  fi
done
# Byte-compile the package now (an editable install does not): the first start is then as
# quick as the next, even where Python may not write bytecode (PYTHONDONTWRITEBYTECODE).
.venv/bin/python -m compileall -q orgeditor >/dev/null || echo "setup: could not byte-compile orgeditor" >&2
