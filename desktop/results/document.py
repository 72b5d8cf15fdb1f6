"""The results of a session being edited, with every change as an undoable command.

``ResultsDocument`` wraps a ``Session`` and a ``QUndoStack``; the views call its
methods and listen to its signals, never change the session themselves.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from boards.session import ActionItem, Note, NoteSource, Results, Session, clamp_dot_count
from boards.sessionio import ImportPreview, ImportSummary

ACTION_FIELDS = ("nr", "action", "owner", "due", "impact", "workload")
SESSION_FIELDS = ("school", "team", "date", "facilitator", "topic", "code", "participants", "remarks")


class ResultsDocument(QObject):
    detailsChanged = Signal(str)  # field name
    notesChanged = Signal()
    dotsChanged = Signal(str, str)  # zone id, kind id
    actionsChanged = Signal()

    def __init__(self, session: Session, undo_stack: QUndoStack | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack or QUndoStack(self)

    # --- notes ---------------------------------------------------------------------------

    def note(self, note_id: str) -> Note | None:
        return next((note for note in self.session.results.notes if note.id == note_id), None)

    def add_note(self, zone_id: str, text: str, color: str) -> Note:
        note = Note(text=text, zone_id=zone_id, color=color, source=NoteSource.TYPED)
        self.undo_stack.push(_AddNote(self, note, len(self.session.results.notes)))
        return note

    def remove_note(self, note_id: str) -> None:
        note = self.note(note_id)
        if note is not None:
            self.undo_stack.push(_RemoveNote(self, note, self.session.results.notes.index(note)))

    def set_note_color(self, note_id: str, color: str) -> None:
        note = self.note(note_id)
        if note is not None and note.color != color:
            self.undo_stack.push(_SetNote(self, note, {"color": color}, self.tr("Kleur van notitie")))

    def set_note_text(self, note_id: str, text: str) -> None:
        note = self.note(note_id)
        if note is not None and note.text != text:
            self.undo_stack.push(_SetNote(self, note, {"text": text}, self.tr("Tekst van notitie")))

    def move_note(self, note_id: str, zone_id: str | None) -> None:
        """Put a note in another zone; it is laid out anew there."""
        note = self.note(note_id)
        if note is not None and note.zone_id != zone_id:
            changes = {"zone_id": zone_id, "x_mm": None, "y_mm": None}
            self.undo_stack.push(_SetNote(self, note, changes, self.tr("Notitie verplaatsen")))

    def set_note_chosen(self, note_id: str, chosen: bool) -> None:
        """Mark a note as chosen by the team (an idea that becomes an action, a thema)."""
        note = self.note(note_id)
        if note is not None and note.chosen != chosen:
            text = self.tr("Notitie kiezen") if chosen else self.tr("Keuze intrekken")
            self.undo_stack.push(_SetNote(self, note, {"chosen": chosen}, text))

    def set_note_category(self, note_id: str, category: str) -> None:
        note = self.note(note_id)
        if note is not None and note.category != category:
            self.undo_stack.push(_SetNote(self, note, {"category": category}, self.tr("Soort van notitie")))

    def link_note(self, note_id: str, link: str, target_id: str | None) -> None:
        """Link a note to another (an idea to the problem it answers); None removes the link."""
        note = self.note(note_id)
        if note is None or note.links.get(link) == target_id:
            return
        links = {key: value for key, value in note.links.items() if key != link}
        if target_id is not None:
            links[link] = target_id
        self.undo_stack.push(_SetNote(self, note, {"links": links}, self.tr("Notitie koppelen")))

    # --- dots ----------------------------------------------------------------------------

    def dot_count(self, zone_id: str, kind: str) -> int:
        return self.session.results.dot_count(zone_id, kind)

    def set_dot_count(self, zone_id: str, kind: str, count: int) -> None:
        count = clamp_dot_count(count)
        if count != self.dot_count(zone_id, kind):
            self.undo_stack.push(_SetDots(self, zone_id, kind, count))

    def add_dots(self, zone_id: str, kind: str, delta: int) -> None:
        self.set_dot_count(zone_id, kind, self.dot_count(zone_id, kind) + delta)

    # --- actions -------------------------------------------------------------------------

    def add_action(self, text: str = "") -> ActionItem:
        nr = max((action.nr for action in self.session.results.actions), default=0) + 1
        item = ActionItem(nr=nr, action=text)
        self.undo_stack.push(_AddAction(self, item, len(self.session.results.actions)))
        return item

    def remove_action(self, index: int) -> None:
        if 0 <= index < len(self.session.results.actions):
            self.undo_stack.push(_RemoveAction(self, self.session.results.actions[index], index))

    def set_action_field(self, index: int, field: str, value: object) -> None:
        item = self.session.results.actions[index]
        if getattr(item, field) != value:
            self.undo_stack.push(_SetAction(self, item, field, value))

    # --- session details -----------------------------------------------------------------

    def set_session_field(self, field: str, value: object) -> None:
        if field not in SESSION_FIELDS:
            raise KeyError(field)
        if getattr(self.session, field) != value:
            self.undo_stack.push(_SetSessionField(self, field, value))

    # --- import ------------------------------------------------------------------------

    def replace_results(self, results: Results, text: str) -> None:
        """Put whole new results in place as one undoable step (photo read-back, import)."""
        self.undo_stack.push(_ReplaceResults(self, results, text))

    def apply_import(self, preview: ImportPreview) -> ImportSummary:
        """Apply a checked import preview as one undoable step (raises while rows are wrong)."""
        scratch = Session(board=self.session.board, results=copy.deepcopy(self.session.results))
        summary = preview.apply(scratch)
        self.undo_stack.push(_ReplaceResults(self, scratch.results, self.tr("Resultaten importeren")))
        return summary


class _SetSessionField(QUndoCommand):
    def __init__(self, document: ResultsDocument, field: str, value: object) -> None:
        super().__init__(QCoreApplication.translate("ResultsDocument", "Sessiegegevens wijzigen"))
        self.document, self.field = document, field
        self.before, self.after = copy.copy(getattr(document.session, field)), value

    def _set(self, value: object) -> None:
        setattr(self.document.session, self.field, copy.copy(value))
        self.document.detailsChanged.emit(self.field)

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class _ReplaceResults(QUndoCommand):
    def __init__(self, document: ResultsDocument, results: Results, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.before = copy.deepcopy(document.session.results)
        self.after = results

    def _set(self, results: Results) -> None:
        target = self.document.session.results
        target.notes[:] = copy.deepcopy(results.notes)
        target.dots[:] = copy.deepcopy(results.dots)
        target.actions[:] = copy.deepcopy(results.actions)
        self.document.notesChanged.emit()
        for dot in {(d.zone_id, d.kind) for d in self.before.dots + self.after.dots}:
            self.document.dotsChanged.emit(*dot)
        self.document.actionsChanged.emit()

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class _AddNote(QUndoCommand):
    def __init__(self, document: ResultsDocument, note: Note, index: int) -> None:
        super().__init__(QCoreApplication.translate("ResultsDocument", "Notitie toevoegen"))
        self.document, self.note, self.index = document, note, index

    def redo(self) -> None:
        self.document.session.results.notes.insert(self.index, self.note)
        self.document.notesChanged.emit()

    def undo(self) -> None:
        self.document.session.results.notes.remove(self.note)
        self.document.notesChanged.emit()


class _RemoveNote(_AddNote):
    def __init__(self, document: ResultsDocument, note: Note, index: int) -> None:
        super().__init__(document, note, index)
        self.setText(QCoreApplication.translate("ResultsDocument", "Notitie verwijderen"))

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class _SetNote(QUndoCommand):
    def __init__(self, document: ResultsDocument, note: Note, changes: dict[str, object], text: str) -> None:
        super().__init__(text)
        self.document, self.note = document, note
        self.after = changes
        self.before = {key: getattr(note, key) for key in changes}

    def _apply(self, values: dict[str, object]) -> None:
        for key, value in values.items():
            setattr(self.note, key, value)
        self.document.notesChanged.emit()

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class _SetDots(QUndoCommand):
    MERGE_ID = 0x5DD7

    def __init__(self, document: ResultsDocument, zone_id: str, kind: str, count: int) -> None:
        super().__init__(QCoreApplication.translate("ResultsDocument", "Stippen tellen"))
        self.document, self.zone_id, self.kind = document, zone_id, kind
        self.before = document.dot_count(zone_id, kind)
        self.after = count

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Pressing + five times on one counter is one undo step."""
        if not isinstance(other, _SetDots) or (other.zone_id, other.kind) != (self.zone_id, self.kind):
            return False
        self.after = other.after
        return True

    def _set(self, count: int) -> None:
        self.document.session.results.set_dot_count(self.zone_id, self.kind, count)
        self.document.dotsChanged.emit(self.zone_id, self.kind)

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class _AddAction(QUndoCommand):
    def __init__(self, document: ResultsDocument, item: ActionItem, index: int) -> None:
        super().__init__(QCoreApplication.translate("ResultsDocument", "Actiepunt toevoegen"))
        self.document, self.item, self.index = document, item, index

    def redo(self) -> None:
        self.document.session.results.actions.insert(self.index, self.item)
        self.document.actionsChanged.emit()

    def undo(self) -> None:
        self.document.session.results.actions.remove(self.item)
        self.document.actionsChanged.emit()


class _RemoveAction(_AddAction):
    def __init__(self, document: ResultsDocument, item: ActionItem, index: int) -> None:
        super().__init__(document, item, index)
        self.setText(QCoreApplication.translate("ResultsDocument", "Actiepunt verwijderen"))

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class _SetAction(QUndoCommand):
    def __init__(self, document: ResultsDocument, item: ActionItem, field: str, value: object) -> None:
        super().__init__(QCoreApplication.translate("ResultsDocument", "Actiepunt wijzigen"))
        self.document, self.item, self.field = document, item, field
        self.before, self.after = getattr(item, field), value

    def redo(self) -> None:
        setattr(self.item, self.field, self.after)
        self.document.actionsChanged.emit()

    def undo(self) -> None:
        setattr(self.item, self.field, self.before)
        self.document.actionsChanged.emit()


__all__ = ["ACTION_FIELDS", "SESSION_FIELDS", "ResultsDocument"]
