"""Supporting boards from the four other publications.

"Toolkit voor zmolk-directie, -management en -staf" describes a cycle of five
steps, so its boards form the method "zmolk-borgen-van-innovatie"; "Ruimte voor
ontwikkeling in wijkteams" describes three procedures with steps (leerKRACHT,
actieleren, waarderend organiseren), each a method of its own; the boards of
"Ruimte voor ontwikkeling in wijkteams", "1 + 1 = 3" and "Zeven bouwstenen voor
innovatie en vernieuwing" without a step plan are listed under "overig" (method None).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from template_layout import GAP, Sheet, hsplit, new_board, slug, split, vsplit
from template_methods import EEN_PLUS_EEN, RUIMTE_WIJKTEAMS, ZEVEN_BOUWSTENEN, ZMOLK_TOOLKIT

from boards.colors import DOT_BLUE, DOT_GREEN, DOT_ORANGE, DOT_RED
from boards.geometry import Rect
from boards.model import Board, DotKind, ZoneKind

ZMOLK = "zmolk-borgen-van-innovatie"
LEERKRACHT = "leerkracht"
ACTIELEREN = "actieleren"
WAARDEREND = "waarderend-organiseren"

INSCHATTING = DotKind("inschatting", "inschatting", DOT_BLUE)
KEUZE = DotKind("keuze", "keuze", DOT_BLUE)


def _sheet(
    id: str,
    title: str,
    *,
    method: str | None = None,
    step: str | None = None,
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
            method=method,
            step=step,
            question=question,
            description=description,
        )
    )


# --- Toolkit voor zmolk-directie, -management en -staf -------------------------------------------

CYCLISCHE_STAPPEN = [
    (
        "1. Doel",
        "Doelgerichtheid leidt tot actie en activering leidt tot leren en opbrengst. Hoe duidelijker het doel "
        "en de mogelijke opbrengsten, hoe groter de kans dat de professionals de aanpak eigen maken.",
    ),
    (
        "2. Denken over het resultaat",
        "Denken over het resultaat laat je stilstaan bij de praktijk zoals die op de werkvloer is; wat zijn reële "
        "verwachtingen over het behalen van de doelen? Hoe passen doelen zo goed mogelijk bij de huidige werkwijze, "
        "waarden en normen van betrokkenen?",
    ),
    (
        "3. Proces ontlokken",
        "Door ‘ontlokkers’ (opdrachten en werkvormen die het leerproces in de praktijk beïnvloeden) wisselen "
        "professionals op stimulerende manieren kennis en ervaring uit; ze leren van en met elkaar. Ontlokkers zijn "
        "belangrijke tools in kennisproductiviteit.",
    ),
    (
        "4. Proces monitoren",
        "Door de uitvoering van de basisaanpak te monitoren, resultaten te bespreken en werkwijzen bij te stellen, "
        "werk "
        "je gezamenlijk volgens de visie van de organisatie.",
    ),
    (
        "5. Borging in het beleid en inbedding in kwaliteitscyclus",
        "Behalve in het handelen van de professionals, dient de basisaanpak ook ingebed te worden in het beleid en de "
        "gehanteerde kwaliteitscyclus van de organisatie.",
    ),
]


def vijf_cyclische_stappen() -> Board:
    sheet = _sheet(
        "vijf-cyclische-stappen",
        "Vijf cyclische stappen (borgen van innovatie)",
        method=ZMOLK,
        step="doel",
        paper="A0",
        description="De vijf stappen in de voortdurende, cyclische vernieuwing in een lerende organisatie, "
        "van doelbepaling tot het borgen in het beleid. De cyclus herhaalt zich; noteer per "
        "stap wat er gebeurt en wat er nog nodig is.",
    )
    area = sheet.take()
    top, bottom = vsplit(area, [1, 1], gap=60)
    zones = sheet.grid(
        [
            {"label": label, "definition": text, "id": f"stap-{nr}"}
            for nr, (label, text) in enumerate(CYCLISCHE_STAPPEN[:3], start=1)
        ],
        3,
        top,
        gap=60,
    )
    left, right = hsplit(bottom, [1, 1], gap=60)
    zones += [
        sheet.zone(
            CYCLISCHE_STAPPEN[4][0],
            Rect(left.x + left.width / 4, left.y, left.width * 3 / 4, left.height),
            id="stap-5",
            definition=CYCLISCHE_STAPPEN[4][1],
        ),
        sheet.zone(
            CYCLISCHE_STAPPEN[3][0],
            Rect(right.x, right.y, right.width * 3 / 4, right.height),
            id="stap-4",
            definition=CYCLISCHE_STAPPEN[3][1],
        ),
    ]
    for source, target in (
        ("stap-1", "stap-2"),
        ("stap-2", "stap-3"),
        ("stap-3", "stap-4"),
        ("stap-4", "stap-5"),
        ("stap-5", "stap-1"),
    ):
        sheet.arrow(source, target)
    return sheet.board


DOEL_OPDRACHT = [
    (
        "Wat is het doel dat je beoogt bij de medewerkers, ten aanzien van kernconsequenties voor het handelen? "
        "Periode: de komende drie maanden.",
        "Doel",
    ),
    ("Welke acties zijn nodig om dat te behalen?", "Actie"),
    ("Welke opbrengsten genereer je? Evalueer dit na een aantal weken.", "Opbrengst"),
]


def doel_opdracht() -> Board:
    sheet = _sheet(
        "doel-opdracht",
        "Doel-opdracht",
        method=ZMOLK,
        step="doel",
        question="Wat is het doel? Welke actie volgt? Wat is de opbrengst?",
        description="Faciliteer het experimenteren van de medewerkers: per rij het doel, de acties en de "
        "opbrengsten, voor de kernconsequenties menselijk functioneren en voor de ruimte.",
    )
    for (question, word), band in zip(DOEL_OPDRACHT, vsplit(sheet.take(), [1, 1, 1])):
        label_rect, left, right = hsplit(band, [1.2, 1, 1])
        sheet.text(question, label_rect, bold=True, id="vraag-" + word.lower())
        sheet.zone(
            f"{word} kernconsequenties menselijk functioneren:",
            left,
            ZoneKind.CELL,
            question=question,
            id=f"{word.lower()}-menselijk-functioneren",
        )
        sheet.zone(f"{word} ruimte:", right, ZoneKind.CELL, question=question, id=f"{word.lower()}-ruimte")
    return sheet.board


WERKPLAATS_VRAGEN = [
    "Is er in deze situatie op basis van de principes van de basisaanpak gehandeld?",
    "Wat waren de succesfactoren?",
    "Wat ging er anders dan beschreven in de basisaanpak?",
    "Wat was het resultaat?",
    "Wat leren we ervan met betrekking tot de principes van de basisaanpak?",
    "Is bijstelling gewenst?",
    "Zo ja, kunnen we dat theoretisch onderbouwen?",
]


def methodische_werkplaats() -> Board:
    sheet = _sheet(
        "methodische-werkplaats",
        "De Methodische Werkplaats",
        method=ZMOLK,
        step="denken-over-het-resultaat",
        paper="A0",
        description="2,5 uur met vier tot zes deelnemers; maximaal drie casussen van 45 tot 60 minuten. Per "
        "afgesloten situatie wordt stap voor stap de methodische werkwijze doorgenomen; de "
        "voorzitter zorgt dat conclusies worden vastgelegd.",
    )
    sheet.matrix(
        ["Casus 1", "Casus 2", "Casus 3"],
        WERKPLAATS_VRAGEN,
        sheet.take(),
        label_width=230,
        cell_label=lambda col, row: f"{col}: {row}",
    )
    return sheet.board


KWALITEITSBORGING_VRAGEN = [
    "Op welke wijze wordt in uw organisatie de kwaliteitsborging gerealiseerd?",
    "Hoe legt u afspraken vast met het team?",
    "Is de Methodische Werkplaats een aanvulling op wat er al is en wilt u het inzetten?",
]


def kwaliteitsborging() -> Board:
    sheet = _sheet(
        "kwaliteitsborging-methodische-werkplaats",
        "Kwaliteitsborging – Methodische Werkplaats",
        method=ZMOLK,
        step="borging",
        description="De Methodische Werkplaats is een manier om kwaliteit van handelen te borgen.",
    )
    sheet.columns([{"label": q, "question": q} for q in KWALITEITSBORGING_VRAGEN], sheet.take())
    return sheet.board


BUURVROUW_VRAGEN = ["Wat gebeurde er?", "Wat deed de professional?", "Welk gewenst effect had dit?"]


def kijken_bij_de_buurvrouw() -> Board:
    sheet = _sheet(
        "kijken-bij-de-buurvrouw",
        "Kijken bij de buurvrouw",
        method=ZMOLK,
        step="proces-ontlokken",
        orientation="portrait",
        description="Je gaat een tijdje observeren in een andere klas. Focus op dat wat volgens jou goed "
        "werkte en geef feedback over (minimaal) drie handelingen die goed gingen of het "
        "gewenste effect hadden. Formuleer actiepunten voor jezelf.",
    )
    area = sheet.take()
    blocks = vsplit(area, [1, 1, 1, 0.9])
    for nr, block in enumerate(blocks[:3], start=1):
        heading, cells = vsplit(block, [22, block.height - 22 - 4], gap=4)
        group = sheet.group(f"Observatie {nr}: Dit werkte goed!", heading, id=f"observatie-{nr}")
        sheet.grid(
            [{"label": q, "id": f"observatie-{nr}-{i}"} for i, q in enumerate(BUURVROUW_VRAGEN, start=1)],
            3,
            cells,
            group=group,
        )
    heading, rows = vsplit(blocks[3], [22, blocks[3].height - 22 - 4], gap=4)
    group = sheet.group("Actieplan: Ik ga de komende (aantal) weken het volgende uitproberen:", heading, id="actieplan")
    sheet.rows([{"label": f"{nr}.", "id": f"actie-{nr}"} for nr in range(1, 4)], rows, group=group, gap=4)
    return sheet.board


LEERFUNCTIES = [
    "Het verwerven van materiedeskundigheid",
    "Experimenteren met probleem-oplos-aanpakken",
    "Het ontwikkelen van reflectieve vaardigheden en metacognities",
    "Verwerven van communicatieve en sociale vaardigheden",
    "Reguleren van motivatie en emoties",
    "Rust en stabiliteit",
    "Creatieve onrust",
]
LEERFUNCTIES_KOP = "Mogelijkheden voor het inrichten van de werkomgeving om die leerfunctie te ondersteunen"


def zeven_leerfuncties() -> Board:
    sheet = _sheet(
        "zeven-leerfuncties",
        "Het leerplan van een organisatie: zeven leerfuncties",
        method=ZMOLK,
        step="proces-ontlokken",
        paper="A0",
        orientation="portrait",
        question="Welke (extra) mogelijkheden ziet u om in de eigen organisatie de werkomgeving in te "
        "richten als een krachtige leeromgeving?",
        description="Per leerfunctie de mogelijkheden voor het inrichten van de werkomgeving. Ga actief aan "
        "de slag met enkele leerfuncties en reflecteer na een aantal weken. De opbrengsten van "
        "‘Kijken bij de buurvrouw’ zijn ook per leerfunctie te ordenen.",
    )
    group = sheet.group(LEERFUNCTIES_KOP, sheet.take(24, gap=4), id="mogelijkheden")
    table, follow_up = vsplit(sheet.take(), [5, 1])
    for nr, (label, band) in enumerate(zip(LEERFUNCTIES, split(table, 1, len(LEERFUNCTIES))), start=1):
        sheet.zone(f"{nr}. {label}", band, ZoneKind.ROW, id=f"leerfunctie-{nr}", group=group)
    sheet.columns(
        [
            {"label": q, "question": q}
            for q in ("Welke van de leerfuncties heeft u opgepakt?", "Wat heeft het opgeleverd?")
        ],
        follow_up,
        ZoneKind.CELL,
    )
    return sheet.board


ROGERS = [
    ("Innovators", 2.5),
    ("Early Adopters", 13.5),
    ("Early Majority", 34.0),
    ("Late Majority", 34.0),
    ("Laggards", 16.0),
]


def rogers_adoptiecurve() -> Board:
    sheet = _sheet(
        "rogers-adoptiecurve",
        "Professionals en innovatie: de vijf typen van Rogers",
        method=ZMOLK,
        step="proces-monitoren",
        question="Hoe zijn de professionals die de basisaanpak uitvoeren verdeeld over deze typen? Maak een "
        "grove schatting in percentages. Gaat bovenstaande verdeling op voor uw organisatie?",
        description="De vijf menstypen van Rogers met hun aandeel in een populatie (2,5 / 13,5 / 34 / 34 / "
        "16 %). Elke deelnemer plakt per professional een stip bij het type; vergelijk de "
        "schatting daarna met de referentieverdeling.",
    )
    sheet.dot_legend()
    area = sheet.take(sheet.remaining() - 40 - GAP)
    axis = sheet.take()
    for (label, percent), column in zip(ROGERS, split(area, len(ROGERS), 1)):
        height = column.height * (0.45 + 0.55 * percent / 34.0)
        rect = Rect(column.x, column.bottom - height, column.width, height)
        sheet.zone(
            label,
            rect,
            ZoneKind.COLUMN,
            reference_percent=percent,
            dots=[INSCHATTING],
            definition=f"{percent:g} %".replace(".", ","),
        )
    sheet.text("Tijd", axis, bold=True, align="center", id="tijd")
    return sheet.board


MENSELIJK_FUNCTIONEREN = [
    "I Verstandelijke mogelijkheden",
    "II Adaptief gedrag",
    "III Gezondheid",
    "IV Participatie, interactie & Sociale rollen",
    "V Context",
]


def model_menselijk_functioneren() -> Board:
    sheet = _sheet(
        "model-menselijk-functioneren",
        "Model menselijk functioneren",
        method=ZMOLK,
        step="doel",
        description="Het model van menselijk functioneren (ontleend aan AAIDD-2010): niet zozeer de "
        "diagnostische kenmerken van een leerling, maar zijn dagelijks functioneren. Noteer "
        "per dimensie wat opvalt; daaruit is de ondersteuningsbehoefte af te lezen.",
    )
    dimensions, support, functioning = hsplit(sheet.take(), [1.3, 1, 1], gap=50)
    zones = sheet.rows(
        [{"label": label, "id": f"dimensie-{nr}"} for nr, label in enumerate(MENSELIJK_FUNCTIONEREN, start=1)],
        dimensions,
        ZoneKind.CELL,
    )
    sheet.zone("Ondersteuning", support, ZoneKind.CELL)
    sheet.zone("Functioneren", functioning, ZoneKind.CELL)
    for zone in zones:
        sheet.arrow(zone.id, "ondersteuning")
    sheet.arrow("ondersteuning", "functioneren")
    return sheet.board


DENK_BETROKKENEN = ["uitvoerende professionals", "uzelf en andere ondersteuners", "leerlingen", "ouders", "anderen"]


def denk_opdracht() -> Board:
    sheet = _sheet(
        "denk-opdracht",
        "Denk-opdracht",
        method=ZMOLK,
        step="denken-over-het-resultaat",
        orientation="portrait",
        question="Gezien de feitelijke situatie op de werkvloer: welke resultaten verwacht u op basis van de "
        "ingezette acties?",
        description="Welk resultaat verwacht u bij de betrokkenen, voor de kernconsequenties menselijk "
        "functioneren en voor de ruimte? Vergelijk met de verwachte opbrengsten uit de "
        "doel-opdracht (stap 1).",
    )
    acties, matrix_area, slot = vsplit(sheet.take(), [1, 3.2, 1])
    heading, cells = vsplit(acties, [22, acties.height - 22 - 4], gap=4)
    group = sheet.group("Welke acties zijn door uw collega’s uitgezet?", heading, id="acties")
    sheet.columns(
        [
            {"label": "Actie kernconsequenties menselijk functioneren:", "id": "actie-menselijk-functioneren"},
            {"label": "Actie ruimte:", "id": "actie-ruimte"},
        ],
        cells,
        ZoneKind.CELL,
        group=group,
    )
    sheet.matrix(
        ["Kernconsequenties menselijk functioneren", "Ruimte:"],
        DENK_BETROKKENEN,
        matrix_area,
        label_width=110,
        cell_label=lambda col, row: f"{col.rstrip(':')} – {row}",
    )
    sheet.zone(
        "Als u de gestelde doelen wilt bereiken: wat kunt u doen door zo goed mogelijk aan te sluiten bij de "
        "huidige werkwijze, waarden en normen van betrokkenen?",
        slot,
        ZoneKind.FREE_AREA,
        id="aansluiten",
    )
    return sheet.board


KESSELS = ["1. Het creëren van een constructief sociaal klimaat", "2. Benutten van passie en motivatie"]


def kessels_leervoorwaarden() -> Board:
    sheet = _sheet(
        "kessels-leervoorwaarden",
        "Verleiden tot kennisproductiviteit: twee leervoorwaarden (Kessels)",
        method=ZMOLK,
        step="proces-ontlokken",
        question="Ga na welke acties u al hebt ingezet of nog zou willen inzetten om de twee "
        "leervoorwaarden van Kessels te realiseren.",
        description="Kessels noemt twee leervoorwaarden als conditie voor kennisproductiviteit in de "
        "organisatie. Noteer per leervoorwaarde de acties die al zijn ingezet en die u nog wilt "
        "inzetten; alleen, met collega’s of met uw samenwerkingspartner.",
    )
    sheet.matrix(
        ["Al ingezet", "Nog inzetten"],
        KESSELS,
        sheet.take(),
        label_width=160,
        cell_label=lambda col, row: f"{row[3:]} – {col.lower()}",
    )
    return sheet.board


ACTIEF_MONITOREN = [
    ("1 Feed up", "waar werk ik naartoe? Wat wil ik bereiken? Wat is het doel?"),
    ("2 Feed back", "hoe doe ik het tot nu toe? Ben ik dicht of ver van het doel af?"),
    ("3 Feed forward", "hoe nu verder? Wat moet ik nog doen om dichter bij het doel te komen?"),
    ("4 Experimenteren", ""),
    ("5 Nieuw handelen", ""),
    ("6 Werkafspraken", ""),
    ("7 Toegang partijen", ""),
]
ACTIEF_MONITOREN_VRAGEN = [
    "Welke aspecten van Actief Monitoren heeft u toegepast in de praktijk bij dit ‘zmolk-traject’?",
    "Welke aspecten van Actief Monitoren heeft u toegepast in het betrekken van zorgpartners?",
]


def actief_monitoren() -> Board:
    sheet = _sheet(
        "actief-monitoren",
        "Reflectie op actief monitoren",
        method=ZMOLK,
        step="proces-monitoren",
        paper="A0",
        description="Het model ‘Actief monitoren’ (Velderman, 2015) toont hoe u systematisch ondersteuning "
        "kunt bieden in het leerproces van teams en leerkrachten. Noteer per aspect de "
        "activiteit waardoor u actief monitorde, in dit traject en bij het betrekken van "
        "zorgpartners.",
    )
    grid = sheet.matrix(
        ["In dit ‘zmolk-traject’", "Bij het betrekken van zorgpartners"],
        [label for label, _ in ACTIEF_MONITOREN],
        sheet.take(),
        label_width=120,
    )
    for row, (_, definition) in zip(grid, ACTIEF_MONITOREN):
        for zone, question in zip(row, ACTIEF_MONITOREN_VRAGEN):
            zone.question = question
            zone.definition = definition
    return sheet.board


FEEDBACK_NIVEAUS = [
    ("Feedback op taak (FT)", "Feedback op taak bevordert het resultaat van de taak."),
    (
        "Feedback op proces (FP)",
        "Feedback op proces bevordert de processen die nodig zijn om de taak te kunnen begrijpen en uit te voeren.",
    ),
    (
        "Feedback op zelfregulatie (FZR)",
        "Feedback op zelfregulatie betreft strategieën waarmee iemand voortdurend "
        "zelfreflectie toepast bij het bereiken van het doel.",
    ),
    (
        "Feedback op de persoon van de professional (FPP)",
        "Feedback op de persoon van de professional richt zich op de "
        "waarneming van de begeleider over de professional als "
        "persoon.",
    ),
]


def feedbackniveaus() -> Board:
    sheet = _sheet(
        "feedbackniveaus",
        "De effectiviteit van feedback: vier niveaus",
        method=ZMOLK,
        step="proces-monitoren",
        question="Welke feedback is het meest doeltreffend?",
        description="Hattie en Timperley (2007) onderscheiden feedback op vier niveaus. Sorteer gegeven "
        "feedback (één post-it per uitspraak) naar niveau en tel per kolom.",
    )
    sheet.columns([{"label": label, "definition": definition} for label, definition in FEEDBACK_NIVEAUS], sheet.take())
    return sheet.board


# --- Ruimte voor ontwikkeling in wijkteams -------------------------------------------------------

BORDSESSIE = ["check-in", "successen", "doelen", "acties", "planning"]


def leerkracht_bordsessie() -> Board:
    sheet = _sheet(
        "leerkracht-bordsessie",
        "Bordsessie (Stichting leerKRACHT)",
        method=LEERKRACHT,
        step="bordsessie",
        paper="A0",
        description="Effectieve, korte werksessie waarin leraren en schoolleiding wekelijks (leerling)"
        "resultaten bespreken, doelen bepalen en verbeteracties afspreken. In vijftien minuten "
        "worden staand de volgende elementen besproken: check-in, successen, doelen, acties en "
        "planning. Een meetbaar doel, bijvoorbeeld ‘80 procent van de leerlingen herkent een "
        "persoonlijk voornaamwoord’, wordt week na week gemeten.",
    )
    columns, meting = vsplit(sheet.take(), [2.6, 1])
    sheet.columns(BORDSESSIE, columns)
    sheet.table(["Week", "Doel", "Streefwaarde (%)", "Gemeten (%)"], meting, widths=[0.6, 3, 1, 1])
    return sheet.board


LEREN_70_20_10 = [("in de praktijk", 70.0), ("in sociale relaties", 20.0), ("in formele leersituaties", 10.0)]


def zeventig_twintig_tien() -> Board:
    sheet = _sheet(
        "70-20-10",
        "70 – 20 – 10",
        question="Zeventig procent van wat wij leren voor ons werk gebeurt in de praktijk, twintig procent "
        "in sociale relaties door interactie met collega’s en tien procent in formele "
        "leersituaties.",
        description="De 70 – 20 – 10 regel van Jennings maakt zichtbaar waar mensen veel van leren. Sorteer "
        "de leeractiviteiten van het team en vergelijk de aantallen met 70 / 20 / 10.",
    )
    for (label, percent), rect in zip(LEREN_70_20_10, hsplit(sheet.take(), [p for _, p in LEREN_70_20_10])):
        sheet.zone(label, rect, ZoneKind.COLUMN, reference_percent=percent, definition=f"{percent:g} %")
    return sheet.board


WAARDEREND_ORGANISEREN = [
    (
        "Verwoorden",
        "alle partners (bijv. gemeente, inwoners, cliënten, professionals, organisaties) formuleren samen de "
        "vraagstukken waar ze zich voor gesteld zien.",
    ),
    ("Verdiepen", "partners gaan samen op zoek naar successen en goede voorbeelden die er al zijn."),
    ("Verbeelden", "bij het verbeelden formuleren de partners in co-creatie een gewenst toekomstbeeld."),
    ("Vormgeven", "partners onderzoeken mogelijkheden om de visie te realiseren."),
    ("Verwezenlijken", "men maakt een concreet plan van aanpak en verdeelt de acties over partners."),
]


def waarderend_organiseren() -> Board:
    sheet = _sheet(
        "waarderend-organiseren",
        "Waarderend organiseren",
        method=WAARDEREND,
        step="verwoorden",
        paper="A0",
        description="Het proces van waarderend organiseren bestaat uit vijf stappen. Focussen op wat werkt "
        "creëert kracht en positiviteit; noteer per stap wat de partners samen formuleren.",
    )
    zones = sheet.columns(
        [
            {"label": f"{nr}. {label}", "definition": definition, "id": slug(label)}
            for nr, (label, definition) in enumerate(WAARDEREND_ORGANISEREN, start=1)
        ],
        sheet.take(),
    )
    for before, after in itertools.pairwise(zones):
        sheet.arrow(before.id, after.id)
    return sheet.board


ACTIELEREN_STAPPEN = [
    (
        "casus",
        "Casus",
        "Een deelnemer brengt een praktijkvraagstuk of casus in en schetst de eigen ontwikkelingsvraag.",
    ),
    ("open-vragen", "Open vragen", "Het stellen van open vragen om de aard van de situatie helder te krijgen."),
    (
        "richtingen",
        "Richtingen, ideeën, tips en oplossingen",
        "Het bepalen van mogelijke richtingen, ideeën, tips en oplossingen.",
    ),
    ("actie-eigenaar", "Actie-eigenaar", "Het bepalen van de actie-eigenaar."),
    ("actie", "Actie", "Het ondernemen van actie."),
]


def actieleren() -> Board:
    sheet = _sheet(
        "actieleren",
        "Actieleren: methodisch vraagstukken bespreken en acties bepalen",
        method=ACTIELEREN,
        step="casus",
        paper="A0",
        description="Uitgangspunt is een praktijksituatie waar deelnemers over in dialoog gaan. Door open "
        "vragen te stellen wordt het niet weten en de twijfel over een kwestie naar boven gehaald "
        "en doordacht. Kom de volgende keer terug op de acties (plan, do, check en act).",
    )
    zones = sheet.columns(
        [
            {"label": f"{nr}. {label}", "definition": definition, "id": step_id}
            for nr, (step_id, label, definition) in enumerate(ACTIELEREN_STAPPEN, start=1)
        ],
        sheet.take(),
    )
    for before, after in itertools.pairwise(zones):
        sheet.arrow(before.id, after.id)
    return sheet.board


# --- 1 + 1 = 3 (leerwerkgemeenschappen) -----------------------------------------------------------

CAMP_KOLOMMEN = ["Beleid (richten)", "Organisatie (inrichten)", "Personeel (verrichten)"]
CAMP_RIJEN = ["Technisch (formeel, instrumenteel)", "Politiek (sociale verhoudingen)", "Cultuur (waarden en normen)"]
CAMP_VRAGEN = [
    ["Waarom willen we dit?", "Hoe zit het met taken en bevoegdheden?", "Hebben we de juiste deskundigheid in huis?"],
    [
        "Wat vinden: ouders, leerlingen, directie, overheid?",
        "Hoe komen de beslissingen tot stand?",
        "Is er draagvlak of weerstand bij docenten?",
    ],
    [
        "Wat voor school willen we zijn?",
        "Gewend om in een projectteam te werken?",
        "Hoe is de werkhouding van de betrokken docenten?",
    ],
]
CAMP_STATUS = [
    DotKind("al-gedaan", "al gedaan", DOT_GREEN),
    DotKind("op-de-rol", "staat nog op de rol", DOT_BLUE),
    DotKind("te-doen", "denken we te moeten doen", DOT_ORANGE),
]


def matrix_van_camp() -> Board:
    sheet = _sheet(
        "matrix-van-camp",
        "De matrix van Camp",
        paper="A0",
        question="Wat is er al gedaan, wat staat nog op de rol, wat denken we te moeten doen en wat zien we "
        "over het hoofd?",
        description="Veranderingen moeten consistent worden doorvertaald in alle aspecten en in alle lagen. "
        "Markeer per cel de status met een stip; lege cellen zijn blinde vlekken.",
    )
    sheet.dot_legend()
    grid = sheet.matrix(
        CAMP_KOLOMMEN,
        CAMP_RIJEN,
        sheet.take(),
        label_width=150,
        cell_label=lambda col, row: f"{col} – {row}",
        dots=CAMP_STATUS,
    )
    for row, questions in zip(grid, CAMP_VRAGEN):
        for zone, question in zip(row, questions):
            zone.question = question
    return sheet.board


ENGESTROM = {
    "instrumenten": ("Instrumenten", "‘communities of practice’ en de methodes en werkvormen die je daarin gebruikt"),
    "subject": ("Subject", "leidinggevenden, leraren, anderen"),
    "object": ("Object", "doelen, doelgroepen en beoogde resultaten"),
    "outcome": ("Outcome", "De uitkomst is bijvoorbeeld een leerproces, een methode of een projectresultaat."),
    "regels": ("Regels", "wederkerige uitspraken en afspraken in de organisatie"),
    "community": ("Community", "ondersteunende netwerken"),
    "arbeidsverdeling": ("Arbeidsverdeling", "functies, taken, rollen"),
}
ENGESTROM_PROCESSEN = [
    ("productie", "productie van leerwerkgemeenschappen"),
    ("consumptie", "uit een voedende cultuur"),
    ("uitwisseling", "wederkerigheid, afhankelijkheid in wederzijdse aantrekkelijkheid"),
    ("distributie", "overdracht aan anderen"),
]


def activiteitensysteem() -> Board:
    sheet = _sheet(
        "activiteitensysteem-engestrom",
        "Het activiteitensysteem (Engeström)",
        paper="A0",
        description="Een activiteitensysteem bestaat uit zes componenten: object, subject, community, "
        "regels, instrumenten en arbeidsverdeling. Noteer per component wat er in de eigen "
        "leerwerkgemeenschap speelt, en daaronder wat er gebeurt in de gebieden productie, "
        "consumptie, uitwisseling en distributie.",
    )
    system, processes = vsplit(sheet.take(), [3, 1])
    triangle, outcome_col = hsplit(system, [3, 1], gap=40)
    cells = split(triangle, 3, 3, 40)
    places = {
        "instrumenten": cells[1],
        "subject": cells[3],
        "object": cells[5],
        "regels": cells[6],
        "community": cells[7],
        "arbeidsverdeling": cells[8],
    }
    places["outcome"] = Rect(outcome_col.x, cells[3].y, outcome_col.width, cells[3].height)
    for key, rect in places.items():
        label, definition = ENGESTROM[key]
        sheet.zone(label, rect, ZoneKind.CELL, id=key, definition=definition)
    sheet.arrow("subject", "object")
    sheet.arrow("object", "outcome")
    for source, target in (
        ("instrumenten", "subject"),
        ("instrumenten", "object"),
        ("regels", "subject"),
        ("community", "subject"),
        ("community", "object"),
        ("arbeidsverdeling", "object"),
    ):
        sheet.arrow(source, target, arrow=False)
    sheet.columns(
        [{"label": label, "definition": definition} for label, definition in ENGESTROM_PROCESSEN],
        processes,
        ZoneKind.COLUMN,
    )
    return sheet.board


CALUWE_KLEUREN = [
    (
        "Geeldruk – Socio-politiek",
        "Bijvoorbeeld standpunten uitwisselen, gezamenlijk visie ontwikkelen, draagvlak creëren.",
        "#fff59d",
    ),
    ("Blauwdruk – Projectmatig", "Bijvoorbeeld sturen; taken, rollen; bevoegdheden; controle.", "#90caf9"),
    ("Rooddruk – HR benadering", "Bijvoorbeeld talenten aanboren, kansen creëren, belonen.", "#ef9a9a"),
    ("Groendruk – Leerbenadering", "Bijvoorbeeld experimenteren, leercycli doorlopen, feedback geven.", "#a5d6a7"),
    ("Witdruk – Complexiteitsbenadering", "Bijvoorbeeld chaos, herkennen van patronen, betekenisgeving.", "#ffffff"),
]


def caluwe_denken_doen() -> Board:
    sheet = _sheet(
        "de-caluwe-denken-doen",
        "Werkblad Spiegel: veranderen in vijf kleuren (De Caluwé)",
        paper="A0",
        description="Ieder plakt een stip (of zijn naam) bij de kleur(en) waarin hij denkt en bij de "
        "kleur(en) waarin hij doet. Tel per kleur en bekijk het verschil tussen denken en doen.",
    )
    sheet.dot_legend()
    matrix_area, opdracht = vsplit(sheet.take(), [4, 1])
    grid = sheet.matrix(
        ["Denken", "Doen"], [label for label, _, _ in CALUWE_KLEUREN], matrix_area, label_width=260, dots=[KEUZE]
    )
    for row, (_label, definition, fill) in zip(grid, CALUWE_KLEUREN):
        for zone in row:
            zone.fill = fill
            zone.definition = definition
    for element in sheet.board.elements:
        for label, definition, _ in CALUWE_KLEUREN:
            if getattr(element, "text", None) == label:
                element.text = f"{label}\n{definition}"
    sheet.zone("Welke nieuwe opdracht formuleren we voor onszelf?", opdracht, ZoneKind.FREE_AREA, id="opdracht")
    return sheet.board


VAN_NAAR = [
    (
        "Productie",
        "Zelfbetrokkenheid / referentie. Defensieve mechanismen. Versplintering.",
        "Single loop en Double loop leren. Productieve mechanismen. Verbinding.",
    ),
    (
        "Consumptie",
        "Roddels. Frustratie. Klaagcultuur.",
        "Externe oriëntatie. Persoonlijke ontwikkeling. Collectief leren. Onderlinge steun.",
    ),
    (
        "Uitwisseling",
        "Leraren, teamleiders en directie hebben uitwisseling in de horizontale dimensie. Er zijn ongeschreven regels. "
        "Er is kliekvorming. Uitwisseling staat vooral in het teken van wantrouwen. Er worden klachten en bezwaren "
        "uitgewisseld.",
        "Er is uitwisseling op de horizontale en verticale dimensie. Er zijn expliciete regels over wat goed werk is. "
        "Er zijn professionele netwerken: projectteams, intervisiegroepen en onderzoeksgroepen. Uitwisseling is vooral "
        "gericht op sociale cohesie en het geven van vertrouwen. Er worden complimenten uitgewisseld.",
    ),
    (
        "Distributie",
        "Studiedagen georganiseerd door de leiding. Individuele leraar zoekt zijn heil in de lerarenkamer. Externe "
        "sturing – Adhocratie.",
        "Conferenties georganiseerd door professionele groepen. Individuele leraar vindt een voedingsbodem in "
        "professionele groepen. Zelfsturing en productieve frictie.",
    ),
]
WAAR_STAAN_WE = DotKind("waar-staan-we-nu", "waar staan we nu", DOT_BLUE)


def van_naar() -> Board:
    sheet = _sheet(
        "bouwen-en-verduurzamen-van-leerwerkgemeenschappen",
        "Bouwen en verduurzamen van leerwerkgemeenschappen",
        paper="A0",
        description="Engeström onderscheidt vier gebieden waarop ontwikkeling plaats zou kunnen vinden. Markeer "
        "per gebied met een stip waar de leerwerkgemeenschap nu staat, van ‘Van’ naar ‘Naar’, en "
        "noteer wat er nodig is.",
    )
    sheet.dot_legend()
    grid = sheet.matrix(
        ["Van", "Naar"], [label for label, _, _ in VAN_NAAR], sheet.take(), label_width=120, dots=[WAAR_STAAN_WE]
    )
    for row, (_, van, naar) in zip(grid, VAN_NAAR):
        row[0].definition, row[1].definition = van, naar
    return sheet.board


SUBRUIMTES = [
    ("Denkruimte", "Idee"),
    ("Oplossingsruimte", "Concept"),
    ("Beslisruimte", "Afstemming"),
    ("Speelruimte", "Afspraak"),
    ("Werkruimte", "Opbrengst"),
    ("Gespreksruimte", "Betekenis"),
]


def subruimtes() -> Board:
    sheet = _sheet(
        "zes-subruimtes-coenders",
        "Zes leeroriëntaties en subruimtes van ontwikkelingsruimtes (Coenders)",
        description="Arrangeer een multifunctionele ruimte en gebruik de zes leeroriëntaties als "
        "ontwerprichtlijnen: noteer per subruimte wat er op het werk al is en wat er nodig is.",
    )
    sheet.grid(
        [{"label": label, "definition": f"Leeroriëntatie: {orientation}"} for label, orientation in SUBRUIMTES],
        3,
        sheet.take(),
    )
    return sheet.board


TEGELTJES = [
    "Stap uit de cirkel en ontdek wat er buiten is",
    "Pak de ruimte binnen de kaders",
    "De regel is niet de oplossing",
    "Ontwikkelen laat zich niet regelen",
    "Hoor de vele stemmen",
    "In de belemmering schuilt de kans",
    "Samen is meer",
    "Van buiten leren",
    "Nodig de ander uit",
    "Spanning vraagt om ontspanning",
    "Zie elkaar staan",
    "Geef ruimte en vraag wat de ruimte oplevert",
    "Dien elkaar",
    "Onderzoek, verken en probeer uit",
    "Ik, de ander en wij samen",
    "Durf los te laten",
    "Verleid jezelf en de ander tot beweging",
    "Ben elkaars vangnet",
    "De dialoog is als een mooie, prikkelende spiegel",
    "Vertrouw op het hier en nu",
]
STEM = DotKind("stem", "stem", DOT_BLUE)


def tegeltjes() -> Board:
    sheet = _sheet(
        "tegeltjes-aan-de-muur",
        "Tegeltjes aan de muur",
        paper="A0",
        description="Twintig tegeltjeswijsheden uit de reflecties met teamleiders en directieteamleden. Ieder "
        "plakt stippen bij de tegeltjes die voor de eigen leerwerkgemeenschap het meest gelden.",
    )
    sheet.dot_legend()
    sheet.grid(
        [{"label": f"{nr} {text}", "id": f"tegeltje-{nr}"} for nr, text in enumerate(TEGELTJES, start=1)],
        5,
        sheet.take(),
        dots=[STEM],
        notes=False,
    )
    return sheet.board


# --- Zeven bouwstenen voor innovatie en vernieuwing ----------------------------------------------

BOUWSTENEN = [
    (
        "Werken vanuit een gezamenlijk aanstekelijk doel",
        "de groepsleden besteden aandacht aan het expliciteren van het doel waar ze naartoe werken en doen dit in "
        "afstemming met de omgeving.",
        "bij het expliciteren van het doel leveren relevante stakeholders hun input en bijdrage.",
    ),
    (
        "Bundelen van de aanwezige talenten en expertise",
        "er is zicht op welke expertise en talenten nodig zijn om het doel te bereiken.",
        "er is gelegenheid voor individuele professionalisering voor de leden van het innovatieteam, bijvoorbeeld het "
        "volgen van een opleiding of het bezoeken van een lezing.",
    ),
    (
        "Aandacht voor het samenwerkingsproces en de relatie",
        "de groepsleden hebben een professionele verstandhouding met elkaar, waarbij er oog is voor het proces en de "
        "relatie.",
        "wanneer nodig schakelt het innovatieteam externe hulp in om het proces te ondersteunen (denk bijv. aan een "
        "procesbegeleider).",
    ),
    (
        "Onderzoekende en waarderende houding van alle betrokkenen",
        "de groepsleden zijn gericht op wat de best mogelijke oplossing is voor alle betrokkenen (i.p.v. de snelle of "
        "makkelijke oplossing).",
        "de omgeving toont interesse in wat het innovatieteam doet en tot welke resultaten dit leidt.",
    ),
    (
        "Mogelijkheid om samen te werken",
        "de groepsleden zoeken elkaar regelmatig op.",
        "er zijn faciliteiten (tijd en middelen) aanwezig om de samenwerking van het innovatieteam makkelijk mogelijk "
        "te maken.",
    ),
    (
        "Contact met relevante betrokkenen",
        "de teamleden hebben oog voor wie de innovatie consequenties heeft, en op welke manier en welk moment deze "
        "mensen (bijvoorbeeld collega’s, partners, jongeren en ouders) het beste betrokken kunnen worden.",
        "de omgeving is primair geïnteresseerd in welke verbetering de innovatie oplevert voor de doelgroep.",
    ),
    (
        "Delen wat werkt",
        "gedurende het proces (en zeker als afsluiting) is er aandacht voor het delen van successen en inzichten met "
        "relevante betrokkenen en andere geïnteresseerden (bijvoorbeeld collega-scholen).",
        "geïnteresseerden uit de omgeving nodigen het innovatieteam uit om hun inzichten met ze te delen.",
    ),
]
BOUWSTEEN_SUCCES = DotKind("succesfactor", "succesfactor", DOT_GREEN)
BOUWSTEEN_FAAL = DotKind("faalfactor", "faalfactor", DOT_RED)


def zeven_bouwstenen() -> Board:
    sheet = _sheet(
        "zeven-bouwstenen",
        "Zeven bouwstenen voor duurzame innovatie",
        paper="A0",
        orientation="portrait",
        question="In welke mate is een bouwsteen aanwezig en waar is een interventie mogelijk relevant?",
        description="De bouwstenen als analysemodel: breng met betrokkenen bij een lopende innovatie per "
        "bouwsteen in kaart hoe het ervoor staat, in het innovatieteam en in de omgeving. Een "
        "bouwsteen is zowel als succes- en faalfactor te zien: markeer met een groene of rode "
        "stip en noteer mogelijke interventies.",
    )
    sheet.dot_legend()
    grid = sheet.matrix(
        ["Innovatieteam:", "Omgeving:"],
        [f"{nr}. {label}" for nr, (label, _, _) in enumerate(BOUWSTENEN, start=1)],
        sheet.take(),
        label_width=170,
        dots=[BOUWSTEEN_SUCCES, BOUWSTEEN_FAAL],
        cell_label=lambda col, row: f"{row} – {col.rstrip(':')}",
    )
    for row, (_, team, omgeving) in zip(grid, BOUWSTENEN):
        row[0].definition, row[1].definition = team, omgeving
    return sheet.board


#: The builders per publication, in catalogue order.
BUILDERS_BY_SOURCE: dict[str, list[Callable[[], Board]]] = {
    ZMOLK_TOOLKIT: [
        vijf_cyclische_stappen,
        model_menselijk_functioneren,
        doel_opdracht,
        denk_opdracht,
        methodische_werkplaats,
        kijken_bij_de_buurvrouw,
        kessels_leervoorwaarden,
        zeven_leerfuncties,
        actief_monitoren,
        feedbackniveaus,
        rogers_adoptiecurve,
        kwaliteitsborging,
    ],
    RUIMTE_WIJKTEAMS: [leerkracht_bordsessie, zeventig_twintig_tien, actieleren, waarderend_organiseren],
    EEN_PLUS_EEN: [matrix_van_camp, activiteitensysteem, van_naar, subruimtes, tegeltjes, caluwe_denken_doen],
    ZEVEN_BOUWSTENEN: [zeven_bouwstenen],
}

BUILDERS = [builder for builders in BUILDERS_BY_SOURCE.values() for builder in builders]
