"""Ruimte voor ontwikkeling in wijkteams: leerKRACHT, 70-20-10, leerstijlen, actieleren and
waarderend organiseren. Three of them are procedures with steps, each a method of its own."""

from __future__ import annotations

import itertools

from template_layout import hsplit, slug, worksheet

from boards.model import Board, ZoneKind

LEERKRACHT = "leerkracht"
ACTIELEREN = "actieleren"
WAARDEREND = "waarderend-organiseren"

BORDSESSIE = ["check-in", "successen", "doelen", "acties", "planning"]


def leerkracht_bordsessie() -> Board:
    """The five elements of the bordsessie; the source's 80 % is one class's example goal, not a table."""
    sheet = worksheet(
        "leerkracht-bordsessie",
        "Bordsessie",
        method=LEERKRACHT,
        step="bordsessie",
        paper="A0",
        description="Bordsessie: effectieve, korte werksessie waarin leraren en schoolleiding wekelijks "
        "(leerling)resultaten bespreken, doelen bepalen en verbeteracties afspreken. In vijftien minuten worden "
        "staand de volgende elementen besproken: check-in, successen, doelen, acties en planning.",
    )
    sheet.columns(BORDSESSIE, sheet.take())
    return sheet.board


LEREN_70_20_10 = [("in de praktijk", 70.0), ("in sociale relaties", 20.0), ("in formele leersituaties", 10.0)]


def zeventig_twintig_tien() -> Board:
    sheet = worksheet(
        "70-20-10",
        "70 – 20 – 10",
        question="Zeventig procent van wat wij leren voor ons werk gebeurt in de praktijk, twintig procent "
        "in sociale relaties door interactie met collega’s en tien procent in formele "
        "leersituaties.",
        description="Jennings introduceerde de 70 – 20 – 10 regel, om zichtbaar te maken waar mensen veel van leren.",
    )
    for (label, percent), rect in zip(LEREN_70_20_10, hsplit(sheet.take(), [p for _, p in LEREN_70_20_10])):
        sheet.zone(label, rect, ZoneKind.COLUMN, reference_percent=percent, definition=f"{percent:g} %")
    return sheet.board


#: "Hoe landt kennis het beste bij professionals?" (Simons en Ruijters, 2012): leerstijl → omgeving, activiteiten.
LEERSTIJLEN = [
    (
        "Kunst afkijken",
        "Geen opleiding, snelle oplossing voor complexe vragen",
        "Wandelgangen, werkbezoek, gesprek met deskundige, reguliere vergadering, best practices",
    ),
    ("Participeren", "Inspirerende ontmoetingen", "Communities of practice, storytelling, intervisie, leerkringen"),
    (
        "Kennis verwerven",
        "Aanwezigheid kennisbronnen",
        "Onderzoeksrapporten, experts raadplegen, internet, zelf onderzoek doen",
    ),
    ("Oefenen", "Tijd en ruimte om te oefenen", "Rollenspel, simulaties, workshops, trainingen"),
    ("Ontdekken", "Onverwachte setting", "Leren rond praktijkopdracht, brainstormsessies"),
]
LEERSTIJL_KOLOMMEN = ["Voorkeur leeromgeving", "Passende leeractiviteiten"]


def hoe_landt_kennis() -> Board:
    """The table as printed: Leerstijl | Voorkeur leeromgeving | Passende leeractiviteiten, five rows."""
    sheet = worksheet(
        "hoe-landt-kennis",
        "Hoe landt kennis het beste bij professionals?",
        paper="A0",
        description="Bron: Simons en Ruijters, 2012",
    )
    grid = sheet.matrix(
        LEERSTIJL_KOLOMMEN,
        [name for name, _, _ in LEERSTIJLEN],
        sheet.take(),
        label_width=170,
        head_height=30,
        corner="Leerstijl",
    )
    for row, (_, omgeving, activiteiten) in zip(grid, LEERSTIJLEN):
        row[0].definition, row[1].definition = omgeving, activiteiten
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
    sheet = worksheet(
        "waarderend-organiseren",
        "Waarderend organiseren",
        method=WAARDEREND,
        step="verwoorden",
        paper="A0",
        description="Het proces van waarderend organiseren bestaat uit vijf stappen:",
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


#: The five steps of actieleren as the source words them (it gives them no titles).
ACTIELEREN_STAPPEN = [
    ("casus", "Een deelnemer brengt een praktijkvraagstuk of casus in en schetst de eigen ontwikkelingsvraag."),
    ("open-vragen", "Het stellen van open vragen om de aard van de situatie helder te krijgen."),
    ("richtingen", "Het bepalen van mogelijke richtingen, ideeën, tips en oplossingen."),
    ("actie-eigenaar", "Het bepalen van de actie-eigenaar."),
    ("actie", "Het ondernemen van actie."),
]


def actieleren() -> Board:
    sheet = worksheet(
        "actieleren",
        "Actieleren: methodisch vraagstukken bespreken en acties bepalen",
        method=ACTIELEREN,
        step="casus",
        paper="A0",
        description="Actieleren is een manier van leren die dichtbij de praktijk staat. Het is een continu proces "
        "van leren en reflecteren, met als doel iets (beter) gedaan te krijgen. Uitgangspunt is een praktijksituatie "
        "waar deelnemers over in dialoog gaan. Door open vragen te stellen wordt het niet weten en de twijfel over "
        "een kwestie naar boven gehaald en doordacht. De leercoach bewaakt het proces en de structuur.",
    )
    zones = sheet.columns(
        [{"label": f"{nr}. {text}", "id": step_id} for nr, (step_id, text) in enumerate(ACTIELEREN_STAPPEN, start=1)],
        sheet.take(),
    )
    for before, after in itertools.pairwise(zones):
        sheet.arrow(before.id, after.id)
    return sheet.board


BUILDERS = [leerkracht_bordsessie, zeventig_twintig_tien, hoe_landt_kennis, actieleren, waarderend_organiseren]
