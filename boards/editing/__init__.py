"""Editing a board without Qt: the rules every edit follows, for the editor and the command line.

Parts are addressed by key (``objects``); an edit is a change set of parts
(key → new part, None removes it) that the desktop's undo commands write with
``put_objects`` and put back from a ``snapshot``. The rules: what a removal
takes along (``removal``), what belongs to what and comes along when moved
(``nesting``, ``moving``), where a new part goes (``placing``), what copies take
along and refer to (``copies``), ids of new parts (``ids``), bends of arrows
(``bends``), a board on another paper (``paper``), parts grouped with Ctrl+G
(``bundles``), what lies on top (``order``), turning parts (``rotation``), the look
of any mix of parts (``style``) and a table of zones in one step (``tables``).
"""

from boards.editing.bends import MAX_BENDS, bend_added, bend_moved, bend_removed
from boards.editing.bundles import bundle_parts, grouping, outermost_bundle, ungrouping, with_bundles
from boards.editing.copies import CopiedParts, copied_parts, paste_objects
from boards.editing.ids import new_object_id, slug
from boards.editing.moving import clamp_move, duplicate_offset, moved_objects, placed_objects, placement_problem
from boards.editing.nesting import (
    MAX_NESTING_DEPTH,
    carried_along,
    contents,
    loosen_nesting,
    nesting_depth,
    unlocked,
)
from boards.editing.objects import (
    HEADER_KEY,
    LEGEND_KEY,
    BoardObject,
    Snapshot,
    bundle_key,
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
from boards.editing.order import drawing_order, stack_level, to_back, to_front
from boards.editing.paper import change_paper, scale_board
from boards.editing.placing import free_spot
from boards.editing.removal import removal
from boards.editing.rotation import rotated_objects
from boards.editing.style import (
    MIXED,
    common_named_style,
    common_values,
    named_styled_objects,
    restyled,
    style_problem,
    style_values,
    styled_objects,
)
from boards.editing.tables import table_zones

__all__ = [
    "HEADER_KEY",
    "LEGEND_KEY",
    "MAX_BENDS",
    "MAX_NESTING_DEPTH",
    "MIXED",
    "BoardObject",
    "CopiedParts",
    "Snapshot",
    "bend_added",
    "bend_moved",
    "bend_removed",
    "bundle_key",
    "bundle_parts",
    "carried_along",
    "change_paper",
    "clamp_move",
    "common_named_style",
    "common_values",
    "contents",
    "copied_parts",
    "drawing_order",
    "duplicate_offset",
    "element_key",
    "free_spot",
    "get_object",
    "get_objects",
    "group_key",
    "grouping",
    "key_for_id",
    "loosen_nesting",
    "moved_objects",
    "named_styled_objects",
    "nesting_depth",
    "new_object_id",
    "object_index",
    "object_keys",
    "object_rect",
    "outermost_bundle",
    "paste_objects",
    "placed_objects",
    "placement_problem",
    "put_objects",
    "removal",
    "restyled",
    "rotated_objects",
    "scale_board",
    "slug",
    "snapshot",
    "split_key",
    "stack_level",
    "style_problem",
    "style_values",
    "styled_objects",
    "table_zones",
    "to_back",
    "to_front",
    "ungrouping",
    "unlocked",
    "with_bundles",
    "with_rect",
    "zone_key",
]
