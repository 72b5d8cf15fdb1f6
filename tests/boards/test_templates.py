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


def _processes(board):
    return [zone for zone in board.zones if zone.group in ("primair", "secundair")]


def test_procesplaat_1_verbatim():
    board = load_template("procesplaat-1")
    assert board.question == "WAAR KRIJG IK ENERGIE VAN IN MIJN WERK EN WAARVAN JUIST NIET?"
    groups = {group.id: group.label for group in board.groups}
    primair = [z.label for z in board.zones if groups.get(z.group) == "PRIMAIR (lesgeven)"]
    secundair = [z.label for z in board.zones if groups.get(z.group) == "SECUNDAIR (ondersteunend)"]
    assert primair == PROCESPLAAT_PRIMAIR
    assert secundair == PROCESPLAAT_SECUNDAIR
    for zone in _processes(board):
        assert [(k.id, k.label) for k in zone.holds.dots] == [("werkdruk", "werkdruk"), ("werkplezier", "werkplezier")]
    assert (board.paper.format, board.paper.width_mm, board.paper.height_mm) == ("A0", 1189, 841)
    assert quiet_zone_mm(board.markers.size_mm) > 0


@pytest.mark.parametrize("template_id", ["procesplaat-1", "procesplaat-2"])
def test_procesplaten_have_the_answers_and_the_conclusion_line(template_id):
    """As on the seed's filled-in plates: free text answering the plate's question, and CONCLUSIE."""
    board = load_template(template_id)
    answers, conclusion = board.zone("antwoorden"), board.zone("conclusie")
    assert answers.label == board.question and conclusion.label == "CONCLUSIE:"
    for zone in (answers, conclusion):
        assert zone.kind is ZoneKind.FREE_AREA and zone.holds.notes and not zone.holds.dots
        assert zone.rect.width >= 200 and zone.rect.height >= 90, "room to write on paper"
    assert board.zones[:24] == _processes(board), "the processes come first, as before"
    assert [zone.id for zone in board.zones[24:]] == ["antwoorden", "conclusie"]


# --- the catalogue of built-in templates (issue 2) ---------------------------------------------

import filecmp  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from boards.model import VsmSymbol, ZoneKind  # noqa: E402
from boards.templates import templates_by_method  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def _zones(board, kind=None):
    return [zone for zone in board.zones if kind is None or zone.kind is kind]


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_template_has_title_description_and_note_holding_zones(template_id):
    board = load_template(template_id)
    assert board.title.strip() and board.description.strip()
    # printed sheets that are not filled in: the VSM symbols beside the map, cards to cut out
    if template_id not in ("vsm-symbolen", "betrokkenheidsmodel-kaartjes"):
        assert any(zone.holds.notes or zone.holds.rows or zone.holds.dots for zone in board.zones)


VSM_ZONES = ["Inputzijde", "Besturingszijde", "Proceszijde", "Datazijde", "Outputzijde"]
VSM_SYMBOL_LABELS = ["persoon", "processtap", "probleem", "data", "idee", "verstoring", "wacht", "ict", "extern"]


def test_vsm_schema_zones_actors_and_legend():
    board = load_template("vsm-schema")
    lanes = [zone.label for zone in _zones(board, ZoneKind.LANE)]
    assert lanes == VSM_ZONES
    by_label = {zone.label: zone for zone in board.zones}
    assert by_label["LEVERANCIER"].parent == by_label["Inputzijde"].id
    assert by_label["KLANT"].parent == by_label["Outputzijde"].id
    symbols = {element.label: element for element in board.elements if isinstance(element, SymbolElement)}
    assert symbols["LEVERANCIER"].symbol is VsmSymbol.PERSOON
    assert by_label["LEVERANCIER"].rect.contains_rect(symbols["LEVERANCIER"].rect)
    assert by_label["KLANT"].rect.contains_rect(symbols["KLANT"].rect)
    assert [entry.label for entry in board.legend.entries] == VSM_SYMBOL_LABELS
    assert [entry.symbol for entry in board.legend.entries] == list(VsmSymbol)
    assert not board.legend.rect.overlaps(by_label["Proceszijde"].rect)
    # a roll of brown paper, landscape
    assert board.paper.width_mm >= 1500 and board.paper.width_mm > board.paper.height_mm


def test_procesplaat_2_verbatim():
    board = load_template("procesplaat-2")
    assert (
        board.question == "WANNEER MAAK IK GEBRUIK VAN ICT IN MIJN WERK? EN WANNEER ZOU DAT NOG MEER OF BETER KUNNEN?"
    )
    groups = {group.id: group.label for group in board.groups}
    assert [z.label for z in board.zones if groups.get(z.group) == "PRIMAIR (lesgeven)"] == PROCESPLAAT_PRIMAIR
    assert [z.label for z in board.zones if groups.get(z.group) == "SECUNDAIR (ondersteunend)"] == PROCESPLAAT_SECUNDAIR
    # the seed: "in welke schoolprocessen zij gebruikmaken van ict en waar zij denken dat dit anders/beter kan";
    # the ids are the ones sessions, the analysis and the carry rules have always used
    for zone in _processes(board):
        assert [(k.id, k.label) for k in zone.holds.dots] == [
            ("gebruik-ict", "gebruikmaken van ict"),
            ("kan-beter-met-ict", "anders/beter kan"),
        ]
    assert all(zone.kind is ZoneKind.CELL for zone in _processes(board))


def test_procesplaat_1_and_2_share_their_cells():
    one, two = load_template("procesplaat-1"), load_template("procesplaat-2")
    assert [(z.id, z.rect, z.group) for z in one.zones] == [(z.id, z.rect, z.group) for z in two.zones]
    assert [z.label for z in _processes(one)] == [z.label for z in _processes(two)]


def test_procesplaat_cells_keep_their_size():
    """The photo read-back is tuned to these cells; the text areas did not take room from them."""
    board = load_template("procesplaat-1")
    sizes = {(round(z.rect.width, 1), round(z.rect.height, 1)) for z in _processes(board)}
    assert all(width >= 213 and height >= 110 for width, height in sizes)


IDEEEN_GENEREREN = {
    "Organisatie": "Het probleem is op te lossen door iets in de structuur van het proces aan te passen.",
    "ict": "Het probleem is op te lossen met behulp van ict.",
    "Samenwerking": "Samenwerking vermindert het probleem.",
    "Persoonlijk": "Individuele acties verminderen het probleem.",
}
PROBLEMEN_LOKALISEREN = {
    "Voorbereiding": "Het probleem ontstaat tijdens de voorbereiding van het proces.",
    "Uitvoering": "Het probleem ontstaat tijdens de uitvoering van het proces.",
    "Evaluatie/reflectie": "Het probleem ontstaat door de gestelde eisen aangaande het proces.",
}


def test_ideeen_genereren_quadrants_and_definitions():
    board = load_template("ideeen-genereren")
    quadrants = _zones(board, ZoneKind.QUADRANT)
    assert {zone.label: zone.definition for zone in quadrants} == IDEEEN_GENEREREN
    assert len(quadrants) == 4


def test_problemen_lokaliseren_columns_and_definitions():
    board = load_template("problemen-lokaliseren")
    columns = _zones(board, ZoneKind.COLUMN)
    assert {zone.label: zone.definition for zone in columns} == PROBLEMEN_LOKALISEREN
    assert [zone.label for zone in columns] == list(PROBLEMEN_LOKALISEREN)


def test_werkdruk_frequentiematrix_is_three_by_three():
    board = load_template("werkdruk-frequentiematrix")
    cells = _zones(board, ZoneKind.CELL)
    assert len(cells) == 9
    assert [group.label for group in board.groups] == ["Afhankelijkheid", "Inhoud", "Autonomie"]
    rows = [
        element.text for element in board.elements if isinstance(element, TextElement) and element.id.startswith("rij-")
    ]
    assert rows == ["Dagelijks", "Maandelijks", "Jaarlijks"]
    for group in board.groups:
        column = [zone for zone in cells if zone.group == group.id]
        assert len(column) == 3
        assert len({zone.rect.x for zone in column}) == 1
    definitions = [zone.definition for zone in cells if zone.definition]
    assert len(definitions) == 3


@pytest.mark.parametrize(
    "template_id, headers",
    [
        ("actiepunten", ["Nr.", "Concreet actiepunt", "Initiatiefnemer"]),
        ("verbeterplan", ["Actiepunt", "To do’s", "Tijdpad", "Impact", "Werkbelasting"]),
        ("aantekeningen-interpretatie", ["Fragment", "Titel", "Relevantie"]),
    ],
)
def test_tables_are_table_columns_holding_rows(template_id, headers):
    board = load_template(template_id)
    columns = _zones(board, ZoneKind.TABLE_COLUMN)
    assert [zone.label for zone in columns] == headers
    assert all(zone.holds.rows for zone in columns)
    assert len({zone.rect.y for zone in columns}) == 1, "table columns line up"
    xs = [zone.rect.x for zone in columns]
    assert xs == sorted(xs)


def test_actiepunten_header_field():
    board = load_template("actiepunten")
    header = board.zone("proces")
    assert header.label == "Naam werkdrukveroorzakend proces"
    assert header.rect.bottom <= min(zone.rect.y for zone in _zones(board, ZoneKind.TABLE_COLUMN))


def test_zelfevaluatie_scales():
    board = load_template("zelfevaluatie")
    scale = {group.id: [z.scale_value for z in board.zones if z.group == group.id] for group in board.groups}
    assert scale["v1"] == [1, 2, 3, 4, 5]
    assert scale["v4"] == list(range(1, 10))
    assert scale["werkplezier"] == list(range(1, 11)) and scale["werkdruk"] == list(range(1, 11))
    assert board.zone("v1-1").definition == "helemaal niet" and board.zone("v1-5").definition == "helemaal wel"
    assert board.zone("v4-1").definition == "heel moeilijk" and board.zone("v4-9").definition == "heel makkelijk"
    causes = [z.label for z in board.zones if z.group == "oorzaak"]
    assert causes == ["Tijdsdruk", "Moeilijkheidsgraad", "Hoeveelheid werk"]


def test_rogers_reference_percentages_and_the_assignment():
    board = load_template("rogers-adoptiecurve")
    shares = [(zone.label, zone.reference_percent) for zone in _zones(board, ZoneKind.COLUMN)]
    assert shares == [
        ("Innovators", 2.5),
        ("Early Adopters", 13.5),
        ("Early Majority", 34.0),
        ("Late Majority", 34.0),
        ("Laggards", 16.0),
    ]
    assert sum(share for _, share in shares) == pytest.approx(100.0)
    assert board.question.startswith("Hoe zijn de professionals die de basisaanpak uitvoeren verdeeld")
    assert board.zone("stelling").label == "Bent u het eens met deze stelling? Uw motivatie?"
    assert board.zone("stelling").definition.startswith("Berwick (2003) is van mening")
    assert board.zone("typen-inzetten").label.startswith("Hoe kunt u de professionals van het ene type inzetten")
    assert "menstypen" in board.description and board.method is None, "the toolkit gives this tool no step"


def test_70_20_10_reference_percentages():
    board = load_template("70-20-10")
    assert [(zone.label, zone.reference_percent) for zone in board.zones] == [
        ("in de praktijk", 70.0),
        ("in sociale relaties", 20.0),
        ("in formele leersituaties", 10.0),
    ]


CAMP_QUESTIONS = [
    "Waarom willen we dit?",
    "Hoe zit het met taken en bevoegdheden?",
    "Hebben we de juiste deskundigheid in huis?",
    "Wat vinden: ouders, leerlingen, directie, overheid?",
    "Hoe komen de beslissingen tot stand?",
    "Is er draagvlak of weerstand bij docenten?",
    "Wat voor school willen we zijn?",
    "Gewend om in een projectteam te werken?",
    "Hoe is de werkhouding van de betrokken docenten?",
]


def test_matrix_van_camp_has_its_nine_printed_questions():
    board = load_template("matrix-van-camp")
    assert [zone.question for zone in board.zones] == CAMP_QUESTIONS


# --- methods ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method_id, titles",
    [
        ("verbetering-in-beeld", ["Brainstorm", "Observatie", "Interpretatie", "Value Stream Mapping", "Verandering"]),
        (
            "vernieuwend-werken",
            [
                "Supportgroep 1",
                "Sessie 1",
                "Uitwerking door de facilitator",
                "Supportgroep 2",
                "Sessie 2",
                "Supportgroep 3",
            ],
        ),
        (
            "werkobservaties",
            [
                "Schets van de ict-situatie",
                "Observaties en interviews",
                "Concrete observaties en verbetersuggesties",
                "Adviezen",
            ],
        ),
        (
            "design-thinking-lean",
            ["Procesplaten", "Zelfevaluatie", "Workshops", "Studiedag", "Concept-verbeterplan", "Evaluatie"],
        ),
        (
            "zmolk-borgen-van-innovatie",
            [
                "Doel",
                "Denken over het resultaat",
                "Proces ontlokken",
                "Proces monitoren",
                "Borging in het beleid en inbedding in kwaliteitscyclus",
            ],
        ),
        ("leerkracht", ["Bordsessie", "Gezamenlijk lesontwerp", "Lesbezoek en feedback", "Stem van de leerling"]),
        (
            "actieleren",
            [
                "Een deelnemer brengt een praktijkvraagstuk of casus in en schetst de eigen ontwikkelingsvraag.",
                "Het stellen van open vragen om de aard van de situatie helder te krijgen.",
                "Het bepalen van mogelijke richtingen, ideeën, tips en oplossingen.",
                "Het bepalen van de actie-eigenaar.",
                "Het ondernemen van actie.",
            ],
        ),
        ("waarderend-organiseren", ["Verwoorden", "Verdiepen", "Verbeelden", "Vormgeven", "Verwezenlijken"]),
    ],
)
def test_methods_have_the_steps_of_the_seed_in_order(method_id, titles):
    method = get_method(method_id)
    assert [step.nr for step in method.steps] == list(range(1, len(titles) + 1))
    assert len(method.steps) == len(titles)
    for step, title in zip(method.steps, titles):
        assert step.title.startswith(title), (step.title, title)
        assert (step.goal or method_id == "actieleren") and step.source
        assert not re.search(r"\br\.\s*\d|\b00\d\b", step.source + method.source), "cite by heading, not by line"


def test_vernieuwend_werken_steps_are_stap_1_to_6():
    method = get_method("vernieuwend-werken")
    assert [step.id for step in method.steps] == [f"stap-{nr}" for nr in range(1, 7)]
    assert [step.duration for step in method.steps] == [
        "1,5 uur",
        "ca. 3,5 uur",
        "4 - 8 uur",
        "1,5 uur",
        "3,5 uur",
        "1,5 uur",
    ]


def test_verbetering_in_beeld_durations_and_materials():
    method = get_method("verbetering-in-beeld")
    assert [step.duration for step in method.steps] == [
        "60-90 minuten",
        "30-60 minuten per observatie",
        "60-120 minuten per observatie",
        "60-90 minuten per proces",
        "60-120 minuten per proces",
    ]
    assert "Postervellen (A1) met verschillende kleuren markers" in method.step("value-stream-mapping").materials
    assert method.step("verandering").boards == ("problemen-lokaliseren", "ideeen-genereren", "actiepunten")


def test_every_template_is_used_by_a_method_step_or_is_overig():
    used = {board_id for method in list_methods() for step in method.steps for board_id in step.boards}
    grouped = templates_by_method()
    for method_id, boards in grouped.items():
        for board in boards:
            if method_id == "overig":
                assert board.method is None
            else:
                assert board.id in used, board.id
    assert {"matrix-van-camp", "zeven-bouwstenen", "70-20-10"} <= {b.id for b in grouped["overig"]}


def test_worksheets_default_to_a1_and_maps_to_large_paper():
    assert load_template("brainstorm").paper.format == "A1"
    assert load_template("ideeen-genereren").paper.format == "A1"
    for template_id in ("procesplaat-1", "procesplaat-2"):
        assert load_template(template_id).paper.format == "A0"
    assert load_template("vsm-schema").paper.is_custom


def test_committed_files_match_the_generator(tmp_path):
    sys.path.insert(0, str(REPO / "tools" / "templates"))
    try:
        import make_templates
    finally:
        sys.path.pop(0)
    make_templates.main(tmp_path / "templates", tmp_path / "methods")
    for kind in ("templates", "methods"):
        generated = sorted(path.name for path in (tmp_path / kind).glob("*.json"))
        committed = sorted(path.name for path in (REPO / "resources" / kind).glob("*.json"))
        assert generated == committed
        _match, mismatch, errors = filecmp.cmpfiles(
            tmp_path / kind, REPO / "resources" / kind, generated, shallow=False
        )
        assert mismatch == [] and errors == [], f"run tools/templates/make_templates.py ({kind}: {mismatch})"


def test_template_list_page_is_what_the_generator_writes_and_lists_every_template():
    sys.path.insert(0, str(REPO / "tools" / "templates"))
    try:
        import template_list
    finally:
        sys.path.pop(0)
    committed = template_list.PAGE.read_text(encoding="utf-8")
    assert committed == template_list.page(), "run tools/templates/template_list.py"
    missing = [template_id for template_id in TEMPLATE_IDS if f"| `{template_id}` |" not in committed]
    assert missing == []


def test_resources_cite_sources_by_title_not_by_file_or_line():
    reference = re.compile(r"\bseeds?\b|\br\.\s*\d+\s*[–-]|\b\d{3}_[0-9a-f]{16}\b|/work/", re.IGNORECASE)
    for path in sorted((REPO / "resources").glob("*/*.json")):
        found = reference.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path.relative_to(REPO)}: {found.group(0)!r}"


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_boards_with_dots_print_a_legend_of_the_dot_kinds(template_id):
    board = load_template(template_id)
    if board.dot_kinds():
        assert board.legend is not None and board.legend.dot_kinds
        for zone in board.zones:
            assert not zone.rect.overlaps(board.legend.rect), zone.id


# --- structures as the sources draw them (issue 18) --------------------------------------------


def _texts(board):
    return [element.text for element in board.elements if isinstance(element, TextElement)]


def test_dagoverzicht_has_the_times_of_the_seeds_day():
    board = load_template("dagoverzicht")
    times = [zone.label for zone in board.zones]
    assert times[:6] == ["08.00", "08.30", "08.50", "09.00", "09.15", "09.35"] and times[-1] == "16.30"
    assert len(times) == 26 and "09.30" not in times and "14.00" not in times
    assert board.question == "EEN DAG BIJ GROEP 4"
    assert [kind.label for kind in board.dot_kinds()] == ["de leraar ict gebruikt", "knelpunten"]


def test_waarom_hoe_wat_has_why_how_what_and_the_two_ways_to_lower_werkdruk():
    board = load_template("waarom-hoe-wat")
    assert [(z.label, z.definition) for z in board.zones[:3]] == [("WAAROM", "WHY"), ("HOE", "HOW"), ("WAT", "WHAT")]
    assert [z.label for z in board.zones[3:]] == [
        "Werkdrukverlaging door elimineren van onnodige werkdruk",
        "Werkdrukverlaging door benutten van ict-oplossingen",
    ]
    assert [a.text for a in board.additions] == [board.zones[1].question]  # the figure's spelling slip


def test_beleidsthema_inventarisatie_asks_the_three_questions():
    board = load_template("beleidsthema-inventarisatie")
    assert [z.label for z in _zones(board, ZoneKind.COLUMN)] == [
        "Wat doen we al?",
        "Welke vernieuwende initiatieven zijn er te bedenken?",
        "Welke kansen zie je om werkdruk (op dit beleidsthema) te verlagen?",
    ]
    assert board.zone("initiatief-1") and board.zone("initiatief-2") and board.zone("beleidsthema")


def test_werkdruk_subgroep_quotes_the_seed():
    board = load_template("werkdruk-subgroep")
    assert board.zone("werkdruk").label == "Waar de deelnemers in de subgroep werkdruk ervaren"


def test_zeven_leerfuncties_is_the_table_of_the_toolkit():
    board = load_template("zeven-leerfuncties")
    assert board.step == "proces-monitoren"
    assert "Leerfuncties" in _texts(board)
    assert board.groups[0].label.startswith("Mogelijkheden voor het inrichten van de werkomgeving")
    rows = [z.label for z in board.zones if z.id.startswith("leerfunctie-")]
    assert rows[0] == "1. Het verwerken van materiedeskundigheid" and len(rows) == 7


def test_werkblad_spiegel_has_a_row_per_mt_member_and_the_visie_block():
    board = load_template("de-caluwe-denken-doen")
    assert [z.label for z in _zones(board, ZoneKind.TABLE_COLUMN)] == ["MT leden", "Denken", "Doen"]
    assert all(z.holds.rows for z in _zones(board, ZoneKind.TABLE_COLUMN))
    assert board.zone("visie").label == "Visie/uitgangspunten"
    assert board.legend.entries[0].label == "Geeldruk – Socio-politiek"


def test_zes_subruimtes_is_four_columns_by_six_rows():
    board = load_template("zes-subruimtes-coenders")
    assert {"Dimensie A", "Dimensie B", "Leeroriëntatie", "Subruimte"} <= set(_texts(board))
    assert [z.label for z in board.zones] == [
        "Denkruimte",
        "Oplossingsruimte",
        "Beslisruimte",
        "Speelruimte",
        "Werkruimte",
        "Gespreksruimte",
    ]
    assert len(_texts(board)) == 4 + 6 * 3


def test_leerkracht_bordsessie_has_no_invented_table():
    board = load_template("leerkracht-bordsessie")
    assert [z.label for z in board.zones] == ["check-in", "successen", "doelen", "acties", "planning"]
    assert "80" not in board.description


def test_vijf_cyclische_stappen_step_5_in_full():
    board = load_template("vijf-cyclische-stappen")
    assert board.zone("stap-5").definition.endswith("het ondersteunen van intervisie.")


def test_zeven_bouwstenen_cells_carry_the_whole_description():
    board = load_template("zeven-bouwstenen")
    first = board.zone("innovatieteam-1-werken-vanuit-een-gezamenlijk-aanstekelijk-d")
    assert first.definition.count(". ") >= 5 and first.definition.endswith("bijdraagt aan het bereiken hiervan.")


def test_the_missing_boards_are_templates():
    for template_id in (
        "proces-opdracht",
        "ontlokkers",
        "hoe-landt-kennis",
        "betrokkenheidsmodel",
        "betrokkenheidsmodel-kaartjes",
        "achtbaan",
        "gemeenschapsgestuurd-leren",
        "dialoog-debat-discussie",
    ):
        assert template_id in TEMPLATE_IDS
    assert get_method("zmolk-borgen-van-innovatie").step("proces-ontlokken").boards == (
        "kijken-bij-de-buurvrouw",
        "proces-opdracht",
        "ontlokkers",
        "kessels-leervoorwaarden",
    )
    cards = load_template("betrokkenheidsmodel-kaartjes")
    assert len(cards.zones) == 24 and cards.zones[0].label == "Kan ik dit wel aan?"
    model = load_template("betrokkenheidsmodel")
    assert [z.label for z in _zones(model, ZoneKind.ROW)] == [
        "Zelfbetrokkenheid",
        "Taakbetrokkenheid",
        "Ander (collega-)betrokkenheid",
    ]
    phases = load_template("gemeenschapsgestuurd-leren")
    assert [e for e in _texts(phases)] == ["Aanloopfase", "Startfase", "Middenfase", "Eindfase"]
    dialoog = load_template("dialoog-debat-discussie")
    assert [z.label for z in dialoog.zones[:3]] == ["Dialoog", "Debat", "Discussie"]
    assert dialoog.zone("toepassing").definition.count("\n") == 9  # the ten rules
    landt = load_template("hoe-landt-kennis")
    assert "Leerstijl" in _texts(landt) and len(landt.zones) == 5 * 2


def test_no_template_has_the_invented_legend_title():
    for template_id in TEMPLATE_IDS:
        legend = load_template(template_id).legend
        assert legend is None or legend.title != "Legenda", template_id
