"""Dutch column titles for every table the analysis produces."""

from __future__ import annotations

import pandas as pd

from boards.i18n import QT_TRANSLATE_NOOP

HEADERS: dict[str, str] = {
    "session": QT_TRANSLATE_NOOP("analysis", "Sessie"),
    "school": QT_TRANSLATE_NOOP("analysis", "School"),
    "team": QT_TRANSLATE_NOOP("analysis", "Team"),
    "date": QT_TRANSLATE_NOOP("analysis", "Datum"),
    "method": QT_TRANSLATE_NOOP("analysis", "Methode"),
    "step": QT_TRANSLATE_NOOP("analysis", "Stap"),
    "board_id": QT_TRANSLATE_NOOP("analysis", "Bord-id"),
    "board_title": QT_TRANSLATE_NOOP("analysis", "Bord"),
    "facilitator": QT_TRANSLATE_NOOP("analysis", "Begeleider"),
    "participants": QT_TRANSLATE_NOOP("analysis", "Deelnemers"),
    "zone_id": QT_TRANSLATE_NOOP("analysis", "Vak-id"),
    "zone_label": QT_TRANSLATE_NOOP("analysis", "Vak"),
    "group_label": QT_TRANSLATE_NOOP("analysis", "Groep"),
    "color": QT_TRANSLATE_NOOP("analysis", "Kleur-id"),
    "color_label": QT_TRANSLATE_NOOP("analysis", "Kleur"),
    "text": QT_TRANSLATE_NOOP("analysis", "Tekst"),
    "source": QT_TRANSLATE_NOOP("analysis", "Bron"),
    "kind": QT_TRANSLATE_NOOP("analysis", "Soort-id"),
    "kind_label": QT_TRANSLATE_NOOP("analysis", "Soort stip"),
    "count": QT_TRANSLATE_NOOP("analysis", "Aantal"),
    "notes": QT_TRANSLATE_NOOP("analysis", "Briefjes"),
    "dots": QT_TRANSLATE_NOOP("analysis", "Stippen"),
    "actions": QT_TRANSLATE_NOOP("analysis", "Actiepunten"),
    "total": QT_TRANSLATE_NOOP("analysis", "Totaal"),
    "nr": QT_TRANSLATE_NOOP("analysis", "Nr."),
    "action": QT_TRANSLATE_NOOP("analysis", "Concreet actiepunt"),
    "owner": QT_TRANSLATE_NOOP("analysis", "Initiatiefnemer"),
    "due": QT_TRANSLATE_NOOP("analysis", "Tijdpad"),
    "impact": QT_TRANSLATE_NOOP("analysis", "Impact"),
    "workload": QT_TRANSLATE_NOOP("analysis", "Werkbelasting"),
    "todos": QT_TRANSLATE_NOOP("analysis", "To do's"),
    "done": QT_TRANSLATE_NOOP("analysis", "Gedaan"),
    "open": QT_TRANSLATE_NOOP("analysis", "Open"),
    "rank": QT_TRANSLATE_NOOP("analysis", "Rang"),
    "burden": QT_TRANSLATE_NOOP("analysis", "Last"),
    "burden_share": QT_TRANSLATE_NOOP("analysis", "Aandeel last (%)"),
    "processes": QT_TRANSLATE_NOOP("analysis", "Processen"),
    "positive": QT_TRANSLATE_NOOP("analysis", "Positief"),
    "balance": QT_TRANSLATE_NOOP("analysis", "Balans"),
    "share": QT_TRANSLATE_NOOP("analysis", "Aandeel (%)"),
    "share_text": QT_TRANSLATE_NOOP("analysis", "Aandeel"),
    "question": QT_TRANSLATE_NOOP("analysis", "Vraag"),
    "question_kind": QT_TRANSLATE_NOOP("analysis", "Soort vraag"),
    "value": QT_TRANSLATE_NOOP("analysis", "Antwoord"),
    "base": QT_TRANSLATE_NOOP("analysis", "Van (aantal)"),
    "percent": QT_TRANSLATE_NOOP("analysis", "Percentage (%)"),
    "percent_text": QT_TRANSLATE_NOOP("analysis", "Percentage"),
    "label": QT_TRANSLATE_NOOP("analysis", "Aantal (percentage)"),
    "answers": QT_TRANSLATE_NOOP("analysis", "Antwoorden"),
    "respondents": QT_TRANSLATE_NOOP("analysis", "Respondenten"),
    "remark": QT_TRANSLATE_NOOP("analysis", "Opmerking"),
    "mean": QT_TRANSLATE_NOOP("analysis", "Gemiddelde"),
    "mean_text": QT_TRANSLATE_NOOP("analysis", "Gemiddelde (tekst)"),
    "work_min": QT_TRANSLATE_NOOP("analysis", "Bewerkingstijd (min)"),
    "wait_min": QT_TRANSLATE_NOOP("analysis", "Wachttijd (min)"),
    "work_text": QT_TRANSLATE_NOOP("analysis", "Bewerkingstijd"),
    "wait_text": QT_TRANSLATE_NOOP("analysis", "Wachttijd"),
    "row_label": QT_TRANSLATE_NOOP("analysis", "Rij"),
    "column_label": QT_TRANSLATE_NOOP("analysis", "Kolom"),
    "first": QT_TRANSLATE_NOOP("analysis", "Eerste"),
    "last": QT_TRANSLATE_NOOP("analysis", "Laatste"),
    "first_date": QT_TRANSLATE_NOOP("analysis", "Eerste datum"),
    "last_date": QT_TRANSLATE_NOOP("analysis", "Laatste datum"),
    "change": QT_TRANSLATE_NOOP("analysis", "Verandering"),
    "sessions": QT_TRANSLATE_NOOP("analysis", "Sessies"),
    "mean_per_session": QT_TRANSLATE_NOOP("analysis", "Gemiddeld per sessie"),
    "measure": QT_TRANSLATE_NOOP("analysis", "Telling"),
    "period": QT_TRANSLATE_NOOP("analysis", "Periode"),
    "schools": QT_TRANSLATE_NOOP("analysis", "Scholen"),
    "open_actions": QT_TRANSLATE_NOOP("analysis", "Open actiepunten"),
    "min": QT_TRANSLATE_NOOP("analysis", "Minste"),
    "max": QT_TRANSLATE_NOOP("analysis", "Meeste"),
}


def header(column: object) -> str:
    """The Dutch title of a column; unknown columns (dot kind labels, dates) as they are."""
    return HEADERS.get(str(column), str(column))


def with_dutch_headers(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.rename(columns={column: header(column) for column in frame.columns})
