"""Photo read-back of a designed board: coloured zone fills (a sand-yellow column close to a yellow note,
mint, peach, a lavender ellipse), rounded and elliptic shapes and printed pictures (a logo with a
note-yellow and a note-pink square and a dot-red circle). Capture knows what was printed: every note and
dot is read as on plain paper, and nothing printed becomes a note or a dot."""

from __future__ import annotations

import io

import numpy as np
import pytest

from boards.capture import CaptureOptions, capture_photos
from boards.capture.printed import printed_parts
from boards.colors import DOT_GREEN, DOT_RED
from boards.geometry import Rect
from boards.model import Board, DotKind, Holds, ImageElement, Legend, Shape, Zone, ZoneKind
from boards.paper import Orientation, Paper
from boards.readback import board_poster_layout
from tests.photos.cache import cached_photo
from tests.photos.generator import PhotoSpec
from tests.photos.scoring import score
from tests.support.design import LOGO_SVG

PICTURE_AREAS = (Rect(360, 440, 160, 80), Rect(540, 440, 120, 60))


def _logo_png() -> bytes:
    """A logo that looks like notes and a dot: a note-yellow and a note-pink square, a dot-red circle."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 200), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle([10, 10, 190, 190], fill=(255, 241, 118))
    draw.rectangle([210, 10, 390, 190], fill=(248, 165, 194))
    draw.ellipse([80, 80, 120, 120], fill=(229, 57, 53))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def styled_board() -> Board:
    """An A1 'Verbeterbord' as a facilitator designs one."""
    paper = Paper.a_series("A1", Orientation.LANDSCAPE)
    dots = [DotKind("werkdruk", "werkdruk", DOT_RED), DotKind("werkplezier", "werkplezier", DOT_GREEN)]
    return Board(
        id="verbeterbord",
        title="Verbeterbord",
        paper=paper,
        header=Rect(38, 38, 765, 60),
        zones=[
            Zone(
                "goed",
                ZoneKind.COLUMN,
                Rect(38, 110, 245, 300),
                "Wat gaat goed",
                fill="#d4eed7",
                holds=Holds(True, dots),
            ),
            Zone(
                "beter",
                ZoneKind.COLUMN,
                Rect(298, 110, 245, 300),
                "Wat kan beter",
                fill="#f6e3a1",
                holds=Holds(True, dots),
            ),
            Zone("acties", ZoneKind.COLUMN, Rect(558, 110, 245, 300), "Acties", fill="#fad6b4", shape=Shape.ROUNDED),
            Zone("ideeen", ZoneKind.FREE_AREA, Rect(38, 425, 300, 130), "Ideeën", fill="#e2d7f0", shape=Shape.ELLIPSE),
        ],
        elements=[
            ImageElement("logo", PICTURE_AREAS[0], "image/png", _logo_png(), name="logo.png"),
            ImageElement("embleem", PICTURE_AREAS[1], "image/svg+xml", LOGO_SVG, name="embleem.svg"),
        ],
        legend=Legend(Rect(680, 440, 123, 100), "Legenda"),
        markers=board_poster_layout(paper),
    )


@pytest.fixture(scope="module")
def board() -> Board:
    return styled_board()


SPECS = [
    # yellow notes twice as likely: many lie on the sand-yellow fill
    PhotoSpec(seed=3, background="brown", max_tilt_deg=35.0, notes_per_zone=(1, 3), dots_per_kind=(1, 4),
              overlap_pairs=0, touching_pairs=1, note_colors=("yellow", "yellow", "green", "pink", "orange", "blue")),
    PhotoSpec(seed=6, background="brown", max_tilt_deg=35.0, notes_per_zone=(1, 3), dots_per_kind=(1, 4),
              overlap_pairs=0, touching_pairs=1),
    PhotoSpec(seed=12, background="none", max_tilt_deg=35.0, notes_per_zone=(1, 3), dots_per_kind=(1, 4),
              overlap_pairs=0, touching_pairs=1),
]  # fmt: skip


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: f"seed{spec.seed}-{spec.background}")
def test_notes_and_dots_on_fills_and_nothing_from_the_print(board, photo_cache, spec):
    photo = cached_photo(photo_cache, board, spec)
    result = capture_photos([photo.jpeg], board, CaptureOptions())
    found = score(board, photo.filled, result.notes, result.dots)
    on_fills = [note for note in photo.filled.notes if note.zone_id in ("goed", "beter", "acties", "ideeen")]
    assert len(on_fills) == found.true_notes >= 8
    assert found.recall == 1.0 and found.precision == 1.0, found.misses
    assert found.color_right == found.matched_notes, found.misses
    assert found.exact_cells == 1.0, found.misses
    for note in result.notes:  # no phantom from a picture
        assert not any(area.inset(-5).contains_point(note.x_mm, note.y_mm) for area in PICTURE_AREAS), note
    for dot in result.dots:
        assert dot.zone_id in ("goed", "beter"), dot


def test_yellow_notes_lie_on_the_yellow_fill(board, photo_cache):
    """The hard case is in the photos above: yellow notes on the sand-yellow column."""
    photo = cached_photo(photo_cache, board, SPECS[0])
    assert any(note.color == "yellow" and note.zone_id == "beter" for note in photo.filled.notes)


def test_printed_parts_follow_shapes_layers_and_print():
    board = styled_board()
    board.zones.append(
        Zone("binnen", ZoneKind.CELL, Rect(320, 200, 100, 100), "binnen", fill="#d2e6f5", parent="beter")
    )
    board.zones.append(
        Zone("hulp", ZoneKind.FREE_AREA, Rect(600, 200, 100, 100), "hulp", fill="#e6e4e1", printed=False)
    )
    ppm = 1.0
    parts = printed_parts(board, (int(board.height_mm), int(board.width_mm)), ppm, (0.0, 0.0))
    colors = [fill.color for fill in parts.fills]
    assert colors == ["#d4eed7", "#f6e3a1", "#fad6b4", "#e2d7f0", "#d2e6f5"]  # the hidden one is not printed
    beter = parts.fills[1].mask
    assert beter[150, 310] and not beter[250, 370]  # the nested zone lies over its parent
    assert not beter[112, 300]  # a margin along the border
    ellipse = parts.fills[3].mask
    assert ellipse[490, 188] and not ellipse[430, 45]  # an ellipse is not its box
    rounded = parts.fills[2].mask
    assert rounded[260, 680] and not rounded[113, 561]  # rounded corners
    assert parts.pictures[480, 440] and parts.pictures[470, 600] and not parts.pictures[480, 530]
    assert parts.covered[300, 100] and not parts.covered[420, 290]
    assert np.count_nonzero(parts.covered) > np.count_nonzero(parts.pictures)
