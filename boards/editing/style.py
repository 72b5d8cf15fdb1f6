"""The look of parts as a handful of properties, read and set the same way for any mix of parts.

The properties panel edits a whole multi-selection through these: each
property applies to the parts that have it (a fill to zones, headings and
text boxes; a line colour to borders, symbols, lines and arrows) and the
others are left as they are.

=================  =========================================================================
property           applies to
=================  =========================================================================
``fill``           zones, group headings, text boxes
``line_color``     zone and text-box borders, symbols, lines, arrows
``line_width_mm``  zone and text-box borders, lines, arrows
``border_dash``    zone and text-box borders: solid, dashed, dotted, none
``dashed``         lines and arrows
``arrow``          lines and arrows (an arrow head at the end)
``elbow``          arrows (right angles only)
``text_color``     zones, group headings, text boxes
``font_size_pt``   zones (their label), group headings, text boxes; None: fitted to the box
``bold``           zones, group headings, text boxes
``align``          zones, group headings, text boxes
``shape``          zones
``locked``         every part (not the title block and legend)
``printed``        every part (not the title block and legend)
=================  =========================================================================
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.objects import get_objects
from boards.errors import problem
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.look import CONNECTOR_WIDTH_MM, TEXT_BORDER_MM, ZONE_BORDER_MM
from boards.model import (
    ConnectorElement,
    Group,
    LineElement,
    LineStyle,
    Shape,
    SymbolElement,
    TextElement,
    TextStyle,
    Zone,
)
from boards.styles import NAMED_STYLES, NamedStyle

#: The numbers a look may have (the file format's limits): text size in pt (None: fitted), line width in mm.
FONT_SIZE_PT = (2.0, 400.0)
LINE_WIDTH_MM = (0.1, 20.0)

#: A value that differs across a multi-selection.
MIXED = object()

PROPERTIES = (
    "fill",
    "line_color",
    "line_width_mm",
    "border_dash",
    "dashed",
    "arrow",
    "elbow",
    "text_color",
    "font_size_pt",
    "bold",
    "align",
    "shape",
    "locked",
    "printed",
)


def style_values(value: Any) -> dict[str, Any]:
    """The properties a part has, with their values as the part is drawn (defaults filled in)."""
    result: dict[str, Any] = {}
    if isinstance(value, Zone):
        result.update(
            fill=value.fill,
            line_color=value.border.color,
            line_width_mm=value.border.width_mm if value.border.width_mm is not None else ZONE_BORDER_MM,
            border_dash=value.border.dash,
            text_color=value.text_style.color,
            font_size_pt=value.text_style.size_pt,
            bold=value.text_style.bold if value.text_style.bold is not None else True,
            align=value.text_style.align or "left",
            shape=value.shape,
        )
    elif isinstance(value, Group):
        result.update(
            fill=value.fill,
            text_color=value.text_style.color,
            font_size_pt=value.text_style.size_pt,
            bold=value.text_style.bold if value.text_style.bold is not None else True,
            align=value.text_style.align or "left",
        )
    elif isinstance(value, TextElement):
        result.update(
            fill=value.fill,
            line_color=value.border.color,
            line_width_mm=value.border.width_mm if value.border.width_mm is not None else TEXT_BORDER_MM,
            border_dash=value.border.dash,
            text_color=value.color,
            font_size_pt=value.font_size_pt,
            bold=value.bold,
            align=value.align,
        )
    elif isinstance(value, SymbolElement):
        result.update(line_color=value.color)
    elif isinstance(value, ConnectorElement):
        result.update(
            line_color=value.color,
            line_width_mm=value.width_mm if value.width_mm is not None else CONNECTOR_WIDTH_MM,
            dashed=value.dashed,
            arrow=value.arrow,
            elbow=value.elbow,
        )
    elif isinstance(value, LineElement):
        result.update(line_color=value.color, line_width_mm=value.width_mm, dashed=value.dashed, arrow=value.arrow)
    if hasattr(value, "locked"):
        result.update(locked=value.locked, printed=value.printed)
    return result


def restyled(value: Any, **changes: Any) -> Any:
    """A copy of the part with the properties it has set as given; others are ignored."""
    applicable = {name: new for name, new in changes.items() if name in style_values(value)}
    if not applicable:
        return value
    flags = {name: applicable.pop(name) for name in ("locked", "printed") if name in applicable}
    if isinstance(value, Zone):
        border = _border(value.border, applicable)
        text = _text(value.text_style, applicable)
        extra: dict[str, Any] = {}
        if "fill" in applicable:
            extra["fill"] = applicable["fill"]
        if "shape" in applicable:
            shape = Shape(applicable["shape"])
            extra["shape"] = shape
            if shape is Shape.CIRCLE:
                side = min(value.rect.width, value.rect.height)
                extra["rect"] = replace(value.rect, width=side, height=side)
        return replace(value, border=border, text_style=text, **extra, **flags)
    if isinstance(value, Group):
        extra = {"fill": applicable["fill"]} if "fill" in applicable else {}
        return replace(value, text_style=_text(value.text_style, applicable), **extra, **flags)
    if isinstance(value, TextElement):
        extra = {}
        for name, field in (
            ("fill", "fill"),
            ("text_color", "color"),
            ("font_size_pt", "font_size_pt"),
            ("bold", "bold"),
            ("align", "align"),
        ):
            if name in applicable:
                extra[field] = applicable[name]
        return replace(value, border=_border(value.border, applicable), **extra, **flags)
    if isinstance(value, SymbolElement):
        extra = {"color": applicable["line_color"]} if "line_color" in applicable else {}
        return replace(value, **extra, **flags)
    if isinstance(value, (ConnectorElement, LineElement)):
        extra = {}
        for name, field in (
            ("line_color", "color"),
            ("line_width_mm", "width_mm"),
            ("dashed", "dashed"),
            ("arrow", "arrow"),
            ("elbow", "elbow"),
        ):
            if name in applicable:
                extra[field] = applicable[name]
        return replace(value, **extra, **flags)
    return replace(value, **flags) if flags else value


def _border(border: LineStyle, changes: dict[str, Any]) -> LineStyle:
    result = border
    if "line_color" in changes:
        result = replace(result, color=changes["line_color"])
    if "line_width_mm" in changes:
        result = replace(result, width_mm=changes["line_width_mm"])
    if "border_dash" in changes:
        result = replace(result, dash=changes["border_dash"])
    return result


def _text(style: TextStyle, changes: dict[str, Any]) -> TextStyle:
    result = style
    for name, field in (("text_color", "color"), ("font_size_pt", "size_pt"), ("bold", "bold"), ("align", "align")):
        if name in changes:
            result = replace(result, **{field: changes[name]})
    return result


def common_values(values: Iterable[Any]) -> dict[str, Any]:
    """For a selection: each property some part has → its value, or :data:`MIXED` when the parts differ."""
    result: dict[str, Any] = {}
    for value in values:
        for name, current in style_values(value).items():
            if name not in result:
                result[name] = current
            elif result[name] is not MIXED and result[name] != current:
                result[name] = MIXED
    return result


def styled_objects(board: Any, keys: Iterable[str], **changes: Any) -> dict[str, Any]:
    """The change set that sets the properties on every part of ``keys`` that has them."""
    after: dict[str, Any] = {}
    for key, value in get_objects(board, keys).items():
        if value is None:
            continue
        new = restyled(value, **changes)
        if new != value:
            after[key] = new
    return after


def with_named_style(value: Any, style: NamedStyle) -> Any:
    """A zone, heading or text box in a named style (other parts are returned as they are)."""
    if isinstance(value, Zone):
        return replace(value, fill=style.fill, border=style.border, text_style=style.text_style)
    if isinstance(value, Group):
        return replace(value, fill=style.fill, text_style=style.text_style)
    if isinstance(value, TextElement):
        text = style.text_style
        return replace(
            value,
            fill=style.fill,
            border=style.border if style.border != LineStyle() else LineStyle(dash="none"),
            color=text.color,
            bold=text.bold if text.bold is not None else value.bold,
        )
    return value


def named_styled_objects(board: Any, keys: Iterable[str], style: NamedStyle) -> dict[str, Any]:
    after: dict[str, Any] = {}
    for key, value in get_objects(board, keys).items():
        if value is None:
            continue
        new = with_named_style(value, style)
        if new != value:
            after[key] = new
    return after


def common_named_style(values: Iterable[Any]) -> str | None:
    """The id of the named style every zone, heading and text box of a selection is in, or None.

    Parts that take no named style (symbols, lines, arrows, pictures) do not count;
    a selection without any part that takes one has none.
    """
    styled = [value for value in values if isinstance(value, (Zone, Group, TextElement))]
    if not styled:
        return None
    for style in NAMED_STYLES:
        if all(with_named_style(value, style) == value for value in styled):
            return style.id
    return None


def style_problem(**changes: Any) -> Message | None:
    """Why a look cannot be set (a text size or line width out of range), or None."""
    size = changes.get("font_size_pt")
    if size is not None and not FONT_SIZE_PT[0] <= size <= FONT_SIZE_PT[1]:
        return problem(
            QT_TRANSLATE_NOOP("errors", "een lettergrootte is passend (0) of {low:g} tot {high:g} pt, niet {value:g}"),
            low=FONT_SIZE_PT[0],
            high=FONT_SIZE_PT[1],
            value=size,
        )
    width = changes.get("line_width_mm")
    if width is not None and not LINE_WIDTH_MM[0] <= width <= LINE_WIDTH_MM[1]:
        return problem(
            QT_TRANSLATE_NOOP("errors", "een lijndikte is {low:g} tot {high:g} mm, niet {value:g}"),
            low=LINE_WIDTH_MM[0],
            high=LINE_WIDTH_MM[1],
            value=width,
        )
    return None
