"""Werkobservaties — 't Blokhuus ("Meer ict, minder werkdruk?", praktijkvoorbeeld 3).

An expert method without a stappenplan; the steps follow the sections of the case.
"""

from __future__ import annotations

from template_layout import Sheet, hsplit, new_board, split

from boards.colors import DOT_BLUE, DOT_RED
from boards.model import Board, DotKind, ZoneKind

METHOD = "werkobservaties"

ICT_SITUATIE = ["Lesvoorbereiding", "Tijdens de lessen", "Buiten de lessen om", "Ondersteunende processen"]

# "De momenten waarop de leraar ict gebruikt, zijn vetgedrukt." / "... wanneer dat knelpunten opleverde."
ICT_MOMENT = DotKind("ict-moment", "de leraar ict gebruikt", DOT_BLUE)
KNELPUNT = DotKind("knelpunt", "knelpunten", DOT_RED)
#: The times of the seed's example day ("EEN DAG BIJ GROEP 4"), as irregular as the timetable was.
DAG_TIJDEN = [
    "08.00", "08.30", "08.50", "09.00", "09.15", "09.35", "09.45", "10.00", "10.15", "10.30", "10.45", "11.15",
    "11.30", "11.40", "12.00", "12.35", "13.00", "13.10", "13.35", "13.50", "14.35", "15.00", "15.30", "15.45",
    "16.00", "16.30",
]  # fmt: skip

ADVIEZEN = ["Op de lange termijn", "Op de middellange termijn", "Op de korte termijn"]


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


def ict_situatie() -> Board:
    sheet = _sheet(
        "ict-situatie",
        "Schets van de ict-situatie",
        "ict-situatie",
        description="Leraren en andere medewerkers van ‘t Blokhuus gebruiken ict op verschillende manieren.",
    )
    sheet.rows(ICT_SITUATIE, sheet.take())
    return sheet.board


def dagoverzicht() -> Board:
    sheet = _sheet(
        "dagoverzicht",
        "Dagoverzicht",
        "observaties",
        paper="A0",  # 26 times of the day: rows tall enough for a dot and a note
        orientation="portrait",
        question="EEN DAG BIJ GROEP 4",
        description="Tijdens de observatie in de klas hebben de onderzoekers het rooster gevolgd. Hierbij geven ze "
        "steeds aan wanneer de leraar ict-toepassingen gebruikte en wanneer dat problemen opleverde of tot werkdruk "
        "leidde.",
    )
    sheet.dot_legend()
    for time, cell in zip(DAG_TIJDEN, split(sheet.take(), 1, len(DAG_TIJDEN), 2.0)):
        sheet.zone(time, cell, ZoneKind.ROW, id="t" + time.replace(".", ""), dots=[ICT_MOMENT, KNELPUNT])
    return sheet.board


def observaties_oplossingen() -> Board:
    sheet = _sheet(
        "observaties-en-oplossingen",
        "Concrete observaties en verbetersuggesties",
        "observaties-en-oplossingen",
        description="In het navolgende komen per algemene conclusie de diverse knelpunten in het werken met ict aan "
        "bod. Daarnaast zijn steeds de oplossingen te vinden die de onderzoekers voor de afzonderlijke knelpunten "
        "aandragen.",
    )
    sheet.zone("Hoofdobservatie", sheet.take(50), ZoneKind.FREE_AREA, id="hoofdobservatie")
    sheet.table(["OBSERVATIES", "OPLOSSINGEN"], sheet.take(), notes=True)
    return sheet.board


def card_sorting() -> Board:
    sheet = _sheet(
        "card-sorting",
        "Card sorting",
        "adviezen",
        paper="A0",
        description="Bij card sorting wordt de totale verzameling content per stukje op een kaart geschreven. De "
        "gebruiker leest de kaartjes hardop voor en brengt ze onder in een groep. In totaal moeten er zes tot zeven "
        "groepen ontstaan. Zijn alle groepen samengesteld, dan krijgen ze stuk voor stuk een naam.",
    )
    stack, groups = hsplit(sheet.take(), [1, 4])
    sheet.zone("Kaartjes", stack, ZoneKind.FREE_AREA, id="kaarten")
    labels = [
        sheet.addition(f"Groep {nr}", "nummer om de zes tot zeven groepen uit elkaar te houden tot ze een naam hebben")
        for nr in range(1, 8)
    ]
    sheet.grid([{"label": label, "id": f"groep-{nr}"} for nr, label in enumerate(labels, start=1)], 4, groups)
    return sheet.board


def adviezen() -> Board:
    sheet = _sheet(
        "adviezen",
        "Adviezen",
        "adviezen",
        description="Na analyse van de observaties kwamen de onderzoekers tot een aantal adviezen voor de lange, "
        "middellange en korte termijn:",
    )
    sheet.columns(ADVIEZEN, sheet.take())
    return sheet.board


BUILDERS = [ict_situatie, dagoverzicht, observaties_oplossingen, card_sorting, adviezen]
