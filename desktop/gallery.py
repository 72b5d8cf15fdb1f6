"""The start page: new board, open, recent files, and the template gallery.

Templates are grouped by method and step; each card shows a preview drawn by
the editor's scene, the guiding question and the paper size. A search field
(title, method, step, question; case and accents ignored, ``boards.templates``)
and a method filter narrow the cards down; the cards are reached with the
keyboard: Tab or ↓ from the search field, the arrow keys between cards, Enter
to start a board.

Sections: ``add_section(title, subtitle, steps, method_id)`` adds a heading
with groups of cards (``steps``: a list of (step title or "", boards)); the
templates are one section per method. Own and school templates
(``desktop.library``) are sections too, above the methods ("Mijn sjablonen",
"Schoolsjablonen", rebuilt when the library changes; each card keeps its own
method for the filter): search, filter and keys work on all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from boards.methods import get_method, list_methods
from boards.model import Board
from boards.templates import OTHER_METHOD, template_matches, templates_by_method
from desktop.i18n import paper_label
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
    """One template: preview, title, paper, question. Click (or Enter, Space) to start a board from it."""

    clicked = Signal(str)
    navigate = Signal(object, int)  # (this card, Qt.Key of the arrow pressed)
    menu_requested = Signal(object, object)  # (this card, global position): own and school templates

    def __init__(self, board: Board, parent: QWidget | None = None, origin: str = "", removable: bool = False) -> None:
        """``origin``: where an own or school template comes from (a line on the card), "" for built-in;
        ``removable``: its menu can remove it (own templates; a school folder's are read only)."""
        super().__init__(parent)
        self.board = board
        self.template_id = board.id
        self.origin = origin
        self.setObjectName("templateCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedWidth(CARD_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(board.description or board.question or board.title)
        self.setAccessibleName(board.title)
        description = QCoreApplication.translate("GalleryPage", "Sjabloon op {paper}; Enter begint een bord ermee")
        if origin and removable:
            description += QCoreApplication.translate("GalleryPage", "; menutoets: exporteren of verwijderen")
        elif origin:
            description += QCoreApplication.translate("GalleryPage", "; menutoets: exporteren (alleen te lezen)")
        self.setAccessibleDescription(description.format(paper=paper_label(board.paper)))
        self.preview = QLabel()
        self.preview.setFixedSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 0.72)))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setText(self.tr("voorbeeld…"))
        title = QLabel(board.title)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        paper = QLabel(paper_label(board.paper))
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
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard  # the Menu key or Shift+F10
            where = self.mapToGlobal(self.rect().center()) if keyboard else event.globalPos()
            self.menu_requested.emit(self, where)
            event.accept()
            return
        super().contextMenuEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.template_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.template_id)
        elif key in ARROW_KEYS and not event.modifiers():
            self.navigate.emit(self, key)
        else:
            super().keyPressEvent(event)


ARROW_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


@dataclass
class CardGroup:
    """The cards of one step (or of a section without steps) and the widgets around them."""

    label: QLabel | None
    holder: QWidget
    grid: QGridLayout
    cards: list[TemplateCard]


@dataclass
class GallerySection:
    """A heading (a method, "Overige borden", own or school templates) with its groups of cards.

    ``method_id`` is the method of all its cards, or None when each card has its own (own and school
    templates); ``labels`` are the section's other widgets (headings, empty states), shown while no
    search or filter is active or while a card of the section is shown."""

    method_id: str | None
    labels: list[QWidget]
    groups: list[CardGroup] = field(default_factory=list)

    def method_of(self, card: TemplateCard) -> str:
        return self.method_id if self.method_id is not None else (card.board.method or OTHER_METHOD)


def _button_row(button: QPushButton) -> QWidget:
    """A button on its own line, at the left."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(button)
    row.addStretch(1)
    holder = QWidget()
    holder.setLayout(row)
    return holder


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
        self.sections: list[GallerySection] = []
        self.library_sections: list[GallerySection] = []
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
        self.new_button = QPushButton(self.tr("&Nieuw leeg bord…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("Een leeg bord op papier naar keuze (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.template_chosen.emit(""))
        self.open_button = QPushButton(self.tr("Bord &openen…"))
        self.open_button.setToolTip(self.tr("Een bord openen dat je eerder opsloeg (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_requested.emit)
        recent_title = QLabel(self.tr("Recente bestanden"))
        recent_title.setObjectName("sectionTitle")
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName(self.tr("Recente bestanden"))
        self.recent.setToolTip(self.tr("Dubbelklik of Enter opent het bord"))
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
        self.search = QLineEdit()
        self.search.setObjectName("templateSearch")
        self.search.setPlaceholderText(self.tr("Zoeken op titel, methode, stap of vraag…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Sjablonen zoeken"))
        self.search.setToolTip(
            self.tr(
                "Zoekt in titel, methode, stap en hoofdvraag; hoofdletters en accenten tellen niet. ↓: naar de kaarten"
            )
        )
        self.search.textChanged.connect(lambda _text: self.apply_filter())
        self.search.installEventFilter(self)
        self.setFocusProxy(self.search)  # on the start page, typing searches at once
        self.find_action = QAction(self.tr("Sjablonen zoeken"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(self.find_action)
        self.method_filter = QComboBox()
        self.method_filter.setAccessibleName(self.tr("Methode"))
        self.method_filter.setToolTip(self.tr("Alleen de sjablonen van één methode tonen"))
        self.method_filter.addItem(self.tr("Alle methodes"), None)
        for method in list_methods():
            self.method_filter.addItem(method.title, method.id)
        self.method_filter.addItem(self.tr("Overige borden"), OTHER_METHOD)
        self.method_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.method_filter.setMinimumContentsLength(16)
        self.method_filter.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.result_label = QLabel()
        self.result_label.setObjectName("muted")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.method_filter, 1)
        self._content_layout.addWidget(heading)
        self._content_layout.addWidget(intro)
        self._content_layout.addLayout(filters)
        self._content_layout.addWidget(self.result_label)
        self._loading = QLabel(self.tr("Sjablonen laden…"))
        self._loading.setObjectName("muted")
        self._content_layout.addWidget(self._loading)
        self._content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards wrap instead
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
        self.apply_filter()
        if self.library is not None:
            self.library.changed.connect(self._build_library)
            self.library.reload()

    def _build_templates(self) -> None:
        for method_id, boards in templates_by_method().items():
            title, subtitle, method = _method_title(method_id)
            by_step: dict[str, list[Board]] = {}
            for board in boards:
                by_step.setdefault(board.step or "", []).append(board)
            steps = []
            for step_id, step_boards in by_step.items():
                step_title = ""
                if step_id and method is not None:
                    try:
                        step = method.step(step_id)  # type: ignore[attr-defined]
                        step_title = self.tr("Stap {nr} · {title}").format(nr=step.nr, title=step.title)
                    except BruinpapierError:
                        step_title = step_id
                steps.append((step_title, step_boards))
            self.add_section(title, subtitle, steps, method_id)

    def add_section(
        self, title: str, subtitle: str, steps: list[tuple[str, list[Board]]], method_id: str = OTHER_METHOD
    ) -> GallerySection:
        """A heading with groups of cards, at the end of the gallery; search, filter and keys include it."""
        label = QLabel(title)
        label.setObjectName("methodTitle")
        label.setWordWrap(True)
        section = GallerySection(method_id, [label])
        self._insert(label, spacing=10)
        if subtitle:
            sub = QLabel(subtitle)
            sub.setObjectName("muted")
            sub.setWordWrap(True)
            section.labels.append(sub)
            self._insert(sub)
        for step_title, boards in steps:
            step_label = None
            if step_title:
                step_label = QLabel(step_title)
                step_label.setObjectName("stepTitle")
                step_label.setWordWrap(True)
                self._insert(step_label)
            grid = QGridLayout()
            grid.setSpacing(CARD_SPACING)
            grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
            cards = []
            for board in boards:
                card = TemplateCard(board)
                card.clicked.connect(self.template_chosen.emit)
                card.navigate.connect(self._navigate)
                self.cards[board.id] = card
                cards.append(card)
            self._place_cards(grid, cards, self._columns)
            holder = QWidget()
            holder.setLayout(grid)
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._insert(holder)
            section.groups.append(CardGroup(step_label, holder, grid, cards))
        self.sections.append(section)
        return section

    def all_sections(self) -> list[GallerySection]:
        """Own and school templates first (they are shown above the methods), then the methods."""
        return self.library_sections + self.sections

    # --- search and filter ------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the cards that match the search text and the chosen method; hide empty headings."""
        query = self.search.text()
        method_id = self.method_filter.currentData()
        filtering = bool(query.strip()) or method_id is not None
        shown_count = 0
        for section in self.all_sections():
            section_shown = False
            for group in section.groups:
                shown = [
                    card
                    for card in group.cards
                    if (method_id is None or section.method_of(card) == method_id)
                    and template_matches(card.board, query)
                ]
                for card in group.cards:
                    card.setVisible(card in shown)
                self._place_cards(group.grid, shown, self._columns)
                group.holder.setVisible(bool(shown))
                if group.label is not None:
                    group.label.setVisible(bool(shown))
                section_shown = section_shown or bool(shown)
                shown_count += len(shown)
            for label in section.labels:
                label.setVisible(section_shown or not filtering)
        total = len(self.cards)
        if not self.sections:
            self.result_label.setText("")
        elif shown_count == 0:
            self.result_label.setText(self.tr("Geen sjablonen gevonden; probeer een ander woord of alle methodes."))
        elif shown_count < total:
            self.result_label.setText(self.tr("{shown} van {total} sjablonen").format(shown=shown_count, total=total))
        else:
            self.result_label.setText(self.tr("{total} sjablonen").format(total=total))

    def visible_cards(self) -> list[TemplateCard]:
        """The cards shown, in reading order."""
        return [
            card
            for section in self.all_sections()
            for group in section.groups
            for card in group.cards
            if card.isVisibleTo(self)
        ]

    # --- keyboard ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                cards = self.visible_cards()
                if cards:
                    self._focus(cards[0])
                    return True
        return super().eventFilter(watched, event)

    def _focus(self, card: TemplateCard) -> None:
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(card, 10, 10)

    def _navigate(self, card: TemplateCard, key: int) -> None:
        """Arrow keys between the cards: left/right in reading order, up/down to the nearest card in the
        row above or below (across step and method headings); up from the first row goes to the search."""
        cards = self.visible_cards()
        if card not in cards:
            return
        index = cards.index(card)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            target = index + (1 if key == Qt.Key.Key_Right else -1)
            if 0 <= target < len(cards):
                self._focus(cards[target])
            return
        content = self.scroll.widget()

        def top_left(other: TemplateCard):
            return other.mapTo(content, other.rect().topLeft())

        here = top_left(card)
        below = key == Qt.Key.Key_Down
        tops = {top_left(other).y() for other in cards}
        rows = sorted((top for top in tops if top > here.y()) if below else (top for top in tops if top < here.y()))
        if not rows:
            if not below:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        row_top = rows[0] if below else rows[-1]
        row = [other for other in cards if top_left(other).y() == row_top]
        self._focus(min(row, key=lambda other: abs(top_left(other).x() - here.x())))

    # --- own and school templates -------------------------------------------------------------

    def _build_library(self) -> None:
        """(Re)build the sections "Mijn sjablonen" and "Schoolsjablonen" above the built-in ones; they
        are gallery sections like the methods', so search, filter and keys include them."""
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
        self.library_sections = []
        own = self._library_section(
            self.tr("Mijn sjablonen"),
            self.tr("Borden die je bewaarde met Bestand → Opslaan als sjabloon…, of importeerde van een collega."),
        )
        self._library_problems(own, model.own_problems)
        if model.own:
            self._library_cards(own, model.own, self.tr("eigen sjabloon"))
        else:
            empty = QLabel(
                self.tr(
                    "Nog geen eigen sjablonen. Open of maak een bord en kies Bestand → Opslaan als sjabloon…, of "
                    "importeer een sjabloon van een collega."
                )
            )
            empty.setObjectName("muted")
            empty.setWordWrap(True)
            self._library_insert(own, empty)
            button = QPushButton(self.tr("Sjabloon im&porteren…"))
            button.setObjectName("importTemplateButton")
            button.setToolTip(self.tr("Een sjabloonbestand (.bpsjabloon) bij Mijn sjablonen zetten"))
            button.clicked.connect(lambda: import_templates(self, model))
            self._library_insert(own, _button_row(button))
        if model.library.school_folder is not None:
            school = self._library_section(
                self.tr("Schoolsjablonen"),
                self.tr("Uit de gedeelde map {folder} (alleen lezen; kies een andere map bij Instellingen).").format(
                    folder=model.library.school_folder
                ),
            )
            if model.school_loading:
                loading = QLabel(self.tr("Schoolsjablonen laden…"))
                loading.setObjectName("muted")
                self._library_insert(school, loading)
            else:
                self._library_problems(school, model.school_problems, settings=model.school_state != FolderState.OK)
                if model.school:
                    self._library_cards(school, model.school, self.tr("schoolsjabloon"))
                elif model.school_state == FolderState.OK:
                    empty = QLabel(self.tr("Deze map heeft (nog) geen sjablonen (.bpsjabloon)."))
                    empty.setObjectName("muted")
                    self._library_insert(school, empty)
        self.apply_filter()

    def _library_insert(self, section: GallerySection, widget: QWidget, label: bool = True) -> None:
        """Own and school templates come first, above the methods' (they are what a user made for their
        school): right after the page's heading, search and the loading line."""
        index = self._content_layout.indexOf(self._loading) + 1 + len(self._library_widgets)
        self._content_layout.insertWidget(index, widget)
        self._library_widgets.append(widget)
        if label:
            section.labels.append(widget)

    def _library_section(self, title: str, subtitle: str) -> GallerySection:
        section = GallerySection(None, [])
        self.library_sections.append(section)
        label = QLabel(title)
        label.setObjectName("methodTitle")
        label.setContentsMargins(0, 10, 0, 0)
        self._library_insert(section, label)
        sub = QLabel(subtitle)
        sub.setObjectName("muted")
        sub.setWordWrap(True)
        self._library_insert(section, sub)
        return section

    def _library_problems(self, section: GallerySection, messages: list, settings: bool = False) -> None:
        if not messages:
            return
        label = QLabel("\n".join(problem_texts(messages)))
        label.setObjectName("libraryProblem")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._library_insert(section, label)
        if settings:
            button = QPushButton(self.tr("Instellingen…"))
            button.setToolTip(self.tr("Een andere map met schoolsjablonen kiezen"))
            button.clicked.connect(self.settings_requested.emit)
            self._library_insert(section, _button_row(button))

    def _library_cards(self, section: GallerySection, templates: list[LibraryTemplate], kind: str) -> None:
        grid = QGridLayout()
        grid.setSpacing(CARD_SPACING)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
        cards = []
        for template in templates:
            where = method_step_text(template.board)
            card = TemplateCard(
                template.board, origin=f"{kind} · {where}" if where else kind, removable=template.source == Source.OWN
            )
            card.clicked.connect(self.template_chosen.emit)
            card.navigate.connect(self._navigate)
            card.menu_requested.connect(self._library_menu)
            self.cards[template.id] = card
            self.library_cards[template.id] = card
            cards.append(card)
        self._place_cards(grid, cards, self._columns)
        holder = QWidget()
        holder.setLayout(grid)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._library_insert(section, holder, label=False)
        section.groups.append(CardGroup(None, holder, grid, cards))
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
        """Lay ``cards`` out in ``columns`` (the grid's other cards are taken out of it)."""
        while grid.count():
            grid.takeAt(0)
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
            for section in self.all_sections():
                for group in section.groups:
                    self._place_cards(group.grid, [card for card in group.cards if not card.isHidden()], columns)

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
