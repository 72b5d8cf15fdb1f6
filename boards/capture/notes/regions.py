"""The notes in the regions of one colour of a cluster (``_regions``): candidates proposed, measured and
chosen, what is left over, and each note's doubt and confidence.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from boards.capture.notes.base import Components, NoteBlob, _normalise_angle
from boards.capture.notes.candidates import (
    Candidate,
    Outline,
    _box_candidate,
    _edge_candidates,
    _fitted,
    _grown,
    _new_only,
    _sold_from_edge,
    _sold_guesses,
    _trimmed_box,
)
from boards.capture.notes.choosing import (
    PIECES_FIT_MM,
    _choose,
    _ends_in_line,
    _explains,
    _fill_length,
    _in_line,
    _joined_in_line,
    _pieces_joined,
    _rest_in_line,
    _run_on_pads,
    _usual_at_ends,
)
from boards.capture.notes.clusters import Kept, _RegionKept
from boards.capture.notes.doubt import (
    FREE_WHOLE,
    _confidence,
    _doubt,
    _ends_short,
    _free_shadows,
    _kinked_in_line,
    _loose_sides,
    _open_on,
    _open_shaded,
    _own_edges_round,
    _runs_on,
    _shows_size,
    _size_guessed,
    _size_unseen,
    _smaller_shown,
    _spanned,
    _stretched,
    _unfixed_axes,
    _whole,
    _whole_of_sold_size,
)
from boards.capture.notes.learning import _long_and_bent, _standing_alone
from boards.capture.notes.measuring import MAY_FIT_PAPER, Region, _evaluate
from boards.capture.notes.seams import CLIPPED, _seams
from boards.capture.notes.sizes import (
    COMMON_SIZES_MM,
    MIN_NOTE_AREA_MM2,
    SIZE_TOLERANCE_MM,
    TYPICAL_NOTE_MM,
    SizeBook,
    _common,
    _longer_than_sold,
)
from boards.capture.segment import disk

REST_WRITING_MM = 8.0  # lines of writing this wide may part a note's colour into strips (see _regions)
SMALL_NOTE_MM = 51.0  # the side of the smallest square note sold
#: share of such a note that a region with no note chosen in it, or what the notes chosen in one leave, must show to
#: be read as one
REST_SMALL_SHARE = 0.5


def _regions(
    regions: Components,
    lines: np.ndarray,
    paper: np.ndarray,
    others: np.ndarray,
    px_per_mm: float,
    sizes: SizeBook,
    gray: np.ndarray | None = None,
    seamed: Callable[..., bool] | None = None,
    only: set[int] | None = None,
    color: np.ndarray | None = None,
    small: list[np.ndarray] | None = None,
    against: dict[int, bool] | None = None,
    sold: bool = False,
    kept: Kept | None = None,
) -> list[NoteBlob]:
    """Notes in the regions of one colour (``only``: in these of them). ``seamed(corners_px, sizes_mm=None)``
    (window px) tells whether a rectangle holds the edge of one note lying on another, a note's length of
    ``sizes_mm`` (default: the sizes seen) from an end (see ``seam_across``). ``small`` collects the pixels
    (x, y) of the regions too small for a note but at least half that size (a note mostly under dots). ``paper``:
    the bare board of the window, when first asked (see ``_bare_paper``). ``against``: per region, whether it lies
    against notes of other colours, where known already (see ``learn_sizes``). ``sold``: where the outline alone does
    not explain a region, also guess sizes sold not seen from its whole edges (see _sold_from_edge). ``kept``: what
    an earlier search of these regions worked out that the sizes seen do not change (see ``Kept``), taken up and
    added to."""
    min_area = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    margin = int(round(12 * px_per_mm))
    count, components, stats = regions
    height, width = components.shape
    found: list[NoteBlob] = []
    edge_kernel = disk(2.4 * px_per_mm)
    deep_kernel = disk(3.0 * px_per_mm)
    line_kernel = disk(1.2 * px_per_mm)
    eroded: list[np.ndarray] = kept.bare if kept is not None else []

    def bare() -> np.ndarray:
        if not eroded:
            eroded.append(cv2.erode(paper().view(np.uint8), edge_kernel) > 0)
        return eroded[0]

    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if only is not None and index not in only:
            continue
        if area < min_area:
            if small is not None and area >= 0.5 * min_area:
                piece = components[y : y + h, x : x + w] == index
                small.append(cv2.findNonZero(piece.view(np.uint8)).reshape(-1, 2) + np.array([x, y]))
            continue
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(width, x + w + margin), min(height, y + h + margin)
        own = components[y0:y1, x0:x1] == index
        own8 = own.view(np.uint8)
        found_before = len(found)
        guessable = False  # (whether a size sold not seen could be guessed in it: see below)
        known_against = against.get(index) if against is not None else None
        alone = _standing_alone(own8, (x0, y0), px_per_mm, sizes, others[y0:y1, x0:x1], known_against)
        if alone is not None and _in_line(alone.size, alone.corners() * px_per_mm, sizes, seamed):
            alone = None
        if alone is not None:
            alone.region = index
            found.append(alone)
            continue
        state = kept.regions.get(index) if kept is not None else None
        if state is None:
            roi_lines = lines[y0:y1, x0:x1] & own
            lines8 = roi_lines.view(np.uint8)
            border = own8 - cv2.erode(own8, np.ones((3, 3), np.uint8))
            near_edge = cv2.dilate(border | lines8, edge_kernel) > 0
            thick_lines = cv2.dilate(lines8, line_kernel) > 0
            inside = (cv2.erode(own8, deep_kernel) > 0) & ~thick_lines
            roi_paper = (cv2.erode(paper()[y0:y1, x0:x1].view(np.uint8), edge_kernel) > 0) & ~own
            roi_others = others[y0:y1, x0:x1] > 0
            region = Region(np.array([x0, y0], np.float64), own, roi_paper, near_edge, inside, roi_others, thick_lines)
            region.gray = gray[y0:y1, x0:x1] if gray is not None else None
            region.color = color[y0:y1, x0:x1] if color is not None else None
            region.measured = {}
            state = _RegionKept(region, cv2.findContours(own8, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0])
            if kept is not None:
                kept.regions[index] = state
        region, thick_lines = state.region, state.region.lines
        region.bare = bare
        if seamed is not None:
            region.seamed = lambda corners, distinct=False, on=CLIPPED, sold=False, origin=region.origin: seamed(
                corners + origin, distinct=distinct, on=on, sold=sold
            )
            region.usual_mm = max(sizes.usual)

        contours = state.contours
        candidates: list[Candidate] = []
        offset = np.array([x0, y0], np.float64) / px_per_mm
        contour = max(contours, key=cv2.contourArea)
        box = _box_candidate(contour.astype(np.float32) + np.float32([x0, y0]), px_per_mm)
        clean = (
            len(contours) == 1
            and box is not None
            and cv2.contourArea(contour) >= 0.93 * box.size[0] * box.size[1] * px_per_mm * px_per_mm
        )
        if not clean:
            # a rectangle once the dots on its edge are set aside: weighed as one note of a size sold not yet
            # believed (below); of a size known it is still searched (a note partly under another one can
            # show a clean rectangle of a smaller size)
            if not state.trimmed:
                state.trimmed.append(_trimmed_box(own8, px_per_mm, others[y0:y1, x0:x1] > 0))
            trimmed = state.trimmed[0]
            trimmed_box = None
            if trimmed is not None:
                trimmed_box = _box_candidate(trimmed.astype(np.float32) + np.float32([x0, y0]), px_per_mm)
            if trimmed_box is not None:
                long, short = max(trimmed_box.size), min(trimmed_box.size)
                if _common(long, short) and not sizes.known(long, short) and not _longer_than_sold(long, short):
                    box, clean = trimmed_box, True
        single = clean and sizes.known(max(box.size), min(box.size))
        # a clean rectangle of a size sold but not (yet) believed: one larger note, or usual ones in line
        either = clean and not single and _common(max(box.size), min(box.size))
        bent = clean and _long_and_bent(contour, box.size, px_per_mm, sizes)
        if clean and (bent or _in_line(box.size, box.corners_mm() * px_per_mm, sizes, seamed)):
            single = either = False
        segments: list[np.ndarray] = []  # the straight edges of the outlines, for refitting
        outline = Outline(offset, px_per_mm, 0.5 * min_area, segments)
        candidates = outline.propose(contours, sizes, corners=not single, known_only=False, shapes=state.shapes)
        outer = list(segments)  # the region's own outline (not yet the pieces cut along dark lines)
        if box is not None:
            candidates.append(box)
            if not single:
                candidates += _grown(box, sizes)
                if sizes.tiles(max(box.size), min(box.size)):
                    # as long as notes of a size seen lying in line: the usual note against each end too (dots over
                    # its corners and writing across its sides leave a note at the far end no corner to propose it)
                    candidates += _usual_at_ends(box, sizes)
        candidates = _fitted(candidates, segments, sizes)
        chosen = _choose(candidates, region, px_per_mm)
        if not single and not _explains(chosen, own):
            # the outline alone does not explain the region: cut it along dark lines (the shadow between
            # overlapping notes, a colour step) and propose from the pieces too
            if not state.pieces:
                cut = (own & ~thick_lines).astype(np.uint8)
                state.pieces.append(cv2.findContours(cut, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0])
            pieces = state.pieces[0]
            proposed = outline.propose(pieces, sizes, corners=True, known_only=True, shapes=state.piece_shapes)
            more = _fitted(proposed, segments, sizes)
            more += _new_only(_fitted(_edge_candidates(outer, sizes), segments, sizes), candidates + more)
            if sold:
                more += _sold_guesses(outline.found, sizes, segments, candidates + more)
            else:
                guessable = any(_sold_from_edge(corner, sizes) for corner in outline.found)
            chosen = _choose(candidates + more, region, px_per_mm)
        joined = _joined_in_line(chosen, region, px_per_mm, sizes)
        if bent and len(joined) < len(chosen):
            # a bent outline is two pads in line: notes chosen in it are not joined into one longer note; but as
            # no seam between them was seen, neither is vouched for by its size
            for candidate in chosen:
                candidate.in_line = candidate.in_line or not any(candidate is kept for kept in joined)
        else:
            chosen = joined
        # (one note chosen that is shorter than the rectangle leaves the rest of it for a second note laid
        # from the rest: two notes in line as well, with no seam between them)
        split = len(chosen) > 1 or (
            len(chosen) == 1 and box is not None and max(box.size) - max(chosen[0].size) > SIZE_TOLERANCE_MM
        )
        if either and split and region.seamed is not None and not _longer_than_sold(max(box.size), min(box.size)):
            # a clean rectangle of a size sold with no pad's edge across it (see _in_line) is one note of that
            # size, judged as any note, when the notes chosen inside it do not make up its length as notes
            # lying in line would (a curled end or dots on its edge read as a usual note at each end); when they
            # do, still one note if the rectangle is as long as a note sold, as exactly as an outline measures one
            # (pads in line lie so exactly flush at their sides and make that length only by chance; its width may
            # measure short, a lifted or curled edge), but doubtful for its size
            filled = _fill_length(chosen, box)
            long, short = max(box.size), min(box.size)
            if not filled or any(
                abs(long - a) < PIECES_FIT_MM and abs(short - b) < SIZE_TOLERANCE_MM for a, b in COMMON_SIZES_MM
            ):
                _evaluate(box, region, px_per_mm)
                if box.area > 0 and box.paper <= MAY_FIT_PAPER:
                    box.known, box.in_line = False, filled
                    chosen, split = [box], False
        if not (either and split):
            chosen = _run_on_pads(chosen, region, px_per_mm, sizes)
        for candidate in chosen:
            # the image's evidence where the outline alone leaves the note doubtful; of a sure note only its
            # sides against open board (where shadows fall on this photo, see _free_shadows) and those its own
            # colour runs on across (see _runs_on)
            free_sides = {side for side in range(4) if candidate.free[side] >= FREE_WHOLE}
            runs_on = _open_on(candidate) if _size_guessed(candidate) else set()
            _seams(candidate, region, px_per_mm, range(4) if _doubt(candidate) else free_sides | runs_on)
            candidate.spanned = (False, False)
            if _unfixed_axes(candidate):  # (only where nothing else fixes it: its colour's extent takes a while)
                candidate.spanned = _spanned(candidate, px_per_mm, sizes.usual, region.origin, chosen)
        if not (either and split):
            chosen = _pieces_joined(chosen, region, px_per_mm)
        for candidate in chosen:
            size, angle = _normalise_angle(candidate.size, candidate.angle_deg)
            confidence = _confidence(candidate, sizes)
            reason = (
                "size" if either and split else _doubt(candidate) or _size_unseen(candidate, sizes, region, px_per_mm)
            )
            if not reason and (
                candidate.in_line
                or candidate.run_on
                or _runs_on(candidate, chosen, region, px_per_mm)
                or _kinked_in_line(candidate, sizes)
                or _stretched(candidate, sizes)
                or _smaller_shown(candidate, px_per_mm)
            ):
                reason = "size"
            if_size_seen, (open_sides, slides) = None, _loose_sides(candidate, reason)
            if reason == "size" and not candidate.known and not (either and split) and not candidate.run_on:
                # judged again as if the size were known (once another note shows it whole, see _sizes_seen)
                candidate.known = True
                if_size_seen = _doubt(candidate) or _size_unseen(candidate, sizes, region, px_per_mm)
                open_sides, slides = _loose_sides(candidate, if_size_seen)
                candidate.known = False
            found.append(
                NoteBlob(
                    "",
                    (float(candidate.center[0]), float(candidate.center[1])),
                    (float(size[0]), float(size[1])),
                    float(angle),
                    min(confidence, 0.45) if reason else confidence,
                    doubtful=bool(reason),
                    reason=reason,
                    region=index,
                    open_sides=open_sides,
                    open_shaded=_open_shaded(candidate) if open_sides else (),
                    slides=slides,
                    free_shadows=_free_shadows(candidate),
                    sure_confidence=confidence,
                    if_size_seen=if_size_seen,
                    proves_size=not reason and not candidate.known and _whole_of_sold_size(candidate),
                    shows_size=_shows_size(candidate),
                    lined_sides=_own_edges_round(candidate) if candidate.sold_guess and reason == "size" else None,
                    beneath=candidate.beneath,
                    whole=_whole(candidate),
                    # (of a note sure, or one that may turn sure: see _lying_on_top, _sizes_seen)
                    ends_short=(
                        _ends_short(candidate, region, sizes, px_per_mm)
                        if not reason or open_sides or if_size_seen == ""
                        else ()
                    ),
                )
            )
        explained = np.zeros(own.shape, bool)
        for candidate in chosen:
            explained[candidate.window] |= candidate.own
        rest = (own & ~explained).view(np.uint8)
        note_px = TYPICAL_NOTE_MM**2 * px_per_mm**2
        least_small = REST_SMALL_SHARE * SMALL_NOTE_MM**2 * px_per_mm**2  # (what a smaller note must show)
        # (beside notes chosen, a rest as large as a region with none chosen in it must show to be read as a note:
        # the visible part of a note lying between others over both its sides; with none chosen, the rest of a usual
        # note, see below for a smaller one)
        least_rest = least_small if chosen else 0.35 * note_px
        smothered = not chosen and np.count_nonzero(rest) < least_rest
        if smothered:
            # nothing chosen in it, and too little of it for the rest of a usual note: a small note whose lines of
            # writing, blurred into the board's colour, part it into strips each too thin for a note (closed over
            # them), as much of it as shows of a note mostly under dots. Read as such a note: doubtful (for its size
            # where that is not seen, else "covered": its extent is not seen; see _under_dots and _smothered_kept)
            rest = cv2.morphologyEx(rest, cv2.MORPH_CLOSE, disk(REST_WRITING_MM / 2 * px_per_mm))
            least_rest = least_small
        # (an opening only takes pixels away: too little left before it, too little after it)
        if np.count_nonzero(rest) >= least_rest:
            rest = cv2.morphologyEx(rest, cv2.MORPH_OPEN, disk(4 * px_per_mm))
        if rest.sum() >= least_rest:
            rest_contours, _ = cv2.findContours(rest, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            for contour in rest_contours:
                if cv2.contourArea(contour) < least_rest:
                    continue
                rest_box = _box_candidate(contour.astype(np.float32) + np.float32([x0, y0]), px_per_mm, longer=True)
                if rest_box is None:
                    continue
                in_line = _rest_in_line(rest_box, sizes)
                unresolved = cv2.contourArea(contour) > 1.3 * note_px or in_line
                if unresolved:
                    piece = np.zeros(rest.shape, np.uint8)
                    cv2.drawContours(piece, [contour], 0, 1, -1)
                    pixels = cv2.findNonZero(piece & rest).reshape(-1, 2) + np.array([x0, y0])
                    ends = _ends_in_line(rest_box, pixels / px_per_mm, px_per_mm, sizes)
                    guessed = not ends and in_line
                    if guessed:
                        # their widths not measured at the ends (curled, shaded, covered): usual notes laid
                        # against the two ends, doubtful
                        ends = _usual_at_ends(rest_box, sizes)
                    if ends:
                        # notes in line whose outer ends show: each placed from its end, judged as any other
                        # the upper pad's edge lies where one of them ends, a note's length from an end
                        across = min(rest_box.size)
                        meet = [(max(end.size), across) for end in ends]
                        long_note = _common(max(rest_box.size), across) and not (
                            seamed is not None and seamed(rest_box.corners_mm() * px_per_mm, meet)
                        )
                        for end in ends:
                            _evaluate(end, region, px_per_mm)
                            _seams(end, region, px_per_mm)
                            # (one note of a size sold, no seam across: it may be one longer note)
                            reason = "size" if long_note else _doubt(end) or _size_unseen(end, sizes, region, px_per_mm)
                            reason = "unresolved" if guessed else reason
                            size, angle = _normalise_angle(end.size, end.angle_deg)
                            found.append(
                                NoteBlob(
                                    "",
                                    (float(end.center[0]), float(end.center[1])),
                                    (float(size[0]), float(size[1])),
                                    float(angle),
                                    0.3 if reason else _confidence(end, sizes),
                                    doubtful=bool(reason),
                                    reason=reason,
                                    region=index,
                                )
                            )
                        continue
                guess = rest_box
                reason = "unresolved" if unresolved else "covered"
                if not unresolved:
                    # the rest of a note whose other part lies under its neighbours: the usual size, laid
                    # against the rest's sides that border the board
                    options = [rest_box, *_grown(rest_box, sizes)]
                    for option in options:
                        _evaluate(option, region, px_per_mm)
                    guess = max(
                        (option for option in options if option.area > 0),
                        key=lambda option: option.support - option.contradiction - 2 * option.paper,
                        default=rest_box,
                    )
                    # judged by the rule every chosen note is judged by: sure only where its edges fix it
                    guess.known = sizes.known(max(guess.size), min(guess.size))
                    _seams(guess, region, px_per_mm)
                    reason = (
                        (_doubt(guess) or _size_unseen(guess, sizes, region, px_per_mm)) if guess.area > 0 else reason
                    )
                    reason = reason or ("covered" if smothered else "")
                if_size_seen = None
                if reason == "size" and not unresolved and not guess.known:
                    # judged again as if the size were known (see _sizes_seen)
                    guess.known = True
                    if_size_seen = _doubt(guess) or _size_unseen(guess, sizes, region, px_per_mm)
                    guess.known = False
                size, angle = _normalise_angle(guess.size, guess.angle_deg)
                found.append(
                    NoteBlob(
                        "",
                        (float(guess.center[0]), float(guess.center[1])),
                        (float(size[0]), float(size[1])),
                        float(angle),
                        0.3 if reason else _confidence(guess, sizes),
                        doubtful=bool(reason),
                        reason=reason,
                        region=index,
                        sure_confidence=_confidence(guess, sizes),
                        if_size_seen=if_size_seen,
                        shows_size=not unresolved and _shows_size(guess),
                        smothered=smothered,
                    )
                )
        for blob in found[found_before:]:
            blob.guessable = guessable
        if small is not None and len(found) == found_before:
            # no note read in it: a note mostly under dots and writing shows as little (see _under_dots)
            small.append(cv2.findNonZero(own8).reshape(-1, 2) + np.array([x0, y0]))
    return found
