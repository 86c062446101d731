#!/usr/bin/env bash
# orgeditor's translations (docs/translation.md). resources/i18n/orgeditor_<lang>.ts is kept in
# the repository; the compiled orgeditor_<lang>.qm beside it is not (the package build and
# scripts/setup.sh make it).
#   bash scripts/translations.sh update    # re-scan the sources into every .ts (pyside6-lupdate)
#   bash scripts/translations.sh compile   # .ts -> .qm (pyside6-lrelease), for a checkout
# After `update`, translate the new entries (pyside6-linguist, or by hand: remove
# type="unfinished"), then `compile`. The tests fail while an entry is unfinished or missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PYSIDE_BIN:-.venv/bin}
# The sources whose strings are translated: the editor, its undoable commands, the legend and the
# cards, and the texts of the differences and comparisons (the pure diff and compare mark them with QT_TRANSLATE_NOOP and
# translate(), orgeditor/model/i18n.py; only the editor translates them), and the field names of
# merge conflicts (the rules' FIELD_WORDS; the conflicts dock shows them).
SOURCES=(orgeditor/ui orgeditor/commands orgeditor/render/diagram.py orgeditor/render/painting.py orgeditor/diff orgeditor/compare
         orgeditor/rules/checks_conflicts.py)

case "${1:-}" in
  update)
    for ts in resources/i18n/orgeditor_*.ts; do
      "$bin/pyside6-lupdate" -extensions py -no-obsolete -locations relative "${SOURCES[@]}" -ts "$ts"
    done
    ;;
  compile)
    for ts in resources/i18n/orgeditor_*.ts; do
      "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
    ;;
  *)
    echo "usage: bash scripts/translations.sh update|compile" >&2
    exit 2
    ;;
esac
