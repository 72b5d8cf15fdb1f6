"""The photo review screen: check what capture read from photos of a board, correct it, accept it."""

from desktop.review.model import ReviewDot, ReviewModel, ReviewNote
from desktop.review.widget import ReviewWidget

__all__ = ["ReviewDot", "ReviewModel", "ReviewNote", "ReviewWidget"]
