"""The one shape of the app's undo commands (the board editor, the results, the photo review).

After orange-canvas-core's commands:

- A command is a small ``QUndoCommand`` subclass named after what the user did
  (``MoveObjects``, ``SetDotCount``, ``AddItem``). It holds the model it edits
  (a ``BoardDocument``, a ``ResultsDocument`` or a ``ReviewModel``) and what the
  user chose.
- ``redo()`` calls a model operation. The operation does the change with the
  core's function (``boards.editing``, ``boards.session``) and makes the model
  emit its signals. The command keeps what ``undo()`` needs (old values, old
  places in a list), and ``undo()`` gives that back to the model.
- Where a core rule decides the whole change (what a removal takes along, which
  zones leave their parent), the command asks the core in its constructor, so
  the model's edit method can leave out an edit that changes nothing.
- Views never change a model themselves and never listen to the undo stack:
  they push commands (mostly through the model's edit methods, such as
  ``BoardDocument.remove`` or ``ResultsDocument.add_note``) and follow the
  model's signals.
- Edits that are one step for the user (a drag, nudges, typing in a field,
  pressing + on a counter) share a merge id; ``merge(other)`` takes over the
  later command's outcome and says whether it could.
- The text is what the undo history shows, in Dutch through Qt's translation.

``AddItem``, ``RemoveItems`` and ``SetFields`` serve every model that keeps
records with an ``id`` the way :class:`ItemModel` says.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

#: The merge id of a command that never merges.
NO_MERGE = -1


class Command(QUndoCommand):
    """The base of every undo command: a text, an optional merge id, and ``merge``."""

    def __init__(self, text: str, merge_id: int = NO_MERGE) -> None:
        super().__init__(text)
        self._merge_id = merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Qt asks only when both ids are the same and not NO_MERGE.
        return type(other) is type(self) and self.merge(other)

    def merge(self, other: Any) -> bool:
        """Take over ``other``'s outcome (a later command of the same type and merge id)."""
        return False


class ItemModel(Protocol):
    """A model of records with an ``id``: what the item commands need from it."""

    def insert(self, item: Any, index: int | None = None) -> None:
        """Put ``item`` at ``index`` of its list (None: at the end) and say so."""

    def remove(self, item_id: str) -> tuple[Any, int]:
        """Take a record out; returns it with the place it had."""

    def update(self, item_id: str, **values: Any) -> dict[str, Any]:
        """Set fields of one record; returns their old values."""


class AddItem(Command):
    def __init__(self, model: ItemModel, item: Any, text: str, index: int | None = None) -> None:
        super().__init__(text)
        self._model = model
        self._item = item
        self._index = index

    def redo(self) -> None:
        self._model.insert(self._item, self._index)

    def undo(self) -> None:
        _, self._index = self._model.remove(self._item.id)


class RemoveItems(Command):
    def __init__(self, model: ItemModel, item_ids: list[str], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._ids = list(item_ids)
        self._removed: list[tuple[Any, int]] = []

    def redo(self) -> None:
        self._removed = [self._model.remove(item_id) for item_id in self._ids]

    def undo(self) -> None:
        for item, index in reversed(self._removed):
            self._model.insert(item, index)
        self._removed = []


class SetFields(Command):
    """Change fields of one record (a move sets x_mm, y_mm and zone_id together)."""

    def __init__(self, model: ItemModel, item_id: str, values: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._id = item_id
        self._new = dict(values)
        self._old: dict[str, Any] = {}

    def redo(self) -> None:
        self._old = self._model.update(self._id, **self._new)

    def undo(self) -> None:
        self._model.update(self._id, **self._old)
