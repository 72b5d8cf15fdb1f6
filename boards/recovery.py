"""Recovery copies of unsaved work: written every minute until the work is saved, offered back after a crash.

A copy is the document itself (a normal board or session file) plus a small JSON
note saying where it belongs and when it was written. Both are written atomically;
reading a damaged copy raises BruinpapierError, a damaged note only loses the note.
The folder is given by the caller (the desktop keeps its copies in the user's data
folder), so the core stays free of any app's paths.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from boards.errors import BruinpapierError
from boards.fileformat import atomic_write_text


class RecoveryCopy:
    """One document's recovery copy: ``file_name`` and ``note_name`` in the folder ``folder()`` returns."""

    def __init__(
        self,
        folder: Callable[[], Path],
        file_name: str,
        note_name: str,
        dumps: Callable[[Any], str],
        load: Callable[[Path], Any],
    ) -> None:
        self._folder = folder
        self.file_name, self.note_name = file_name, note_name
        self._dumps, self._load = dumps, load

    @property
    def file(self) -> Path:
        return self._folder() / self.file_name

    @property
    def note_file(self) -> Path:
        return self._folder() / self.note_name

    def write(self, document: Any, note: dict[str, Any]) -> bool:
        """False when the document cannot be written as it is (it stays in memory)."""
        try:
            text = self._dumps(document)
        except BruinpapierError:
            return False
        atomic_write_text(self.file, text)
        note = {**note, "saved_at": datetime.now().isoformat(timespec="seconds")}
        atomic_write_text(self.note_file, json.dumps(note, ensure_ascii=False))
        return True

    def exists(self) -> bool:
        return self.file.exists()

    def clear(self) -> None:
        for file in (self.file, self.note_file):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()

    def read(self) -> tuple[Any, dict[str, Any]]:
        document = self._load(self.file)
        try:
            note = json.loads(self.note_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            note = {}
        return document, note if isinstance(note, dict) else {}
