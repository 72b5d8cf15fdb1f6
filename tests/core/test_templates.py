"""Every built-in template: loads, round-trips, has a clean layout."""

from __future__ import annotations

import itertools

import pytest

from boards.fileformat import dumps_board, loads_board
from boards.methods import get_method, list_methods
from boards.model import SymbolElement, TextElement
from boards.readback import markers_clear_of, quiet_zone_mm
from boards.templates import list_templates, load_template, template_ids

TEMPLATE_IDS = template_ids()


def _laid_out_rects(board):
    rects = [zone.rect for zone in board.zones]
    rects += [group.rect for group in board.groups if group.rect]
    rects += [element.rect for element in board.elements if isinstance(element, (TextElement, SymbolElement))]
    if board.header:
        rects.append(board.header)
    if board.legend:
        rects.append(board.legend.rect)
    return rects


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_round_trip(template_id):
    board = load_template(template_id)
    assert loads_board(dumps_board(board)) == board


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_everything_lies_on_the_paper(template_id):
    board = load_template(template_id)
    for rect in _laid_out_rects(board):
        assert board.bounds.contains_rect(rect), rect


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_zones_do_not_overlap_unless_nested(template_id):
    board = load_template(template_id)
    for a, b in itertools.combinations(board.zones, 2):
        if a.rect.overlaps(b.rect):
            nested = (b.parent == a.id and a.rect.contains_rect(b.rect)) or (
                a.parent == b.id and b.rect.contains_rect(a.rect)
            )
            assert nested, f"{a.id} overlaps {b.id}"


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_markers_and_title_block_stay_clear_of_content(template_id):
    board = load_template(template_id)
    assert board.markers is not None
    assert markers_clear_of(board.markers, _laid_out_rects(board)) == []
    assert board.header is not None, "every template reserves a title block"
    for zone in board.zones:
        assert not zone.rect.overlaps(board.header), zone.id


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_template_belongs_to_a_known_method_step(template_id):
    board = load_template(template_id)
    if board.method is None:
        return
    method = get_method(board.method)
    assert board.step in [step.id for step in method.steps]
    assert board.id in method.step(board.step).boards


def test_method_steps_name_existing_templates():
    known = set(TEMPLATE_IDS)
    for method in list_methods():
        for step in method.steps:
            for board_id in step.boards:
                assert board_id in known, f"{method.id}/{step.id}: {board_id}"


def test_list_returns_independent_copies():
    first = list_templates()[0]
    first.title = "gewijzigd"
    assert list_templates()[0].title != "gewijzigd"


PROCESPLAAT_PRIMAIR = [
    "Lessen vormgeven (lesmaterialen)",
    "Toetsen afnemen",
    "Resultaten nabespreken",
    "Portfolio van leerlingen bijhouden",
    "Leerlingen individueel begeleiden",
]
PROCESPLAAT_SECUNDAIR = [
    "Leerlingvolgsysteem bijhouden",
    "Huiswerk/toetsen nakijken",
    "Oudercontact onderhouden",
    "Groepsplannen maken",
    "Handelingsplannen schrijven",
    "Administratie zorgleerlingen bijhouden",
    "Vergaderingen bijwonen",
    "Correspondentie afhandelen",
    "Informatieavonden en open dagen organiseren",
    "Rapporten schrijven",
    "Entreegesprekken en huisbezoeken verrichten",
    "Groepsoverdrachten maken",
    "Gesprekken met externen voeren",
    "Jaarrooster opstellen",
    "Leerling- en groepsbespreking",
    "Nascholing en professionalisering",
    "Eigenaarschap leerlingen vergroten",
    "Kindgesprekken voeren",
    "MR taken uitvoeren",
]


def test_procesplaat_1_verbatim():
    board = load_template("procesplaat-1")
    assert board.question == "WAAR KRIJG IK ENERGIE VAN IN MIJN WERK EN WAARVAN JUIST NIET?"
    groups = {group.id: group.label for group in board.groups}
    primair = [z.label for z in board.zones if groups.get(z.group) == "PRIMAIR (lesgeven)"]
    secundair = [z.label for z in board.zones if groups.get(z.group) == "SECUNDAIR (ondersteunend)"]
    assert primair == PROCESPLAAT_PRIMAIR
    assert secundair == PROCESPLAAT_SECUNDAIR
    for zone in board.zones:
        assert [(k.id, k.label) for k in zone.holds.dots] == [("werkdruk", "werkdruk"), ("werkplezier", "werkplezier")]
    assert (board.paper.format, board.paper.width_mm, board.paper.height_mm) == ("A0", 1189, 841)
    assert quiet_zone_mm(board.markers.size_mm) > 0
