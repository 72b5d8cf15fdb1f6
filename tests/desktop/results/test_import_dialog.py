"""The import preview dialog: fix a zone, skip a row, apply as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from boards.session import Session
from boards.sessionio import preview_import
from boards.templates import load_template
from desktop.results import ResultsEditor
from desktop.results.import_dialog import COLUMN_SKIP, ImportPreviewDialog

CSV = (
    "soort,zone,tekst,stipsoort,aantal\n"
    "notitie,Uitvoering,Storen leerling,,\n"
    "notitie,Uitvoerng,Aandacht klas,,\n"
    "notitie,Nergens,Weg ermee,,\n"
)


def test_fix_and_skip_in_the_dialog(qtbot, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(CSV, encoding="utf-8")
    preview = preview_import(path, load_template("problemen-lokaliseren"))
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "onbekende zone" in dialog.table.item(1, 4).text() and "Uitvoerng" in dialog.table.item(1, 4).text()
    dialog.set_zone(1, "uitvoering")
    assert preview.rows[1].ok and not ok.isEnabled()
    dialog.table.item(2, COLUMN_SKIP).setCheckState(Qt.CheckState.Checked)
    assert preview.rows[2].skipped and ok.isEnabled()
    assert "2 notities" in dialog.summary.text() and "1 overgeslagen" in dialog.summary.text()


def test_editor_import_is_one_undo_step(qtbot, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(CSV, encoding="utf-8")
    session = Session(board=load_template("problemen-lokaliseren"))
    editor = ResultsEditor(session)
    qtbot.addWidget(editor)

    class Accepting:
        def __init__(self, preview):
            self.preview = preview

        def exec(self):
            self.preview.set_zone(1, "uitvoering")
            self.preview.skip(2)
            return QDialog.DialogCode.Accepted

    editor.make_import_dialog = Accepting
    assert editor.import_results(str(path))
    assert [(n.zone_id, n.text) for n in session.results.notes] == [
        ("uitvoering", "Storen leerling"),
        ("uitvoering", "Aandacht klas"),
    ]
    assert len(editor.view.note_items) == 2
    editor.undo_stack.undo()
    assert session.results.notes == [] and editor.view.note_items == {}
    editor.undo_stack.redo()
    assert len(session.results.notes) == 2
