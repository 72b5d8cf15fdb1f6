"""Text as a key for matching what people type: case, accents and extra spaces ignored."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed: ``"Ideeën  genereren"`` → ``"ideeen genereren"``."""
    text = str(text)
    if text.isascii():  # nothing to decompose (most notes): the search text of an import of thousands
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACES.sub(" ", stripped.casefold()).strip()
