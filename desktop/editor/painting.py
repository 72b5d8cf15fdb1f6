"""Drawing helpers in millimetres: text at a size in mm, VSM symbols as QPainterPaths."""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform

from boards.geometry import Rect
from boards.look import Stroke, corner_radius_mm, dash_pattern_mm, note_fold_mm
from boards.model import Shape, VsmSymbol
from boards.symbols import CircleShape, PathShape, symbol_shapes

#: Text is drawn in a coordinate system of 1/TEXT_SCALE mm so fonts get integer pixel sizes.
TEXT_SCALE = 10.0
INK = QColor("#2b1d12")
SOFT_INK = QColor("#5a4632")
FONT_FAMILY = "DejaVu Sans"
#: Text smaller than this on screen is drawn as grey bars ("greeking"), like a diagram editor zoomed out.
GREEK_BELOW_PX = 3.0


def mm_font(size_mm: float, bold: bool = False, italic: bool = False) -> QFont:
    return QFont(_font(max(1, round(size_mm * TEXT_SCALE)), bold, italic))


@lru_cache(maxsize=512)
def _font(pixel_size: int, bold: bool, italic: bool) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


@lru_cache(maxsize=4096)
def fit_text_size(
    text: str, width_mm: float, height_mm: float, start_mm: float, bold: bool = False, minimum_mm: float = 2.5
) -> float:
    """The largest size up to ``start_mm`` at which ``text`` fits the box (words are not broken)."""
    if not text.strip() or width_mm <= 0 or height_mm <= 0:
        return max(minimum_mm, start_mm)
    metrics = QFontMetricsF(mm_font(start_mm, bold))
    widest = max(metrics.horizontalAdvance(word) for word in text.split()) / TEXT_SCALE
    size = min(start_mm, 0.97 * start_mm * width_mm / widest) if widest > 0 else start_mm  # widths scale with size
    while size > minimum_mm:
        wrapped = (
            QFontMetricsF(mm_font(size, bold))
            .boundingRect(QRectF(0, 0, width_mm * TEXT_SCALE, 1e6), int(Qt.TextFlag.TextWordWrap), text)
            .height()
            / TEXT_SCALE
        )
        if wrapped <= height_mm:
            return size
        size *= 0.85
    return minimum_mm


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    size_mm: float,
    bold: bool = False,
    italic: bool = False,
    flags: int = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
    color: QColor = INK,
) -> None:
    """Draw wrapped text inside ``rect`` (mm) at a font height of ``size_mm``."""
    if not text or rect.width() <= 0 or rect.height() <= 0:
        return
    transform = painter.worldTransform()
    pixels = size_mm * max(abs(transform.m11()), abs(transform.m12()))
    if pixels < GREEK_BELOW_PX:
        _greek(painter, rect, text, size_mm, color)
        return
    # QPainter.save()/restore() is avoided on purpose: in PySide6 6.12 it leaks a
    # reference to None per call, which crashes the interpreter after a few thousand.
    old = transform
    transform = QTransform(old)
    transform.translate(rect.x(), rect.y())
    transform.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
    painter.setWorldTransform(transform)
    painter.setFont(mm_font(size_mm, bold, italic))
    painter.setPen(color)
    target = QRectF(0, 0, rect.width() * TEXT_SCALE, rect.height() * TEXT_SCALE)
    painter.drawText(target, flags | int(Qt.TextFlag.TextWordWrap), text)
    painter.setWorldTransform(old)


def _greek(painter: QPainter, rect: QRectF, text: str, size_mm: float, color: QColor) -> None:
    """Unreadably small text as faint bars of about the text's length."""
    faded = QColor(color)
    faded.setAlpha(110)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(faded)
    remaining = len(text) * size_mm * 0.55
    y = rect.y() + size_mm * 0.3
    while remaining > 0 and y + size_mm * 0.5 <= rect.bottom():
        width = min(remaining, rect.width())
        painter.drawRect(QRectF(rect.x(), y, width, size_mm * 0.5))
        remaining -= rect.width()
        y += size_mm * 1.2


@cache
def _unit_paths(symbol: VsmSymbol) -> tuple[tuple[QPainterPath, bool], ...]:
    paths = []
    for shape in symbol_shapes(symbol):
        path = QPainterPath()
        if isinstance(shape, CircleShape):
            path.addEllipse(QPointF(shape.cx, shape.cy), shape.r, shape.r)
        elif isinstance(shape, PathShape):
            for op in shape.ops:
                if op[0] == "M":
                    path.moveTo(op[1], op[2])
                elif op[0] == "L":
                    path.lineTo(op[1], op[2])
                elif op[0] == "C":
                    path.cubicTo(op[1], op[2], op[3], op[4], op[5], op[6])
                elif op[0] == "Z":
                    path.closeSubpath()
        paths.append((path, shape.filled))
    return tuple(paths)


def symbol_paths(symbol: VsmSymbol, rect: QRectF) -> list[tuple[QPainterPath, bool]]:
    """The symbol's shapes scaled into ``rect`` (a square in the middle keeps proportions)."""
    side = min(rect.width(), rect.height())
    left = rect.x() + (rect.width() - side) / 2
    top = rect.y() + (rect.height() - side) / 2
    result = []
    transform = QTransform()
    transform.translate(left, top)
    transform.scale(side, side)
    for path, filled in _unit_paths(symbol):
        result.append((transform.map(path), filled))
    return result


def draw_symbol(painter: QPainter, symbol: VsmSymbol, rect: QRectF, color: QColor = INK, width_mm: float = 0.6) -> None:
    pen = QPen(color, width_mm)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    for path, filled in symbol_paths(symbol, rect):
        painter.setPen(pen)
        painter.setBrush(color if filled else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


# --- the design properties (the same rules as the print: boards.look) ------------------------


def stroke_pen(stroke: Stroke) -> QPen:
    """A pen for a resolved border or line; dashes in the same millimetres as the print."""
    pen = QPen(QColor(stroke.color), stroke.width_mm)
    pattern = dash_pattern_mm(stroke.dash, stroke.width_mm)
    if pattern is not None:
        pen.setDashPattern([max(length / stroke.width_mm, 0.001) for length in pattern])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap if stroke.dash == "dotted" else Qt.PenCapStyle.FlatCap)
    else:
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def outline_path(shape: Shape, rect: QRectF) -> QPainterPath:
    """A zone's outline in local mm: rectangle, rounded, ellipse or sticky-note spot (folded top-right corner)."""
    path = QPainterPath()
    box = Rect(rect.x(), rect.y(), rect.width(), rect.height())
    if shape is Shape.ROUNDED:
        radius = corner_radius_mm(box)
        path.addRoundedRect(rect, radius, radius)
    elif shape in (Shape.ELLIPSE, Shape.CIRCLE):
        path.addEllipse(rect)
    elif shape is Shape.NOTE:
        fold = note_fold_mm(box)
        path.moveTo(rect.left(), rect.top())
        path.lineTo(rect.right() - fold, rect.top())
        path.lineTo(rect.right(), rect.top() + fold)
        path.lineTo(rect.right(), rect.bottom())
        path.lineTo(rect.left(), rect.bottom())
        path.closeSubpath()
    else:
        path.addRect(rect)
    return path


def note_fold_path(rect: QRectF) -> QPainterPath:
    fold = note_fold_mm(Rect(rect.x(), rect.y(), rect.width(), rect.height()))
    path = QPainterPath()
    path.moveTo(rect.right() - fold, rect.top())
    path.lineTo(rect.right() - fold, rect.top() + fold)
    path.lineTo(rect.right(), rect.top() + fold)
    return path


class Turned:
    """Paint content turned clockwise by ``rotation`` inside ``rect``: ``with Turned(p, rect, 90) as inner: ...``.

    The painter's transform is put back by hand (``QPainter.save`` leaks in PySide6 6.12).
    """

    def __init__(self, painter: QPainter, rect: QRectF, rotation: int) -> None:
        self.painter = painter
        self.rect = rect
        self.rotation = rotation
        self._old = painter.worldTransform()

    def __enter__(self) -> QRectF:
        if not self.rotation:
            return self.rect
        transform = QTransform(self._old)
        center = self.rect.center()
        transform.translate(center.x(), center.y())
        transform.rotate(self.rotation)
        self.painter.setWorldTransform(transform)
        width, height = self.rect.width(), self.rect.height()
        if self.rotation in (90, 270):
            width, height = height, width
        return QRectF(-width / 2, -height / 2, width, height)

    def __exit__(self, *exc: object) -> None:
        if self.rotation:
            self.painter.setWorldTransform(self._old)


def alignment_flag(align: str) -> Qt.AlignmentFlag:
    return {
        "left": Qt.AlignmentFlag.AlignLeft,
        "center": Qt.AlignmentFlag.AlignHCenter,
        "right": Qt.AlignmentFlag.AlignRight,
    }.get(align, Qt.AlignmentFlag.AlignLeft)


def pt_to_mm(size_pt: float) -> float:
    """A font size in points as the height in mm the editor draws text at."""
    return size_pt * 25.4 / 72
