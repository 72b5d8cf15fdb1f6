"""Werkobservaties — 't Blokhuus ("Meer ict, minder werkdruk?", praktijkvoorbeeld 3).

An expert method without a stappenplan; the steps follow the sections of the case.
"""

from __future__ import annotations

from template_layout import Sheet, hsplit, new_board, split

from boards.colors import DOT_BLUE, DOT_RED
from boards.model import Board, DotKind, ZoneKind

METHOD = "werkobservaties"

ICT_SITUATIE = ["Lesvoorbereiding", "Tijdens de lessen", "Buiten de lessen om", "Ondersteunende processen"]

ICT_MOMENT = DotKind("ict-moment", "ict-moment", DOT_BLUE)
KNELPUNT = DotKind("knelpunt", "knelpunt", DOT_RED)
DAG_TIJDEN = [f"{hour:02d}.{minute:02d}" for hour in range(8, 17) for minute in (0, 30)]

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
        description="Hoe leraren en andere medewerkers ict gebruiken, per soort werk.",
    )
    sheet.rows(ICT_SITUATIE, sheet.take())
    return sheet.board


def dagoverzicht() -> Board:
    sheet = _sheet(
        "dagoverzicht",
        "Dagoverzicht",
        "observaties",
        orientation="portrait",
        question="EEN DAG BIJ GROEP …",
        description="De observator noteert per tijdvak wat er gebeurt en markeert de momenten waarop de "
        "leraar ict gebruikt (blauwe stip) en waar dat een knelpunt oplevert (rode stip).",
    )
    sheet.dot_legend()
    for time, cell in zip(DAG_TIJDEN, split(sheet.take(), 1, len(DAG_TIJDEN), 3.0)):
        sheet.zone(time, cell, ZoneKind.ROW, id="t" + time.replace(".", ""), dots=[ICT_MOMENT, KNELPUNT])
    return sheet.board


def observaties_oplossingen() -> Board:
    sheet = _sheet(
        "observaties-en-oplossingen",
        "Observaties en oplossingen",
        "observaties-en-oplossingen",
        description="Per hoofdobservatie de knelpunten in het werken met ict en per knelpunt de "
        "oplossing (ook als ‘VERDERE OBSERVATIES’ / ‘VERDERE OPLOSSINGEN’ of ‘OBSERVATIES’ / "
        "‘VERBETERSUGGESTIE’). Elke rij is een paar.",
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
        description="De totale verzameling content wordt per stukje op een kaart geschreven. De "
        "gebruiker leest de kaartjes hardop voor en brengt ze onder in een groep. In totaal "
        "moeten er zes tot zeven groepen ontstaan; daarna krijgen ze stuk voor stuk een naam.",
    )
    stack, groups = hsplit(sheet.take(), [1, 4])
    sheet.zone("Kaarten", stack, ZoneKind.FREE_AREA, id="kaarten", definition="Nog niet ingedeelde kaarten")
    sheet.grid([{"label": f"Groep {nr}", "id": f"groep-{nr}", "definition": "Naam:"} for nr in range(1, 8)], 4, groups)
    return sheet.board


def adviezen() -> Board:
    sheet = _sheet(
        "adviezen",
        "Adviezen",
        "adviezen",
        description="Na analyse van de observaties: adviezen voor de lange, middellange en korte termijn.",
    )
    sheet.columns(ADVIEZEN, sheet.take())
    return sheet.board


BUILDERS = [ict_situatie, dagoverzicht, observaties_oplossingen, card_sorting, adviezen]
