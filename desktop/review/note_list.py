"""The notes beside the views: each row shows the crop and a text field with the OCR suggestion.

Keyboard-first: Enter confirms the text and moves on to the next note's field.
Rows are kept per note id, so text being typed survives other edits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from boards.colors import note_color
from boards.model import Board
from desktop.review.graphics import bgr_to_pixmap, zone_color
from desktop.review.model import ReviewModel, ReviewNote

CROP_PX = 64


class NoteRow(QFrame):
    def __init__(self, note_id: str, parent=None) -> None:
        super().__init__(parent)
        self.note_id = note_id
        self.setObjectName("reviewNoteRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.crop = QLabel()
        self.crop.setFixedSize(CROP_PX, CROP_PX)
        self.crop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.crop)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        column.addWidget(self.caption)
        self.text = QLineEdit()
        column.addWidget(self.text)
        layout.addLayout(column, 1)
        self.synced_text: str | None = None
        self._crop_key: int | None = None

    def show_note(self, note: ReviewNote, caption: str, colors) -> None:
        key = id(note.crop) if note.crop is not None else 0
        if key != self._crop_key:
            self._crop_key = key
            if note.crop is not None:
                pixmap = bgr_to_pixmap(note.crop).scaled(
                    CROP_PX, CROP_PX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            else:
                pixmap = QPixmap(CROP_PX - 8, CROP_PX - 8)
                pixmap.fill(QColor(_hex(note.color)))
            self.crop.setPixmap(pixmap)
        self.caption.setText(caption)
        color = zone_color(colors, note.zone_id).name()
        self.setStyleSheet(
            f"QFrame#reviewNoteRow {{ border-left: 5px solid {color}; border-radius: 4px; background: white; }}"
            f'QFrame#reviewNoteRow[current="true"] {{ background: #fbe9d7; border: 2px solid #a0522d;'
            f" border-left: 5px solid {color}; }}"
        )
        if note.text != self.synced_text:
            self.synced_text = note.text
            self.text.setText(note.text)

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)


def _hex(color_id: str) -> str:
    try:
        return note_color(color_id).hex
    except KeyError:
        return "#fff176"


class NoteList(QScrollArea):
    current_changed = Signal(str)
    text_confirmed = Signal(str, str)  # note id, text (Enter)
    text_edited = Signal(str, str)  # note id, text (focus left the field)

    def __init__(self, board: Board, colors, parent=None) -> None:
        super().__init__(parent)
        self.board = board
        self.colors = colors
        self.setWidgetResizable(True)
        self.setMinimumWidth(260)
        self._content = QWidget()
        self._content.setObjectName("reviewNoteList")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.setWidget(self._content)
        self.rows: dict[str, NoteRow] = {}
        self.order: list[str] = []
        self._current = ""

    def sync(self, model: ReviewModel) -> None:
        """Rows for the model's notes, in order; existing rows are kept (with what is being typed)."""
        ids = [note.id for note in model.notes]
        for note_id in list(self.rows):
            if note_id not in ids:
                row = self.rows.pop(note_id)
                row.setParent(None)
                row.deleteLater()
        if ids != self.order:
            for note_id in self.order:
                if note_id in self.rows:
                    self._layout.removeWidget(self.rows[note_id])
            for index, note_id in enumerate(ids):
                row = self.rows.get(note_id) or self._new_row(note_id)
                self._layout.insertWidget(index, row)
                row.show()
            self.order = ids
        for number, note in enumerate(model.notes, start=1):
            zone = self.board.zone(note.zone_id) if note.zone_id else None
            label = zone.label if zone is not None else self.tr("geen zone")
            caption = self.tr("{number}. {zone}").format(number=number, zone=label) + (" ?" if note.doubtful else "")
            self.rows[note.id].show_note(note, caption, self.colors)
            self.rows[note.id].set_current(note.id == self._current)

    def _new_row(self, note_id: str) -> NoteRow:
        row = NoteRow(note_id, self._content)
        row.text.returnPressed.connect(lambda note_id=note_id: self._confirm(note_id))
        row.text.editingFinished.connect(lambda note_id=note_id: self._edited(note_id))
        row.text.installEventFilter(self)
        row.crop.installEventFilter(self)
        row.caption.installEventFilter(self)
        self.rows[note_id] = row
        return row

    def _row_of(self, watched: QObject) -> NoteRow | None:
        for row in self.rows.values():
            if watched in (row.text, row.crop, row.caption):
                return row
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            row = self._row_of(watched)
            if row is not None and watched is row.text and self._key(row, event):
                return True
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            row = self._row_of(watched)
            if row is not None and row.note_id != self._current:
                self.set_current(row.note_id)
                self.current_changed.emit(row.note_id)
        return super().eventFilter(watched, event)

    def _key(self, row: NoteRow, event) -> bool:
        """Up/Down: previous/next note (what was typed is kept); Escape: back to the saved text."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            index = self.order.index(row.note_id) + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= index < len(self.order):
                self._edited(row.note_id)
                self.go_to(self.order[index])
            return True
        if key == Qt.Key.Key_Escape and row.text.text() != row.synced_text:
            row.text.setText(row.synced_text or "")
            return True
        return False

    def go_to(self, note_id: str) -> None:
        self.set_current(note_id)
        self.current_changed.emit(note_id)
        self.focus_text(note_id)

    def _confirm(self, note_id: str) -> None:
        row = self.rows.get(note_id)
        if row is None:
            return
        self.text_confirmed.emit(note_id, row.text.text())
        if note_id in self.order:
            index = self.order.index(note_id)
            if index + 1 < len(self.order):
                self.go_to(self.order[index + 1])

    def _edited(self, note_id: str) -> None:
        row = self.rows.get(note_id)
        if row is not None and row.text.text() != row.synced_text:
            self.text_edited.emit(note_id, row.text.text())

    def pending_texts(self) -> dict[str, str]:
        """Texts typed but not yet committed (no Enter, focus still in the field)."""
        return {note_id: row.text.text() for note_id, row in self.rows.items() if row.text.text() != row.synced_text}

    def set_current(self, note_id: str) -> None:
        self._current = note_id
        for row_id, row in self.rows.items():
            row.set_current(row_id == note_id)
        if note_id in self.rows:
            self.ensureWidgetVisible(self.rows[note_id], 0, 8)

    def focus_text(self, note_id: str) -> None:
        row = self.rows.get(note_id)
        if row is not None:
            row.text.setFocus(Qt.FocusReason.TabFocusReason)
            row.text.selectAll()
