"""Finding text the way people type it: case, accents and extra spaces do not matter.

``fold("Ideeën  genereren")`` is ``"ideeen genereren"``; ``matches(query, texts)``
is true when every word of the query occurs in one of the texts (``"proces 1"``
finds *Procesplaat 1*, ``"ideeen"`` finds *Ideeën genereren*).
"""

from __future__ import annotations

from collections.abc import Iterable

from boards.textkeys import normalise as fold


def matches(query: str, texts: Iterable[str]) -> bool:
    """Every word of ``query`` occurs in ``texts`` (folded); an empty query matches everything."""
    haystack = " \n".join(fold(text) for text in texts)
    return all(word in haystack for word in fold(query).split())
