"""Review screen for photo capture: photo and rectified board side by side, edit, accept."""

from desktop.review.corners import CornerPicker
from desktop.review.widget import ReviewWidget
from desktop.review.worker import CaptureWorker, start_worker

__all__ = ["CaptureWorker", "CornerPicker", "ReviewWidget", "start_worker"]
