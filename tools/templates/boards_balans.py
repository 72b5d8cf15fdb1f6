"""Vernieuwend werken — SWS Balans ("Meer ict, minder werkdruk?", praktijkvoorbeeld 2)."""

from __future__ import annotations

import itertools

from template_layout import WERKDRUK, Sheet, new_board, vsplit

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
INVENTARISATIE_KOLOMMEN = ["Wat doen we al?", "Welke vernieuwende initiatieven zijn er te bedenken?"]
SELECTIE = "SELECTIE VAN TWEE (VERNIEUWENDE) INITIATIEVEN OM CONCREET MEE AAN DE SLAG TE GAAN"
UITWERKING = "Welke activiteiten ondernemen we? Wie kan dat oppakken?"

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


def waarom_hoe_wat() -> Board:
    sheet = _sheet(
        "waarom-hoe-wat",
        "Waarom, hoe, wat",
        "stap-1",
        orientation="portrait",
        question="Vernieuwend werken is het werken vanuit de bedoeling van de organisatie",
        description="Het schema van ‘Vernieuwend werken’: wat de bedoeling is van de organisatie "
        "(waarom?), volgens welke organisatieprincipes ze aan de bedoeling willen werken "
        "(hoe?) en welke concrete initiatieven opgepakt kunnen worden (wat?).",
    )
    sheet.rows(
        [{"label": label, "question": f"{label} {question}"} for label, question in WAAROM_HOE_WAT], sheet.take()
    )
    return sheet.board


def wie_zijn_blij() -> Board:
    sheet = _sheet(
        "wie-zijn-blij-als",
        "Wie zijn blij als…",
        "stap-2",
        paper="A0",
        question=WIE_ZIJN_BLIJ,
        description="Sessie 1, ronde 2: subgroepen per stakeholder beantwoorden de vraag ‘Waar word je "
        "blij van?’, eerst individueel, dan als één gezamenlijke formulering.",
    )
    sheet.rows(
        [{"label": label, "question": question} for label, question in STAKEHOLDERS], sheet.take(), ZoneKind.LANE
    )
    return sheet.board


def brown_paper() -> Board:
    sheet = _sheet(
        "brown-paper-nieuwe-mogelijkheden",
        "Brown paper: nieuwe mogelijkheden",
        "stap-2",
        paper="2000x900",
        question=NIEUWE_MOGELIJKHEDEN,
        description="Sessie 1, ronde 3: de deelnemers schrijven ideeën voor nieuwe mogelijkheden op "
        "post-its en verzamelen en clusteren ze op het brown paper.",
    )
    sheet.zone("Nieuwe mogelijkheden", sheet.take(), ZoneKind.FREE_AREA, question=NIEUWE_MOGELIJKHEDEN)
    return sheet.board


def werkdruk_subgroep() -> Board:
    sheet = _sheet(
        "werkdruk-subgroep",
        "Waar ervaren de deelnemers werkdruk?",
        "stap-2",
        orientation="portrait",
        description="Aan het einde van het gesprek in ronde 3 wordt expliciet geïnventariseerd op een "
        "apart papier waar de deelnemers in de subgroep werkdruk ervaren.",
    )
    sheet.dot_legend()
    sheet.zone(
        "Waar ervaren de deelnemers in de subgroep werkdruk?",
        sheet.take(),
        ZoneKind.FREE_AREA,
        id="werkdruk",
        dots=[WERKDRUK],
    )
    return sheet.board


def batenlogica() -> Board:
    sheet = _sheet(
        "batenlogica",
        "Batenlogica",
        "stap-3",
        paper="A0",
        description="Een oorzaak-gevolgdiagram dat uitgaat van de beoogde doelen (bedoeling) en "
        "systematisch terug redeneert naar wat nodig is om te werken aan deze bedoeling. "
        "Teken pijlen van oplossingen en activiteiten naar de beleidsthema’s en de "
        "bedoeling waaraan ze bijdragen. (De oorspronkelijke figuur, Afbeelding 2.2, is "
        "niet bewaard.)",
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
        description="De facilitator ordent de antwoorden op de vragen naar de werkdruk: welke passen "
        "bij het werken aan de bedoeling, welke komen voort uit de organisatie en manier van "
        "werken? Tel per kolom.",
    )
    sheet.dot_legend()
    sheet.columns(WERKDRUK_KOLOMMEN, sheet.take(), dots=[WERKDRUK])
    return sheet.board


def beleidsthema_inventarisatie() -> Board:
    sheet = _sheet(
        "beleidsthema-inventarisatie",
        "Inventarisatie beleidsthema",
        "stap-5",
        paper="A0",
        orientation="portrait",
        question=INVENTARISATIE,
        description="Sessie 2: één vel per beleidsthema. Ronde 2: wat doen we al en welke vernieuwende "
        "initiatieven zijn er te bedenken? Ronde 3: kies twee initiatieven en geef er concreet "
        "invulling aan.",
    )
    sheet.zone("Beleidsthema", sheet.take(60), ZoneKind.FREE_AREA, id="beleidsthema")
    top, bottom = vsplit(sheet.take(), [1.4, 1])
    sheet.columns([{"label": label, "question": label} for label in INVENTARISATIE_KOLOMMEN], top)
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
        "Samenvatting beleidsthema’s",
        "stap-5",
        paper="A0",
        description="Per beleidsthema de geselecteerde initiatieven en hoe de (nieuwe) "
        "organisatieprincipes worden toegepast.",
    )
    sheet.table(SAMENVATTING_KOLOMMEN, sheet.take(), widths=[1, 1.5, 1.5], notes=True)
    return sheet.board


def kansen() -> Board:
    sheet = _sheet(
        "kansen-werkdrukverlaging",
        "Hoe kan werkdruk worden verlaagd?",
        "stap-5",
        description="In kaart brengen van ict-kansen en overige verbeterkansen voor werkdrukverlaging. Tel per kolom.",
    )
    sheet.columns(KANSEN_KOLOMMEN, sheet.take())
    return sheet.board


def resultaten() -> Board:
    sheet = _sheet(
        "resultaten",
        "Resultaten",
        "stap-6",
        description="Wat ‘Vernieuwend werken’ oplevert voor medewerkers en voor leerlingen.",
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
