"""Typed entry of session results on the board (Qt widgets)."""

from desktop.results.document import ResultsDocument
from desktop.results.editor import ResultsEditor

__all__ = ["ResultsDocument", "ResultsEditor"]
