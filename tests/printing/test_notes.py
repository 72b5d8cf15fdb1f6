"""Carried notes: printed in place, in their own style, inside their zone when unplaced."""

from __future__ import annotations

import re
import subprocess

from boards.session import Note, NoteSource
from printing import PrintOptions, render_board_pdf
from printing.notes import place_notes

PT_TO_MM = 25.4 / 72


def word_boxes(pdf: bytes, tmp_path) -> list[tuple[str, float, float, float, float]]:
    """(word, x_min, y_min, x_max, y_max) in page mm, top-left origin."""
    source = tmp_path / "words.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(source), "-"], check=True, capture_output=True, text=True).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    return [(m[4], *(float(v) * PT_TO_MM for v in m[0:4])) for m in pattern.findall(html)]


def test_positioned_and_flowed_notes_are_printed_in_place(tiny_board, tmp_path):
    placed_note = Note("Kwetsbaarheid", x_mm=240, y_mm=100, width_mm=40, height_mm=40, source=NoteSource.CARRIED)
    flowed = [Note(f"Idee{n}", zone_id="links", source=NoteSource.CARRIED) for n in range(3)]
    pdf = render_board_pdf(tiny_board, PrintOptions(carried_notes=(placed_note, *flowed)))
    boxes = word_boxes(pdf, tmp_path)
    words = {word: (x0, y0, x1, y1) for word, x0, y0, x1, y1 in boxes}
    x0, y0, x1, y1 = words["Kwetsbaarheid"]
    assert x0 >= 220 and x1 <= 260 and y0 >= 80 and y1 <= 120
    zone = tiny_board.zone("links").rect
    for note in flowed:
        x0, y0, x1, y1 = words[note.text]
        assert zone.x <= x0 and x1 <= zone.right and zone.y <= y0 and y1 <= zone.bottom
    assert sum(1 for word, *_ in boxes if word == "meegenomen") == 4


def test_flowed_notes_do_not_overlap_each_other_or_the_zone_label(tiny_board):
    notes = [Note(f"n{k}", zone_id="rechts") for k in range(4)]
    rects = [rect for _, rect in place_notes(tiny_board, notes)]
    zone = tiny_board.zone("rechts").rect
    for index, rect in enumerate(rects):
        assert rect.y >= zone.y + zone.height * 0.3 - 1e-6
        for other in rects[index + 1 :]:
            assert not rect.overlaps(other)


def test_many_flowed_notes_shrink_to_stay_inside_their_zone(tiny_board):
    notes = [Note(f"n{k}", zone_id="links") for k in range(8)]
    zone = tiny_board.zone("links").rect
    for _, rect in place_notes(tiny_board, notes):
        assert zone.contains_rect(rect)
