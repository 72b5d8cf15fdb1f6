"""A photo alone starts a session: the QR code on the print names the board; when it cannot be read,
the app asks which board it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from boards.capture.identify import read_print_info
from boards.templates import list_templates, load_template
from desktop.document import BoardDocument
from desktop.workspace import PHOTO_PAGE
from tests.photos.generator import PhotoSpec
from tests.support.app_pages import settle


@pytest.fixture(scope="module")
def phone_photo(make_photo):
    """A photo of the filled board as a phone takes it (8 MP): its QR code is a few dozen pixels wide."""
    return make_photo(PhotoSpec(seed=21, megapixels=8.0, max_tilt_deg=25.0, overlap_pairs=0, touching_pairs=0))


@pytest.fixture
def photo_path(tmp_path, phone_photo):
    path = tmp_path / "bord.jpg"
    phone_photo.write(path)
    return path


@pytest.fixture(autouse=True)
def no_question_unless_expected(controller, monkeypatch):
    """A test that expects the question "which board?" answers it; elsewhere it fails instead of waiting."""

    def unexpected(labels, question):
        raise AssertionError(f"asked which board: {question}")

    monkeypatch.setattr(controller.workspace_controller, "ask_board", unexpected)


def _choose_photos(qtbot, controller, monkeypatch, path):
    window, workspace = controller.window, controller.workspace_controller
    monkeypatch.setattr(workspace, "ask_photos", lambda: [str(path)])
    window.show_page(PHOTO_PAGE)
    button = next(
        button for button in workspace.photo_page.empty.buttons if button.text().replace("&", "") == "Foto's kiezen…"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def test_the_qr_code_names_the_board(photo_path):
    info = read_print_info(photo_path, list_templates())
    assert info is not None and info.board_id == "procesplaat-1"


def test_the_photos_page_starts_a_session_from_a_photo(qtbot, controller, monkeypatch, photo_path, phone_photo):
    workspace = controller.workspace_controller
    assert workspace.session_page.session is None and controller.window.document is None
    _choose_photos(qtbot, controller, monkeypatch, photo_path)  # named by the QR code: nothing is asked
    session = workspace.session_page.session
    assert session is not None and session.board.id == "procesplaat-1"
    assert "procesplaat 1" in controller.window.statusBar().currentMessage().lower()
    review = workspace.photo_page.review
    assert controller.window.current_page_id() == PHOTO_PAGE and review.board is session.board
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        pass
    assert len(review.model.notes) >= len(phone_photo.filled.notes) - 2


def test_the_open_board_is_preferred_over_the_template(qtbot, controller, monkeypatch, photo_path):
    board = load_template("procesplaat-1")
    board.title = "Procesplaat van OBS Akkrum"  # edited, same id: the print of this board
    controller.window._set_document(BoardDocument(board))
    workspace = controller.workspace_controller
    _choose_photos(qtbot, controller, monkeypatch, photo_path)
    assert workspace.session_page.session.board.title == "Procesplaat van OBS Akkrum"
    workspace.photo_page.review.cancel()


def test_an_unreadable_code_asks_which_board(qtbot, controller, monkeypatch, tmp_path, hand_drawn_photo):
    path = tmp_path / "met-de-hand.jpg"
    hand_drawn_photo.write(path)
    workspace = controller.workspace_controller
    asked: list[tuple[list[str], str]] = []

    def answer(labels, question):
        asked.append((labels, question))
        return labels.index("Procesplaat 1 (sjabloon)")

    monkeypatch.setattr(workspace, "ask_board", answer)
    _choose_photos(qtbot, controller, monkeypatch, path)
    ((labels, question),) = asked
    assert "niet te lezen" in question and len(labels) == len(list_templates())
    assert workspace.session_page.session.board.id == "procesplaat-1"
    with qtbot.waitSignal(workspace.photo_page.review.capture_finished, timeout=90_000):
        pass


def test_cancelling_the_question_starts_nothing(qtbot, controller, monkeypatch, tmp_path, hand_drawn_photo):
    path = tmp_path / "met-de-hand.jpg"
    hand_drawn_photo.write(path)
    workspace = controller.workspace_controller
    monkeypatch.setattr(workspace, "ask_board", lambda labels, question: None)
    _choose_photos(qtbot, controller, monkeypatch, path)
    assert workspace.session_page.session is None
    assert workspace.photo_page.empty.isVisible()


def test_a_file_that_is_no_photo_is_reported(qtbot, controller, monkeypatch, messages, tmp_path):
    path = tmp_path / "geen-foto.jpg"
    path.write_text("dit is geen foto")
    _choose_photos(qtbot, controller, monkeypatch, path)
    ((kind, _title, text),) = messages.shown
    assert kind == "warning" and "geen-foto.jpg" in text
    assert controller.workspace_controller.session_page.session is None
