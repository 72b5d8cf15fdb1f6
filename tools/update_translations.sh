#!/usr/bin/env bash
# Refresh the English translation: extract Dutch source strings from the code
# (pyside6-lupdate), fill in known English texts (tools/fill_translations.py),
# and compile resources/translations/bruinpapier_en.qm (pyside6-lrelease).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/venv.sh"
ensure_venv
cd "$BRUINPAPIER_ROOT"
TS=resources/translations/bruinpapier_en.ts
mapfile -t SOURCES < <(find desktop boards cli printing -name '*.py' -not -path '*/__pycache__/*' | sort)
"$VENV/bin/pyside6-lupdate" -no-obsolete -source-language nl_NL -target-language en_GB "${SOURCES[@]}" -ts "$TS"
"$VENV/bin/python" tools/fill_translations.py "$TS"
"$VENV/bin/pyside6-lrelease" "$TS" -qm resources/translations/bruinpapier_en.qm
