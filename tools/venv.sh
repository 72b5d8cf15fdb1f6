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

# The system libraries Qt's X11 plugin loads (a fresh Debian desktop may miss a few,
# e.g. libxcb-cursor0). As root they are installed; otherwise the command is shown.
ensure_desktop_libraries() {
    [ "$(uname -s)" = Linux ] || return 0
    [ -n "${DISPLAY:-}" ] || return 0
    [ "${QT_QPA_PLATFORM:-xcb}" = xcb ] || return 0
    local qt plugin missing=() packages=() library base version package
    qt="$("$VENV/bin/python" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))' 2>/dev/null)" || return 0
    plugin="$qt/Qt/plugins/platforms/libqxcb.so"
    [ -f "$plugin" ] || return 0
    mapfile -t missing < <(ldd "$plugin" "$qt"/Qt/lib/libQt6XcbQpa.so.* 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
    ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor\.so\.0' || missing+=(libxcb-cursor.so.0)
    ((${#missing[@]})) || return 0
    for library in "${missing[@]}"; do
        base="${library%%.so*}"
        version="${library##*.so.}"
        version="${version%%.*}"
        case "$base" in
            libglib-2.0) package="libglib2.0-0" ;;
            *[0-9]) package="${base}-${version}" ;;
            *) package="${base}${version}" ;;
        esac
        packages+=("${package,,}")
    done
    mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Bruinpapier: systeembibliotheken voor het venster installeren: ${packages[*]}" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null 2>&1 ||
            { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null 2>&1; } || true
        return 0
    fi
    echo "Bruinpapier kan geen venster openen: deze systeembibliotheken ontbreken: ${missing[*]}." >&2
    echo "Installeer ze eenmalig met: sudo apt install ${packages[*]}" >&2
    return 1
}
