"""Editing a board without Qt: the rules every edit follows, for the editor and the command line.

Parts are addressed by key (``objects``); an edit is a change set of parts
(key → new part, None removes it) that the desktop's undo commands write with
``put_objects`` and put back from a ``snapshot``. The rules: what a removal
takes along (``removal``), what belongs to what and comes along when moved
(``nesting``, ``moving``), what copies take along and refer to (``copies``),
ids of new parts (``ids``), and a board on another paper (``paper``).
"""

from boards.editing.copies import copied_parts, paste_objects
from boards.editing.ids import new_object_id, slug
from boards.editing.moving import clamp_move, moved_objects, placed_objects
from boards.editing.nesting import MAX_NESTING_DEPTH, carried_along, loosen_nesting, nesting_depth
from boards.editing.objects import (
    HEADER_KEY,
    LEGEND_KEY,
    BoardObject,
    Snapshot,
    element_key,
    get_object,
    get_objects,
    group_key,
    key_for_id,
    object_index,
    object_keys,
    object_rect,
    put_objects,
    snapshot,
    split_key,
    with_rect,
    zone_key,
)
from boards.editing.paper import change_paper, scale_board
from boards.editing.removal import removal

__all__ = [
    "HEADER_KEY",
    "LEGEND_KEY",
    "MAX_NESTING_DEPTH",
    "BoardObject",
    "Snapshot",
    "carried_along",
    "change_paper",
    "clamp_move",
    "copied_parts",
    "element_key",
    "get_object",
    "get_objects",
    "group_key",
    "key_for_id",
    "loosen_nesting",
    "moved_objects",
    "nesting_depth",
    "new_object_id",
    "object_index",
    "object_keys",
    "object_rect",
    "paste_objects",
    "placed_objects",
    "put_objects",
    "removal",
    "scale_board",
    "slug",
    "snapshot",
    "split_key",
    "with_rect",
    "zone_key",
]
