"""Own and school templates in the app, as a user works with them: Bestand → Opslaan als sjabloon…, the
Start page's "Mijn sjablonen" and "Schoolsjablonen", a new board from one, export, import and removal from
a card's menu, the school folder in Instellingen (missing: said, with a way to Instellingen)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton

from boards.library import TEMPLATE_SUFFIX, TemplateLibrary
from boards.templates import load_template
from desktop.dialogs import NewBoardDialog, SettingsDialog
from desktop.document import BoardDocument
from desktop.feedback import SavedNotice
from desktop.library import SaveTemplateDialog
from tests.support.modal import when_shown


def _open_board(window, title="Verbeterbord"):
    board = load_template("brainstorm")
    board.title = title
    window._set_document(BoardDocument(board))
    return board


def _save_as_template(qtbot, window, name="Verbeterbord", step="brainstorm"):
    window.save_template_action.trigger()
    dialog = window.findChildren(SaveTemplateDialog)[-1]
    assert dialog.isVisible() and dialog.name.text() == window.document.board.title
    dialog.name.setText(name)
    dialog.method.setCurrentIndex(dialog.method.findData("verbetering-in-beeld"))
    dialog.step.setCurrentIndex(dialog.step.findData(step))
    dialog.description.setPlainText("Drie kolommen: goed, beter, acties")
    dialog.author.setText("Annet")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def _gallery_ready(qtbot, window):
    window.show_page("gallery")
    window.gallery.ensure_templates()
    qtbot.waitUntil(lambda: window.library_model.school_loading is False)


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_save_as_template_shows_it_on_the_start_page_and_starts_a_board(qtbot, window):
    _gallery_ready(qtbot, window)
    assert any("Nog geen eigen sjablonen" in text for text in _texts(window.gallery))
    assert not window.save_template_action.isEnabled()  # no board open
    _open_board(window)
    assert window.save_template_action.isEnabled()
    _save_as_template(qtbot, window)
    qtbot.waitUntil(lambda: "verbeterbord" in window.gallery.library_cards)
    assert "Sjabloon 'Verbeterbord' bewaard bij Mijn sjablonen" in window.statusBar().currentMessage()
    card = window.gallery.library_cards["verbeterbord"]
    assert "exporteren of verwijderen" in card.accessibleDescription()  # what its menu offers
    assert "Verwijderen…" in [action.text() for action in window.gallery.library_menu(card).actions()]
    assert card.board.description == "Drie kolommen: goed, beter, acties"
    assert "eigen sjabloon · Verbetering in beeld · stap 1 Brainstorm" in _texts(card)
    stored = TemplateLibrary.default().own_templates()[0][0]
    assert (stored.author, stored.board.method, stored.board.step) == ("Annet", "verbetering-in-beeld", "brainstorm")
    # the open board stays as it was
    assert window.document.board.description != "Drie kolommen: goed, beter, acties"

    window.document.undo_stack.setClean()
    window.show_page("gallery")
    card.show()
    window.gallery.reveal("verbeterbord")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    dialog = window.findChildren(NewBoardDialog)[-1]
    assert dialog.template.currentData() == "verbeterbord"
    assert dialog.template.currentText() == "Verbeterbord (eigen)"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document is not None and window.document.board.id == "verbeterbord")
    assert window.document.board.title == "Verbeterbord"


def test_a_name_taken_asks_replace_or_keep_both(qtbot, window):
    _gallery_ready(qtbot, window)
    _open_board(window)
    _save_as_template(qtbot, window)
    qtbot.waitUntil(lambda: "verbeterbord" in window.gallery.library_cards)

    def keep_both(box):
        button = next(b for b in box.buttons() if b.text() == "Beide bewaren")
        assert "Er is al een eigen sjabloon 'Verbeterbord'" in box.text()
        button.click()

    seen = when_shown(QMessageBox, keep_both)
    _save_as_template(qtbot, window)
    qtbot.waitUntil(lambda: "verbeterbord-2" in window.gallery.library_cards)
    assert seen
    assert window.gallery.library_cards["verbeterbord-2"].board.title == "Verbeterbord (2)"

    def replace(box):
        next(b for b in box.buttons() if b.text() == "Vervangen").click()

    when_shown(QMessageBox, replace)
    _save_as_template(qtbot, window, step="observatie")
    qtbot.waitUntil(lambda: window.gallery.library_cards["verbeterbord"].board.step == "observatie")
    assert len(window.gallery.library_cards) == 2


def test_a_nameless_template_cannot_be_saved(qtbot, window):
    _open_board(window)
    window.save_template_action.trigger()
    dialog = window.findChildren(SaveTemplateDialog)[-1]
    dialog.name.setText("  ")
    assert not dialog.ok_button.isEnabled() and "naam" in dialog.ok_button.toolTip()
    dialog.method.setCurrentIndex(0)
    assert not dialog.step.isEnabled() and dialog.step.toolTip() == "Kies eerst een methode"
    dialog.reject()


def test_export_import_and_remove_from_the_start_page(qtbot, window, messages, tmp_path, monkeypatch):
    _gallery_ready(qtbot, window)
    _open_board(window)
    _save_as_template(qtbot, window)
    qtbot.waitUntil(lambda: "verbeterbord" in window.gallery.library_cards)
    card = window.gallery.library_cards["verbeterbord"]
    menu = window.gallery.library_menu(card)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts == ["Nieuw bord met dit sjabloon…", "Exporteren…", "Verwijderen…"]

    shared = tmp_path / "delen" / "verbeterbord"
    shared.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(shared), "")))
    next(action for action in menu.actions() if action.text() == "Exporteren…").trigger()
    exported = shared.with_suffix(TEMPLATE_SUFFIX)
    assert json.loads(exported.read_text(encoding="utf-8"))["board"]["title"] == "Verbeterbord"
    notice = window.statusBar().findChild(SavedNotice)
    assert str(exported) in notice.label.text() and notice.button.isVisible()  # with "Map openen"

    messages.answer = QMessageBox.StandardButton.Yes
    next(action for action in menu.actions() if action.text() == "Verwijderen…").trigger()
    qtbot.waitUntil(lambda: "verbeterbord" not in window.gallery.library_cards)
    assert "niet ongedaan maken" in messages.of_kind("question")[-1][2]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(exported)], "")))
    window.import_template_action.trigger()
    qtbot.waitUntil(lambda: "verbeterbord" in window.gallery.library_cards)
    assert "Geïmporteerd bij Mijn sjablonen: 'Verbeterbord'" in window.statusBar().currentMessage()

    broken = tmp_path / f"kapot{TEMPLATE_SUFFIX}"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(broken)], "")))
    window.import_template_action.trigger()
    _, _, text = messages.of_kind("critical")[-1]
    assert str(broken) in text and "geen geldig JSON-bestand" in text


def _set_school_folder(qtbot, window, folder):
    dialog = window.show_settings()
    dialog = window.findChildren(SettingsDialog)[-1]
    dialog.school_folder.setText(str(folder) if folder else "")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_school_templates_from_a_shared_folder(qtbot, window, messages, tmp_path):
    _gallery_ready(qtbot, window)
    school = tmp_path / "school"
    maker = TemplateLibrary(tmp_path / "maker")
    board = load_template("brainstorm")
    board.title = "Schoolbord"
    maker.export(maker.add(board).id, school / f"schoolbord{TEMPLATE_SUFFIX}")
    _set_school_folder(qtbot, window, school)
    qtbot.waitUntil(lambda: "schoolbord" in window.gallery.library_cards)
    assert "Schoolsjablonen" in _texts(window.gallery)
    card = window.gallery.library_cards["schoolbord"]
    assert any(text.startswith("schoolsjabloon") for text in _texts(card))
    menu_texts = [action.text() for action in window.gallery.library_menu(card).actions() if action.text()]
    assert "Verwijderen…" not in menu_texts  # read only
    # a screen reader says what the menu offers: export, not remove
    assert "exporteren" in card.accessibleDescription() and "verwijderen" not in card.accessibleDescription()
    assert TemplateLibrary.default().school_folder == school  # the command line sees it too
    assert sorted(path.name for path in school.iterdir()) == ["schoolbord.bpsjabloon"]


def test_a_missing_school_folder_is_said_with_a_way_to_settings(qtbot, window, messages, tmp_path):
    _gallery_ready(qtbot, window)
    messages.answer = QMessageBox.StandardButton.No
    _set_school_folder(qtbot, window, tmp_path / "netwerkschijf")
    assert "niet gevonden" in messages.of_kind("question")[-1][2]
    assert TemplateLibrary.default().school_folder is None  # not used when the user says no
    messages.answer = QMessageBox.StandardButton.Yes
    _set_school_folder(qtbot, window, tmp_path / "netwerkschijf")
    qtbot.waitUntil(lambda: window.library_model.school_loading is False)
    qtbot.waitUntil(lambda: any("niet gevonden" in text for text in _texts(window.gallery)))
    button = next(
        b for b in window.gallery.findChildren(QPushButton) if b.text() == "Instellingen…" and b.isVisibleTo(window)
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChildren(SettingsDialog)[-1]
    assert dialog.isVisible() and dialog.school_folder.text() == str(tmp_path / "netwerkschijf")
    dialog.reject()


@pytest.mark.usefixtures("messages")
def test_start_page_with_own_and_school_templates_png(qtbot, window, tmp_path, output_dir):
    window.resize(1400, 900)
    _gallery_ready(qtbot, window)
    _open_board(window)
    _save_as_template(qtbot, window)
    school = tmp_path / "school"
    maker = TemplateLibrary(tmp_path / "maker")
    board = load_template("procesplaat-1")
    board.title = "Procesplaat van OBS De Klimop"
    maker.export(maker.add(board).id, school / f"klimop{TEMPLATE_SUFFIX}")
    (school / f"kapot{TEMPLATE_SUFFIX}").write_text("{", encoding="utf-8")
    _set_school_folder(qtbot, window, school)
    qtbot.waitUntil(lambda: "procesplaat-van-obs-de-klimop" in window.gallery.library_cards)
    window.show_page("gallery")
    window.gallery.load_all_previews()
    window.gallery.reveal("procesplaat-van-obs-de-klimop")
    qtbot.wait(50)
    assert any("Overgeslagen" in text and "kapot.bpsjabloon" in text for text in _texts(window.gallery))
    assert window.grab().save(str(output_dir / "start_own_templates.png"))


def test_export_as_image_from_the_file_menu(qtbot, window, tmp_path, monkeypatch, output_dir):
    from PIL import Image

    from desktop.export_dialog import ExportImageDialog

    assert not window.export_image_action.isEnabled()
    _open_board(window)
    window.export_image_action.trigger()
    dialog = window.findChildren(ExportImageDialog)[-1]
    assert dialog.isVisible()
    assert "1920 × 1356 pixels" in dialog.size_label.text()
    dialog.unit.setCurrentIndex(dialog.unit.findData("dpi"))
    dialog.amount.setValue(1200)
    assert not dialog.ok_button.isEnabled() and "te groot" in dialog.size_label.text()  # said, not clamped
    dialog.amount.setValue(50)
    assert dialog.ok_button.isEnabled() and "(50 dpi" in dialog.size_label.text()
    dialog.grab().save(str(output_dir / "export_dialog.png"))
    target = tmp_path / "bord"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    png = tmp_path / "bord.png"
    qtbot.waitUntil(png.exists)
    assert Image.open(png).size == (round(841 / 25.4 * 50), round(round(841 / 25.4 * 50) * 594 / 841))
    notice = window.statusBar().findChild(SavedNotice)
    assert "Afbeelding opgeslagen" in notice.label.text() and notice.button.isVisible()  # with "Map openen"

    window.export_image_action.trigger()
    dialog = window.findChildren(ExportImageDialog)[-1]
    qtbot.mouseClick(dialog.svg, Qt.MouseButton.LeftButton)
    assert not dialog.amount.isEnabled() and "841 × 594 mm" in dialog.size_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    svg = tmp_path / "bord.svg"
    qtbot.waitUntil(svg.exists)
    assert svg.read_bytes().startswith(b"<?xml") and b'width="841mm"' in svg.read_bytes()


def test_a_slow_school_folder_does_not_hold_up_the_start_page(qtbot, window, tmp_path, monkeypatch):
    import threading

    import boards.library as library_module

    school = tmp_path / "school"
    school.mkdir()
    TemplateLibrary(tmp_path / "maker").export(
        TemplateLibrary(tmp_path / "maker").add(_named("Trage schoolmap")).id, school / f"traag{TEMPLATE_SUFFIX}"
    )
    released = threading.Event()
    original = library_module.check_school_folder

    def slow(folder):  # a network drive that takes its time to answer
        released.wait(10)
        return original(folder)

    monkeypatch.setattr(library_module, "check_school_folder", slow)
    _gallery_ready(qtbot, window)
    window.library_model.set_school_folder(school)  # as Instellingen does: returns at once, read in the background
    assert window.library_model.school_loading
    qtbot.waitUntil(lambda: "Schoolsjablonen laden…" in _texts(window.gallery))
    assert "brainstorm" in window.gallery.cards  # the built-in ones are there already
    released.set()
    qtbot.waitUntil(lambda: "trage-schoolmap" in window.gallery.library_cards, timeout=10000)
    assert not window.library_model.school_loading


def _named(title):
    board = load_template("brainstorm")
    board.title = title
    return board


def test_own_templates_are_found_by_the_search_the_method_filter_and_the_keys(qtbot, window):
    _gallery_ready(qtbot, window)
    _open_board(window)
    _save_as_template(qtbot, window, name="Verbeterbord")
    window.document.undo_stack.setClean()
    qtbot.waitUntil(lambda: "verbeterbord" in window.gallery.library_cards)
    window.show_page("gallery")
    gallery = window.gallery
    own_heading = gallery.library_sections[0].labels[0]
    assert own_heading.text() == "Mijn sjablonen"
    # own templates come first in reading order: ↓ from the search field goes to them
    assert gallery.visible_cards()[0] is gallery.library_cards["verbeterbord"]
    gallery.search.setText("VERBETERBORD")
    assert [card.template_id for card in gallery.visible_cards()] == ["verbeterbord"]
    assert own_heading.isVisible() and gallery.result_label.text().startswith("1 van")
    gallery.search.setText("stap 1 brainstorm")  # its step, as chosen when it was saved
    assert "verbeterbord" in [card.template_id for card in gallery.visible_cards()]
    gallery.search.clear()
    gallery.method_filter.setCurrentIndex(gallery.method_filter.findData("verbetering-in-beeld"))
    assert "verbeterbord" in [card.template_id for card in gallery.visible_cards()]
    other = next(
        index
        for index in range(1, gallery.method_filter.count())
        if gallery.method_filter.itemData(index) not in ("verbetering-in-beeld", None)
    )
    gallery.method_filter.setCurrentIndex(other)
    assert "verbeterbord" not in [card.template_id for card in gallery.visible_cards()]
    assert not own_heading.isVisible()  # a section without a card shown keeps quiet
    gallery.method_filter.setCurrentIndex(0)
    assert own_heading.isVisible() and gallery.visible_cards()[0] is gallery.library_cards["verbeterbord"]
    gallery.search.setFocus()
    qtbot.keyClick(gallery.search, Qt.Key.Key_Down)
    assert gallery.library_cards["verbeterbord"].hasFocus()


def test_an_own_templates_menu_opens_from_the_keyboard_at_its_card(qtbot, window, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    _gallery_ready(qtbot, window)
    _open_board(window)
    _save_as_template(qtbot, window)
    window.document.undo_stack.setClean()
    qtbot.waitUntil(lambda: "verbeterbord" in window.gallery.library_cards)
    window.show_page("gallery")
    card = window.gallery.library_cards["verbeterbord"]
    window.gallery.reveal("verbeterbord")
    assert "menutoets" in card.accessibleDescription()
    shown_at = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, position, *args: shown_at.append(position))
    far = QPoint(5, 5)  # where the mouse happens to be
    QApplication.sendEvent(card, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), far))
    assert shown_at == [card.mapToGlobal(card.rect().center())]
    QApplication.sendEvent(card, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(3, 3), far))
    assert shown_at[-1] == far


def test_a_reload_tells_the_start_page_once_when_no_school_folder_is_set(qtbot, window):
    """Own templates and the school folder's state arrive as one change: the start page builds its
    library sections once (built twice, the replaced widgets could still be painted at start-up)."""
    model = window.library_model
    assert model.library.school_folder is None
    calls: list[int] = []
    model.changed.connect(lambda: calls.append(1))
    model.reload()
    assert len(calls) == 1
    model.reload_own()  # on its own (after a save or an import) it still tells the page
    assert len(calls) == 2
