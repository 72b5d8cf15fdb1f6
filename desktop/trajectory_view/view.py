"""Timeline of a trajectory: steps with their status and sessions, what comes next, where actions came from.

The widget works on a ``boards.trajectory.Trajectory`` and its file; every
change (start the next board, close a step) is saved at once, atomically, so
nothing is lost when the app stops.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boards.errors import BruinpapierError
from boards.model import Board
from boards.session import Session
from boards.trajectory import (
    StepStatus,
    Trajectory,
    add_next_sessions,
    awaiting,
    carried_notes,
    load_trajectory,
    new_trajectory,
    process_choice,
    save_trajectory,
    trace,
)
from boards.trajectory.links import LINK_ROLES
from boards.trajectory.model import STATUS_LABELS
from desktop.accessibility import describe
from desktop.empty_state import EmptyState
from desktop.feedback import explain, report_saved

if TYPE_CHECKING:
    from desktop.trajectory_view.new_dialog import NewTrajectoryDialog

STATUS_COLORS = {StepStatus.DONE: "#43a047", StepStatus.BUSY: "#fb8c00", StepStatus.PLANNED: "#9e9e9e"}
STEP_ROLE = Qt.ItemDataRole.UserRole
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TrajectoryView(QWidget):
    """Shows one trajectory; emits ``session_opened`` when the user opens a session to enter results."""

    session_opened = Signal(object)  # boards.session.Session
    changed = Signal()

    def __init__(
        self, trajectory: Trajectory | None = None, path: str | Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.trajectory = trajectory
        self.path = Path(path) if path else None
        #: The board open in the editor, offered instead of the template when it is the board that starts.
        self.board_in_editor: Callable[[], Board | None] | None = None

        self.heading = QLabel()
        self.heading.setObjectName("trajectoryHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&Nieuw traject…"))
        self.new_button.clicked.connect(self.new_file)
        self.open_button = QPushButton(self.tr("Traject &openen…"))
        self.open_button.clicked.connect(self.open_file)
        self.start_button = QPushButton(self.tr("&Volgende sessie starten"))
        self.start_button.setToolTip(self.tr("Start het volgende bord, voorgevuld met eerdere resultaten (Ctrl+Enter)"))
        self.start_button.clicked.connect(self.start_next)
        # Ctrl+Enter as well as the mnemonic (a button's own shortcut would replace its Alt+V)
        start = QAction(self.tr("Volgende sessie starten"), self)
        start.setShortcut(QKeySequence("Ctrl+Return"))
        start.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        start.triggered.connect(self.start_button.animateClick)
        self.addAction(start)
        self.pack_button = QPushButton(self.tr("Sessiepakket &afdrukken…"))
        self.pack_button.clicked.connect(self.print_pack)
        self.close_step_button = QPushButton(self.tr("Stap a&fronden"))
        self.close_step_button.clicked.connect(self.close_selected_step)
        self.open_session_button = QPushButton(self.tr("&Resultaten invoeren"))
        self.open_session_button.clicked.connect(self._open_selected_session)

        self.new_button.setToolTip(self.tr("Een methode kiezen en de school; het traject wordt een bestand"))
        self.open_button.setToolTip(self.tr("Een traject openen dat je eerder bewaarde (.bptraject)"))
        self.pack_button.setToolTip(self.tr("De gekozen stap of sessie als PDF met borden en instructies"))
        self.close_step_button.setToolTip(self.tr("De gekozen stap als gedaan markeren"))
        self.open_session_button.setToolTip(self.tr("De resultaten van de gekozen sessie op de pagina Sessie invoeren"))
        files = QHBoxLayout()
        files.addWidget(self.heading, 1)
        files.addWidget(self.new_button)
        files.addWidget(self.open_button)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pack_button, self.close_step_button, self.open_session_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Stap / sessie"), self.tr("Status"), self.tr("Datum")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._show_details)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_: self._open_selected_session())  # Enter or double-click
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        describe(
            self.tree, self.tr("De stappen en hun sessies; Enter of dubbelklik opent een sessie"), self.tr("Stappen")
        )
        describe(self.details, self.tr("Wat bij de gekozen stap of sessie hoort"), self.tr("Details"))

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([520, 480])

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(files)
        content.addLayout(buttons)
        content.addWidget(self.next_label)
        content.addWidget(splitter, 1)
        self.empty = EmptyState(
            self.tr("Trajecten"),
            self.tr(
                "Een traject zet de stappen van een methode als reeks sessies achter elkaar; wat een stap "
                "oplevert, gaat mee naar de volgende."
            ),
        )
        self.empty.add_button(
            self.tr("&Nieuw traject…"),
            self.new_file,
            self.tr("Een methode kiezen en de school; het traject wordt een bestand"),
            primary=True,
        )
        self.empty.add_button(
            self.tr("Traject &openen…"),
            self.open_file,
            self.tr("Een traject openen dat je eerder bewaarde (.bptraject)"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)
        self.refresh()

    # --- loading and saving -----------------------------------------------------------------

    def new_file(self, dialog: NewTrajectoryDialog | None = None, path: str | None = None) -> bool:
        """Ask for method, school and team, then where to keep the trajectory file."""
        from desktop.trajectory_view.new_dialog import NewTrajectoryDialog

        dialog = dialog or NewTrajectoryDialog(self)
        if dialog.result() != QDialog.DialogCode.Accepted and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Traject bewaren"), "traject.bptraject", self.tr("Bruinpapier-traject (*.bptraject)")
            )
            if not path:
                return False
        try:
            trajectory = new_trajectory(dialog.method_id(), dialog.school.text(), team=dialog.team.text())
        except BruinpapierError as error:
            QMessageBox.warning(self, self.tr("Nieuw traject"), error.render())
            return False
        self.trajectory, self.path = trajectory, Path(path)
        saved = self.save()
        self.refresh()
        if saved:
            report_saved(self, self.tr("Traject bewaard: {path}").format(path=path), path)
        return saved

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Traject openen"), "", self.tr("Bruinpapier-traject (*.bptraject)")
        )
        if path:
            self.load(path)

    def load(self, path: str | Path) -> bool:
        try:
            trajectory = load_trajectory(path)
        except BruinpapierError as error:
            QMessageBox.warning(self, self.tr("Traject openen"), error.render())
            return False
        self.trajectory, self.path = trajectory, Path(path)
        self.refresh()
        return True

    def save(self) -> bool:
        if self.trajectory is None or self.path is None:
            return True
        try:
            save_trajectory(self.trajectory, self.path)
        except (BruinpapierError, OSError) as error:
            message = error.render() if isinstance(error, BruinpapierError) else str(error)
            QMessageBox.warning(self, self.tr("Traject bewaren"), message)
            return False
        self.changed.emit()
        return True

    # --- actions ------------------------------------------------------------------------------

    def start_next(self) -> list[Session]:
        """Start the next board: ask its date, the process it is about (where an earlier board decides
        it) and which board (the template or the one edited in the editor), then pre-fill it."""
        if self.trajectory is None:
            return []
        upcoming = self.trajectory.next_board()
        if upcoming is None:
            QMessageBox.information(
                self, self.tr("Volgende sessie"), self.tr("Dit traject is klaar: alle stappen zijn afgerond.")
            )
            return []
        step, board_id = upcoming
        from desktop.trajectory_view.start_dialog import StartSessionDialog

        edited = self.board_in_editor() if self.board_in_editor is not None else None
        dialog = StartSessionDialog(board_id, step, process_choice(self.trajectory, board_id), edited, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        try:
            sessions = add_next_sessions(
                self.trajectory,
                date=dialog.session_date(),
                topic_zone=dialog.topic_zone(),
                board_id=board_id,
                board=dialog.board(),
            )
        except BruinpapierError as error:
            QMessageBox.information(self, self.tr("Volgende sessie"), error.render())
            return []
        self.save()
        self.refresh(select=sessions[0].id)
        return sessions

    def print_pack(self, path: str | None = None) -> bool:
        sessions = self._pack_sessions()
        if not sessions:
            QMessageBox.information(
                self, self.tr("Sessiepakket"), self.tr("Kies een stap of sessie met gestarte sessies.")
            )
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Sessiepakket bewaren"), "sessiepakket.pdf", self.tr("PDF (*.pdf)")
            )
            if not path:
                return False
        from printing.sessions_pack import write_sessions_pdf

        try:
            write_sessions_pdf(sessions, path)
        except BruinpapierError as error:
            QMessageBox.warning(self, self.tr("Sessiepakket"), error.render())
            return False
        report_saved(self, self.tr("Sessiepakket bewaard: {path}").format(path=path), path)
        return True

    def close_selected_step(self) -> None:
        step_id = self._selected_step_id()
        if self.trajectory is None or step_id is None:
            return
        self.trajectory.step(step_id).done = True
        self.save()
        self.refresh()

    def _open_selected_session(self) -> None:
        session = self.selected_session()
        if session is not None:
            self.session_opened.emit(session)

    # --- selection ----------------------------------------------------------------------------

    def selected_session(self) -> Session | None:
        item = self.tree.currentItem()
        if self.trajectory is None or item is None or not item.data(0, SESSION_ROLE):
            return None
        return self.trajectory.session(item.data(0, SESSION_ROLE))

    def _selected_step_id(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, STEP_ROLE)

    def _pack_sessions(self) -> list[Session]:
        if self.trajectory is None:
            return []
        session = self.selected_session()
        if session is not None:
            return [session]
        step_id = self._selected_step_id()
        return list(self.trajectory.step(step_id).sessions) if step_id else []

    # --- drawing ------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        self.tree.clear()
        has = self.trajectory is not None
        self.empty.setVisible(not has)
        self.content.setVisible(has)
        if self.trajectory is None:
            self.heading.setText("")
            self.next_label.setText("")
            self.details.clear()
            self._update_buttons()
            return
        trajectory = self.trajectory
        method = trajectory.method
        self.heading.setText(f"{method.title} — {trajectory.school}")
        upcoming = trajectory.next_board()
        if upcoming is None:
            self.next_label.setText(self.tr("Alle stappen zijn gedaan."))
        else:
            step, board_id = upcoming
            from boards.templates import load_template

            self.next_label.setText(
                self.tr("Volgende: {board} (stap {nr} {step})").format(
                    board=load_template(board_id).title, nr=step.nr, step=step.title
                )
            )
        selected_item = None
        for step in trajectory.steps:
            method_step = method.step(step.step_id)
            status = trajectory.status(step.step_id)
            item = QTreeWidgetItem(
                [
                    self.tr("Stap {nr} · {title}").format(nr=method_step.nr, title=method_step.title),
                    QCoreApplication.translate("trajectory", STATUS_LABELS[status]),
                    step.planned_date,
                ]
            )
            item.setData(0, STEP_ROLE, step.step_id)
            item.setForeground(1, QBrush(QColor(STATUS_COLORS[status])))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for session in step.sessions:
                topic = f" — {session.topic}" if session.topic else ""
                child = QTreeWidgetItem([f"{session.code}  {session.board.title}{topic}", "", session.date])
                child.setData(0, STEP_ROLE, step.step_id)
                child.setData(0, SESSION_ROLE, session.id)
                item.addChild(child)
                if session.id == select:
                    selected_item = child
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        if selected_item is not None:
            self.tree.setCurrentItem(selected_item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable what can be done now; a disabled button's tooltip says why."""
        trajectory = self.trajectory
        explain(
            self.start_button,
            trajectory is not None and trajectory.next_board() is not None,
            self.tr("Alle stappen van dit traject zijn gedaan") if trajectory is not None else "",
        )
        explain(self.pack_button, bool(self._pack_sessions()), self.tr("Kies eerst een stap of sessie met sessies"))
        explain(self.close_step_button, self._selected_step_id() is not None, self.tr("Kies eerst een stap"))
        explain(self.open_session_button, self.selected_session() is not None, self.tr("Kies eerst een sessie"))

    def _show_details(self, *_: object) -> None:
        session = self.selected_session()
        if self.trajectory is None or session is None:
            self.details.setHtml(self._step_html())
            return
        parts = [f"<h3>{_escape(session.board.title)}</h3>"]
        if session.topic:
            parts.append(f"<p><b>{self.tr('Onderwerp')}:</b> {_escape(session.topic)}</p>")
        if session.remarks:
            parts.append(f"<p>{_escape(session.remarks)}</p>")
        parts.append(
            "<p>"
            + self.tr("{notes} notities ({carried} meegenomen), {actions} actiepunten").format(
                notes=len(session.results.notes),
                carried=len(carried_notes(session)),
                actions=len(session.results.actions),
            )
            + "</p>"
        )
        to_place, to_answer = awaiting(self.trajectory, session)
        lists = [(self.tr("Nog in te delen"), to_place), (self.tr("Problemen zonder idee"), to_answer)]
        for title, notes in lists:
            if notes:
                parts.append(
                    f"<p><b>{title}</b></p><ul>" + "".join(f"<li>{_escape(note.text)}</li>" for note in notes) + "</ul>"
                )
        if session.results.actions:
            parts.append(f"<p><b>{self.tr('Actiepunten en hun herkomst')}</b></p><ol>")
            for action in session.results.actions:
                chain = " ← ".join(
                    self.tr("{role}: {text}").format(
                        role=QCoreApplication.translate("trajectory", LINK_ROLES[link.role]), text=_escape(link.text)
                    )
                    for link in trace(self.trajectory, action)
                )
                owner = f" [{_escape(action.owner)}]" if action.owner else ""
                parts.append(
                    f"<li>{_escape(action.action)}{owner}" + (f"<br><i>← {chain}</i>" if chain else "") + "</li>"
                )
            parts.append("</ol>")
        self.details.setHtml("".join(parts))

    def _step_html(self) -> str:
        step_id = self._selected_step_id()
        if self.trajectory is None or step_id is None:
            return ""
        step = self.trajectory.method.step(step_id)
        rows = [f"<h3>{self.tr('Stap {nr} · {title}').format(nr=step.nr, title=_escape(step.title))}</h3>"]
        if step.goal:
            rows.append(f"<p>{_escape(step.goal)}</p>")
        if step.duration:
            rows.append(f"<p><b>{self.tr('Duur')}:</b> {_escape(step.duration)}</p>")
        if step.materials:
            rows.append(f"<p><b>{self.tr('Materiaal')}:</b> {_escape(', '.join(step.materials))}</p>")
        return "".join(rows)
