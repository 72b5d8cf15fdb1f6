# Shared set-up for ./bruinpapier and ./run-tests: finds Python 3.11+,
# creates .venv on first use and (re)installs the project whenever
# pyproject.toml changes. Sourced, not executed.
set -euo pipefail

BRUINPAPIER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${BRUINPAPIER_VENV:-$BRUINPAPIER_ROOT/.venv}"

find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Bruinpapier heeft Python 3.11 of nieuwer nodig; installeer die eerst (Debian: apt install python3 python3-venv)." >&2
    return 1
}

ensure_venv() {
    local python stamp wanted
    if [ ! -x "$VENV/bin/python" ]; then
        python="$(find_python)"
        echo "Bruinpapier: virtuele omgeving aanmaken in $VENV ..." >&2
        "$python" -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
    fi
    stamp="$VENV/.bruinpapier-installed"
    wanted="$(sha256sum "$BRUINPAPIER_ROOT/pyproject.toml" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
        echo "Bruinpapier: afhankelijkheden installeren (eenmalig) ..." >&2
        "$VENV/bin/python" -m pip install --quiet -e "$BRUINPAPIER_ROOT[test]"
        echo "$wanted" >"$stamp"
    fi
}
