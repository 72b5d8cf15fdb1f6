"""The PDF report of an archive summary: many sessions of many schools, on a few readable pages.

Cover with the selection; an overview (sessions per period, per school, note colours); per
board the board shaded by everything put on it, the procesplaat ranking and suggested conclusion over
all sessions, the counts per zone (total, mean per session, least and most), the change over
the periods, and the schools side by side — per measure a table with a row per school, so it
stays readable for a hundred schools. Charts show the biggest bars and add up the rest as
"overige". Built from an :class:`~boards.analysis.summary.ArchiveSummary`, never from the
sessions themselves, so 10,000 sessions take the same few pages as 100.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from boards.analysis.charts import NO_SCHOOL
from boards.analysis.dutch import format_number, format_signed, format_value
from boards.analysis.summary import ArchiveSummary, BoardSummary, schools_by_measure
from boards.fileformat import atomic_write_bytes
from boards.written import SUGGESTION_PREFIX
from printing.fonts import register_fonts
from printing.report import (
    CONTENT_WIDTH,
    KRAFT,
    HeatView,
    _horizontal_bars,
    _legend,
    _p,
    _styles,
    _vertical_bars,
    build_pdf,
    names_text,
    process_groups_frame,
)
from printing.report_tables import fitted_table

MAX_PERIOD_BARS = 36  # more periods than this: the table only
TOP_CHANGES = 15
ZONES_PER_SCHOOL_TABLE = 12


def _table(frame: pd.DataFrame, styles: dict[str, ParagraphStyle], part_label: str = "kolommen") -> Flowable:
    return fitted_table(frame, styles, CONTENT_WIDTH, part_label=part_label)


def _cover(summary: ArchiveSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 45 * mm), _p("Bruinpapier", styles["subtitle"]), Spacer(1, 4 * mm)]
    story.append(_p(f"Samenvatting van {summary.sessions} sessies", styles["title"]))
    story.append(_p(summary.selection, styles["subtitle"]))
    story.append(Spacer(1, 10 * mm))
    schools = [school for school in summary.schools["school"] if school]
    period = f"{summary.first_date} – {summary.last_date}" if summary.first_date else ""
    boards = [f"{item.board_title} ({item.sessions})" for item in summary.boards]
    rows = [
        ("Scholen", f"{len(schools)}: {names_text(sorted(schools))}" if schools else ""),
        ("Periode", period),
        ("Borden", names_text(boards, 8)),
        ("Actiepunten", f"{summary.actions}, waarvan {summary.open_actions} open" if summary.actions else ""),
    ]
    rows = [(key, value) for key, value in rows if value]
    if rows:
        table = Table(
            [[_p(key, styles["cellbold"]), _p(value, styles["body"])] for key, value in rows],
            colWidths=[35 * mm, 110 * mm],
            hAlign="CENTER",
        )
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, KRAFT), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    story.append(Spacer(1, 20 * mm))
    story.append(
        _p(
            "Alle aantallen zijn door het archief geteld over de gekozen sessies. "
            f"Rapport gemaakt op {date.today().strftime('%d-%m-%Y')}.",
            styles["small"],
        )
    )
    story.append(PageBreak())
    return story


def _overview(summary: ArchiveSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [_p("Overzicht", styles["h1"])]
    periods = summary.periods
    story.append(_p(f"Sessies per {summary.period_unit}", styles["h2"]))
    if 1 < len(periods) <= MAX_PERIOD_BARS:
        values = periods["sessions"].astype(int).tolist()
        story.append(_vertical_bars(periods["period"].tolist(), values, [format_value(value) for value in values]))
    story.append(
        _table(
            periods.rename(
                columns={
                    "period": summary.period_unit.capitalize(),
                    "sessions": "Sessies",
                    "schools": "Scholen",
                    "notes": "Briefjes",
                    "dots": "Stippen",
                    "actions": "Actiepunten",
                    "open_actions": "Open",
                }
            ),
            styles,
        )
    )
    schools = summary.schools
    story.append(_p("Per school", styles["h2"]))
    if len(schools) > 1:
        labels = [school or NO_SCHOOL for school in schools["school"]]
        sessions = [schools["sessions"].astype(int).tolist()]
        story.append(_horizontal_bars(labels, sessions, ["#6d4c41"], ["sessies"], mean_of_rest=True))
    story.append(
        _table(
            schools.assign(school=schools["school"].replace("", NO_SCHOOL)).rename(
                columns={
                    "school": "School",
                    "sessions": "Sessies",
                    "first_date": "Eerste",
                    "last_date": "Laatste",
                    "notes": "Briefjes",
                    "dots": "Stippen",
                    "actions": "Actiepunten",
                    "open_actions": "Open",
                }
            ),
            styles,
        )
    )
    if not summary.colors.empty:
        story.append(_p("Briefjes per kleur", styles["h2"]))
        colors = summary.colors[["color_label", "count"]]
        story.append(_table(colors.rename(columns={"color_label": "Kleur", "count": "Aantal"}), styles))
    story.append(PageBreak())
    return story


def _processes(item: BoardSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    processes = item.processes
    assert processes is not None
    burden, positive = processes.kinds.burden, processes.kinds.positive
    story: list[Flowable] = [
        _p(f"Processen: {burden.label} en {positive.label}, over alle {item.sessions} sessies", styles["h2"]),
    ]
    if processes.suggestion:  # derived from the dots of all sessions: Bruinpapier's, never a team's words
        story.append(_p(SUGGESTION_PREFIX + processes.suggestion, styles["suggestion"]))
    ranked = processes.processes[(processes.processes["burden"] + processes.processes["positive"]) > 0]
    if not ranked.empty:
        story.append(
            _horizontal_bars(
                ranked["zone_label"].tolist(),
                [ranked["burden"].tolist(), ranked["positive"].tolist()],
                [burden.color, positive.color],
                [burden.label, positive.label],
            )
        )
    table = processes.processes[["rank", "zone_label", "group_label", "burden", "positive", "balance"]]
    table = table.assign(
        balance=table["balance"].map(format_signed),
        burden_mean=table["burden"] / item.sessions,
        positive_mean=table["positive"] / item.sessions,
    )
    story.append(
        _table(
            table.rename(
                columns={
                    "rank": "Rang",
                    "zone_label": "Proces",
                    "group_label": "Groep",
                    "burden": burden.label,
                    "positive": positive.label,
                    "balance": "Balans",
                    "burden_mean": f"{burden.label} per sessie",
                    "positive_mean": f"{positive.label} per sessie",
                }
            ),
            styles,
        )
    )
    story.append(_p("Per groep", styles["h2"]))
    story.append(_table(process_groups_frame(processes), styles))
    return story


def _zones(item: BoardSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    zones = item.zones[item.zones["total"] > 0]
    story: list[Flowable] = [_p("Per vak", styles["h2"])]
    if zones.empty:
        return [*story, _p("Op dit bord is (nog) niets geteld.", styles["body"])]
    story.append(
        _p(
            f"Totaal over {item.sessions} sessies, het gemiddelde per sessie, en het minste en meeste in één sessie.",
            styles["small"],
        )
    )
    if item.processes is None:
        busiest = zones.sort_values("total", ascending=False, kind="stable")
        labels = [f"{zone} ({measure})" for zone, measure in zip(busiest["zone_label"], busiest["measure"])]
        story.append(_horizontal_bars(labels, [busiest["total"].tolist()], ["#d84315"], ["totaal"]))
    story.append(
        _table(
            zones.drop(columns=["zone_id", "sessions"]).rename(
                columns={
                    "zone_label": "Vak",
                    "measure": "Telling",
                    "total": "Totaal",
                    "mean": "Per sessie",
                    "min": "Minste",
                    "max": "Meeste",
                }
            ),
            styles,
        )
    )
    return story


def _periods(item: BoardSummary, unit: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    fixed = ("zone_id", "zone_label", "measure", "change")
    periods = [column for column in item.period_zones.columns if column not in fixed]
    if len(periods) < 2:
        return []
    story: list[Flowable] = [
        _p(f"Verloop per {unit}", styles["h2"]),
        _p("Gemiddeld per sessie in elke periode.", styles["small"]),
        _table(item.periods.rename(columns={"period": unit.capitalize(), "sessions": "Sessies"}), styles),
    ]
    moved = item.period_zones[item.period_zones["change"].abs() > 1e-9]
    if moved.empty:
        return story
    moved = moved.reindex(moved["change"].abs().sort_values(ascending=False, kind="stable").index).head(TOP_CHANGES)
    first, last = periods[0], periods[-1]
    table = moved[["zone_label", "measure", first, last, "change"]]
    table = table.assign(change=table["change"].map(format_signed_mean))
    story.append(_p(f"Grootste veranderingen van {first} tot {last}", styles["h2"]))
    story.append(
        _table(table.rename(columns={"zone_label": "Vak", "measure": "Telling", "change": "Verandering"}), styles)
    )
    return story


def format_signed_mean(value: float) -> str:
    text = format_number(abs(value))
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else "0")


def _schools(item: BoardSummary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    comparison = item.comparison
    if comparison is None:
        return []
    story: list[Flowable] = [
        _p(f"Scholen vergeleken ({len(comparison.schools)} scholen)", styles["h2"]),
        _p(
            "Per school de meest recente sessie met dit bord; per telling de drukste vakken, de andere vakken "
            "samen en het totaal. De school met het meeste staat bovenaan.",
            styles["small"],
        ),
    ]
    for measure in item.measures:
        frame = schools_by_measure(comparison, measure, ZONES_PER_SCHOOL_TABLE)
        if int(frame["total"].sum()) == 0:
            continue
        # The zones' names are long: the columns get numbers, named above the table, so a row per school
        # with all of them fits the page.
        zones = [column for column in frame.columns if column not in ("school", "total")]
        zones = [column for column in zones if not column.startswith("overige vakken")]
        numbered = {zone: str(number) for number, zone in enumerate(zones, start=1)}
        key = " · ".join(f"{number} = {zone}" for zone, number in numbered.items())
        story.append(_p(measure.capitalize(), styles["h2"]))
        story.append(_p(f"Vakken: {key}.", styles["small"]))
        story.append(_table(frame.rename(columns={"school": "School", "total": "Totaal", **numbered}), styles))
    return story


def _board_story(
    item: BoardSummary, unit: str, styles: dict[str, ParagraphStyle], measure: str | None
) -> list[Flowable]:
    period = f", {item.first_date} – {item.last_date}" if item.first_date else ""
    shaded = item.heat(measure)
    story: list[Flowable] = [
        _p(item.board_title, styles["h1"]),
        _p(f"{item.sessions} sessies van {item.schools} scholen{period}.", styles["body"]),
        _p(f"Het bord: {shaded.measure.label}, opgeteld over alle {item.sessions} sessies", styles["h2"]),
        HeatView(shaded),
        _legend(shaded, styles),
        _p(str(shaded.caption()), styles["small"]),
    ]
    if item.processes is not None:
        story += _processes(item, styles)
    story += _zones(item, styles)
    story += _periods(item, unit, styles)
    story += _schools(item, styles)
    story.append(PageBreak())
    return story


def summary_report_bytes(summary: ArchiveSummary, measure: str | None = None) -> bytes:
    """The report; each board shaded by ``measure`` (a dot kind's id, ``notes`` or ``balance``) where it
    has it, else by its suggested measure."""
    register_fonts()  # before any text is measured
    styles = _styles()
    story = _cover(summary, styles)
    if summary.sessions:
        story += _overview(summary, styles)
    for item in summary.boards:
        story += _board_story(item, summary.period_unit, styles, measure)
    return build_pdf(story, f"Samenvatting: {summary.selection}")


def write_summary_report(summary: ArchiveSummary, path: Path | str, measure: str | None = None) -> None:
    atomic_write_bytes(path, summary_report_bytes(summary, measure))
