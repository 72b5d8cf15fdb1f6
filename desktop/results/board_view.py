"""The board drawn in millimetres, with the session's notes and dot counts on it.

Scene units are millimetres (origin top left, y down) like the model; the view
scales to fit. Every note is laid out in a grid inside its zone, above the dot
counts, also one read from a photo (its place on the photo would put it on top
of typed notes or a counter); notes can be dragged to another zone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QMenu,
    QWidget,
)

from boards.colors import KRAFT_BROWN, note_color
from boards.model import Zone
from boards.session import Note, NoteSource
from boards.vsm import is_process_step
from desktop.results.document import ResultsDocument

LABEL_MM = 7
NOTE_TEXT_MM = 7
NOTE_SIZE_MM = (60.0, 45.0)
NOTE_GAP_MM = 3.0
CHOSEN_COLOR = "#2e7d32"
TRAY_GAP_MM = 20.0  # between the board and the tray of notes still to place
CATEGORIES = (
    ("", QT_TRANSLATE_NOOP("BoardResultsView", "geen")),
    ("probleem", QT_TRANSLATE_NOOP("BoardResultsView", "probleem")),
    ("idee", QT_TRANSLATE_NOOP("BoardResultsView", "idee")),
    ("processtap", QT_TRANSLATE_NOOP("BoardResultsView", "processtap")),
)
MIN_NOTE_MM = 12.0


def _font(size_mm: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(size_mm)))
    font.setBold(bold)
    return font


def note_slots(zone: Zone, count: int) -> tuple[float, float, list[QPointF]]:
    """Note size and the top-left corners of ``count`` notes laid out in ``zone``."""
    width, height = NOTE_SIZE_MM
    top = zone.rect.y + LABEL_MM + 6
    bottom_reserve = dot_text_mm(zone) + 6 if zone.holds.dots else 3.0  # room for the dot counts
    while True:
        columns = max(1, int((zone.rect.width - NOTE_GAP_MM) // (width + NOTE_GAP_MM)))
        rows = -(-count // columns) if count else 0
        needed = rows * (height + NOTE_GAP_MM)
        if needed <= zone.rect.bottom - top - bottom_reserve or width <= MIN_NOTE_MM:
            break
        width, height = width * 0.85, height * 0.85
    corners = []
    for index in range(count):
        row, column = divmod(index, columns)
        corners.append(
            QPointF(zone.rect.x + NOTE_GAP_MM + column * (width + NOTE_GAP_MM), top + row * (height + NOTE_GAP_MM))
        )
    return width, height, corners


class NoteItem(QGraphicsRectItem):
    """A sticky note; dropping it on another zone moves it there."""

    def __init__(self, note: Note, width: float, height: float, on_drop: Callable[[NoteItem], None]) -> None:
        super().__init__(0, 0, width, height)
        self.note_id = note.id
        self._on_drop = on_drop
        self.placed_at = QPointF()
        self.setBrush(QBrush(QColor(note_color(note.color).hex)))
        if note.chosen:
            self.setPen(QPen(QColor(CHOSEN_COLOR), 2.0))
        elif note.source is NoteSource.CARRIED:
            self.setPen(QPen(QColor("#6d5a3a"), 0.6, Qt.PenStyle.DashLine))
        else:
            self.setPen(QPen(QColor("#6d5a3a"), 0.4))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(10)
        self.setToolTip(note.text)
        self.chosen = note.chosen
        text = QGraphicsTextItem(self)
        text.setFont(_font(min(NOTE_TEXT_MM, height / 6)))
        text.setPlainText(note.text)
        text.setTextWidth(width - 1)
        text.setPos(0.5, 0.5)
        self._text = text

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._on_drop(self)


class ZoneItem(QGraphicsRectItem):
    def __init__(self, zone: Zone) -> None:
        rect = zone.rect
        super().__init__(rect.x, rect.y, rect.width, rect.height)
        self.zone = zone
        self.setBrush(QBrush(QColor(zone.fill) if zone.fill else QColor("#f4e9d8")))
        self.setPen(QPen(QColor("#5d4a2e"), 0.8))
        label = QGraphicsSimpleTextItem(zone.label or zone.id, self)
        label.setFont(_font(LABEL_MM, bold=True))
        label.setPos(rect.x + 3, rect.y + 2)
        scale = min(1.0, (rect.width - 6) / max(1.0, label.boundingRect().width()))
        label.setScale(scale)
        # One coloured dot and a count per dot kind, along the bottom edge.
        size = dot_text_mm(zone)
        self.dot_counts: dict[str, QGraphicsSimpleTextItem] = {}
        x = rect.x + 3
        for kind in zone.holds.dots:
            dot = QGraphicsEllipseItem(x, rect.bottom - size - 3, size, size, self)
            dot.setBrush(QBrush(QColor(kind.color)))
            dot.setPen(QPen(Qt.PenStyle.NoPen))
            dot.setToolTip(kind.label)
            count = QGraphicsSimpleTextItem("0", self)
            count.setFont(_font(size, bold=True))
            count.setPos(x + size * 1.2, rect.bottom - size * 1.25 - 3)
            self.dot_counts[kind.id] = count
            x += size * 4

    def set_counts(self, counts: dict[str, int]) -> None:
        for kind, item in self.dot_counts.items():
            item.setText(str(counts.get(kind, 0)))

    def dots_text(self) -> str:
        """``werkdruk: 3   werkplezier: 1`` (for tests and tooltips)."""
        labels = {kind.id: kind.label for kind in self.zone.holds.dots}
        return "   ".join(f"{labels[kind]}: {item.text()}" for kind, item in self.dot_counts.items())

    def set_current(self, current: bool) -> None:
        self.setPen(QPen(QColor("#1565c0") if current else QColor("#5d4a2e"), 3.0 if current else 0.8))


def dot_text_mm(zone: Zone) -> float:
    return max(4.0, min(12.0, zone.rect.height / 9, zone.rect.width / (4 * max(1, len(zone.holds.dots)) + 1)))


class BoardResultsView(QGraphicsView):
    zoneClicked = Signal(str)

    def __init__(self, document: ResultsDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.board = document.session.board
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        scene = QGraphicsScene(self)
        scene.setSceneRect(QRectF(0, 0, self.board.paper.width_mm, self.board.paper.height_mm))
        paper = scene.addRect(scene.sceneRect(), QPen(Qt.PenStyle.NoPen), QBrush(QColor(KRAFT_BROWN)))
        paper.setZValue(-10)
        self.setScene(scene)
        if self.board.header is not None:
            header = self.board.header
            title = scene.addSimpleText(self.board.title, _font(min(30.0, header.height / 3), bold=True))
            title.setPos(header.x + 5, header.y + 5)
            if self.board.question:
                question = scene.addSimpleText(self.board.question, _font(min(14.0, header.height / 6)))
                question.setPos(header.x + 5, header.y + header.height * 0.55)
                question.setScale(min(1.0, (header.width - 10) / max(1.0, question.boundingRect().width())))
        for group in self.board.groups:
            if group.rect is not None:
                text = scene.addSimpleText(group.label, _font(min(12.0, group.rect.height * 0.6), bold=True))
                text.setPos(group.rect.x + 2, group.rect.y + 2)
        self.zone_items: dict[str, ZoneItem] = {}
        for zone in self.board.zones:
            item = ZoneItem(zone)
            item.setZValue(1 if zone.parent is None else 2)
            scene.addItem(item)
            self.zone_items[zone.id] = item
        self.note_items: dict[str, NoteItem] = {}
        self.tray_items: list = []
        self.current_zone: str | None = None
        document.notesChanged.connect(self.refresh_notes)
        document.dotsChanged.connect(lambda zone_id, _kind: self.refresh_dots(zone_id))
        self.refresh_notes()
        for zone in self.board.zones:
            self.refresh_dots(zone.id)

    # --- drawing -------------------------------------------------------------------------

    def refresh_notes(self) -> None:
        scene = self.scene()
        selected = {item.note_id for item in self.note_items.values() if item.isSelected()}
        for item in self.note_items.values():
            scene.removeItem(item)
        self.note_items.clear()
        for zone in self.board.zones:
            notes = self.document.session.results.notes_in(zone.id)
            width, height, corners = note_slots(zone, len(notes))
            for note, corner in zip(notes, corners):
                item = NoteItem(note, width, height, self._note_dropped)
                item.setPos(corner)
                item.placed_at = item.pos()
                item.setSelected(note.id in selected)
                scene.addItem(item)
                self.note_items[note.id] = item
        self._refresh_tray(selected)

    def tray_rect(self) -> QRectF:
        """Right of the board: where notes without a zone wait to be dragged onto it."""
        paper = self.board.paper
        return QRectF(paper.width_mm + TRAY_GAP_MM, 0, max(200.0, paper.width_mm * 0.22), paper.height_mm)

    def unplaced_notes(self) -> list[Note]:
        return [
            note
            for note in self.document.session.results.notes
            if note.zone_id is None or self.board.zone(note.zone_id) is None
        ]

    def _refresh_tray(self, selected: set[str]) -> None:
        scene = self.scene()
        for item in self.tray_items:
            scene.removeItem(item)
        self.tray_items.clear()
        paper_rect = QRectF(0, 0, self.board.paper.width_mm, self.board.paper.height_mm)
        notes = self.unplaced_notes()
        if not notes:
            scene.setSceneRect(paper_rect)
            return
        tray = self.tray_rect()
        background = scene.addRect(tray, QPen(QColor("#8d7754"), 0.8, Qt.PenStyle.DashLine), QBrush(QColor("#efe4d0")))
        background.setZValue(-5)
        title = scene.addSimpleText(
            QCoreApplication.translate("BoardResultsView", "Nog in te delen ({count})").format(count=len(notes)),
            _font(LABEL_MM, bold=True),
        )
        title.setPos(tray.x() + 4, tray.y() + 3)
        self.tray_items += [background, title]
        width = min(NOTE_SIZE_MM[0], (tray.width() - 3 * NOTE_GAP_MM) / 2)
        height = width * NOTE_SIZE_MM[1] / NOTE_SIZE_MM[0]
        top = tray.y() + LABEL_MM * 2 + 4
        for index, note in enumerate(notes):
            row, column = divmod(index, 2)
            item = NoteItem(note, width, height, self._note_dropped)
            item.setPos(tray.x() + NOTE_GAP_MM + column * (width + NOTE_GAP_MM), top + row * (height + NOTE_GAP_MM))
            item.placed_at = item.pos()
            item.setSelected(note.id in selected)
            scene.addItem(item)
            self.note_items[note.id] = item
        scene.setSceneRect(paper_rect.united(tray))

    def refresh_dots(self, zone_id: str) -> None:
        item = self.zone_items.get(zone_id)
        if item is not None:
            item.set_counts({kind.id: self.document.dot_count(zone_id, kind.id) for kind in item.zone.holds.dots})

    def set_current_zone(self, zone_id: str | None) -> None:
        if self.current_zone in self.zone_items:
            self.zone_items[self.current_zone].set_current(False)
        self.current_zone = zone_id
        if zone_id in self.zone_items:
            self.zone_items[zone_id].set_current(True)
            self.ensureVisible(self.zone_items[zone_id], 10, 10)

    def selected_note_ids(self) -> list[str]:
        return [item.note_id for item in self.note_items.values() if item.isSelected()]

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        while item is not None and not isinstance(item, NoteItem):
            item = item.parentItem()
        if item is None:
            super().contextMenuEvent(event)
            return
        self.note_menu(item.note_id).exec(event.globalPos())

    def note_menu(self, note_id: str) -> QMenu:
        """Choose, sort or link one note (the trajectory carries chosen ideas and links forward)."""
        note = self.document.note(note_id)
        menu = QMenu(self)
        if note is None:
            return menu
        chosen = menu.addAction(self.tr("Gekozen (gaat mee naar de volgende stap)"))
        chosen.setCheckable(True)
        chosen.setChecked(note.chosen)
        chosen.setShortcut(QKeySequence("Ctrl+K"))
        chosen.triggered.connect(lambda checked: self.document.set_note_chosen(note_id, checked))
        kinds = menu.addMenu(self.tr("Soort"))
        for category, label in CATEGORIES:
            action = kinds.addAction(QCoreApplication.translate("BoardResultsView", label))
            action.setCheckable(True)
            action.setChecked(note.category == category)
            action.triggered.connect(lambda _=False, c=category: self.document.set_note_category(note_id, c))
        if is_process_step(self.board, note):
            times = menu.addAction(self.tr("Tijden (bewerkingstijd, wachttijd)…"))
            times.triggered.connect(lambda: self.edit_times(note_id))
        problems = [
            other
            for other in self.document.session.results.notes
            if other.category == "probleem" and other.id != note_id
        ]
        if problems and note.category != "probleem":
            answers = menu.addMenu(self.tr("Antwoord op probleem"))
            none = answers.addAction(self.tr("(geen)"))
            none.triggered.connect(lambda: self.document.link_note(note_id, "problem", None))
            for problem in problems:
                action = answers.addAction(problem.text[:60])
                action.setCheckable(True)
                action.setChecked(note.links.get("problem") == problem.id)
                action.triggered.connect(
                    lambda _=False, pid=problem.id: self.document.link_note(note_id, "problem", pid)
                )
        return menu

    def edit_times(self, note_id: str) -> bool:
        """Ask for a process step's bewerkingstijd and wachttijd; one undo step. False when cancelled."""
        from desktop.results.times_dialog import StepTimesDialog

        note = self.document.note(note_id)
        if note is None:
            return False
        dialog = self.make_times_dialog(note)
        if dialog.exec() != StepTimesDialog.DialogCode.Accepted:
            return False
        self.document.set_note_times(note_id, dialog.work_min, dialog.wait_min)
        return True

    def make_times_dialog(self, note: Note):
        from desktop.results.times_dialog import StepTimesDialog

        return StepTimesDialog(note, self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # --- interaction ---------------------------------------------------------------------

    def zone_id_at(self, scene_point: QPointF) -> str | None:
        zone = self.board.zone_at(scene_point.x(), scene_point.y())
        return zone.id if zone else None

    def mousePressEvent(self, event) -> None:
        point = self.mapToScene(event.position().toPoint())
        if not isinstance(self.itemAt(event.position().toPoint()), (NoteItem, QGraphicsTextItem)):
            zone_id = self.zone_id_at(point)
            if zone_id is not None:
                self.zoneClicked.emit(zone_id)
        super().mousePressEvent(event)

    def _note_dropped(self, item: NoteItem) -> None:
        if item.pos() == item.placed_at:
            return  # a click, not a drag
        centre = item.sceneBoundingRect().center()
        # The item is replaced when the notes are redrawn: not inside its own event handler.
        QTimer.singleShot(0, lambda: self.drop_note(item.note_id, centre))

    def drop_note(self, note_id: str, centre: QPointF) -> None:
        """A note dragged so that its centre is at ``centre`` (scene mm)."""
        zone = self.board.zone_at(centre.x(), centre.y())
        note = self.document.note(note_id)
        if note is None:
            return
        if zone is not None and zone.id != note.zone_id and zone.holds.notes:
            self.document.move_note(note.id, zone.id)
        elif zone is None and note.zone_id is not None and self.tray_rect().contains(centre) and self.unplaced_notes():
            self.document.move_note(note.id, None)  # back to the tray
        else:
            self.refresh_notes()  # back to its place
