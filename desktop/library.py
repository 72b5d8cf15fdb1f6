"""The template library in the app: own and school templates for the Start page and the new-board dialog,
*Opslaan als sjabloon…*, import, export and removal (the rules are in :mod:`boards.library`).

The school folder may be a network drive that does not answer for half a minute: it is read in a
background thread, so the Start page shows the built-in and own templates at once and the school's
when they are there (or says why they are not).
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from boards.errors import BruinpapierError
from boards.i18n import Message
from boards.library import (
    TEMPLATE_SUFFIX,
    Clash,
    FolderState,
    LibraryTemplate,
    Source,
    TemplateLibrary,
    TitleTaken,
)
from boards.methods import get_method, list_methods, method_and_step
from boards.model import Board
from desktop.feedback import report_saved
from desktop.i18n import error_text, qt_translate, sentence
from desktop.paths import app_settings

AUTHOR_KEY = "templates/author"
LAST_DIR_KEY = "templates/last_dir"


class LibraryModel(QObject):
    """The own and school templates as last read; ``changed`` after every (re)read of either."""

    changed = Signal()
    _school_read = Signal(int, object)  # (generation, (templates, problems, state)) from the reading thread

    def __init__(self, parent: QObject | None = None, library: TemplateLibrary | None = None) -> None:
        super().__init__(parent)
        self.library = library or TemplateLibrary.default()
        self.own: list[LibraryTemplate] = []
        self.own_problems: list[Message] = []
        self.school: list[LibraryTemplate] = []
        self.school_problems: list[Message] = []
        self.school_state = FolderState.NOT_SET
        self.school_loading = False
        self._generation = 0
        self._school_read.connect(self._school_arrived, Qt.ConnectionType.QueuedConnection)

    # --- reading ---

    def reload(self, wait: bool = False) -> None:
        """Read the own templates now and the school folder in the background (``wait``: now as well).
        ``changed`` follows once the own templates and the school folder's state are known (and again
        when a background read arrives), so the start page is not built twice at start-up."""
        self.reload_own(announce=False)
        self.reload_school(wait)

    def reload_own(self, announce: bool = True) -> None:
        self.own, self.own_problems = self.library.own_templates()
        if self.library.settings_problem is not None:
            self.own_problems.insert(0, self.library.settings_problem)
        if announce:
            self.changed.emit()

    def reload_school(self, wait: bool = False) -> None:
        self._generation += 1
        generation = self._generation
        self.school, self.school_problems = [], []
        if self.library.school_folder is None:
            self.school_state, self.school_loading = FolderState.NOT_SET, False
            self.changed.emit()
            return
        self.school_loading = True
        self.changed.emit()
        from boards.templates import template_ids

        taken = set(template_ids()) | {template.id for template in self.own}
        library = self.library

        def read() -> None:
            try:
                result = library.school_templates(taken)
            except Exception as error:  # noqa: BLE001 - a worker never crashes the app; the page says what failed
                result = ([], [Message("errors", "{error}", {"error": str(error)})], FolderState.UNREADABLE)
            with contextlib.suppress(RuntimeError):  # the window closed while the folder was read
                self._school_read.emit(generation, result)

        if wait:
            read()
            QCoreApplication.sendPostedEvents(self)
            return
        threading.Thread(target=read, name="schoolsjablonen", daemon=True).start()

    def _school_arrived(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # an older read (the folder changed since)
        self.school, self.school_problems, self.school_state = result  # type: ignore[misc]
        self.school_loading = False
        self.changed.emit()

    def set_school_folder(self, folder: Path | None) -> None:
        from boards.library import write_school_folder

        write_school_folder(folder)
        self.library = TemplateLibrary.default()
        self.reload_school()

    # --- looking up ---

    def templates(self) -> list[LibraryTemplate]:
        """Own, then school templates."""
        return self.own + self.school

    def find(self, template_id: str) -> LibraryTemplate | None:
        return next((template for template in self.templates() if template.id == template_id), None)


def method_step_text(board: Board) -> str:
    """``Verbetering in beeld · stap 2 Brainstorm``, or "" for a board outside a method."""
    method, step = method_and_step(board.method, board.step)
    if method is None:
        return board.method or ""
    if not board.step:
        return method.title
    if step is None:
        return f"{method.title} · {board.step}"
    return QCoreApplication.translate("SaveTemplateDialog", "{method} · stap {nr} {step}").format(
        method=method.title, nr=step.nr, step=step.title
    )


class SaveTemplateDialog(QDialog):
    """Name, method, step and description of a board to keep as an own template."""

    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opslaan als sjabloon"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(board.title)
        self.name.setAccessibleName(self.tr("Naam van het sjabloon"))
        self.name.setToolTip(self.tr("De naam op de kaart bij Mijn sjablonen"))
        self.name.setMaxLength(300)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Methode"))
        self.method.setToolTip(
            self.tr("De methode waar het bord bij hoort; de zoekfunctie en het filter gebruiken hem")
        )
        self.method.addItem(self.tr("(geen methode)"), None)
        for method in list_methods():
            self.method.addItem(method.title, method.id)
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Stap"))
        self.description = QPlainTextEdit(board.description)
        self.description.setAccessibleName(self.tr("Beschrijving"))
        self.description.setToolTip(self.tr("Staat op de kaart van het sjabloon"))
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Waar is het bord voor, hoe gebruik je het?"))
        self.description.setFixedHeight(90)
        self.author = QLineEdit(str(app_settings().value(AUTHOR_KEY, "") or ""))
        self.author.setAccessibleName(self.tr("Gemaakt door"))
        self.author.setPlaceholderText(self.tr("bijv. je naam en school (niet verplicht)"))
        self.author.setToolTip(self.tr("Staat in het sjabloonbestand als je het met collega's deelt"))
        self.author.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Methode"), self.method)
        form.addRow(self.tr("S&tap"), self.step)
        form.addRow(self.tr("&Beschrijving"), self.description)
        form.addRow(self.tr("&Gemaakt door"), self.author)
        note = QLabel(
            self.tr(
                "Het sjabloon komt bij 'Mijn sjablonen' op de pagina Start; het bord zelf blijft open zoals het is."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Opslaan als sjabloon"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Geen sjabloon bewaren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.name.textChanged.connect(self._update_ok)
        self.method.setCurrentIndex(max(0, self.method.findData(board.method)))
        self._method_changed()
        if board.step:
            self.step.setCurrentIndex(max(0, self.step.findData(board.step)))
        self._update_ok()
        self.name.selectAll()

    def _method_changed(self) -> None:
        self.step.clear()
        method_id = self.method.currentData()
        if method_id is None:
            self.step.addItem(self.tr("(geen stap)"), None)
            self.step.setEnabled(False)
            self.step.setToolTip(self.tr("Kies eerst een methode"))
            return
        self.step.setEnabled(True)
        self.step.setToolTip(self.tr("De stap van de methode waarin het bord wordt gebruikt"))
        self.step.addItem(self.tr("(geen stap)"), None)
        for step in get_method(method_id).steps:
            self.step.addItem(self.tr("Stap {nr} · {title}").format(nr=step.nr, title=step.title), step.id)

    def _update_ok(self) -> None:
        named = bool(self.name.text().strip())
        self.ok_button.setEnabled(named)
        self.ok_button.setToolTip(
            self.tr("Een kopie van het bord bewaren bij Mijn sjablonen")
            if named
            else self.tr("Geef het sjabloon een naam")
        )

    def template_board(self, board: Board) -> Board:
        """A copy of ``board`` with the chosen name, method, step and description."""
        import copy

        result = copy.deepcopy(board)
        result.title = " ".join(self.name.text().split())
        result.method = self.method.currentData()
        result.step = self.step.currentData() if result.method else None
        result.description = self.description.toPlainText().strip()
        return result

    def chosen_author(self) -> str:
        return " ".join(self.author.text().split())


def ask_clash(parent: QWidget, existing: LibraryTemplate) -> Clash | None:
    """A title an own template has already: replace it, keep both, or cancel (None)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("TemplateLibrary", "Sjabloon bestaat al"))
    box.setText(
        QCoreApplication.translate(
            "TemplateLibrary", "Er is al een eigen sjabloon '{title}'. Wil je het vervangen of beide bewaren?"
        ).format(title=existing.title)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "TemplateLibrary", "Bij 'Beide bewaren' krijgt het nieuwe sjabloon een nummer achter de naam."
        )
    )
    replace = box.addButton(
        QCoreApplication.translate("TemplateLibrary", "Vervangen"), QMessageBox.ButtonRole.DestructiveRole
    )
    both = box.addButton(
        QCoreApplication.translate("TemplateLibrary", "Beide bewaren"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(both)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return Clash.REPLACE
    if clicked is both:
        return Clash.KEEP_BOTH
    return None


def store_with_choice(parent: QWidget, store, title: str) -> LibraryTemplate | None:
    """``store(clash)`` (add or import); a title taken asks replace / keep both; errors are shown. None when
    nothing was stored."""
    clash = Clash.REFUSE
    while True:
        try:
            return store(clash)
        except TitleTaken as taken:
            chosen = ask_clash(parent, taken.existing)
            if chosen is None:
                return None
            clash = chosen
        except BruinpapierError as error:
            QMessageBox.critical(parent, title, sentence(error_text(error)))
            return None


def save_as_template(parent: QWidget, model: LibraryModel, board: Board) -> SaveTemplateDialog:
    """*Opslaan als sjabloon…*: the dialog (window-modal); OK stores the template and says where."""
    dialog = SaveTemplateDialog(board, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    title = QCoreApplication.translate("TemplateLibrary", "Opslaan als sjabloon")

    def accepted() -> None:
        chosen = dialog.template_board(board)
        author = dialog.chosen_author()
        settings = app_settings()
        settings.setValue(AUTHOR_KEY, author)
        settings.sync()
        stored = store_with_choice(parent, lambda clash: model.library.add(chosen, author, clash), title)
        if stored is not None:
            model.reload_own()
            _status(
                parent,
                QCoreApplication.translate(
                    "TemplateLibrary", "Sjabloon '{title}' bewaard bij Mijn sjablonen (pagina Start)."
                ).format(title=stored.title),
            )

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(text, 8000)


def _start_dir() -> str:
    return str(app_settings().value(LAST_DIR_KEY, str(Path.home())) or Path.home())


def _remember_dir(path: Path) -> None:
    settings = app_settings()
    settings.setValue(LAST_DIR_KEY, str(path.parent))
    settings.sync()


def import_templates(parent: QWidget, model: LibraryModel) -> list[LibraryTemplate]:
    """*Sjabloon importeren…*: template (or board) files into the own templates, each checked first."""
    title = QCoreApplication.translate("TemplateLibrary", "Sjabloon importeren")
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        title,
        _start_dir(),
        QCoreApplication.translate(
            "TemplateLibrary", "Bruinpapier-sjablonen (*{suffix});;Bruinpapier-borden (*.bpbord);;Alle bestanden (*)"
        ).format(suffix=TEMPLATE_SUFFIX),
    )
    return import_paths(parent, model, [Path(path) for path in paths])


def import_paths(parent: QWidget, model: LibraryModel, paths: list[Path]) -> list[LibraryTemplate]:
    title = QCoreApplication.translate("TemplateLibrary", "Sjabloon importeren")
    stored = []
    for path in paths:
        template = store_with_choice(parent, lambda clash, path=path: model.library.import_file(path, clash), title)
        if template is not None:
            stored.append(template)
    if paths:
        _remember_dir(paths[-1])
    if stored:
        model.reload_own()
        _status(
            parent,
            QCoreApplication.translate("TemplateLibrary", "Geïmporteerd bij Mijn sjablonen: {titles}").format(
                titles=", ".join(f"'{template.title}'" for template in stored)
            ),
        )
    return stored


def export_template(parent: QWidget, template: LibraryTemplate, path: Path | None = None) -> Path | None:
    """Write a template to a file to share (asks where unless ``path`` is given); says where it went."""
    title = QCoreApplication.translate("TemplateLibrary", "Sjabloon exporteren")
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(Path(_start_dir()) / f"{template.id}{TEMPLATE_SUFFIX}"),
            QCoreApplication.translate("TemplateLibrary", "Bruinpapier-sjablonen (*{suffix})").format(
                suffix=TEMPLATE_SUFFIX
            ),
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(TEMPLATE_SUFFIX) else chosen + TEMPLATE_SUFFIX)
    from boards.library import write_template_file

    try:
        write_template_file(template, path, private=False)
    except BruinpapierError as error:
        QMessageBox.critical(parent, title, sentence(error_text(error)))
        return None
    _remember_dir(path)
    report_saved(
        parent,
        QCoreApplication.translate("TemplateLibrary", "Sjabloon '{title}' geëxporteerd naar {path}").format(
            title=template.title, path=path
        ),
        path,
    )
    return path


def remove_template(parent: QWidget, model: LibraryModel, template: LibraryTemplate) -> bool:
    """Remove an own template after asking."""
    if template.source != Source.OWN:
        return False
    title = QCoreApplication.translate("TemplateLibrary", "Sjabloon verwijderen")
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "TemplateLibrary",
            "Het eigen sjabloon '{title}' verwijderen? Borden die je ermee maakte blijven bestaan. Dit kun je niet "
            "ongedaan maken; exporteer het eerst als je het wilt bewaren.",
        ).format(title=template.title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        model.library.remove(template.id)
    except BruinpapierError as error:
        QMessageBox.critical(parent, title, sentence(error_text(error)))
        return False
    model.reload_own()
    _status(
        parent,
        QCoreApplication.translate("TemplateLibrary", "Sjabloon '{title}' verwijderd.").format(title=template.title),
    )
    return True


def problem_texts(messages: list[Message]) -> list[str]:
    """The library's problems in the interface language, as sentences."""
    return [sentence(message.render(qt_translate)) for message in messages]
