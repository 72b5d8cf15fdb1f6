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


# --- the catalogue of built-in templates (issue 2) ---------------------------------------------

import filecmp  # noqa: E402
import importlib  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from boards.model import VsmSymbol, ZoneKind  # noqa: E402
from boards.templates import templates_by_method  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SEEDS_DIR = Path(os.environ.get("BRUINPAPIER_SEEDS", "/work/shared/seeds"))
SEED_FILES = {
    "000": "000_5c0bbc8ebadce89b.txt",
    "001": "001_396922d52c817176.txt",
    "002": "002_6febae39db3e3877.txt",
    "003": "003_825281feae80562c.txt",
    "004": "004_5fd9af0c62b159a0.txt",
}


def _normal(text: str) -> str:
    """Collapse whitespace and drop the space the PDF extraction leaves before punctuation."""
    return re.sub(r" ([?:!.,;])", r"\1", " ".join(text.split()))


@pytest.fixture(scope="module")
def seed():
    """seed("004") → the seed text with all whitespace runs collapsed to one space."""
    cache: dict[str, str] = {}

    def read(name: str) -> str:
        path = SEEDS_DIR / SEED_FILES[name]
        if not path.exists():
            pytest.skip(f"seed documents not available in {SEEDS_DIR} (set BRUINPAPIER_SEEDS)")
        if name not in cache:
            cache[name] = _normal(path.read_text(encoding="utf-8"))
        return cache[name]

    return read


def _missing_from(text: str, phrases) -> list[str]:
    """The phrases that occur neither in the text nor in it with end-of-line hyphenation undone."""
    joined = re.sub(r"(\w)- (\w)", r"\1\2", text)
    return [phrase for phrase in phrases if _normal(phrase) not in text and _normal(phrase) not in joined]


def _zones(board, kind=None):
    return [zone for zone in board.zones if kind is None or zone.kind is kind]


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_template_has_title_description_and_note_holding_zones(template_id):
    board = load_template(template_id)
    assert board.title.strip() and board.description.strip()
    if template_id != "vsm-symbolen":  # a printed reference sheet of the VSM symbols
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


def test_vsm_labels_are_verbatim_from_the_seed(seed):
    text = seed("004")
    vsm_sheet = text[text.index("Mapping 4 VSM-schema") : text.index("Mapping 4 Ideeën")]
    assert _missing_from(vsm_sheet, VSM_ZONES) == []
    symbols_sheet = text[text.index("Mapping 4 VSM-symbolen") :]
    assert _missing_from(symbols_sheet[:300], VSM_SYMBOL_LABELS) == []
    assert _missing_from(text, ["LEVERANCIER", "KLANT"]) == []


def test_procesplaat_2_verbatim(seed):
    board = load_template("procesplaat-2")
    assert (
        board.question == "WANNEER MAAK IK GEBRUIK VAN ICT IN MIJN WERK? EN WANNEER ZOU DAT NOG MEER OF BETER KUNNEN?"
    )
    groups = {group.id: group.label for group in board.groups}
    assert [z.label for z in board.zones if groups.get(z.group) == "PRIMAIR (lesgeven)"] == PROCESPLAAT_PRIMAIR
    assert [z.label for z in board.zones if groups.get(z.group) == "SECUNDAIR (ondersteunend)"] == PROCESPLAAT_SECUNDAIR
    for zone in board.zones:
        assert [(k.id, k.label) for k in zone.holds.dots] == [
            ("gebruik-ict", "gebruik ict"),
            ("kan-beter-met-ict", "kan beter met ict"),
        ]
    assert board.zones == [z for z in board.zones if z.kind is ZoneKind.CELL]
    text = seed("004")
    start = text.index("Procesplaat 2 WANNEER MAAK IK GEBRUIK VAN ICT")
    plaat = text[start : text.index("MR taken uitvoeren", start) + len("MR taken uitvoeren")]
    labels = [board.question, *groups.values(), *(zone.label for zone in board.zones)]
    assert _missing_from(plaat, labels) == []
    # in the seed's order, too
    positions = [plaat.index(label) for label in PROCESPLAAT_PRIMAIR + PROCESPLAAT_SECUNDAIR]
    assert positions == sorted(positions)


def test_procesplaat_1_and_2_share_their_cells():
    one, two = load_template("procesplaat-1"), load_template("procesplaat-2")
    assert [(z.id, z.label, z.rect, z.group) for z in one.zones] == [
        (z.id, z.label, z.rect, z.group) for z in two.zones
    ]


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


def test_ideeen_genereren_quadrants_and_definitions(seed):
    board = load_template("ideeen-genereren")
    quadrants = _zones(board, ZoneKind.QUADRANT)
    assert {zone.label: zone.definition for zone in quadrants} == IDEEEN_GENEREREN
    assert len(quadrants) == 4
    text = seed("004")
    sheet = text[text.index("5 Ideeën genererenVerandering") :]
    assert _missing_from(sheet[:800], [*IDEEEN_GENEREREN, *IDEEEN_GENEREREN.values()]) == []


def test_problemen_lokaliseren_columns_and_definitions(seed):
    board = load_template("problemen-lokaliseren")
    columns = _zones(board, ZoneKind.COLUMN)
    assert {zone.label: zone.definition for zone in columns} == PROBLEMEN_LOKALISEREN
    assert [zone.label for zone in columns] == list(PROBLEMEN_LOKALISEREN)
    text = seed("004")
    assert _missing_from(text, [f"{label}: {definition}" for label, definition in PROBLEMEN_LOKALISEREN.items()]) == []


def test_werkdruk_frequentiematrix_is_three_by_three(seed):
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
    text = seed("004")
    assert _missing_from(text, [f"{group.label}: {d}" for group, d in zip(board.groups, definitions)]) == []


@pytest.mark.parametrize(
    "template_id, headers",
    [
        ("actiepunten", ["Nr.", "Concreet actiepunt", "Initiatiefnemer"]),
        ("verbeterplan", ["Actiepunt", "To do’s", "Tijdpad", "Impact", "Werkbelasting"]),
        ("aantekeningen-interpretatie", ["Fragment", "Titel", "Relevantie"]),
    ],
)
def test_tables_are_table_columns_holding_rows(template_id, headers, seed):
    board = load_template(template_id)
    columns = _zones(board, ZoneKind.TABLE_COLUMN)
    assert [zone.label for zone in columns] == headers
    assert all(zone.holds.rows for zone in columns)
    assert len({zone.rect.y for zone in columns}) == 1, "table columns line up"
    xs = [zone.rect.x for zone in columns]
    assert xs == sorted(xs)
    assert _missing_from(seed("004"), [" ".join(headers)]) == [], "headers appear in this order in the seed"


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


def test_rogers_reference_percentages(seed):
    board = load_template("rogers-adoptiecurve")
    shares = [(zone.label, zone.reference_percent) for zone in board.zones]
    assert shares == [
        ("Innovators", 2.5),
        ("Early Adopters", 13.5),
        ("Early Majority", 34.0),
        ("Late Majority", 34.0),
        ("Laggards", 16.0),
    ]
    assert sum(share for _, share in shares) == pytest.approx(100.0)
    assert (
        _missing_from(
            seed("000"),
            ["Innovators Early Adopters Early Majority Late Majority Laggards", "2,5 % 13,5 % 34 % 34 % 16 %"],
        )
        == []
    )


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


def test_matrix_van_camp_has_its_nine_printed_questions(seed):
    board = load_template("matrix-van-camp")
    assert [zone.question for zone in board.zones] == CAMP_QUESTIONS
    assert _missing_from(seed("002"), CAMP_QUESTIONS + [group.label for group in board.groups]) == []


@pytest.mark.parametrize(
    "template_id, seed_name",
    [
        ("brainstorm", "004"),
        ("problemen", "004"),
        ("ideeen", "004"),
        ("selectie", "004"),
        ("observatie-aandachtspunten", "004"),
        ("wie-zijn-blij-als", "004"),
        ("waar-wordt-werkdruk-ervaren", "004"),
        ("beleidsthema-inventarisatie", "004"),
        ("samenvatting-beleidsthemas", "004"),
        ("kansen-werkdrukverlaging", "004"),
        ("resultaten", "004"),
        ("ict-situatie", "004"),
        ("adviezen", "004"),
        ("verbeterplan", "004"),
        ("wensbeeld", "004"),
        ("ontwikkelingscategorieen", "004"),
        ("zelfevaluatie", "004"),
        ("vijf-cyclische-stappen", "000"),
        ("doel-opdracht", "000"),
        ("methodische-werkplaats", "000"),
        ("kijken-bij-de-buurvrouw", "000"),
        ("zeven-leerfuncties", "000"),
        ("kwaliteitsborging-methodische-werkplaats", "000"),
        ("model-menselijk-functioneren", "000"),
        ("denk-opdracht", "000"),
        ("kessels-leervoorwaarden", "000"),
        ("actief-monitoren", "000"),
        ("feedbackniveaus", "000"),
        ("leerkracht-bordsessie", "001"),
        ("70-20-10", "001"),
        ("waarderend-organiseren", "001"),
        ("actieleren", "001"),
        ("activiteitensysteem-engestrom", "002"),
        ("de-caluwe-denken-doen", "002"),
        ("bouwen-en-verduurzamen-van-leerwerkgemeenschappen", "002"),
        ("tegeltjes-aan-de-muur", "002"),
        ("zeven-bouwstenen", "003"),
    ],
)
def test_printed_wording_comes_from_the_seed(template_id, seed_name, seed):
    """Column heads, questions, definitions and single-text zone labels are quoted from the seed.

    Labels a template composes itself (a matrix cell "Afhankelijkheid – Dagelijks", a
    "Casus 1" column, a table column for the process name) are allowed by the
    ALLOWED list; everything else must occur verbatim.
    """
    allowed = {
        "Pijnpunt / werkproces",
        "Beleidsthema",
        "1",
        "2",
        "Week",
        "Doel",
        "Streefwaarde (%)",
        "Gemeten (%)",
        "Casus 1",
        "Casus 2",
        "Casus 3",
        "Werkplezier",
        "Werkdruk",
        "Al ingezet",
        "Nog inzetten",
        "In dit ‘zmolk-traject’",
        "Bij het betrekken van zorgpartners",
        "1. Casus",
        "2. Open vragen",
        "3. Richtingen, ideeën, tips en oplossingen",
        "4. Actie-eigenaar",
        "5. Actie",
        "Welke activiteiten ondernemen we? Wie kan dat oppakken?",
        "overdracht aan anderen",
        "In welke mate is een bouwsteen aanwezig en waar is een interventie mogelijk relevant?",
    }
    board = load_template(template_id)
    composed = {zone.id for zone in board.zones if zone.group and zone.group.startswith("kolom-")}
    texts = [board.question, *(group.label for group in board.groups)]
    for zone in board.zones:
        texts += [zone.question, *zone.definition.split("\n")]
        if zone.id not in composed and zone.scale_value is None:
            texts.append(zone.label)
    texts += [element.text for element in board.elements if isinstance(element, TextElement)]
    texts = [t for t in texts if t and t not in allowed and not t.endswith(" %")]
    assert texts, "nothing checked"
    assert _missing_from(seed(seed_name), texts) == []


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
                "Casus inbrengen",
                "Open vragen stellen",
                "Richtingen bepalen",
                "Actie-eigenaar bepalen",
                "Actie ondernemen",
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
        assert step.goal


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
    make_templates = _generator("make_templates")
    make_templates.main(tmp_path / "templates", tmp_path / "methods")
    for kind in ("templates", "methods"):
        generated = sorted(path.name for path in (tmp_path / kind).glob("*.json"))
        committed = sorted(path.name for path in (REPO / "resources" / kind).glob("*.json"))
        assert generated == committed
        _match, mismatch, errors = filecmp.cmpfiles(
            tmp_path / kind, REPO / "resources" / kind, generated, shallow=False
        )
        assert mismatch == [] and errors == [], f"run tools/templates/make_templates.py ({kind}: {mismatch})"


def _generator(name: str):
    sys.path.insert(0, str(REPO / "tools" / "templates"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


def test_template_list_page_is_what_the_generator_writes_and_lists_every_template():
    template_list = _generator("template_list")
    committed = template_list.PAGE.read_text(encoding="utf-8")
    assert committed == template_list.page(), "run tools/templates/template_list.py"
    missing = [template_id for template_id in TEMPLATE_IDS if f"| `{template_id}` |" not in committed]
    assert missing == []


def test_methods_cite_their_publication_by_title_not_by_line():
    publications = _generator("template_methods").PUBLICATIONS
    for method in list_methods():
        assert method.source.startswith(publications), (method.id, method.source)
    line_reference = re.compile(r"\b(seed|r\.\s*\d|\d{3}_[0-9a-f]{16})", re.IGNORECASE)
    for path in sorted((REPO / "resources").glob("*/*.json")):
        found = line_reference.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path.name}: {found.group(0)}"


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_boards_with_dots_print_a_legend_of_the_dot_kinds(template_id):
    board = load_template(template_id)
    if board.dot_kinds():
        assert board.legend is not None and board.legend.dot_kinds
        for zone in board.zones:
            assert not zone.rect.overlaps(board.legend.rect), zone.id
