"""At 1024 × 700 every page is usable and the window never grows past that; the board takes most of
the Sessie page and a splitter stays where the user drags it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from boards.session import ActionItem
from boards.templates import load_template
from desktop.document import BoardDocument
from tests.support.app_pages import fill_every_page, settle, shown_pages

SMALL = (1024, 700)


def test_no_page_pushes_the_window_past_a_small_screen(qtbot, controller, tmp_path):
    window = controller.window
    window.resize(*SMALL)
    settle()
    sizes = {}
    for page_id in shown_pages(window):  # empty pages
        sizes[f"{page_id} empty"] = (window.width(), window.height())
    window._set_document(BoardDocument(load_template("procesplaat-1")))  # the first board (was 1280 → 1397)
    settle()
    sizes["board opened"] = (window.width(), window.height())
    fill_every_page(controller, tmp_path)
    for page_id in shown_pages(window):
        sizes[page_id] = (window.width(), window.height())
        minimum = window.minimumSizeHint()
        assert minimum.width() <= SMALL[0] and minimum.height() <= SMALL[1], (page_id, minimum)
    assert all(size == SMALL for size in sizes.values()), sizes


def test_the_board_takes_most_of_the_session_page(qtbot, controller, tmp_path):
    window = controller.window
    window.resize(*SMALL)
    fill_every_page(controller, tmp_path)
    window.show_page("session")
    settle()
    editor = controller.workspace_controller.session_page.editor
    view, tables = editor.view, editor.tabs
    assert view.height() > 2 * tables.height()
    assert view.width() > 0.9 * window.width()
    assert not window.toolbar.isVisible()  # the board's tools stay on the Bord page
    assert editor.splitter.isCollapsible(1)


def _board_share(editor, page) -> float:
    """How much of the Sessie page the drawn board covers (its area on screen / the page's area)."""
    view = editor.view
    drawn = view.mapFromScene(view.sceneRect()).boundingRect().intersected(view.viewport().rect())
    return drawn.width() * drawn.height() / (page.width() * page.height())


def test_at_1024_the_board_covers_most_of_the_session_page_and_the_tables_open_on_use(qtbot, controller, tmp_path):
    """A new session at 1024 × 700: the page's buttons share the dot counters' row, the action table is
    folded to its tabs (buttons beside them) and column titles, and the drawn board covers more than half
    the page (it was 475 × 336 px, a quarter). Clicking a tab, adding an action point or tabbing into the
    tables opens them; a session with action points shows its rows."""
    window = controller.window
    window.resize(*SMALL)
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    workspace = controller.workspace_controller
    workspace.new_session()
    window.show_page("session")
    settle()
    page = workspace.session_page
    editor = page.editor
    window.grab().save(str(tmp_path / "sessie-1024.png"))
    assert _board_share(editor, page) > 0.5, _board_share(editor, page)
    assert editor.view.height() > 0.75 * page.height()
    assert page.save_button.isVisible() and editor.dot_panel.geometry().top() == page.header.geometry().top()
    tables = editor.tabs
    assert tables.isVisible() and tables.height() < 60
    assert editor.actions_table.add_button.isVisible()  # beside the tabs

    qtbot.mouseClick(tables.tabBar(), Qt.MouseButton.LeftButton, pos=tables.tabBar().tabRect(0).center())
    settle()
    assert tables.height() >= 140  # opened by a click on its tab
    editor.splitter.setSizes([3000, 0])
    settle()
    qtbot.mouseClick(editor.actions_table.add_button, Qt.MouseButton.LeftButton)
    settle()
    assert tables.height() >= 140 and len(page.session.results.actions) == 1  # and by adding a point
    editor.commit_pending()

    workspace.new_session()  # the next session with an action point: its row shows, the board still leads
    page.session.results.actions.append(ActionItem(nr=1, action="Rooster delen", owner="Els"))
    page.set_session(page.session)
    settle()
    editor = page.editor
    row = editor.actions_table.view.visualRect(editor.actions_table.model.index(0, 1))
    assert editor.actions_table.view.viewport().rect().contains(row)
    assert _board_share(editor, page) > 0.4
    editor.splitter.setSizes([3000, 0])
    settle()
    editor.details.setFocus()
    editor.actions_table.view.setFocus()  # Tab (or a mnemonic) into the tables opens them
    settle()
    assert editor.tabs.height() >= 140


def test_a_splitter_drag_sticks_and_is_remembered(qtbot, controller, tmp_path):
    window = controller.window
    window.resize(*SMALL)
    fill_every_page(controller, tmp_path)
    window.show_page("session")
    window.activateWindow()
    settle()
    editor = controller.workspace_controller.session_page.editor
    splitter = editor.splitter
    before = splitter.sizes()
    handle = splitter.handle(1)
    start = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(handle, start + QPoint(0, -12 * step))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, -120))
    settle()
    after = splitter.sizes()
    assert after[1] > before[1] + 80  # the tables grew by the drag, and stay so
    settle(20)
    assert splitter.sizes() == after
    # the next session opens with the sizes the user chose
    controller.workspace_controller.new_session()
    window.show_page("session")
    settle()
    assert abs(controller.workspace_controller.session_page.editor.splitter.sizes()[1] - after[1]) <= 2


def test_the_toolbar_shows_icons_only_when_the_labels_do_not_fit(qtbot, window):
    window.show_page("editor")
    window.resize(1600, 1000)
    settle()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.resize(*SMALL)
    settle()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly


def test_the_photo_review_with_written_areas_fits_a_small_screen(qtbot, controller, tmp_path):
    """A read photo shows the board's written areas to type over; with the notes and the selection's
    properties that is taller than 700 px, so the side column scrolls instead of growing the window."""
    import numpy as np

    from boards.capture.written import WrittenCrop
    from desktop.review.written_panel import CROP_HEIGHT, CROP_WIDTH

    window = controller.window
    window.resize(*SMALL)
    fill_every_page(controller, tmp_path)
    window.show_page("photos")
    review = controller.workspace_controller.photo_page.review
    zones = [zone for zone in review.board.zones][:3]
    tall = np.full((900, 500, 3), 200, np.uint8)  # a tall CONCLUSIE area, photographed large
    review.written_panel.show_crops(
        [WrittenCrop(zone.id, zone.label or "CONCLUSIE:", tall, photo_index=0) for zone in zones]
    )
    settle()
    assert (window.width(), window.height()) == SMALL
    assert window.minimumSizeHint().height() <= SMALL[1]
    for image in review.written_panel.images.values():
        assert image.pixmap().width() <= CROP_WIDTH and image.pixmap().height() <= CROP_HEIGHT
    from PySide6.QtWidgets import QScrollArea

    scroll = review.findChild(QScrollArea, "reviewSide")
    assert scroll.verticalScrollBar().maximum() > 0  # the column scrolls
    assert scroll.widget().width() <= scroll.viewport().width()  # and nothing is cut off at its right
    assert review.accept_button.isVisible()  # and "Overnemen" stays in sight below it


def _all_tabs_in_sight(window) -> None:
    window.resize(*SMALL)
    if window.document is None:
        window._set_document(BoardDocument(load_template("procesplaat-1")))
    window.show_page("editor")
    settle()
    bar = window.tabs.tabBar()
    assert bar.isVisible() and window.palette_dock.isVisible() and window.properties_dock.isVisible()
    right = max(bar.tabRect(index).right() for index in range(bar.count()))
    assert right <= bar.width(), (bar.tabText(bar.count() - 1), right, bar.width())


def test_every_page_tab_is_in_sight_beside_the_editor_panels(qtbot, controller, tmp_path):
    """On the Bord page the palette and the properties sit beside the pages' tabs: at 1024 px all the
    tabs still show (no scroll arrows hiding Trajecten), in Dutch and in the longer English."""
    from desktop.i18n import install_language

    _all_tabs_in_sight(controller.window)
    english = controller.switch_language("en")
    qtbot.addWidget(english)
    try:
        english.show()
        qtbot.waitExposed(english)
        _all_tabs_in_sight(english)
    finally:
        english.document and english.document.undo_stack.setClean()
        install_language("nl")


def test_the_print_dialogs_fit_a_small_screen(qtbot, window, tmp_path):
    """The print dialog opens at 1060 × 760 on a large screen; in a 1024 × 700 window it is no larger
    than the window (so on a small screen its buttons stay in reach)."""
    from desktop.print_dialog import PdfTilesDialog, PrintDialog

    window.resize(*SMALL)
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    for dialog in (PrintDialog(window.document.board, window), PdfTilesDialog(window)):
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        assert dialog.width() <= SMALL[0] and dialog.height() <= SMALL[1], (type(dialog).__name__, dialog.size())
        dialog.close()
    window.resize(1600, 1000)
    large = PrintDialog(window.document.board, window)
    qtbot.addWidget(large)
    large.show()
    settle()
    assert (large.width(), large.height()) == (1060, 760)
    large.close()
