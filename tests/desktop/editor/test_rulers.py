"""Rulers in mm along the board view: their marks lie where the board's millimetres are, at any zoom and scroll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor

from boards.editing import zone_key
from desktop.document import BoardDocument
from desktop.editor.rulers import RULER_PX, step_for, ticks
from tests.support.design import styled_board
from tests.support.qt_input import hover, view_point


@pytest.fixture
def editor(window):
    window._set_document(BoardDocument(styled_board()))
    return window.editor


def test_tick_steps_grow_as_the_board_is_zoomed_out():
    assert step_for(4.0, 5) == 2  # 4 px per mm: a tick every 2 mm
    assert step_for(0.5, 5) == 10
    assert step_for(0.5, 48) == 100
    assert ticks(-12, 31, 10) == [-10, 0, 10, 20, 30]


def _dark_rows(image, x: int) -> int:
    """How many pixels of a ruler's column are drawn in ink (a tick mark)."""
    return sum(1 for y in range(image.height()) if QColor(image.pixel(x, y)).lightness() < 120)


def _tick_x(view, ruler, mm: float) -> int:
    """Where the board's ``mm`` is on the horizontal ruler, in the ruler's pixels."""
    on_view = view.viewport().mapTo(view, view.mapFromScene(QPointF(mm, 0)))
    return ruler.mapFrom(view, on_view).x()


def test_the_marks_lie_on_the_boards_millimetres_and_follow_zoom_and_scroll(qtbot, editor):
    view = editor.view
    top, left = view.rulers
    assert top.isVisible() and left.isVisible() and top.height() == RULER_PX
    assert top.width() == view.viewport().width()  # exactly as wide as the board's view: they line up
    for zoom, centre in ((1.0, (200, 150)), (3.0, (100, 100)), (3.0, (300, 200))):
        view.set_zoom(zoom)
        view.centerOn(*centre)
        qtbot.wait(1)
        first, last = top.visible_mm()
        assert first == pytest.approx(view.mapToScene(0, 0).x())
        image = top.grab().toImage()
        step = step_for(zoom, 48)
        mark = next(mm for mm in ticks(first + step / 2, last - step / 2, step))
        x = _tick_x(view, top, mark)
        assert _dark_rows(image, x) >= RULER_PX * 0.5, (zoom, mark, x)  # a long, labelled mark
        assert _dark_rows(image, x + int(step * zoom / 2) + 2) < RULER_PX * 0.5  # not in between


def test_the_mouse_is_marked_on_both_rulers(qtbot, editor):
    view = editor.view
    top, left = view.rulers
    view.set_zoom(2.0)
    view.centerOn(200, 150)
    hover(view, view_point(view, 123, 77))
    assert top.cursor_mm == pytest.approx(123, abs=0.6) and left.cursor_mm == pytest.approx(77, abs=0.6)


def test_the_selection_shows_as_a_band_and_rulers_can_be_hidden(qtbot, window, editor):
    view = editor.view
    top, left = view.rulers
    editor.scene.select_keys([zone_key("goed")])  # 40..145 × 60..180
    assert top.band_mm == (40, 145) and left.band_mm == (60, 180)
    action = editor.actions.rulers
    assert action in window._menus["view"].actions() and action.isChecked()
    origin = view.viewport().mapTo(view, QPoint(0, 0))
    action.trigger()
    assert not top.isVisible() and not left.isVisible()
    assert view.viewport().mapTo(view, QPoint(0, 0)) == origin - QPoint(RULER_PX, RULER_PX)
    action.trigger()
    assert top.isVisible()


def test_fitting_the_board_settles_when_a_scroll_bar_comes_and_goes(qtbot, window, monkeypatch):
    """At 1400 × 900 the fitted A3 board needed a scroll bar, fitting again without it did not: forever."""
    from PySide6.QtWidgets import QApplication

    from desktop.editor.view import BoardView

    resizes = []
    original = BoardView.resizeEvent

    def counted(view, event):
        resizes.append(event.size())
        original(view, event)

    monkeypatch.setattr(BoardView, "resizeEvent", counted)
    window.resize(1400, 900)
    window._set_document(BoardDocument(styled_board()))
    for _ in range(40):
        QApplication.processEvents()
    assert len(resizes) < 12, resizes[:12]
    assert window.editor.view.zoom() > 1.0  # fitted, not left at 1:1
