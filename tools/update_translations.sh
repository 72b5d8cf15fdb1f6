#!/usr/bin/env bash
# Refresh the English translation. resources/translations/bruinpapier_en.ts is the
# single source of the English texts: pyside6-lupdate adds the Dutch source texts
# found in the code (keeping every English text already there), you fill in the new
# ones (Qt Linguist: pyside6-linguist, or any editor), and pyside6-lrelease compiles
# resources/translations/bruinpapier_en.qm. The script lists what is still untranslated.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/venv.sh"
ensure_venv
cd "$BRUINPAPIER_ROOT"
TS=resources/translations/bruinpapier_en.ts
mapfile -t SOURCES < <(find desktop boards cli printing -name '*.py' -not -path '*/__pycache__/*' | sort)
"$VENV/bin/pyside6-lupdate" -locations none -no-obsolete -source-language nl_NL -target-language en_GB "${SOURCES[@]}" -ts "$TS"
"$VENV/bin/pyside6-lrelease" "$TS" -qm resources/translations/bruinpapier_en.qm
"$VENV/bin/python" - "$TS" <<'PY'
import sys
import xml.etree.ElementTree as ET

missing = [
    f"{context.findtext('name')}: {message.findtext('source')!r}"
    for context in ET.parse(sys.argv[1]).getroot().iter("context")
    for message in context.iter("message")
    if (translation := message.find("translation")) is None
    or translation.get("type") == "unfinished"
    or not (translation.text or "").strip()
]
if missing:
    print(f"{len(missing)} text(s) still need English in {sys.argv[1]}:", *missing, sep="\n  ")
    sys.exit(1)
PY
