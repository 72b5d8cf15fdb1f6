"""The start page: new board, open, recent files, and the template gallery.

Templates are grouped by method and step; each card shows a preview drawn by
the editor's scene, the guiding question and the paper size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from boards.errors import BruinpapierError
from boards.library import FolderState, LibraryTemplate, Source
from boards.methods import get_method
from boards.model import Board
from boards.templates import OTHER_METHOD, templates_by_method
from desktop.library import (
    LibraryModel,
    export_template,
    import_templates,
    method_step_text,
    problem_texts,
    remove_template,
)
from desktop.thumbnails import board_thumbnail


def shiboken_valid(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


CARD_WIDTH = 250
THUMB_WIDTH = 230
COLUMNS = 3
CARD_SPACING = 14


class TemplateCard(QFrame):
    """One template: preview, title, paper, question. Click to start a board from it."""

    clicked = Signal(str)
    menu_requested = Signal(object, object)  # (this card, global position): own and school templates

    def __init__(self, board: Board, parent: QWidget | None = None, origin: str = "") -> None:
        """``origin``: where an own or school template comes from (a line on the card), "" for built-in."""
        super().__init__(parent)
        self.board = board
        self.template_id = board.id
        self.origin = origin
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
        if origin:
            source = QLabel(origin)
            source.setObjectName("cardOrigin")
            source.setWordWrap(True)
            layout.addWidget(source)
        layout.addStretch(1)

    def load_preview(self) -> None:
        pixmap = board_thumbnail(self.board, THUMB_WIDTH)
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.origin:
            self.menu_requested.emit(self, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

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

    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None, library: LibraryModel | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("galleryPage")
        self.library = library
        self._library_widgets: list[QWidget] = []
        self.library_cards: dict[str, TemplateCard] = {}
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
        if self.library is not None:
            self.library.changed.connect(self._build_library)
            self.library.reload()

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

    # --- own and school templates -------------------------------------------------------------

    def _build_library(self) -> None:
        """(Re)build the sections "Mijn sjablonen" and "Schoolsjablonen" after the built-in ones."""
        model = self.library
        if model is None:
            return
        for widget in self._library_widgets:
            self._content_layout.removeWidget(widget)
            widget.deleteLater()
        self._library_widgets = []
        for template_id in self.library_cards:
            self.cards.pop(template_id, None)
        self.library_cards = {}
        self._library_grids: list[tuple[QGridLayout, list[TemplateCard]]] = []
        self._library_heading(
            self.tr("Mijn sjablonen"),
            self.tr("Borden die je bewaarde met Bestand → Opslaan als sjabloon…, of importeerde van een collega."),
        )
        self._library_problems(model.own_problems)
        if model.own:
            self._library_cards(model.own, self.tr("eigen sjabloon"))
        else:
            empty = QLabel(
                self.tr(
                    "Nog geen eigen sjablonen. Open of maak een bord en kies Bestand → Opslaan als sjabloon…, of "
                    "importeer een sjabloon van een collega."
                )
            )
            empty.setObjectName("muted")
            empty.setWordWrap(True)
            self._library_insert(empty)
            button = QPushButton(self.tr("Sjabloon &importeren…"))
            button.setObjectName("importTemplateButton")
            button.setToolTip(self.tr("Een sjabloonbestand (.bpsjabloon) bij Mijn sjablonen zetten"))
            button.clicked.connect(lambda: import_templates(self, model))
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(button)
            row.addStretch(1)
            holder = QWidget()
            holder.setLayout(row)
            self._library_insert(holder)
        if model.library.school_folder is None:
            return
        self._library_heading(
            self.tr("Schoolsjablonen"),
            self.tr("Uit de gedeelde map {folder} (alleen lezen; kies een andere map bij Instellingen).").format(
                folder=model.library.school_folder
            ),
        )
        if model.school_loading:
            loading = QLabel(self.tr("Schoolsjablonen laden…"))
            loading.setObjectName("muted")
            self._library_insert(loading)
            return
        self._library_problems(model.school_problems, settings=model.school_state != FolderState.OK)
        if model.school:
            self._library_cards(model.school, self.tr("schoolsjabloon"))
        elif model.school_state == FolderState.OK:
            empty = QLabel(self.tr("Deze map heeft (nog) geen sjablonen (.bpsjabloon)."))
            empty.setObjectName("muted")
            self._library_insert(empty)

    def _library_insert(self, widget: QWidget) -> None:
        """Own and school templates come first, above the methods' (they are what a user made for their
        school): right after the page's heading, search and the loading line."""
        index = self._content_layout.indexOf(self._loading) + 1 + len(self._library_widgets)
        self._content_layout.insertWidget(index, widget)
        self._library_widgets.append(widget)

    def _library_heading(self, title: str, subtitle: str) -> None:
        label = QLabel(title)
        label.setObjectName("methodTitle")
        label.setContentsMargins(0, 10, 0, 0)
        self._library_insert(label)
        sub = QLabel(subtitle)
        sub.setObjectName("muted")
        sub.setWordWrap(True)
        self._library_insert(sub)

    def _library_problems(self, messages: list, settings: bool = False) -> None:
        if not messages:
            return
        label = QLabel("\n".join(problem_texts(messages)))
        label.setObjectName("libraryProblem")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._library_insert(label)
        if settings:
            button = QPushButton(self.tr("Instellingen…"))
            button.setToolTip(self.tr("Een andere map met schoolsjablonen kiezen"))
            button.clicked.connect(self.settings_requested.emit)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(button)
            row.addStretch(1)
            holder = QWidget()
            holder.setLayout(row)
            self._library_insert(holder)

    def _library_cards(self, templates: list[LibraryTemplate], kind: str) -> None:
        grid = QGridLayout()
        grid.setSpacing(CARD_SPACING)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
        cards = []
        for template in templates:
            where = method_step_text(template.board)
            card = TemplateCard(template.board, origin=f"{kind} · {where}" if where else kind)
            card.clicked.connect(self.template_chosen.emit)
            card.menu_requested.connect(self._library_menu)
            self.cards[template.id] = card
            self.library_cards[template.id] = card
            cards.append(card)
        self._library_grids.append((grid, cards))
        self._place_cards(grid, cards, self._columns)
        holder = QWidget()
        holder.setLayout(grid)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._library_insert(holder)
        self._pending.extend(cards)
        if not self._preview_timer.isActive():
            self._preview_timer.start()

    def library_menu(self, card: TemplateCard) -> QMenu:
        """The menu of an own or school template's card: start a board, export, remove (own only)."""
        model = self.library
        assert model is not None
        template = model.find(card.template_id)
        menu = QMenu(self)
        menu.setObjectName("templateMenu")
        start = menu.addAction(self.tr("Nieuw bord met dit sjabloon…"))
        start.triggered.connect(lambda: self.template_chosen.emit(card.template_id))
        if template is not None:
            export = menu.addAction(self.tr("Exporteren…"))
            export.setToolTip(self.tr("Als bestand bewaren om met collega's te delen"))
            export.triggered.connect(lambda: export_template(self, template))
            if template.source == Source.OWN:
                menu.addSeparator()
                remove = menu.addAction(self.tr("Verwijderen…"))
                remove.triggered.connect(lambda: remove_template(self, model, template))
        return menu

    def _library_menu(self, card: TemplateCard, position) -> None:
        self.library_menu(card).popup(position)

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
            for grid, cards in self._grids + getattr(self, "_library_grids", []):
                self._place_cards(grid, cards, columns)

    def _load_next_preview(self) -> None:
        """Draw previews one by one after the window is shown, so start-up stays fast."""
        while self._pending:
            card = self._pending.pop(0)
            if shiboken_valid(card):  # a library card may be gone already (the library was read again)
                card.load_preview()
                return
        self._preview_timer.stop()

    def load_all_previews(self) -> None:
        self.ensure_templates()
        self._preview_timer.stop()
        while self._pending:
            card = self._pending.pop(0)
            if shiboken_valid(card):
                card.load_preview()

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
