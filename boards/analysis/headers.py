"""Dutch column titles for every table the analysis produces."""

from __future__ import annotations

import pandas as pd

from boards.i18n import QT_TRANSLATE_NOOP

_T = "analysis"

HEADERS: dict[str, str] = {
    "session": QT_TRANSLATE_NOOP(_T, "Sessie"),
    "school": QT_TRANSLATE_NOOP(_T, "School"),
    "team": QT_TRANSLATE_NOOP(_T, "Team"),
    "date": QT_TRANSLATE_NOOP(_T, "Datum"),
    "method": QT_TRANSLATE_NOOP(_T, "Methode"),
    "step": QT_TRANSLATE_NOOP(_T, "Stap"),
    "board_id": QT_TRANSLATE_NOOP(_T, "Bord-id"),
    "board_title": QT_TRANSLATE_NOOP(_T, "Bord"),
    "facilitator": QT_TRANSLATE_NOOP(_T, "Begeleider"),
    "participants": QT_TRANSLATE_NOOP(_T, "Deelnemers"),
    "zone_id": QT_TRANSLATE_NOOP(_T, "Vak-id"),
    "zone_label": QT_TRANSLATE_NOOP(_T, "Vak"),
    "group_label": QT_TRANSLATE_NOOP(_T, "Groep"),
    "color": QT_TRANSLATE_NOOP(_T, "Kleur-id"),
    "color_label": QT_TRANSLATE_NOOP(_T, "Kleur"),
    "text": QT_TRANSLATE_NOOP(_T, "Tekst"),
    "source": QT_TRANSLATE_NOOP(_T, "Bron"),
    "kind": QT_TRANSLATE_NOOP(_T, "Soort-id"),
    "kind_label": QT_TRANSLATE_NOOP(_T, "Soort stip"),
    "count": QT_TRANSLATE_NOOP(_T, "Aantal"),
    "notes": QT_TRANSLATE_NOOP(_T, "Briefjes"),
    "dots": QT_TRANSLATE_NOOP(_T, "Stippen"),
    "actions": QT_TRANSLATE_NOOP(_T, "Actiepunten"),
    "total": QT_TRANSLATE_NOOP(_T, "Totaal"),
    "nr": QT_TRANSLATE_NOOP(_T, "Nr."),
    "action": QT_TRANSLATE_NOOP(_T, "Concreet actiepunt"),
    "owner": QT_TRANSLATE_NOOP(_T, "Initiatiefnemer"),
    "due": QT_TRANSLATE_NOOP(_T, "Tijdpad"),
    "impact": QT_TRANSLATE_NOOP(_T, "Impact"),
    "workload": QT_TRANSLATE_NOOP(_T, "Werkbelasting"),
    "todos": QT_TRANSLATE_NOOP(_T, "To do's"),
    "done": QT_TRANSLATE_NOOP(_T, "Gedaan"),
    "open": QT_TRANSLATE_NOOP(_T, "Open"),
    "rank": QT_TRANSLATE_NOOP(_T, "Rang"),
    "burden": QT_TRANSLATE_NOOP(_T, "Last"),
    "positive": QT_TRANSLATE_NOOP(_T, "Positief"),
    "balance": QT_TRANSLATE_NOOP(_T, "Balans"),
    "share": QT_TRANSLATE_NOOP(_T, "Aandeel (%)"),
    "share_text": QT_TRANSLATE_NOOP(_T, "Aandeel"),
    "question": QT_TRANSLATE_NOOP(_T, "Vraag"),
    "question_kind": QT_TRANSLATE_NOOP(_T, "Soort vraag"),
    "value": QT_TRANSLATE_NOOP(_T, "Antwoord"),
    "base": QT_TRANSLATE_NOOP(_T, "Van (aantal)"),
    "percent": QT_TRANSLATE_NOOP(_T, "Percentage (%)"),
    "percent_text": QT_TRANSLATE_NOOP(_T, "Percentage"),
    "label": QT_TRANSLATE_NOOP(_T, "Aantal (percentage)"),
    "answers": QT_TRANSLATE_NOOP(_T, "Antwoorden"),
    "respondents": QT_TRANSLATE_NOOP(_T, "Respondenten"),
    "remark": QT_TRANSLATE_NOOP(_T, "Opmerking"),
    "mean": QT_TRANSLATE_NOOP(_T, "Gemiddelde"),
    "mean_text": QT_TRANSLATE_NOOP(_T, "Gemiddelde (tekst)"),
    "work_min": QT_TRANSLATE_NOOP(_T, "Bewerkingstijd (min)"),
    "wait_min": QT_TRANSLATE_NOOP(_T, "Wachttijd (min)"),
    "work_text": QT_TRANSLATE_NOOP(_T, "Bewerkingstijd"),
    "wait_text": QT_TRANSLATE_NOOP(_T, "Wachttijd"),
    "row_label": QT_TRANSLATE_NOOP(_T, "Rij"),
    "column_label": QT_TRANSLATE_NOOP(_T, "Kolom"),
    "first": QT_TRANSLATE_NOOP(_T, "Eerste"),
    "last": QT_TRANSLATE_NOOP(_T, "Laatste"),
    "first_date": QT_TRANSLATE_NOOP(_T, "Eerste datum"),
    "last_date": QT_TRANSLATE_NOOP(_T, "Laatste datum"),
    "change": QT_TRANSLATE_NOOP(_T, "Verandering"),
    "sessions": QT_TRANSLATE_NOOP(_T, "Sessies"),
    "mean_per_session": QT_TRANSLATE_NOOP(_T, "Gemiddeld per sessie"),
    "measure": QT_TRANSLATE_NOOP(_T, "Telling"),
    "period": QT_TRANSLATE_NOOP(_T, "Periode"),
    "schools": QT_TRANSLATE_NOOP(_T, "Scholen"),
    "open_actions": QT_TRANSLATE_NOOP(_T, "Open actiepunten"),
    "min": QT_TRANSLATE_NOOP(_T, "Minste"),
    "max": QT_TRANSLATE_NOOP(_T, "Meeste"),
}


def header(column: object) -> str:
    """The Dutch title of a column; unknown columns (dot kind labels, dates) as they are."""
    return HEADERS.get(str(column), str(column))


def with_dutch_headers(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.rename(columns={column: header(column) for column in frame.columns})
