"""Value Stream Mapping stappenplan "VERBETERING IN BEELD" — OBS Akkrum.

From "Meer ict, minder werkdruk?", praktijkvoorbeeld 1.
"""

from __future__ import annotations

from template_layout import GAP, Sheet, hsplit, new_board, split, vsplit

from boards.geometry import Rect
from boards.model import Board, LegendEntry, VsmSymbol, ZoneKind

METHOD = "verbetering-in-beeld"
A1 = "A1"
VSM_ROLL = "2000x900"

VSM_SYMBOLS = [
    VsmSymbol.PERSOON,
    VsmSymbol.PROCESSTAP,
    VsmSymbol.PROBLEEM,
    VsmSymbol.DATA,
    VsmSymbol.IDEE,
    VsmSymbol.VERSTORING,
    VsmSymbol.WACHT,
    VsmSymbol.ICT,
    VsmSymbol.EXTERN,
]

BRAINSTORM_QUESTIONS = [
    "Wat gaat er goed?",
    "Waar bent u trots op?",
    "Waar zit de pijn als het gaat om het thema ‘Werkdruk’?",
]

WERKDRUK_ASPECTS = ["Afhankelijkheid", "Inhoud", "Autonomie"]
WERKDRUK_DEFINITIONS = [
    "Werkdruk ontstaat door afhankelijkheid van anderen/de situatie.",
    "Werkdruk ontstaat door de inhoud van de taak.",
    "Werkdruk ontstaat door zaken waar men zelf invloed op heeft.",
]
WERKDRUK_INTRO = "Werkdruk wordt gedefinieerd volgens één van deze drie aspecten:"
FREQUENCIES = ["Dagelijks", "Maandelijks", "Jaarlijks"]

SELECTIE_CRITERIA = [
    "Neemt de eigenaar van het proces deel aan de workshops?",
    "Is er support en enthousiasme vanuit andere collega’s?",
    "Is het proces te observeren binnen twee maanden?",
]

OBSERVATIE_AANDACHTSPUNTEN = [
    (
        "Observeer activiteiten:",
        [
            "Hoe verloopt de start?",
            "Hoe verloopt de afronding?",
            "Is duidelijk waarom de activiteit op dat moment nodig is?",
            "Voegt de activiteit waarde toe?",
        ],
    ),
    (
        "Observeer tijdsbesteding aan:",
        [
            "Losse activiteiten (waardevol en niet-waardevol)",
            "Wachten, zoeken, voorbereiden, overleggen, etc.",
        ],
    ),
    (
        "Observeer afhankelijkheden:",
        [
            "Verstoringen van activiteiten",
            "Onduidelijkheden m.b.t. correct uitvoeren activiteiten",
            "Herhaaldelijk uitvoeren van vergelijkbare activiteiten",
            "Invloed van omgeving op activiteiten",
            "Oorsprong van vertraging",
        ],
    ),
]

VSM_ZONES = ["Inputzijde", "Besturingszijde", "Proceszijde", "Datazijde", "Outputzijde"]

PROBLEMEN_INTRO = "Ieder probleem wordt geplaatst onder één van deze drie stappen:"
PROBLEMEN_KOLOMMEN = [
    ("Voorbereiding", "Het probleem ontstaat tijdens de voorbereiding van het proces."),
    ("Uitvoering", "Het probleem ontstaat tijdens de uitvoering van het proces."),
    ("Evaluatie/reflectie", "Het probleem ontstaat door de gestelde eisen aangaande het proces."),
]

IDEEEN_INTRO = "Voor ieder probleem wordt ten minste één idee geplaatst onder deze vier vlakken:"
IDEEEN_KWADRANTEN = [
    ("Organisatie", "Het probleem is op te lossen door iets in de structuur van het proces aan te passen."),
    ("ict", "Het probleem is op te lossen met behulp van ict."),
    ("Samenwerking", "Samenwerking vermindert het probleem."),
    ("Persoonlijk", "Individuele acties verminderen het probleem."),
]

ACTIEPUNTEN_HEADER = "Naam werkdrukveroorzakend proces"
ACTIEPUNTEN_KOLOMMEN = ["Nr.", "Concreet actiepunt", "Initiatiefnemer"]


def _sheet(
    id: str,
    title: str,
    step: str,
    *,
    paper: str = A1,
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


def brainstorm() -> Board:
    sheet = _sheet(
        "brainstorm",
        "Brainstorm",
        "brainstorm",
        description="Onderstaande vragen worden klassikaal behandeld en de antwoorden worden opgeschreven. "
        "Het is belangrijk eerst stil te staan bij wat er goed gaat alvorens de pijnpunten te bespreken. Zo "
        "blijft een positieve houding aanwezig.",
    )
    sheet.columns([{"label": q, "question": q} for q in BRAINSTORM_QUESTIONS], sheet.take())
    return sheet.board


def _werkdruk_matrix(id: str, title: str, description: str, definitions: bool) -> Board:
    """Afhankelijkheid/Inhoud/Autonomie × Dagelijks/Maandelijks/Jaarlijks; the Werkdruk-frequentiematrix
    sheet also prints the three definitions, the Procesmatrix sheet only the axes."""
    sheet = _sheet(id, title, "brainstorm", description=description)
    if not definitions:
        sheet.matrix(WERKDRUK_ASPECTS, FREQUENCIES, sheet.take())
        return sheet.board
    sheet.matrix(
        WERKDRUK_ASPECTS, FREQUENCIES, sheet.take(sheet.remaining() - 70 - GAP), col_definitions=WERKDRUK_DEFINITIONS
    )
    definitions_band = sheet.take()
    intro, *parts = hsplit(definitions_band, [1.2, 1, 1, 1])
    sheet.text(WERKDRUK_INTRO, intro, bold=True)
    for (label, definition), rect in zip(zip(WERKDRUK_ASPECTS, WERKDRUK_DEFINITIONS), parts):
        sheet.text(f"{label}: {definition}", rect, id="definitie-" + label.lower())
    return sheet.board


def werkdruk_frequentiematrix() -> Board:
    return _werkdruk_matrix(
        "werkdruk-frequentiematrix",
        "Werkdruk-frequentiematrix",
        "Vervolgens brengt het team de processen onder in een zogeheten Werkdruk-frequentiematrix, een aangepast "
        "werkdruk-model van TNO uit 2012. Hiermee achterhalen ze hoe vaak en in welke context de taken en "
        "opdrachten zich voordoen.",
        definitions=True,
    )


def procesmatrix_stappenplan() -> Board:
    return _werkdruk_matrix(
        "procesmatrix-stappenplan",
        "Procesmatrix",
        "De pijnpunten worden gedefinieerd, gegroepeerd en gewaardeerd aan de hand van twee matrices: de "
        "Procesmatrix en de Werkdruk-frequentiematrix.",
        definitions=False,
    )


def procesmatrix() -> Board:
    sheet = _sheet(
        "procesmatrix",
        "Matrix met twee dimensies",
        "brainstorm",
        description="Na het inventariseren van de onderwerpen krijgen de leraren de opdracht om de onderwerpen "
        "in een matrix met twee dimensies te plaatsen: ‘niet nuttig - nuttig’ en ‘kost veel tijd - ‘kost weinig "
        "tijd’. Processen in de categorie ‘niet nuttig’ vallen af.",
    )
    sheet.matrix(["niet nuttig", "nuttig"], ["kost veel tijd", "kost weinig tijd"], sheet.take(), label_width=90)
    for zone in sheet.board.zones:
        zone.kind = ZoneKind.QUADRANT
    return sheet.board


def selectie() -> Board:
    sheet = _sheet(
        "selectie",
        "Selectie",
        "brainstorm",
        description="Uit de geïdentificeerde pijnpunten wordt een selectie gemaakt. Deze geselecteerde "
        "pijnpunten zullen in de workshopreeks behandeld worden. Voor deze selectie wordt gebruik gemaakt van de "
        "volgende criteria:",
    )
    sheet.table(["Pijnpunten", *SELECTIE_CRITERIA], sheet.take(), widths=[1.6, 1, 1, 1])
    return sheet.board


def observatie_aandachtspunten() -> Board:
    sheet = _sheet(
        "observatie-aandachtspunten",
        "Aandachtspunten observatie",
        "observatie",
        description="Doel: Objectief beeld krijgen van de huidige situatie",
    )
    sheet.columns(
        [{"label": label, "definition": "\n".join(points)} for label, points in OBSERVATIE_AANDACHTSPUNTEN],
        sheet.take(),
    )
    return sheet.board


def aantekeningen_interpretatie() -> Board:
    sheet = _sheet(
        "aantekeningen-interpretatie",
        "Aantekeningen interpretatie",
        "interpretatie",
        description="Noteer per processtap de tijden van het fragment en geef dit fragment een duidelijke naam.\n"
        "Maak een selectie van 5-10 meest relevante fragmenten voor de komende workshop.",
    )
    sheet.table(["Fragment", "Titel", "Relevantie"], sheet.take(), widths=[1, 2.5, 1.5])
    return sheet.board


def problemen() -> Board:
    sheet = _sheet(
        "problemen",
        "Problemen",
        "value-stream-mapping",
        orientation="portrait",
        description="Plaats twee postervellen met markers voor problemen en ideeën.",
    )
    sheet.zone("Ruimte voor noteren van problemen:", sheet.take(), ZoneKind.FREE_AREA, id="problemen")
    return sheet.board


def ideeen() -> Board:
    sheet = _sheet(
        "ideeen",
        "Ideeën",
        "value-stream-mapping",
        orientation="portrait",
        description="Laat problemen en ideeën voor verbetering opschrijven op de vellen.",
    )
    sheet.zone("Ruimte voor noteren van ideeën ter verbetering:", sheet.take(), ZoneKind.FREE_AREA, id="ideeen")
    return sheet.board


def vsm_schema() -> Board:
    sheet = _sheet(
        "vsm-schema",
        "VSM-schema",
        "value-stream-mapping",
        paper=VSM_ROLL,
        description="Laat de deelnemers bepalen wie de klant, de leverancier, andere actoren en ict-systemen "
        "zijn van het proces. Noteer deze in het VSM-schema.",
    )
    area = sheet.take()
    map_area, legend_area = hsplit(area, [area.width - 230, 230 - GAP])
    input_col, middle, output_col = hsplit(map_area, [280, map_area.width - 560, 280])
    besturing, proces, data = vsplit(middle, [1, 2.2, 1])
    zones = {
        "Inputzijde": input_col,
        "Besturingszijde": besturing,
        "Proceszijde": proces,
        "Datazijde": data,
        "Outputzijde": output_col,
    }
    made = {label: sheet.zone(label, rect, ZoneKind.LANE) for label, rect in zones.items()}
    for label, actor, outer in (
        ("LEVERANCIER", "leverancier", made["Inputzijde"]),
        ("KLANT", "klant", made["Outputzijde"]),
    ):
        box = outer.rect
        inner = Rect(box.x + 20, box.y + box.height / 2 - 110, box.width - 40, 220)
        zone = sheet.zone(label, inner, ZoneKind.CELL, id=actor, parent=outer)
        sheet.symbol(
            VsmSymbol.PERSOON, Rect(inner.x + inner.width / 2 - 30, inner.y + 40, 60, 60), label, id="symbool-" + actor
        )
        assert zone.rect.contains_rect(sheet.board.elements[-1].rect)
    sheet.arrow("leverancier", "proceszijde")
    sheet.arrow("proceszijde", "klant")
    sheet.legend(
        legend_area,
        "VSM-symbolen",
        [LegendEntry(symbol.value, symbol=symbol) for symbol in VSM_SYMBOLS],
        dot_kinds=False,
    )
    return sheet.board


def vsm_symbolen() -> Board:
    sheet = _sheet(
        "vsm-symbolen",
        "VSM-symbolen",
        "value-stream-mapping",
        description="Plaats alle problemen die naar boven zijn gekomen tijdens het bekijken van de "
        "videofragmenten. Geef deze weer met een ster.\nVoeg eventuele andere problemen toe.\nGeef eventuele "
        "oplossingen weer in een wolk.",
    )
    cells = split(sheet.take(), 3, 3, GAP * 3)
    for symbol, cell in zip(VSM_SYMBOLS, cells):
        side = min(cell.width, cell.height - 40) * 0.7
        sheet.symbol(symbol, Rect(cell.x + (cell.width - side) / 2, cell.y, side, side), id="symbool-" + symbol.value)
        sheet.text(
            symbol.value,
            Rect(cell.x, cell.y + side + 5, cell.width, 30),
            align="center",
            size=28,
            id="label-" + symbol.value,
        )
    return sheet.board


def problemen_lokaliseren() -> Board:
    sheet = _sheet(
        "problemen-lokaliseren",
        "Problemen lokaliseren",
        "verandering",
        description="Laat de deelnemers elk probleem in één van de kolommen van het postervel ‘Problemen "
        "lokaliseren’ plaatsen: ‘voorbereiding’, ‘uitvoering’ of ‘evaluatie’.\nBekijk met de deelnemers in welk "
        "gebied de meeste problemen zich voordoen.",
    )
    sheet.text(PROBLEMEN_INTRO, sheet.take(30), bold=True)
    sheet.columns(
        [{"label": label, "definition": definition} for label, definition in PROBLEMEN_KOLOMMEN], sheet.take()
    )
    return sheet.board


def ideeen_genereren() -> Board:
    sheet = _sheet(
        "ideeen-genereren",
        "Ideeën genereren",
        "verandering",
        description="Laat de deelnemers voor elk probleem ten minste één oplossing bedenken.\nLaat deze ideeën "
        "in het kwadrant ‘Ideeën genereren’ noteren onder ‘organisatie’, ‘ict’, ‘persoonlijk’ of ‘samenwerken’.\n"
        "Bespreek alle ideeën en bepaal welke te realiseren zijn.",
    )
    sheet.text(IDEEEN_INTRO, sheet.take(30), bold=True)
    sheet.quadrants(
        [{"label": label, "definition": definition} for label, definition in IDEEEN_KWADRANTEN], sheet.take()
    )
    return sheet.board


def actiepunten() -> Board:
    sheet = _sheet(
        "actiepunten",
        "Actiepunten presenteren",
        "verandering",
        orientation="portrait",
        description="Maak een lijst van deze concrete actiepunten en communiceer deze met collega’s die niet "
        "aan de workshop hebben deelgenomen.\nBenoem leiders/verantwoordelijken per actiepunt.",
    )
    sheet.zone(ACTIEPUNTEN_HEADER, sheet.take(70), ZoneKind.FREE_AREA, id="proces")
    sheet.table(ACTIEPUNTEN_KOLOMMEN, sheet.take(), widths=[0.5, 4, 1.6])
    return sheet.board


BUILDERS = [
    brainstorm,
    werkdruk_frequentiematrix,
    procesmatrix,
    procesmatrix_stappenplan,
    selectie,
    observatie_aandachtspunten,
    aantekeningen_interpretatie,
    problemen,
    ideeen,
    vsm_schema,
    vsm_symbolen,
    problemen_lokaliseren,
    ideeen_genereren,
    actiepunten,
]
