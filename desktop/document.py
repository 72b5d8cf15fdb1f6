"""An open board: the model (the truth), its undo stack, file path and dirty flag.

Every change of the board is an undo command in ``desktop.undo``'s style,
pushed by one of :class:`BoardDocument`'s edit methods (``apply``, ``remove``,
``move``, ``place``, ``change_paper``, ``replace_board``). The commands ask
the core (``boards.editing``) for the change set and write it through the
document's model operations (``put_objects``, ``put_board``), which emit
:attr:`BoardDocument.changed` (the keys of the parts that were added, removed
or modified) and :attr:`BoardDocument.board_reset` (the whole board was
replaced). The scene and panels follow those signals and redraw from the model.

Parts are addressed by the keys of ``boards.editing``: ``zone:<id>``,
``group:<id>``, ``element:<id>``, ``header`` and ``legend``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from boards.editing import (
    Snapshot,
    change_paper,
    get_object,
    moved_objects,
    new_object_id,
    object_keys,
    placed_objects,
    put_objects,
    removal,
    snapshot,
)
from boards.fileformat import load_board, save_board
from boards.geometry import Rect
from boards.model import Board
from boards.paper import Paper
from desktop.undo import NO_MERGE, Command

#: Command ids for merging consecutive edits of the same objects (spin boxes, nudges).
MERGE_PROPERTIES = 1
MERGE_NUDGE = 2


class SetObjects(Command):
    """Parts of the board set as given (None removes one, a new key adds one), and back again."""

    def __init__(self, document: BoardDocument, text: str, after: dict[str, Any], merge_id: int = NO_MERGE) -> None:
        super().__init__(text, merge_id)
        self._document = document
        self._before = snapshot(document.board, after)
        self._after: Snapshot = {key: (self._before[key][0], copy.deepcopy(value)) for key, value in after.items()}

    def changes_anything(self) -> bool:
        return any(self._before[key][1] != value for key, (_, value) in self._after.items())

    def merge(self, other: SetObjects) -> bool:
        if set(other._after) != set(self._after) or other.text() != self.text():
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._document.put_objects(self._after)

    def undo(self) -> None:
        self._document.put_objects(self._before)


class RemoveObjects(SetObjects):
    """Parts removed, with what goes or changes with them (the core's ``removal``)."""

    def __init__(self, document: BoardDocument, keys: Iterable[str], text: str) -> None:
        super().__init__(document, text, removal(document.board, keys))


class MoveObjects(SetObjects):
    """Parts moved by (dx, dy) mm; zones moved out of their parent zone leave it."""

    def __init__(
        self, document: BoardDocument, keys: Iterable[str], dx: float, dy: float, text: str, merge_id: int = NO_MERGE
    ) -> None:
        super().__init__(document, text, moved_objects(document.board, keys, dx, dy), merge_id)


class PlaceObjects(SetObjects):
    """Parts put at new rects (aligned, distributed, resized); nesting kept valid."""

    def __init__(self, document: BoardDocument, rects: dict[str, Rect], text: str, merge_id: int = NO_MERGE) -> None:
        super().__init__(document, text, placed_objects(document.board, rects), merge_id)


class SetBoard(Command):
    """The whole board replaced (its title and question), and back again."""

    def __init__(self, document: BoardDocument, text: str, after: Board) -> None:
        super().__init__(text)
        self._document = document
        self._before = copy.deepcopy(document.board)
        self._after = copy.deepcopy(after)

    def changes_anything(self) -> bool:
        return self._before != self._after

    def redo(self) -> None:
        self._document.put_board(copy.deepcopy(self._after))

    def undo(self) -> None:
        self._document.put_board(copy.deepcopy(self._before))


class ChangePaper(SetBoard):
    """The board on another paper, its content scaled along or kept (the core's ``change_paper``)."""

    def __init__(self, document: BoardDocument, paper: Paper, scale: bool, text: str) -> None:
        super().__init__(document, text, change_paper(document.board, paper, scale=scale))


class BoardDocument(QObject):
    """One open board with its undo history."""

    changed = Signal(list)  # keys of the objects that were added, removed or changed
    board_reset = Signal()  # the whole board was replaced
    dirty_changed = Signal(bool)
    path_changed = Signal(object)  # Path | None

    def __init__(self, board: Board, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self._path = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._forced_dirty = False

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    # --- access ---------------------------------------------------------------------------

    @property
    def board(self) -> Board:
        return self._board

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return self._forced_dirty or not self.undo_stack.isClean()

    def mark_dirty(self) -> None:
        """A board that was never saved (e.g. restored after a crash) counts as changed."""
        self._forced_dirty = True
        self.dirty_changed.emit(True)

    def display_name(self) -> str:
        return self._path.name if self._path else self._board.title or self.tr("Naamloos")

    @classmethod
    def open(cls, path: Path | str, parent: QObject | None = None) -> BoardDocument:
        """Load a board file; raises BruinpapierError with the core's message."""
        return cls(load_board(path), Path(path), parent)

    def save(self, path: Path | str | None = None) -> None:
        target = Path(path) if path else self._path
        if target is None:
            raise ValueError("no path to save to")
        save_board(self._board, target)
        if target != self._path:
            self._path = target
            self.path_changed.emit(target)
        self._forced_dirty = False
        self.undo_stack.setClean()
        self.dirty_changed.emit(False)

    def get(self, key: str) -> Any:
        """The object for a key, or None."""
        return get_object(self._board, key)

    def keys(self) -> list[str]:
        return object_keys(self._board)

    # --- editing: each pushes one undo command ---------------------------------------------

    def _push(self, command: SetObjects | SetBoard) -> None:
        if command.changes_anything():
            self.undo_stack.push(command)

    def apply(self, text: str, after: dict[str, Any], merge_id: int = NO_MERGE) -> None:
        """Each key gets the given object (None removes it); the objects are copied."""
        self._push(SetObjects(self, text, after, merge_id))

    def remove(self, keys: Iterable[str], text: str) -> None:
        """Remove parts, and the arrows and references that go with them."""
        self._push(RemoveObjects(self, keys, text))

    def move(self, keys: Iterable[str], dx: float, dy: float, text: str, merge_id: int = NO_MERGE) -> None:
        self._push(MoveObjects(self, keys, dx, dy, text, merge_id))

    def place(self, rects: dict[str, Rect], text: str, merge_id: int = NO_MERGE) -> None:
        self._push(PlaceObjects(self, rects, text, merge_id))

    def change_paper(self, paper: Paper, scale: bool, text: str) -> None:
        if paper != self._board.paper:
            self._push(ChangePaper(self, paper, scale, text))

    def replace_board(self, text: str, board: Board) -> None:
        """Replace the whole board (its title, its question)."""
        self._push(SetBoard(self, text, board))

    # --- model operations (the undo commands call these) -------------------------------------

    def put_objects(self, values: Snapshot) -> None:
        put_objects(self._board, values)
        self.changed.emit(list(values))

    def put_board(self, board: Board) -> None:
        self._board = board
        self.board_reset.emit()

    # --- ids ------------------------------------------------------------------------------

    def new_id(self, base: str, taken: set[str] | None = None) -> str:
        """An id not used on the board yet (nor in ``taken``), based on ``base``."""
        return new_object_id(self._board, base, taken or ())
