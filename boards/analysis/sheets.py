"""The analysis as named tables with Dutch headers: one per Excel sheet.

Tables of several sessions are stacked with a "Sessie" column in front, so
each sheet stays one table. Numbers stay numbers: a percentage is a column
whose header ends in "(%)" holding 0–100 (:mod:`boards.workbooks` writes it
with a percentage format); texts such as "27,3 %" are for the screen and the
report, not for the workbook.
"""

from __future__ import annotations

import pandas as pd

from boards.analysis.headers import with_dutch_headers
from boards.analysis.overview import Analysis, SessionAnalysis
from boards.analysis.summary import ArchiveSummary
from boards.durations import format_duration_long
from boards.written import CONCLUSION_PREFIX, SUGGESTION_PREFIX

#: Internal id columns that readers of a sheet do not need.
HIDDEN_COLUMNS = (
    "zone_id",
    "color",
    "kind",
    "question_id",
    "percent_text",
    "share_text",
    "mean_text",
    "label",
    "note_id",
)


def _readable(frame: pd.DataFrame) -> pd.DataFrame:
    return with_dutch_headers(frame.drop(columns=[column for column in HIDDEN_COLUMNS if column in frame.columns]))


def _stack(parts: list[tuple[SessionAnalysis, pd.DataFrame]]) -> pd.DataFrame:
    frames = []
    for item, frame in parts:
        frame = frame.copy()
        frame.insert(0, "session_label", item.label)
        frames.append(frame)
    if not frames:
        return pd.DataFrame()
    stacked = pd.concat(frames, ignore_index=True)
    return stacked.rename(columns={"session_label": "Sessie"})


VSM_TOTAL_COLUMNS = [
    "Sessie",
    "Doorlooptijd (min)",
    "Bewerkingstijd (min)",
    "Wachttijd (min)",
    "Waarde toevoegend (%)",
    "Doorlooptijd",
    "Langste wachttijd",
    "Zonder tijd",
]


def vsm_totals_row(item: SessionAnalysis) -> tuple:
    vsm = item.vsm
    assert vsm is not None
    longest = vsm.longest_waits[0] if vsm.longest_waits else None
    return (
        item.label,
        vsm.lead_min,
        vsm.work_min,
        vsm.wait_min,
        vsm.value_share if vsm.value_share is not None else float("nan"),
        format_duration_long(vsm.lead_min),
        f"{longest[0]} ({format_duration_long(longest[1])})" if longest else "",
        ", ".join(vsm.without_times),
    )


def conclusions_table(items: list[SessionAnalysis]) -> pd.DataFrame:
    """Per session: the team's conclusion, what the team wrote on the board, Bruinpapier's suggestion
    and the other findings, each row saying whose words it holds."""
    rows = []
    for item in items:
        if item.conclusion:
            rows.append((item.label, "Conclusie van het team", item.conclusion))
        elif item.has_conclusion_area:
            rows.append((item.label, "Conclusie van het team", "(nog niet ingevuld)"))
        for area in item.written:
            if not area.is_conclusion:
                rows += [(item.label, f"Geschreven bij: {area.label}", text) for text in area.texts]
        if item.suggestion:
            rows.append((item.label, "Suggestie van Bruinpapier", item.suggestion))
        marked = (CONCLUSION_PREFIX, SUGGESTION_PREFIX)
        rows += [(item.label, "Bevinding", finding) for finding in item.findings if not finding.startswith(marked)]
    return pd.DataFrame(rows, columns=["Sessie", "Soort", "Tekst"])


def analysis_sheets(analysis: Analysis) -> dict[str, pd.DataFrame]:
    """Sheet name (≤ 31 characters) → table, in reading order; empty tables left out."""
    items = analysis.per_session
    sheets: dict[str, pd.DataFrame] = {
        "Sessies": _readable(analysis.overview),
        "Tellingen per vak": _stack([(item, _readable(item.zone_counts)) for item in items]),
        "Kleuren briefjes": _stack([(item, _readable(item.color_counts)) for item in items]),
        "Soorten stippen": _stack([(item, _readable(item.kind_counts)) for item in items]),
    }
    processes = [item for item in items if item.processes is not None]
    sheets["Procesplaat rangorde"] = _stack(
        [(item, _readable(item.processes.labelled(item.processes.processes))) for item in processes]
    )  # type: ignore[union-attr]
    groups = []
    for item in processes:
        frame = item.processes.labelled(item.processes.groups).copy()  # type: ignore[union-attr]
        groups.append(
            (
                item,
                with_dutch_headers(
                    frame.rename(
                        columns={
                            "processes": "Processen",
                            "burden_share": f"Aandeel {item.processes.kinds.burden.label} (%)",
                        }
                    )
                ),
            )
        )  # type: ignore[union-attr]
    sheets["Procesplaat groepen"] = _stack(groups)
    sheets["Verdeling"] = _stack([(item, _readable(item.distribution.table)) for item in items if item.distribution])
    sheets["Matrix"] = _stack(
        [(item, item.grid.table.rename_axis("Rij").reset_index()) for item in items if item.grid is not None]
    )
    sheets["Vragenlijst antwoorden"] = _stack([(item, _readable(item.scales.answers)) for item in items if item.scales])
    sheets["Vragenlijst vragen"] = _stack(
        [
            (item, _readable(item.scales.questions.assign(mean=item.scales.questions["mean"].round(1))))
            for item in items
            if item.scales
        ]
    )
    sheets["VSM-tijden"] = _stack([(item, _readable(item.vsm.steps)) for item in items if item.vsm is not None])
    sheets["VSM-doorlooptijd"] = pd.DataFrame(
        [vsm_totals_row(item) for item in items if item.vsm is not None and item.vsm.has_times],
        columns=VSM_TOTAL_COLUMNS,
    )
    sheets["Conclusies"] = conclusions_table(items)
    sheets["Actiepunten"] = _readable(analysis.actions)
    sheets["Briefjes"] = _readable(analysis.notes)
    sheets["Stippen"] = _readable(analysis.dots)
    for index, trend in enumerate(analysis.trends, start=1):
        name = f"Over tijd {index}" if len(analysis.trends) > 1 else "Over tijd"
        frame = trend.table.copy()
        frame.insert(0, "board_id", trend.board_id)
        frame.insert(0, "school", trend.school)
        sheets[name] = _readable(frame)
    for index, comparison in enumerate(analysis.comparisons, start=1):
        name = f"Scholen {index}" if len(analysis.comparisons) > 1 else "Scholen"
        frame = comparison.table.copy()
        frame["mean"] = frame["mean"].round(1)
        frame.insert(0, "board_id", comparison.board_id)
        sheets[name] = with_dutch_headers(frame.drop(columns=["zone_id"]))
    return {name: frame for name, frame in sheets.items() if not frame.empty}


def summary_sheets(summary: ArchiveSummary) -> dict[str, pd.DataFrame]:
    """The archive summary as sheets: schools, periods, and per board its zones, ranking, schools compared
    and periods (sheet names numbered when there are several boards)."""
    sheets: dict[str, pd.DataFrame] = {
        "Scholen": _readable(summary.schools),
        "Per periode": with_dutch_headers(summary.periods.rename(columns={"period": summary.period_unit.title()})),
        "Borden": _readable(summary.board_table),
        "Kleuren briefjes": _readable(summary.colors),
    }
    for index, item in enumerate(summary.boards, start=1):
        suffix = f" {index}" if len(summary.boards) > 1 else ""
        zones = item.zones.assign(mean=item.zones["mean"].round(2)).rename(columns={"mean": "mean_per_session"})
        zones.insert(0, "board_title", item.board_title)
        sheets[f"Vakken{suffix}"] = _readable(zones)
        if item.processes is not None:
            sheets[f"Procesplaat rangorde{suffix}"] = _readable(item.processes.labelled(item.processes.processes))
        if item.comparison is not None:
            table = item.comparison.table.assign(mean=item.comparison.table["mean"].round(2))
            sheets[f"Scholen vergeleken{suffix}"] = with_dutch_headers(table.drop(columns=["zone_id"]))
        periods = item.period_zones.round(2)
        sheets[f"Verloop{suffix}"] = _readable(periods)
    return {name: frame for name, frame in sheets.items() if not frame.empty}
