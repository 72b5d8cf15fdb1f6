"""Dutch counts with the right noun: "1 briefje", "2 briefjes", "0 stippen"."""

from __future__ import annotations

#: Nouns the program counts, singular → plural.
PLURALS: dict[str, str] = {
    "briefje": "briefjes",
    "notitie": "notities",
    "stip": "stippen",
    "stiprij": "stiprijen",
    "actiepunt": "actiepunten",
    "probleem": "problemen",
    "idee": "ideeën",
    "processtap": "processtappen",
    "pijnpunt": "pijnpunten",
    "sessie": "sessies",
    "antwoord": "antwoorden",
    "respondent": "respondenten",
    "rij": "rijen",
    "stap": "stappen",
    "meegenomen notitie": "meegenomen notities",
}


def plural(noun: str) -> str:
    return PLURALS.get(noun, noun)


def count_text(count: int, noun: str) -> str:
    """``count_text(1, "briefje")`` → ``"1 briefje"``; ``count_text(3, "idee")`` → ``"3 ideeën"``."""
    return f"{count} {noun if count == 1 else plural(noun)}"
