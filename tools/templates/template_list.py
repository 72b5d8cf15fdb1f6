"""Write the user guide's list of templates (docs/handleiding/sjablonen.md) from the built-in templates and methods.

Run from the repository root after make_templates.py:

    .venv/bin/python tools/templates/template_list.py          # write the page
    .venv/bin/python tools/templates/template_list.py --print  # print it instead

tests/boards/test_templates.py checks that the committed page is what this script writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from excerpts import EXCERPTS  # noqa: E402

from boards.methods import list_methods  # noqa: E402
from boards.model import Board  # noqa: E402
from boards.templates import OTHER_METHOD, templates_by_method  # noqa: E402

PAGE = ROOT / "docs" / "handleiding" / "sjablonen.md"

INTRO = """<!-- Gemaakt door tools/templates/template_list.py; niet met de hand bewerken. -->

# Sjablonen en methoden

[← Handleiding](README.md)

Bruinpapier heeft de borden van vijf publicaties ingebouwd als sjablonen: *Meer ict,
minder werkdruk?* (de vier scholen en hun methoden) en vier publicaties met
ondersteunende borden (zie [Bronnen](../../README.md#bronnen)). Elke titel, vraag,
beschrijving, label, definitie en stipsoort op een sjabloon is een letterlijk citaat uit
de publicatie; de kolom **bron** noemt waar. Waar een geprint bord een tekst nodig heeft
die de publicatie niet geeft, is dat een **toevoeging van Bruinpapier**, met de reden;
die staan hieronder per methode (en `./bruinpapier show ID` noemt ze ook).

De sjablonen hebben een standaardpapier (werkbladen A1, procesplaten A0, VSM-schema en
brown paper op een rol van 2000 × 900 mm) en een rand vrij voor de leesmarkers. Een
**methode** zet de borden in volgorde: per stap het doel, de duur, wie meedoet, de
materialen en de borden die erbij horen. Borden die in hun publicatie bij geen stap van
een stappenplan horen, staan onder **overig**.

In de app kies je een sjabloon op de pagina *Start* (zie [Borden kiezen en
ontwerpen](borden.md)); op de opdrachtregel:

```sh
./bruinpapier templates                # alle sjablonen, per methode
./bruinpapier show ideeen-genereren    # één sjabloon: zones, vragen, definities (mm), toevoegingen
./bruinpapier pack verbetering-in-beeld 5 -o stap5.pdf   # alle borden van een stap
```
"""


def sources_text(board: Board) -> str:
    """Where a template quotes from: the publication in italics, then the sections."""
    by_title: dict[str, list[str]] = {}
    for excerpt in EXCERPTS.get(board.id, ()):
        places = by_title.setdefault(excerpt.title, [])
        if excerpt.locator not in places:
            places.append(excerpt.locator)
    return " / ".join(f"*{title}*: {'; '.join(places)}" for title, places in by_title.items())


def additions_lines(boards: list[Board]) -> list[str]:
    """One bullet per template with additions: the texts (quoted) and why."""
    lines = []
    for board in boards:
        if not board.additions:
            continue
        reasons: dict[str, list[str]] = {}
        for addition in board.additions:
            reasons.setdefault(addition.reason, []).append(f"‘{addition.text}’")
        parts = [f"{', '.join(texts)} ({reason})" for reason, texts in reasons.items()]
        lines.append(f"- `{board.id}`: " + "; ".join(parts))
    return lines


def paper_text(board: Board) -> str:
    paper = board.paper
    if paper.is_custom:
        return f"{paper.width_mm:g} × {paper.height_mm:g} mm (rol)"
    return f"{paper.format} {'liggend' if paper.orientation.value == 'landscape' else 'staand'}"


def page() -> str:
    methods = {method.id: method for method in list_methods()}
    lines = [INTRO]
    for method_id, boards in templates_by_method().items():
        if method_id == OTHER_METHOD:
            lines.append("## Overig (borden zonder stap in een stappenplan)\n")
            steps = {}
        else:
            method = methods[method_id]
            school = f", {method.school}" if method.school else ""
            lines.append(f"## {method.title} (`{method.id}`{school})\n")
            if method.source:
                lines.append(f"Bron: {method.source}\n")
            lines.append("Stappen: " + " → ".join(f"{step.nr} {step.title}" for step in method.steps) + "\n")
            steps = {step.id: f"{step.nr} {step.title}" for step in method.steps}
        lines.append("| id | titel | stap | papier | bron |")
        lines.append("|---|---|---|---|---|")
        for board in boards:
            step = steps.get(board.step or "", "–")
            lines.append(f"| `{board.id}` | {board.title} | {step} | {paper_text(board)} | {sources_text(board)} |")
        lines.append("")
        added = additions_lines(boards)
        if added:
            lines += ["Toevoegingen van Bruinpapier (geen woorden uit de bron):", "", *added, ""]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = page()
    if "--print" in argv:
        sys.stdout.write(text)
        return 0
    PAGE.parent.mkdir(parents=True, exist_ok=True)
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
