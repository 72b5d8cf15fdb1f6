"""Design Thinking en Lean — De Borgstee ("Meer ict, minder werkdruk?", praktijkvoorbeeld 4)."""

from __future__ import annotations

import itertools

from template_layout import (
    GAP,
    GEBRUIK_ICT,
    KAN_BETER_ICT,
    WERKDRUK,
    WERKPLEZIER,
    Sheet,
    hsplit,
    new_board,
    split,
)
from verbatim import JOIN

from boards.colors import DOT_BLUE
from boards.geometry import Rect
from boards.model import Board, DotKind, ZoneKind

METHOD = "design-thinking-lean"

PRIMAIR = "PRIMAIR (lesgeven)"
SECUNDAIR = "SECUNDAIR (ondersteunend)"
PRIMAIR_PROCESSEN = [
    "Lessen vormgeven (lesmaterialen)",
    "Toetsen afnemen",
    "Resultaten nabespreken",
    "Portfolio van leerlingen bijhouden",
    "Leerlingen individueel begeleiden",
]
SECUNDAIR_PROCESSEN = [
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


CONCLUSIE = "CONCLUSIE:"
ANSWERS_WIDTH_MM = 380.0
LEGEND_WIDTH_MM = 380.0


def _procesplaat(id: str, title: str, question: str, dots: list[DotKind], description: str) -> Board:
    """The process grid of the seed, cell for cell as before (the photo read-back is tuned to it), and the two
    areas the seed's filled-in plates show: the team's free-text answers to the main question (top right,
    beside the title block) and the line where the team writes its own CONCLUSIE (the free twentieth cell);
    the dot legend sits at the end of the PRIMAIR band."""
    sheet = Sheet(
        new_board(id, title, "A0", method=METHOD, step="procesplaten", question=question, description=description),
        header_height=95,
    )
    header = sheet.board.header
    sheet.board.header = Rect(header.x, header.y, header.width - ANSWERS_WIDTH_MM - GAP, header.height)
    answers = Rect(header.right - ANSWERS_WIDTH_MM, header.y, ANSWERS_WIDTH_MM, header.height)
    cols = 5
    band = sheet.take(24, gap=4)
    group_rect, legend_rect = hsplit(band, [band.width - LEGEND_WIDTH_MM - GAP, LEGEND_WIDTH_MM])
    primair = sheet.group(PRIMAIR, group_rect, id="primair")
    sheet.legend(legend_rect)
    cells = sheet.take(110.4, gap=12)
    sheet.grid(PRIMAIR_PROCESSEN, cols, cells, group=primair, dots=dots)
    secundair = sheet.group(SECUNDAIR, sheet.take(24, gap=4), id="secundair")
    slots = split(sheet.take(), cols, 4)
    for label, rect in zip(SECUNDAIR_PROCESSEN, slots):
        sheet.zone(label, rect, ZoneKind.CELL, group=secundair, dots=dots)
    # after the processes, so the zones keep their order (the processes first, as before)
    sheet.zone(question, answers, ZoneKind.FREE_AREA, id="antwoorden")
    sheet.zone(CONCLUSIE, slots[-1], ZoneKind.FREE_AREA, id="conclusie")
    return sheet.board


def procesplaat_1() -> Board:
    return _procesplaat(
        "procesplaat-1",
        "Procesplaat 1",
        "WAAR KRIJG IK ENERGIE VAN IN MIJN WERK EN WAARVAN JUIST NIET?",
        [WERKDRUK, WERKPLEZIER],
        "Doel: Met het team in beeld krijgen welke processen op school werkplezier en werkdruk veroorzaken.\n"
        "Tijdsduur: 2 uur\n"
        "Werkwijze: Teamleden geven met behulp van stickers of post-its aan in welke schoolprocessen zij werkdruk "
        "en/of plezier ervaren.",
    )


def procesplaat_2() -> Board:
    return _procesplaat(
        "procesplaat-2",
        "Procesplaat 2",
        "WANNEER MAAK IK GEBRUIK VAN ICT IN MIJN WERK? EN WANNEER ZOU DAT NOG MEER OF BETER KUNNEN?",
        [GEBRUIK_ICT, KAN_BETER_ICT],
        "Doel: Met het team in beeld krijgen in welke processen op school leraren ict gebruiken en wanneer dat meer "
        "en beter zou kunnen.\n"
        "Tijdsduur: 2 uur\n"
        "Werkwijze: Teamleden geven met behulp van stickers of post-its aan in welke schoolprocessen zij "
        "gebruikmaken van ict en waar zij denken dat dit anders/beter kan.",
    )


ANTWOORD = DotKind("antwoord", "antwoord", DOT_BLUE)

PRIMAIRE_WERKPROCESSEN = [
    "portfolio van leerlingen bijhouden",
    "lessen vormgeven",
    "toetsen afnemen",
    "resultaten bespreken",
    "leerlingen individueel begeleiden",
]
PRIMAIRE_KANSEN = [
    "lessen vormgeven",
    "toetsen afnemen",
    "resultaten bespreken",
    "portfolio van leerlingen bijhouden",
    "leerlingen individueel begeleiden",
]
SECUNDAIRE_WERKPROCESSEN = [
    "leerlingvolgsysteem bijhouden",
    "huiswerk/toetsen nakijken",
    "oudercontact onderhouden",
    "administratie leerlingen bijhouden",
    "vergaderingen bijwonen",
    "correspondentie afhandelen",
    "gesprekken met externen voeren",
    "roosters opstellen",
    "leerlingen- en groepsbesprekingen",
    "nascholing/professionalisering volgen",
    "eindgesprekken voeren",
]
ICT_ASPECTEN = [
    "snelheid van het internet (internet is te traag)",
    "te weinig devices (tablets, computers, laptops e.d.)",
    "incidenten met de systemen (bijvoorbeeld het systeem kan niet opgestart worden of loopt vast)",
    "onbekendheid met de systemen",
    "snelheid van het systeem (systeem is te traag)",
]
WERKDRUK_OORZAKEN = ["Tijdsdruk", "Moeilijkheidsgraad", "Hoeveelheid werk"]


def _scale(low: int, high: int, low_text: str = "", high_text: str = "") -> list[dict]:
    cells = []
    for value in range(low, high + 1):
        definition = low_text if value == low else high_text if value == high else ""
        cells.append({"label": str(value), "scale_value": float(value), "definition": definition, "notes": False})
    return cells


def _choices(options: list[str]) -> list[dict]:
    return [{"label": option, "notes": False} for option in options]


#: (id, question, cells, cells per row) of the zelfevaluatie, in the seed's order.
ZELFEVALUATIE = [
    (
        "v1",
        "In hoeverre maak je gebruik van de verschillende beschikbare ict-systemen voor je werk op school?",
        _scale(1, 5, "helemaal niet", "helemaal wel"),
        5,
    ),
    ("v2", "Bij welke (primaire) werkprocessen maak je gebruik van ict?", _choices(PRIMAIRE_WERKPROCESSEN), 5),
    ("v3", "Bij welke (secundaire) werkprocessen maak je gebruik van ict?", _choices(SECUNDAIRE_WERKPROCESSEN), 6),
    (
        "v4",
        "In hoeverre vind je het gemakkelijk of moeilijk met de verschillende beschikbare ict-systemen op "
        "school te werken?",
        _scale(1, 9, "heel moeilijk", "heel makkelijk"),
        9,
    ),
    (
        "v5",
        "Welke ict-aspecten hebben volgens jou invloed op de snelheid waarmee je activiteiten kunt afhandelen?",
        _choices(ICT_ASPECTEN),
        5,
    ),
    ("v6", "Bij welke (primaire) werkprocessen zie je kansen voor ict?", _choices(PRIMAIRE_KANSEN), 5),
    ("v7", "Bij welke (secundaire) werkprocessen zie je kansen voor ict?", _choices(SECUNDAIRE_WERKPROCESSEN), 6),
    ("werkplezier", "Werkplezier", _scale(1, 10), 10),
    ("werkdruk", "Werkdruk", _scale(1, 10), 10),
    (
        "oorzaak",
        "Wat maakt dat je werkdruk ervaart in de door jou aangekruiste processen? Kruis aan welke optie "
        "het meest op jou van toepassing is",
        _choices(WERKDRUK_OORZAKEN),
        3,
    ),
]


def zelfevaluatie() -> Board:
    sheet = Sheet(
        new_board(
            "zelfevaluatie",
            "Zelfevaluatie",
            "A0",
            orientation="portrait",
            method=METHOD,
            step="zelfevaluatie",
            description="Na de invulling van de procesplaten door de kerngroep, zet De Borgstee een zelfevaluatie "
            "uit binnen het team. Het doel hiervan is niet alleen de kopgroep van leraren met interesse in ict te "
            "betrekken bij het onderzoek, maar het gehele lerarenteam. Bovendien kan de school zo de resultaten van "
            "de procesplaten toetsen bij een bredere groep.",
        )
    )
    sheet.addition(
        ANTWOORD.label,
        "de zelfevaluatie in de publicatie is een formulier om aan te kruisen; op het bord plakt elke leraar een "
        "stip bij zijn antwoord",
    )
    sheet.dot_legend()
    heading, row_gap = 22.0, 6.0
    rows = sum(-(-len(cells) // per_row) for _, _, cells, per_row in ZELFEVALUATIE)
    spare = sheet.remaining() - len(ZELFEVALUATIE) * (heading + 3 + GAP) - rows * row_gap
    row_height = spare / rows
    for block_id, question, cells, per_row in ZELFEVALUATIE:
        group = sheet.group(question, sheet.take(heading, gap=3), id=block_id)
        n_rows = -(-len(cells) // per_row)
        band = sheet.take(n_rows * row_height + (n_rows - 1) * row_gap)
        specs = [
            {**cell, "id": f"{block_id}-{cell['label'] if 'scale_value' in cell else index + 1}"}
            for index, cell in enumerate(cells)
        ]
        sheet.grid(specs, per_row, band, ZoneKind.CELL, gap=row_gap, group=group, dots=[ANTWOORD])
    return sheet.board


def logboek() -> Board:
    sheet = Sheet(
        new_board(
            "logboek",
            "Logboek",
            "A1",
            orientation="portrait",
            method=METHOD,
            step="zelfevaluatie",
            description="Alle leraren van De Borgstee houden gedurende een werkweek in een logboek (op papier) hun "
            "tijdsbesteding bij en geven hun energiebalans aan.",
        )
    )
    reason = "de publicatie noemt alleen tijdsbesteding en energiebalans; een logboek op papier heeft ook de dag en "
    columns = [
        sheet.addition("Dag", reason + "het werkproces nodig om de tijd bij te schrijven"),
        sheet.addition("Werkproces", reason + "het werkproces nodig om de tijd bij te schrijven"),
        "Tijdsbesteding",
        "Energiebalans",
    ]
    sheet.table(columns, sheet.take(), widths=[1, 3, 1.2, 1.2])
    return sheet.board


RAPPORTAGE_STAPPEN = [
    "CITO toets resultaten invoeren In het LOVS",
    "Lijst uitdraaien per leerling",
    "Toevoegen tekeningen/verslagen van leerlingen",
    "Ringband map maken voor rapport gesprek",
    "Uitnodigingsstrookje maken voor rapport gesprek",
    "Verzamelen strookjes en rooster maken",
    "Papier uitprinten met afspraken die de leraar aan leerlingen megeven",
    "Gesprek met ouders voeren",
]


def rapportageproces() -> Board:
    sheet = Sheet(
        new_board(
            "rapportageproces",
            "Rapportageproces",
            "A1",
            method=METHOD,
            step="workshops",
            question="Waar loopt de CBS De Borgstee tegenaan in het rapportageproces?",
            description="Op basis van reeds beschikbare informatie verdeelt de kerngroep het rapportageproces in "
            "processtappen:",
        )
    )
    zones = sheet.grid(
        [{"label": f"{nr} {label}", "id": f"stap-{nr}"} for nr, label in enumerate(RAPPORTAGE_STAPPEN, start=1)],
        4,
        sheet.take(),
        gap=GAP * 3,
    )
    for before, after in itertools.pairwise(zones):
        sheet.arrow(before.id, after.id)
    return sheet.board


ONTWIKKELINGSCATEGORIEEN = [
    "COGNITIEVE ONTWIKKELINGEN",
    "ONTWIKKELING/VOORTGANG ZAAKVAKKEN",
    "SOCIAAL-EMOTIONELE ONTWIKKELING",
]
OVERZICHT_RIJEN = ["Huidige situatie", "Actiepunten", "Langetermijnperspectief"]
WENSBEELD_VRAGEN = [
    "Wat is het wensbeeld?",
    "Wat is daarvoor nodig?",
    "Welke tools en systemen kunnen we inzetten?",
]


def ontwikkelingscategorieen() -> Board:
    sheet = Sheet(
        new_board(
            "ontwikkelingscategorieen",
            "Huidige en gewenste situatie",
            "A0",
            method=METHOD,
            step="workshops",
            description="Daarna brengt de kerngroep de huidige en gewenste situatie in kaart voor cognitieve "
            "ontwikkeling, zaakvakken en sociaal-emotionele ontwikkeling. Ook gaan ze na wat wel en niet wettelijk "
            "verplicht is (volgens de publicatie Ruimte in regels). Vervolgens zoeken de deelnemers naar praktische "
            "oplossingen voor de korte termijn en concrete actiepunten voor verbetering op de lange termijn.",
        )
    )
    sheet.matrix(
        ONTWIKKELINGSCATEGORIEEN,
        OVERZICHT_RIJEN,
        sheet.take(),
        label_width=110,
        cell_label=lambda col, row: f"{row}{JOIN}{col}",
    )
    return sheet.board


def wensbeeld() -> Board:
    sheet = Sheet(
        new_board(
            "wensbeeld",
            "Wensbeeld",
            "A0",
            method=METHOD,
            step="studiedag",
            description="Na deze inleiding brainstormen de deelnemers in drie groepen over welke ict-vernieuwingen "
            "de verschillende niveaus van ontwikkeling van leerlingen inzichtelijk maken. Per niveau van ontwikkeling "
            "beantwoorden de deelnemers drie vragen:",
        )
    )
    grid = sheet.matrix(
        WENSBEELD_VRAGEN,
        ONTWIKKELINGSCATEGORIEEN,
        sheet.take(),
        label_width=110,
        cell_label=lambda col, row: f"{row}{JOIN}{col}",
    )
    for row in grid:
        for zone, question in zip(row, WENSBEELD_VRAGEN):
            zone.question = question
    return sheet.board


VERBETERPLAN_KOLOMMEN = ["Actiepunt", "To do’s", "Tijdpad", "Impact", "Werkbelasting"]


def verbeterplan() -> Board:
    sheet = Sheet(
        new_board(
            "verbeterplan",
            "Verbeterplan",
            "A1",
            method=METHOD,
            step="verbeterplan",
            description="De workshops met de kerngroep en de studiedag met het lerarenteam leveren oplossingen en "
            "actiepunten op voor de realisatie van de toekomstvisie. Deze verwerkt de school in een verbeterplan.",
        )
    )
    sheet.table(VERBETERPLAN_KOLOMMEN, sheet.take(), widths=[2.2, 3, 1.1, 0.8, 1])
    return sheet.board


BUILDERS = [
    procesplaat_1,
    procesplaat_2,
    zelfevaluatie,
    logboek,
    rapportageproces,
    ontwikkelingscategorieen,
    wensbeeld,
    verbeterplan,
]
