"""Sticky notes in a labelled, rectified board image.

Notes are found colour by colour, so touching notes of different colours
never merge. Per colour the pixels form regions; writing and dots on a note
(dark or dot-coloured pixels enclosed by the note's colour) are filled in, so
a marker stroke across a note does not cut it. A region may hold several
notes of that colour (touching, overlapping, partly under notes of other
colours). Its outline is simplified to straight edges; every convex right
angle between two edges is the corner of a note, and together with the
note sizes seen on this photo (notes standing alone) it proposes a rectangle.
Rectangles are then chosen greedily: the one that explains most of the
region's still unexplained pixels, whose outline runs along edges (the
region's border, dark lines between overlapping notes) and not across open
paper or the inside of a note. What a region keeps unexplained becomes a
doubtful note.

The package has one module per job, each importing only from those listed before it:

- ``base``: What every step of the notes search shares: the note found (``NoteBlob``), a rectangle's corners, and
  small helpers on the board image's pixels (dark lines, colour steps, bare board, masks, components).
- ``sizes``: The sizes notes come in: the sizes sold, the sizes seen on this photo (``SizeBook``), and the sizes the
  notes found prove (shown whole, or both lengths shown by two notes).
- ``outline``: Outline geometry: a region's outline simplified to straight edges, and the corners (convex right
  angles) between them that propose notes.
- ``candidates``: Candidate notes: the rectangles a region's corners, edges and box propose (in a pile, also a size
  sold guessed from a whole edge), squared up to its edges (refit), duplicates merged.
- ``measuring``: Measuring a candidate against its region (``Region``): how much of its inside is the region's, bare
  paper or another note, and how much of its outline runs along edges, crosses open paper or a note's inside; what
  the rectangles measured, kept by the region for a later search of it (``_measured_before``).
- ``seams``: Seams: where the image shows a note's edge on a note of its own colour, along a candidate's sides
  (``_seams``: seam or shadow) and across a rectangle that may be notes in line (``seam_across``).
- ``choosing``: Choosing the notes that explain a region among its candidates (greedy, bounded), joining two chosen
  in line into one longer note or not, and reading a rest left over as notes in line.
- ``learning``: Learning the note sizes of a photo from the notes standing alone: a region that is one clean
  rectangle of a size sold, not against notes of other colours and not cut by dark lines into note-sized pieces.
- ``doubt``: Doubt: what fixes a chosen note's place and size (its sides seen as edges, seams, shadows, bare board
  beyond; every side its own edge, ``_own_edges_round``), why a note cannot be vouched for (``_doubt``,
  ``_size_unseen``, ``_ends_short``) and its confidence.
- ``clusters``: Clusters: touching notes of any colours with their writing bridged, the part of the board one search
  looks at, with per colour its filled masks and the dark lines and colour steps within it, and what searching it
  works out that a second search takes up (``Kept``).
- ``regions``: The notes in the regions of one colour of a cluster (``_regions``): candidates proposed, measured and
  chosen, what is left over, and each note's doubt and confidence.
- ``layers``: Notes lying over and under each other, once all are found: a note fixed by a neighbour reaching under
  it or by no shadow on it (on top), ending under a neighbour shown whole, its end unexplained or covered, lying
  over bare board, or its end in its own shade; and which way shadows fall on the photo (``_shadows_fall``,
  ``_shaded_way``).
- ``under_dots``: Notes mostly covered by dots stuck on them: a piece of a note colour too small for a note, much of
  its rim on dots, read as a doubtful note laid under the dots.
- ``under_glare``: Notes under a highlight: a note lying (mostly) under its white core laid from the rim that shows
  beside it, and a note told from its hue alone under the haze that reaches the core made doubtful.
- ``search``: The notes search itself (``detect_notes``): clusters found, sizes learnt, every cluster's colours
  searched (and searched again once the notes prove more sizes, or once notes lying on notes of their colour show a
  size sold by their own edges), then the notes judged against each other.
"""

from boards.capture.notes.base import pixels_on, smoothed_gray, thin_dark_lines
from boards.capture.notes.search import detect_notes

__all__ = ["detect_notes", "pixels_on", "smoothed_gray", "thin_dark_lines"]
