"""Boards and sessions to plain dicts (the JSON shape) and back.

``*_from_dict`` trust their input: ``boards.fileformat`` validates first.
"""

from __future__ import annotations

import base64
from typing import Any

from boards.geometry import Point, Rect
from boards.model import (
    Addition,
    Board,
    Bundle,
    ConnectorElement,
    DotKind,
    Element,
    Group,
    Holds,
    ImageElement,
    Legend,
    LegendEntry,
    LineElement,
    LineStyle,
    Marker,
    MarkerLayout,
    Shape,
    SymbolElement,
    TextElement,
    TextStyle,
    VsmSymbol,
    Zone,
    ZoneKind,
)
from boards.paper import CUSTOM, Paper
from boards.session import ActionItem, DotCount, Note, NoteSource, Photo, Results, Session


def num(value: float) -> float | int:
    """Tidy numbers for JSON: 12.0 → 12, 12.3456789 → 12.346."""
    rounded = round(float(value), 3)
    return int(rounded) if rounded.is_integer() else rounded


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def rect_to_dict(rect: Rect) -> dict[str, float | int]:
    return {"x": num(rect.x), "y": num(rect.y), "width": num(rect.width), "height": num(rect.height)}


def _rect_or_none(data: dict[str, Any] | None) -> Rect | None:
    return Rect.from_dict(data) if data else None


# --- paper -----------------------------------------------------------------------------


def paper_to_dict(paper: Paper) -> dict[str, Any]:
    result: dict[str, Any] = {"format": paper.format}
    if not paper.is_custom:
        result["orientation"] = paper.orientation.value
    result["width_mm"] = num(paper.width_mm)
    result["height_mm"] = num(paper.height_mm)
    return result


def paper_from_dict(data: dict[str, Any]) -> Paper:
    if data["format"] == CUSTOM:
        return Paper.custom(float(data["width_mm"]), float(data["height_mm"]))
    return Paper.a_series(data["format"], data.get("orientation", "portrait"))


# --- styles and the fields every part may have ------------------------------------------
#
# Written only when they differ from the usual look, so a plain board's file stays as it was.


def _color(value: Any) -> str | None:
    return value.lower() if value else None


def line_style_to_dict(style: LineStyle) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if style.color is not None:
        data["color"] = style.color
    if style.width_mm is not None:
        data["width_mm"] = num(style.width_mm)
    if style.dash != "solid":
        data["dash"] = style.dash
    return data


def line_style_from_dict(data: dict[str, Any] | None, default: LineStyle | None = None) -> LineStyle:
    if data is None:
        return default or LineStyle()
    return LineStyle(_color(data.get("color")), _opt_float(data.get("width_mm")), data.get("dash", "solid"))


def text_style_to_dict(style: TextStyle) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if style.color is not None:
        data["color"] = style.color
    if style.size_pt is not None:
        data["size_pt"] = num(style.size_pt)
    if style.bold is not None:
        data["bold"] = style.bold
    if style.align is not None:
        data["align"] = style.align
    return data


def text_style_from_dict(data: dict[str, Any] | None) -> TextStyle:
    if not data:
        return TextStyle()
    bold = data.get("bold")
    return TextStyle(
        _color(data.get("color")),
        _opt_float(data.get("size_pt")),
        None if bold is None else bool(bold),
        data.get("align"),
    )


def _flags_to_dict(part: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Rotation, stacking layer, lock and print flag, when not the usual."""
    if getattr(part, "rotation", 0):
        data["rotation"] = part.rotation
    if part.z:
        data["z"] = part.z
    if part.locked:
        data["locked"] = True
    if not part.printed:
        data["printed"] = False
    return data


def _flags_from_dict(data: dict[str, Any], rotation: bool = True) -> dict[str, Any]:
    flags: dict[str, Any] = {
        "z": int(data.get("z", 0)),
        "locked": bool(data.get("locked", False)),
        "printed": bool(data.get("printed", True)),
    }
    if rotation:
        flags["rotation"] = int(data.get("rotation", 0))
    return flags


def _point_to_dict(point: Point) -> dict[str, float | int]:
    return {"x": num(point.x), "y": num(point.y)}


def _point_from_dict(data: dict[str, Any]) -> Point:
    return Point(float(data["x"]), float(data["y"]))


def group_to_dict(group: Group) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": group.id,
        "label": group.label,
        "rect": rect_to_dict(group.rect) if group.rect else None,
    }
    if group.fill:
        data["fill"] = group.fill
    if text_style_to_dict(group.text_style):
        data["text_style"] = text_style_to_dict(group.text_style)
    return _flags_to_dict(group, data)


def group_from_dict(data: dict[str, Any]) -> Group:
    return Group(
        data["id"],
        data["label"],
        _rect_or_none(data.get("rect")),
        fill=_color(data.get("fill")),
        text_style=text_style_from_dict(data.get("text_style")),
        **_flags_from_dict(data, rotation=False),
    )


# --- board ------------------------------------------------------------------------------


def _holds_to_dict(holds: Holds) -> dict[str, Any]:
    return {
        "notes": holds.notes,
        "dots": [{"id": kind.id, "label": kind.label, "color": kind.color} for kind in holds.dots],
        "rows": holds.rows,
    }


def _holds_from_dict(data: dict[str, Any] | None) -> Holds:
    data = data or {}
    return Holds(
        notes=bool(data.get("notes", True)),
        dots=[DotKind(kind["id"], kind["label"], kind["color"].lower()) for kind in data.get("dots", [])],
        rows=bool(data.get("rows", False)),
    )


def zone_to_dict(zone: Zone) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": zone.id,
        "kind": zone.kind.value,
        "label": zone.label,
        "question": zone.question,
        "definition": zone.definition,
        "rect": rect_to_dict(zone.rect),
        "holds": _holds_to_dict(zone.holds),
        "group": zone.group,
        "parent": zone.parent,
        "fill": zone.fill,
        "scale_value": None if zone.scale_value is None else num(zone.scale_value),
        "reference_percent": None if zone.reference_percent is None else num(zone.reference_percent),
    }
    if zone.shape is not Shape.RECT:
        data["shape"] = zone.shape.value
    if line_style_to_dict(zone.border):
        data["border"] = line_style_to_dict(zone.border)
    if text_style_to_dict(zone.text_style):
        data["text_style"] = text_style_to_dict(zone.text_style)
    return _flags_to_dict(zone, data)


def zone_from_dict(data: dict[str, Any]) -> Zone:
    return Zone(
        id=data["id"],
        kind=ZoneKind(data["kind"]),
        rect=Rect.from_dict(data["rect"]),
        label=data["label"],
        question=data.get("question", ""),
        definition=data.get("definition", ""),
        holds=_holds_from_dict(data.get("holds")),
        group=data.get("group"),
        parent=data.get("parent"),
        fill=data["fill"].lower() if data.get("fill") else None,
        scale_value=_opt_float(data.get("scale_value")),
        reference_percent=_opt_float(data.get("reference_percent")),
        shape=Shape(data.get("shape", "rect")),
        border=line_style_from_dict(data.get("border")),
        text_style=text_style_from_dict(data.get("text_style")),
        **_flags_from_dict(data),
    )


#: A text box has no border unless one is set.
TEXT_BORDER_DEFAULT = LineStyle(dash="none")


def element_to_dict(element: Element) -> dict[str, Any]:
    return _flags_to_dict(element, _element_fields(element))


def _element_fields(element: Element) -> dict[str, Any]:
    if isinstance(element, TextElement):
        data: dict[str, Any] = {
            "id": element.id,
            "type": "text",
            "rect": rect_to_dict(element.rect),
            "text": element.text,
            "font_size_pt": element.font_size_pt,
            "bold": element.bold,
            "align": element.align,
        }
        if element.color:
            data["color"] = element.color
        if element.fill:
            data["fill"] = element.fill
        if element.border != TEXT_BORDER_DEFAULT:
            data["border"] = line_style_to_dict(element.border)
        return data
    if isinstance(element, SymbolElement):
        data = {
            "id": element.id,
            "type": "symbol",
            "symbol": element.symbol.value,
            "rect": rect_to_dict(element.rect),
            "label": element.label,
        }
        if element.color:
            data["color"] = element.color
        return data
    if isinstance(element, ConnectorElement):
        data = {
            "id": element.id,
            "type": "connector",
            "source": element.source,
            "target": element.target,
            "label": element.label,
            "arrow": element.arrow,
            "dashed": element.dashed,
        }
        if element.color:
            data["color"] = element.color
        if element.width_mm is not None:
            data["width_mm"] = num(element.width_mm)
        if element.elbow:
            data["elbow"] = True
        if element.waypoints:
            data["waypoints"] = [_point_to_dict(point) for point in element.waypoints]
        return data
    if isinstance(element, LineElement):
        data = {
            "id": element.id,
            "type": "line",
            "start": _point_to_dict(element.start),
            "end": _point_to_dict(element.end),
            "width_mm": num(element.width_mm),
            "dashed": element.dashed,
            "arrow": element.arrow,
        }
        if element.color:
            data["color"] = element.color
        return data
    if isinstance(element, ImageElement):
        return {
            "id": element.id,
            "type": "image",
            "rect": rect_to_dict(element.rect),
            "media_type": element.media_type,
            "name": element.name,
            "data": base64.b64encode(element.data).decode("ascii"),
        }
    raise TypeError(f"unknown element {element!r}")


def element_from_dict(data: dict[str, Any]) -> Element:
    kind = data["type"]
    if kind == "text":
        size = data.get("font_size_pt")
        return TextElement(
            id=data["id"],
            rect=Rect.from_dict(data["rect"]),
            text=data["text"],
            font_size_pt=float(size) if size is not None else None,
            bold=bool(data.get("bold", False)),
            align=data.get("align", "left"),
            color=_color(data.get("color")),
            fill=_color(data.get("fill")),
            border=line_style_from_dict(data.get("border"), TEXT_BORDER_DEFAULT),
            **_flags_from_dict(data),
        )
    if kind == "symbol":
        return SymbolElement(
            id=data["id"],
            symbol=VsmSymbol(data["symbol"]),
            rect=Rect.from_dict(data["rect"]),
            label=data.get("label", ""),
            color=_color(data.get("color")),
            **_flags_from_dict(data),
        )
    if kind == "connector":
        return ConnectorElement(
            id=data["id"],
            source=data["source"],
            target=data["target"],
            label=data.get("label", ""),
            arrow=bool(data.get("arrow", True)),
            dashed=bool(data.get("dashed", False)),
            color=_color(data.get("color")),
            width_mm=_opt_float(data.get("width_mm")),
            elbow=bool(data.get("elbow", False)),
            waypoints=tuple(_point_from_dict(point) for point in data.get("waypoints", [])),
            **_flags_from_dict(data, rotation=False),
        )
    if kind == "line":
        return LineElement(
            id=data["id"],
            start=_point_from_dict(data["start"]),
            end=_point_from_dict(data["end"]),
            width_mm=float(data.get("width_mm", 0.5)),
            dashed=bool(data.get("dashed", False)),
            arrow=bool(data.get("arrow", False)),
            color=_color(data.get("color")),
            **_flags_from_dict(data, rotation=False),
        )
    if kind == "image":
        return ImageElement(
            id=data["id"],
            rect=Rect.from_dict(data["rect"]),
            media_type=data["media_type"],
            data=base64.b64decode(data["data"]),
            name=data.get("name", ""),
            **_flags_from_dict(data),
        )
    raise ValueError(f"unknown element type {kind!r}")


def legend_to_dict(legend: Legend) -> dict[str, Any]:
    return {
        "rect": rect_to_dict(legend.rect),
        "title": legend.title,
        "dot_kinds": legend.dot_kinds,
        "entries": [
            {"label": entry.label, "symbol": entry.symbol.value if entry.symbol else None, "color": entry.color}
            for entry in legend.entries
        ],
    }


def legend_from_dict(data: dict[str, Any]) -> Legend:
    return Legend(
        rect=Rect.from_dict(data["rect"]),
        title=data.get("title", ""),
        dot_kinds=bool(data.get("dot_kinds", True)),
        entries=[
            LegendEntry(
                label=entry["label"],
                symbol=VsmSymbol(entry["symbol"]) if entry.get("symbol") else None,
                color=entry["color"].lower() if entry.get("color") else None,
            )
            for entry in data.get("entries", [])
        ],
    )


def markers_to_dict(layout: MarkerLayout) -> dict[str, Any]:
    return {
        "dictionary": layout.dictionary,
        "size_mm": num(layout.size_mm),
        "markers": [{"id": marker.id, "x": num(marker.x), "y": num(marker.y)} for marker in layout.markers],
    }


def markers_from_dict(data: dict[str, Any]) -> MarkerLayout:
    return MarkerLayout(
        dictionary=data["dictionary"],
        size_mm=float(data["size_mm"]),
        markers=tuple(Marker(int(item["id"]), float(item["x"]), float(item["y"])) for item in data["markers"]),
    )


def board_to_dict(board: Board) -> dict[str, Any]:
    data = {
        "id": board.id,
        "version": board.version,
        "title": board.title,
        "question": board.question,
        "description": board.description,
        "method": board.method,
        "step": board.step,
        "paper": paper_to_dict(board.paper),
        "header": rect_to_dict(board.header) if board.header else None,
        "groups": [group_to_dict(group) for group in board.groups],
        "zones": [zone_to_dict(zone) for zone in board.zones],
        "elements": [element_to_dict(element) for element in board.elements],
        "legend": legend_to_dict(board.legend) if board.legend else None,
        "markers": markers_to_dict(board.markers) if board.markers else None,
    }
    if board.additions:  # only templates have them; user boards stay as they were
        data["additions"] = [{"text": item.text, "reason": item.reason} for item in board.additions]
    if board.bundles:
        data["bundles"] = [{"id": bundle.id, "members": list(bundle.members)} for bundle in board.bundles]
    return data


def board_from_dict(data: dict[str, Any]) -> Board:
    return Board(
        id=data["id"],
        version=int(data.get("version", 1)),
        title=data["title"],
        question=data.get("question", ""),
        description=data.get("description", ""),
        method=data.get("method"),
        step=data.get("step"),
        paper=paper_from_dict(data["paper"]),
        header=_rect_or_none(data.get("header")),
        groups=[group_from_dict(group) for group in data.get("groups", [])],
        zones=[zone_from_dict(zone) for zone in data.get("zones", [])],
        elements=[element_from_dict(element) for element in data.get("elements", [])],
        legend=legend_from_dict(data["legend"]) if data.get("legend") else None,
        markers=markers_from_dict(data["markers"]) if data.get("markers") else None,
        additions=[Addition(item["text"], item.get("reason", "")) for item in data.get("additions", [])],
        bundles=[Bundle(item["id"], tuple(item["members"])) for item in data.get("bundles", [])],
    )


# --- session ----------------------------------------------------------------------------


def _opt_num(value: float | None) -> float | int | None:
    return None if value is None else num(value)


def note_to_dict(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "text": note.text,
        "zone_id": note.zone_id,
        "color": note.color,
        "x_mm": _opt_num(note.x_mm),
        "y_mm": _opt_num(note.y_mm),
        "width_mm": _opt_num(note.width_mm),
        "height_mm": _opt_num(note.height_mm),
        "source": note.source.value,
        "image": note.image,
        "confidence": None if note.confidence is None else round(note.confidence, 4),
        "links": dict(note.links),
        "category": note.category,
        "chosen": note.chosen,
        **({"work_min": num(note.work_min)} if note.work_min is not None else {}),
        **({"wait_min": num(note.wait_min)} if note.wait_min is not None else {}),
    }


def note_from_dict(data: dict[str, Any]) -> Note:
    return Note(
        id=data["id"],
        text=data["text"],
        zone_id=data.get("zone_id"),
        color=data.get("color", "yellow"),
        x_mm=_opt_float(data.get("x_mm")),
        y_mm=_opt_float(data.get("y_mm")),
        width_mm=_opt_float(data.get("width_mm")),
        height_mm=_opt_float(data.get("height_mm")),
        source=NoteSource(data.get("source", "typed")),
        image=data.get("image"),
        confidence=_opt_float(data.get("confidence")),
        links=dict(data.get("links", {})),
        category=data.get("category", ""),
        chosen=bool(data.get("chosen", False)),
        work_min=_opt_float(data.get("work_min")),
        wait_min=_opt_float(data.get("wait_min")),
    )


def action_to_dict(action: ActionItem) -> dict[str, Any]:
    return {
        "id": action.id,
        "nr": action.nr,
        "action": action.action,
        "owner": action.owner,
        "due": action.due,
        "impact": action.impact,
        "workload": action.workload,
        "todos": action.todos,
        "done": action.done,
        "links": dict(action.links),
    }


def action_from_dict(data: dict[str, Any]) -> ActionItem:
    item = ActionItem(
        nr=int(data["nr"]),
        action=data["action"],
        owner=data.get("owner", ""),
        due=data.get("due", ""),
        impact=data.get("impact", ""),
        workload=data.get("workload", ""),
        todos=data.get("todos", ""),
        done=bool(data.get("done", False)),
        links=dict(data.get("links", {})),
    )
    if data.get("id"):
        item.id = data["id"]
    return item


def results_to_dict(results: Results) -> dict[str, Any]:
    return {
        "notes": [note_to_dict(note) for note in results.notes],
        "dots": [{"zone_id": dot.zone_id, "kind": dot.kind, "count": dot.count} for dot in results.dots],
        "actions": [action_to_dict(action) for action in results.actions],
        **({"respondents": dict(results.respondents)} if results.respondents else {}),
    }


def results_from_dict(data: dict[str, Any] | None) -> Results:
    data = data or {}
    return Results(
        notes=[note_from_dict(note) for note in data.get("notes", [])],
        dots=[DotCount(dot["zone_id"], dot["kind"], int(dot["count"])) for dot in data.get("dots", [])],
        actions=[action_from_dict(action) for action in data.get("actions", [])],
        respondents={str(key): int(value) for key, value in data.get("respondents", {}).items()},
    )


def session_to_dict(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "school": session.school,
        "team": session.team,
        "date": session.date,
        "facilitator": session.facilitator,
        "method": session.method,
        "step": session.step,
        "code": session.code,
        "topic": session.topic,
        "participants": list(session.participants),
        "remarks": session.remarks,
        "board": board_to_dict(session.board),
        "results": results_to_dict(session.results),
        "photos": [{"name": photo.name, "caption": photo.caption, "sha256": photo.sha256} for photo in session.photos],
    }


def session_from_dict(data: dict[str, Any], board: Board | None = None) -> Session:
    """The session of ``data``; ``board``: the Board already built from ``data["board"]`` (shared)."""
    return Session(
        id=data["id"],
        board=board if board is not None else board_from_dict(data["board"]),
        school=data.get("school", ""),
        team=data.get("team", ""),
        date=data.get("date", ""),
        facilitator=data.get("facilitator", ""),
        method=data.get("method"),
        step=data.get("step"),
        code=data.get("code", ""),
        topic=data.get("topic", ""),
        participants=list(data.get("participants", [])),
        results=results_from_dict(data.get("results")),
        photos=[Photo(p["name"], p.get("caption", ""), p.get("sha256", "")) for p in data.get("photos", [])],
        remarks=data.get("remarks", ""),
    )
