"""The results of a session being edited, with every change as an undoable command.

``ResultsDocument`` wraps a ``Session`` and a ``QUndoStack``. Views call its
edit methods, which push the commands of ``desktop.undo``'s style, and follow
its signals; they never change the session themselves. The commands call the
document's model operations, which change the session with the core's
functions (``boards.session``) and emit the signals.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from boards.merging import MergePlan
from boards.session import ActionItem, Note, NoteSource, Results, Session, clamp_dot_count
from boards.sessionio import ImportPreview, ImportSummary
from desktop.undo import AddItem, Command, RemoveItems, SetFields

ACTION_FIELDS = ("nr", "action", "owner", "due", "impact", "workload")
SESSION_FIELDS = ("school", "team", "date", "facilitator", "topic", "code", "participants", "remarks")


class ResultsDocument(QObject):
    detailsChanged = Signal(str)  # field name
    notesChanged = Signal()
    dotsChanged = Signal(str, str)  # zone id, kind id
    actionsChanged = Signal()  # after any change of the action items
    # Finer signals for the action table, so an edit redraws one row and never resets the table under an
    # open cell editor (row numbers; "about to" before the list changes, the others after).
    actionAboutToBeInserted = Signal(int)
    actionInserted = Signal(int)
    actionAboutToBeRemoved = Signal(int)
    actionRemoved = Signal(int)
    actionUpdated = Signal(int, list)  # row, the names of the fields that changed
    actionsAboutToBeReplaced = Signal()
    actionsReplaced = Signal()

    def __init__(self, session: Session, undo_stack: QUndoStack | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack or QUndoStack(self)

    # --- notes ---------------------------------------------------------------------------

    def note(self, note_id: str) -> Note | None:
        return next((note for note in self.session.results.notes if note.id == note_id), None)

    def add_note(self, zone_id: str, text: str, color: str) -> Note:
        note = Note(text=text, zone_id=zone_id, color=color, source=NoteSource.TYPED)
        self.undo_stack.push(AddItem(self, note, self.tr("Notitie toevoegen")))
        return note

    def remove_note(self, note_id: str) -> None:
        if self.note(note_id) is not None:
            self.undo_stack.push(RemoveItems(self, [note_id], self.tr("Notitie verwijderen")))

    def _set_note(self, note_id: str, changes: dict[str, object], text: str) -> None:
        note = self.note(note_id)
        if note is not None and any(getattr(note, key) != value for key, value in changes.items()):
            self.undo_stack.push(SetFields(self, note_id, changes, text))

    def set_note_color(self, note_id: str, color: str) -> None:
        self._set_note(note_id, {"color": color}, self.tr("Kleur van notitie"))

    def set_note_text(self, note_id: str, text: str) -> None:
        self._set_note(note_id, {"text": text}, self.tr("Tekst van notitie"))

    def move_note(self, note_id: str, zone_id: str | None) -> None:
        """Put a note in another zone; it is laid out anew there."""
        note = self.note(note_id)
        if note is not None and note.zone_id != zone_id:
            changes = {"zone_id": zone_id, "x_mm": None, "y_mm": None}
            self.undo_stack.push(SetFields(self, note_id, changes, self.tr("Notitie verplaatsen")))

    def set_note_chosen(self, note_id: str, chosen: bool) -> None:
        """Mark a note as chosen by the team (an idea that becomes an action, a thema)."""
        text = self.tr("Notitie kiezen") if chosen else self.tr("Keuze intrekken")
        self._set_note(note_id, {"chosen": chosen}, text)

    def set_note_category(self, note_id: str, category: str) -> None:
        self._set_note(note_id, {"category": category}, self.tr("Soort van notitie"))

    def set_note_times(self, note_id: str, work_min: float | None, wait_min: float | None) -> None:
        """A VSM process step's bewerkingstijd and wachttijd in minutes (None: not known)."""
        self._set_note(note_id, {"work_min": work_min, "wait_min": wait_min}, self.tr("Tijden van processtap"))

    def set_respondents(self, question_id: str, count: int | None) -> None:
        """How many people answered the questionnaire (``""``) or one question; None: not known."""
        if self.session.results.respondents.get(question_id) != count:
            self.undo_stack.push(SetRespondents(self, question_id, count))

    def put_respondents(self, question_id: str, count: int | None) -> None:
        self.session.results.set_respondents(question_id, count)
        self.detailsChanged.emit("respondents")

    def link_note(self, note_id: str, link: str, target_id: str | None) -> None:
        """Link a note to another (an idea to the problem it answers); None removes the link."""
        note = self.note(note_id)
        if note is None or note.links.get(link) == target_id:
            return
        links = {key: value for key, value in note.links.items() if key != link}
        if target_id is not None:
            links[link] = target_id
        self.undo_stack.push(SetFields(self, note_id, {"links": links}, self.tr("Notitie koppelen")))

    # --- dots ----------------------------------------------------------------------------

    def dot_count(self, zone_id: str, kind: str) -> int:
        return self.session.results.dot_count(zone_id, kind)

    def set_dot_count(self, zone_id: str, kind: str, count: int) -> None:
        count = clamp_dot_count(count)
        if count != self.dot_count(zone_id, kind):
            self.undo_stack.push(SetDotCount(self, zone_id, kind, count))

    def add_dots(self, zone_id: str, kind: str, delta: int) -> None:
        self.set_dot_count(zone_id, kind, self.dot_count(zone_id, kind) + delta)

    # --- actions -------------------------------------------------------------------------

    def add_action(self, text: str = "") -> ActionItem:
        item = ActionItem(nr=self.session.results.next_action_nr(), action=text)
        self.undo_stack.push(AddItem(self, item, self.tr("Actiepunt toevoegen")))
        return item

    def remove_action(self, index: int) -> None:
        self.remove_actions([index])

    def remove_actions(self, rows: list[int]) -> None:
        """Remove the action items at ``rows`` as one undo step."""
        actions = self.session.results.actions
        ids = [actions[row].id for row in sorted(set(rows), reverse=True) if 0 <= row < len(actions)]
        if ids:
            text = self.tr("Actiepunt verwijderen") if len(ids) == 1 else self.tr("Actiepunten verwijderen")
            self.undo_stack.push(RemoveItems(self, ids, text))

    def set_action_field(self, index: int, field: str, value: object) -> None:
        item = self.session.results.actions[index]
        if getattr(item, field) != value:
            self.undo_stack.push(SetFields(self, item.id, {field: value}, self.tr("Actiepunt wijzigen")))

    # --- session details -----------------------------------------------------------------

    def set_session_field(self, field: str, value: object) -> None:
        if field not in SESSION_FIELDS:
            raise KeyError(field)
        if getattr(self.session, field) != value:
            self.undo_stack.push(SetSessionField(self, field, value))

    # --- import ------------------------------------------------------------------------

    def replace_results(self, results: Results, text: str) -> None:
        """Put whole new results in place as one undoable step (photo read-back, import)."""
        self.undo_stack.push(ReplaceResults(self, results, text))

    def apply_import(self, preview: ImportPreview, plan: MergePlan | None = None) -> ImportSummary:
        """Apply a checked import preview as one undoable step (raises while rows are wrong); ``plan``
        holds the user's choices where the session had other data (``ImportPreview.plan``)."""
        scratch = Session(board=self.session.board, results=copy.deepcopy(self.session.results))
        summary = preview.apply(scratch, plan)
        self.undo_stack.push(ReplaceResults(self, scratch.results, self.tr("Resultaten importeren")))
        return summary

    # --- model operations (the undo commands call these) ---------------------------------

    def _changed(self, item: Note | ActionItem) -> None:
        (self.notesChanged if isinstance(item, Note) else self.actionsChanged).emit()

    def _action_row(self, item_id: str) -> int | None:
        actions = self.session.results.actions
        return next((row for row, action in enumerate(actions) if action.id == item_id), None)

    def insert(self, item: Note | ActionItem, index: int | None = None) -> None:
        is_action = isinstance(item, ActionItem)
        row = len(self.session.results.actions) if index is None else index
        if is_action:
            self.actionAboutToBeInserted.emit(row)
        self.session.results.insert(item, index)
        if is_action:
            self.actionInserted.emit(row)
        self._changed(item)

    def remove(self, item_id: str) -> tuple[Note | ActionItem, int]:
        row = self._action_row(item_id)
        if row is not None:
            self.actionAboutToBeRemoved.emit(row)
        item, index = self.session.results.remove(item_id)
        if row is not None:
            self.actionRemoved.emit(row)
        self._changed(item)
        return item, index

    def update(self, item_id: str, **values: object) -> dict[str, object]:
        old = self.session.results.update(item_id, **values)
        item = self.session.results.item(item_id)
        assert item is not None
        row = self._action_row(item_id)
        if row is not None:
            self.actionUpdated.emit(row, list(values))
        self._changed(item)
        return old

    def put_dot_count(self, zone_id: str, kind: str, count: int) -> None:
        self.session.results.set_dot_count(zone_id, kind, count)
        self.dotsChanged.emit(zone_id, kind)

    def put_session_field(self, field: str, value: object) -> None:
        setattr(self.session, field, copy.copy(value))
        self.detailsChanged.emit(field)

    def put_results(self, results: Results) -> Results:
        """Take over copies of ``results``; returns a copy of the results as they were."""
        before = copy.deepcopy(self.session.results)
        self.actionsAboutToBeReplaced.emit()
        self.session.results.replace_with(results)
        self.notesChanged.emit()
        for dot in {(d.zone_id, d.kind) for d in before.dots + results.dots}:
            self.dotsChanged.emit(*dot)
        self.actionsReplaced.emit()
        self.actionsChanged.emit()
        return before


class SetSessionField(Command):
    def __init__(self, document: ResultsDocument, field: str, value: object) -> None:
        super().__init__(QCoreApplication.translate("ResultsDocument", "Sessiegegevens wijzigen"))
        self._document, self._field = document, field
        self._before, self._after = copy.copy(getattr(document.session, field)), value

    def redo(self) -> None:
        self._document.put_session_field(self._field, self._after)

    def undo(self) -> None:
        self._document.put_session_field(self._field, self._before)


class SetRespondents(Command):
    def __init__(self, document: ResultsDocument, question_id: str, count: int | None) -> None:
        super().__init__(QCoreApplication.translate("ResultsDocument", "Aantal respondenten"))
        self._document, self._question = document, question_id
        self._before, self._after = document.session.results.respondents.get(question_id), count

    def redo(self) -> None:
        self._document.put_respondents(self._question, self._after)

    def undo(self) -> None:
        self._document.put_respondents(self._question, self._before)


class ReplaceResults(Command):
    def __init__(self, document: ResultsDocument, results: Results, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._results = results
        self._before: Results | None = None

    def redo(self) -> None:
        self._before = self._document.put_results(self._results)

    def undo(self) -> None:
        assert self._before is not None
        self._document.put_results(self._before)


class SetDotCount(Command):
    """Pressing + five times on one counter is one undo step."""

    MERGE_ID = 0x5DD7

    def __init__(self, document: ResultsDocument, zone_id: str, kind: str, count: int) -> None:
        super().__init__(QCoreApplication.translate("ResultsDocument", "Stippen tellen"), self.MERGE_ID)
        self._document, self.zone_id, self.kind = document, zone_id, kind
        self._before = document.dot_count(zone_id, kind)
        self._after = count

    def merge(self, other: SetDotCount) -> bool:
        if (other.zone_id, other.kind) != (self.zone_id, self.kind):
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._document.put_dot_count(self.zone_id, self.kind, self._after)

    def undo(self) -> None:
        self._document.put_dot_count(self.zone_id, self.kind, self._before)


__all__ = ["ACTION_FIELDS", "SESSION_FIELDS", "ResultsDocument"]
