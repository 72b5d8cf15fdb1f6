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
  they call the model's edit methods, which push commands, and follow the
  model's signals.
- Edits that are one step for the user (a drag, nudges, typing in a field,
  pressing + on a counter) share a merge id; ``merge(other)`` takes over the
  later command's outcome and says whether it could.
- The text is what the undo history shows, in Dutch through Qt's translation.
"""

from __future__ import annotations

from typing import Any

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
