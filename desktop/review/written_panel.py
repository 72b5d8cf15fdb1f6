"""The written areas of the photographed board (a procesplaat's answers and CONCLUSIE) to type over.

Capture cuts each area out of the photo (``boards.capture.written``); this panel shows the cut-out
with a field under it. What is typed becomes the area's text when the results are taken over: the
team's own conclusion, in its own words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from boards.capture.written import WrittenCrop
from boards.session import Note, NoteSource
from desktop.review.graphics import bgr_to_pixmap

#: The most room a cut-out takes in the panel (px).
CROP_WIDTH = 320
CROP_HEIGHT = 140


class WrittenPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Geschreven op het bord"))
        self.setToolTip(self.tr("Handschrift op het bord zelf leest Bruinpapier niet; typ over wat er staat."))
        self._layout = QVBoxLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.images: dict[str, QLabel] = {}
        self.setVisible(False)

    def show_crops(self, crops: list[WrittenCrop]) -> None:
        """Show one cut-out with a field per written area; the panel hides when there are none."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.edits.clear()
        self.images.clear()
        for crop in crops:
            title = QLabel(crop.label)
            title.setWordWrap(True)
            title.setObjectName("muted")
            image = QLabel()
            pixmap = bgr_to_pixmap(crop.image)
            if pixmap.width() > CROP_WIDTH or pixmap.height() > CROP_HEIGHT:
                pixmap = pixmap.scaled(
                    CROP_WIDTH,
                    CROP_HEIGHT,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            image.setPixmap(pixmap)
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Typ over wat er staat"))
            edit.setAccessibleName(crop.label)
            for widget in (title, image, edit):
                self._layout.addWidget(widget)
            self.edits[crop.zone_id] = edit
            self.images[crop.zone_id] = image
        self.setVisible(bool(crops))

    def notes(self) -> list[Note]:
        """What was typed, as notes in their areas (from the photo)."""
        return [
            Note(text=edit.text().strip(), zone_id=zone_id, source=NoteSource.PHOTO)
            for zone_id, edit in self.edits.items()
            if edit.text().strip()
        ]
