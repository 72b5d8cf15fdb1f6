"""Toolkit bij de implementatie van de ‘basisaanpak’ (zmolk): the five cyclic steps and their tools.

The tools follow the steps the toolkit itself names: the tools of ‘Kennisproductiviteit’ belong to
‘Proces monitoren’ unless the toolkit ties them to another step (Kessels: step 3); the Rogers tool
names no step and is listed under "overig".
"""

from __future__ import annotations

from template_layout import GAP, hsplit, slug, split, vsplit, worksheet
from verbatim import JOIN

from boards.colors import DOT_BLUE
from boards.geometry import Rect
from boards.model import Board, DotKind, ZoneKind

ZMOLK = "zmolk-borgen-van-innovatie"

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
        "gehanteerde kwaliteitscyclus van de organisatie. Het inbedden van de kerncompetenties in aannamebeleid en "
        "functioneringsgesprekken is daarvan een voorbeeld, evenals het regelmatig reflecteren op de aanpak of het "
        "ondersteunen van intervisie.",
    ),
]


def vijf_cyclische_stappen() -> Board:
    sheet = worksheet(
        "vijf-cyclische-stappen",
        "Vijf cyclische stappen (borgen van innovatie)",
        method=ZMOLK,
        step="doel",
        paper="A0",
        description="We onderscheiden vijf stappen in de voortdurende, cyclische vernieuwing in een lerende "
        "organisatie.",
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
    sheet = worksheet(
        "doel-opdracht",
        "Doel-opdracht",
        method=ZMOLK,
        step="doel",
        question="Wat is het doel? Welke actie volgt? Wat is de opbrengst?",
        description="Medewerkers hebben in deel 1 bij de thema’s ‘model menselijk functioneren’ en ‘klimaat "
        "creëren’ drie kernconsequenties voor het eigen handelen geformuleerd. Als huiswerkopdracht voeren zij dit "
        "in de klas uit, in de komende periode.",
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
    sheet = worksheet(
        "methodische-werkplaats",
        "De Methodische Werkplaats",
        method=ZMOLK,
        step="denken-over-het-resultaat",
        paper="A0",
        description="Tijdens de bijeenkomst wordt aan de hand van een afgesloten situatie stap voor stap de "
        "methodische werkwijze doorgenomen:",
    )
    casussen = [
        sheet.addition(f"Casus {nr}", "nummer voor de casussen: ‘Maximaal worden drie casussen ingebracht.’")
        for nr in range(1, 4)
    ]
    sheet.matrix(casussen, WERKPLAATS_VRAGEN, sheet.take(), label_width=230)
    return sheet.board


KWALITEITSBORGING_VRAGEN = [
    "Op welke wijze wordt in uw organisatie de kwaliteitsborging gerealiseerd?",
    "Hoe legt u afspraken vast met het team?",
    "Is de Methodische Werkplaats een aanvulling op wat er al is en wilt u het inzetten?",
]


def kwaliteitsborging() -> Board:
    sheet = worksheet(
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
    sheet = worksheet(
        "kijken-bij-de-buurvrouw",
        "Kijken bij de buurvrouw",
        method=ZMOLK,
        step="proces-ontlokken",
        orientation="portrait",
        description="Je gaat een tijdje observeren in een andere klas.",
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


MENSELIJK_FUNCTIONEREN = [
    "I Verstandelijke mogelijkheden",
    "II Adaptief gedrag",
    "III Gezondheid",
    "IV Participatie, interactie & Sociale rollen",
    "V Context",
]


def model_menselijk_functioneren() -> Board:
    sheet = worksheet(
        "model-menselijk-functioneren",
        "Model menselijk functioneren",
        method=ZMOLK,
        step="doel",
        description="Niet zozeer de diagnostische kenmerken van een leerling worden beschreven, maar zijn "
        "dagelijks functioneren. Het gaat er namelijk om welke invloed bepaalde kenmerken van een leerling hebben op "
        "zijn gedrag en handelen. Daaruit kun je makkelijker de ondersteuningsbehoefte aflezen.",
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
    sheet = worksheet(
        "denk-opdracht",
        "Denk-opdracht",
        method=ZMOLK,
        step="denken-over-het-resultaat",
        orientation="portrait",
        question="Gezien de feitelijke situatie op de werkvloer: welke resultaten verwacht u op basis van de "
        "ingezette acties?",
        description="Wat wilt u bereiken met de basisaanpak? Weet u welke acties de professionals in uw "
        "organisatie ingezet hebben?",
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
        cell_label=lambda col, row: f"{col.rstrip(':')}{JOIN}{row}",
        corner="Verwachte resultaten bij:",
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
    """The Opdracht: one space per leervoorwaarde for the actions taken or still wanted."""
    sheet = worksheet(
        "kessels-leervoorwaarden",
        "Verleiden tot kennisproductiviteit",
        method=ZMOLK,
        step="proces-ontlokken",
        question="Ga na welke acties u al hebt ingezet of nog zou willen inzetten om de twee "
        "leervoorwaarden van Kessels te realiseren.",
        description="Kessels noemt twee leervoorwaarden als conditie voor kennisproductiviteit in de organisatie.",
    )
    sheet.rows([{"label": label, "id": f"leervoorwaarde-{nr}"} for nr, label in enumerate(KESSELS, 1)], sheet.take())
    return sheet.board


LEERFUNCTIES = [
    "1. Het verwerken van materiedeskundigheid",
    "2. Experimenteren met probleem-oplos-aanpakken",
    "3. Het ontwikkelen van reflectieve vaardigheden en metacognities",
    "4. Verwerven van communicatieve en sociale vaardigheden",
    "5. Reguleren van motivatie en emoties",
    "6. Rust en stabiliteit",
    "7. Creatieve onrust",
]
LEERFUNCTIES_KOP = "Leerfuncties"
MOGELIJKHEDEN_KOP = "Mogelijkheden voor het inrichten van de werkomgeving om die leerfunctie te ondersteunen"
REFLECTIE = ["Welke van de leerfuncties heeft u opgepakt?", "Wat heeft het opgeleverd?"]


def zeven_leerfuncties() -> Board:
    """The table of Opdracht 1: "Leerfuncties" | "Mogelijkheden …", one row per leerfunctie (as the table
    spells them: "verwerken"), then the two reflection questions."""
    sheet = worksheet(
        "zeven-leerfuncties",
        "Het leerplan van een organisatie: zeven leerfuncties",
        method=ZMOLK,
        step="proces-monitoren",
        paper="A0",
        orientation="portrait",
        question="Welke (extra) mogelijkheden ziet u om in de eigen organisatie de werkomgeving in te "
        "richten als een krachtige leeromgeving?",
        description="Ga actief aan de slag met enkele leerfuncties. Reflecteer na een aantal weken op de volgende "
        "vragen:",
    )
    table, follow_up = vsplit(sheet.take(), [5, 1])
    head, body = vsplit(table, [30, table.height - 30 - GAP])
    names_head, cells_head = hsplit(head, [1, 2])
    sheet.text(LEERFUNCTIES_KOP, names_head, bold=True, id="kop-leerfuncties")
    group = sheet.group(MOGELIJKHEDEN_KOP, cells_head, id="mogelijkheden")
    for nr, (label, band) in enumerate(zip(LEERFUNCTIES, split(body, 1, len(LEERFUNCTIES))), start=1):
        name, cell = hsplit(band, [1, 2])
        sheet.text(label, name, bold=True, id=f"rij-leerfunctie-{nr}")
        sheet.zone(label, cell, ZoneKind.ROW, id=f"leerfunctie-{nr}", group=group)
    sheet.columns([{"label": q, "question": q} for q in REFLECTIE], follow_up, ZoneKind.CELL)
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
#: The two questions of the (Vervolg-)opdracht, each headed by its own words.
ACTIEF_MONITOREN_VRAGEN = [
    (
        "In de praktijk bij dit ‘zmolk-traject’",
        "Welke aspecten van Actief Monitoren heeft u toegepast in de praktijk bij dit ‘zmolk-traject’?",
    ),
    (
        "In het betrekken van zorgpartners",
        "Welke aspecten van Actief Monitoren heeft u toegepast in het betrekken van zorgpartners?",
    ),
]


def actief_monitoren() -> Board:
    sheet = worksheet(
        "actief-monitoren",
        "Reflectie op actief monitoren",
        method=ZMOLK,
        step="proces-monitoren",
        paper="A0",
        description="Het model ‘Actief monitoren’ toont hoe u systematisch ondersteuning kunt bieden in het "
        "leerproces van teams en leerkrachten.",
    )
    grid = sheet.matrix(
        [head for head, _ in ACTIEF_MONITOREN_VRAGEN],
        [label for label, _ in ACTIEF_MONITOREN],
        sheet.take(),
        label_width=120,
    )
    for row, (_, definition) in zip(grid, ACTIEF_MONITOREN):
        for zone, (_, question) in zip(row, ACTIEF_MONITOREN_VRAGEN):
            zone.question = question
            zone.definition = definition
    return sheet.board


FEEDBACK_NIVEAUS = [
    (
        "Feedback op taak (FT)",
        "Feedback op taak bevordert het resultaat van de taak. Bij FT is meestal sprake van corrigerende feedback. "
        "Deze kan betrekking hebben op correctheid (goed/fout, in orde/niet in orde) in relatie met de uit te voeren "
        "taak en de opbrengsten. FT kan zeer krachtig zijn. Een voorwaarde is commitment en begrip voor de ander.",
    ),
    (
        "Feedback op proces (FP)",
        "Feedback op proces bevordert de processen die nodig zijn om de taak te kunnen begrijpen en uit te voeren. "
        "Vooral positief stimulerende FP is effectief: ‘Dat heb je snel en handig aangepakt’. Ook het meedenken in "
        "het proces door het stellen van vragen is stimulerend.",
    ),
    (
        "Feedback op zelfregulatie (FZR)",
        "Feedback op zelfregulatie betreft strategieën waarmee iemand voortdurend zelfreflectie toepast bij het "
        "bereiken van het doel. FZR verwijst naar autonomie, zelfsturing, zelfevaluatie en zelfdiscipline. Dit zijn "
        "metacognitieve vaardigheden die een persoon helpen zijn eigen functioneren in te schatten. Deze vragen horen "
        "er bijvoorbeeld bij: ‘Heb ik een handige strategie gebruikt?’ ‘Zijn mijn eigen verklaringen van succes of "
        "falen terecht?’",
    ),
    (
        "Feedback op de persoon van de professional (FPP)",
        "Feedback op de persoon van de professional richt zich op de waarneming van de begeleider over de "
        "professional als persoon. Het gaat om evaluerende, vaak positieve opmerkingen zoals ‘Je bent een topper’ of "
        "‘Je bent goed in je vak’. FPP is over het algemeen niet zo krachtig, omdat we meestal geen relatie leggen "
        "met FT, FP of FZR. Vaak komt het er voor in de plaats. Bovendien geeft FPP geen antwoord op de drie "
        "belangrijke vragen: Waar werk ik naartoe? Hoe doe ik het tot nu toe? Hoe nu verder? FPP blijkt alleen "
        "effectief als het leidt tot een verandering in inspanning, betrokkenheid of gevoel van doelmatigheid bij de "
        "leerling ten aanzien van het leren of de gekozen aanpak.",
    ),
]


def feedbackniveaus() -> Board:
    sheet = worksheet(
        "feedbackniveaus",
        "De effectiviteit van feedback",
        method=ZMOLK,
        step="proces-monitoren",
        paper="A0",
        question="Welke feedback is het meest doeltreffend?",
        description="Hattie en Timperley (2007) onderscheiden feedback op vier verschillende niveaus: taak-, "
        "proces-, zelfregulerend en persoonlijk niveau. Ze geven aan op welk niveau de feedback het meest "
        "doeltreffend is en waarom dit het geval is.",
    )
    sheet.columns([{"label": label, "definition": definition} for label, definition in FEEDBACK_NIVEAUS], sheet.take())
    return sheet.board


ROGERS = [
    ("Innovators", 2.5),
    ("Early Adopters", 13.5),
    ("Early Majority", 34.0),
    ("Late Majority", 34.0),
    ("Laggards", 16.0),
]
SCHATTING = DotKind("inschatting", "schatting", DOT_BLUE)  # "Maak een grove schatting in percentages."
BERWICK = (
    "Berwick (2003) is van mening dat het voor een succesvolle implementatie vooral belangrijk is hoe de organisatie "
    "omgaat met de verschillende typen, en hoeveel ruimte de organisatie biedt voor het leren en ontdekken van de "
    "vernieuwing. Dit zou belangrijker zijn dan welke implementatiestrategie dan ook."
)
ROGERS_VRAAG_1 = "Bent u het eens met deze stelling? Uw motivatie?"
ROGERS_VRAAG_3 = "Hoe kunt u de professionals van het ene type inzetten om de andere typen te betrekken/mee te krijgen?"


def rogers_adoptiecurve() -> Board:
    """The figure's five types with their shares (question 2: the estimate) and questions 1 and 3 of the Opdracht.
    The toolkit ties this tool to no step of the cycle."""
    sheet = worksheet(
        "rogers-adoptiecurve",
        "Professionals en innovatie",
        paper="A0",
        question="Hoe zijn de professionals die de basisaanpak uitvoeren verdeeld over deze typen? Maak een "
        "grove schatting in percentages. Gaat bovenstaande verdeling op voor uw organisatie?",
        description="In haar publicatie gebruikt Daamen de vijf menstypen van Rogers (1993). Elk type vraagt een "
        "eigen benadering en is van invloed op het implementatieproces.",
    )
    sheet.dot_legend()
    curve, questions = vsplit(sheet.take(), [2.2, 1])
    area, axis = vsplit(curve, [curve.height - 40 - GAP, 40])
    for (label, percent), column in zip(ROGERS, split(area, len(ROGERS), 1)):
        height = column.height * (0.45 + 0.55 * percent / 34.0)
        rect = Rect(column.x, column.bottom - height, column.width, height)
        sheet.zone(
            label,
            rect,
            ZoneKind.COLUMN,
            reference_percent=percent,
            dots=[SCHATTING],
            definition=f"{percent:g} %".replace(".", ","),
        )
    sheet.text("Tijd", axis, bold=True, align="center", id="tijd")
    sheet.columns(
        [
            {"label": ROGERS_VRAAG_1, "definition": BERWICK, "id": "stelling"},
            {"label": ROGERS_VRAAG_3, "id": "typen-inzetten"},
        ],
        questions,
        ZoneKind.CELL,
    )
    return sheet.board


PROCES_OPDRACHT = ["Ontlokkers kernconsequenties menselijk functioneren", "Ontlokkers ruimte:"]


def proces_opdracht() -> Board:
    sheet = worksheet(
        "proces-opdracht",
        "Proces-opdracht",
        method=ZMOLK,
        step="proces-ontlokken",
        orientation="portrait",
        question="Welke ontlokkers wilt u gebruiken?",
        description="Maak een keuze uit de ontlokkers en gebruik hiervan wekelijks een opdracht, bijvoorbeeld tijdens "
        "het teamoverleg. Besteed hieraan maximaal dertig minuten. Breng regelmatig een flitsbezoek aan een groep.",
    )
    sheet.text("Bijvoorbeeld tijdens teamoverleg / debriefing", sheet.take(24), id="bijvoorbeeld")
    sheet.rows(
        [{"label": label, "id": id} for label, id in zip(PROCES_OPDRACHT, ("menselijk-functioneren", "ruimte"))],
        sheet.take(),
        ZoneKind.CELL,
    )
    return sheet.board


#: The ontlokkers in the toolkit's table: (name, what it is, for professionals, for directie/management/staf).
ONTLOKKERS = [
    (
        "Posterportretten",
        "Stel een collega drie vragen over zijn leerproces.\nWat heb je recentelijk geleerd?\nWie steunt jou in je "
        "leerproces?\nWat zou je nog willen leren?",
        True,
        False,
    ),
    ("Couponposter", "Maak coupons en laat collega’s deze invullen.", True, False),
    ("Geluk(t)berichtjes", "Schrijf op elke strook een andere boodschap over leren.", True, False),
    ("Het onverwachte object", "Kies een object dat kan inspireren tot leren.", True, False),
    ("Boekenplank", "Kies boeken die jou inspireren en koop van elk een tweede versie.", True, False),
    ("Kijken bij de buurvrouw", "Je gaat een tijdje observeren in een andere klas.", True, True),
    (
        "Flitsbezoeken",
        "Het drieminutenflitsbezoek helpt u als directie, manager of staf inhoudelijk goed op de hoogte te blijven "
        "van de kwaliteit van het lesgeven in de school.",
        False,
        True,
    ),
]
ONTLOKKERS_KOLOMMEN = [
    "Als opdracht voor professionals",
    "Als ondersteunende opdracht voor directie, management en staf",
]


def ontlokkers() -> Board:
    """The toolkit's table of ontlokkers: for professionals, or in support for directie, management en staf."""
    sheet = worksheet(
        "ontlokkers",
        "Ontlokkers",
        method=ZMOLK,
        step="proces-ontlokken",
        paper="A0",
        description="Ontlokkers zijn opdrachten en werkvormen die het leerproces van professionals in de praktijk "
        "beïnvloeden. Ze vragen op speelse wijze naar serieuze processen en inhoud.",
    )
    left, right = hsplit(sheet.take(), [1, 1])
    for column, rect, pick in ((0, left, 2), (1, right, 3)):
        heading, body = vsplit(rect, [24, rect.height - 24 - 4], gap=4)
        group = sheet.group(ONTLOKKERS_KOLOMMEN[column], heading, id=("professionals", "directie")[column])
        chosen = [item for item in ONTLOKKERS if item[pick]]
        sheet.grid(
            [
                {"label": name, "definition": definition, "id": f"{group.id}-{slug(name)}"}
                for name, definition, *_ in chosen
            ],
            2 if len(chosen) > 3 else 1,
            body,
            group=group,
        )
    return sheet.board


BUILDERS = [
    vijf_cyclische_stappen,
    model_menselijk_functioneren,
    doel_opdracht,
    denk_opdracht,
    methodische_werkplaats,
    kwaliteitsborging,
    kijken_bij_de_buurvrouw,
    proces_opdracht,
    ontlokkers,
    kessels_leervoorwaarden,
    zeven_leerfuncties,
    actief_monitoren,
    feedbackniveaus,
    rogers_adoptiecurve,
]
