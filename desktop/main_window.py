"""The main window: menus, toolbar, status bar, docks and a stack of pages.

Extending the window (for the other areas of the app)
-----------------------------------------------------
Pages::

    window.add_page("results", ResultsWidget(), QCoreApplication.translate("MyArea", "Resultaten"))
    window.show_page("results")

``add_page`` puts the widget in the central tab stack and adds a
"Beeld → <title>" action (Ctrl+1.. in order) to switch to it.

Menus and actions::

    action = QAction(QCoreApplication.translate("MyArea", "Foto's beoordelen…"), window)
    action.triggered.connect(...)
    window.add_action("tools", action, toolbar=True)
    menu = window.add_menu("session", QCoreApplication.translate("MyArea", "Sessie"))   # a new top menu

(``window.tr`` would not do: pyside6-lupdate files a string under the name of the
object it is called on, so use a literal context with QCoreApplication.translate.)

Known menu ids: ``file``, ``edit``, ``insert``, ``arrange``, ``view``,
``tools``, ``help`` (see ``MENU_IDS``); ``window.menu(id)`` returns the QMenu.
Pages that need the open board listen to ``window.document_changed``
(a ``BoardDocument`` or None) and read ``window.document``.

A page with its own undo history has an ``undo_stack`` property; the window's
undo and redo act on it while the page is shown. A page that replaces its stack
while shown calls ``window.follow_active_undo_stack()``.

The app's ``WindowController`` (``desktop.app``) adds the session pages and menu
(``desktop.workspace``) to every window it builds, also after a language switch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QUndoView,
    QWidget,
)

from boards import app_version
from boards.errors import BruinpapierError
from boards.fileformat import BOARD_SUFFIX
from boards.model import Shape, VsmSymbol
from boards.recovery import RecoveryOwner
from boards.symbols import SYMBOL_LABELS
from desktop.dialogs import NewBoardDialog, SettingsDialog
from desktop.document import BoardDocument
from desktop.editor.page import EditorPage
from desktop.editor.palette import Palette, symbol_icon
from desktop.editor.properties import PropertiesPanel
from desktop.feedback import explain, report_saved
from desktop.gallery import GalleryPage
from desktop.i18n import current_language, error_text, paper_label, qt_translate, sentence
from desktop.library import LibraryModel, import_templates, save_as_template
from desktop.paths import app_settings, recovery_dir
from desktop.recovery import Autosaver, board_copy, claim_crashed_board, read_recovery, write_recovery
from desktop.style import STYLE_SHEET

MENU_IDS = ("file", "edit", "insert", "arrange", "view", "tools", "help")
MAX_RECENT = 8
GALLERY_PAGE = "gallery"
EDITOR_PAGE = "editor"


class MainWindow(QMainWindow):
    document_changed = Signal(object)  # BoardDocument | None
    page_changed = Signal(str)
    language_change_requested = Signal(str)
    archive_url_changed = Signal(str)  # the archive setting, as saved (empty: the default archive)

    def __init__(
        self,
        document: BoardDocument | None = None,
        check_recovery: bool = True,
        recovery_owner: RecoveryOwner | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE_SHEET)
        self.resize(1280, 820)
        self._pages: dict[str, QWidget] = {}
        self._page_actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self.settings = app_settings()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.library_model = LibraryModel(self)
        self.gallery = GalleryPage(library=self.library_model)
        self.editor = EditorPage()
        self.editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.editor.selection_changed.connect(self._on_selection)
        self.gallery.template_chosen.connect(self.new_board)
        self.gallery.open_requested.connect(self.open_board)
        self.gallery.recent_chosen.connect(self.open_path)
        self.gallery.settings_requested.connect(self.show_settings)

        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._build_editor_placeholder()
        self.add_page(GALLERY_PAGE, self.gallery, self.tr("Start"))
        self.add_page(EDITOR_PAGE, self.editor, self.tr("Bord"))
        self._refresh_recent()
        # This window's recovery copies (its own, never shared with another window; see boards.recovery).
        self.recovery_owner = recovery_owner or RecoveryOwner(recovery_dir)
        self.board_copy = board_copy(self.recovery_owner)
        self.autosaver = Autosaver(self._write_board_copy, self)
        self.autosaver.failed.connect(self._recovery_copy_failed)
        self._set_document(document)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if check_recovery and document is None:
            QTimer.singleShot(0, self.offer_recovery)

    # --- extension API ---------------------------------------------------------------------

    def add_page(self, page_id: str, widget: QWidget, title: str) -> None:
        """Add a page to the central stack, with a Beeld-menu action to show it."""
        if page_id in self._pages:
            raise ValueError(f"page {page_id!r} exists already")
        widget.setObjectName(widget.objectName() or f"page_{page_id}")
        self._pages[page_id] = widget
        self.tabs.addTab(widget, title)
        self._size_by_current_page(self.tabs.currentIndex())
        action = QAction(title, self)
        number = len(self._pages)
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _=False, pid=page_id: self.show_page(pid))
        self._page_actions[page_id] = action
        self.menu("view").insertAction(self._pages_separator, action)

    def page(self, page_id: str) -> QWidget | None:
        return self._pages.get(page_id)

    def show_page(self, page_id: str) -> None:
        self.tabs.setCurrentWidget(self._pages[page_id])

    def current_page_id(self) -> str:
        current = self.tabs.currentWidget()
        return next((pid for pid, widget in self._pages.items() if widget is current), "")

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    def add_menu(self, menu_id: str, title: str, before: str = "help") -> QMenu:
        """A new top-level menu (placed before ``before``)."""
        if menu_id in self._menus:
            return self._menus[menu_id]
        menu = QMenu(title, self)
        menu.setObjectName(f"menu_{menu_id}")
        menu.setToolTipsVisible(True)
        anchor = self._menus.get(before)
        if anchor is not None:
            self.menuBar().insertMenu(anchor.menuAction(), menu)
        else:
            self.menuBar().addMenu(menu)
        self._menus[menu_id] = menu
        return menu

    def add_action(self, menu_id: str, action: QAction, toolbar: bool = False) -> QAction:
        """Put ``action`` in a menu (and the toolbar); the window keeps its shortcut active."""
        self.menu(menu_id).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.addAction(action)
        return action

    @property
    def document(self) -> BoardDocument | None:
        return self.editor.document

    # --- building --------------------------------------------------------------------------

    def _dock(self, object_name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.properties = PropertiesPanel()
        self.editor.live_rects.connect(self.properties.follow_live)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.properties)
        scroll.setMinimumWidth(260)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.properties_dock = self._dock(
            "propertiesDock", self.tr("Eigenschappen"), scroll, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.palette = Palette()
        self.palette.chosen.connect(self.editor.add_from_palette)
        self.palette_dock = self._dock(
            "paletteDock", self.tr("Palet"), self.palette, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.undo_view = QUndoView()
        self.undo_view.setEmptyLabel(self.tr("<begin>"))
        self.history_dock = self._dock(
            "historyDock", self.tr("Geschiedenis"), self.undo_view, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.properties_dock, self.history_dock)
        self.properties_dock.raise_()
        self.resizeDocks([self.palette_dock, self.properties_dock], [170, 320], Qt.Orientation.Horizontal)
        self._docks = [self.properties_dock, self.palette_dock, self.history_dock]

    def _make(self, text: str, slot: Callable, shortcut: object = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        style = self.style()
        from PySide6.QtWidgets import QStyle

        self.new_action = self._make(self.tr("Nieuw bord…"), lambda: self.new_board(""), QKeySequence.StandardKey.New)
        self.new_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.open_action = self._make(self.tr("Openen…"), self.open_board, QKeySequence.StandardKey.Open)
        self.open_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.save_action = self._make(self.tr("Opslaan"), self.save, QKeySequence.StandardKey.Save)
        self.save_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.save_as_action = self._make(self.tr("Opslaan als…"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.save_template_action = self._make(
            self.tr("Opslaan als sjabloon…"),
            self.save_as_template,
            tip=self.tr("Het bord bewaren bij Mijn sjablonen, met methode, stap en beschrijving"),
        )
        self.import_template_action = self._make(
            self.tr("Sjabloon importeren…"),
            lambda: import_templates(self, self.library_model),
            tip=self.tr("Een sjabloonbestand van een collega bij Mijn sjablonen zetten"),
        )
        self.print_action = self._make(self.tr("Afdrukken en PDF…"), self.print_board, QKeySequence.StandardKey.Print)
        self.tile_pdf_action = self._make(self.tr("PDF in tegels afdrukken…"), self.tile_pdf)
        self.export_image_action = self._make(
            self.tr("Exporteren als afbeelding…"),
            self.export_image,
            tip=self.tr("Het bord als PNG of SVG voor dia's en e-mail, zoals het wordt geprint"),
        )
        self.close_action = self._make(self.tr("Bord sluiten"), self.close_board, QKeySequence("Ctrl+W"))
        self.quit_action = self._make(self.tr("Afsluiten"), self.close, QKeySequence("Ctrl+Q"))
        self.settings_action = self._make(self.tr("Instellingen…"), self.show_settings, QKeySequence("Ctrl+,"))
        self.shortcuts_action = self._make(self.tr("Sneltoetsen"), self.show_shortcuts, QKeySequence("F1"))
        self.about_action = self._make(self.tr("Over Bruinpapier"), self.show_about)
        self.undo_action = QAction(self.tr("Ongedaan maken"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.undo_action.triggered.connect(lambda: (stack := self.active_undo_stack()) and stack.undo())
        self.redo_action = QAction(self.tr("Opnieuw"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.redo_action.triggered.connect(lambda: (stack := self.active_undo_stack()) and stack.redo())
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.recent_menu = QMenu(self.tr("Recente bestanden"), self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {
            "file": self.tr("&Bestand"),
            "edit": self.tr("Be&werken"),
            "insert": self.tr("&Invoegen"),
            "arrange": self.tr("&Schikken"),
            "view": self.tr("Bee&ld"),
            "tools": self.tr("E&xtra"),
            "help": self.tr("&Help"),
        }
        for menu_id in MENU_IDS:
            menu = bar.addMenu(titles[menu_id])
            menu.setObjectName(f"menu_{menu_id}")
            menu.setToolTipsVisible(True)  # a disabled entry's tooltip says why
            self._menus[menu_id] = menu
        a = self.editor.actions
        file = self._menus["file"]
        for item in (
            self.new_action,
            self.open_action,
            self.recent_menu,
            None,
            self.save_action,
            self.save_as_action,
            self.save_template_action,
            self.import_template_action,
            None,
            self.print_action,
            self.tile_pdf_action,
            self.export_image_action,
            None,
            self.close_action,
            self.quit_action,
        ):
            self._add_to(file, item)
        edit = self._menus["edit"]
        for item in (
            self.undo_action,
            self.redo_action,
            None,
            a.cut,
            a.copy,
            a.paste,
            a.duplicate,
            a.delete,
            None,
            a.select_all,
            a.edit_label,
            None,
            self.settings_action,
        ):
            self._add_to(edit, item)
        insert = self._menus["insert"]
        for item in (a.add_zone, a.add_text, a.add_group, a.draw_line, a.connect, None, a.insert_image, a.insert_table):
            self._add_to(insert, item)
        shapes = insert.addMenu(self.tr("Vorm"))
        for shape, text in (
            (Shape.ELLIPSE, self.tr("Ellips")),
            (Shape.CIRCLE, self.tr("Cirkel")),
            (Shape.ROUNDED, self.tr("Afgeronde rechthoek")),
            (Shape.NOTE, self.tr("Plek voor een post-it")),
        ):
            action = shapes.addAction(text)
            action.triggered.connect(lambda _=False, value=shape: self.editor.add_shape(value))
        symbols = insert.addMenu(self.tr("VSM-symbool"))
        for symbol in VsmSymbol:
            action = symbols.addAction(
                symbol_icon(symbol), QCoreApplication.translate("symbols", SYMBOL_LABELS[symbol])
            )
            action.triggered.connect(lambda _=False, s=symbol: self.editor.add_symbol(s))
        arrange = self._menus["arrange"]
        for mode in ("left", "hcenter", "right"):
            arrange.addAction(a.align[mode])
        arrange.addSeparator()
        for mode in ("top", "vcenter", "bottom"):
            arrange.addAction(a.align[mode])
        arrange.addSeparator()
        arrange.addAction(a.distribute_h)
        arrange.addAction(a.distribute_v)
        arrange.addSeparator()
        for item in (a.group, a.ungroup, None, a.to_front, a.to_back, a.rotate, None, a.lock, a.hide_in_print, None):
            self._add_to(arrange, item)
        arrange.addAction(a.snap)
        view = self._menus["view"]
        for item in (a.zoom_in, a.zoom_out, a.zoom_fit, None, a.grid, a.rulers, None):
            self._add_to(view, item)
        self._pages_separator = view.addSeparator()
        panels = view.addMenu(self.tr("Panelen"))
        for dock in self._docks:
            panels.addAction(dock.toggleViewAction())
        help_menu = self._menus["help"]
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    @staticmethod
    def _add_to(menu: QMenu, item: QAction | QMenu | None) -> None:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)

    def _build_toolbar(self) -> None:
        from PySide6.QtWidgets import QStyle

        self.toolbar = QToolBar(self.tr("Werkbalk"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        a = self.editor.actions
        for item in (
            self.new_action,
            self.open_action,
            self.save_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            a.add_zone,
            a.add_text,
            a.draw_line,
            a.connect,
            None,
            a.zoom_fit,
            None,
            self.print_action,
        ):
            if item is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(item)
        for action in (a.add_zone, a.add_text, a.draw_line, a.connect, a.zoom_fit):
            action.setIcon(self._toolbar_icon(action))
        short = {
            self.new_action: self.tr("Nieuw"),
            self.undo_action: self.tr("Ongedaan"),
            a.add_zone: self.tr("Zone"),
            a.add_text: self.tr("Tekst"),
            a.draw_line: self.tr("Lijn"),
            a.zoom_fit: self.tr("Passend"),
            self.print_action: self.tr("Afdrukken"),
        }
        for action, text in short.items():
            action.setIconText(text)
        self.print_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self._toolbar_full_width = self.toolbar.sizeHint().width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Labels beside the icons when they fit; icons only (names in the tooltips) on a small screen.
        wide = self.width() >= self._toolbar_full_width + 20
        self.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon if wide else Qt.ToolButtonStyle.ToolButtonIconOnly
        )

    def _toolbar_icon(self, action: QAction) -> QIcon:
        from desktop.editor.palette import CONNECTOR_ENTRY, LINE_ENTRY, TEXT_ENTRY, ZONE_ENTRY, _shape_icon

        a = self.editor.actions
        if action is a.draw_line:
            return _shape_icon(LINE_ENTRY)
        if action is a.add_zone:
            return _shape_icon(ZONE_ENTRY)
        if action is a.add_text:
            return _shape_icon(TEXT_ENTRY)
        if action is a.connect:
            return _shape_icon(CONNECTOR_ENTRY)
        from PySide6.QtWidgets import QStyle

        return self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton)

    def _build_editor_placeholder(self) -> None:
        """The Bord page without a board: the ways to get one."""
        empty = self.editor.placeholder
        empty.add_button(
            self.tr("Sjabloon &kiezen"),
            lambda: self.show_page(GALLERY_PAGE),
            self.tr("Naar de pagina Start met alle sjablonen per methode"),
            primary=True,
        )
        empty.add_button(
            self.tr("&Nieuw leeg bord…"), lambda: self.new_board(""), self.tr("Een leeg bord op papier naar keuze")
        )
        empty.add_button(self.tr("Bord &openen…"), self.open_board, self.tr("Een bord openen dat je eerder opsloeg"))

    def _build_status_bar(self) -> None:
        self.paper_label = QLabel()
        self.selection_label = QLabel()
        self.cursor_label = QLabel()
        self.cursor_label.setMinimumWidth(120)
        self.editor.cursor_position.connect(self.cursor_label.setText)
        self.statusBar().addPermanentWidget(self.cursor_label)
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.paper_label)
        self.statusBar().showMessage(self.tr("Klaar"), 3000)

    # --- document lifecycle ----------------------------------------------------------------

    def _set_document(self, document: BoardDocument | None) -> None:
        old = self.document
        if old is not None:
            old.dirty_changed.disconnect(self._update_title)
            old.path_changed.disconnect(self._update_title)
            old.board_reset.disconnect(self._update_paper_label)
            old.undo_stack.indexChanged.disconnect(self.autosaver.schedule)
            old.dirty_changed.disconnect(self.autosaver.schedule)
        if document is not None:
            document.setParent(self)
            document.dirty_changed.connect(self._update_title)
            document.path_changed.connect(self._update_title)
            document.board_reset.connect(self._update_paper_label)
            document.undo_stack.indexChanged.connect(self.autosaver.schedule)  # every edit, undo and redo
            document.dirty_changed.connect(self.autosaver.schedule)
        self.editor.set_document(document)
        self.properties.set_document(document)
        self.undo_view.setStack(document.undo_stack if document is not None else None)
        self.follow_active_undo_stack()
        for action in (
            self.save_action,
            self.save_as_action,
            self.save_template_action,
            self.print_action,
            self.export_image_action,
            self.close_action,
        ):
            explain(action, document is not None, self.tr("Er is geen bord open"))
        self._update_title()
        self._update_paper_label()
        self.show_page(EDITOR_PAGE if document is not None else GALLERY_PAGE)
        if old is not None and old is not document:
            old.deleteLater()
        self.document_changed.emit(document)

    def _update_title(self, *_: object) -> None:
        document = self.document
        if document is None:
            self.setWindowTitle("Bruinpapier")
            self.setWindowModified(False)
            return
        self.setWindowTitle(f"{document.display_name()}[*] — Bruinpapier")
        self.setWindowModified(document.dirty)

    def _update_paper_label(self) -> None:
        document = self.document
        self.paper_label.setText(paper_label(document.board.paper) if document else "")

    def _on_selection(self, keys: list[str]) -> None:
        self.properties.show_keys(keys)
        self.selection_label.setText(self.tr("{count} geselecteerd").format(count=len(keys)) if keys else "")

    def active_undo_stack(self) -> QUndoStack | None:
        """The stack undo/redo act on: the shown page's own (``page.undo_stack``), else the board's."""
        stack = getattr(self.tabs.currentWidget(), "undo_stack", None)
        if isinstance(stack, QUndoStack):
            return stack
        return self.document.undo_stack if self.document is not None else None

    def follow_active_undo_stack(self) -> None:
        """Enable undo and redo as the active stack allows, and keep following that stack (call it when
        the shown page replaced its stack)."""
        old = getattr(self, "_undo_bound", None)
        if old is not None:
            try:
                old.canUndoChanged.disconnect(self._explain_undo)
                old.canRedoChanged.disconnect(self._explain_redo)
            except (RuntimeError, TypeError):
                pass  # the stack is gone already
        stack = self.active_undo_stack()
        self._undo_bound = stack
        self._explain_undo(stack is not None and stack.canUndo())
        self._explain_redo(stack is not None and stack.canRedo())
        if stack is not None:
            stack.canUndoChanged.connect(self._explain_undo)
            stack.canRedoChanged.connect(self._explain_redo)

    def _explain_undo(self, enabled: bool) -> None:
        explain(self.undo_action, enabled, self.tr("Er is (nog) niets om ongedaan te maken"))

    def _explain_redo(self, enabled: bool) -> None:
        explain(self.redo_action, enabled, self.tr("Er is niets om opnieuw te doen"))

    def _on_tab_changed(self, index: int) -> None:
        self._size_by_current_page(index)
        if hasattr(self, "undo_action"):
            self.follow_active_undo_stack()
        on_editor = self.tabs.widget(index) is self.editor
        self.editor.set_active(on_editor)
        for dock in self._docks:
            dock.setVisible(on_editor)
        self.toolbar.setVisible(on_editor)  # its tools are the board's; other pages get the room
        for label in (self.selection_label, self.cursor_label):  # about the board view: only beside it
            label.setVisible(on_editor)
        self.page_changed.emit(self.current_page_id())
        page = self.tabs.widget(index)
        QTimer.singleShot(0, lambda: self.tabs.currentWidget() is page and self._focus_page(page))  # once it is built

    def _focus_page(self, page: QWidget | None) -> None:
        """The keyboard goes with the page: to the control the page names (its focus proxy), else to its first
        control unless one of its controls has the focus already. Focus in a panel (a dock) stays there."""
        if page is None or not page.isVisible():
            return
        target = page.focusProxy()
        focus = QApplication.focusWidget()
        if focus is not None and not self.tabs.isAncestorOf(focus) and focus is not self.tabs:
            return
        if target is None and focus is not None and page.isAncestorOf(focus):
            return
        widget = page.nextInFocusChain()
        while target is None and widget is not None and widget is not page:
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                target = widget
            widget = widget.nextInFocusChain()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _size_by_current_page(self, index: int) -> None:
        """Only the shown page sets how small the window can be: a wide page that is not shown does not
        push the window (with the editor's panels) past the screen."""
        for number in range(self.tabs.count()):
            page = self.tabs.widget(number)
            policy = page.sizePolicy()
            shown = number == index
            for setter in (policy.setHorizontalPolicy, policy.setVerticalPolicy):
                setter(QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancels."""
        document = self.document
        if document is None or not document.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Niet-opgeslagen wijzigingen"),
            self.tr("'{name}' heeft wijzigingen die nog niet zijn opgeslagen. Wil je ze opslaan?").format(
                name=document.display_name()
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def show_error(self, title: str, error: BruinpapierError) -> None:
        QMessageBox.critical(self, title, error_text(error))

    def new_board(self, template_id: str = "") -> NewBoardDialog:
        """Open the "Nieuw bord" dialog (non-blocking); OK opens the new board."""
        dialog = NewBoardDialog(template_id, self, self.library_model.templates())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._create_from_dialog(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _create_from_dialog(self, dialog: NewBoardDialog) -> None:
        try:
            board = dialog.board()
        except BruinpapierError as error:
            self.show_error(self.tr("Nieuw bord"), error)
            return
        if not self.maybe_save():
            return
        document = BoardDocument(board)
        document.mark_dirty()
        self._set_document(document)
        self.statusBar().showMessage(
            self.tr("Nieuw bord '{title}' op {paper}.").format(title=board.title, paper=paper_label(board.paper)), 5000
        )

    def open_board(self) -> None:
        start = self.settings.value("last_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Bord openen"),
            str(start),
            self.tr("Bruinpapier-borden (*{suffix} *.json);;Alle bestanden (*)").format(suffix=BOARD_SUFFIX),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open a board file; a bad file shows the core's message and changes nothing."""
        try:
            document = BoardDocument.open(path)
        except BruinpapierError as error:
            self.show_error(self.tr("Bord openen mislukt"), error)
            return False
        if not self.maybe_save():
            document.deleteLater()
            return False
        self._set_document(document)
        self._remember(Path(path))
        self.statusBar().showMessage(self.tr("Geopend: {path}").format(path=path), 5000)
        return True

    def save(self) -> bool:
        document = self.document
        if document is None:
            return False
        if document.path is None or document.path.suffix.lower() != BOARD_SUFFIX:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        document = self.document
        if document is None:
            return False
        suggestion = (
            document.path.with_suffix(BOARD_SUFFIX)
            if document.path
            else Path(str(self.settings.value("last_dir", str(Path.home())))) / f"{document.board.id}{BOARD_SUFFIX}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Bord opslaan"),
            str(suggestion),
            self.tr("Bruinpapier-borden (*{suffix})").format(suffix=BOARD_SUFFIX),
        )
        if not path:
            return False
        if not path.lower().endswith(BOARD_SUFFIX):
            path += BOARD_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        document = self.document
        assert document is not None
        try:
            document.save(path)
        except BruinpapierError as error:
            self.show_error(self.tr("Opslaan mislukt"), error)
            return False
        except OSError as error:
            QMessageBox.critical(
                self,
                self.tr("Opslaan mislukt"),
                self.tr("Kan '{path}' niet schrijven: {reason}").format(path=path, reason=error.strerror or error),
            )
            return False
        self.board_copy.clear()
        self._remember(path)
        report_saved(self, self.tr("Bord opgeslagen: {path}").format(path=path), path)
        return True

    def close_board(self) -> None:
        if self.maybe_save():
            self._set_document(None)
            self.board_copy.clear()

    # --- recent files ----------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in (value or [])]

    def _remember(self, path: Path) -> None:
        path = path.resolve()
        files = [str(path)] + [item for item in self.recent_files() if item != str(path)]
        self.settings.setValue("recent_files", files[:MAX_RECENT])
        self.settings.setValue("last_dir", str(path.parent))
        self.settings.sync()
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        files = self.recent_files()
        self.gallery.set_recent_files(files)
        self.recent_menu.clear()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        explain(self.recent_menu.menuAction(), bool(files), self.tr("Nog geen bestanden geopend"))

    # --- recovery --------------------------------------------------------------------------

    def _recovery_copy_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Geen herstelkopie bewaard: {reason}").format(reason=message), 10000)

    def _write_board_copy(self) -> bool:
        document = self.document
        if document is None or not document.dirty:
            return False
        return write_recovery(self.board_copy, document.board, document.path)

    def offer_recovery(self) -> bool:
        """Offer the board of a window that is gone (a crash) back; True when it was restored.

        A damaged copy is set aside (renamed, not deleted) with a message saying where it is; after a
        declined or damaged one the next crashed copy, if any, is offered.
        """
        if self.document is not None:
            return False
        crashed = claim_crashed_board(self.recovery_owner)
        if crashed is None:
            return False
        try:
            recovered = read_recovery(crashed)
        except BruinpapierError as error:
            aside = crashed.set_aside()
            QMessageBox.critical(
                self,
                self.tr("Herstelbestand beschadigd"),
                self.tr("{error}\n\nHet is niet verwijderd maar apart gezet als {path}.").format(
                    error=error_text(error), path=aside
                ),
            )
            QTimer.singleShot(0, self.offer_recovery)
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Bord herstellen?"),
            self.tr(
                "Bruinpapier is de vorige keer niet netjes afgesloten. Er is een automatisch bewaarde versie van "
                "'{title}' ({time}). Wil je die herstellen?"
            ).format(title=recovered.board.title, time=recovered.saved_at),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            crashed.discard()
            QTimer.singleShot(0, self.offer_recovery)
            return False
        document = BoardDocument(recovered.board, recovered.original_path)
        document.mark_dirty()
        self._set_document(document)
        self.autosaver.save_now()  # this window's own copy first, then the crashed window's goes
        crashed.discard()
        self.statusBar().showMessage(self.tr("Bord hersteld; sla het op om het te bewaren."), 8000)
        return True

    # --- other dialogs ---------------------------------------------------------------------

    def print_board(self) -> None:
        if self.document is None:
            return
        from desktop.print_dialog import PrintDialog  # imported on first use: ReportLab and pdfium load lazily

        dialog = PrintDialog(self.document.board, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_image(self):
        if self.document is None:
            return None
        from desktop.export_dialog import export_image  # ReportLab and pdfium load on first use

        return export_image(self, self.document.board, self.document.path)

    def tile_pdf(self):
        """Any poster PDF (a school's own design) over A4/A3 sheets."""
        from desktop.print_dialog import PdfTilesDialog  # ReportLab and pypdf load on first use

        dialog = PdfTilesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_settings(self) -> SettingsDialog:
        archive_url = str(self.settings.value("archive/url", "", str) or "")
        dialog = SettingsDialog(
            current_language(), self, self.library_model.library.school_folder, archive_url=archive_url
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            folder = dialog.chosen_school_folder()
            if folder != self.library_model.library.school_folder:
                self._set_school_folder(folder)
            chosen = dialog.chosen_archive_url()
            if chosen != archive_url:
                self.settings.setValue("archive/url", chosen)
                self.settings.sync()
                self.archive_url_changed.emit(chosen)
            language = dialog.chosen_language()
            if language != current_language():
                self.language_change_requested.emit(language)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _set_school_folder(self, folder: Path | None) -> None:
        """Use ``folder`` for the school's templates; one that cannot be read now is used only when the user
        says so (a network drive that is connected later)."""
        from boards.library import FolderState, check_school_folder, folder_problem

        if folder is not None and (state := check_school_folder(folder)) != FolderState.OK:
            answer = QMessageBox.question(
                self,
                self.tr("Schoolsjablonen"),
                self.tr(
                    "{problem}.\n\nDeze map toch gebruiken? De sjablonen verschijnen zodra hij bereikbaar is."
                ).format(problem=sentence(error_text_of(folder_problem(folder, state)))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.library_model.set_school_folder(folder)
        except BruinpapierError as error:
            self.show_error(self.tr("Schoolsjablonen"), error)
            return
        self.statusBar().showMessage(
            self.tr("Schoolsjablonen uit {folder}.").format(folder=folder)
            if folder
            else self.tr("Er wordt geen map met schoolsjablonen meer gebruikt."),
            8000,
        )

    def save_as_template(self):
        if self.document is None:
            return None
        return save_as_template(self, self.library_model, self.document.board)

    def show_shortcuts(self) -> None:
        rows = []
        for action in self.findChildren(QAction):
            if action.shortcut().isEmpty() or not action.text():
                continue
            rows.append(
                (action.text().replace("&", ""), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            )
        rows = sorted(set(rows))
        html = (
            "<table cellspacing=4>"
            + "".join(f"<tr><td>{text}</td><td><b>{keys}</b></td></tr>" for text, keys in rows)
            + "</table>"
        )
        html += (
            "<p>"
            + self.tr(
                "Ctrl+muiswiel zoomt, middelste muisknop of spatie+slepen verschuift, pijltjes verschuiven "
                "de selectie (Shift: per mm), Alt tijdens slepen zet uitlijnen uit."
            )
            + "</p>"
        )
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Sneltoetsen"), html, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Bruinpapier"),
            self.tr(
                "Bruinpapier: werkborden voor teamsessies ontwerpen, op elk formaat printen en de "
                "resultaten teruglezen."
            )
            + "\n\n"
            + self.tr("Versie {version}").format(version=app_version()),
        )

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_closing_for_rebuild", False):
            event.accept()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        self.autosaver.stop()
        self.board_copy.clear()
        self.recovery_owner.close()
        event.accept()

    def take_document(self) -> BoardDocument | None:
        """Hand the open document to a rebuilt window (language switch) without asking."""
        document = self.editor.document
        if document is not None:
            self.editor.set_document(None)
            self.properties.set_document(None)
            self.undo_view.setStack(None)
            document.setParent(None)
        self._closing_for_rebuild = True
        return document


def error_text_of(message) -> str:
    """A core Message in the interface language."""
    return message.render(qt_translate)


def running_app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
