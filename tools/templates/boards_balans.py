"""Vernieuwend werken — SWS Balans ("Meer ict, minder werkdruk?", praktijkvoorbeeld 2)."""

from __future__ import annotations

import itertools

from template_layout import Sheet, new_board, slug, vsplit

from boards.model import Board, ZoneKind

METHOD = "vernieuwend-werken"

WAAROM_HOE_WAT = [
    ("WAAROM", "Wat is ‘de bedoeling’ en waar worden stakeholders blij van?"),
    ("HOE", "willen we werken aan de bedoeling; volgens welke organisatieprincipes"),
    ("WAT", "zijn de initiatieven die we gaan uitvoeren om de bedoeling te realiseren?"),
]

WIE_ZIJN_BLIJ = "WIE ZIJN BLIJ ALS.... / DE BALANS IS SUCCESVOL ALS...."
STAKEHOLDERS = [
    ("Leerlingen", "leerlingen zijn blij als…"),
    ("Ouders", "ouders zijn blij als…"),
    ("Leraren", "leraren zijn blij als…"),
    ("Directie & intern begeleider", "directie & intern begeleider zijn blij als…"),
    ("Bestuur", "het bestuur is blij als…"),
]

NIEUWE_MOGELIJKHEDEN = (
    "Welke nieuwe mogelijkheden die bijdragen aan de bedoeling van de school kunnen de "
    "stakeholders bedenken? Wat is nodig om de bedoeling te realiseren?"
)

WERKDRUK_KOLOMMEN = ["In het werken aan ‘de bedoeling’", "In de organisatie en manier van werken"]

INVENTARISATIE = "INVENTARISATIE LOPENDE ACTIVITEITEN EN VERNIEUWENDE INITIATIEVEN OP HET BELEIDSTHEMA"
INVENTARISATIE_KOLOMMEN = [
    "Wat doen we al?",
    "Welke vernieuwende initiatieven zijn er te bedenken?",
    "Welke kansen zie je om werkdruk (op dit beleidsthema) te verlagen?",
]
SELECTIE = "SELECTIE VAN TWEE (VERNIEUWENDE) INITIATIEVEN OM CONCREET MEE AAN DE SLAG TE GAAN"
UITWERKING = (
    "Welke activiteiten ondernemen we? Wie kan dat oppakken? Als controlevraag: hoe verhoudt zich dit tot de manier "
    "van werken die de organisatie wil?"
)

SAMENVATTING_KOLOMMEN = [
    "BELEIDSTHEMA’S",
    "GESELECTEERDE (VERNIEUWENDE) INTITATIEVEN",
    "HOE GAAN WE DE (NIEUWE) ORGANISATIEPRINCIPES TOEPASSEN?",
]
KANSEN_KOLOMMEN = ["ICT-KANSEN VOOR WERKDRUKVERLAGING", "OVERIGE VERBETERKANSEN VOOR WERKDRUKVERLAGING"]
RESULTATEN_KOLOMMEN = ["RESULTATEN VOOR MEDEWERKERS", "RESULTATEN VOOR LEERLINGEN"]

BATENLOGICA_LANES = ["Concrete oplossingen", "Activiteiten", "Beleidsthema’s", "Bedoeling"]


def _sheet(
    id: str,
    title: str,
    step: str,
    *,
    paper: str = "A1",
    orientation: str = "landscape",
    question: str = "",
    description: str = "",
) -> Sheet:
    return Sheet(
        new_board(
            id,
            title,
            paper,
            orientation=orientation,
            method=METHOD,
            step=step,
            question=question,
            description=description,
        )
    )


WHY_HOW_WHAT = ["WHY", "HOW", "WHAT"]
WERKDRUKVERLAGING = [
    "Werkdrukverlaging door elimineren van onnodige werkdruk",
    "Werkdrukverlaging door benutten van ict-oplossingen",
]


def waarom_hoe_wat() -> Board:
    """Afbeelding 1.1: WAAROM / HOE / WAT (WHY / HOW / WHAT) and the two ways to lower werkdruk."""
    sheet = _sheet(
        "waarom-hoe-wat",
        "Vernieuwend werken",
        "stap-1",
        orientation="portrait",
        question="Vernieuwend werken is het werken vanuit de bedoeling van de organisatie",
        description="Via ‘Vernieuwend werken’ wordt op systematische wijze met de direct betrokkenen onderzocht:\n"
        "• wat de bedoeling is van de organisatie (waarom?)\n"
        "• volgens welke organisatieprincipes ze aan de bedoeling willen werken (hoe?)\n"
        "• welke concrete initiatieven opgepakt kunnen worden (wat?)",
    )
    # The figure spells "organisatieprinciper"; the template prints the word as the text around it does.
    sheet.addition(
        "HOE willen we werken aan de bedoeling; volgens welke organisatieprincipes",
        "spelfout verbeterd: Afbeelding 1.1 schrijft ‘organisatieprinciper’",
    )
    circles, boxes = vsplit(sheet.take(), [3, 1])
    sheet.rows(
        [
            {"label": label, "question": f"{label} {question}", "definition": english}
            for (label, question), english in zip(WAAROM_HOE_WAT, WHY_HOW_WHAT)
        ],
        circles,
    )
    sheet.columns([{"label": label} for label in WERKDRUKVERLAGING], boxes, ZoneKind.CELL)
    return sheet.board


def wie_zijn_blij() -> Board:
    sheet = _sheet(
        "wie-zijn-blij-als",
        "Waar word je blij van?",
        "stap-2",
        paper="A0",
        question=WIE_ZIJN_BLIJ,
        description="De centrale vraag voor de subgroep is: Waar word je blij van? Deze vraag is een positieve "
        "herformulering van de vraag naar de bedoeling van de school. De deelnemers formuleren eerst hun antwoord op "
        "de vraag individueel, vervolgens bespreken ze hun antwoorden en komen tot één gezamenlijk formulering.",
    )
    sheet.rows(
        [{"label": label, "question": question} for label, question in STAKEHOLDERS], sheet.take(), ZoneKind.LANE
    )
    return sheet.board


def brown_paper() -> Board:
    sheet = _sheet(
        "brown-paper-nieuwe-mogelijkheden",
        "Brown paper",
        "stap-2",
        paper="2000x900",
        question=NIEUWE_MOGELIJKHEDEN,
        description="Tijdens een brainstorm inventariseren de deelnemers nieuwe mogelijkheden. Ze houden het gesprek "
        "bij op een zogeheten brown paper.",
    )
    sheet.zone("Nieuwe mogelijkheden", sheet.take(), ZoneKind.FREE_AREA, question=NIEUWE_MOGELIJKHEDEN)
    return sheet.board


def werkdruk_subgroep() -> Board:
    sheet = _sheet(
        "werkdruk-subgroep",
        "Overzicht waar de stakeholders werkdruk ervaren",
        "stap-2",
        orientation="portrait",
        description="Aan het einde van het gesprek wordt expliciet geïnventariseerd op een apart papier waar de "
        "deelnemers in de subgroep werkdruk ervaren.",
    )
    sheet.zone(
        "Waar de deelnemers in de subgroep werkdruk ervaren",
        sheet.take(),
        ZoneKind.FREE_AREA,
        id="werkdruk",
    )
    return sheet.board


def batenlogica() -> Board:
    sheet = _sheet(
        "batenlogica",
        "Batenlogica",
        "stap-3",
        paper="A0",
        description="Dit is een oorzaak-gevolgdiagram dat uitgaat van de beoogde doelen (bedoeling) en systematisch "
        "terug redeneert naar wat nodig is om te werken aan deze bedoeling.",
    )
    zones = sheet.columns(BATENLOGICA_LANES, sheet.take(), ZoneKind.LANE, gap=40)
    for before, after in itertools.pairwise(zones):
        sheet.arrow(before.id, after.id)
    return sheet.board


def waar_werkdruk() -> Board:
    sheet = _sheet(
        "waar-wordt-werkdruk-ervaren",
        "Waar wordt werkdruk ervaren?",
        "stap-3",
        description="Tot slot ordent de facilitator de antwoorden op de vragen naar de werkdruk.",
    )
    sheet.columns(WERKDRUK_KOLOMMEN, sheet.take())
    return sheet.board


def beleidsthema_inventarisatie() -> Board:
    sheet = _sheet(
        "beleidsthema-inventarisatie",
        "Uitwerking van werken aan de bedoeling",
        "stap-5",
        paper="A0",
        orientation="portrait",
        question=INVENTARISATIE,
        description="Elke subgroep werkt aan de concretisering van één beleidsthema aan de hand van de vragen:\n"
        "• Wat doen we al?\n• Welke vernieuwende initiatieven zijn er te bedenken?\n"
        "• Welke kansen zie je om werkdruk (op dit beleidsthema) te verlagen?",
    )
    sheet.zone("Beleidsthema", sheet.take(60), ZoneKind.FREE_AREA, id="beleidsthema")
    top, bottom = vsplit(sheet.take(), [1.4, 1])
    sheet.columns([{"label": label, "question": label, "id": slug(label)} for label in INVENTARISATIE_KOLOMMEN], top)
    heading, slots = vsplit(bottom, [24, bottom.height - 24 - 8])
    group = sheet.group(SELECTIE, heading, id="selectie")
    sheet.columns(
        [{"label": "1", "id": "initiatief-1"}, {"label": "2", "id": "initiatief-2"}],
        slots,
        ZoneKind.CELL,
        group=group,
        question=UITWERKING,
    )
    return sheet.board


def samenvatting() -> Board:
    sheet = _sheet(
        "samenvatting-beleidsthemas",
        "Hoe passen we organisatieprincipes toe?",
        "stap-5",
        paper="A0",
        description="Ronde 3 is ook in subgroepen per beleidsthema. Deze keer kunnen de deelnemers zelf kiezen voor "
        "een subgroep. De centrale vraag is nu om twee vernieuwende initiatieven te kiezen en daar concreet invulling "
        "aan te geven: wat kunnen we concreet oppakken en wie zou dat kunnen doen? Hoe verhoudt zich dat tot de manier "
        "van werken die de school wil (organisatieprincipes)?",
    )
    sheet.table(SAMENVATTING_KOLOMMEN, sheet.take(), widths=[1, 1.5, 1.5], notes=True)
    return sheet.board


def kansen() -> Board:
    sheet = _sheet(
        "kansen-werkdrukverlaging",
        "Hoe kan werkdruk worden verlaagd?",
        "stap-5",
        description="In kaart brengen van ict-kansen en overige verbeterkansen",
    )
    sheet.columns(KANSEN_KOLOMMEN, sheet.take())
    return sheet.board


def resultaten() -> Board:
    sheet = _sheet(
        "resultaten",
        "Wat levert vernieuwend werken op voor medewerkers en leerlingen?",
        "stap-6",
        description="Anderhalve maand na sessie 2 bespreekt de supportgroep hoe de school verder gaat met de "
        "resultaten van ‘Vernieuwend werken’.",
    )
    sheet.columns(RESULTATEN_KOLOMMEN, sheet.take())
    return sheet.board


BUILDERS = [
    waarom_hoe_wat,
    wie_zijn_blij,
    brown_paper,
    werkdruk_subgroep,
    batenlogica,
    waar_werkdruk,
    beleidsthema_inventarisatie,
    samenvatting,
    kansen,
    resultaten,
]
