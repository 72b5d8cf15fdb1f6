"""Ids of new parts: a readable slug of a name, unique on the board."""

from __future__ import annotations

from collections.abc import Iterable

from boards.model import Board

MAX_SLUG = 40


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits, anything else one '-': ``"Nieuwe zone!"`` → ``nieuwe-zone``."""
    out: list[str] = []
    for char in text.lower():
        if char.isalnum() and char.isascii():
            out.append(char)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:MAX_SLUG]


def new_object_id(board: Board, base: str, taken: Iterable[str] = ()) -> str:
    """An id not used on the board yet (nor in ``taken``), based on ``base``: ``zone``, ``zone-2``, …"""
    used = set(board.all_ids()) | set(taken)
    name = slug(base) or "zone"
    if name not in used:
        return name
    number = 2
    while f"{name}-{number}" in used:
        number += 1
    return f"{name}-{number}"
