"""Review of a photo read-back: the photo and the rectified board side by side.

Detections are drawn over both, coloured by zone. On the board the user
moves notes and dots (a moved item takes the zone under its centre), adds and
deletes them, re-assigns a note's zone, and types each note's text beside its
crop — Enter confirms and jumps to the next note. Only "Accepteren" hands the
results over (``accepted`` signal); nothing goes into a session before that.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Sequence

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QPainter, QPen, QPolygonF, QShortcut
from PySide6.QtWidgets import (QComboBox, QGraphicsEllipseItem, QGraphicsItem, QGraphicsPolygonItem, QGraphicsScene,
                               QGraphicsView, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QProgressBar, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from boards.capture import CaptureOptions, CaptureResult, DotDetection, NoBoardFoundError, NoteDetection, load_image
from boards.capture.results import results_from
from boards.colors import NOTE_COLORS, note_color
from boards.model import Board
from desktop.review.corners import CornerPicker
from desktop.review.images import pixmap_from_bgr, zone_colors
from desktop.review.worker import CaptureWorker, start_worker

ID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_NOTE_MM = 76.0
DEFAULT_DOT_MM = 12.0
DOUBT_BELOW = 0.6


class _BoardItem:
    """Mixin: a detection drawn on the board that reports when the user has moved it."""

    detection_id: str
    widget: "ReviewWidget"

    def itemChange(self, change, value):  # noqa: N802 (Qt)
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged and value:
            self.widget.select_detection(self.detection_id)
        return super().itemChange(change, value)  # type: ignore[misc]

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().mouseReleaseEvent(event)  # type: ignore[misc]
        offset = self.pos()  # type: ignore[attr-defined]
        if offset.x() or offset.y():
            # redraw after this event: the scene is rebuilt, this item with it
            widget, detection_id, dx, dy = self.widget, self.detection_id, offset.x(), offset.y()
            QTimer.singleShot(0, lambda: widget.move_detection(detection_id, dx, dy, relative=True))


class NoteItem(_BoardItem, QGraphicsPolygonItem):
    pass


class DotItem(_BoardItem, QGraphicsEllipseItem):
    pass


class ZoomView(QGraphicsView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)

    def fit(self) -> None:
        if self.scene() is not None and self.scene().items():
            self.fitInView(self.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt)
        factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
        self.scale(factor, factor)


class ReviewWidget(QWidget):
    """Review and correct what capture found; ``accepted(Results)`` when the user accepts."""

    accepted = Signal(object)  # boards.session.Results
    capture_finished = Signal()
    capture_failed = Signal(str)

    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.result: CaptureResult | None = None
        self.notes: list[NoteDetection] = []
        self.dots: list[DotDetection] = []
        self.confirmed: set[str] = set()
        self.colors = zone_colors(board)
        self._sources: list = []
        self._options = CaptureOptions()
        self._thread = None
        self._worker: CaptureWorker | None = None
        self._board_items: dict[str, QGraphicsItem] = {}
        self._photo_index = 0
        self._build()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.status = QLabel(self.tr("Kies foto's van het ingevulde bord."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Afbreken"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.photo_combo = QComboBox()
        self.photo_combo.setToolTip(self.tr("Welke foto links en onder het bord staat"))
        self.photo_combo.activated.connect(self.show_photo)
        self.photo_combo.hide()
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.photo_combo)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)

        self.photo_view = ZoomView()
        self.photo_view.setScene(QGraphicsScene(self))
        self.photo_view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.board_view = ZoomView()
        self.board_view.setScene(QGraphicsScene(self))
        self.board_view.scene().selectionChanged.connect(self._scene_selection_changed)

        self.note_list = QListWidget()
        self.note_list.setIconSize(self.note_list.iconSize() * 3)
        self.note_list.currentRowChanged.connect(self._current_note_changed)
        self.crop_label = QLabel()
        self.crop_label.setMinimumHeight(160)
        self.crop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Tekst van de post-it; Enter = bevestigen en volgende"))
        self.text_edit.returnPressed.connect(self.confirm_current_note)
        self.zone_combo = QComboBox()
        self.zone_combo.addItem(self.tr("(geen vak)"), None)
        for zone in self.board.zones:
            self.zone_combo.addItem(zone.label or zone.id, zone.id)
        self.zone_combo.activated.connect(self._zone_chosen)
        self.color_combo = QComboBox()
        for color in NOTE_COLORS:
            self.color_combo.addItem(QCoreApplication.translate("colors", color.label), color.id)
        self.color_combo.activated.connect(self._color_chosen)

        self.add_note_button = QPushButton(self.tr("Post-it toevoegen"))
        self.add_note_button.clicked.connect(lambda: self.add_note())
        self.dot_kind_combo = QComboBox()
        for kind in self.board.dot_kinds():
            self.dot_kind_combo.addItem(kind.label, kind.id)
        self.add_dot_button = QPushButton(self.tr("Stip toevoegen"))
        self.add_dot_button.clicked.connect(lambda: self.add_dot(self.dot_kind_combo.currentData()))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.board_view, self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.note_list, self.delete_selected)
        self.accept_button = QPushButton(self.tr("Accepteren"))
        self.accept_button.setDefault(False)
        self.accept_button.clicked.connect(self.accept)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Post-its (Enter bevestigt en gaat naar de volgende)")))
        side.addWidget(self.note_list, 2)
        side.addWidget(self.crop_label)
        side.addWidget(self.text_edit)
        side.addWidget(self.zone_combo)
        side.addWidget(self.color_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_note_button)
        buttons.addWidget(self.delete_button)
        side.addLayout(buttons)
        dots = QHBoxLayout()
        dots.addWidget(self.dot_kind_combo)
        dots.addWidget(self.add_dot_button)
        side.addLayout(dots)
        side.addWidget(self.counts_label)
        side.addWidget(self.accept_button)
        side_widget = QWidget()
        side_widget.setLayout(side)

        splitter = QSplitter()
        splitter.addWidget(self.photo_view)
        splitter.addWidget(self.board_view)
        splitter.addWidget(side_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)

        self.corner_picker = CornerPicker()
        self.corner_picker.point_added.connect(self._corner_added)
        self.corner_picker.corners_chosen.connect(self._corners_chosen)
        self.corner_help = QLabel()
        self.corner_help.setWordWrap(True)
        undo = QPushButton(self.tr("Laatste hoek weg"))
        undo.clicked.connect(self.corner_picker.undo)
        corner_page = QWidget()
        corner_layout = QVBoxLayout(corner_page)
        corner_layout.addWidget(self.corner_help)
        corner_layout.addWidget(self.corner_picker, 1)
        corner_layout.addWidget(undo)

        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(corner_page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._set_editing_enabled(False)

    def _set_editing_enabled(self, enabled: bool) -> None:
        for widget in (self.add_note_button, self.add_dot_button, self.delete_button, self.accept_button,
                       self.text_edit, self.zone_combo, self.color_combo):
            widget.setEnabled(enabled)

    # --- running the capture ------------------------------------------------------------

    def start(self, sources: Sequence, options: CaptureOptions | None = None) -> None:
        """Read ``sources`` (paths, bytes or arrays) back in a worker thread."""
        self._sources = list(sources)
        self._options = options or CaptureOptions()
        self._run()

    def _run(self) -> None:
        self._stop_thread()
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Foto's lezen…"))
        self._set_editing_enabled(False)
        self._worker = CaptureWorker(self._sources, self.board, self._options)
        self._worker.progress.connect(self._progress)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._worker.cancelled.connect(self._cancelled)
        self._thread = start_worker(self._worker)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, milliseconds: int = 30000) -> None:
        if self._thread is not None:
            self._thread.wait(milliseconds)

    def _stop_thread(self) -> None:
        """Finish an earlier run's thread before it is let go (a running QThread must not be destroyed)."""
        if self._thread is not None:
            if self._worker is not None:
                self._worker.cancel()
            self._thread.quit()
            self._thread.wait()
            self._thread = None

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._stop_thread()
        super().closeEvent(event)

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(text)

    def _done(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _finished(self, result: CaptureResult) -> None:
        self._done()
        self.set_result(result)
        self.capture_finished.emit()

    def _cancelled(self) -> None:
        self._done()
        self.status.setText(self.tr("Afgebroken: er is niets overgenomen."))

    def _failed(self, error) -> None:
        self._done()
        message = str(error)
        if isinstance(error, NoBoardFoundError):
            self._offer_corners(error)
            message = self.tr("{message}. Klik de vier hoeken van het bord aan.").format(message=message)
        self.status.setText(message)
        self.capture_failed.emit(message)

    # --- four-corner mode ---------------------------------------------------------------

    def _offer_corners(self, error: NoBoardFoundError) -> None:
        index = next((i for i, source in enumerate(self._sources) if _name(source, i) == error.name), 0)
        self._corner_photo = index
        loaded = load_image(self._sources[index], self._options.max_pixels, _name(self._sources[index], index))
        self.corner_picker.set_photo(loaded.image, loaded.scale)
        self.pages.setCurrentIndex(1)
        self._corner_added(0)

    def _corner_added(self, count: int) -> None:
        names = (self.tr("linksboven"), self.tr("rechtsboven"), self.tr("rechtsonder"), self.tr("linksonder"))
        if count < 4:
            self.corner_help.setText(self.tr("Geen markers gevonden. Klik de hoek {name} van het bord aan ({count} van 4).").format(name=names[count], count=count + 1))

    def _corners_chosen(self, corners) -> None:
        self._options.corners = dict(self._options.corners)
        self._options.corners[self._corner_photo] = corners
        self.pages.setCurrentIndex(0)
        self._run()

    # --- showing a result ---------------------------------------------------------------

    def set_result(self, result: CaptureResult) -> None:
        self.result = result
        self.notes = [replace(note) for note in result.notes]
        self.dots = [replace(dot) for dot in result.dots]
        self.confirmed = set()
        self._photo_index = 0
        self.pages.setCurrentIndex(0)
        self._set_editing_enabled(True)
        warnings = "".join(f"\n{warning}" for warning in result.warnings)
        doubtful = sum(1 for note in self.notes if note.confidence < DOUBT_BELOW)
        self.status.setText(
            self.tr("{notes} post-its en {dots} stippen gevonden op {photos} foto('s); {doubt} om te controleren.").format(
                notes=len(self.notes), dots=len(self.dots), photos=len(result.photos), doubt=doubtful) + warnings
        )
        self.photo_combo.clear()
        for photo in result.photos:
            self.photo_combo.addItem(photo.name)
        self.photo_combo.setVisible(len(result.photos) > 1)
        self._draw_photo()
        self._draw_board()
        self._fill_list()
        self.photo_view.fit()
        self.board_view.fit()
        if self.notes:
            self.note_list.setCurrentRow(0)

    def show_photo(self, index: int) -> None:
        """Show another of the photos (left, and as the board's background)."""
        if self.result is not None and 0 <= index < len(self.result.photos):
            self._photo_index = index
            self._refresh()
            self.photo_view.fit()

    def _note(self, detection_id: str) -> NoteDetection | None:
        return next((note for note in self.notes if note.id == detection_id), None)

    def _dot(self, detection_id: str) -> DotDetection | None:
        return next((dot for dot in self.dots if dot.id == detection_id), None)

    def _draw_board(self) -> None:
        scene = self.board_view.scene()
        scene.clear()
        self._board_items = {}
        board = self.board
        scene.addRect(QRectF(0, 0, board.width_mm, board.height_mm), QPen(QColor("#5d4037"), 1.5), QBrush(QColor("#c8a57a")))
        if self.result is not None and self.result.photos:
            photo = self.result.photos[self._photo_index]
            if photo.rectified is not None and photo.rectified_region is not None:
                item = scene.addPixmap(pixmap_from_bgr(photo.rectified))
                item.setScale(1.0 / photo.px_per_mm)
                item.setPos(photo.rectified_region.x, photo.rectified_region.y)
        for zone in board.zones:
            rect = zone.rect
            scene.addRect(QRectF(rect.x, rect.y, rect.width, rect.height), QPen(self.colors[zone.id], 1.2))
        for note in self.notes:
            item = NoteItem(QPolygonF([QPointF(x, y) for x, y in note.outline_mm]))
            self._style_note(item, note)
            scene.addItem(item)
            self._board_items[note.id] = item
        for dot in self.dots:
            r = dot.diameter_mm / 2
            item = DotItem(QRectF(dot.x_mm - r, dot.y_mm - r, 2 * r, 2 * r))
            item.setPen(QPen(self.colors.get(dot.zone_id, self.colors[None]), 1.5))
            item.setBrush(QBrush(QColor(dot.color)))
            scene.addItem(item)
            self._board_items[dot.id] = item
        for detection_id, item in self._board_items.items():
            item.detection_id = detection_id  # type: ignore[attr-defined]
            item.widget = self  # type: ignore[attr-defined]
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self._update_counts()

    def _style_note(self, item: QGraphicsPolygonItem, note: NoteDetection) -> None:
        color = QColor(note_color(note.color).hex)
        color.setAlpha(110)
        pen = QPen(self.colors.get(note.zone_id, self.colors[None]), 2.5)
        if note.confidence < DOUBT_BELOW and note.id not in self.confirmed:
            pen.setStyle(Qt.PenStyle.DashLine)
        item.setPen(pen)
        item.setBrush(QBrush(color))

    def _draw_photo(self) -> None:
        scene = self.photo_view.scene()
        scene.clear()
        if self.result is None or not self.result.photos:
            return
        photo = self.result.photos[self._photo_index]
        scene.addPixmap(pixmap_from_bgr(photo.image))
        to_photo = photo.board_to_photo()
        width = max(2.0, photo.image.shape[1] / 600)
        for note in self.notes:
            points = cv2.perspectiveTransform(np.array(note.outline_mm, np.float64).reshape(-1, 1, 2), to_photo).reshape(-1, 2)
            scene.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]), QPen(self.colors.get(note.zone_id, self.colors[None]), width))
        for dot in self.dots:
            (x, y), = cv2.perspectiveTransform(np.array([[[dot.x_mm, dot.y_mm]]], np.float64), to_photo).reshape(-1, 2)
            edge = cv2.perspectiveTransform(np.array([[[dot.x_mm + dot.diameter_mm / 2, dot.y_mm]]], np.float64), to_photo).reshape(2)
            r = max(3.0, float(math.hypot(edge[0] - x, edge[1] - y)))
            scene.addEllipse(x - r, y - r, 2 * r, 2 * r, QPen(self.colors.get(dot.zone_id, self.colors[None]), width))

    def _fill_list(self) -> None:
        self.note_list.blockSignals(True)
        current = self.note_list.currentRow()
        self.note_list.clear()
        for note in self.notes:
            item = QListWidgetItem(self._note_caption(note))
            item.setData(ID_ROLE, note.id)
            if note.crop is not None:
                item.setIcon(QIcon(pixmap_from_bgr(note.crop)))
            self.note_list.addItem(item)
        self.note_list.blockSignals(False)
        if self.notes:
            self.note_list.setCurrentRow(min(max(current, 0), len(self.notes) - 1))

    def _note_caption(self, note: NoteDetection) -> str:
        zone = self.board.zone(note.zone_id) if note.zone_id else None
        mark = "✓ " if note.id in self.confirmed else ("? " if note.confidence < DOUBT_BELOW else "")
        text = note.text or self.tr("(nog geen tekst)")
        return f"{mark}{text} — {zone.label if zone else self.tr('(geen vak)')}"

    def _update_counts(self) -> None:
        counts = results_from(self.board, self.notes, self.dots).dots
        total = sum(count.count for count in counts)
        self.counts_label.setText(self.tr("{notes} post-its, {dots} stippen in {cells} vakken").format(
            notes=len(self.notes), dots=total, cells=len({count.zone_id for count in counts})))

    # --- selection ----------------------------------------------------------------------

    def current_note(self) -> NoteDetection | None:
        item = self.note_list.currentItem()
        return self._note(item.data(ID_ROLE)) if item is not None else None

    def _current_note_changed(self, row: int) -> None:
        note = self.current_note()
        if note is None:
            self.crop_label.clear()
            self.text_edit.clear()
            return
        if note.crop is not None:
            self.crop_label.setPixmap(pixmap_from_bgr(note.crop).scaled(220, 220, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.crop_label.setText(self.tr("(geen uitsnede)"))
        self.text_edit.setText(note.text)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(note.zone_id)))
        self.color_combo.setCurrentIndex(max(0, self.color_combo.findData(note.color)))
        item = self._board_items.get(note.id)
        if item is not None and not item.isSelected():
            self.board_view.scene().blockSignals(True)
            self.board_view.scene().clearSelection()
            item.setSelected(True)
            self.board_view.scene().blockSignals(False)
        self.text_edit.setFocus()

    def select_detection(self, detection_id: str) -> None:
        for row in range(self.note_list.count()):
            if self.note_list.item(row).data(ID_ROLE) == detection_id:
                self.note_list.setCurrentRow(row)
                return

    def _scene_selection_changed(self) -> None:
        selected = self.board_view.scene().selectedItems()
        if len(selected) == 1:
            self.select_detection(getattr(selected[0], "detection_id", ""))

    def selected_ids(self) -> list[str]:
        ids = [getattr(item, "detection_id", None) for item in self.board_view.scene().selectedItems()]
        ids = [i for i in ids if i]
        if not ids and self.current_note() is not None:
            ids = [self.current_note().id]
        return ids

    # --- editing ------------------------------------------------------------------------

    def confirm_current_note(self) -> None:
        """Take the typed text, mark the note as checked and go to the next one."""
        note = self.current_note()
        if note is None:
            return
        note.text = self.text_edit.text().strip()
        self.confirmed.add(note.id)
        row = self.note_list.currentRow()
        self.note_list.currentItem().setText(self._note_caption(note))
        self._style_note(self._board_items[note.id], note)
        if row + 1 < self.note_list.count():
            self.note_list.setCurrentRow(row + 1)
        else:
            self.accept_button.setFocus()

    def _zone_chosen(self, index: int) -> None:
        note = self.current_note()
        if note is not None:
            self.reassign(note.id, self.zone_combo.itemData(index))

    def _color_chosen(self, index: int) -> None:
        note = self.current_note()
        if note is not None:
            note.color = self.color_combo.itemData(index)
            self._refresh()

    def reassign(self, detection_id: str, zone_id: str | None) -> None:
        detection = self._note(detection_id) or self._dot(detection_id)
        if detection is not None:
            detection.zone_id = zone_id
            self._refresh()

    def move_detection(self, detection_id: str, x: float, y: float, relative: bool = False) -> None:
        """Move a note or dot (board mm); it takes the zone under its new centre."""
        detection = self._note(detection_id) or self._dot(detection_id)
        if detection is None:
            return
        dx, dy = (x, y) if relative else (x - detection.x_mm, y - detection.y_mm)
        detection.x_mm += dx
        detection.y_mm += dy
        if isinstance(detection, NoteDetection):
            detection.outline_mm = [(px + dx, py + dy) for px, py in detection.outline_mm]
        zone = self.board.zone_at(detection.x_mm, detection.y_mm)
        detection.zone_id = zone.id if zone else None
        self._refresh()

    def add_note(self, x: float | None = None, y: float | None = None, color: str = "yellow") -> NoteDetection:
        centre = self.board_view.mapToScene(self.board_view.viewport().rect().center())
        x = centre.x() if x is None else x
        y = centre.y() if y is None else y
        half = DEFAULT_NOTE_MM / 2
        zone = self.board.zone_at(x, y)
        note = NoteDetection(color=color, zone_id=zone.id if zone else None, x_mm=x, y_mm=y, width_mm=DEFAULT_NOTE_MM,
                             height_mm=DEFAULT_NOTE_MM, angle_deg=0.0,
                             outline_mm=[(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)],
                             confidence=1.0, photo_index=-1)
        self.notes.append(note)
        self.confirmed.add(note.id)
        self._refresh()
        self.select_detection(note.id)
        return note

    def add_dot(self, kind_id: str | None, x: float | None = None, y: float | None = None) -> DotDetection | None:
        kind = next((k for k in self.board.dot_kinds() if k.id == kind_id), None)
        if kind is None:
            return None
        centre = self.board_view.mapToScene(self.board_view.viewport().rect().center())
        x = centre.x() if x is None else x
        y = centre.y() if y is None else y
        zone = self.board.zone_at(x, y)
        diameter = self.dots[0].diameter_mm if self.dots else DEFAULT_DOT_MM
        dot = DotDetection(kind=kind.id, color=kind.color, zone_id=zone.id if zone else None, x_mm=x, y_mm=y,
                           diameter_mm=diameter, confidence=1.0, photo_index=-1)
        self.dots.append(dot)
        self._refresh()
        return dot

    def delete_selected(self) -> None:
        ids = set(self.selected_ids())
        if not ids:
            return
        self.notes = [note for note in self.notes if note.id not in ids]
        self.dots = [dot for dot in self.dots if dot.id not in ids]
        self._refresh()

    def _refresh(self) -> None:
        current = self.current_note()
        self._draw_board()
        self._draw_photo()
        self._fill_list()
        if current is not None:
            self.select_detection(current.id)

    def accept(self) -> None:
        """Hand the reviewed results over; the text being typed counts too."""
        note = self.current_note()
        if note is not None and self.text_edit.text().strip() != note.text:
            note.text = self.text_edit.text().strip()
        self.accepted.emit(results_from(self.board, self.notes, self.dots))


def _name(source, index: int) -> str:
    from boards.capture.imageio import source_name

    return source_name(source, index)
