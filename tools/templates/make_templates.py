"""Generate the built-in templates (resources/templates) and methods (resources/methods).

Run from the repository root:  .venv/bin/python tools/templates/make_templates.py

Every board is validated by boards.fileformat before it is written, and every
text on it must be quoted from its excerpts (tools/templates/excerpts.py) or be
listed as a Bruinpapier addition with a reason (see tools/templates/verbatim.py);
the generator refuses to write templates that are not.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import boards_akkrum  # noqa: E402
import boards_balans  # noqa: E402
import boards_blokhuus  # noqa: E402
import boards_borgstee  # noqa: E402
import boards_bouwstenen  # noqa: E402
import boards_leerwerkgemeenschappen  # noqa: E402
import boards_wijkteams  # noqa: E402
import boards_zmolk  # noqa: E402
from carry_rules import CARRY_FORWARD  # noqa: E402
from excerpts import EXCERPTS  # noqa: E402
from template_methods import METHODS  # noqa: E402
from verbatim import source_problems  # noqa: E402

from boards.fileformat import atomic_write_text, board_document, dumps_board, to_json  # noqa: E402
from boards.methods import load_method_file  # noqa: E402
from boards.model import Board  # noqa: E402

TEMPLATES_DIR = ROOT / "resources" / "templates"
METHODS_DIR = ROOT / "resources" / "methods"

BUILDERS: list[Callable[[], Board]] = [
    *boards_akkrum.BUILDERS,
    *boards_balans.BUILDERS,
    *boards_blokhuus.BUILDERS,
    *boards_borgstee.BUILDERS,
    *boards_zmolk.BUILDERS,
    *boards_wijkteams.BUILDERS,
    *boards_leerwerkgemeenschappen.BUILDERS,
    *boards_bouwstenen.BUILDERS,
]


def write_board(board: Board, folder: Path = TEMPLATES_DIR) -> Path:
    """Validate like save_board, but leave the marker layout out of the file:
    it follows from the paper (boards.readback) and is recomputed on load, so a
    later change of the marker frame does not leave stale copies behind."""
    dumps_board(board)  # validates; raises BoardFileError on a bad board
    document = board_document(board)
    document["board"].pop("markers", None)
    path = folder / f"{board.id}.json"
    atomic_write_text(path, to_json(document))
    return path


def write_method(method: dict, folder: Path = METHODS_DIR) -> Path:
    path = folder / f"{method['id']}.json"
    if method["id"] in CARRY_FORWARD:
        method = {**method, "carry_forward": CARRY_FORWARD[method["id"]]}
    document = {"format": "bruinpapier.method", "schema_version": 1, "method": method}
    atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    load_method_file(path)  # validates against the schema
    return path


def main(templates_dir: Path = TEMPLATES_DIR, methods_dir: Path = METHODS_DIR) -> int:
    """Write every template and method; files of ids that no longer exist are removed."""
    templates_dir.mkdir(parents=True, exist_ok=True)
    methods_dir.mkdir(parents=True, exist_ok=True)
    boards = [build() for build in BUILDERS]
    ids = [board.id for board in boards]
    duplicates = {board_id for board_id in ids if ids.count(board_id) > 1}
    if duplicates:
        raise SystemExit(f"duplicate template ids: {sorted(duplicates)}")
    problems = source_problems(boards, EXCERPTS)
    if problems:
        lines = [f"{board_id}: {problem}" for board_id, found in problems.items() for problem in found]
        raise SystemExit("templates that do not quote their sources:\n" + "\n".join(lines))
    for old in templates_dir.glob("*.json"):
        if old.stem not in ids:
            old.unlink()
    for board in boards:
        write_board(board, templates_dir)
    method_ids = [method["id"] for method in METHODS]
    for old in methods_dir.glob("*.json"):
        if old.stem not in method_ids:
            old.unlink()
    for method in METHODS:
        write_method(method, methods_dir)
    referenced = {board_id for method in METHODS for step in method["steps"] for board_id in step.get("boards", [])}
    missing = referenced - set(ids)
    if missing:
        raise SystemExit(f"methods name unknown templates: {sorted(missing)}")
    print(f"{len(boards)} sjablonen en {len(METHODS)} methoden geschreven")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
