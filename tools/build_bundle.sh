#!/usr/bin/env bash
# Build the desktop bundle with PyInstaller (tools/bundle/bruinpapier.spec) and smoke-test it.
#
#   tools/build_bundle.sh            build dist/bundle/Bruinpapier/ and its archive, then unpack the archive
#                                    outside the repository and run tests/install against its two programs
#   tools/build_bundle.sh --no-test  build only
#
# The bundle is built from the wheel, in a virtual environment of its own (build/bundle/venv, kept
# between runs; the wheel is reinstalled every time), so it holds what a user's installation holds and
# nothing of the source tree. It prints the bundle's size and writes
# dist/Bruinpapier-<version>-<system>-<machine>.tar.gz (Windows and macOS: .github/workflows/bundle.yml).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/venv.sh"
ensure_venv
cd "$BRUINPAPIER_ROOT"

run_tests=1
if [ "${1:-}" = --no-test ]; then
    run_tests=0
    shift
fi

BUILD="$BRUINPAPIER_ROOT/build/bundle"
DIST="$BRUINPAPIER_ROOT/dist/bundle"
mkdir -p "$BUILD"
rm -rf "$BUILD/wheel"

# Through the sdist, as tools/check_install.sh: a wheel built straight from the work tree (--wheel) would
# take in whatever a former build left in build/lib, such as a module removed or moved since.
echo "build-bundle: building the wheel (from the sdist)" >&2
"$VENV/bin/python" -m build --outdir "$BUILD/wheel" . >"$BUILD/build.log" 2>&1 || { cat "$BUILD/build.log" >&2; exit 1; }
# The environment is kept between runs (PyInstaller and the dependencies take minutes to install), but
# made anew when pyproject.toml changed: a dependency dropped from it would otherwise stay installed there
# and could still end up in the bundle through a PyInstaller hook.
stamp="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -x "$BUILD/venv/bin/python" ] || [ "$(cat "$BUILD/venv/.pyproject-sha256" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$BUILD/venv"
    "$(find_python)" -m venv "$BUILD/venv"
    echo "$stamp" >"$BUILD/venv/.pyproject-sha256"
fi
echo "build-bundle: installing the wheel and PyInstaller into $BUILD/venv" >&2
"$BUILD/venv/bin/python" -m pip install --quiet --upgrade "pyinstaller>=6.10,<7" >"$BUILD/pip.log" 2>&1 || { cat "$BUILD/pip.log" >&2; exit 1; }
"$BUILD/venv/bin/python" -m pip install --quiet --force-reinstall --no-deps "$BUILD"/wheel/*.whl >>"$BUILD/pip.log" 2>&1 &&
    "$BUILD/venv/bin/python" -m pip install --quiet "$BUILD"/wheel/*.whl >>"$BUILD/pip.log" 2>&1 || { cat "$BUILD/pip.log" >&2; exit 1; }
# PyInstaller bundles what this environment imports: no other distribution in it (PyInstaller's own
# included) may claim one of our top-level names.
"$BUILD/venv/bin/python" tools/check_top_level.py

echo "build-bundle: PyInstaller (log: $BUILD/pyinstaller.log)" >&2
start=$(date +%s)
(cd "$BUILD" && "$BUILD/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/work" "$BRUINPAPIER_ROOT/tools/bundle/bruinpapier.spec") \
    >"$BUILD/pyinstaller.log" 2>&1 || { tail -40 "$BUILD/pyinstaller.log" >&2; exit 1; }
echo "build-bundle: built in $(($(date +%s) - start)) s: $DIST/Bruinpapier ($(du -sh "$DIST/Bruinpapier" | cut -f1))" >&2

version="$("$BUILD/venv/bin/python" -c 'from importlib.metadata import version; print(version("bruinpapier"))')"
archive="$BRUINPAPIER_ROOT/dist/Bruinpapier-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m).tar.gz"
rm -f "$BRUINPAPIER_ROOT"/dist/Bruinpapier-*.tar.gz  # an older version's archive is not this bundle
tar -C "$DIST" -czf "$archive" Bruinpapier
echo "build-bundle: $archive ($(du -h "$archive" | cut -f1))" >&2

if ((run_tests)); then
    # Tested as a user has it: unpacked from the archive into a folder of its own, outside the repository,
    # whose name has spaces and accents (like C:\Program Files or "Programma's").
    unpacked="$(mktemp -d "${TMPDIR:-/tmp}/bruinpapier-bundle.XXXXXX")"
    trap 'rm -rf "$unpacked"' EXIT
    mkdir -p "$unpacked/Programma's van juf Anaïs"
    tar -C "$unpacked/Programma's van juf Anaïs" -xzf "$archive"
    home="$unpacked/Programma's van juf Anaïs/Bruinpapier"
    BRUINPAPIER_INSTALLED="$home/bruinpapier-cli" BRUINPAPIER_INSTALLED_APP="$home/Bruinpapier" \
        ./run-tests tests/install "$@"
fi
