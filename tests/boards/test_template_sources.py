"""Every text on a built-in template is quoted from its source publication, or a recorded addition.

The quoted excerpts are committed with the generator (tools/templates/excerpts.py), so the first
checks run on a clean clone. Where the source documents are at hand (a developer's machine, or CI
with the shared documents beside the clone) the excerpts themselves are checked against them.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from boards.model import Addition
from boards.templates import load_template, template_ids

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools" / "templates"))
try:
    from excerpts import EXCERPTS
    from verbatim import PUBLICATIONS, board_texts, canonical, quoted_in, unquoted_texts, unused_additions
finally:
    sys.path.pop(0)

TEMPLATE_IDS = template_ids()


def _source_dir() -> Path:
    """BRUINPAPIER_SEEDS, or the project's shared documents beside the clone (or a folder further up)."""
    configured = os.environ.get("BRUINPAPIER_SEEDS")
    if configured:
        return Path(configured)
    found = [parent / "shared" / "seeds" for parent in REPO.parents if (parent / "shared" / "seeds").is_dir()]
    return found[0] if found else REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def sources() -> list[str]:
    """The source documents as compared (see tools/templates/verbatim.py), when they are at hand."""
    folder = _source_dir()
    texts = [canonical(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.txt"))]
    if not texts:
        pytest.skip(f"the source documents are not in {folder}; set BRUINPAPIER_SEEDS to check the excerpts")
    return texts


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_text_is_quoted_or_an_addition(template_id):
    board = load_template(template_id)
    excerpts = EXCERPTS.get(template_id)
    assert excerpts, f"{template_id} quotes no excerpt"
    assert board_texts(board), "nothing checked"
    assert unquoted_texts(board, excerpts) == []
    assert unused_additions(board) == []
    assert all(addition.reason.strip() for addition in board.additions)


def test_every_excerpt_belongs_to_a_template_and_a_publication():
    assert set(EXCERPTS) == set(TEMPLATE_IDS)
    for template_id, excerpts in EXCERPTS.items():
        for excerpt in excerpts:
            assert excerpt.publication in PUBLICATIONS, template_id
            assert excerpt.locator.strip() and excerpt.text.strip(), template_id
            # a heading or caption, never a file name or line number
            assert not re.search(r"\br\.\s*\d|regel|\bseed\b|\.txt|\d{3}_", excerpt.locator, re.I), excerpt.locator


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_excerpts_are_verbatim_in_the_sources(template_id, sources):
    for excerpt in EXCERPTS[template_id]:
        assert any(canonical(excerpt.text) in text for text in sources), (excerpt.locator, excerpt.text[:80])


def test_each_publication_is_one_source_document(sources):
    """All excerpts of one publication come from the same document."""
    for publication in PUBLICATIONS:
        texts = [e.text for excerpts in EXCERPTS.values() for e in excerpts if e.publication == publication]
        homes = [index for index, source in enumerate(sources) if all(canonical(text) in source for text in texts)]
        assert len(homes) == 1, publication


# --- the check itself ------------------------------------------------------------------------


def test_an_invented_text_is_caught_and_an_addition_lets_it_through():
    board = load_template("ideeen-genereren")
    excerpts = EXCERPTS["ideeen-genereren"]
    zone = board.zone("organisatie")
    zone.definition = "Het probleem is op te lossen door de organisatie te veranderen."
    board.title = "Ideeën bedenken"
    assert unquoted_texts(board, excerpts) == [
        "Ideeën bedenken",
        "Het probleem is op te lossen door de organisatie te veranderen.",
    ]
    board.additions.append(Addition("Ideeën bedenken", "een reden"))
    assert unquoted_texts(board, excerpts) == ["Het probleem is op te lossen door de organisatie te veranderen."]
    board.title = "Ideeën genereren"
    assert unused_additions(board) == ["Ideeën bedenken"]


def test_a_paraphrase_of_a_seed_sentence_is_not_quoted():
    haystack = [
        canonical("Aan het einde van het gesprek wordt expliciet geïnventariseerd op een apart papier waar de ")
    ]
    assert not quoted_in("Waar ervaren de deelnemers in de subgroep werkdruk?", haystack)
    assert quoted_in("Aan het einde van het gesprek", haystack)


def test_what_the_comparison_ignores_and_what_it_does_not():
    seed = canonical("Werkdruk-\nfrequentiematrix, een aangepast werkdruk- model ‘nuttig’ … kennis\nver-\nwerven")
    assert quoted_in("Werkdruk-frequentiematrix", [seed])  # a hyphen at a line end
    assert quoted_in("werkdruk-model", [seed])
    assert quoted_in("'nuttig' ...", [seed])  # the shape of quotes and the ellipsis
    assert quoted_in("Kennis verwerven", [seed])  # the first letter's case, a broken word
    assert not quoted_in("KENNIS VERWERVEN", [seed])  # but not the case of the rest
    assert not quoted_in("kennis verwerken", [seed])  # nor a different word
    assert quoted_in("Werkdruk-frequentiematrix – Kennis verwerven", [seed])  # a matrix cell: column – row
    assert not quoted_in("Werkdruk-frequentiematrix – Kennis opdoen", [seed])


def test_numbers_are_not_texts():
    board = load_template("zelfevaluatie")
    texts = board_texts(board)
    assert "helemaal niet" in texts and "1" not in texts and "10" not in texts


def test_a_renamed_dot_kind_is_checked_too():
    board = load_template("procesplaat-2")
    excerpts = EXCERPTS["procesplaat-2"]
    for zone in board.zones:
        zone.holds.dots = [replace(kind, label="kan beter met ict") for kind in zone.holds.dots]
    assert "kan beter met ict" in unquoted_texts(board, excerpts)
