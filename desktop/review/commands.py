"""Undoable edits of the review: add, delete, change fields (move, zone, colour, kind, text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.review.model import Item, ReviewModel


class AddItemCommand(QUndoCommand):
    def __init__(self, model: ReviewModel, item: Item, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._item = item
        self._index: int | None = None

    def redo(self) -> None:
        self._model.insert(self._item, self._index)

    def undo(self) -> None:
        _, self._index = self._model.remove(self._item.id)


class RemoveItemsCommand(QUndoCommand):
    def __init__(self, model: ReviewModel, item_ids: list[str], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._ids = list(item_ids)
        self._removed: list[tuple[Item, int]] = []

    def redo(self) -> None:
        self._removed = [self._model.remove(item_id) for item_id in self._ids]

    def undo(self) -> None:
        for item, index in reversed(self._removed):
            self._model.insert(item, index)
        self._removed = []


class SetFieldsCommand(QUndoCommand):
    """Change fields of one item (a move sets x_mm, y_mm and zone_id together)."""

    def __init__(self, model: ReviewModel, item_id: str, values: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._id = item_id
        self._new = dict(values)
        self._old: dict[str, Any] = {}

    def redo(self) -> None:
        self._old = self._model.update(self._id, **self._new)

    def undo(self) -> None:
        self._model.update(self._id, **self._old)
