"""Taking results over never replaces what was typed without asking: per zone, keep either or add."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from boards.merging import Keep
from boards.session import DotCount, Note, NoteSource, Results, Session
from boards.templates import load_template
from desktop.results import ResultsEditor
from desktop.results.merge_dialog import COLUMN_INCOMING, COLUMN_SESSION, MergeDialog
from tests.support.modal import when_shown

ZONE = "resultaten-nabespreken"


def typed_editor(qtbot) -> ResultsEditor:
    editor = ResultsEditor(Session(board=load_template("procesplaat-1")))
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_current_zone(ZONE)
    editor.document.set_dot_count(ZONE, "werkdruk", 1)
    editor.document.set_dot_count(ZONE, "werkplezier", 4)
    editor.document.add_note(ZONE, "Te veel overleg", "yellow")
    return editor


def photo() -> Results:
    return Results(
        notes=[
            Note("Rapporten", ZONE, source=NoteSource.PHOTO, x_mm=700.0, y_mm=560.0, width_mm=76, height_mm=76),
            Note("Nieuw", "toetsen-afnemen", source=NoteSource.PHOTO, x_mm=300.0, y_mm=300.0),
        ],
        dots=[DotCount(ZONE, "werkdruk", 3), DotCount(ZONE, "werkplezier", 2)],
    )


def counts(editor) -> tuple[int, int]:
    return editor.document.dot_count(ZONE, "werkdruk"), editor.document.dot_count(ZONE, "werkplezier")


def ok(dialog: MergeDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_dialog_shows_typed_against_read_and_the_default_keeps_typed(qtbot):
    editor = typed_editor(qtbot)
    steps = editor.undo_stack.count()
    seen = []

    def check_and_accept(dialog: MergeDialog) -> None:
        table = dialog.table
        rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
        seen.append(rows)
        seen.append((table.item(0, COLUMN_SESSION).text(), table.item(0, COLUMN_INCOMING).text()))
        seen.append(table.item(1, COLUMN_INCOMING).text())
        seen.append([box.currentText() for box in dialog.choice_boxes])
        ok(dialog)

    shown = when_shown(MergeDialog, check_and_accept)
    summary = editor.take_over(photo())
    assert shown and summary is not None
    assert seen[0] == [("Resultaten nabespreken", "stippen"), ("Resultaten nabespreken", "notities")]
    assert seen[1] == ("werkdruk 1 · werkplezier 4", "werkdruk 3 · werkplezier 2")
    assert seen[2] == "1 notitie(s): Rapporten"
    assert seen[3] == ["Sessie houden", "Sessie houden"]
    assert counts(editor) == (1, 4)
    assert [n.text for n in editor.session.results.notes_in(ZONE)] == ["Te veel overleg"]
    assert [n.text for n in editor.session.results.notes_in("toetsen-afnemen")] == ["Nieuw"]  # nothing was there
    assert editor.undo_stack.count() == steps + 1


def test_take_the_photo_counts_add_the_notes_and_undo_in_one_step(qtbot):
    editor = typed_editor(qtbot)
    before = (counts(editor), [n.text for n in editor.session.results.notes])

    def choose(dialog: MergeDialog) -> None:
        dialog.choose(0, Keep.INCOMING)  # stippen: the photo's
        dialog.choice_boxes[1].setCurrentIndex(dialog.choice_boxes[1].findData(Keep.BOTH.value))
        ok(dialog)

    when_shown(MergeDialog, choose)
    assert editor.take_over(photo()) is not None
    assert counts(editor) == (3, 2)
    assert [n.text for n in editor.session.results.notes_in(ZONE)] == ["Te veel overleg", "Rapporten"]
    assert editor.view.zone_items[ZONE].dots_text() == "werkdruk: 3   werkplezier: 2"
    editor.undo_stack.undo()
    assert (counts(editor), [n.text for n in editor.session.results.notes]) == before


def test_cancel_changes_nothing(qtbot):
    editor = typed_editor(qtbot)
    steps = editor.undo_stack.count()
    when_shown(MergeDialog, lambda dialog: dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click())
    assert editor.take_over(photo()) is None
    assert counts(editor) == (1, 4) and editor.undo_stack.count() == steps


def test_photo_notes_are_laid_out_beside_typed_ones_not_on_the_dot_counter(qtbot):
    editor = typed_editor(qtbot)
    when_shown(MergeDialog, lambda dialog: (dialog.choose_all(Keep.BOTH), ok(dialog)))
    editor.take_over(photo())
    zone = editor.view.zone_items[ZONE]
    notes = [editor.view.note_items[n.id] for n in editor.session.results.notes_in(ZONE)]
    assert len(notes) == 2
    first, second = (item.sceneBoundingRect() for item in notes)
    assert not first.intersects(second)
    for counter in zone.dot_counts.values():
        assert not any(counter.sceneBoundingRect().intersects(item.sceneBoundingRect()) for item in notes)
    for item in notes:
        assert zone.sceneBoundingRect().contains(item.sceneBoundingRect())


def test_no_question_when_nothing_typed_differs(qtbot):
    editor = ResultsEditor(Session(board=load_template("procesplaat-1")))
    qtbot.addWidget(editor)
    shown = when_shown(MergeDialog, ok, tries=5)
    summary = editor.take_over(photo())
    qtbot.wait(200)
    assert not shown
    assert summary is not None and (summary.notes_taken, summary.dots_taken) == (2, 2)
    assert counts(editor) == (3, 2)


def test_an_import_asks_the_same_way(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialog

    editor = typed_editor(qtbot)
    path = tmp_path / "r.csv"
    path.write_text(
        "soort,zone,stipsoort,aantal,tekst\nstip,Resultaten nabespreken,werkdruk,7,\n"
        "notitie,Toetsen afnemen,,,Uit bestand\n",
        encoding="utf-8",
    )

    class Accepting:
        def __init__(self, preview):
            self.preview = preview

        def exec(self):
            return QDialog.DialogCode.Accepted

    editor.make_import_dialog = Accepting
    seen = []

    def check(dialog: MergeDialog) -> None:
        seen.append(dialog.table.horizontalHeaderItem(COLUMN_INCOMING).text())
        seen.append(dialog.table.item(0, COLUMN_INCOMING).text())
        dialog.choose_all(Keep.INCOMING)
        ok(dialog)

    when_shown(MergeDialog, check)
    assert editor.import_results(str(path))
    assert seen == ["Uit het bestand", "werkdruk 7"]
    assert counts(editor) == (7, 4)  # the file says nothing about werkplezier: it stays
    assert [n.text for n in editor.session.results.notes_in("toetsen-afnemen")] == ["Uit bestand"]
