"""Hypothesis strategies for hostile files: valid documents with one part replaced, raw garbage."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st

#: Any JSON value, including the awkward ones (huge and negative numbers, empty and odd strings).
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["", " ", "{ }", "{0}", "{x}", "2020-13-45", "#e53935", "a" * 300, "../x", "C:\\x", "\x00"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a parsed document (``('board', 'zones', 3, 'rect')``)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:6]):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated(draw, document: dict) -> dict | list | Any:
    """``document`` with one to three places replaced by any JSON value, removed, or given an extra key."""
    result = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        places = _paths(result)
        place = draw(st.sampled_from(places))
        if not place:
            return draw(json_values)
        parent = result
        for key in place[:-1]:
            parent = parent[key]
        key = place[-1]
        action = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        if action == "remove" and isinstance(parent, dict):
            parent.pop(key, None)
        elif action == "remove" and isinstance(parent, list) and key < len(parent):
            parent.pop(key)
        elif action == "add" and isinstance(parent.get(key) if isinstance(parent, dict) else None, dict):
            parent[key][draw(st.text(max_size=8))] = draw(json_values)
        else:
            parent[key] = draw(json_values)
    return result


@st.composite
def hostile_text(draw, document: dict) -> bytes:
    """A file's bytes: a mutated document, or the valid one cut off, with a BOM, or raw bytes."""
    kind = draw(st.sampled_from(["mutated", "mutated", "mutated", "cut", "bytes", "numbers"]))
    if kind == "mutated":
        return json.dumps(draw(mutated(document)), ensure_ascii=draw(st.booleans())).encode()
    text = json.dumps(document).encode()
    if kind == "cut":
        return text[: draw(st.integers(0, len(text)))]
    if kind == "numbers":
        replacement = draw(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "9" * 5000, "-0", "1e-999"]))
        return text.replace(b"841", replacement.encode(), 1).replace(b"1189", replacement.encode(), 1)
    return draw(st.binary(max_size=200))
