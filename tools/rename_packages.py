"""Move Bruinpapier's packages under one name: ``boards``, ``printing``, ``desktop``, ``cli`` and
``resources`` become ``bruinpapier.boards`` … in ``src/bruinpapier/``.

    python3 tools/rename_packages.py

Run from the repository root, on a clean work tree that still has the packages at the top. It moves the
folders with ``git mv``, then rewrites every tracked text file:

- import statements (``from boards.x import y`` → ``from bruinpapier.boards.x import y``;
  ``import boards`` → ``from bruinpapier import boards``, so the name stays bound);
- dotted module names anywhere — code, strings (``monkeypatch.setattr("desktop.app.X", …)``,
  ``-m cli.main``), comments and docs — when the part after the package is one of its modules;
- paths into the packages in docs and code (``boards/archive/`` → ``src/bruinpapier/boards/archive/``,
  ``ROOT / "resources"`` → ``ROOT / "src" / "bruinpapier" / "resources"``), when the path exists;
- the few places that name the packages otherwise (pyproject.toml, the translation script, the bundle
  recipe, the wheel check, tests that list the packages), as listed in ``SPECIAL``;

and finishes with ``ruff check --fix`` (import order) and ``ruff format``. A branch made before the rename
runs the same script, commits the result, and then merges main: what is left to resolve is what both
sides changed. Text that no rule covers is reported, not guessed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGES = ("boards", "printing", "desktop", "cli", "resources")
TOP = "bruinpapier"
TARGET = Path("src") / TOP
TEXT_SUFFIXES = {".py", ".md", ".sh", ".toml", ".spec", ".yml", ".yaml", ".cfg", ".txt", ""}
SKIP = (
    "resources/templates/",
    "resources/methods/",
    "resources/schema/",
    "resources/translations/",
    "tools/rename_packages.py",  # itself: it names the old packages on purpose, for the branches still to run it
)

INIT = '''"""Bruinpapier: design brown-paper workshop boards, print them at any size, read the results back.

One package, so that installing Bruinpapier never puts generic top-level names (``cli``, ``resources``,
``printing`` …) next to other software's: ``boards`` is the Qt-free core, ``printing`` ReportLab,
``desktop`` the PySide6 app, ``cli`` the ``bruinpapier`` command, ``resources`` the shipped data.
"""
'''

#: (file, old text, new text): the places that name the packages in a way the rules above do not cover.
SPECIAL: list[tuple[str, str, str]] = [
    (
        "pyproject.toml",
        'bruinpapier = "cli.main:main"',
        'bruinpapier = "bruinpapier.cli.main:main"',
    ),
    (
        "pyproject.toml",
        'include = ["boards*", "printing*", "desktop*", "cli*", "resources*"]',
        'where = ["src"]\ninclude = ["bruinpapier*"]',
    ),
    ("pyproject.toml", 'resources = ["**/*"]', '"bruinpapier.resources" = ["**/*"]'),
    ("pyproject.toml", '"boards.archive" = [', '"bruinpapier.boards.archive" = ['),
    (
        "pyproject.toml",
        'known-first-party = ["boards", "printing", "desktop", "cli", "resources", "tests", "tools"]',
        'known-first-party = ["bruinpapier", "tests", "tools"]',
    ),
    (
        "tools/update_translations.sh",
        "find desktop boards cli printing -name",
        "find src/bruinpapier/desktop src/bruinpapier/boards src/bruinpapier/cli src/bruinpapier/printing -name",
    ),
    ("tools/bundle/bruinpapier.spec", 'collect_data_files("resources")', 'collect_data_files("bruinpapier.resources")'),
    (
        "tools/check_install.sh",
        'ALLOWED = {"boards", "printing", "desktop", "cli", "resources"}',
        'ALLOWED = {"bruinpapier"}',
    ),
    (
        "tests/boards/test_core_without_qt.py",
        'for module in pkgutil.walk_packages(boards.__path__, "boards."):',
        'for module in pkgutil.walk_packages(boards.__path__, "bruinpapier.boards."):',
    ),
    (
        "tests/boards/test_core_without_qt.py",
        'print(sorted({name.split(".")[0] for name in sys.modules} & {"PySide6", "desktop", "printing", "cli"}))',
        'print(sorted({".".join(name.split(".")[:2]) for name in sys.modules}\n'
        '      & {"PySide6", "bruinpapier.desktop", "bruinpapier.printing", "bruinpapier.cli"}))',
    ),
    ("tests/boards/capture/test_printed_ids.py", 'importorskip("printing")', 'importorskip("bruinpapier.printing")'),
    ("tests/boards/capture/test_tiled.py", 'importorskip("printing")', 'importorskip("bruinpapier.printing")'),
    (
        "src/bruinpapier/printing/__init__.py",
        "raise AttributeError(f\"module 'printing' has no attribute {name!r}\")",
        'raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
    ),
    (
        "tests/test_import_direction.py",
        """FORBIDDEN = {
    "boards": ("PySide6", "shiboken6", "reportlab", "printing", "desktop", "cli"),
    "printing": ("PySide6", "shiboken6", "desktop", "cli"),
}""",
        """PACKAGES = ROOT / "src" / "bruinpapier"

FORBIDDEN = {
    "boards": ("PySide6", "shiboken6", "reportlab", "bruinpapier.printing", "bruinpapier.desktop", "bruinpapier.cli"),
    "printing": ("PySide6", "shiboken6", "bruinpapier.desktop", "bruinpapier.cli"),
}""",
    ),
    (
        "tests/test_import_direction.py",
        """    for path in sorted((ROOT / package).rglob("*.py")):
        for line, module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN[package]:""",
        """    for path in sorted((PACKAGES / package).rglob("*.py")):
        for line, module in imported_modules(path):
            if any(module == name or module.startswith(f"{name}.") for name in FORBIDDEN[package]):""",
    ),
    (
        "tests/resources/test_resources.py",
        '''    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in Path(resources.__file__).parent.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, Path("resources") / path.relative_to(Path(resources.__file__).parent))
    script = "from resources import resource_path\\nresource_path('fonts')\\n"''',
        '''    archive = tmp_path / "bruinpapier.zip"
    package = Path(resources.__file__).parent
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("bruinpapier/__init__.py", "")
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, Path("bruinpapier", "resources") / path.relative_to(package))
    script = "from bruinpapier.resources import resource_path\\nresource_path('fonts')\\n"''',
    ),
    (
        "tests/resources/test_resources.py",
        'assert "resources.zip" in result.stderr',
        'assert "bruinpapier.zip" in result.stderr',
    ),
    (
        "tests/resources/test_resources.py",
        'assert resource_path() == files("resources")',
        'assert resource_path() == files("bruinpapier.resources")',
    ),
]

PACKAGE_NAMES = "|".join(PACKAGES)
FROM_IMPORT = re.compile(rf"^(\s*)from ({PACKAGE_NAMES})(?=[.\s])", re.MULTILINE)
IMPORT_DOTTED = re.compile(rf"^(\s*)import ({PACKAGE_NAMES})\.", re.MULTILINE)
IMPORT_BARE = re.compile(rf"^(\s*)import ({PACKAGE_NAMES})[ \t]*$", re.MULTILINE)
DOTTED = re.compile(rf"(?<![\w./\\-])({PACKAGE_NAMES})\.([A-Za-z_]\w*)")
PATH = re.compile(rf"(?<![\w./\\-])({PACKAGE_NAMES})/([\w./-]*)")
ROOT_PATH = re.compile(rf"((?:ROOT|REPO|parents\[\d\]|parent\.parent)\s*/\s*)\"({PACKAGE_NAMES})\"")


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def submodules() -> dict[str, set[str]]:
    """Each package's direct modules and subpackages (what may follow ``package.``)."""
    found: dict[str, set[str]] = {}
    for package in PACKAGES:
        names = set()
        for path in Path(package).iterdir():
            if path.suffix == ".py" and path.stem != "__init__":
                names.add(path.stem)
            elif path.is_dir() and (path / "__init__.py").exists():
                names.add(path.name)
        found[package] = names
    return found


def existing_paths() -> set[str]:
    """Every tracked file and folder inside the packages, as ``package/…`` (folders with and without /)."""
    paths: set[str] = set()
    for file in git("ls-files", *PACKAGES).splitlines():
        parts = file.split("/")
        for end in range(1, len(parts) + 1):
            paths.add("/".join(parts[:end]))
            if end < len(parts):
                paths.add("/".join(parts[:end]) + "/")
    return paths


def rewrite(text: str, suffix: str, modules: dict[str, set[str]], paths: set[str]) -> str:
    if suffix in (".py", ".spec"):
        text = FROM_IMPORT.sub(rf"\1from {TOP}.\2", text)
        text = IMPORT_DOTTED.sub(rf"\1import {TOP}.\2.", text)
        text = IMPORT_BARE.sub(rf"\1from {TOP} import \2", text)
        text = ROOT_PATH.sub(rf'\1"src" / "{TOP}" / "\2"', text)

    def dotted(match: re.Match) -> str:
        package, name = match.groups()
        return f"{TOP}.{package}.{name}" if name in modules[package] else match.group(0)

    text = DOTTED.sub(dotted, text)

    def path(match: re.Match) -> str:
        package, rest = match.groups()
        full = f"{package}/{rest}"
        return f"{TARGET.as_posix()}/{full}" if full.rstrip(".") in paths else match.group(0)

    return PATH.sub(path, text)


def main() -> int:
    if git("status", "--porcelain", "--untracked-files=no").strip():
        sys.exit("rename: the work tree has changes; commit or stash them first")
    missing = [package for package in PACKAGES if not Path(package, "__init__.py").exists()]
    if missing:
        sys.exit(f"rename: no top-level package {', '.join(missing)} here (already renamed?)")
    modules, paths = submodules(), existing_paths()
    files = [
        Path(name)
        for name in git("ls-files").splitlines()
        if Path(name).suffix in TEXT_SUFFIXES and not name.startswith(SKIP) and Path(name).is_file()
    ]
    TARGET.mkdir(parents=True, exist_ok=True)
    for package in PACKAGES:
        git("mv", package, str(TARGET / package))
    (TARGET / "__init__.py").write_text(INIT, encoding="utf-8")
    git("add", str(TARGET / "__init__.py"))

    changed = 0
    for file in files:
        moved = TARGET / file if file.parts[0] in PACKAGES else file
        try:
            text = moved.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        new = rewrite(text, moved.suffix, modules, paths)
        if new != text:
            moved.write_text(new, encoding="utf-8")
            changed += 1
    print(f"rename: {changed} files rewritten", file=sys.stderr)

    unmatched = []
    for name, old, new in SPECIAL:
        file = Path(name)
        if not file.exists():
            continue
        text = file.read_text(encoding="utf-8")
        if old in text:
            file.write_text(text.replace(old, new), encoding="utf-8")
        elif new not in text:
            unmatched.append(f"{name}: {old.splitlines()[0][:80]}")
    for line in unmatched:
        print(f"rename: not found, check by hand: {line}", file=sys.stderr)

    ruff = Path(".venv/bin/ruff")
    if ruff.exists():
        subprocess.run([str(ruff), "check", "--fix", "--select", "I", "-q", "."], check=False)
        subprocess.run([str(ruff), "format", "-q", "."], check=False)
    leftovers = subprocess.run(
        ["git", "grep", "-n", "-E", rf"^\s*(from|import) ({PACKAGE_NAMES})\b", "--", "*.py", "*.spec"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if leftovers:
        print(f"rename: imports left to check by hand:\n{leftovers}", file=sys.stderr)
    return 1 if unmatched or leftovers else 0


if __name__ == "__main__":
    raise SystemExit(main())
