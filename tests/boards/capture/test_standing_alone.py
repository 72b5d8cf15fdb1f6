"""Which regions are taken as whole notes without a search: clean rectangles of a known size, standing alone."""

from __future__ import annotations

import numpy as np

from boards.capture.notes.learning import _standing_alone
from boards.capture.notes.sizes import SizeBook

PPM = 1.5


def _scene(neighbour: bool) -> tuple[np.ndarray, np.ndarray]:
    """A note's visible part, a clean 46 × 76 mm rectangle (as long as a 76 × 51 mm note sold, near enough), and
    the notes of other colours around it: with ``neighbour``, a 76 mm note of another colour against its right
    side, where it lies over the rest of a 76 × 76 mm note."""
    shape = (int(120 * PPM), int(140 * PPM))
    own = np.zeros(shape, np.uint8)
    others = np.zeros(shape, np.uint8)
    own[int(20 * PPM) : int(96 * PPM), int(20 * PPM) : int(66 * PPM)] = 1
    if neighbour:
        others[int(20 * PPM) : int(96 * PPM), int(66 * PPM) : int(138 * PPM)] = 1
    return own, others


def test_a_clean_rectangle_against_a_note_of_another_colour_is_not_taken_as_standing_alone():
    sizes = SizeBook()
    sizes.add(76.0, 51.0)  # notes of 76 × 51 mm elsewhere on the photo
    own, others = _scene(neighbour=False)
    alone = _standing_alone(own, (0, 0), PPM, sizes, others)
    # on open board its outline is its edge all round: a note of the size seen, no search needed
    assert alone is not None
    assert abs(min(alone.size) - 46) < 2 and abs(max(alone.size) - 76) < 2
    # against a note of another colour its edge there may be that note's, lying over it (here: the rest of a
    # 76 × 76 mm note under it): the region is searched like any other, its outline proves no size
    own, others = _scene(neighbour=True)
    assert _standing_alone(own, (0, 0), PPM, sizes, others) is None
