"""The hard conditions of classroom photos, each alone and all at once, as generator specs.

``CONDITIONS`` is what ``benchmarks/capture.py`` measures, one table row per
condition; ``condition_spec(name, index, seed)`` gives the spec of photo
``index`` of a condition (the seed varies the rest). The numbers follow what
phone photos of real boards show: see the generator's docstring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from tests.photos.generator import PhotoSpec
from tests.photos.stickers import OTHER_NOTE_SIZES_MM

PROCESPLAAT = "procesplaat-1"
QUADRANTS = "ideeen-genereren"
BOTH = (PROCESPLAAT, QUADRANTS)
#: white paper: notes of the dots' own hues (green, pink) among green and red dots
DOT_HUE_NOTES = ("green", "green", "pink", "pink", "yellow", "orange", "blue")
#: mostly the common 76 × 76 mm
SQUARE_NOTES_MM = ((76.0, 76.0),) * 5 + ((63.0, 63.0),)


@dataclass(frozen=True)
class Condition:
    name: str
    title: str  # what the photos show (English)
    boards: tuple[str, ...]  # photo i is of boards[i % len(boards)]
    make: Callable[[np.random.Generator, int, str], PhotoSpec]  # (rng, index, board) → spec without seed
    combined: bool = False  # held to the "everything at once" targets


def _phone(megapixels: float, rng: np.random.Generator) -> PhotoSpec:
    """A quick phone photo: a little tilted, sharp enough, good JPEG; one size of dot stickers."""
    return PhotoSpec(
        megapixels=megapixels,
        max_tilt_deg=30.0,
        rotation_deg=10.0,
        dot_sizes_mm=(float(rng.choice([12.0, 14.0, 16.0, 18.0, 20.0])),),
        dots_per_kind=(0, 6),
        overlap_pairs=1,
        touching_pairs=1,
        vivid=0.8,
        handwriting="scribble",
        exposure=(0.85, 1.05),
        blur_px=(0.6, 1.4),
        jpeg_quality=85,
    )


def _notes(board: str, base: PhotoSpec) -> PhotoSpec:
    """How many notes a board gets: 0–2 per cell of the Procesplaat, 3–6 apart per quadrant."""
    if board == QUADRANTS:
        return replace(base, notes_per_zone=(3, 6), overlap_pairs=0, touching_pairs=0)
    return base


def _tidy(rng, index, board) -> PhotoSpec:
    return _notes(board, _phone(12.0, rng))


def _glare(rng, index, board) -> PhotoSpec:
    return replace(_notes(board, _phone(12.0, rng)), glare=True, vignetting=float(rng.uniform(0.35, 0.55)))


def _white(rng, index, board) -> PhotoSpec:
    return replace(
        _notes(board, _phone(12.0, rng)), background="none", note_colors=DOT_HUE_NOTES, vivid=0.95, same_hue_dots=True
    )


DOT_SIZES_MM = (8.0, 10.0, 12.0, 14.0, 16.0, 18.0, 20.0)


def _dots(rng, index, board) -> PhotoSpec:
    return replace(
        _phone(12.0, rng),
        hard_dots=True,
        note_colors=DOT_HUE_NOTES,
        dots_per_kind=(1, 7),
        dot_sizes_mm=(float(rng.choice(DOT_SIZES_MM)),),
    )


def _dot_sizes(rng, index, board) -> PhotoSpec:
    return replace(_phone(12.0, rng), dots_per_kind=(0, 6), dot_sizes_mm=DOT_SIZES_MM)


def _rotated(rng, index, board) -> PhotoSpec:
    spec = replace(
        _phone(12.0, rng), rotation_deg=20.0, curled_share=0.5, overlap_pairs=3, touching_pairs=2, hard_shadows=True
    )
    if board == QUADRANTS:
        spec = replace(
            spec,
            notes_per_zone=(5, 9),
            dense=True,
            min_visible=0.45,
            overlap_pairs=0,
            touching_pairs=0,
            few_pads=True,
            note_sizes_mm=SQUARE_NOTES_MM,
        )
    return spec


def _handwriting(rng, index, board) -> PhotoSpec:
    return replace(_notes(board, _phone(12.0, rng)), handwriting="marker", notes_per_zone=(1, 2))


def _phone_photo(rng, index, board) -> PhotoSpec:
    megapixels = (3.0, 12.0)[index % 2]
    scale = megapixels / 12.0
    return replace(
        _notes(board, _phone(megapixels, rng)),
        min_tilt_deg=35.0,
        max_tilt_deg=45.0,
        jpeg_quality=70,
        blur_px=(0.7, 1.5),
        motion_blur_px=(4.0 * scale**0.5, 10.0 * scale**0.5),
        noise=(4.0, 7.0),
        chroma_noise=3.0,
    )


def _markers(rng, index, board) -> PhotoSpec:
    covered = int(rng.integers(0, 3))
    outside = int(rng.integers(1 if covered == 0 else 0, 3 - covered))
    return replace(_notes(board, _phone(12.0, rng)), covered_markers=covered, markers_outside=outside)


def _tiled(rng, index, board) -> PhotoSpec:
    return replace(_notes(board, _phone(12.0, rng)), tiled="A4")


def _dense(rng, index, board) -> PhotoSpec:
    return replace(
        _phone(12.0, rng),
        notes_per_zone=(5, 11),
        dense=True,
        overlap_pairs=0,
        touching_pairs=0,
        rotation_deg=10.0,
        few_pads=True,
        note_sizes_mm=SQUARE_NOTES_MM,
    )


def _sizes(rng, index, board) -> PhotoSpec:
    return replace(_notes(board, _phone(12.0, rng)), note_sizes_mm=OTHER_NOTE_SIZES_MM)


def _combined(rng, index, board) -> PhotoSpec:
    spec = replace(
        _phone_photo(rng, 1, board),  # 12 MP, JPEG 70, blur, noise, 35–45° off-axis
        background="none" if rng.random() < 0.5 else "brown",
        note_colors=DOT_HUE_NOTES,
        vivid=0.9,
        glare=True,
        vignetting=float(rng.uniform(0.3, 0.5)),
        hard_dots=True,
        dots_per_kind=(1, 7),
        dot_sizes_mm=(float(rng.choice(DOT_SIZES_MM[1:])),),
        rotation_deg=20.0,
        curled_share=0.5,
        hard_shadows=True,
        min_visible=0.45,
        overlap_pairs=3,
        touching_pairs=2,
        handwriting="marker",
        note_sizes_mm=OTHER_NOTE_SIZES_MM + ((76.0, 76.0),) * 4,
        covered_markers=1 if rng.random() < 0.6 else 0,
    )
    if not spec.covered_markers:
        spec = replace(spec, markers_outside=1)
    if board == QUADRANTS:
        spec = replace(spec, notes_per_zone=(5, 11), dense=True, overlap_pairs=0, touching_pairs=0, few_pads=True)
    if index % 3 == 2:
        spec = replace(spec, tiled="A4")
    return spec


CONDITIONS: tuple[Condition, ...] = (
    Condition("tidy", "a tidy 12 MP photo, for reference", BOTH, _tidy),
    Condition("glare", "a specular highlight over dots or notes, and strong vignetting", BOTH, _glare),
    Condition("white", "white paper; green and pink notes among green and red dots", BOTH, _white),
    Condition("dots", "dots touching, overlapping, on note edges and on notes of their own hue", (PROCESPLAAT,), _dots),
    Condition("dot-sizes", "dot stickers of two sizes (8–20 mm) on one board", (PROCESPLAAT,), _dot_sizes),
    Condition("rotated", "notes turned up to ±20°, half of them curled, overlapping and touching", BOTH, _rotated),
    Condition("handwriting", "thick marker writing on every note, to and across its edges", BOTH, _handwriting),
    Condition("phone", "3 and 12 MP, JPEG 70, motion blur, sensor noise, 35–45° off-axis", BOTH, _phone_photo),
    Condition("markers", "one or two corner markers under a note or out of the frame", BOTH, _markers),
    Condition("tiled", "a tiled A4 print, every sheet glued 1–2 mm off and slightly turned", BOTH, _tiled),
    Condition("dense", "a quadrant board with 5–11 notes per quadrant, some touching", (QUADRANTS,), _dense),
    Condition("sizes", "notes of 127 × 76, 76 × 127 and 51 × 51 mm among 76 × 76", BOTH, _sizes),
    Condition("combined", "all of the above at once, 12 MP", BOTH, _combined, combined=True),
)
BY_NAME = {condition.name: condition for condition in CONDITIONS}


def condition_spec(name: str, index: int, seed: int) -> tuple[str, PhotoSpec]:
    """(board template id, spec) of photo ``index`` of condition ``name`` in a run with ``seed``."""
    condition = BY_NAME[name]
    photo_seed = (seed * 7919 + index * 104_729 + sum(map(ord, name)) * 1_299_709) % (2**31)
    board = condition.boards[index % len(condition.boards)]
    spec = condition.make(np.random.default_rng(photo_seed), index, board)
    return board, replace(spec, seed=photo_seed)
