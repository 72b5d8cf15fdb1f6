"""The start page: new board, open, recent files, and the template gallery.

Templates are grouped by method and step; each card shows a preview drawn by
the editor's scene, the guiding question and the paper size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from boards.errors import BruinpapierError
from boards.methods import get_method
from boards.model import Board
from boards.templates import OTHER_METHOD, templates_by_method
from desktop.thumbnails import board_thumbnail

CARD_WIDTH = 250
THUMB_WIDTH = 230
COLUMNS = 3
CARD_SPACING = 14


class TemplateCard(QFrame):
    """One template: preview, title, paper, question. Click to start a board from it."""

    clicked = Signal(str)

    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.template_id = board.id
        self.setObjectName("templateCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedWidth(CARD_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(board.description or board.question)
        self.preview = QLabel()
        self.preview.setFixedSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 0.72)))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setText(self.tr("voorbeeld…"))
        title = QLabel(board.title)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        paper = QLabel(board.paper.label())
        paper.setObjectName("cardPaper")
        text = board.question or _shorten(board.description, 140)
        question = QLabel(text)
        question.setObjectName("cardQuestion" if board.question else "cardDescription")
        question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(4)
        layout.addWidget(self.preview)
        row = QHBoxLayout()
        row.addWidget(title, 1)
        row.addWidget(paper, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(question)
        layout.addStretch(1)

    def load_preview(self) -> None:
        pixmap = board_thumbnail(self.board, THUMB_WIDTH)
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.template_id)
        super().mouseReleaseEvent(event)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _method_title(method_id: str) -> tuple[str, str, object]:
    if method_id == OTHER_METHOD:
        return QCoreApplication.translate("GalleryPage", "Overige borden"), "", None
    try:
        method = get_method(method_id)
    except BruinpapierError:
        return method_id, "", None
    return method.title, method.subtitle, method


class GalleryPage(QWidget):
    """Emits ``template_chosen(id)`` (or "" for a blank board), ``open_requested`` and ``recent_chosen(path)``."""

    template_chosen = Signal(str)
    open_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("galleryPage")
        self.cards: dict[str, TemplateCard] = {}
        self._grids: list[tuple[QGridLayout, list[TemplateCard]]] = []
        self._columns = COLUMNS
        sidebar = QFrame()
        sidebar.setObjectName("gallerySidebar")
        sidebar.setFixedWidth(270)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(18, 20, 18, 18)
        brand = QLabel("Bruinpapier")
        brand.setObjectName("brand")
        tagline = QLabel(self.tr("Workshopborden ontwerpen, printen en teruglezen"))
        tagline.setWordWrap(True)
        tagline.setObjectName("tagline")
        self.new_button = QPushButton(self.tr("Nieuw leeg bord…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(lambda: self.template_chosen.emit(""))
        self.open_button = QPushButton(self.tr("Bord openen…"))
        self.open_button.clicked.connect(self.open_requested.emit)
        recent_title = QLabel(self.tr("Recente bestanden"))
        recent_title.setObjectName("sectionTitle")
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.itemActivated.connect(self._recent_activated)
        self.recent.itemDoubleClicked.connect(self._recent_activated)
        self.recent_empty = QLabel(self.tr("Nog geen bestanden geopend."))
        self.recent_empty.setObjectName("muted")
        for widget in (brand, tagline):
            side.addWidget(widget)
        side.addSpacing(18)
        side.addWidget(self.new_button)
        side.addWidget(self.open_button)
        side.addSpacing(18)
        side.addWidget(recent_title)
        side.addWidget(self.recent_empty)
        side.addWidget(self.recent, 1)
        self._side_stretch = QWidget()
        side.addWidget(self._side_stretch, 1)

        content = QWidget()
        content.setObjectName("galleryContent")
        self._content_layout = QVBoxLayout(content)
        self._content_layout.setContentsMargins(28, 22, 28, 28)
        self._content_layout.setSpacing(8)
        heading = QLabel(self.tr("Sjablonen"))
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Kies een bord uit de methodes om mee te beginnen; je kunt het daarna aanpassen en op elk formaat "
                "printen."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self._content_layout.addWidget(heading)
        self._content_layout.addWidget(intro)
        self._loading = QLabel(self.tr("Sjablonen laden…"))
        self._loading.setObjectName("muted")
        self._content_layout.addWidget(self._loading)
        self._content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll = scroll
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(scroll, 1)
        self._pending: list[TemplateCard] = []
        # Timers owned by the page die with it, so nothing is built into a closed window.
        # The templates are read after the window is shown, to keep start-up fast.
        self._preview_timer = QTimer(self)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(self._load_next_preview)
        self._templates_built = False
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self.ensure_templates)
        self._build_timer.start()

    def ensure_templates(self) -> None:
        """Build the template cards (once); their previews follow one by one."""
        if self._templates_built:
            return
        self._templates_built = True
        self._build_timer.stop()
        self._loading.hide()
        if self.isVisible():
            self._columns = self._fitting_columns()
        self._build_templates()
        self._pending = list(self.cards.values())
        self._preview_timer.start()

    def _build_templates(self) -> None:
        for method_id, boards in templates_by_method().items():
            title, subtitle, method = _method_title(method_id)
            label = QLabel(title)
            label.setObjectName("methodTitle")
            self._insert(label, spacing=10)
            if subtitle:
                sub = QLabel(subtitle)
                sub.setObjectName("muted")
                sub.setWordWrap(True)
                self._insert(sub)
            by_step: dict[str, list[Board]] = {}
            for board in boards:
                by_step.setdefault(board.step or "", []).append(board)
            for step_id, step_boards in by_step.items():
                if step_id and method is not None:
                    try:
                        step = method.step(step_id)  # type: ignore[attr-defined]
                        step_label = QLabel(self.tr("Stap {nr} · {title}").format(nr=step.nr, title=step.title))
                    except BruinpapierError:
                        step_label = QLabel(step_id)
                    step_label.setObjectName("stepTitle")
                    self._insert(step_label)
                grid = QGridLayout()
                grid.setSpacing(CARD_SPACING)
                grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
                cards = []
                for board in step_boards:
                    card = TemplateCard(board)
                    card.clicked.connect(self.template_chosen.emit)
                    self.cards[board.id] = card
                    cards.append(card)
                self._grids.append((grid, cards))
                self._place_cards(grid, cards, self._columns)
                holder = QWidget()
                holder.setLayout(grid)
                holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                self._insert(holder)

    def reveal(self, template_id: str) -> TemplateCard:
        """Scroll the card of a template into view."""
        self.ensure_templates()
        card = self.cards[template_id]
        self.scroll.ensureWidgetVisible(card, 10, 10)
        return card

    def _insert(self, widget: QWidget, spacing: int = 0) -> None:
        """Add a widget above the final stretch of the content column."""
        index = self._content_layout.count() - 1
        if spacing:
            self._content_layout.insertSpacing(index, spacing)
            index += 1
        self._content_layout.insertWidget(index, widget)

    @staticmethod
    def _place_cards(grid: QGridLayout, cards: list[TemplateCard], columns: int) -> None:
        for card in cards:
            grid.removeWidget(card)
        for index, card in enumerate(cards):
            grid.addWidget(card, index // columns, index % columns)

    def _fitting_columns(self) -> int:
        width = self.scroll.viewport().width() - 56
        return max(1, min(6, width // (CARD_WIDTH + CARD_SPACING)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        columns = self._fitting_columns()
        if columns != self._columns:
            self._columns = columns
            for grid, cards in self._grids:
                self._place_cards(grid, cards, columns)

    def _load_next_preview(self) -> None:
        """Draw previews one by one after the window is shown, so start-up stays fast."""
        if not self._pending:
            self._preview_timer.stop()
            return
        self._pending.pop(0).load_preview()

    def load_all_previews(self) -> None:
        self.ensure_templates()
        self._preview_timer.stop()
        while self._pending:
            self._pending.pop(0).load_preview()

    def set_recent_files(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent_empty.setVisible(not paths)
        self.recent.setVisible(bool(paths))
        self._side_stretch.setVisible(not paths)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
