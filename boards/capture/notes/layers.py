"""Notes lying over and under each other, once all are found: a note fixed by a neighbour reaching under it
or by no shadow on it (on top), ending under a neighbour shown whole, its end unexplained or covered, lying
over bare board, or its end in its own shade; and which way shadows fall on the photo (``_shadows_fall``,
``_shaded_way``).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from boards.capture.notes.base import NoteBlob, _outward_normals, _rolled, _share_of, bare_board, pixels_on
from boards.capture.notes.doubt import CAST_SIDE, PLACE_MM
from boards.capture.notes.sizes import SIZE_TOLERANCE_MM, TYPICAL_NOTE_MM
from boards.capture.segment import Palette, disk, dot_note_pairs

SHADE_FROM_MM = 1.0  # the strip beyond a note's side where its own shade may show starts this far out ...
SHADE_TO_MM = 12.0  # ... and ends this far out
SHADE_ACROSS = 0.4  # share of the strip's depth the shade shows in at a place along the side ...
SHADE_ALONG = 0.8  # ... at this share of the places along the side (1 mm apart, its ends left out)


def _shade_beyond(
    notes: list[NoteBlob], labels: np.ndarray, palette: Palette, px_per_mm: float, usual: float = TYPICAL_NOTE_MM
) -> None:
    """A sure note shorter than the ``usual`` size across a side beyond which a band of the colour of the dots of
    its hue runs all along that side is doubtful for its size, and laid reaching across the band to the usual size:
    a curled note's lifted end is shaded, and a green note's shade can take the green dots' colour, so where the
    note's colour ends there its end is not seen (a 76 mm note whose last third, in shade beyond a line of
    writing, was read as dots: a sure 76 × 49 or 51 mm note). Dots of that colour beside a note leave most of
    the side free."""
    pairs: dict[str, list[int]] = {}
    for dot_class, note_class, *_ in dot_note_pairs(palette):
        pairs.setdefault(palette.note_colors[note_class], []).append(dot_class)
    # (every side of every note looked at in one pass: its places and depths as the side alone would lay them)
    sides: list[tuple[NoteBlob, np.ndarray, np.ndarray, float]] = []  # (note, centre, outward, across)
    starts, alongs, outwards, places, colours = [], [], [], [], []
    for note in notes:
        dots = pairs.get(note.color)
        if note.doubtful or not dots:
            continue
        corners = note.corners()
        centre = corners.mean(axis=0)
        ends = _rolled(corners, -1)
        for p, q, outward in zip(corners, ends, _outward_normals(corners, ends, centre), strict=True):
            length = float(np.hypot(*(q - p)))
            if length < 10.0:
                continue
            across = 2.0 * float(outward @ (p - centre))  # the note's extent across this side
            if across > usual - SIZE_TOLERANCE_MM:
                continue  # (a note this long ends there)
            sides.append((note, centre, outward, across))
            starts.append(p)
            alongs.append((q - p) / length)
            outwards.append(outward)
            places.append(np.arange(0.1 * length, 0.9 * length, 1.0))
            colours.append(note.color)
    if not sides:
        return
    shaded = _shaded_sides(labels, px_per_mm, starts, alongs, outwards, places, [pairs[colour] for colour in colours])
    for (note, centre, outward, across), shows in zip(sides, shaded, strict=True):
        if not shows or note.doubtful:
            continue  # (a note made doubtful by one of its sides is not laid anew by another)
        note.doubtful, note.reason = True, "size"
        note.confidence = min(note.confidence, 0.45)
        grow = usual - across
        angle = math.radians(note.angle_deg)
        axis = np.array([math.cos(angle), math.sin(angle)])
        size = list(note.size)
        size[0 if abs(float(outward @ axis)) > 0.5 else 1] += grow
        moved = centre + outward * grow / 2
        note.center, note.size = (float(moved[0]), float(moved[1])), (size[0], size[1])


def _shaded_sides(
    labels: np.ndarray,
    px_per_mm: float,
    starts: list[np.ndarray],
    alongs: list[np.ndarray],
    outwards: list[np.ndarray],
    places: list[np.ndarray],
    dots: list[list[int]],
) -> list[bool]:
    """Per side (its start, unit direction along it and outward, in mm; ``places`` along it, mm from its start):
    whether the band beyond it shows the classes ``dots`` (its note's dots' colours) along most of it (see
    ``_shade_beyond``). All sides in one pass, each point as the side alone would lay it; the shares as
    ``np.mean`` takes them. ``tests/boards/capture/test_fast_paths.py`` compares it with one side at a time."""
    height, width = labels.shape
    depths = np.arange(SHADE_FROM_MM, SHADE_TO_MM, 0.5)
    counts = [len(along) for along in places]
    rows = np.repeat(np.arange(len(counts)), counts)
    start, along, outward = (np.array(values)[rows][:, None, :] for values in (starts, alongs, outwards))
    points = start + np.concatenate(places)[:, None, None] * along + depths[None, :, None] * outward
    xs = np.round(points[..., 0] * px_per_mm).astype(np.int32)
    ys = np.round(points[..., 1] * px_per_mm).astype(np.int32)
    inside = (xs >= 0) & (ys >= 0) & (xs < width) & (ys < height)
    kinds = sorted({tuple(classes) for classes in dots})
    tables = np.zeros((len(kinds), 256), bool)  # per kind of side: which classes are its dots' colours
    for kind, classes in enumerate(kinds):
        tables[kind, list(classes)] = True
    kind_of = np.array([kinds.index(tuple(classes)) for classes in dots])[rows]
    shade = tables[kind_of[:, None], labels[np.where(inside, ys, 0), np.where(inside, xs, 0)]] & inside
    across = (shade.mean(axis=1) >= SHADE_ACROSS).astype(np.intp)  # per place
    ends = np.cumsum(counts)
    along_shares = np.add.reduceat(across, ends - counts)
    return [int(share) / count >= SHADE_ALONG for share, count in zip(along_shares.tolist(), counts, strict=True)]


ON_TOP_MM = 4.0  # a sure note reaching this far under a side shows that the side is the upper note's edge
ON_TOP_SHARE = 0.6  # share of the overlap that must show the upper note's colour
#: a sure note of the same colour must reach this far past a seam: its colour cannot show which note lies on
#: top, so the reach must exceed how far off a sure note's side may lie
ON_TOP_SAME_MM = 12.0


def _lying_on_top(notes: list[NoteBlob], labels: np.ndarray, palette: Palette, px_per_mm: float) -> None:
    """A note not fixed across an axis, one of whose edges there borders another note, is fixed after all when
    that neighbour is sure and reaches under the edge: the edge is then not the neighbour's, so it is this
    note's own, and this note lies on top there. (Against a note of another colour this note's colour shows
    where the neighbour must lie; against one of its own colour the edge is a seam the neighbour runs past.)
    Where the neighbour stops at the edge, either may lie on the other. A note fixed so can fix the next.

    An edge is also the note's own when no shadow lies just inside it although on this photo the notes' edges
    against open board cast clear shadows the way a note lying over this edge would cast its own
    (_unshaded): no note lies on it there."""
    klass = {color: index for index, color in palette.note_colors.items()}
    light = [sample for note in notes for sample in note.free_shadows]
    changed = True
    while changed:
        changed = False
        sure = [note for note in notes if not note.doubtful]
        for note in notes:
            if not note.doubtful or note.reason != "covered" or not note.open_sides:
                continue
            polygon = note.corners().astype(np.float32)
            centre = np.array(note.center)
            reach = (max(note.size) + max(other.size) for other in sure)
            neighbours = [
                other for other, limit in zip(sure, reach) if math.dist(note.center, other.center) < limit * 0.75
            ]
            own_class = klass.get(note.color)
            shaded = note.open_shaded or tuple((1.0,) * len(sides) for sides in note.open_sides)
            if all(
                any(
                    _unshaded(centre + start, centre + end, centre, share, light)
                    or any(
                        _reaches_under(
                            (centre + start, centre + end),
                            centre,
                            polygon,
                            other,
                            labels,
                            own_class,
                            px_per_mm,
                            note.color,
                            klass.get(other.color),
                        )
                        for other in neighbours
                    )
                    for (start, end), share in zip(sides, shares)
                )
                for sides, shares in zip(note.open_sides, shaded)
            ):
                note.doubtful, note.reason, note.confidence = False, "", note.sure_confidence
                changed = True


SHADOW_SEEN = 3  # sides against open board facing one way that tell whether shadows fall that way
UNSHADED = 0.2  # share of a side with a shadow inside it, at most, for no note to lie on it
FACING_COS = 0.9  # an edge faces a direction when its outward normal is this near it (cosine: within about 26°)


def _unshaded(start, end, centre, shaded: float, light: list[tuple[np.ndarray, float]]) -> bool:
    """Whether no note lies over this side (start, end; mm): a note there would cast its shadow inward across
    it (its own edge faces inward), and on this photo edges facing that way against open board do cast clear
    shadows (at least SHADOW_SEEN of them, CAST_SIDE of their length on average), yet none shows inside."""
    if shaded > UNSHADED:
        return False
    direction = (end - start) / max(1e-6, float(np.hypot(*(end - start))))
    inward = np.array([-direction[1], direction[0]])
    if inward @ (centre - (start + end) / 2) < 0:
        inward = -inward
    return _shadows_fall(inward, light, CAST_SIDE)


def _casts_facing(direction: np.ndarray, light: list[tuple[np.ndarray, float]], sign: float = 1.0) -> list[float]:
    """The cast shares of notes' edges against open board (``light``: their outward normals and cast shares, see
    _free_shadows) facing ``direction`` (mm; any length), or facing back with ``sign`` -1."""
    unit = sign * direction / max(1e-6, float(np.hypot(*direction)))
    return [cast for normal, cast in light if float(normal @ unit) >= FACING_COS]


def _shadows_fall(direction: np.ndarray, light: list[tuple[np.ndarray, float]], share: float) -> bool:
    """Whether on this photo notes' edges facing ``direction`` (mm; any length) cast clear shadows across
    them: at least SHADOW_SEEN such edges against open board (``light``: see _casts_facing), ``share`` of
    their length on average."""
    facing = _casts_facing(direction, light)
    return len(facing) >= SHADOW_SEEN and float(np.mean(facing)) >= share


SHADED_APART = 0.5  # share of their length by which edges facing where shadows fall cast more than those facing back


def _shaded_way(direction: np.ndarray, light: list[tuple[np.ndarray, float]]) -> bool:
    """Whether on this photo shadows fall towards ``direction`` (mm; any length): notes' edges against open board
    facing it cast their shadow along a larger share of their length, by SHADED_APART, than those facing back
    (towards the light, which cast none), at least SHADOW_SEEN of each (``light``: see _free_shadows)."""
    facing, back = _casts_facing(direction, light), _casts_facing(direction, light, -1.0)
    if len(facing) < SHADOW_SEEN or len(back) < SHADOW_SEEN:
        return False
    return float(np.mean(facing)) - float(np.mean(back)) >= SHADED_APART


ALONG_DEG = 4.0  # a neighbour's side this parallel to a note's side ...
ALONG_MM = 2.5  # ... and this close to it runs along it: the note's visible part may end under it
ALONG_SHARE = 0.8  # share of the note's side the neighbour's side must run along


def _under_whole_neighbours(notes: list[NoteBlob], usual: tuple[float, float]) -> None:
    """A sure note one of whose sides runs straight along a side of a note of another colour shown whole is
    only measured up to that side: the neighbour, whole, may just as well lie over it as touch it, and the
    note go on under it (a usual note with its end covered shows a clean rectangle of a smaller size). Its
    length across that side is not seen: as with an end not seen (see _size_unseen), a note of another length
    than the usual note's there is doubtful, for the usual note might lie there, its centre elsewhere."""
    whole = [note for note in notes if note.whole and not note.doubtful]
    for note in notes:
        if note.doubtful:
            continue
        beside = [
            other
            for other in whole
            if other.color != note.color
            and math.dist(note.center, other.center) < (max(note.size) + max(other.size)) * 0.75
        ]
        if not beside:
            continue
        corners = note.corners()
        centre = np.array(note.center)
        long, short = max(usual), min(usual)
        for side in range(4):
            start, end = corners[side], corners[(side + 1) % 4]
            length = float(np.hypot(*(end - start)))
            direction = (end - start) / max(1e-6, length)
            outward = np.array([direction[1], -direction[0]])
            if outward @ ((start + end) / 2 - centre) < 0:
                outward = -outward
            across = note.size[1] if side % 2 == 0 else note.size[0]  # the note's length across this side
            along = note.size[0] if side % 2 == 0 else note.size[1]
            expected = long if abs(along - short) <= abs(along - long) else short  # the usual note turned to fit
            if abs(across - expected) / 2 <= PLACE_MM:
                continue
            if any(_runs_along(start, end, outward, other, length) for other in beside):
                note.doubtful, note.reason = True, "covered"
                note.confidence = min(note.confidence, 0.45)
                break


#: share of their length along which edges facing one way cast shadows on average for a line facing that way
#: that casts none to show that the note does not lie on top there
SHADOWS_MOSTLY = 0.5
GLARE_BEYOND = 0.2  # share of a note's part beyond where its colour ends under a highlight: not seen there
COVER_SHARE = 0.5  # share of a note's part beyond where its colour ends that neighbours stopping there cover
COVER_BACK_MM = 4.0  # ... a neighbour reaching back over the line this far on average (its edge a little off,
#: a few degrees turned) still stops there


def _ends_unexplained(notes: list[NoteBlob], glare: np.ndarray | None = None, px_per_mm: float = 1.0) -> None:
    """A sure note whose own colour ends straight across it, short of a side not seen, at another size's
    length (see _ends_short), is doubtful for its size unless other notes lie over its part beyond that line
    and stop there: their edge then cuts it off, and its end lies under them. Where the notes found beyond
    the line reach on under the note's visible part (the note lies on them there), or none lies there, the line
    is the note's own end as likely as not, the note a smaller one: it is laid ending there, doubtful (a usual
    note ending under its neighbours would lie half the difference, 10-13 mm, further on).

    Where edges facing the line's way cast shadows on this photo (see _shadows_fall), a note ending there
    on top of what lies beyond would cast its shadow across the line: with none there, its end lies under what
    lies beyond, and it stays as it is. So it does where a highlight (``glare``, board px) lies over the part
    beyond the line (GLARE_BEYOND of it): what lies there is not seen, the line may be the highlight's edge."""
    light = [sample for note in notes for sample in note.free_shadows]
    for note in notes:
        if note.doubtful or not note.ends_short:
            continue
        centre = np.array(note.center)
        beside = [
            other
            for other in notes
            if other is not note and math.dist(note.center, other.center) < (max(note.size) + max(other.size)) * 0.75
        ]
        ends = [
            hidden
            for hidden, shown, cast in note.ends_short
            if not _covered_up_to(centre + hidden, centre + shown, beside)
            and not (glare is not None and _share_of(glare, (centre + hidden) * px_per_mm) > GLARE_BEYOND)
            and not (cast <= UNSHADED and _shadows_fall(hidden[0] - hidden[3], light, SHADOWS_MOSTLY))
        ]
        if not ends:
            continue
        note.doubtful, note.reason = True, "size"
        note.confidence = min(note.confidence, 0.45)
        angle = math.radians(note.angle_deg)
        axis = np.array([math.cos(angle), math.sin(angle)])
        size = list(note.size)
        for hidden in ends:
            inward = hidden[3] - hidden[0]
            depth = float(np.hypot(*inward))
            side = hidden[1] - hidden[0]
            across = 1 if abs(float(side @ axis)) > 0.5 * float(np.hypot(*side)) else 0
            size[across] -= depth
            centre = centre + inward / 2
        note.center, note.size = (float(centre[0]), float(centre[1])), (size[0], size[1])


def _covered_up_to(hidden: np.ndarray, shown: np.ndarray, others: list[NoteBlob]) -> bool:
    """Whether ``others`` lying over ``hidden`` (a note's part beyond where its colour ends, mm corners, its
    first two on that line) and stopping at the line cover COVER_SHARE of it."""
    hidden32, shown32 = hidden.astype(np.float32), shown.astype(np.float32)
    area = float(cv2.contourArea(hidden32))
    line = float(np.hypot(*(hidden[1] - hidden[0])))
    if area <= 0.0 or line <= 0.0:
        return False
    covered = 0.0
    for other in others:
        corners = other.corners().astype(np.float32)
        over, _ = cv2.intersectConvexConvex(hidden32, corners)
        if over <= 0.0:
            continue
        back, _ = cv2.intersectConvexConvex(shown32, corners)
        if back <= COVER_BACK_MM * line:
            covered += over
    return covered >= COVER_SHARE * area


def _runs_along(start: np.ndarray, end: np.ndarray, outward: np.ndarray, other: NoteBlob, length: float) -> bool:
    """Whether a side of ``other`` runs along the side (start, end; outward normal) of a note, ``other``
    lying beyond it."""
    if (np.array(other.center) - (start + end) / 2) @ outward <= 0:
        return False
    direction = (end - start) / max(1e-6, length)
    corners = other.corners()
    for index in range(4):
        p, q = corners[index], corners[(index + 1) % 4]
        vector = q - p
        span = float(np.hypot(*vector))
        if span < 1e-6 or abs(float(vector @ direction)) / span < math.cos(math.radians(ALONG_DEG)):
            continue
        if max(abs(float((p - start) @ outward)), abs(float((q - start) @ outward))) > ALONG_MM:
            continue
        low, high = sorted((float((p - start) @ direction), float((q - start) @ direction)))
        if min(high, length) - max(low, 0.0) >= ALONG_SHARE * length:
            return True
    return False


BEYOND_MM = 2.5  # how far outside a side the note seen across it is looked at
BEYOND_SHARE = 0.5  # share of that strip (along the overlap) that must show the neighbour's colour


def _reaches_under(
    side, centre, polygon, other: NoteBlob, labels, own_class, px_per_mm: float, color: str, other_class=None
) -> bool:
    """Whether ``other`` reaches at least ON_TOP_MM (of the note's own ``color``: ON_TOP_SAME_MM) under the
    ``side`` (start, end) of the note ``polygon`` (mm), along a good part of it, where the note's colour shows,
    and is the note seen across the side there (its colour, ``other_class``, just outside it): an edge with a
    third note beyond it may be that note's, whatever the neighbour does under it (a sure note overlapping a
    corner runs past the side next to it without showing anything about that side)."""
    start, end = side
    if own_class is None:
        return False
    area, overlap = cv2.intersectConvexConvex(polygon, other.corners().astype(np.float32))
    if overlap is None or area < ON_TOP_MM * 10.0:
        return False
    points = overlap.reshape(-1, 2).astype(np.float64)
    direction = (end - start) / max(1e-6, float(np.hypot(*(end - start))))
    inward = np.array([-direction[1], direction[0]])
    if inward @ (centre - (start + end) / 2) < 0:
        inward = -inward
    depth = (points - start) @ inward
    along = (points - start) @ direction
    length = float(np.hypot(*(end - start)))
    # the overlap starts at this side (not at another one), reaches under it, and runs along 10 mm of it
    reach = ON_TOP_SAME_MM if other.color == color else ON_TOP_MM
    if depth.min() > 1.5 or depth.max() < reach:
        return False
    low, high = max(0.0, along.min()), min(length, along.max())
    if high - low < 10.0:
        return False
    height, width = labels.shape
    if other_class is not None:
        steps = np.linspace(low, high, max(4, int(high - low)))
        outside = start + steps[:, None] * direction - BEYOND_MM * inward
        xs, ys = np.round(outside * px_per_mm).astype(np.int32).T
        ok = (xs >= 0) & (ys >= 0) & (xs < width) & (ys < height)
        if not ok.any() or np.count_nonzero(labels[ys[ok], xs[ok]] == other_class) < BEYOND_SHARE * len(steps):
            return False
    on, total = pixels_on(labels, points * px_per_mm, own_class)
    return total > 0 and on >= ON_TOP_SHARE * total


OPEN_BOARD_SHARE = 0.15  # a sure note's rectangle may lie this much over bare board (its edges a little off)
#: bare board narrower than twice this (mm) inside a note's rectangle is no board showing: the blurred rim of a
#: marker stroke, its dark mixed with the note's colour, takes the board's brown (a note laid off far enough to
#: matter leaves a band of bare board several mm wide: OPEN_BOARD_SHARE of a 51 mm note is 7.6 mm along a side)
OPEN_BOARD_THIN_MM = 1.0


def _note_box(
    note: NoteBlob, px_per_mm: float, shape: tuple[int, ...], corners: np.ndarray | None = None
) -> tuple[slice, slice] | None:
    """The pixels of the box around a note's rectangle, clipped to an image of ``shape``; None if outside it.
    ``corners``: its corners in px, when worked out already."""
    corners = note.corners() * px_per_mm if corners is None else corners
    # (four numbers: plain Python is quicker here)
    xs, ys = corners[:, 0].tolist(), corners[:, 1].tolist()
    x0, y0 = max(math.floor(min(xs)), 0), max(math.floor(min(ys)), 0)
    x1, y1 = min(math.ceil(max(xs)) + 1, shape[1]), min(math.ceil(max(ys)) + 1, shape[0])
    return None if x1 <= x0 or y1 <= y0 else (slice(y0, y1), slice(x0, x1))


def _inside_note(
    note: NoteBlob, px_per_mm: float, box: tuple[slice, slice], corners: np.ndarray | None = None
) -> np.ndarray:
    """Which pixels of ``box`` (``_note_box``) lie inside the note's rectangle (``corners`` in px, when worked
    out already)."""
    rows, columns = box
    mask = np.zeros((rows.stop - rows.start, columns.stop - columns.start), np.uint8)
    corners = (note.corners() * px_per_mm if corners is None else corners) - (columns.start, rows.start)
    cv2.fillConvexPoly(mask, np.round(corners).astype(np.int32), 1)
    return mask.view(bool)


def _doubt_open_board(notes: list[NoteBlob], labels: np.ndarray, washed: np.ndarray | None, px_per_mm: float) -> None:
    """A note whose rectangle lies partly over bare board is not where (or not as large as) the reader
    says: doubtful. Judged on the whole board, not only on the surroundings its region was chosen in; bare board
    in thin lines (OPEN_BOARD_THIN_MM, a stroke's rim) does not count."""
    for note in notes:
        if note.doubtful:
            continue
        corners = note.corners() * px_per_mm
        box = _note_box(note, px_per_mm, labels.shape, corners)
        if box is None:
            continue
        inside = _inside_note(note, px_per_mm, box, corners)
        bare = bare_board(labels[box])
        if washed is not None:
            bare &= ~washed[box]
        area = max(1, int(np.count_nonzero(inside)))
        if np.count_nonzero(bare & inside) <= OPEN_BOARD_SHARE * area:
            continue
        bare = cv2.morphologyEx(bare.view(np.uint8), cv2.MORPH_OPEN, disk(OPEN_BOARD_THIN_MM * px_per_mm)) > 0
        if np.count_nonzero(bare & inside) > OPEN_BOARD_SHARE * area:
            note.doubtful = True
            note.reason = "covered"
            note.confidence = min(note.confidence, 0.45)


CENTRE_INSET_MM = 6.0  # the lines along a loose axis that measure what shows of a note lie this far inside its sides
CENTRE_STEP_MM = 0.5  # ... and are sampled this often along it (and lie 2 mm apart across it)
CENTRE_SHOWS = 0.5  # share of those lines in the note's colour at a place along the axis for the note to show there
CENTRE_BEYOND_MM = (2.0, 8.0)  # the strip beyond an end of the part that shows looked at for bare board (mm out)
#: share of that strip in bare board for that end to be the note's own edge, or in the note's colour for the part
#: that shows to run on into a note of its colour (not measured)
CENTRE_BARE = 0.5
CENTRE_MOVE_MM = 2.0  # a note off the middle of what shows by less than this is left where it is


def _centred_on_shown(
    notes: list[NoteBlob], labels: np.ndarray, palette: Palette, px_per_mm: float, image: np.ndarray | None = None
) -> None:
    """A note still doubtful for lying covered, along an axis it is not fixed across (``NoteBlob.slides``), is laid
    centred on the part of its colour that shows along that axis when neither end of that part is its own edge
    and both are seen: beyond each, no bare board (its own edge) nor its own colour running on (a note of its
    colour: the part that shows is not measured), but a note of another colour or nothing seen. The photo
    cannot tell which end is its own: laid flush with one end, it is off by all its hidden length when that end is
    the neighbour's; centred, by at most half of it, either way. It stays doubtful. Where its colour runs on into
    a note of its colour, the seam between the two (``_seam_along``, on ``image``, the light-evened board image)
    ends the part that shows, when one is seen."""
    klass = {color: index for index, color in palette.note_colors.items()}
    sure = [(note.color, note.corners()) for note in notes if not note.doubtful]
    for note in notes:
        own = klass.get(note.color)
        if not note.doubtful or note.reason != "covered" or own is None:
            continue
        centre = np.array(note.center)
        mates = [corners for color, corners in sure if color == note.color]
        for slide in note.slides:
            shift = _shown_middle(centre, note, slide, labels, own, px_per_mm, image, mates)
            if shift is not None and abs(shift) >= CENTRE_MOVE_MM:
                centre = centre + shift * slide
        note.center = (float(centre[0]), float(centre[1]))


def _shown_middle(
    centre: np.ndarray,
    note: NoteBlob,
    slide: np.ndarray,
    labels: np.ndarray,
    own: int,
    px_per_mm: float,
    image: np.ndarray | None = None,
    mates: list[np.ndarray] | None = None,
) -> float | None:
    """How far (mm, along ``slide``) the middle of the part of the note's colour that shows within its rectangle
    lies from ``centre``; None when nothing shows or an end of that part has bare board beyond it. An end where
    its colour runs on into a note of its colour is the seam between them (``_seam_along``) when ``image`` shows
    one, else the middle is not measured (None)."""
    angle = math.radians(note.angle_deg)
    axis = np.array([math.cos(angle), math.sin(angle)])
    along_x = abs(float(slide @ axis)) > 0.5
    length, width = (note.size[0], note.size[1]) if along_x else (note.size[1], note.size[0])
    if width <= 2 * CENTRE_INSET_MM:
        return None
    offsets = np.arange(-width / 2 + CENTRE_INSET_MM, width / 2 - CENTRE_INSET_MM + 1e-6, 2.0)
    places = np.arange(-length / 2, length / 2 + 1e-6, CENTRE_STEP_MM)
    found, inside = _labels_along(labels, centre, slide, places, offsets, px_per_mm)
    shows = ((found == own) & inside).mean(axis=1)
    showing = np.flatnonzero(shows >= CENTRE_SHOWS)
    if len(showing) == 0:
        return None
    low, high = float(places[showing[0]]), float(places[showing[-1]])
    beyond = np.arange(*CENTRE_BEYOND_MM, CENTRE_STEP_MM)
    running = []
    for way, ends in ((-1, low - beyond), (1, high + beyond)):
        # (the labels there looked up once: bare board and the note's own colour both read from them)
        found, inside = _labels_along(labels, centre, slide, ends, offsets, px_per_mm)
        if float((bare_board(found) & inside).mean(axis=1).mean()) >= CENTRE_BARE:
            return None  # (bare board beyond: that end is the note's own edge)
        if float(((found == own) & inside).mean(axis=1).mean()) >= CENTRE_BARE:
            running.append(way)  # (its colour runs on into a note of its colour: where it shows is not measured)
    if len(running) == 2 or (running and image is None):
        return _between_mates(centre, slide, length, offsets, labels, own, px_per_mm, mates or [])
    if running:
        # the part that shows ends at the seam where the note of its colour meets it, within a note's length of
        # its other end (and not nearer to it than SEAM_SHOWN_MM)
        if running[0] < 0:
            window, nearest = (high - length, high - SEAM_SHOWN_MM), low
        else:
            window, nearest = (low + SEAM_SHOWN_MM, low + length), high
        places = np.arange(*window, CENTRE_STEP_MM)
        seam = _seam_along(image, labels, own, centre, slide, places, offsets, px_per_mm, nearest)
        if seam is None:
            return _between_mates(centre, slide, length, offsets, labels, own, px_per_mm, mates or [])
        low, high = (seam, high) if running[0] < 0 else (low, seam)
    return (low + high) / 2


SEAM_SHOWN_MM = 20.0  # a note of one colour shows at least this long before the seam where one of its colour meets it
SEAM_DIP_LEVELS = 6.0  # gray levels the seam (the shadow of the upper note's edge) is darker than both sides of it
SEAM_SIDE_MM = 3.75  # ... whose brightness is taken this far away from it (mm, clear of the shadow)
SEAM_WOBBLE_MM = 1.5  # the seam may lie this far either way of a place along each line (the notes turned apart)
SEAM_ACROSS = 0.75  # share of the lines across the note the seam crosses (a stroke of writing crosses a few)


def _seam_along(
    image: np.ndarray,
    labels: np.ndarray,
    own: int,
    centre: np.ndarray,
    slide: np.ndarray,
    places: np.ndarray,
    offsets: np.ndarray,
    px_per_mm: float,
    nearest: float,
) -> float | None:
    """The place among ``places`` (mm from ``centre`` along ``slide``) nearest ``nearest`` where a dark line crosses
    SEAM_ACROSS of the lines at ``offsets`` across it, with the note's colour (class ``own`` in ``labels``) either
    side of it on each: the shadow the edge of a note casts on one of its colour under it, not strokes of writing
    (their ink is no note colour). None when there is none."""
    if len(places) == 0:
        return None
    step = CENTRE_STEP_MM
    side, wobble = round(SEAM_SIDE_MM / step), round(SEAM_WOBBLE_MM / step)
    margin = side + wobble
    wide = np.concatenate(
        [places[0] - step * np.arange(margin, 0, -1), places, places[-1] + step * np.arange(1, margin + 1)]
    )
    across = np.array([-slide[1], slide[0]])
    points = centre + wide[:, None, None] * slide + offsets[None, :, None] * across
    xs = np.clip(np.round(points[..., 0] * px_per_mm).astype(np.int32), 0, image.shape[1] - 1)
    ys = np.clip(np.round(points[..., 1] * px_per_mm).astype(np.int32), 0, image.shape[0] - 1)
    gray = image[ys, xs].astype(np.float32)
    gray = gray.mean(axis=-1) if gray.ndim == 3 else gray
    count = len(places)
    middle = gray[margin - wobble : margin - wobble + count + 2 * wobble]
    # per line: the darkest within the wobble of each place, against the darker of the two sides clear of it
    darkest = np.min(np.stack([middle[k : k + count] for k in range(2 * wobble + 1)]), axis=0)
    before = gray[margin - side : margin - side + count]
    after = gray[margin + side : margin + side + count]
    in_own = labels[ys, xs] == own
    coloured = in_own[margin - side : margin - side + count] & in_own[margin + side : margin + side + count]
    dips = (np.minimum(before, after) - darkest >= SEAM_DIP_LEVELS) & coloured
    seams = np.flatnonzero(dips.mean(axis=1) >= SEAM_ACROSS)
    if len(seams) == 0:
        return None
    return float(places[seams[np.argmin(np.abs(places[seams] - nearest))]])


def _between_mates(
    centre: np.ndarray,
    slide: np.ndarray,
    length: float,
    offsets: np.ndarray,
    labels: np.ndarray,
    own: int,
    px_per_mm: float,
    mates: list[np.ndarray],
) -> float | None:
    """Where a covered note's colour runs on into notes of its colour and no seam ends what shows of it: how far
    (mm, along ``slide``) from ``centre`` the middle of the part of its colour that no sure note of its colour
    (``mates``: their corners, mm) explains lies, when a sure note's rectangle ends that part at one end at least.
    A sure note of its colour lying on it ends what shows there; one it lies on may reach under it a little, so
    what shows is measured from that note's side, off by at most the overlap. The part is looked for within a
    note's length either side of ``centre`` (the note laid reaching into that run of its colour), the run that
    overlaps the note's rectangle most; None when an end is bare board (its own edge), runs on in its colour
    unexplained, lies beyond the places looked at, or when the part is longer than the note."""
    if not mates:
        return None
    places = np.arange(-length, length + 1e-6, CENTRE_STEP_MM)
    found, inside = _labels_along(labels, centre, slide, places, offsets, px_per_mm)
    explained = _in_rectangles(_points_along(centre, slide, places, offsets), mates)
    shows = ((found == own) & inside & ~explained).mean(axis=1) >= CENTRE_SHOWS
    runs = _runs_of(shows)
    if not runs:
        return None
    rectangle = (-length / 2, length / 2)
    first, last = max(runs, key=lambda run: min(places[run[1]], rectangle[1]) - max(places[run[0]], rectangle[0]))
    low, high = float(places[first]), float(places[last])
    if first == 0 or last == len(places) - 1 or high - low > length + SIZE_TOLERANCE_MM:
        return None
    beyond = np.arange(*CENTRE_BEYOND_MM, CENTRE_STEP_MM)
    by_mate = False
    for ends in (low - beyond, high + beyond):
        found, inside = _labels_along(labels, centre, slide, ends, offsets, px_per_mm)
        own_there = (found == own) & inside
        if float((bare_board(found) & inside).mean()) >= CENTRE_BARE:
            return None  # (bare board beyond: that end is the note's own edge)
        mate = _in_rectangles(_points_along(centre, slide, ends, offsets), mates)
        if float((own_there & ~mate).mean()) >= CENTRE_BARE:
            return None  # (its colour runs on, explained by no sure note: a stroke across it, not an end)
        by_mate = by_mate or float((own_there & mate).mean()) >= CENTRE_BARE
    return (low + high) / 2 if by_mate else None


def _runs_of(flags: np.ndarray) -> list[tuple[int, int]]:
    """The runs of True in ``flags``: (first, last) index of each."""
    padded = np.concatenate([[False], flags, [False]]).astype(np.int8)
    steps = np.diff(padded)
    return list(zip(np.flatnonzero(steps == 1).tolist(), (np.flatnonzero(steps == -1) - 1).tolist(), strict=True))


def _in_rectangles(points: np.ndarray, rectangles: list[np.ndarray]) -> np.ndarray:
    """Which ``points`` (mm, any shape ending in 2) lie inside any of the ``rectangles`` (corners in order, mm)."""
    inside = np.zeros(points.shape[:-1], bool)
    for corners in rectangles:
        edges = _rolled(corners, -1) - corners
        cross = [
            edge[0] * (points[..., 1] - corner[1]) - edge[1] * (points[..., 0] - corner[0])
            for corner, edge in zip(corners, edges, strict=True)
        ]
        signs = np.stack(cross)
        inside |= np.all(signs >= 0, axis=0) | np.all(signs <= 0, axis=0)
    return inside


def _points_along(centre: np.ndarray, slide: np.ndarray, places: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """The points (mm) on the lines at ``offsets`` across ``slide``, per place along it (mm from ``centre``)."""
    across = np.array([-slide[1], slide[0]])
    return centre + places[:, None, None] * slide + offsets[None, :, None] * across


def _labels_along(
    labels: np.ndarray, centre: np.ndarray, slide: np.ndarray, places: np.ndarray, offsets: np.ndarray, px_per_mm: float
) -> tuple[np.ndarray, np.ndarray]:
    """The labels on the lines at ``offsets`` across ``slide`` (mm), per place along it (mm from ``centre``): places
    × offsets, and whether each point lies inside the image (outside: the label of pixel 0, not to be counted)."""
    points = _points_along(centre, slide, places, offsets)
    xs = np.round(points[..., 0] * px_per_mm).astype(np.int32)
    ys = np.round(points[..., 1] * px_per_mm).astype(np.int32)
    height, width = labels.shape
    inside = (xs >= 0) & (ys >= 0) & (xs < width) & (ys < height)
    return labels[np.where(inside, ys, 0), np.where(inside, xs, 0)], inside
