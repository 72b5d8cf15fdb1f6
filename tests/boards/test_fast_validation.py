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
