"""Check that Bruinpapier's top-level package names collide with nothing else in a Python environment.

    <venv>/bin/python tools/check_top_level.py [--path SITE_PACKAGES ...]

Bruinpapier installs its packages under their own short names (``boards``, ``printing``, ``desktop``,
``cli``, ``resources``; see docs/development/packaging.md, "Package names"). Another distribution that
installs a module or package of the same name would either be overwritten by pip (pip does not refuse:
the second wheel's files replace the first's) or shadow ours, depending on the order of installation.
This script runs with the interpreter of the environment to check (tools/check_install.sh runs it in the
fresh virtual environment after the wheel and its dependencies are installed, tools/build_bundle.sh in the
bundle's environment) and fails, naming both sides, when

- another installed distribution's files (its RECORD) or its ``top_level.txt`` claim one of our names;
  names are compared without case, because Windows and macOS file systems ignore case;
- the standard library has a module of that name (it comes first on ``sys.path``: ours would never load);
- ``import NAME`` would not load our own package from this environment (a ``.pth`` file, a stray module
  earlier on the path).

Standard library only: the environment it checks need not have anything else.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import sys
from collections.abc import Iterable
from pathlib import Path

OURS = "bruinpapier"
NOT_MODULES = (".dist-info", ".egg-info", ".data", ".pth", ".libs")


def top_level_names(distribution: importlib.metadata.Distribution) -> dict[str, str]:
    """The top-level module and package names a distribution installs: name → a file that shows it."""
    names: dict[str, str] = {}
    for line in (distribution.read_text("top_level.txt") or "").splitlines():
        if line.strip():
            names.setdefault(line.strip(), "top_level.txt")
    for file in distribution.files or ():
        parts = file.parts
        if not parts or parts[0] in ("..", "__pycache__") or parts[0].endswith(NOT_MODULES):
            continue
        if len(parts) > 1:
            names.setdefault(parts[0], str(file))
        elif parts[0].endswith((".py", ".pyc", ".so", ".pyd")):
            # six.py, _cffi_backend.cpython-311-x86_64-linux-gnu.so → six, _cffi_backend
            names.setdefault(parts[0].split(".")[0], str(file))
    return names


def problems(distributions: Iterable[importlib.metadata.Distribution], check_imports: bool) -> list[str]:
    """Every collision of our top-level names, as sentences; an empty list when there is none."""
    ours = None
    others = []
    for distribution in distributions:
        name = distribution.metadata["Name"] or "?"
        if name.lower() == OURS:
            ours = distribution
        else:
            others.append((name, distribution))
    if ours is None:
        return [f"{OURS} is not installed in this environment ({sys.prefix})"]
    if json.loads(ours.read_text("direct_url.json") or "{}").get("dir_info", {}).get("editable"):
        return [f"{OURS} {ours.version} is an editable install (pip install -e): the check is for the wheel"]
    own = {name for name in top_level_names(ours) if not name.startswith("__editable__")}
    if not own:
        return [f"{OURS} {ours.version} lists no packages in its RECORD (an editable install?): install the wheel"]

    found = []
    wanted = {name.casefold(): name for name in own}
    for other, distribution in sorted(others, key=lambda item: item[0].casefold()):
        for name, evidence in sorted(top_level_names(distribution).items()):
            if name.casefold() in wanted:
                found.append(
                    f"'{wanted[name.casefold()]}' is also installed by {other} {distribution.version} ({evidence})"
                )
    for name in sorted(own):
        if name in sys.stdlib_module_names:
            found.append(f"'{name}' is a module of Python's standard library, which is imported first")
    if check_imports:
        for name in sorted(own):
            spec = importlib.util.find_spec(name)
            expected = Path(ours.locate_file(f"{name}/__init__.py")).resolve()
            origin = Path(spec.origin).resolve() if spec is not None and spec.origin else None
            if origin != expected:
                found.append(f"'import {name}' loads {origin or 'nothing'}, not {expected}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--path",
        action="append",
        help="look for distributions in this folder instead of sys.path (tests); skips the import check",
    )
    args = parser.parse_args(argv)
    distributions = list(importlib.metadata.distributions(**({"path": args.path} if args.path else {})))
    found = problems(distributions, check_imports=not args.path)
    where = ", ".join(args.path) if args.path else sys.prefix
    if found:
        print(f"check-top-level: Bruinpapier's top-level package names in {where}:", file=sys.stderr)
        for problem in found:
            print(f"  - {problem}", file=sys.stderr)
        print(
            "  Installed side by side, one package's files replace or hide the other's. Install Bruinpapier in "
            "a virtual environment of its own, or see docs/development/packaging.md (Package names).",
            file=sys.stderr,
        )
        return 1
    ours = next(d for d in distributions if (d.metadata["Name"] or "").lower() == OURS)
    own = sorted(name for name in top_level_names(ours) if not name.startswith("__editable__"))
    print(
        f"check-top-level: {', '.join(own)} collide with none of the {len(distributions) - 1} other "
        f"distributions in {where}, nor with the standard library",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
