"""The fast schema check (fastjsonschema) must agree with jsonschema on every document."""

from __future__ import annotations

import copy
import json
import random

import pytest

from boards.fileformat import board_document
from boards.templates import list_templates
from boards.validation import _fast_check, _validator

fastjsonschema = pytest.importorskip("fastjsonschema")


def _fast_valid(document) -> bool:
    try:
        _fast_check("board")(document)
        return True
    except fastjsonschema.JsonSchemaException:
        return False


def _mutations(document, rng: random.Random, count: int):
    """Documents with one random value replaced, removed or added somewhere."""
    paths = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                paths.append([*path, key])
                walk(value, [*path, key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                paths.append([*path, index])
                walk(value, [*path, index])

    walk(document, [])
    odd_values = [None, -1, 0, 1.5, "", "x y", "#zzzzzz", [], {}, True, "A9", 10**6]
    for _ in range(count):
        mutated = copy.deepcopy(document)
        path = rng.choice(paths)
        parent = mutated
        for part in path[:-1]:
            parent = parent[part]
        action = rng.random()
        if action < 0.6:
            parent[path[-1]] = rng.choice(odd_values)
        elif action < 0.8 and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent["onbekend"] = 1
        yield mutated


def test_fast_and_full_validation_agree():
    assert _fast_check("board") is not None
    rng = random.Random(4)
    checked = 0
    for board in list_templates()[:12]:
        document = json.loads(json.dumps(board_document(board)))
        assert _fast_valid(document)
        for mutated in _mutations(document, rng, 40):
            full_valid = not any(True for _ in _validator("board").iter_errors(mutated))
            assert _fast_valid(mutated) == full_valid, mutated
            checked += 1
    assert checked == 12 * 40


def test_fast_and_full_validation_agree_on_sessions():
    """Sessions with notes placed, unplaced, from a photo (positions, sizes, confidence, image): the
    optional values that may be null are where the fast check's schema is rewritten."""
    from boards.fileformat import session_document
    from boards.session import ActionItem, DotCount, Note, NoteSource, Session
    from boards.templates import load_template

    session = Session(board=load_template("procesplaat-1"), school="OBS Akkrum", date="2019-03-12")
    session.results.notes += [
        Note("getypt", "rapporten-schrijven"),
        Note("los", None, "pink"),
        Note(
            "foto",
            "toetsen-afnemen",
            "blue",
            x_mm=120.5,
            y_mm=80,
            width_mm=76,
            height_mm=76,
            source=NoteSource.PHOTO,
            image="n1.png",
            confidence=0.8,
        ),
    ]
    session.results.dots.append(DotCount("rapporten-schrijven", "werkdruk", 3))
    session.results.actions.append(ActionItem(1, "Toetskalender", "IB"))
    document = json.loads(json.dumps(session_document(session)))

    def fast_valid(candidate) -> bool:
        try:
            _fast_check("session")(candidate)
            return True
        except fastjsonschema.JsonSchemaException:
            return False

    assert fast_valid(document)
    rng = random.Random(9)
    for mutated in _mutations(document, rng, 400):
        full_valid = not any(True for _ in _validator("session").iter_errors(mutated))
        assert fast_valid(mutated) == full_valid, mutated
    odd_values = [None, -1, 0, 0.5, 1.5, 25000, -25000, "", "x y", "n1.png", [], {}, True, "A9"]
    for field in ("zone_id", "x_mm", "y_mm", "width_mm", "height_mm", "image", "confidence", "color", "source"):
        for value in odd_values:
            mutated = copy.deepcopy(document)
            mutated["session"]["results"]["notes"][2][field] = value
            full_valid = not any(True for _ in _validator("session").iter_errors(mutated))
            assert fast_valid(mutated) == full_valid, (field, value)
