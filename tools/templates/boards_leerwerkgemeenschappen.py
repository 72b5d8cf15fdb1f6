"""1 + 1 = 3 (leerwerkgemeenschappen): the figures and tools of the publication as boards.

The publication gives no step plan, so these boards are listed under "overig".
"""

from __future__ import annotations

import itertools

from template_layout import GAP, hsplit, slug, split, vsplit, worksheet

from boards.colors import DOT_BLUE, DOT_GREEN, DOT_ORANGE
from boards.geometry import Rect
from boards.model import Board, DotKind, LegendEntry, ZoneKind

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
    sheet = worksheet(
        "matrix-van-camp",
        "De matrix van Camp",
        paper="A0",
        question="Wat is er al gedaan, wat staat nog op de rol, wat denken we te moeten doen en wat zien we "
        "over het hoofd?",
        description="Kern van de matrix is dat veranderingen van welke aard of thema dan ook in een organisatie "
        "consistent moeten worden doorvertaald in alle aspecten en in alle lagen.",
    )
    sheet.dot_legend()
    grid = sheet.matrix(
        CAMP_KOLOMMEN,
        CAMP_RIJEN,
        sheet.take(),
        label_width=150,
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
    sheet = worksheet(
        "activiteitensysteem-engestrom",
        "De structuur van een activiteitensysteem",
        paper="A0",
        description="Een activiteitensysteem bestaat uit zes componenten: object, subject, community, regels, "
        "instrumenten en arbeidsverdeling.",
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


KLEUREN = [
    ("Geeldruk – Socio-politiek", "#fff59d"),
    ("Blauwdruk – Projectmatig", "#90caf9"),
    ("Rooddruk – HR benadering", "#ef9a9a"),
    ("Groendruk – Leerbenadering", "#a5d6a7"),
    ("Witdruk – Complexiteitsbenadering", "#ffffff"),
]
SPIEGEL_VLAKKEN = [
    ("Visie/uitgangspunten", "visie"),
    ("Naar aanleiding van De Caluwé", "naar-aanleiding"),
    ("Weg naar een gewenste structuur met behulp van De Caluwé:", "weg"),
    ("Welke nieuwe opdracht formuleren we voor onszelf?", "opdracht"),
]


def werkblad_spiegel() -> Board:
    """Figuur 8: Visie/uitgangspunten and the team's notes on the left, the Werkblad Spiegel (one row per MT
    member, what colour he thinks in and what colour he acts in) on the right; the five colours of Figuur 14
    as the legend."""
    sheet = worksheet(
        "de-caluwe-denken-doen",
        "Werkblad Spiegel",
        paper="A0",
        description="De deelnemers aan leerwerkgemeenschappen kunnen de theorie gebruiken om problemen of plannen "
        "gezamenlijk vanuit achtereenvolgens verschillende perspectieven te bekijken.",
    )
    left, right = hsplit(sheet.take(), [1, 1.2])
    sheet.rows([{"label": label, "id": id} for label, id in SPIEGEL_VLAKKEN], left, ZoneKind.FREE_AREA)
    table, legend = vsplit(right, [right.height - 150 - GAP, 150])
    sheet.table(["MT leden", "Denken", "Doen"], table, widths=[1, 1.2, 1.2])
    sheet.legend(
        legend,
        "Veranderen in vijf kleuren",
        [LegendEntry(label, color=color) for label, color in KLEUREN],
        dot_kinds=False,
    )
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


def van_naar() -> Board:
    sheet = worksheet(
        "bouwen-en-verduurzamen-van-leerwerkgemeenschappen",
        "Bouwen en verduurzamen van leerwerkgemeenschappen",
        paper="A0",
        description="Engeström onderscheidt vier gebieden waarop ontwikkeling plaats zou kunnen vinden. Wij hebben "
        "als onderzoekers de reflecties in de changelab bijeenkomsten in dit theoretisch kader geplaatst.",
    )
    grid = sheet.matrix(["Van", "Naar"], [label for label, _, _ in VAN_NAAR], sheet.take(), label_width=120)
    for row, (_, van, naar) in zip(grid, VAN_NAAR):
        row[0].definition, row[1].definition = van, naar
    return sheet.board


#: Figuur 5b: Dimensie A, Dimensie B, Leeroriëntatie, Subruimte.
SUBRUIMTES = [
    ("Synchroniciteit", "Reflexiviteit", "Idee", "Denkruimte"),
    ("Reflexiviteit", "Finaliteit", "Concept", "Oplossingsruimte"),
    ("Finaliteit", "Regulativiteit", "Afstemming", "Beslisruimte"),
    ("Regulativiteit", "Synchroniciteit", "Afspraak", "Speelruimte"),
    ("Synchroniciteit", "Finaliteit", "Opbrengst", "Werkruimte"),
    ("Reflexiviteit", "Regulativiteit", "Betekenis", "Gespreksruimte"),
]
SUBRUIMTE_KOPPEN = ["Dimensie A", "Dimensie B", "Leeroriëntatie", "Subruimte"]


def subruimtes() -> Board:
    """The table of Figuur 5b, four columns by six rows; the subruimte is where the team writes."""
    sheet = worksheet(
        "zes-subruimtes-coenders",
        "Zes leeroriëntaties en subruimtes van ontwikkelingsruimtes",
        description="Arrangeer een multifunctionele ruimte en gebruik daarvoor zes leeroriëntaties als "
        "ontwerprichtlijnen",
    )
    area = sheet.take()
    shares = [1, 1, 1, 2.6]
    head, body = vsplit(area, [26, area.height - 26 - GAP])
    for text, rect in zip(SUBRUIMTE_KOPPEN, hsplit(head, shares)):
        sheet.text(text, rect, bold=True, id="kop-" + slug(text))
    for row, band in zip(SUBRUIMTES, split(body, 1, len(SUBRUIMTES))):
        *given, cell = hsplit(band, shares)
        for column, (text, rect) in enumerate(zip(row[:3], given)):
            sheet.text(text, rect, align="center", id=f"{slug(row[3])}-{column + 1}")
        sheet.zone(row[3], cell, ZoneKind.ROW, id=slug(row[3]))
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


def tegeltjes() -> Board:
    sheet = worksheet(
        "tegeltjes-aan-de-muur",
        "Tegeltjes aan de muur",
        paper="A0",
        description="In deze paragraaf zijn de reflecties met teamleiders en directieteamleden opgenomen in de "
        "vorm van tegeltjeswijsheden.",
    )
    sheet.grid(
        [{"label": f"{nr} {text}", "id": f"tegeltje-{nr}"} for nr, text in enumerate(TEGELTJES, start=1)],
        5,
        sheet.take(),
    )
    return sheet.board


#: Figuur 15: the three phases of betrokkenheid and their possible interventions.
BETROKKENHEID = [
    (
        "Zelfbetrokkenheid",
        [
            "Lezingen/workshops (binnen en buiten de school).",
            "Voorzien van adequate informatie via diverse bronnen, bijvoorbeeld de ELO.",
            "Elkaar informeren binnen de school.",
            "Op gang brengen van meningsvorming door middel van informele gesprekken.",
            "Ingaan op behoefte aan individueel contact met directie, afdeling en/of teamleiders.",
            "Vermijden van te vroege evaluatieve uitspraken (door ouders, inspectie en begeleiders).",
            "Verzamelen van bestaand materiaal/input via internet.",
            "Contacten in werkgroepen of kleine groepen stimuleren.",
            "Informele gesprekken met collega’s uit andere school stimuleren.",
            "Aangepaste informatie doorspelen; signaleren van professionaliseringsinitiatieven.",
            "Tijdsdruk zoveel mogelijk vermijden.",
        ],
    ),
    (
        "Taakbetrokkenheid",
        [
            "Voorzien van de nodige input en materiaal.",
            "Uitbreiden van mogelijkheden van ondersteuning.",
            "Verzamelen van voorbeeldmateriaal en -procedures uit andere scholen en via internet.",
            "Tot stand brengen van ontwikkel- of werkgroepen binnen teams.",
            "Flexibel omgaan met tijd en bezetting met het oog op werkoverleg.",
            "Contacten met begeleiders voor onderzoek van evaluatiemogelijkheden.",
            "Informele gesprekken met inspectie, bestuur en ouders.",
        ],
    ),
    (
        "Ander (collega-)betrokkenheid",
        [
            "Duidelijke afspraken inzake opdrachten en uitvoering.",
            "Delegeren van bepaalde taken.",
            "Duidelijk structureren van verantwoordelijkheden (deze kunnen veranderen na verloop van tijd).",
            "Activiteiten om vaardigheden van de leraren als functionerend lid van een organisatie te verbeteren "
            "(verbeteren van communicatievaardigheden; oefeningen om doelen te verantwoorden en te verduidelijken; "
            "oefeningen om conflicten op te lossen; oefeningen om problemen meer efficiënt op te lossen en om meer "
            "efficiënt beslissingen te nemen; oefeningen om gevolg van eigen activiteiten te evalueren).",
        ],
    ),
]

#: The "veel gehoorde overwegingen", "vragen en problemen" the section gives per phase, in its order.
UITSPRAKEN = [
    "Kan ik dit wel aan?",
    "Doe ik het dan niet goed?",
    "Ik heb nu alles net zo goed voor elkaar en moet ik nu wéér veranderen?",
    "Voor de ontwikkeling die nu wordt voorgesteld, ben ik niet opgeleid.",
    "Hoeveel extra tijd kost het me en haal ik dat er straks weer uit?",
    "Door mee te werken bestaat de kans dat ik mijn prestige verlies ten opzichte van mijn collega’s.",
    "Wat voor daadwerkelijke hulp kan ik verwachten?",
    "Dat doen we zo toch altijd, al jaren.",
    "Ik wil wel, maar ik heb toch geen inbreng.",
    "Ik heb het nooit geleerd.",
    "De jongeren moeten het maar doen, die zijn ervoor opgeleid.",
    "Zijn de inrichting en de organisatie van wat als nieuw wordt voorgesteld, wel efficiënt?",
    "Staat de geïnvesteerde tijd wel in verhouding tot de resultaten die behaald moeten worden?",
    "Worden mijn leerlingen wel beter van de ingevoerde vernieuwingen?",
    "We missen het materiaal om de vernieuwing mogelijk te maken.",
    "De vernieuwing gaat hier veel te vlug.",
    "Ik weet niet hoe ik alle activiteiten moet voorbereiden en organiseren.",
    "Het kost ons heel veel energie.",
    "Hoe moeten we dat praktisch organiseren?",
    "Wanneer een verandering wordt ingevoerd, zijn het steeds dezelfde personen die zich engageren.",
    "Het is soms zeer moeilijk om met een ander persoon van gedachten te wisselen over de verandering.",
    "Wat mag er nog van collega’s gevraagd worden in verband met de samenwerking van de groep?",
    "Bemerkingen of andere interpretaties worden door mijn collega’s niet in dank afgenomen.",
    "Ik heb zorgen over de samenwerking met andere collega’s.",
]


def betrokkenheidsmodel() -> Board:
    """Figuur 15, Fasen | Mogelijke interventies: the team sorts the utterances it hears (the cards of
    betrokkenheidsmodel-kaartjes) onto a phase and notes the interventions it chooses."""
    sheet = worksheet(
        "betrokkenheidsmodel",
        "Betrokkenheidsmodel",
        paper="A0",
        description="Het betrokkenheids model biedt een basis voor het stellen van een diagnose van de actuele "
        "situatie van de betrokkenen.",
    )
    area = sheet.take()
    shares = [1, 2.4]
    head, body = vsplit(area, [26, area.height - 26 - GAP])
    for text, rect in zip(["Fasen", "Mogelijke interventies"], hsplit(head, shares)):
        sheet.text(text, rect, bold=True, id="kop-" + slug(text))
    for (fase, interventies), band in zip(BETROKKENHEID, vsplit(body, [len(items) + 4 for _, items in BETROKKENHEID])):
        left, right = hsplit(band, shares)
        sheet.zone(fase, left, ZoneKind.ROW, id=slug(fase))
        sheet.zone(
            f"Mogelijke interventies – {fase}",
            right,
            ZoneKind.CELL,
            id="interventies-" + slug(fase),
            definition="\n".join("• " + item for item in interventies),
        )
    return sheet.board


def betrokkenheidsmodel_kaartjes() -> Board:
    """The utterances as cards to cut out and sort onto the Betrokkenheidsmodel (in the section's order)."""
    sheet = worksheet(
        "betrokkenheidsmodel-kaartjes",
        "Betrokkenheidsmodel: kaartjes",
        orientation="portrait",
        description="Veel gehoorde overwegingen zijn dan de volgende.",
    )
    sheet.addition(
        "Betrokkenheidsmodel: kaartjes",
        "de publicatie geeft de uitspraken als voorbeelden in de tekst; Bruinpapier drukt ze af als kaartjes om "
        "uit te knippen en op het Betrokkenheidsmodel te sorteren",
    )
    sheet.grid(
        [{"label": text, "id": f"kaartje-{nr}", "notes": False} for nr, text in enumerate(UITSPRAKEN, start=1)],
        4,
        sheet.take(),
        gap=GAP * 2,
    )
    return sheet.board


ACHTBAAN_KOP = "Strategisch denken en handelen: een opeenvolging van vragen, antwoorden en producten"
ACHTBAAN_VRAGEN = [("Missie: Wat willen we?", ""), ("Extern:", "Wat mogen/moeten we?"), ("Intern:", "Wat kunnen we?")]
#: The products of Figuur 13 as one loop, each with the question printed next to it. The drawing of the
#: figure did not survive; this order is the cycle the text describes (develop, decide, carry out, evaluate).
ACHTBAAN_STATIONS = [
    ("Huidige strategische positie", ""),
    ("Hoofdlijnennotitie", "Wat gaan we doen?"),
    ("Afweging", ""),
    ("Beslissing", ""),
    ("Jaarbeleidsplan", "Wat gaan we komend jaar doen?"),
    ("Deelplannen", "Zijn de plannen bekend en uitvoerbaar?"),
    ("Implementatie in het primaire proces", "Hoe verloopt de implementatie"),
    ("Overleg aan de hand van tussentijdse evaluaties", "Zijn er tussentijdse bijstellingen nodig?"),
    ("Jaarverslag", "Wat doen we/hoe doen we het?"),
    ("Conclusies aangaande wijzigingen", "Welke wijzigingsvoorstellen zijn er?"),
]
ACHTBAAN_ANALYSE = ["Waar zitten we nu in de Achtbaan?", "Wat is er al gedaan?", "Wat nemen we waar?"]
NU = DotKind("nu", "waar zitten we nu", DOT_BLUE)


def achtbaan() -> Board:
    sheet = worksheet(
        "achtbaan",
        "De Achtbaan",
        paper="A0",
        description="De Achtbaan helpt bij het structureren van het proces van strategische beleidsvorming. Wie heeft "
        "welke verantwoordelijkheid en op welk moment in het jaar moet welk product af zijn?",
    )
    sheet.dot_legend()
    sheet.text(ACHTBAAN_KOP, sheet.take(30), bold=True, id="kop")
    sheet.columns(
        [{"label": label, "question": question, "id": slug(label)} for label, question in ACHTBAAN_VRAGEN],
        sheet.take(90),
        ZoneKind.CELL,
    )
    analysis_height = 120.0
    loop = sheet.take(sheet.remaining() - analysis_height - GAP)
    cells = split(loop, 5, 2, GAP * 4)
    order = [0, 1, 2, 3, 4, 9, 8, 7, 6, 5]  # left to right on top, right to left below: a loop
    zones = []
    for (label, question), index in zip(ACHTBAAN_STATIONS, order):
        zones.append(
            sheet.zone(label, cells[index], ZoneKind.CELL, id=slug(label)[:30].strip("-"), question=question, dots=[NU])
        )
    for before, after in itertools.pairwise([*zones, zones[0]]):
        sheet.arrow(before.id, after.id)
    sheet.columns([{"label": q, "id": slug(q)} for q in ACHTBAAN_ANALYSE], sheet.take(), ZoneKind.FREE_AREA)
    return sheet.board


FASEN = ["Aanloopfase", "Startfase", "Middenfase", "Eindfase"]
FASE_KOLOMMEN = ["Groepsactiviteiten (inclusief begeleider)", "Begeleider"]
FASE_CELLEN = [
    (
        "Deelnemers expliciteren rol, positie en verwachtingen. Ze bespreken individuele en collectieve interesses "
        "en leerdoelen. Ze maken een gezamenlijke leeragenda.",
        "Introductie van de deelnemers in de manier van werken.",
    ),
    (
        "Deelnemers geven vorm aan leertaken.",
        "Ondersteuning bij het vormgeven van taken en groepsprocessen. De competentie van de groep om dit al dan "
        "niet zelfstandig te doen, bepaalt of de begeleider zich terugtrekt.",
    ),
    (
        "Deelnemers werken aan leertaken. Ze reflecteren op de werkwijze om zo nodig aanpassingen te kunnen maken "
        "gebaseerd op participatie en interactie, aard van leeractiviteiten, wenselijke strategieën van deelnemers "
        "en benodigde rollen om het gezamenlijk leren te faciliteren.",
        "",
    ),
    (
        "Aandacht verschuift van het werken aan leertaken naar kritische reflectie. Afronding van werkzaamheden.",
        "Actieve deelname om de groep te begeleiden en te informeren over de wijze waarop de leertaak kan worden "
        "afgerond en opgeleverd.",
    ),
]


def gemeenschapsgestuurd_leren() -> Board:
    """Figuur 2: Aanloopfase, Startfase, Middenfase, Eindfase × group activities and the begeleider."""
    sheet = worksheet(
        "gemeenschapsgestuurd-leren",
        "Richtlijnen voor een gemeenschapsgestuurde benadering van leren",
        paper="A0",
        description="Op basis van enkele designstudies werkte hij een aantal richtlijnen uit voor een meer "
        "gemeenschapsgestuurde benadering van het leren.",
    )
    grid = sheet.matrix(FASE_KOLOMMEN, FASEN, sheet.take(), label_width=140, head_height=30)
    for row, definitions in zip(grid, FASE_CELLEN):
        for zone, definition in zip(row, definitions):
            zone.definition = definition
    return sheet.board


DIALOOG_KENMERKEN = {
    "Dialoog": [
        "Verkennend",
        "Ruimte voor context",
        "Onderzoekend",
        "Coöperatief",
        "Openend proces",
        "Vrouwelijke benadering",
        "Rechterhersenhelft",
    ],
    "Debat": [
        "Antwoord op stelling",
        "Pro en contra",
        "Stellingen",
        "Competitief",
        "Sluitend proces",
        "Mannelijke benadering",
        "Linkerhersenhelft",
    ],
    "Discussie": [
        "Oplossing van de sterkste",
        "Twee of meer opties",
        "Meningen tegenover elkaar",
        "Competitief",
        "Sluitend proces",
        "Mannelijke benadering",
        "Linkerhersenhelft",
    ],
}
DIALOOG_TOEPASSING = "Toepassen van dialoog en het creëren van de juiste omstandigheden."
DIALOOG_REGELS = [
    "Ga in een kring zitten.",
    "Stel je oordeel uit.",
    "Spreek reacties op anderen niet meteen uit.",
    "Luister vooral.",
    "Wees op je gemak met stilte.",
    "Spreek vanuit je hart.",
    "Voel je verantwoordelijk voor het proces.",
    "Je voert een dialoog om te leren.",
    "Voel je niet meer of minder dan een ander.",
    "Heb geduld met het proces.",
]


def dialoog_debat_discussie() -> Board:
    """Figuur 17 (dialoog, debat, discussie, seven features each) and the ten rules of its Toepassing."""
    sheet = worksheet(
        "dialoog-debat-discussie",
        "Debat, dialoog en discussie",
        paper="A0",
        description="We maken de principes van dialoog duidelijk aan de hand van de verschillen met debat en "
        "discussie.",
    )
    table, rules = vsplit(sheet.take(), [1.5, 1])
    sheet.columns(
        [{"label": label, "definition": "\n".join(items)} for label, items in DIALOOG_KENMERKEN.items()], table
    )
    sheet.zone(
        DIALOOG_TOEPASSING,
        rules,
        ZoneKind.CELL,
        id="toepassing",
        definition="\n".join("• " + rule for rule in DIALOOG_REGELS),
    )
    return sheet.board


BUILDERS = [
    gemeenschapsgestuurd_leren,
    activiteitensysteem,
    subruimtes,
    werkblad_spiegel,
    van_naar,
    tegeltjes,
    matrix_van_camp,
    achtbaan,
    betrokkenheidsmodel,
    betrokkenheidsmodel_kaartjes,
    dialoog_debat_discussie,
]
