"""Print the README section "## Sjablonen en methoden" from the built-in templates and methods.

Run from the repository root:  .venv/bin/python tools/templates/readme_section.py --write
(--write replaces the section at the end of README.md; without it the section is printed).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from boards.methods import list_methods  # noqa: E402
from boards.model import Board  # noqa: E402
from boards.templates import OTHER_METHOD, templates_by_method  # noqa: E402

HEADING = "## Sjablonen en methoden"

INTRO = f"""{HEADING}

Bruinpapier heeft de borden van de vijf seed-documenten ingebouwd als sjablonen
(`resources/templates/<id>.json`), met de letterlijke labels, vragen en definities
uit de seeds, een standaardpapier (werkbladen A1, procesplaten A0, VSM-schema en brown
paper op een rol van 2000 × 900 mm) en een rand vrij voor de uitleesmarkers. De methoden
staan als data in `resources/methods/<id>.json`: de stappen in volgorde, met per stap
doel, duur, wie, materialen en de borden die erbij horen. Borden uit seeds zonder
stappenplan staan onder **overig**.

```
bruinpapier templates              # alle sjablonen, per methode
bruinpapier templates --json
bruinpapier show ideeen-genereren  # één sjabloon: zones, vragen, definities
bruinpapier show vsm-schema --json
```

Sjablonen en methoden worden gegenereerd door `tools/templates/make_templates.py`
(lay-outhulpjes in `tools/templates/template_layout.py`, inhoud per seed in
`tools/templates/boards_*.py` en `template_methods.py`). Pas die aan en draai
`.venv/bin/python tools/templates/make_templates.py` en daarna
`.venv/bin/python tools/templates/readme_section.py --write`. Elk bord wordt gevalideerd
voordat het wordt geschreven; een test controleert dat de bestanden in `resources/`
gelijk zijn aan wat de generator maakt en dat de teksten letterlijk in de seeds staan.
"""


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
            lines.append("### overig (seeds 001–003, zonder stappenplan)\n")
            steps = {}
        else:
            method = methods[method_id]
            school = f", {method.school}" if method.school else ""
            lines.append(f"### {method.title} (`{method.id}`; seed {method.source}{school})\n")
            lines.append("Stappen: " + " → ".join(f"{step.nr} {step.title}" for step in method.steps) + "\n")
            steps = {step.id: f"{step.nr} {step.title}" for step in method.steps}
        lines.append("| id | titel | stap | papier |")
        lines.append("|---|---|---|---|")
        for board in boards:
            step = steps.get(board.step or "", "–")
            lines.append(f"| `{board.id}` | {board.title} | {step} | {paper_text(board)} |")
        lines.append("")
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
