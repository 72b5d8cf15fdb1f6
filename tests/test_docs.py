"""The README is a short front door, and the documentation only links inside the repository.

Every Markdown link and image in README.md and docs/ must be a relative path to a file
in the repository (and, with ``#anchor``, to a heading of that page); links to the web,
absolute paths and paths that climb out of the repository fail, and so do references
to the source documents by file name or line number.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_README_LINES = 150

FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)
AUTOLINK = re.compile(r"<((?:https?|ftp|mailto|file):[^>\s]+)>", re.IGNORECASE)
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
OUTSIDE = re.compile(
    r"https?://|\.\./shared|/work/|\b\d{3}_[0-9a-f]{16}\b|\bseeds?\s+\d{3}\b|\br\.\s*\d+\s*[–-]\s*\d+",
    re.IGNORECASE,
)


def documentation_files(root: Path = ROOT) -> list[Path]:
    return [root / "README.md", *sorted((root / "docs").rglob("*.md"))]


def _without_code(text: str) -> str:
    return INLINE_CODE.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # links and images keep their text
    text = text.replace("`", "").strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: set[str] = set()
    for heading in HEADING.findall(FENCE.sub("", path.read_text(encoding="utf-8"))):
        base = slug(heading)
        anchor, number = base, 0
        while anchor in found:
            number += 1
            anchor = f"{base}-{number}"
        found.add(anchor)
    return found


def links(text: str) -> list[str]:
    prose = _without_code(text)
    return LINK.findall(prose) + REFERENCE.findall(prose) + AUTOLINK.findall(prose)


def link_problems(path: Path, root: Path = ROOT) -> list[str]:
    """What is wrong with the links and references of one Markdown file."""
    text = path.read_text(encoding="utf-8")
    where = path.relative_to(root)
    problems = [f"{where}: refers outside the repository: {match.group(0)!r}" for match in OUTSIDE.finditer(text)]
    for target in links(text):
        if not target:
            problems.append(f"{where}: empty link")
            continue
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith(("/", "\\")):
            problems.append(f"{where}: link outside the repository: {target}")
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path.resolve()
        if not linked.is_relative_to(root.resolve()):
            problems.append(f"{where}: link climbs out of the repository: {target}")
        elif not linked.exists():
            problems.append(f"{where}: broken link: {target}")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            problems.append(f"{where}: no heading for #{anchor} in {linked.relative_to(root.resolve())}")
    return problems


def test_readme_is_a_short_front_door():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_README_LINES, f"README.md has {len(lines)} lines; move details into docs/"


def test_readme_links_the_user_guide_and_the_developer_documentation():
    targets = links((ROOT / "README.md").read_text(encoding="utf-8"))
    assert "docs/handleiding/README.md" in targets and "docs/development/README.md" in targets
    assert any(target.startswith("docs/images/") for target in targets), "a screenshot"


@pytest.mark.parametrize("path", documentation_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_links_stay_inside_the_repository_and_resolve(path):
    assert link_problems(path) == []


def test_every_documentation_page_is_linked_from_somewhere():
    linked = set()
    for path in documentation_files():
        for target in links(path.read_text(encoding="utf-8")):
            file_part = target.partition("#")[0]
            if file_part:
                linked.add((path.parent / file_part).resolve())
    orphans = [str(path.relative_to(ROOT)) for path in documentation_files()[1:] if path.resolve() not in linked]
    assert orphans == []


def test_the_check_finds_bad_links(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("# Een kop\n\n## Twee – kop\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(
        "[goed](docs/page.md#twee--kop) [web](https://example.org) [weg](docs/missing.md)\n"
        "[kop](docs/page.md#geen-kop) [uit](../elders.md) ![plaatje](/tmp/x.png)\n"
        "Zie 004_5fd9af0c62b159a0.txt, seed 004, r. 80–1340. `[code](niet/gecontroleerd.md)`\n",
        encoding="utf-8",
    )
    problems = link_problems(readme, tmp_path)
    assert len([p for p in problems if "refers outside" in p]) == 4  # the URL, the file name, seed 004, r. 80–1340
    assert any("link outside the repository: https://example.org" in p for p in problems)
    assert any("broken link: docs/missing.md" in p for p in problems)
    assert any("no heading for #geen-kop" in p for p in problems)
    assert any("climbs out of the repository: ../elders.md" in p for p in problems)
    assert any("link outside the repository: /tmp/x.png" in p for p in problems)
    assert not any("gecontroleerd" in p or "twee--kop" in p for p in problems)
