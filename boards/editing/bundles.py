"""Parts grouped as in a drawing program (Ctrl+G / Ctrl+Shift+G): one unit to select, move, copy and remove.

A :class:`~boards.model.Bundle` lists the ids of its members: zones, group
headings, elements, or other bundles (a group of groups). A part is in at most
one bundle. Clicking a member selects its outermost bundle's parts;
ungrouping dissolves the outermost bundle, so the bundles inside it become
units of their own again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.objects import bundle_key, key_for_id, split_key
from boards.model import Board, Bundle


def _owners(board: Board) -> dict[str, str]:
    """member id → id of the bundle it is directly in."""
    return {member: bundle.id for bundle in board.bundles for member in bundle.members}


def outermost_bundle(board: Board, object_id: str, owners: dict[str, str] | None = None) -> str | None:
    """The outermost bundle a part (or bundle) is in, or None."""
    owners = owners if owners is not None else _owners(board)
    current, seen = owners.get(object_id), set()
    if current is None:
        return None
    while current in owners and current not in seen:
        seen.add(current)
        current = owners[current]
    return current


def bundle_parts(board: Board, bundle_id: str) -> list[str]:
    """The keys of every part in a bundle, through the bundles inside it, in member order."""
    bundles = {bundle.id: bundle for bundle in board.bundles}
    result: list[str] = []
    stack, seen = [bundle_id], set()
    while stack:
        current = stack.pop(0)
        if current in seen or current not in bundles:
            continue
        seen.add(current)
        for member in bundles[current].members:
            if member in bundles:
                stack.append(member)
            else:
                key = key_for_id(board, member)
                if key is not None:
                    result.append(key)
    return result


def with_bundles(board: Board, keys: Iterable[str]) -> list[str]:
    """``keys`` plus every part of the outermost bundles they are in (what a click selects)."""
    chosen = list(keys)
    if not board.bundles:
        return chosen
    owners = _owners(board)
    result, seen = [], set()
    for key in chosen:
        _, object_id = split_key(key)
        outer = outermost_bundle(board, object_id, owners)
        for item in [key, *(bundle_parts(board, outer) if outer else [])]:
            if item not in seen:
                seen.add(item)
                result.append(item)
    return result


def _units(board: Board, keys: Iterable[str]) -> list[str]:
    """The ids that stand for ``keys`` at the top level: a part, or the outermost bundle it is in."""
    owners = _owners(board)
    units: list[str] = []
    for key in keys:
        kind, object_id = split_key(key)
        if kind in ("header", "legend") or not object_id:
            continue
        unit = outermost_bundle(board, object_id, owners) or object_id
        if unit not in units:
            units.append(unit)
    return units


def grouping(board: Board, keys: Iterable[str], bundle_id: str) -> dict[str, Any]:
    """The change set that groups ``keys`` (with the groups they are in) into a new bundle; {} for one unit."""
    units = _units(board, keys)
    if len(units) < 2:
        return {}
    return {bundle_key(bundle_id): Bundle(bundle_id, tuple(units))}


def ungrouping(board: Board, keys: Iterable[str]) -> dict[str, Any]:
    """The change set that dissolves the outermost bundles ``keys`` are in."""
    owners = _owners(board)
    after: dict[str, Any] = {}
    for key in keys:
        kind, object_id = split_key(key)
        outer = object_id if kind == "bundle" else outermost_bundle(board, object_id, owners)
        if outer is not None:
            after[bundle_key(outer)] = None
    return after


def pruned_bundles(board: Board, removed_ids: set[str]) -> dict[str, Any]:
    """Bundles without the removed parts; a bundle left with fewer than two members is dissolved.

    A dissolved bundle inside another one leaves its parent too, and so on up.
    """
    after: dict[str, Any] = {}
    gone = set(removed_ids)
    changed = True
    members = {bundle.id: bundle.members for bundle in board.bundles}
    while changed:
        changed = False
        for bundle in board.bundles:
            if bundle.id in gone:
                continue
            kept = tuple(member for member in members[bundle.id] if member not in gone)
            if kept == members[bundle.id]:
                continue
            members[bundle.id] = kept
            changed = True
            if len(kept) < 2:
                gone.add(bundle.id)
                after[bundle_key(bundle.id)] = None
            else:
                after[bundle_key(bundle.id)] = replace(bundle, members=kept)
    return after


def remapped_bundles(bundles: Iterable[Bundle], mapping: dict[str, str]) -> list[Bundle]:
    """Copies of the bundles whose members were all copied (``mapping``: old id → new id), with new ids."""
    result = []
    for bundle in bundles:
        if bundle.id in mapping and all(member in mapping for member in bundle.members):
            result.append(Bundle(mapping[bundle.id], tuple(mapping[member] for member in bundle.members)))
    return result
