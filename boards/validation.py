"""Validation of board and session documents, with clear Dutch messages.

The structure is checked against the JSON Schemas in ``resources/schema``
(jsonschema); what a schema cannot say (unique ids, references, zones on the
paper) is checked here. Every problem names the field path, e.g.
``zones[3].rect.width: moet groter zijn dan 0``.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema is imported only to explain an invalid file: valid ones need fastjsonschema alone
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.paper import A_SERIES_MM, CUSTOM
from resources import resource_path

PAPER_TOLERANCE_MM = 0.5


class Problem(Exception):
    """One validation problem: where (field path) and what."""

    def __init__(self, path: str, message: Message) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@cache
def _schema(name: str) -> dict[str, Any]:
    with open(resource_path("schema", f"{name}.schema.json"), encoding="utf-8") as handle:
        return json.load(handle)


#: The session schema with its board taken as any object: for a session whose board is equal to one
#: checked in full before (see ``boards.fileformat.BoardSnapshots``), so the board is not walked again.
SESSION_BESIDE_BOARD = "session-beside-board"


def _schema_named(name: str) -> dict[str, Any]:
    """A schema file's schema, or the variant :data:`SESSION_BESIDE_BOARD` made from the session schema."""
    if name != SESSION_BESIDE_BOARD:
        return _schema(name)
    schema = json.loads(json.dumps(_schema("session")))  # a deep copy
    schema["$defs"]["session"]["properties"]["board"] = {"type": "object"}
    return schema


@cache
def _fast_check(name: str, paths: bool = False) -> Callable[[Any], Any] | None:
    """A compiled validator (fastjsonschema) that only says valid or not, ~30x faster.

    Valid documents (the usual case: a 2,000-element board) pass in milliseconds;
    for an invalid one ``check_schema`` asks jsonschema for the precise message.
    ``paths``: the variant whose error says where (the path of the failing value), run only when the
    quick one failed. None when fastjsonschema is not installed.
    """
    try:
        import fastjsonschema
    except ImportError:
        return None
    store = {}
    for schema_name in ("board", "session"):
        schema = _schema(schema_name)
        store[schema["$id"]] = schema
    try:
        return _cached_validator(name, fastjsonschema, store, paths)
    except Exception:  # noqa: BLE001 - a schema it cannot compile: jsonschema alone is still correct, only slower
        return None


#: Keywords that apply to one JSON type only (JSON Schema ignores them for values of other types).
_TYPE_KEYWORDS = {
    "number": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"},
    "integer": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"},
    "string": {"pattern", "minLength", "maxLength"},
}
_NULL = {"type": "null"}


def _without_null_unions(node: Any, defs: dict[str, Any]) -> Any:
    """The same schema with ``anyOf: [X, {"type": "null"}]`` written as X allowing null
    (``"type": ["number", "null"]``, or null added to an ``enum``), where X is one type with only
    that type's keywords (or a local ``$ref`` to one). Equivalent, and for fastjsonschema much quicker:
    its ``anyOf`` raises and catches an exception for every null, five or six per note."""
    if isinstance(node, list):
        return [_without_null_unions(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _without_null_unions(value, defs) for key, value in node.items()}
    options = node.get("anyOf")
    if set(node) != {"anyOf"} or not isinstance(options, list) or len(options) != 2 or _NULL not in options:
        return node
    other = options[0] if options[1] == _NULL else options[1]
    reference = other.get("$ref", "") if isinstance(other, dict) else ""
    if set(other) == {"$ref"} and reference.startswith("#/$defs/"):
        other = defs.get(reference.removeprefix("#/$defs/"), other)
    kind = other.get("type")
    if isinstance(kind, str) and kind in _TYPE_KEYWORDS and set(other) - {"type"} <= _TYPE_KEYWORDS[kind]:
        return {**other, "type": [kind, "null"]}
    if set(other) == {"enum"}:
        return {"enum": [*other["enum"], None]}
    return node


def _has_reference(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_has_reference(value) for value in node.values())
    return isinstance(node, list) and any(_has_reference(item) for item in node)


def _inline_leaves(node: Any, defs: dict[str, Any]) -> Any:
    """The same schema with each local ``$ref`` to a definition that refers to nothing itself (an id, a
    text, a number in millimetres) replaced by that definition. Equivalent; for fastjsonschema quicker:
    a check written in place instead of a function called for every field of every note."""
    if isinstance(node, list):
        return [_inline_leaves(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    reference = node.get("$ref")
    if set(node) == {"$ref"} and isinstance(reference, str) and reference.startswith("#/$defs/"):
        target = defs.get(reference.removeprefix("#/$defs/"))
        if isinstance(target, dict) and not _has_reference(target):
            return target
    return {key: _inline_leaves(value, defs) for key, value in node.items()}


def _quick_schema(schema: dict[str, Any]) -> dict[str, Any]:
    defs = schema.get("$defs", {})
    return _without_null_unions(_inline_leaves(schema, defs), defs)


def _cached_validator(name: str, fastjsonschema, store: dict[str, Any], paths: bool) -> Callable[[Any], Any]:
    """fastjsonschema's validator for schema ``name``, its compiled code kept in the user's cache.

    Generating and compiling the validator costs a command ~0.15 s; loading
    the kept bytecode costs under a millisecond. The file name carries a hash
    of the schemas, fastjsonschema's version and Python's, so any change
    makes a new one; a cache that cannot be read or written is skipped.
    """
    import hashlib
    import marshal
    import sys

    from boards.userdirs import cache_dir

    key = hashlib.sha256(
        json.dumps(
            [store, name, _schema_named(name), fastjsonschema.VERSION, sys.version, "quick-4", paths], sort_keys=True
        ).encode()
    ).hexdigest()[:20]
    namespace: dict[str, Any] = {}
    try:
        path = cache_dir() / f"schema-{name}-{key}.marshal"
        code = marshal.loads(path.read_bytes()) if path.is_file() else None
    except (OSError, ValueError, EOFError, TypeError):
        path, code = None, None
    if code is None:
        quick = {schema_id: _quick_schema(schema) for schema_id, schema in store.items()}
        source = fastjsonschema.compile_to_code(
            _quick_schema(_schema_named(name)), handlers={"https": quick.__getitem__}, use_default=False
        )
        if not paths:  # the quick one: the paths fastjsonschema formats for every item of every list
            source = source.replace(".format(**locals())", "")  # ("[{i}]".format(**locals())) are not needed
        code = compile(source, f"<schema {name}>", "exec")
        if path is not None:
            try:
                temporary = path.with_suffix(".tmp")
                temporary.write_bytes(marshal.dumps(code))
                temporary.replace(path)
            except OSError:
                pass
    exec(code, namespace)
    root = min((key for key in namespace if key.startswith("validate")), key=len)
    return namespace[root]


@cache
def _validator(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    registry: Registry = Registry()
    for schema_name in ("board", "session"):
        schema = _schema(schema_name)
        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    return Draft202012Validator(_schema(name), registry=registry)


def format_path(parts: Iterable[Any]) -> str:
    """``['zones', 3, 'rect', 'width']`` → ``zones[3].rect.width``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


_TYPE_NAMES = {
    "string": QT_TRANSLATE_NOOP("errors", "tekst"),
    "number": QT_TRANSLATE_NOOP("errors", "een getal"),
    "integer": QT_TRANSLATE_NOOP("errors", "een geheel getal"),
    "boolean": QT_TRANSLATE_NOOP("errors", "true of false"),
    "object": QT_TRANSLATE_NOOP("errors", "een object { }"),
    "array": QT_TRANSLATE_NOOP("errors", "een lijst [ ]"),
    "null": QT_TRANSLATE_NOOP("errors", "null"),
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _type_name(name: str) -> Message:
    return Message("errors", _TYPE_NAMES.get(name, name))


def _describe(error: ValidationError) -> tuple[list[Any], Message]:
    """Path and Dutch message for one jsonschema error."""
    path = list(error.absolute_path)
    kind, limit, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        expected = limit if isinstance(limit, str) else limit[0]
        return path, problem(
            QT_TRANSLATE_NOOP("errors", "moet {expected} zijn, maar is {actual}"),
            expected=_type_name(expected),
            actual=_type_name(_json_type(value)),
        )
    if kind == "required":
        missing = next((name for name in limit if name not in value), limit[0])
        return [*path, missing], problem(QT_TRANSLATE_NOOP("errors", "ontbreekt (verplicht veld)"))
    if kind == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(name for name in value if name not in allowed)
        return path + extra[:1], problem(QT_TRANSLATE_NOOP("errors", "onbekend veld"))
    if kind == "exclusiveMinimum":
        return path, problem(
            QT_TRANSLATE_NOOP("errors", "moet groter zijn dan {limit:g} (is {value})"), limit=limit, value=value
        )
    if kind == "minimum":
        return path, problem(
            QT_TRANSLATE_NOOP("errors", "moet minstens {limit:g} zijn (is {value})"), limit=limit, value=value
        )
    if kind in ("maximum", "exclusiveMaximum"):
        return path, problem(
            QT_TRANSLATE_NOOP("errors", "mag hoogstens {limit:g} zijn (is {value})"), limit=limit, value=value
        )
    if kind == "enum":
        options = ", ".join(str(option) for option in limit)
        return path, problem(
            QT_TRANSLATE_NOOP("errors", "'{value}' kan niet; kies uit: {options}"), value=value, options=options
        )
    if kind == "const":
        return path, problem(
            QT_TRANSLATE_NOOP("errors", "moet '{expected}' zijn, niet '{value}'"), expected=limit, value=value
        )
    if kind == "pattern":
        if "#[0-9a-fA-F]" in limit:
            return path, problem(
                QT_TRANSLATE_NOOP("errors", "'{value}' is geen kleur; schrijf #rrggbb, bijv. #e53935"), value=value
            )
        if r"\d{4}" in limit:
            return path, problem(
                QT_TRANSLATE_NOOP("errors", "'{value}' is geen datum; schrijf JJJJ-MM-DD"), value=value
            )
        return path, problem(
            QT_TRANSLATE_NOOP(
                "errors", "'{value}' is geen geldige id (letters, cijfers, '-', '_' of '.', zonder spaties)"
            ),
            value=value,
        )
    if kind == "minLength":
        return path, problem(QT_TRANSLATE_NOOP("errors", "mag niet leeg zijn"))
    if kind == "maxLength":
        return path, problem(QT_TRANSLATE_NOOP("errors", "is te lang (meer dan {limit} tekens)"), limit=limit)
    if kind == "maxItems":
        return path, problem(QT_TRANSLATE_NOOP("errors", "bevat te veel items (meer dan {limit})"), limit=limit)
    return path, problem(QT_TRANSLATE_NOOP("errors", "ongeldige waarde: {detail}"), detail=error.message)


def _relevance(error: ValidationError) -> tuple[int, int]:
    # Prefer deep, specific errors; "anyOf: null" alternatives are the least helpful.
    return (-len(error.absolute_path), 1 if error.validator in ("anyOf", "oneOf", "allOf", "if") else 0)


def _failing_path(schema_name: str, document: Any) -> list[str]:
    """Where the fast check fails: the path of the first failing value (without the leading "data")."""
    import fastjsonschema

    located = _fast_check(schema_name, paths=True)
    try:
        if located is not None:
            located(document)
    except fastjsonschema.JsonSchemaException as error:
        return list(getattr(error, "path", None) or [])[1:]
    return []


def check_schema(document: Any, schema_name: str, strip: int = 1) -> None:
    """Raise ``Problem`` for the most relevant schema error of ``document``.

    ``strip`` drops leading path parts (``board``) so paths start inside the board.
    """
    fast = _fast_check(schema_name)
    failing: list[str] | None = None
    if fast is not None:
        import fastjsonschema

        try:
            fast(document)
            return
        except fastjsonschema.JsonSchemaException:
            failing = _failing_path(schema_name, document)
    from jsonschema.exceptions import best_match

    # jsonschema finds the most relevant error and its path, but takes seconds on thousands of items:
    # it looks at a copy that keeps, in each list on the way to the failing value, only that item.
    reduced, positions = _narrowed(document, failing or [])
    errors = list(_validator(schema_name).iter_errors(reduced))
    if not errors:
        if reduced is document:
            return
        errors = list(_validator(schema_name).iter_errors(document))
        positions = {}
        if not errors:
            return
    error = best_match(errors, key=_relevance)
    while error.context and error.validator in ("anyOf", "oneOf", "allOf"):
        error = best_match(error.context, key=_relevance)
    path, message = _describe(error)
    path = _restore_positions(path, positions)
    if len(path) > strip and path[0] in ("board", "session", "trajectory"):
        path = path[strip:]
    raise Problem(format_path(path), message)


def check_session_schema(document: Any, board_checked: bool = False) -> None:
    """``check_schema(document, "session")``; ``board_checked``: the session's board is equal to one that
    passed it before, so only the rest is walked (the quick check) — and anything it refuses is looked at
    in full, as always, for the message."""
    if board_checked:
        fast = _fast_check(SESSION_BESIDE_BOARD)
        if fast is not None:
            import fastjsonschema

            try:
                fast(document)
                return
            except fastjsonschema.JsonSchemaException:
                pass
    check_schema(document, "session")


def _narrowed(document: Any, failing: list[str]) -> tuple[Any, dict[tuple, int]]:
    """A shallow copy of ``document`` where every list on the path ``failing`` holds only the item on
    that path; and, per list (by its path in the copy), the item's index in the original."""
    if not failing:
        return document, {}
    positions: dict[tuple, int] = {}

    def narrow(value: Any, rest: list[str], where: tuple) -> Any:
        if not rest:
            return value
        key, remaining = rest[0], rest[1:]
        if isinstance(value, list) and key.isdigit() and int(key) < len(value):
            positions[where] = int(key)
            return [narrow(value[int(key)], remaining, (*where, 0))]
        if isinstance(value, dict) and key in value:
            copy = dict(value)
            copy[key] = narrow(value[key], remaining, (*where, key))
            return copy
        return value

    return narrow(document, failing, ()), positions


def _restore_positions(path: list[Any], positions: dict[tuple, int]) -> list[Any]:
    restored: list[Any] = []
    for index, part in enumerate(path):
        key = tuple(path[:index])
        restored.append(positions[key] if isinstance(part, int) and part == 0 and key in positions else part)
    return restored


# --- semantic checks ------------------------------------------------------------------------


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= PAPER_TOLERANCE_MM


def check_board_semantics(board: dict[str, Any], prefix: str = "") -> None:
    """Checks beyond the schema; ``board`` already passed ``check_schema``."""
    paper = board["paper"]
    width, height = _paper_size(paper, prefix)

    seen: dict[str, str] = {}
    group_ids = {group["id"] for group in board.get("groups", [])}
    for collection in ("zones", "groups", "elements", "bundles"):
        for index, item in enumerate(board.get(collection, [])):
            path = f"{prefix}{collection}[{index}].id"
            if item["id"] in seen:
                raise Problem(
                    path,
                    problem(
                        QT_TRANSLATE_NOOP("errors", "id '{id}' komt al voor bij {other}; elke id moet uniek zijn"),
                        id=item["id"],
                        other=seen[item["id"]],
                    ),
                )
            seen[item["id"]] = f"{prefix}{collection}[{index}]"
    zone_ids = {zone["id"] for zone in board.get("zones", [])}

    def inside(rect: dict[str, float], path: str) -> None:
        if (
            rect["x"] + rect["width"] > width + PAPER_TOLERANCE_MM
            or rect["y"] + rect["height"] > height + PAPER_TOLERANCE_MM
        ):
            raise Problem(
                path,
                problem(
                    QT_TRANSLATE_NOOP("errors", "valt buiten het papier ({width:g} × {height:g} mm)"),
                    width=width,
                    height=height,
                ),
            )

    if board.get("header"):
        inside(board["header"], f"{prefix}header")
    if board.get("legend"):
        inside(board["legend"]["rect"], f"{prefix}legend.rect")
    for index, group in enumerate(board.get("groups", [])):
        if group.get("rect"):
            inside(group["rect"], f"{prefix}groups[{index}].rect")

    zones_by_id = {zone["id"]: zone for zone in board.get("zones", [])}
    for index, zone in enumerate(board.get("zones", [])):
        path = f"{prefix}zones[{index}]"
        inside(zone["rect"], f"{path}.rect")
        if zone.get("group") and zone["group"] not in group_ids:
            raise Problem(
                f"{path}.group",
                problem(QT_TRANSLATE_NOOP("errors", "groep '{id}' bestaat niet op dit bord"), id=zone["group"]),
            )
        parent_id = zone.get("parent")
        if parent_id:
            parent = zones_by_id.get(parent_id)
            if parent is None or parent_id == zone["id"]:
                raise Problem(
                    f"{path}.parent",
                    problem(
                        QT_TRANSLATE_NOOP("errors", "zone '{id}' bestaat niet op dit bord (of is de zone zelf)"),
                        id=parent_id,
                    ),
                )
            if not _contains(parent["rect"], zone["rect"]):
                raise Problem(
                    f"{path}.rect",
                    problem(
                        QT_TRANSLATE_NOOP("errors", "ligt niet binnen de zone '{id}' waarin ze genest is"), id=parent_id
                    ),
                )
        kinds = [kind["id"] for kind in zone.get("holds", {}).get("dots", [])]
        duplicates = {kind for kind in kinds if kinds.count(kind) > 1}
        if duplicates:
            raise Problem(
                f"{path}.holds.dots",
                problem(
                    QT_TRANSLATE_NOOP("errors", "stipsoort '{id}' staat er twee keer in"), id=sorted(duplicates)[0]
                ),
            )

    boxed = zone_ids | {
        element["id"] for element in board.get("elements", []) if element["type"] in ("text", "symbol", "image")
    }
    for index, element in enumerate(board.get("elements", [])):
        path = f"{prefix}elements[{index}]"
        if element["type"] in ("text", "symbol", "image"):
            inside(element["rect"], f"{path}.rect")
        elif element["type"] == "connector":
            for end in ("source", "target"):
                if element[end] not in boxed:
                    raise Problem(
                        f"{path}.{end}",
                        problem(
                            QT_TRANSLATE_NOOP("errors", "'{id}' is geen zone, tekst of symbool op dit bord"),
                            id=element[end],
                        ),
                    )
        elif element["type"] == "line":
            for end in ("start", "end"):
                point = element[end]
                if point["x"] > width + PAPER_TOLERANCE_MM or point["y"] > height + PAPER_TOLERANCE_MM:
                    raise Problem(
                        f"{path}.{end}",
                        problem(
                            QT_TRANSLATE_NOOP("errors", "valt buiten het papier ({width:g} × {height:g} mm)"),
                            width=width,
                            height=height,
                        ),
                    )

    check_design_semantics(board, prefix, width, height)

    markers = board.get("markers")
    if markers:
        ids = [marker["id"] for marker in markers["markers"]]
        if len(ids) != len(set(ids)):
            raise Problem(
                f"{prefix}markers.markers", problem(QT_TRANSLATE_NOOP("errors", "marker-id's moeten uniek zijn"))
            )
        for index, marker in enumerate(markers["markers"]):
            if marker["x"] > width or marker["y"] > height:
                raise Problem(
                    f"{prefix}markers.markers[{index}]",
                    problem(
                        QT_TRANSLATE_NOOP("errors", "valt buiten het papier ({width:g} × {height:g} mm)"),
                        width=width,
                        height=height,
                    ),
                )


def check_design_semantics(board: dict[str, Any], prefix: str, width: float, height: float) -> None:
    """Shapes, pictures, connector waypoints and bundles (Ctrl+G groups): what the schema cannot say."""
    from boards.images import MAX_BOARD_IMAGE_BYTES, image_problem

    for index, zone in enumerate(board.get("zones", [])):
        rect = zone["rect"]
        if zone.get("shape") == "circle" and abs(rect["width"] - rect["height"]) > PAPER_TOLERANCE_MM:
            raise Problem(
                f"{prefix}zones[{index}].rect",
                problem(
                    QT_TRANSLATE_NOOP("errors", "een cirkel is even breed als hoog ({width:g} × {height:g} mm)"),
                    width=rect["width"],
                    height=rect["height"],
                ),
            )
    total = 0
    for index, element in enumerate(board.get("elements", [])):
        path = f"{prefix}elements[{index}]"
        if element["type"] == "image":
            try:
                data = base64.b64decode(element["data"], validate=False)
            except (binascii.Error, ValueError):
                raise Problem(
                    f"{path}.data", problem(QT_TRANSLATE_NOOP("errors", "de afbeelding is beschadigd (geen base64)"))
                ) from None
            message = image_problem(data, element["media_type"])
            if message is not None:
                raise Problem(f"{path}.data", message)
            total += len(data)
            if total > MAX_BOARD_IMAGE_BYTES:
                raise Problem(
                    f"{path}.data",
                    problem(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "de afbeeldingen op dit bord zijn samen te groot (hoogstens {limit} MB); verklein er een",
                        ),
                        limit=MAX_BOARD_IMAGE_BYTES // (1024 * 1024),
                    ),
                )
        elif element["type"] == "connector":
            for number, point in enumerate(element.get("waypoints", [])):
                if point["x"] > width + PAPER_TOLERANCE_MM or point["y"] > height + PAPER_TOLERANCE_MM:
                    raise Problem(
                        f"{path}.waypoints[{number}]",
                        problem(
                            QT_TRANSLATE_NOOP("errors", "valt buiten het papier ({width:g} × {height:g} mm)"),
                            width=width,
                            height=height,
                        ),
                    )
    _check_bundles(board, prefix)


def _check_bundles(board: dict[str, Any], prefix: str) -> None:
    parts = {item["id"] for collection in ("zones", "groups", "elements") for item in board.get(collection, [])}
    bundles = {bundle["id"]: bundle for bundle in board.get("bundles", [])}
    owner: dict[str, str] = {}
    for index, bundle in enumerate(board.get("bundles", [])):
        for number, member in enumerate(bundle["members"]):
            path = f"{prefix}bundles[{index}].members[{number}]"
            if member not in parts and member not in bundles:
                raise Problem(path, problem(QT_TRANSLATE_NOOP("errors", "'{id}' bestaat niet op dit bord"), id=member))
            if member in owner:
                raise Problem(
                    path,
                    problem(
                        QT_TRANSLATE_NOOP(
                            "errors", "'{id}' hoort al bij groep '{other}'; een onderdeel zit in één groep"
                        ),
                        id=member,
                        other=owner[member],
                    ),
                )
            owner[member] = bundle["id"]
    for index, bundle in enumerate(board.get("bundles", [])):
        seen = {bundle["id"]}
        current = owner.get(bundle["id"])
        while current is not None:
            if current in seen:
                raise Problem(
                    f"{prefix}bundles[{index}]",
                    problem(
                        QT_TRANSLATE_NOOP("errors", "groep '{id}' zit (via andere groepen) in zichzelf"),
                        id=bundle["id"],
                    ),
                )
            seen.add(current)
            current = owner.get(current)


def _contains(outer: dict[str, float], inner: dict[str, float]) -> bool:
    return (
        inner["x"] >= outer["x"] - PAPER_TOLERANCE_MM
        and inner["y"] >= outer["y"] - PAPER_TOLERANCE_MM
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + PAPER_TOLERANCE_MM
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + PAPER_TOLERANCE_MM
    )


def _paper_size(paper: dict[str, Any], prefix: str) -> tuple[float, float]:
    if paper["format"] == CUSTOM:
        for key in ("width_mm", "height_mm"):
            if key not in paper:
                raise Problem(
                    f"{prefix}paper.{key}",
                    problem(
                        QT_TRANSLATE_NOOP("errors", "ontbreekt: een eigen papiermaat heeft breedte en hoogte nodig")
                    ),
                )
        return float(paper["width_mm"]), float(paper["height_mm"])
    short, long = A_SERIES_MM[paper["format"]]
    width, height = (long, short) if paper.get("orientation") == "landscape" else (short, long)
    for key, expected in (("width_mm", width), ("height_mm", height)):
        if key in paper and not _near(float(paper[key]), expected):
            raise Problem(
                f"{prefix}paper.{key}",
                problem(
                    QT_TRANSLATE_NOOP("errors", "{value:g} mm past niet bij {format} {orientation} ({expected:g} mm)"),
                    value=paper[key],
                    format=paper["format"],
                    orientation=paper.get("orientation", "portrait"),
                    expected=expected,
                ),
            )
    return width, height


def check_date_field(value: str, path: str) -> None:
    """A date field of a file (``date``, ``planned_date``): a day that exists, or a Problem at ``path``."""
    from boards.session import check_session_date

    try:
        check_session_date(value)
    except InvalidArgumentError as error:
        raise Problem(path, error.message) from None


def check_session_semantics(session: dict[str, Any], board_checked: bool = False) -> None:
    """Checks beyond the schema; ``board_checked``: the board is equal to one that passed
    :func:`check_board_semantics` before (its links with the results are still checked here)."""
    if session.get("date"):
        check_date_field(session["date"], "date")
    board = session["board"]
    if not board_checked:
        check_board_semantics(board, prefix="board.")
    zones = {zone["id"]: zone for zone in board.get("zones", [])}
    results = session.get("results", {})
    note_ids: set[str] = set()
    for index, note in enumerate(results.get("notes", [])):
        path = f"results.notes[{index}]"
        if note["id"] in note_ids:
            raise Problem(
                f"{path}.id", problem(QT_TRANSLATE_NOOP("errors", "id '{id}' komt twee keer voor"), id=note["id"])
            )
        note_ids.add(note["id"])
        if note.get("zone_id") and note["zone_id"] not in zones:
            raise Problem(
                f"{path}.zone_id",
                problem(
                    QT_TRANSLATE_NOOP("errors", "zone '{id}' bestaat niet op het bord van deze sessie"),
                    id=note["zone_id"],
                ),
            )
    for index, dot in enumerate(results.get("dots", [])):
        path = f"results.dots[{index}]"
        zone = zones.get(dot["zone_id"])
        if zone is None:
            raise Problem(
                f"{path}.zone_id",
                problem(
                    QT_TRANSLATE_NOOP("errors", "zone '{id}' bestaat niet op het bord van deze sessie"),
                    id=dot["zone_id"],
                ),
            )
        kinds = {kind["id"] for kind in zone.get("holds", {}).get("dots", [])}
        if dot["kind"] not in kinds:
            raise Problem(
                f"{path}.kind",
                problem(
                    QT_TRANSLATE_NOOP("errors", "zone '{zone}' verzamelt geen stippen van soort '{kind}'"),
                    zone=dot["zone_id"],
                    kind=dot["kind"],
                ),
            )
    questions = {""} | set(zones) | {group["id"] for group in board.get("groups", [])}
    for key in results.get("respondents", {}):
        if key not in questions:
            raise Problem(
                f"results.respondents.{key}",
                problem(QT_TRANSLATE_NOOP("errors", "vraag '{id}' staat niet op het bord van deze sessie"), id=key),
            )
    names = [photo["name"] for photo in session.get("photos", [])]
    if len(names) != len(set(names)):
        raise Problem("photos", problem(QT_TRANSLATE_NOOP("errors", "twee foto's hebben dezelfde naam")))


__all__ = [
    "Problem",
    "check_board_semantics",
    "check_date_field",
    "check_schema",
    "check_session_schema",
    "check_session_semantics",
    "format_path",
]
