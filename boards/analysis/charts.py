"""What to chart for a session or a trend, as plain data (drawn by the PDF and the app)."""

from __future__ import annotations

from dataclasses import dataclass, field

from boards.analysis.across import SchoolComparison, Trend
from boards.analysis.dutch import format_count_percent
from boards.analysis.heat import HEAT_COLOR
from boards.analysis.measures import MeasureKind, board_measures, heat
from boards.analysis.overview import SessionAnalysis

MAX_BARS = 24


@dataclass
class ChartData:
    title: str
    labels: list[str]  # one per category (bar group)
    series: list[list[float]]  # one list of values per series, each as long as labels
    colors: list[str]  # "#rrggbb" per series
    legend: list[str]  # name per series
    value_labels: list[list[str]] = field(default_factory=list)  # optional text over each bar

    @property
    def empty(self) -> bool:
        return not self.labels or not any(any(values) for values in self.series)


def session_charts(item: SessionAnalysis) -> list[ChartData]:
    """The bar charts that tell a session's story, most telling first."""
    charts: list[ChartData] = []
    if item.processes is not None:
        kinds = item.processes.kinds
        ranked = item.processes.processes
        ranked = ranked[(ranked["burden"] + ranked["positive"]) > 0].head(MAX_BARS)
        charts.append(
            ChartData(
                f"{kinds.burden.label} en {kinds.positive.label} per proces",
                ranked["zone_label"].tolist(),
                [ranked["burden"].tolist(), ranked["positive"].tolist()],
                [kinds.burden.color, kinds.positive.color],
                [kinds.burden.label, kinds.positive.label],
            )
        )
        groups = item.processes.groups
        charts.append(
            ChartData(
                "per groep",
                groups["group_label"].tolist(),
                [groups["burden"].tolist(), groups["positive"].tolist()],
                [kinds.burden.color, kinds.positive.color],
                [kinds.burden.label, kinds.positive.label],
            )
        )
    if item.scales is not None:
        for question in item.scales.questions.itertuples():
            answers = item.scales.answers[item.scales.answers["question_id"] == question.question_id]
            charts.append(
                ChartData(
                    str(question.question),
                    [f"{value:g}" for value in answers["value"]],
                    [answers["count"].tolist()],
                    ["#1e88e5"],
                    ["antwoorden"],
                    [answers["label"].tolist()],
                )
            )
    if item.distribution is not None:
        table = item.distribution.table
        charts.append(
            ChartData(
                f"{item.distribution.subject} per {item.distribution.area}",
                table["zone_label"].tolist(),
                [table["count"].tolist()],
                ["#fb8c00"],
                [item.distribution.subject],
                [[format_count_percent(count, share) for count, share in zip(table["count"], table["share"])]],
            )
        )
    if item.grid is not None:
        long = item.grid.long()
        charts.append(
            ChartData(
                "per cel",
                [f"{row} · {column}" for row, column in zip(long["row_label"], long["column_label"])],
                [long["count"].tolist()],
                [HEAT_COLOR],
                ["briefjes"],
            )
        )
    if not charts:  # one chart per measure (notes, each dot kind): never added up
        for measure in board_measures(item.session.board):
            if measure.kind is not MeasureKind.COUNT:
                continue
            values = heat(item.session, measure.id).values
            zones = sorted(
                (zone for zone in item.session.board.zones if values.get(zone.id)),
                key=lambda zone: -int(values[zone.id] or 0),
            )[:MAX_BARS]
            if zones:
                charts.append(
                    ChartData(
                        f"{measure.label} per vak",
                        [zone.label or zone.id for zone in zones],
                        [[int(values[zone.id] or 0) for zone in zones]],
                        [measure.color],
                        [str(measure.label)],
                    )
                )
    return charts


@dataclass
class TrendLines:
    title: str
    dates: list[str]
    lines: list[tuple[str, list[int]]]  # (label, value per date)


def trend_lines(trend: Trend, limit: int = 6) -> TrendLines:
    """The rows of a trend that moved most, as lines over the dates."""
    moved = trend.moved.head(limit)
    lines = [
        (f"{row['zone_label']} ({row['measure']})", [int(row[date]) for date in trend.dates])
        for _, row in moved.iterrows()
    ]
    title = trend.board_title or trend.board_id
    return TrendLines(f"{title} bij {trend.school}" if trend.school else title, trend.dates, lines)


SCHOOL_COLORS = ["#d84315", "#1e88e5", "#43a047", "#8e24aa", "#f9a825", "#6d4c41"]


def comparison_charts(comparison: SchoolComparison, max_schools: int = len(SCHOOL_COLORS)) -> list[ChartData]:
    """Per measure (briefjes, each dot kind) a chart of the zones with a bar per school."""
    schools = comparison.schools[:max_schools]
    charts = []
    for measure in dict.fromkeys(comparison.table["measure"]):
        rows = comparison.table[(comparison.table["measure"] == measure) & (comparison.table["total"] > 0)]
        rows = rows.sort_values("total", ascending=False, kind="stable").head(MAX_BARS)
        if rows.empty:
            continue
        charts.append(
            ChartData(
                f"{measure} per school",
                rows["zone_label"].tolist(),
                [rows[school].tolist() for school in schools],
                SCHOOL_COLORS[: len(schools)],
                list(schools),
            )
        )
    return charts
