"""Print the README section "## Sjablonen en methoden" from the built-in templates and methods.

Run from the repository root:  .venv/bin/python tools/templates/readme_section.py --write
(--write replaces the section at the end of README.md; without it the section is printed).
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

HEADING = "## Sjablonen en methoden"

INTRO = f"""{HEADING}

Bruinpapier heeft de borden van de vijf bronpublicaties ingebouwd als sjablonen
(`resources/templates/<id>.json`): *Meer ict, minder werkdruk?* (de vier scholen en hun
methoden) en vier publicaties met ondersteunende borden. Elke titel, vraag, beschrijving,
label, definitie en stipsoort op een sjabloon is een letterlijk citaat uit de publicatie; de
kolom **bron** noemt waar. Waar een geprint bord een tekst nodig heeft die de publicatie niet
geeft, is dat een **toevoeging van Bruinpapier**: die staat in het sjabloon (`additions`) met de
reden, en hieronder per methode. De sjablonen hebben een standaardpapier (werkbladen A1,
procesplaten A0, VSM-schema en brown paper op een rol van 2000 × 900 mm) en een rand vrij voor
de uitleesmarkers. De methoden staan als data in `resources/methods/<id>.json`: de stappen in
volgorde, met per stap doel, duur, wie, materialen en de borden die erbij horen. Borden die in
hun publicatie bij geen stap van een stappenplan horen, staan onder **overig**.

```
bruinpapier templates              # alle sjablonen, per methode
bruinpapier templates --json
bruinpapier show ideeen-genereren  # één sjabloon: zones, vragen, definities
bruinpapier show vsm-schema --json
```

Sjablonen en methoden worden gegenereerd door `tools/templates/make_templates.py`
(lay-outhulpjes in `tools/templates/template_layout.py`, inhoud per publicatie in
`tools/templates/boards_*.py` en `template_methods.py`, de citaten in
`tools/templates/excerpts.py`). Pas die aan en draai
`.venv/bin/python tools/templates/make_templates.py` en daarna
`.venv/bin/python tools/templates/readme_section.py --write`. Elk bord wordt gevalideerd
voordat het wordt geschreven, en de generator weigert een bord met een tekst die niet in de
citaten van dat bord staat en geen toevoeging is (zie *Letterlijk uit de bron* onder
*Voor ontwikkelaars*).
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


def section() -> str:
    methods = {method.id: method for method in list_methods()}
    lines = [INTRO]
    for method_id, boards in templates_by_method().items():
        if method_id == OTHER_METHOD:
            lines.append("### overig (borden zonder stap in een stappenplan)\n")
            steps = {}
        else:
            method = methods[method_id]
            school = f", {method.school}" if method.school else ""
            lines.append(f"### {method.title} (`{method.id}`{school})\n")
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
    text = section()
    if "--write" not in argv:
        sys.stdout.write(text)
        return 0
    readme = ROOT / "README.md"
    current = readme.read_text(encoding="utf-8")
    start = current.find(HEADING)
    if start < 0:
        updated = current.rstrip() + "\n\n" + text
    else:
        following = current.find("\n## ", start + len(HEADING))
        rest = current[following + 1 :] if following >= 0 else ""
        updated = current[:start] + text + ("\n" + rest if rest else "")
    readme.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
