"""Board previews: the board drawn by the editor's own scene into a QPixmap, cached.

Previews are kept in memory and on disk (keyed by a hash of the board's
content), so the gallery is instant after the first start.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from boards.model import Board
from boards.serialize import board_to_dict
from desktop.paths import cache_dir

_MEMORY: dict[str, QPixmap] = {}
CACHE_VERSION = "2"  # 2: the editor draws the design properties (fills, borders, shapes, pictures)


def board_hash(board: Board) -> str:
    import json

    data = json.dumps(board_to_dict(board), sort_keys=True, ensure_ascii=False)
    return hashlib.sha1((CACHE_VERSION + data).encode("utf-8")).hexdigest()


def render_board_image(board: Board, width_px: int) -> QImage:
    """The board at ``width_px`` pixels wide, proportions kept, on its kraft paper."""
    from desktop.document import BoardDocument
    from desktop.editor.scene import BoardScene

    scene = BoardScene(BoardDocument(board), interactive=False)
    scene.route_all()
    height_px = max(1, round(width_px * board.height_mm / board.width_mm))
    image = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width_px, height_px), QRectF(0, 0, board.width_mm, board.height_mm))
    painter.end()
    scene.deleteLater()
    return image


def board_thumbnail(board: Board, width_px: int = 240) -> QPixmap:
    """A cached preview of the board."""
    key = f"{board_hash(board)}-{width_px}"
    pixmap = _MEMORY.get(key)
    if pixmap is not None:
        return pixmap
    file = cache_dir() / "voorbeelden" / f"{key}.png"
    pixmap = QPixmap()
    if not (file.exists() and pixmap.load(str(file))):
        image = render_board_image(board, width_px)
        pixmap = QPixmap.fromImage(image)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(file), "PNG")
        except OSError:
            pass  # a cache that cannot be written only costs time
    _MEMORY[key] = pixmap
    return pixmap
