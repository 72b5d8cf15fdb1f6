"""An open board: the model (the truth), its undo stack, file path and dirty flag.

Everything that changes the board goes through :meth:`BoardDocument.apply` or
:meth:`BoardDocument.replace_board`, which push a ``QUndoCommand``. The scene
and panels listen to :attr:`BoardDocument.changed` (the keys of the objects that
were added, removed or modified) and :attr:`BoardDocument.board_reset` (the
whole board was replaced) and redraw from the model.

Objects are addressed by the keys of ``boards.editing``: ``zone:<id>``,
``group:<id>``, ``element:<id>``, ``header`` (the title block rect) and ``legend``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from boards.editing import get_object, object_keys, put_objects, snapshot
from boards.fileformat import load_board, save_board
from boards.model import Board

#: Command ids for merging consecutive edits of the same objects (spin boxes, nudges).
MERGE_PROPERTIES = 1
MERGE_NUDGE = 2


class ObjectsCommand(QUndoCommand):
    """Replace some objects of the board (None: absent) and back again."""

    def __init__(
        self,
        document: BoardDocument,
        text: str,
        before: dict[str, tuple[int, Any]],
        after: dict[str, tuple[int, Any]],
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after
        self._merge_id = merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ObjectsCommand) or other._merge_id != self._merge_id:
            return False
        if set(other._after) != set(self._after) or other.text() != self.text():
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._document._set_objects(self._after, self._before)

    def undo(self) -> None:
        self._document._set_objects(self._before, self._after)


class BoardCommand(QUndoCommand):
    """Replace the whole board (paper size, board properties)."""

    def __init__(self, document: BoardDocument, text: str, before: Board, after: Board) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._document._set_board(copy.deepcopy(self._after))

    def undo(self) -> None:
        self._document._set_board(copy.deepcopy(self._before))


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

    # --- editing --------------------------------------------------------------------------

    def apply(self, text: str, after: dict[str, Any], merge_id: int = -1) -> None:
        """Push one undoable edit: each key gets the given object (None removes it).

        The objects are copied, so callers may keep editing theirs.
        """
        if not after:
            return
        before = snapshot(self._board, after)
        new = {key: (before[key][0], copy.deepcopy(value)) for key, value in after.items()}
        if all(before[key][1] == new[key][1] for key in after):
            return
        self.undo_stack.push(ObjectsCommand(self, text, before, new, merge_id))

    def replace_board(self, text: str, board: Board) -> None:
        """Push one undoable edit that replaces the whole board."""
        if board == self._board:
            return
        self.undo_stack.push(BoardCommand(self, text, copy.deepcopy(self._board), copy.deepcopy(board)))

    def _set_objects(self, values: dict[str, tuple[int, Any]], previous: dict[str, tuple[int, Any]]) -> None:
        put_objects(self._board, values)
        self.changed.emit(list(values))

    def _set_board(self, board: Board) -> None:
        self._board = board
        self.board_reset.emit()

    # --- ids ------------------------------------------------------------------------------

    def new_id(self, base: str, taken: set[str] | None = None) -> str:
        """An id not used on the board yet (nor in ``taken``), based on ``base``."""
        used = set(self._board.all_ids()) | (taken or set())
        slug = _slug(base) or "zone"
        if slug not in used:
            return slug
        number = 2
        while f"{slug}-{number}" in used:
            number += 1
        return f"{slug}-{number}"


def _slug(text: str) -> str:
    out = []
    for char in text.lower():
        if char.isalnum() and char.isascii():
            out.append(char)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:40]
