"""Text as a key for matching what people type: case, accents and extra spaces ignored."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed: ``"Ideeën  genereren"`` → ``"ideeen genereren"``."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACES.sub(" ", stripped.casefold()).strip()
