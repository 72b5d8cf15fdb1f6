"""What to chart for a session or a trend, as plain data (drawn by the PDF and the app)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from boards.analysis.across import SchoolComparison, Trend
from boards.analysis.dutch import format_count_percent
from boards.analysis.heat import HEAT_COLOR
from boards.analysis.measures import MeasureKind, board_measures, heat
from boards.analysis.overview import SessionAnalysis
from boards.analysis.scales import SCALE
from boards.analysis.summary import REST_ZONES, ArchiveSummary, BoardSummary, schools_by_measure
from boards.i18n import QT_TRANSLATE_NOOP, Message

MAX_BARS = 24
ANSWER_COLOR = "#1e88e5"
WORK_COLOR = "#43a047"
WAIT_COLOR = "#d84315"
SESSIONS = QT_TRANSLATE_NOOP("analysis", "sessies")
NO_SCHOOL = QT_TRANSLATE_NOOP("analysis", "(geen school)")
LEGEND_WORDS = (  # legends and title words that are not board content
    QT_TRANSLATE_NOOP("analysis", "antwoorden"),
    QT_TRANSLATE_NOOP("analysis", "jaar"),
    QT_TRANSLATE_NOOP("analysis", "maand"),
    QT_TRANSLATE_NOOP("analysis", "dag"),
    QT_TRANSLATE_NOOP("analysis", "bewerkingstijd"),
    QT_TRANSLATE_NOOP("analysis", "wachttijd"),
)


def _title(text: str, **params: object) -> tuple[str, Message]:
    """A chart title: the Dutch text and the message it came from."""
    message = Message("analysis", text, dict(params))
    return message.render(), message


def _word(text: str) -> Message:
    """A word of the analysis (``briefjes``) or board content (a dot kind), translated when it is the former."""
    return Message("analysis", text)


@dataclass
class ChartData:
    title: str
    labels: list[str]  # one per category (bar group)
    series: list[list[float]]  # one list of values per series, each as long as labels
    colors: list[str]  # "#rrggbb" per series
    legend: list[str]  # name per series
    value_labels: list[list[str]] = field(default_factory=list)  # optional text over each bar
    title_message: Message | None = None  # the title, translatable (None: board content, as is)
    legend_messages: list[Message] | None = None  # the legend, translatable, when it is not board content

    @property
    def empty(self) -> bool:
        return not self.labels or not any(any(values) for values in self.series)


REST_SUM = QT_TRANSLATE_NOOP("analysis", "overige ({n})")
REST_MEAN = QT_TRANSLATE_NOOP("analysis", "overige {n} (gemiddeld)")
REST_SERIES = QT_TRANSLATE_NOOP("analysis", "gemiddelde overige ({n})")
_APP_LABELS = [  # the bar and legend names the analysis makes itself (all others are board content or names)
    (re.compile(r"overige vakken \((\d+)\)"), REST_ZONES),
    (re.compile(r"overige \((\d+)\)"), REST_SUM),
    (re.compile(r"overige (\d+) \(gemiddeld\)"), REST_MEAN),
    (re.compile(r"gemiddelde overige \((\d+)\)"), REST_SERIES),
]


def app_label(text: str) -> Message | None:
    """The message behind a bar or legend name the analysis made ("(geen school)", "overige (12)"), so a
    view can show it in the interface language; None for board content and school names."""
    if text == NO_SCHOOL:
        return Message("analysis", NO_SCHOOL)
    for pattern, template in _APP_LABELS:
        match = pattern.fullmatch(text)
        if match:
            return Message("analysis", template, {"n": int(match.group(1))})
    return None


def with_rest(
    labels: list[str], series: list[list[float]], limit: int = MAX_BARS, mean: bool = False
) -> tuple[list[str], list[list]]:
    """At most ``limit`` bars: the biggest ``limit - 1`` categories (summed over the series) in their
    order, and one "overige (n)" bar that adds up the rest, so no category silently disappears — or,
    with ``mean``, their average ("overige n (gemiddeld)"), which keeps the scale of the others."""
    if len(labels) <= limit:
        return labels, series
    size = [sum(values[index] for values in series) for index in range(len(labels))]
    keep = sorted(sorted(range(len(labels)), key=lambda index: -size[index])[: limit - 1])
    rest = [index for index in range(len(labels)) if index not in set(keep)]
    label = Message("analysis", REST_MEAN if mean else REST_SUM, {"n": len(rest)}).render()
    divisor = len(rest) if mean else 1
    kept_series = [
        [values[index] for index in keep] + [sum(values[index] for index in rest) / divisor] for values in series
    ]
    return [labels[index] for index in keep] + [label], kept_series


def with_mean_of_rest(
    legend: list[str], series: list[list[float]], limit: int
) -> tuple[list[str], list[list[float]], bool]:
    """At most ``limit`` series (schools): the biggest ``limit - 1`` and the mean of the others, labelled
    "gemiddelde overige (n)". The third value says whether the last series is that mean."""
    if len(series) <= limit:
        return legend, series, False
    size = [sum(values) for values in series]
    keep = sorted(sorted(range(len(series)), key=lambda index: -size[index])[: limit - 1])
    rest = [index for index in range(len(series)) if index not in set(keep)]
    mean = [sum(series[index][position] for index in rest) / len(rest) for position in range(len(series[0]))]
    return (
        [legend[index] for index in keep] + [Message("analysis", REST_SERIES, {"n": len(rest)}).render()],
        [series[index] for index in keep] + [mean],
        True,
    )


def question_chart(item: SessionAnalysis, question_id: str) -> ChartData:
    """One question of a questionnaire as the seed draws it: a bar per answer, "6 (66,7 %)" over it.

    A scale question's bars are its values (1 … 5); a multiple-choice question's are its options,
    their labels the share of respondents ("9 (81,8 %)"), or the bare count when that is unknown.
    """
    assert item.scales is not None
    question = item.scales.questions[item.scales.questions["question_id"] == question_id].iloc[0]
    answers = item.scales.answers_of(question_id)
    is_scale = question["question_kind"] == SCALE
    labels = [f"{value:g}" for value in answers["value"]] if is_scale else answers["zone_label"].tolist()
    respondents = question["respondents"]
    legend = "antwoorden" if is_scale or respondents != respondents else f"van {int(respondents)} respondenten"
    return ChartData(
        str(question["question"]),
        labels,
        [answers["count"].tolist()],
        [ANSWER_COLOR],
        [legend],
        [answers["label"].tolist()],
    )


def session_charts(item: SessionAnalysis) -> list[ChartData]:
    """The bar charts that tell a session's story, most telling first."""
    charts: list[ChartData] = []
    if item.processes is not None:
        kinds = item.processes.kinds
        ranked = item.processes.processes
        ranked = ranked[(ranked["burden"] + ranked["positive"]) > 0].head(MAX_BARS)
        title, message = _title(
            QT_TRANSLATE_NOOP("analysis", "{burden} en {positive} per proces"),
            burden=kinds.burden.label,
            positive=kinds.positive.label,
        )
        charts.append(
            ChartData(
                title,
                ranked["zone_label"].tolist(),
                [ranked["burden"].tolist(), ranked["positive"].tolist()],
                [kinds.burden.color, kinds.positive.color],
                [kinds.burden.label, kinds.positive.label],
                title_message=message,
            )
        )
        groups = item.processes.groups
        title, message = _title(QT_TRANSLATE_NOOP("analysis", "per groep"))
        charts.append(
            ChartData(
                title,
                groups["group_label"].tolist(),
                [groups["burden"].tolist(), groups["positive"].tolist()],
                [kinds.burden.color, kinds.positive.color],
                [kinds.burden.label, kinds.positive.label],
                title_message=message,
            )
        )
    if item.scales is not None:
        for question in item.scales.questions.itertuples():
            charts.append(question_chart(item, question.question_id))
    if item.vsm is not None and item.vsm.has_times:
        steps = item.vsm.steps
        title, message = _title(QT_TRANSLATE_NOOP("analysis", "tijd per processtap (minuten)"))
        charts.append(
            ChartData(
                title,
                steps["step"].tolist(),
                [steps["work_min"].fillna(0).tolist(), steps["wait_min"].fillna(0).tolist()],
                [WORK_COLOR, WAIT_COLOR],
                ["bewerkingstijd", "wachttijd"],
                [steps["work_text"].tolist(), steps["wait_text"].tolist()],
                title_message=message,
            )
        )
    if item.distribution is not None:
        table = item.distribution.table
        title, message = _title(
            QT_TRANSLATE_NOOP("analysis", "{subject} per {area}"),
            subject=_word(item.distribution.subject),
            area=_word(item.distribution.area),
        )
        charts.append(
            ChartData(
                title,
                table["zone_label"].tolist(),
                [table["count"].tolist()],
                ["#fb8c00"],
                [item.distribution.subject],
                [[format_count_percent(count, share) for count, share in zip(table["count"], table["share"])]],
                title_message=message,
            )
        )
    if item.grid is not None:
        long = item.grid.long()
        title, message = _title(QT_TRANSLATE_NOOP("analysis", "per cel"))
        charts.append(
            ChartData(
                title,
                [f"{row} · {column}" for row, column in zip(long["row_label"], long["column_label"])],
                [long["count"].tolist()],
                [HEAT_COLOR],
                ["briefjes"],
                title_message=message,
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
                title, message = _title(QT_TRANSLATE_NOOP("analysis", "{measure} per vak"), measure=measure.label)
                charts.append(
                    ChartData(
                        title,
                        [zone.label or zone.id for zone in zones],
                        [[int(values[zone.id] or 0) for zone in zones]],
                        [measure.color],
                        [str(measure.label)],
                        title_message=message,
                        legend_messages=[measure.label],
                    )
                )
    return charts


@dataclass
class TrendLines:
    title: str
    dates: list[str]
    lines: list[tuple[str, list[int]]]  # (label, value per date)
    title_message: Message | None = None  # the title, translatable


def trend_lines(trend: Trend, limit: int = 6) -> TrendLines:
    """The rows of a trend that moved most, as lines over the dates."""
    moved = trend.moved.head(limit)
    lines = [
        (f"{row['zone_label']} ({row['measure']})", [int(row[date]) for date in trend.dates])
        for _, row in moved.iterrows()
    ]
    board = trend.board_title or trend.board_id
    if not trend.school:
        return TrendLines(board, trend.dates, lines)
    title, message = _title(QT_TRANSLATE_NOOP("analysis", "{board} bij {school}"), board=board, school=trend.school)
    return TrendLines(title, trend.dates, lines, message)


SCHOOL_COLORS = ["#d84315", "#1e88e5", "#43a047", "#8e24aa", "#f9a825", "#6d4c41"]


def comparison_charts(comparison: SchoolComparison, max_schools: int = len(SCHOOL_COLORS)) -> list[ChartData]:
    """Per measure (briefjes, each dot kind) a chart of the zones with a bar per school; with more schools
    than colours, the schools with most and the mean of the others."""
    charts = []
    for measure in dict.fromkeys(comparison.table["measure"]):
        rows = comparison.table[(comparison.table["measure"] == measure) & (comparison.table["total"] > 0)]
        rows = rows.sort_values("total", ascending=False, kind="stable").head(MAX_BARS)
        if rows.empty:
            continue
        legend, series, _mean = with_mean_of_rest(
            list(comparison.schools), [rows[school].tolist() for school in comparison.schools], max_schools
        )
        labels = rows["zone_label"].tolist()
        title, message = _title(QT_TRANSLATE_NOOP("analysis", "{measure} per school"), measure=_word(measure))
        charts.append(ChartData(title, labels, series, SCHOOL_COLORS[: len(legend)], legend, title_message=message))
    return charts


def summary_charts(summary: ArchiveSummary, item: BoardSummary) -> list[ChartData]:
    """The charts of a board in the archive summary: the procesplaat ranking (or the busiest zones), how
    many sessions each school and period had, and per measure each school's total. Many bars: the
    biggest and "overige"."""
    charts: list[ChartData] = []
    if item.processes is not None:
        kinds = item.processes.kinds
        ranked = item.processes.processes
        ranked = ranked[(ranked["burden"] + ranked["positive"]) > 0]
        labels, series = with_rest(
            ranked["zone_label"].tolist(), [ranked["burden"].tolist(), ranked["positive"].tolist()]
        )
        title, message = _title(
            QT_TRANSLATE_NOOP("analysis", "{burden} en {positive} per proces, alle sessies"),
            burden=kinds.burden.label,
            positive=kinds.positive.label,
        )
        charts.append(
            ChartData(
                title,
                labels,
                series,
                [kinds.burden.color, kinds.positive.color],
                [kinds.burden.label, kinds.positive.label],
                title_message=message,
            )
        )
    for measure in item.measures:
        rows = item.zones[(item.zones["measure"] == measure) & (item.zones["total"] > 0)]
        rows = rows.sort_values("total", ascending=False, kind="stable")
        if rows.empty:
            continue
        labels, series = with_rest(rows["zone_label"].tolist(), [rows["total"].tolist()])
        title, message = _title(
            QT_TRANSLATE_NOOP("analysis", "{measure} per vak, alle sessies"), measure=_word(measure)
        )
        charts.append(ChartData(title, labels, series, [HEAT_COLOR], [measure], title_message=message))
    schools = summary.schools
    if len(schools) > 1:
        labels, series = with_rest(
            [school or NO_SCHOOL for school in schools["school"]], [schools["sessions"].tolist()], mean=True
        )
        title, message = _title(QT_TRANSLATE_NOOP("analysis", "sessies per school"))
        charts.append(ChartData(title, labels, series, ["#6d4c41"], [SESSIONS], title_message=message))
    if len(item.periods) > 1:
        title, message = _title(QT_TRANSLATE_NOOP("analysis", "sessies per {unit}"), unit=_word(summary.period_unit))
        charts.append(
            ChartData(
                title,
                item.periods["period"].tolist(),
                [item.periods["sessions"].tolist()],
                ["#6d4c41"],
                [SESSIONS],
                title_message=message,
            )
        )
    if item.comparison is not None:
        for measure in item.measures:
            frame = schools_by_measure(item.comparison, measure, zones=0)
            if int(frame["total"].sum()) == 0:
                continue
            labels, series = with_rest(
                [school or NO_SCHOOL for school in frame["school"]], [frame["total"].tolist()], mean=True
            )
            title, message = _title(
                QT_TRANSLATE_NOOP("analysis", "{measure} per school (meest recente sessie)"), measure=_word(measure)
            )
            charts.append(ChartData(title, labels, series, [HEAT_COLOR], [measure], title_message=message))
    return charts
