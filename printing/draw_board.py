"""Drawing one board as a poster: background, groups, zones, elements, legend, title block, markers.

Everything is drawn in the poster's own coordinate system (origin at the
poster's bottom-left corner, points), so the same drawing serves a single
page, a reusable form for tiles and a scaled handout.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab.pdfgen.canvas import Canvas

from boards.colors import KRAFT_BROWN
from boards.connectors import connector_points, label_point
from boards.editing import HEADER_KEY, LEGEND_KEY, drawing_order, split_key
from boards.geometry import Point, Rect
from boards.look import (
    GROUP_FILL as GROUP_FILL_HEX,
)
from boards.look import (
    Stroke,
    connector_stroke,
    corner_radius_mm,
    dash_pattern_mm,
    group_text,
    note_fold_mm,
    text_area,
    text_stroke,
    zone_stroke,
    zone_text,
)
from boards.model import (
    Board,
    ConnectorElement,
    Group,
    ImageElement,
    Legend,
    LineElement,
    Shape,
    SymbolElement,
    TextElement,
    VsmSymbol,
    Zone,
)
from boards.readback import frame_qr_rect
from boards.symbols import SYMBOL_LABELS
from printing.fonts import BOLD, ITALIC, REGULAR, draw_string, register_fonts
from printing.images import draw_image
from printing.markers import draw_markers, draw_qr
from printing.notes import draw_carried_notes
from printing.options import PrintOptions, PrintPlan
from printing.space import MIN_FONT_PT, PosterSpace
from printing.style import INK, SOFT_INK, THIN_LINE_MM, ZONE_LINE_MM, rgb
from printing.symbols import draw_symbol
from printing.text import draw_fitted, fit_text
from printing.titleblock import draw_title_block

ZONE_PAD_MM = 3.5
DOT_MM = 5.0
ROW_MM = 30.0  # height of a table row to write in


def board_space(board: Board, plan: PrintPlan) -> PosterSpace:
    return PosterSpace(plan.scale, board.width_mm, board.height_mm)


def draw_background(canvas: Canvas, width: float, height: float, background: str, x: float = 0, y: float = 0) -> None:
    if background == "brown":
        canvas.setFillColorRGB(*rgb(KRAFT_BROWN))
        canvas.rect(x, y, width, height, stroke=0, fill=1)


def draw_poster(
    canvas: Canvas,
    board: Board,
    plan: PrintPlan,
    options: PrintOptions,
    *,
    with_markers: bool = True,
    with_background: bool = True,
) -> None:
    """Draw the whole board into the poster coordinate system."""
    register_fonts()
    space = board_space(board, plan)
    if with_background:
        draw_background(canvas, space.width_pt, space.height_pt, plan.background)
    canvas.setLineJoin(1)
    qr_payload = plan.info.encode() if with_markers else None
    # In the editor's stacking order (boards.editing.order): headings, zones (larger below smaller), pictures,
    # legend, texts, symbols, lines, arrows; parts brought to the front or sent to the back by their layer.
    for key, value in drawing_order(board, printed_only=True):
        kind, _ = split_key(key)
        if kind == "group":
            draw_group(canvas, value, space)
        elif kind == "zone":
            draw_zone(canvas, value, space)
        elif kind == "element":
            draw_element(canvas, board, value, space)
        elif key == LEGEND_KEY:
            draw_legend(canvas, board, value, space)
        elif key == HEADER_KEY:
            draw_title_block(
                canvas, board, space, board.header, options.school, options.date, options.session_code, qr_payload
            )
    if board.header is None and qr_payload:
        draw_frame_qr(canvas, plan, qr_payload)
    if options.carried_notes:
        draw_carried_notes(canvas, board, space, options.carried_notes)
    if with_markers:
        draw_markers(canvas, plan.markers, PosterSpace(1.0, plan.poster_width_mm, plan.poster_height_mm))


def draw_frame_qr(canvas: Canvas, plan: PrintPlan, payload: str) -> None:
    """The QR code of a board without title block, in its marker frame (where capture looks for it)."""
    space = PosterSpace(1.0, plan.poster_width_mm, plan.poster_height_mm)
    x, y, width, _ = space.rect(frame_qr_rect(plan.frame, plan.poster_width_mm, plan.poster_height_mm))
    draw_qr(canvas, payload, x, y, width)


def draw_group(canvas: Canvas, group: Group, space: PosterSpace) -> None:
    if group.rect is None:
        return
    x, y, width, height = space.rect(group.rect)
    canvas.setFillColorRGB(*rgb(group.fill or GROUP_FILL_HEX))
    canvas.roundRect(x, y, width, height, min(height * 0.25, space.length(3)), stroke=0, fill=1)
    look = group_text(group)
    pad = space.length(ZONE_PAD_MM)
    font = BOLD if look.bold else REGULAR
    if look.size_pt is not None:
        size = space.font(look.size_pt)
        fitted = fit_text(group.label, font, width - 2 * pad, height * 0.8, size, size)
    else:
        fitted = fit_text(group.label, font, width - 2 * pad, height * 0.8, space.font(32), space.font(10, 6))
    top = y + (height + fitted.height) / 2
    draw_fitted(canvas, fitted, x + pad, top, width - 2 * pad, align=look.align, color=rgb(look.color))


def set_stroke(canvas: Canvas, space: PosterSpace, stroke: Stroke) -> None:
    """Colour, width and dash of the lines drawn next (a dotted line: round dots)."""
    canvas.setStrokeColorRGB(*rgb(stroke.color))
    canvas.setLineWidth(space.length(stroke.width_mm))
    pattern = dash_pattern_mm(stroke.dash, stroke.width_mm)
    if pattern is None:
        canvas.setDash()
        canvas.setLineCap(0)
    else:
        canvas.setDash([space.length(length) for length in pattern])
        canvas.setLineCap(1 if stroke.dash == "dotted" else 0)


def draw_outline(canvas: Canvas, space: PosterSpace, zone: Zone, stroke: Stroke, fill: str | None) -> None:
    """A zone's shape: rectangle, rounded rectangle, ellipse or sticky-note spot, filled and/or stroked."""
    x, y, width, height = space.rect(zone.rect)
    draw_stroke = 1 if stroke.visible else 0
    draw_fill = 1 if fill else 0
    if not draw_stroke and not draw_fill:
        return
    canvas.saveState()
    if fill:
        canvas.setFillColorRGB(*rgb(fill))
    if draw_stroke:
        set_stroke(canvas, space, stroke)
    if zone.shape is Shape.ROUNDED:
        canvas.roundRect(
            x, y, width, height, space.length(corner_radius_mm(zone.rect)), stroke=draw_stroke, fill=draw_fill
        )
    elif zone.shape in (Shape.ELLIPSE, Shape.CIRCLE):
        canvas.ellipse(x, y, x + width, y + height, stroke=draw_stroke, fill=draw_fill)
    elif zone.shape is Shape.NOTE:
        fold = space.length(note_fold_mm(zone.rect))
        path = canvas.beginPath()
        path.moveTo(x, y)
        path.lineTo(x + width, y)
        path.lineTo(x + width, y + height - fold)
        path.lineTo(x + width - fold, y + height)
        path.lineTo(x, y + height)
        path.close()
        canvas.drawPath(path, stroke=draw_stroke, fill=draw_fill)
        if draw_stroke:
            corner = canvas.beginPath()
            corner.moveTo(x + width - fold, y + height)
            corner.lineTo(x + width - fold, y + height - fold)
            corner.lineTo(x + width, y + height - fold)
            canvas.drawPath(corner, stroke=1, fill=0)
    else:
        canvas.rect(x, y, width, height, stroke=draw_stroke, fill=draw_fill)
    canvas.restoreState()


@contextmanager
def turned(
    canvas: Canvas, space: PosterSpace, rect: Rect, rotation: int
) -> Iterator[tuple[float, float, float, float]]:
    """Draw content turned clockwise by ``rotation`` inside ``rect``; yields the content's (x, y, w, h) in points."""
    x, y, width, height = space.rect(rect)
    if not rotation:
        yield x, y, width, height
        return
    canvas.saveState()
    canvas.translate(x + width / 2, y + height / 2)
    canvas.rotate(-rotation)  # ReportLab turns counter-clockwise
    local_w, local_h = (height, width) if rotation in (90, 270) else (width, height)
    try:
        yield -local_w / 2, -local_h / 2, local_w, local_h
    finally:
        canvas.restoreState()


def draw_zone(canvas: Canvas, zone: Zone, space: PosterSpace) -> None:
    draw_outline(canvas, space, zone, zone_stroke(zone), zone.fill)
    with turned(canvas, space, text_area(zone), zone.rotation) as (x, y, width, height):
        _draw_zone_content(canvas, zone, space, x, y, width, height)


def _draw_zone_content(
    canvas: Canvas, zone: Zone, space: PosterSpace, x: float, y: float, width: float, height: float
) -> None:
    look = zone_text(zone)
    ink, soft = rgb(look.color), (rgb(look.color) if zone.text_style.color else SOFT_INK)
    canvas.setLineWidth(space.length(ZONE_LINE_MM))
    canvas.setStrokeColorRGB(*INK)
    pad = space.length(ZONE_PAD_MM)
    dots = zone.holds.dots
    dot_d = space.length(DOT_MM)
    dots_w = (len(dots) * dot_d * 1.4) if dots else 0.0
    text_w = width - 2 * pad - dots_w
    top = y + height - pad
    budget = height * (0.45 if (zone.question or zone.definition) else 0.3)
    label_room = budget * (0.5 if zone.question or zone.definition else 1.0)
    font = BOLD if look.bold else REGULAR
    if look.size_pt is not None:
        size = space.font(look.size_pt)
        label = fit_text(zone.label, font, text_w, max(label_room, size * 1.2), size, size)
    else:
        label = fit_text(zone.label, font, text_w, label_room, space.font(28), space.font(9, 6))
    cursor = draw_fitted(canvas, label, x + pad, top, text_w, align=look.align, color=ink)
    # the question takes up to 0.3 of the budget; the definition whatever the label and question left over
    # (a long quoted definition then fits without taking room from the notes)
    for text, font, share, size in ((zone.question, ITALIC, 0.3, 18), (zone.definition, REGULAR, None, 14)):
        if not text:
            continue
        room = budget * share if share is not None else budget - (top - cursor) - pad * 0.3
        fitted = fit_text(text, font, width - 2 * pad, max(room, budget * 0.2), space.font(size), space.font(7, 6))
        cursor = draw_fitted(canvas, fitted, x + pad, cursor - pad * 0.3, width - 2 * pad, align=look.align, color=soft)
    if zone.holds.rows and not zone.rotation:
        draw_rows(canvas, space, zone.rect, cursor - pad * 0.5)
    for index, kind in enumerate(dots):
        cx = x + width - pad - dot_d / 2 - index * dot_d * 1.4
        canvas.setFillColorRGB(*rgb(kind.color))
        canvas.setLineWidth(space.length(THIN_LINE_MM))
        canvas.circle(cx, top - dot_d / 2, dot_d / 2, stroke=1, fill=1)
    extra = []
    if zone.scale_value is not None:
        extra.append(f"{zone.scale_value:g}")
    if zone.reference_percent is not None:
        extra.append(f"{zone.reference_percent:g} %".replace(".", ","))
    if extra:
        size = space.font(16)
        canvas.setFillColorRGB(*soft)
        draw_string(canvas, x + width - pad, y + pad, "  ".join(extra), BOLD, size, "right")


def draw_rows(canvas: Canvas, space: PosterSpace, rect: Rect, below_pt: float) -> None:
    """Ruled lines to write table rows on, below the label (``below_pt``) to the zone's bottom.

    Lines sit at whole row heights from the zone's top, so neighbouring table
    columns line up even when one label needs more lines than another.
    """
    label_bottom_mm = space.board_height_mm - below_pt / space.unit
    first = max(1, math.ceil((label_bottom_mm - rect.y) / ROW_MM - 1e-6))
    canvas.saveState()
    canvas.setStrokeColorRGB(*SOFT_INK)
    canvas.setLineWidth(space.length(THIN_LINE_MM))
    row = first
    while rect.y + row * ROW_MM < rect.bottom - ROW_MM * 0.5:
        line_y = space.y(rect.y + row * ROW_MM)
        canvas.line(space.x(rect.x), line_y, space.x(rect.right), line_y)
        row += 1
    canvas.restoreState()


def draw_element(canvas: Canvas, board: Board, element, space: PosterSpace) -> None:
    if isinstance(element, TextElement):
        draw_text_element(canvas, element, space)
    elif isinstance(element, SymbolElement):
        draw_symbol_element(canvas, element, space)
    elif isinstance(element, ConnectorElement):
        draw_connector(canvas, board, element, space)
    elif isinstance(element, LineElement):
        color = rgb(element.color) if element.color else INK
        draw_polyline(
            canvas, (element.start, element.end), space, element.width_mm, element.dashed, element.arrow, color
        )
    elif isinstance(element, ImageElement):
        with turned(canvas, space, element.rect, element.rotation) as box:
            draw_image(canvas, element, *box)


def draw_text_element(canvas: Canvas, element: TextElement, space: PosterSpace) -> None:
    stroke = text_stroke(element)
    if element.fill or stroke.visible:
        x, y, width, height = space.rect(element.rect)
        canvas.saveState()
        if element.fill:
            canvas.setFillColorRGB(*rgb(element.fill))
        if stroke.visible:
            set_stroke(canvas, space, stroke)
        canvas.rect(x, y, width, height, stroke=1 if stroke.visible else 0, fill=1 if element.fill else 0)
        canvas.restoreState()
    with turned(canvas, space, element.rect, element.rotation) as (x, y, width, height):
        font = BOLD if element.bold else REGULAR
        if element.font_size_pt is not None:
            size = space.font(element.font_size_pt)
            fitted = fit_text(element.text, font, width, height, size, size)
        else:
            fitted = fit_text(element.text, font, width, height, space.font(28), space.font(8, 6))
        color = rgb(element.color) if element.color else INK
        draw_fitted(canvas, fitted, x, y + height, width, align=element.align, color=color)


def draw_symbol_element(canvas: Canvas, element: SymbolElement, space: PosterSpace) -> None:
    color = rgb(element.color) if element.color else INK
    with turned(canvas, space, element.rect, element.rotation) as (x, y, width, height):
        label_h = height * 0.25 if element.label else 0.0
        side = min(width, height - label_h)
        sx = x + (width - side) / 2
        sy = y + label_h
        draw_symbol(canvas, element.symbol, sx, sy, side, max(space.length(0.6), side * 0.025), color)
        if element.label:
            fitted = fit_text(element.label, REGULAR, width, label_h, space.font(12), space.font(7, 6))
            draw_fitted(canvas, fitted, x, y + label_h, width, align="center", color=color)


def draw_connector(canvas: Canvas, board: Board, element: ConnectorElement, space: PosterSpace) -> None:
    path = connector_points(board, element)
    if path is None:
        return
    stroke = connector_stroke(element)
    draw_polyline(canvas, path, space, stroke.width_mm, element.dashed, element.arrow, rgb(stroke.color))
    if element.label:
        middle = label_point(path)
        size = space.font(11)
        canvas.setFillColorRGB(*rgb(stroke.color))
        draw_string(canvas, space.x(middle.x), space.y(middle.y) + size * 0.4, element.label, ITALIC, size, "center")


def draw_line(
    canvas: Canvas, start: Point, end: Point, space: PosterSpace, width_mm: float, dashed: bool, arrow: bool
) -> None:
    draw_polyline(canvas, (start, end), space, width_mm, dashed, arrow)


def draw_polyline(
    canvas: Canvas,
    points: tuple[Point, ...],
    space: PosterSpace,
    width_mm: float,
    dashed: bool,
    arrow: bool,
    color: tuple[float, float, float] = INK,
) -> None:
    """A line through ``points`` (board mm), with an arrow head at the last point when asked."""
    xy = [(space.x(point.x), space.y(point.y)) for point in points]
    line_w = space.length(width_mm)
    canvas.saveState()
    canvas.setStrokeColorRGB(*color)
    canvas.setFillColorRGB(*color)
    canvas.setLineWidth(line_w)
    canvas.setLineCap(1)
    (x1, y1), (x2, y2) = xy[-2], xy[-1]
    length = math.hypot(x2 - x1, y2 - y1)
    head = max(line_w * 6, space.length(4.0))
    with_head = arrow and length > head
    if with_head:
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        bx, by = x2 - ux * head, y2 - uy * head
        xy[-1] = (bx, by)
    if dashed:
        canvas.setDash(line_w * 4, line_w * 3)
    path = canvas.beginPath()
    path.moveTo(*xy[0])
    for x, y in xy[1:]:
        path.lineTo(x, y)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setDash()
    if with_head:
        path = canvas.beginPath()
        path.moveTo(x2, y2)
        path.lineTo(bx - uy * head * 0.45, by + ux * head * 0.45)
        path.lineTo(bx + uy * head * 0.45, by - ux * head * 0.45)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_legend(canvas: Canvas, board: Board, legend: Legend, space: PosterSpace) -> None:
    x, y, width, height = space.rect(legend.rect)
    canvas.setLineWidth(space.length(THIN_LINE_MM))
    canvas.setStrokeColorRGB(*INK)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, width, height, stroke=1, fill=1)
    pad = space.length(ZONE_PAD_MM)
    entries: list[tuple[str, object]] = []  # (label, swatch): swatch a VsmSymbol, a colour or None
    for entry in legend.entries:
        entries.append(
            (
                entry.label or (SYMBOL_LABELS.get(entry.symbol, "") if entry.symbol else ""),
                entry.symbol if entry.symbol else entry.color,
            )
        )
    if legend.dot_kinds:
        for kind in board.dot_kinds():
            entries.append((f"stip: {kind.label}", ("dot", kind.color)))
    top = y + height - pad
    if legend.title:
        title = fit_text(legend.title, BOLD, width - 2 * pad, height * 0.25, space.font(24), space.font(9, 6))
        top = draw_fitted(canvas, title, x + pad, top, width - 2 * pad) - pad * 0.4
    if not entries:
        return
    row_h = min((top - (y + pad)) / len(entries), space.length(14))
    if row_h <= 0:
        return
    size = max(min(row_h * 0.6, space.font(18)), MIN_FONT_PT)
    for index, (label, swatch) in enumerate(entries):
        row_top = top - index * row_h
        cy = row_top - row_h / 2
        icon = row_h * 0.8
        ix = x + pad
        if isinstance(swatch, tuple):  # a dot kind
            canvas.setFillColorRGB(*rgb(swatch[1]))
            canvas.setStrokeColorRGB(*INK)
            canvas.circle(ix + icon / 2, cy, icon * 0.35, stroke=1, fill=1)
        elif isinstance(swatch, VsmSymbol):
            draw_symbol(canvas, swatch, ix, cy - icon / 2, icon, max(icon * 0.05, 0.3))
        elif isinstance(swatch, str):  # a colour
            canvas.setFillColorRGB(*rgb(swatch))
            canvas.rect(ix + icon * 0.1, cy - icon * 0.4, icon * 0.8, icon * 0.8, stroke=1, fill=1)
        canvas.setFillColorRGB(*INK)
        draw_string(canvas, ix + icon + pad * 0.6, cy - size * 0.35, label, REGULAR, size)
