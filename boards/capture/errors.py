"""Errors of photo capture, each with a clear Dutch message."""

from __future__ import annotations

from boards.errors import BruinpapierError, problem
from boards.i18n import QT_TRANSLATE_NOOP, Message


class CaptureError(BruinpapierError):
    """A photo that cannot be read back."""


class NotAnImageError(CaptureError):
    """The file is missing or is not an image OpenCV or Pillow can read."""

    def __init__(self, name: str, reason: str | Message = "") -> None:
        if reason:
            message = problem(
                QT_TRANSLATE_NOOP(
                    "errors", "'{name}' is geen leesbare foto ({reason}); gebruik een JPEG- of PNG-bestand"
                ),
                name=name,
                reason=reason,
            )
        else:
            message = problem(
                QT_TRANSLATE_NOOP("errors", "'{name}' is geen leesbare foto; gebruik een JPEG- of PNG-bestand"),
                name=name,
            )
        super().__init__(message)
        self.name = name


class DamagedPhotoError(NotAnImageError):
    """A JPEG whose data is damaged: the decoder fills what it cannot read with grey and goes on. A kind of
    ``NotAnImageError``, so what refuses an unreadable file refuses it too, with a message of its own."""

    def __init__(self, name: str) -> None:
        CaptureError.__init__(
            self,
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "'{name}' is beschadigd: een deel van de foto is niet te lezen. Kopieer de foto opnieuw van "
                    "de telefoon of camera, of maak een nieuwe foto",
                ),
                name=name,
            ),
        )
        self.name = name


class NoBoardFoundError(CaptureError):
    """Too few of the board's markers in the photo to place it on the board."""

    def __init__(self, name: str, markers_found: int) -> None:
        too_few = QT_TRANSLATE_NOOP(
            "errors",
            "geen bord gevonden op '{name}': {count} marker(s) van het bord herkend, er zijn er minstens 2 "
            "nodig. Fotografeer het bord met de zwart-witte hoekmarkers goed in beeld, of geef de vier "
            "hoeken van het bord zelf aan",
        )
        # enough markers, but no two of them lie as they do on this board: most likely a photo of another board
        elsewhere = QT_TRANSLATE_NOOP(
            "errors",
            "geen bord gevonden op '{name}': de {count} herkende markers liggen niet zoals op dit bord. Is het een "
            "foto van een ander bord? Kies dan het juiste bord; anders: fotografeer het bord met de hoekmarkers goed "
            "in beeld, of geef de vier hoeken van het bord zelf aan",
        )
        super().__init__(problem(too_few if markers_found < 2 else elsewhere, name=name, count=markers_found))
        self.name = name
        self.markers_found = markers_found


class WrongBoardError(CaptureError):
    """The photo's QR code names another board than the one it is read as."""

    def __init__(self, name: str, photo_board: str, board: str) -> None:
        super().__init__(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "'{name}' is een foto van bord '{photo_board}' (volgens de QR-code), niet van '{board}'; kies "
                    "het juiste bord",
                ),
                name=name,
                photo_board=photo_board,
                board=board,
            )
        )
        self.name = name
        self.photo_board: str | None = photo_board
        self.board = board


class UnlikeBoardError(WrongBoardError):
    """A photo whose QR code cannot be read that does not show the board it is read as: the board's zone borders
    are not where that board prints them (``boards.capture.boardcheck``). A kind of ``WrongBoardError``, so what
    refuses a photo of another board refuses it too (``photo_board``: None, not known). ``share``: the share of
    the places along the borders that show them (``PrintAgreement.share``)."""

    def __init__(self, name: str, board: str, share: float | None = None) -> None:
        CaptureError.__init__(
            self,
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "'{name}' lijkt geen foto van bord '{board}': de QR-code is niet te lezen en de randen van de "
                    "vakken staan niet waar ze op dit bord staan; kies het juiste bord",
                ),
                name=name,
                board=board,
            ),
        )
        self.name = name
        self.photo_board = None
        self.board = board
        self.share = share


FILE_NOT_FOUND = problem(QT_TRANSLATE_NOOP("errors", "bestand niet gevonden"))
NOT_8_BIT_COLOR = problem(QT_TRANSLATE_NOOP("errors", "verwacht een 8-bits kleurenbeeld"))


class CaptureCancelled(CaptureError):
    """The user stopped the read-back."""

    def __init__(self) -> None:
        super().__init__(problem(QT_TRANSLATE_NOOP("errors", "het teruglezen van de foto's is afgebroken")))
