"""Text keys: case, accents and spaces ignored — the same for plain ASCII (the quick path) and other text."""

from __future__ import annotations

import pytest

from boards.textkeys import normalise


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("  Ideeën  genereren ", "ideeen genereren"),
        ("IDEEEN\tGENEREREN\n", "ideeen genereren"),  # ASCII: lower case and spaces as for any text
        ("OBS  Akkrum", "obs akkrum"),
        ("Straße", "strasse"),  # casefold, not only lower
        ("ﬁets\u00a0en\u2003lopen", "fiets en lopen"),  # compatibility forms and Unicode spaces
        ("a\x1fb", "a b"),  # an ASCII separator is whitespace on both paths
        ("", ""),
    ],
)
def test_keys_ignore_case_accents_and_spaces(text, key):
    assert normalise(text) == key


def test_ascii_and_accented_spellings_give_one_key():
    assert normalise("CAFE de Flore") == normalise("Café de  flore")
