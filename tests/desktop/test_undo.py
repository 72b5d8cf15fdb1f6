"""The one undo-command style: the editor, the results and the review push typed commands that
call their model's operations; the models' signals tell the views; merging and history texts hold."""

from __future__ import annotations

from boards.editing import element_key, zone_key
from boards.model import ConnectorElement
from boards.paper import Paper
from boards.session import ActionItem, Note, Session
from boards.templates import load_template
from desktop.document import MERGE_NUDGE, BoardDocument, MoveObjects, RemoveObjects
from desktop.results.document import ResultsDocument, SetDotCount
from desktop.review.model import ReviewModel, ReviewNote
from desktop.undo import AddItem, Command, RemoveItems, SetFields


class _Count(Command):
    def __init__(self, merge_id: int) -> None:
        super().__init__("tellen", merge_id)
        self.steps = 1

    def merge(self, other: _Count) -> bool:
        self.steps += other.steps
        return True


class _OtherCount(_Count):
    pass


def test_commands_merge_only_with_the_same_type_and_merge_id(qtbot):
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    first = _Count(7)
    stack.push(first)
    stack.push(_Count(7))
    stack.push(_Count(7))
    assert stack.count() == 1 and first.steps == 3
    stack.push(_OtherCount(7))  # another kind of edit with the same id
    stack.push(_Count(-1))  # an edit that never merges
    stack.push(_Count(-1))
    assert stack.count() == 4


def test_editor_commands_ask_the_core_and_the_document_signals(qtbot, procesplaat):
    document = BoardDocument(procesplaat)
    a, b = procesplaat.zones[0].id, procesplaat.zones[1].id
    document.apply("Verbinden", {element_key("pijl"): ConnectorElement("pijl", a, b)})
    changed: list[list[str]] = []
    document.changed.connect(changed.append)
    document.remove([zone_key(a)], "Verwijderen")
    assert isinstance(document.undo_stack.command(1), RemoveObjects)
    assert document.undo_stack.undoText() == "Verwijderen"
    assert set(changed[-1]) == {zone_key(a), element_key("pijl")}  # the arrow went with its zone
    document.undo_stack.undo()
    assert document.board.zone(a) is not None and document.get(element_key("pijl")) is not None
    document.remove([zone_key("bestaat-niet")], "Verwijderen")  # changes nothing: no step
    document.move([zone_key(b)], 0, 0, "Verschuiven")
    assert document.undo_stack.count() == 2 and document.undo_stack.canRedo()
    x = document.board.zone(b).rect.x
    for _ in range(3):
        document.move([zone_key(b)], 1, 0, "Verschuiven", MERGE_NUDGE)
    assert document.undo_stack.count() == 2  # three nudges are one step (in place of the undone removal)
    assert isinstance(document.undo_stack.command(1), MoveObjects)
    assert document.board.zone(b).rect.x == x + 3
    document.undo_stack.undo()
    assert document.board.zone(b).rect.x == x
    resets: list[bool] = []
    document.board_reset.connect(lambda: resets.append(True))
    document.change_paper(Paper.a_series("A1", "landscape"), True, "Papier wijzigen")
    document.change_paper(Paper.a_series("A1", "landscape"), True, "Papier wijzigen")  # the same: no step
    assert resets == [True] and document.undo_stack.undoText() == "Papier wijzigen"


def test_results_commands_change_the_session_through_the_core(qtbot):
    session = Session(board=load_template("procesplaat-1"))
    document = ResultsDocument(session)
    zone = session.board.zones[0]
    kind = zone.holds.dots[0].id
    notes, dots, actions = [], [], []
    document.notesChanged.connect(lambda: notes.append(True))
    document.dotsChanged.connect(lambda zone_id, kind_id: dots.append((zone_id, kind_id)))
    document.actionsChanged.connect(lambda: actions.append(True))
    note = document.add_note(zone.id, "Te veel mail", "yellow")
    assert isinstance(document.undo_stack.command(0), AddItem) and document.undo_stack.undoText() == "Notitie toevoegen"
    document.set_note_text(note.id, "Veel mail")
    assert isinstance(document.undo_stack.command(1), SetFields) and session.results.notes[0].text == "Veel mail"
    for _ in range(4):
        document.add_dots(zone.id, kind, 1)
    document.add_dots(zone.id, kind, -10)  # down to none, not below
    assert isinstance(document.undo_stack.command(2), SetDotCount) and document.undo_stack.count() == 3
    assert session.results.dots == [] and dots[-1] == (zone.id, kind)
    document.undo_stack.undo()
    assert session.results.dot_count(zone.id, kind) == 0  # the merged counting is one step
    document.undo_stack.redo()
    action = document.add_action("Mailafspraken maken")
    document.set_action_field(0, "owner", "JdV")
    document.remove_action(0)
    assert isinstance(document.undo_stack.command(document.undo_stack.count() - 1), RemoveItems)
    assert document.undo_stack.undoText() == "Actiepunt verwijderen" and session.results.actions == []
    document.undo_stack.undo()
    assert session.results.actions == [action] and action.owner == "JdV"
    assert notes and actions
    document.remove_note(note.id)
    document.undo_stack.undo()
    assert session.results.notes == [note]


def test_review_commands_call_the_review_model(qtbot):
    board = load_template("procesplaat-1")
    model = ReviewModel(board)
    structure: list[bool] = []
    model.structure_changed.connect(lambda: structure.append(True))
    note = ReviewNote("yellow", board.zones[0].id, 100.0, 200.0, confidence=0.4)
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    stack.push(AddItem(model, note, "Notitie toevoegen"))
    stack.push(SetFields(model, note.id, {"text": "Idee", "confirmed": True}, "Tekst"))
    assert model.notes == [note] and not note.doubtful and structure == [True]
    stack.push(RemoveItems(model, [note.id], "Verwijderen"))
    assert model.notes == [] and structure == [True, True]
    stack.undo()
    stack.undo()
    assert model.notes == [note] and note.text == "" and note.doubtful


def test_results_and_review_are_item_models_alike():
    session = Session(board=load_template("procesplaat-1"))
    document, model = ResultsDocument(session), ReviewModel(session.board)
    for target, item in (
        (document, Note("n")),
        (document, ActionItem(nr=1, action="a")),
        (model, ReviewNote("pink", None, 1.0, 1.0)),
    ):
        target.insert(item)
        assert target.update(item.id, id=item.id) == {"id": item.id}
        assert target.remove(item.id) == (item, 0)
