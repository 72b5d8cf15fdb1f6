"""The built-in templates: the boards of the source publications, as JSON files in resources/templates.

A template id that is not built in is looked up in the user's template library (own templates and the
school folder: :mod:`boards.library`), so every command that takes a template id takes those too."""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path

from boards.errors import NotFoundError, problem
from boards.fileformat import load_board
from boards.i18n import QT_TRANSLATE_NOOP
from boards.methods import list_methods
from boards.model import Board
from boards.search import matches
from resources import resource_path

OTHER_METHOD = "overig"


def templates_dir() -> Path:
    return resource_path("templates")


@lru_cache(maxsize=1)
def _all_templates() -> tuple[tuple[Path, Board], ...]:
    return tuple((path, load_board(path)) for path in sorted(templates_dir().glob("*.json")))


def list_templates() -> list[Board]:
    """All templates, validated, ordered by method order, step and title.

    Each call returns fresh copies so callers may edit them freely.
    """
    method_order = {method.id: (method.order, [step.id for step in method.steps]) for method in list_methods()}

    def key(board: Board) -> tuple:
        order, steps = method_order.get(board.method or "", (1000, []))
        step_index = steps.index(board.step) if board.step in steps else len(steps)
        return (order, board.method or "", step_index, board.title)

    return sorted((copy_board(board) for _, board in _all_templates()), key=key)


def template_ids() -> list[str]:
    return [board.id for _, board in _all_templates()]


def load_template(template_id: str) -> Board:
    if _all_templates.cache_info().currsize == 0:  # not all read yet: read just this one (a quick command)
        path = templates_dir() / f"{template_id}.json"
        if path.is_file():
            board = load_board(path)
            if board.id == template_id:
                return board
    for _, board in _all_templates():
        if board.id == template_id:
            return copy_board(board)
    from boards.library import default_library  # the user's own and the school's templates

    return default_library().find(template_id).fresh_board()


def unknown_template(template_id: str) -> NotFoundError:
    return NotFoundError(
        problem(
            QT_TRANSLATE_NOOP("errors", "sjabloon '{id}' bestaat niet; 'bruinpapier templates' toont alle sjablonen"),
            id=template_id,
        )
    )


def resolve_board(template_id_or_file: str) -> Board:
    """A board from a board or template file, or else a template id (built-in, own or school)."""
    from boards.library import TEMPLATE_SUFFIX, load_template_file

    path = Path(template_id_or_file)
    if path.suffix.lower() == TEMPLATE_SUFFIX:
        return load_template_file(path).board
    if path.suffix.lower() in (".json", ".bpbord") or path.exists():
        return load_board(path)
    return load_template(template_id_or_file)


def copy_board(board: Board) -> Board:
    return copy.deepcopy(board)


def templates_by_method() -> dict[str, list[Board]]:
    """Templates grouped by method id (``overig`` for boards outside a method), in order."""
    grouped: dict[str, list[Board]] = {}
    for board in list_templates():
        grouped.setdefault(board.method or OTHER_METHOD, []).append(board)
    return grouped


def search_texts(board: Board) -> list[str]:
    """What the template search looks in: title, method, step and the board's question."""
    from boards.methods import method_and_step

    texts = [board.title, board.question]
    method, step = method_and_step(board.method, board.step)
    if board.method:
        texts.append(method.title if method is not None else board.method)
    if method is not None and board.step:
        texts += [step.title, f"stap {step.nr}"] if step is not None else [board.step]
    return texts


def template_matches(board: Board, query: str) -> bool:
    """The template search: every word of ``query`` in the title, method, step or question
    (case and accents ignored)."""
    return matches(query, search_texts(board))
