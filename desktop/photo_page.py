"""The "Foto's" page: the review screen for the open session's board, made when photos are first read
(OpenCV loads then, not at start-up). "Overnemen" on it emits ``accepted`` with the reviewed results.
Until then the page says what it is for and offers "Foto's kiezen…" (also without a session: the QR
code on the photo names the board)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox

from boards.model import Board
from desktop.empty_state import EmptyState
from desktop.lazy_page import LazyPage

if TYPE_CHECKING:
    from desktop.review import ReviewWidget


class PhotoPage(LazyPage):
    accepted = Signal(object)  # boards.session.Results of the reviewed photos

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            QCoreApplication.translate("Workspace", "Foto's"),
            QCoreApplication.translate(
                "Workspace",
                "Hier lees je foto's van het ingevulde bord terug: de app vindt de notities en stippen, jij "
                "controleert ze en neemt ze over in de sessie. De QR-code op het bord zegt welk bord het is.",
            ),
        )
        self._layout.addWidget(self.empty)

    @property
    def review(self) -> ReviewWidget | None:
        return self.content  # type: ignore[return-value]

    def photo_paths(self) -> list[str]:
        """The photos the shown review was read from."""
        return list(self.review.paths) if self.review is not None else []

    def review_board(self, board: Board) -> ReviewWidget | None:
        """The review screen for ``board``: the one shown when it is for this board, else a new one.
        None when the earlier photos' results are not taken over yet and the user keeps them."""
        review = self.review
        if review is not None and review.board is board:
            return review
        if (
            review is not None
            and review.has_unaccepted_results()
            and QMessageBox.question(
                self,
                QCoreApplication.translate("Workspace", "Foto's teruglezen"),
                QCoreApplication.translate("Workspace", "De vorige foto's zijn nog niet overgenomen. Weggooien?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        from desktop.review import ReviewWidget  # OpenCV: imported when first needed

        review = ReviewWidget(board)
        for action in (review.undo_action, review.redo_action):
            review.removeAction(action)  # the window's undo/redo route to this page's stack
        review.accepted.connect(self.accepted.emit)
        self.set_content(review)
        self.empty.hide()
        return review
