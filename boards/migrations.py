"""Older board and session files brought up to the current schema version when they are read.

Each step takes a document of one version to the next; :func:`migrate` runs the
steps from the file's version to :data:`CURRENT`. The file on disk is not
touched: saving the board writes the current version.

Versions:

1. The first file format.
2. Designing one's own boards: zone shapes, borders and text styles, fills and
   text styles of headings, colours of texts, symbols, lines and connectors,
   connector elbows and waypoints, pictures (``"type": "image"``), rotation,
   stacking layer (``z``), ``locked`` and ``printed`` on every part, and
   ``bundles`` (parts grouped with Ctrl+G). All new fields are optional with
   the old look as default, so a version 1 board reads as the same board; the
   step only renames the format version. A version 1 reader refuses version 2
   files with the message that they come from a newer Bruinpapier.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT = 2

Document = dict[str, Any]


def _v1_to_v2(document: Document) -> Document:
    return {**document, "schema_version": 2}


#: version → the step that takes a document of that version to the next.
STEPS: dict[int, Callable[[Document], Document]] = {1: _v1_to_v2}


def migrate(document: Document) -> Document:
    """``document`` at the current schema version (a new dict when it was older; the same one otherwise)."""
    version = document.get("schema_version", CURRENT)
    while isinstance(version, int) and version < CURRENT:
        document = STEPS[version](document)
        version = document["schema_version"]
    return document
