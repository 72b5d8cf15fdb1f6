"""The whole loop as a newcomer does it, with only the controls a user sees, found by their text.

template → edit → print to PDF → a new session (the first of a trajectory, on the edited board) → type
notes and counts → read a generated photo → take it over with the merge choice → analyse → export Excel
and PDF → archive → the trajectory's next step; at 1600 × 1000 and
1024 × 700, in Dutch and in English. Every step leaves a screenshot in out/walkthrough/<language>-<size>/
(not committed: look at them). File dialogs are the system's: the test answers them with a path.
Qt may say nothing on stderr on the way (besides the offscreen platform's own notice).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLineEdit

from desktop.feedback import SavedNotice
from desktop.gallery import TemplateCard
from desktop.i18n import install_language
from desktop.results.merge_dialog import MergeDialog
from desktop.trajectory_view.new_dialog import NewTrajectoryDialog
from desktop.trajectory_view.start_dialog import StartSessionDialog
from tests.support.user import User, shown

OUT = Path(__file__).resolve().parents[2] / "out" / "walkthrough"
SIZES = {"1600x1000": (1600, 1000), "1024x700": (1024, 700)}
HARMLESS = ("This plugin does not support propagateSizeHints()",)


@pytest.fixture
def answers(monkeypatch):
    """What the user picks in the system's file dialogs, in order of asking."""
    queue: list[str] = []

    def answer(*_args, **_kwargs):
        assert queue, "a file dialog was not expected"
        return queue.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *args, **kwargs: ([answer()[0]], "")))
    return queue


@pytest.fixture(params=["nl", "en"])
def language(request):
    install_language(request.param)
    yield request.param
    install_language("nl")


@pytest.fixture
def controller(qtbot, messages, language):
    """The app as it starts in ``language`` (chosen before the window is built, as a saved choice is)."""
    from desktop.app import WindowController, create_app

    create_app()
    install_language(language)
    controller = WindowController()
    window = controller.open_window(check_recovery=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield controller
    if window.document is not None:
        window.document.undo_stack.setClean()
    controller.workspace_controller.session_page.mark_saved()


@pytest.mark.parametrize("size", list(SIZES))
def test_the_whole_loop_with_visible_controls(qtbot, controller, tmp_path, answers, board_photo, qtlog, language, size):
    window = controller.window
    window.resize(*SIZES[size])
    user = User(qtbot, window, OUT / f"{language}-{size}")
    for old in user.shots.glob("*.png"):
        old.unlink()
    photo = tmp_path / "bord-foto.jpg"
    board_photo.write(photo)

    # 1. Start: search, pick Procesplaat 1, make the board.
    window.gallery.ensure_templates()
    user.shot("start")
    search = user.widget(
        QLineEdit, lambda edit: edit.accessibleName() == shown(("GalleryPage", "Sjablonen zoeken")), "search field"
    )
    user.type(search, "procesplaat 1")
    card = user.widget(TemplateCard, lambda card: card.board.title == "Procesplaat 1", "card Procesplaat 1")
    user.shot("gezocht")
    user.click_widget(card)
    user.shot("nieuw-bord")
    user.click(("NewBoardDialog", "Bord maken"))
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.width() <= SIZES[size][0]  # the first board does not widen the window

    # 2. Edit: a zone from the palette, named in the properties; save the board.
    user.list_item(("Palette", "Zone"))
    user.type(user.field(("PropertiesPanel", "Label")), "Toetsweek", enter=True, replace=True)
    assert any(zone.label == "Toetsweek" for zone in window.document.board.zones)
    user.shot("bewerkt")
    answers.append(str(tmp_path / "procesplaat.bpbord"))
    user.menu(("MainWindow", "&Bestand"), ("MainWindow", "Opslaan"))
    assert (tmp_path / "procesplaat.bpbord").exists()
    assert user.button(("Feedback", "Map openen"))  # the status bar says where it went

    # 3. Print to PDF.
    user.menu(("MainWindow", "&Bestand"), ("MainWindow", "Afdrukken en PDF…"))
    qtbot.waitUntil(lambda: user.button(("PrintDialog", "PDF opslaan…")).isEnabled(), timeout=30_000)
    user.shot("afdrukken")
    answers.append(str(tmp_path / "procesplaat.pdf"))
    user.click(("PrintDialog", "PDF opslaan…"))
    assert (tmp_path / "procesplaat.pdf").read_bytes().startswith(b"%PDF")
    user.click(("PrintDialog", "Sluiten"))

    # 4. A trajectory for the board's method; its first session, on the board as edited.
    user.tab(("Workspace", "Trajecten"))
    user.shot("trajecten")
    method_id = window.document.board.method

    def fill_new_trajectory(dialog) -> None:
        method = user.field(("NewTrajectoryDialog", "Methode"))
        assert isinstance(method, QComboBox)
        user.choose(method, next(method.itemText(i) for i in range(method.count()) if method.itemData(i) == method_id))
        user.type(user.field(("NewTrajectoryDialog", "School")), "OBS Akkrum")
        user.shot("nieuw-traject")
        user.click_widget(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    answers.append(str(tmp_path / "traject.bptraject"))
    user.when_dialog(NewTrajectoryDialog, fill_new_trajectory)
    user.click(("TrajectoryView", "&Nieuw traject…"))
    assert (tmp_path / "traject.bptraject").exists()

    def start_session(dialog) -> None:
        board = user.field(("StartSessionDialog", "&Bord"))  # the edited board is offered, and chosen
        assert board.currentData() == "edited"
        user.shot("sessie-starten")
        user.click(("StartSessionDialog", "Sessie starten"), dialog)

    user.when_dialog(StartSessionDialog, start_session)
    user.click(("TrajectoryView", "&Volgende sessie starten"))
    user.shot("traject-sessie")
    user.click(("TrajectoryView", "&Resultaten invoeren"))
    assert window.current_page_id() == "session"
    session = controller.workspace_controller.session_page.session
    assert any(zone.label == "Toetsweek" for zone in session.board.zones)  # the edited board
    assert session.date  # dated

    # 5. Type notes and counts.
    editor = controller.workspace_controller.session_page.editor
    entry = user.widget(QLineEdit, lambda edit: edit is editor.entry, "note field")
    first_zone = editor.current_zone.id
    user.type(entry, "Nakijken kost avonden", enter=True)
    user.type(entry, "Veel herkansingen", enter=True)
    user.click(("ResultsEditor", "&Tellen (Ctrl+D)"))
    user.type(entry, "4", enter=True)
    user.type(entry, "1", enter=True)
    kinds = [kind.id for kind in session.board.zone(first_zone).holds.dots]
    assert [session.results.dot_count(first_zone, kind) for kind in kinds] == [4, 1]
    assert len(session.results.notes) == 2
    user.shot("getypt")

    # 6. Read a photo of the filled board; take it over, choosing per zone (typed work is kept by default).
    answers.append(str(photo))
    user.menu(("Workspace", "S&essie"), ("Workspace", "Foto's van het bord teruglezen…"))
    review = controller.workspace_controller.photo_page.review
    with qtbot.waitSignal(review.capture_finished, timeout=120_000):
        pass
    user.shot("foto-gelezen")
    photo_counts = {(dot.zone_id, dot.kind): dot.count for dot in review.to_results().dots}

    def merge(dialog) -> None:
        rows = [index for index, (zone, _part) in enumerate(dialog.conflicts) if zone.zone_id == first_zone]
        assert rows, "the typed zone is not offered"
        user.shot("samenvoegen")
        for row in rows:
            user.choose(dialog.choice_boxes[row], ("MergeDialog", "Allebei (optellen)"))
        user.shot("samenvoegen-gekozen")
        user.click(("MergeDialog", "Overnemen"), dialog)

    user.when_dialog(MergeDialog, merge)
    user.click(("ReviewWidget", "&Overnemen"))
    assert window.current_page_id() == "session"
    assert [note.text for note in session.results.notes[:2]] == ["Nakijken kost avonden", "Veel herkansingen"]
    assert session.results.dot_count(first_zone, kinds[0]) == 4 + photo_counts.get((first_zone, kinds[0]), 0)
    user.shot("overgenomen")

    # 7. Analyse; export Excel and the PDF report.
    user.click(("SessionPage", "A&nalyseren"))
    assert window.current_page_id() == "analysis"
    user.shot("analyse")
    for text, name in (
        (("AnalysisView", "Ex&cel…"), "analyse.xlsx"),
        (("AnalysisView", "&PDF-rapport…"), "rapport.pdf"),
    ):
        answers.append(str(tmp_path / name))
        user.click(text)
        assert (tmp_path / name).exists()
        assert str(tmp_path / name) in window.statusBar().findChild(SavedNotice).label.text()
    user.shot("geexporteerd")

    # 8. Save: into the trajectory and the archive; find it on the Archief page.
    user.tab(("Workspace", "Sessie"))
    user.click(("SessionPage", "Bew&aren"))
    assert not controller.workspace_controller.session_dirty()
    user.tab(("Workspace", "Archief"))
    browser = controller.workspace_controller.archive_page.browser
    assert [row.id for row in browser.model.rows] == [session.id]
    user.shot("archief")

    # 9. The trajectory's next step.
    user.tab(("Workspace", "Trajecten"))
    user.when_dialog(StartSessionDialog, lambda dialog: user.click(("StartSessionDialog", "Sessie starten"), dialog))
    user.click(("TrajectoryView", "&Volgende sessie starten"))
    trajectory = controller.workspace_controller.trajectory_view.trajectory
    assert len(trajectory.all_sessions()) == 2
    user.shot("volgende-stap")

    problems = [record.message for record in qtlog.records if not record.message.startswith(HARMLESS)]
    assert not problems, problems
