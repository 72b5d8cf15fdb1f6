#!/usr/bin/env bash
# Bruinpapier as pip installs it: build the sdist and the wheel (python -m build: the wheel is built from
# the sdist, so both are checked), check that the wheel installs nothing but its own package names,
# install it into a new virtual environment outside the repository, check that no other distribution
# installed there (the dependencies, pip) claims one of those names, and run tests/install against that
# installation (every command from a folder with spaces and accents; see tests/install/test_installed.py).
# CI runs this after the test suite (.ci/run). Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/venv.sh"
ensure_venv
cd "$BRUINPAPIER_ROOT"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bruinpapier-install.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "check-install: building the sdist and the wheel in $WORK/dist" >&2
"$VENV/bin/python" -m build --outdir "$WORK/dist" . >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
wheel=("$WORK"/dist/*.whl)
sdist=("$WORK"/dist/*.tar.gz)
[ -f "${wheel[0]}" ] && [ -f "${sdist[0]}" ] || { echo "check-install: no wheel or sdist was built" >&2; exit 1; }

# The names the wheel puts in site-packages: exactly our five packages, nothing more (a new top-level name
# must be added here on purpose; see docs/development/packaging.md, "Package names").
"$VENV/bin/python" - "${wheel[0]}" <<'PY'
import sys
import zipfile

ALLOWED = {"boards", "printing", "desktop", "cli", "resources"}
names = {name.split("/")[0] for name in zipfile.ZipFile(sys.argv[1]).namelist()}
own = {name for name in names if not name.endswith((".dist-info", ".data"))}
if own != ALLOWED:
    sys.exit(f"check-install: the wheel installs {sorted(own)}, expected {sorted(ALLOWED)}")
print(f"check-install: {sys.argv[1].rsplit('/', 1)[-1]} installs {', '.join(sorted(own))}", file=sys.stderr)
PY

echo "check-install: installing the wheel into a new virtual environment ($WORK/venv)" >&2
"$(find_python)" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet "${wheel[0]}" >"$WORK/pip.log" 2>&1 || { cat "$WORK/pip.log" >&2; exit 1; }

# The five names are short and generic: no dependency may install a module or package of the same name
# (pip would let one overwrite the other's files without a word).
"$WORK/venv/bin/python" tools/check_top_level.py

BRUINPAPIER_INSTALLED="$WORK/venv/bin/bruinpapier" ./run-tests tests/install "$@"
