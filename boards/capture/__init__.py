"""Photo capture: read a photographed board back into notes and dots (OpenCV, no Qt).

``capture_photos(photos, board, options, progress, cancelled)`` places every
photo on the board with its ArUco markers (or four corners given by the
user), finds the sticky notes and dot stickers, and merges the photos into
one ``CaptureResult`` in board millimetres.
"""

from boards.capture.errors import (
    CaptureCancelled,
    CaptureError,
    NoBoardFoundError,
    NotAnImageError,
    UnlikeBoardError,
    WrongBoardError,
)
from boards.capture.imageio import LoadedImage, load_image
from boards.capture.markers import DetectedMarker, MarkerFit, corners_homography, detect_markers, fit_homography
from boards.capture.ocr import ocr_available, suggest_text
from boards.capture.pipeline import analyse_photo, capture_photos, merge_dots, merge_notes
from boards.capture.rectify import rectify
from boards.capture.results import (
    DOUBTFUL_BELOW,
    CaptureOptions,
    CaptureResult,
    DotDetection,
    NoteDetection,
    PhotoCapture,
    count_dots,
    dot_is_counted,
    is_doubtful,
    results_from,
)

__all__ = [
    "DOUBTFUL_BELOW",
    "CaptureCancelled",
    "CaptureError",
    "CaptureOptions",
    "CaptureResult",
    "DetectedMarker",
    "DotDetection",
    "LoadedImage",
    "MarkerFit",
    "NoBoardFoundError",
    "NotAnImageError",
    "NoteDetection",
    "PhotoCapture",
    "UnlikeBoardError",
    "WrongBoardError",
    "analyse_photo",
    "capture_photos",
    "corners_homography",
    "count_dots",
    "detect_markers",
    "dot_is_counted",
    "fit_homography",
    "is_doubtful",
    "load_image",
    "merge_dots",
    "merge_notes",
    "ocr_available",
    "rectify",
    "results_from",
    "suggest_text",
]
