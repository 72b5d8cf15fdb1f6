from __future__ import annotations

import pytest

from boards.errors import InvalidArgumentError
from boards.paper import Orientation, Paper, parse_paper


@pytest.mark.parametrize(
    ("text", "landscape", "size"),
    [
        ("A0", False, (841, 1189)),
        ("a1", True, (841, 594)),
        ("A4", False, (210, 297)),
        ("900x2000", False, (900, 2000)),
        ("900 × 2000 mm", False, (900, 2000)),
        ("1200,5x600", False, (1200.5, 600)),
    ],
)
def test_parse_paper(text, landscape, size):
    paper = parse_paper(text, landscape=landscape)
    assert (paper.width_mm, paper.height_mm) == size


def test_unknown_paper_message():
    with pytest.raises(InvalidArgumentError, match="onbekend papierformaat 'B2'"):
        parse_paper("B2")


def test_custom_size_limits():
    with pytest.raises(InvalidArgumentError, match="tussen"):
        parse_paper("10x2000")


def test_rotation_and_labels():
    paper = Paper.a_series("A1")
    assert paper.orientation is Orientation.PORTRAIT
    landscape = paper.rotated("landscape")
    assert (landscape.width_mm, landscape.height_mm) == (841, 594)
    assert landscape.label() == "A1 liggend"
    roll = Paper.custom(900, 2000).rotated("landscape")
    assert (roll.width_mm, roll.height_mm) == (2000, 900)
    assert roll.label() == "2000 × 900 mm"
