"""The analysis as a PDF report (ReportLab, A4): something for the school's archive.

Cover with school, date, method and step; per session the board as a heat
view (zones shaded by what was put on them), the counts, a bar chart, the
board's own summary (procesplaat ranking and conclusion, scale percentages,
matrix, distribution) and the action list; then the comparisons over time
and across schools.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.shapes import Rect as ShapeRect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from boards.analysis.charts import ANSWER_COLOR, WAIT_COLOR, WORK_COLOR, with_rest
from boards.analysis.dutch import format_number, format_percent, format_signed, format_value
from boards.analysis.heat import heat_hex
from boards.analysis.measures import Heat, MeasureKind, heat
from boards.analysis.overview import Analysis, SessionAnalysis
from boards.analysis.procesplaat import ProcessAnalysis
from boards.analysis.scales import SCALE
from boards.analysis.vsm import LadderSegment, ladder
from boards.durations import format_duration_long
from boards.fileformat import atomic_write_bytes
from boards.model import TextElement
from boards.wording import count_text
from boards.written import CONCLUSION_PREFIX, SUGGESTION_PREFIX, written_zone_ids
from printing.fonts import BOLD as FONT_BOLD
from printing.fonts import REGULAR as FONT
from printing.fonts import register_fonts
from printing.report_tables import fitted_table

MARGIN = 18 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN
KRAFT = colors.HexColor("#c8a57a")
HEADER_FILL = colors.HexColor("#efe4d2")
MAX_BARS = 24


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.2),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.2),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, alignment=TA_CENTER),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceBefore=4, spaceAfter=6
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "conclusion": ParagraphStyle(
            "conclusion",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=colors.HexColor("#8a2b0e"),
            spaceBefore=4,
            spaceAfter=4,
        ),
        "suggestion": ParagraphStyle(
            "suggestion",
            parent=base,
            fontSize=9,
            leading=12,
            textColor=colors.HexColor("#5d5d5d"),
            borderColor=colors.HexColor("#b8a48a"),
            borderWidth=0.4,
            borderPadding=3,
            spaceBefore=6,
            spaceAfter=6,
        ),
    }


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)), style)


class HeatView(Flowable):
    """The board drawn to the page width, zones shaded by one measure (``boards.analysis.measures``);
    areas the team writes in (the CONCLUSIE) show what it wrote instead of a number."""

    def __init__(
        self,
        heat: Heat,
        written: dict[str, str] | None = None,
        width: float = CONTENT_WIDTH,
        max_height: float = 150 * mm,
    ):
        super().__init__()
        self.heat = heat
        self.written = written or {}
        board = self.board = heat.board
        self.scale = min(width / board.width_mm, max_height / board.height_mm)
        self.width = board.width_mm * self.scale
        self.height = board.height_mm * self.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _rect(self, rect) -> tuple[float, float, float, float]:  # board mm → page points, y up
        s = self.scale
        return rect.x * s, self.height - (rect.y + rect.height) * s, rect.width * s, rect.height * s

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#f6efe4"))
        canvas.setStrokeColor(KRAFT)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        font_size = max(4.0, min(7.0, self.scale * 28))
        if self.board.header is not None and self.board.title:  # the board's title where the board has it
            x, y, w, h = self._rect(self.board.header)
            size = min(font_size * 2, h * 0.45)
            canvas.setFillColor(colors.HexColor("#3e2723"))
            canvas.setFont(FONT_BOLD, size)
            for index, line in enumerate(simpleSplit(self.board.title, FONT_BOLD, size, max(w - 2, 10))[:2]):
                canvas.drawString(x + 1, y + h - size * (index + 1) * 1.15, line)
        for group in self.board.groups:
            if group.rect is None:
                continue
            x, y, w, h = self._rect(group.rect)
            canvas.setFillColor(colors.HexColor("#5d4037"))
            canvas.setFont(FONT_BOLD, font_size)
            canvas.drawString(x + 1, y + h / 2 - font_size / 3, group.label)
        for element in self.board.elements:
            if not isinstance(element, TextElement) or not element.text.strip():
                continue
            x, y, w, h = self._rect(element.rect)
            canvas.setFillColor(colors.HexColor("#3e2723"))
            font = FONT_BOLD if element.bold else FONT
            widest = max(pdfmetrics.stringWidth(word, font, font_size) for word in element.text.split())
            size = font_size * min(1.0, max(w - 2, 1) / widest) if widest else font_size
            canvas.setFont(font, size)
            lines = simpleSplit(element.text, font, size, max(w - 2, 10))
            max_lines = max(1, int(h / (size * 1.15)))
            for index, line in enumerate(lines[:max_lines]):
                canvas.drawString(x + 1, y + h - size * (index + 1) * 1.15, line)
        for zone in sorted(self.board.zones, key=lambda z: -z.rect.area):  # nested zones drawn on top
            count = self.heat.text(zone.id)
            x, y, w, h = self._rect(zone.rect)
            canvas.setFillColor(colors.HexColor(self.heat.color(zone.id)))
            canvas.setStrokeColor(colors.HexColor("#6d4c41"))
            canvas.setLineWidth(0.4)
            canvas.rect(x, y, w, h, stroke=1, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT, font_size)
            lines = simpleSplit(zone.label or zone.id, FONT, font_size, max(w - 4, 10))
            max_lines = max(1, int((h - font_size * 2) / (font_size * 1.15)))
            for index, line in enumerate(lines[:max_lines]):
                canvas.drawString(x + 2, y + h - 2 - font_size * (index + 1) * 1.15, line)
            if zone.id in self.written:
                canvas.setFont(FONT, font_size)
                text_lines = simpleSplit(self.written[zone.id], FONT, font_size, max(w - 4, 10))
                shown = max(1, int((h - font_size * 1.2 * (len(lines[:max_lines]) + 1)) / (font_size * 1.15)))
                for index, line in enumerate(text_lines[:shown]):
                    canvas.drawString(
                        x + 2, y + h - 2 - font_size * (len(lines[:max_lines]) + index + 1.3) * 1.15, line
                    )
                continue
            canvas.setFont(FONT_BOLD, font_size * 1.5)
            canvas.drawRightString(x + w - 2, y + 2.5, count)
        canvas.restoreState()


def _legend(shaded: Heat, styles: dict[str, ParagraphStyle]) -> Table:
    """The heat view's swatches with what they mean, and how to read the board."""
    cells: list[object] = []
    widths: list[float] = []
    for entry in shaded.legend():
        cells += ["", _p(str(entry.text), styles["small"])]
        widths += [5 * mm, max(12 * mm, pdfmetrics.stringWidth(str(entry.text), FONT, 8) + 6 * mm)]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (2 * index, 0), (2 * index, 0), colors.HexColor(entry.color))
                for index, entry in enumerate(shaded.legend())
            ]
            + [
                ("BOX", (2 * index, 0), (2 * index, 0), 0.3, colors.HexColor("#6d4c41"))
                for index in range(len(shaded.legend()))
            ]
            + [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1)]
        )
    )
    return table


def process_groups_frame(processes: ProcessAnalysis) -> pd.DataFrame:
    """The procesplaat's groups as a report table shows them: Dutch headers, the share as a
    percentage and the balance with its sign (the session report and the archive summary)."""
    burden, positive = processes.kinds.burden, processes.kinds.positive
    groups = processes.groups.assign(
        burden_share=processes.groups["burden_share"].map(format_percent),
        balance=processes.groups["balance"].map(format_signed),
    )
    return groups.rename(
        columns={
            "group_label": "Groep",
            "processes": "Processen",
            "burden": burden.label,
            "positive": positive.label,
            "balance": "Balans",
            "burden_share": f"Aandeel {burden.label}",
        }
    )


def _table(
    frame: pd.DataFrame,
    styles: dict[str, ParagraphStyle],
    widths: Sequence[float] | None = None,
) -> Flowable:
    """A table that fits the page: sized to its content, turned or split when wide (report_tables)."""
    return fitted_table(frame, styles, CONTENT_WIDTH, widths)


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _horizontal_bars(
    labels: list[str],
    series: list[list[int]],
    series_colors: list[str],
    legend: list[str],
    value_labels: list[str] | None = None,
    mean_of_rest: bool = False,
) -> Drawing:
    if len(labels) > MAX_BARS:  # the biggest and "overige"; their labels become the plain values
        labels, series = with_rest(labels, series, MAX_BARS, mean_of_rest)
        value_labels = [format_number(value) for value in series[0]] if value_labels is not None else None
    bar_height = 11 if len(series) > 1 else 9
    chart_height = max(60, len(labels) * bar_height * len(series) * 0.75 + 10)
    drawing = Drawing(CONTENT_WIDTH, chart_height + 30)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 20
    chart.width, chart.height = CONTENT_WIDTH - 165, chart_height
    chart.data = [list(reversed(values)) for values in series]
    chart.categoryAxis.categoryNames = [_short(label) for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((max(values) for values in series if values), default=0)
    chart.valueAxis.valueMax = max(1, top)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.barSpacing = 1
    for index, color in enumerate(series_colors):
        chart.bars[index].fillColor = colors.HexColor(color)
        chart.bars[index].strokeColor = None
    if value_labels is not None and len(series) == 1:  # "3 (27,3 %)" at the end of each bar, as the seed's chart
        chart.valueAxis.valueMax = max(1, top) * 1.25
        chart.barLabelFormat = "values"
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        chart.barLabelArray = [list(reversed(value_labels))]
    drawing.add(chart)
    x = 150
    for label, color in zip(legend, series_colors):
        drawing.add(String(x + 10, 4, label, fontName=FONT, fontSize=7.5))
        drawing.add(ShapeRect(x, 3, 7, 7, fillColor=colors.HexColor(color), strokeColor=None))
        x += 20 + pdfmetrics.stringWidth(label, FONT, 7.5)
    return drawing


def _vertical_bars(
    labels: list[str], values: list[int], value_labels: list[str], color: str = "#1e88e5", title: str = ""
) -> Drawing:
    drawing = Drawing(CONTENT_WIDTH, 150)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 25
    chart.width, chart.height = CONTENT_WIDTH - 50, 100
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_short(label, 18) for label in labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(values, default=0)
    chart.valueAxis.valueMax = max(1, top + 1)
    chart.valueAxis.valueStep = max(1, (top + 5) // 6)
    chart.bars[0].fillColor = colors.HexColor(color)
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    step = chart.width / max(1, len(values))
    for index, text in enumerate(value_labels):
        height = chart.height * values[index] / chart.valueAxis.valueMax
        drawing.add(
            String(
                chart.x + step * (index + 0.5),
                chart.y + height + 3,
                text,
                fontName=FONT,
                fontSize=6.5,
                textAnchor="middle",
            )
        )
    if title:
        drawing.add(String(chart.x, 140, title, fontName=FONT_BOLD, fontSize=8))
    return drawing


def _written_texts(item: SessionAnalysis) -> dict[str, str]:
    return {area.zone_id: " / ".join(area.texts) for area in item.written if area.texts}


def _findings_story(item: SessionAnalysis, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The team's conclusion in its own words, what else it wrote, Bruinpapier's suggestion (boxed and
    marked), then the other findings."""
    story: list[Flowable] = []
    if item.conclusion or item.has_conclusion_area:
        story.append(_p("Conclusie van het team", styles["h2"]))
        if item.conclusion:
            for line in item.conclusion.splitlines():
                text = line if line.upper().startswith("CONCLUSIE") else f"CONCLUSIE: {line}"
                story.append(_p(text, styles["conclusion"]))
        else:
            story.append(_p("Het team heeft (nog) geen conclusie ingevuld.", styles["body"]))
    for area in item.written:
        if area.is_conclusion or not area.texts:
            continue
        story.append(_p(f"Geschreven bij: {area.label}", styles["small"]))
        for text in area.texts:
            story.append(_p(text, styles["body"]))
    if item.suggestion:
        story.append(_p(SUGGESTION_PREFIX + item.suggestion, styles["suggestion"]))
    marked = (CONCLUSION_PREFIX, SUGGESTION_PREFIX)
    for finding in item.findings:
        if not finding.startswith(marked):
            story.append(_p(finding, styles["body"]))
    return story


def _questionnaire_story(item: SessionAnalysis, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Per question the seed's chart: a scale as columns 1 … n, a multiple-choice question as bars per
    option, each with "aantal (percentage)"; the share of a multiple-choice option is of the respondents."""
    assert item.scales is not None
    story: list[Flowable] = []
    for question in item.scales.questions.itertuples():
        answers = item.scales.answers_of(question.question_id)
        block: list[Flowable] = [_p(question.question, styles["body"])]
        if question.question_kind == SCALE:
            block.append(
                _vertical_bars(
                    [format_number(value) for value in answers["value"]],
                    answers["count"].tolist(),
                    answers["label"].tolist(),
                )
            )
            mean = f"Gemiddelde {question.mean_text} " if question.mean_text else ""
            block.append(_p(f"{mean}({count_text(question.answers, 'antwoord')})", styles["small"]))
        else:
            block.append(
                _horizontal_bars(
                    answers["zone_label"].tolist(),
                    [answers["count"].tolist()],
                    [ANSWER_COLOR],
                    ["aangekruist"],
                    value_labels=answers["label"].tolist(),
                )
            )
            respondents = question.respondents
            base = (
                f"Percentages van {count_text(int(respondents), 'respondent')}; meer antwoorden per persoon mogelijk."
                if respondents == respondents
                else "Aantal respondenten onbekend: alleen aantallen."
            )
            block.append(_p(base, styles["small"]))
        if question.remark:
            block.append(_p(question.remark, styles["small"]))
        block.append(Spacer(1, 4 * mm))
        story.append(KeepTogether(block))
    return story


class Ladder(Flowable):
    """The VSM's lead-time ladder: waits on the upper rung between the steps, bewerkingstijd on the lower
    rung under each step, the totals at the end, drawn to the page width."""

    HEIGHT = 26 * mm

    def __init__(self, segments: list[LadderSegment], left: float, right: float, totals: tuple[str, str]) -> None:
        super().__init__()
        self.segments = segments
        self.left, self.right = left, right
        self.totals = totals
        self.width, self.height = CONTENT_WIDTH, self.HEIGHT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        box = 38 * mm  # room for the totals at the right
        scale = (self.width - box) / max(1.0, self.right - self.left)
        high, low = self.height - 6 * mm, self.height - 14 * mm
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#3e2723"))
        canvas.setLineWidth(1.2)
        previous = None
        for segment in self.segments:
            x0 = (segment.x0 - self.left) * scale
            x1 = (segment.x1 - self.left) * scale
            y = high if segment.level == "wacht" else low
            if previous is not None:
                canvas.line(x0, previous, x0, y)
            canvas.line(x0, y, x1, y)
            previous = y
            canvas.setFont(FONT, 6.5)
            canvas.setFillColor(colors.HexColor(WAIT_COLOR if segment.level == "wacht" else WORK_COLOR))
            canvas.drawCentredString((x0 + x1) / 2, y + 2, segment.text)
            if segment.step:
                canvas.setFillColor(colors.HexColor("#3e2723"))
                canvas.setFont(FONT, 5.5)
                for index, line in enumerate(simpleSplit(segment.step, FONT, 5.5, max(x1 - x0, 20))[:2]):
                    canvas.drawCentredString((x0 + x1) / 2, y - 7 - index * 6, line)
        x = self.width - box + 4
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawString(x, high + 2, "Doorlooptijd")
        canvas.setFont(FONT, 7.5)
        canvas.drawString(x, high - 8, self.totals[0])
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawString(x, low - 4, "Bewerkingstijd")
        canvas.setFont(FONT, 7.5)
        canvas.drawString(x, low - 14, self.totals[1])
        canvas.restoreState()


def _vsm_story(item: SessionAnalysis, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    vsm = item.vsm
    assert vsm is not None
    story: list[Flowable] = [_p("Value Stream Map: tijden", styles["h2"])]
    segments = ladder(vsm, item.session)
    if segments and vsm.has_times:
        left = min(segment.x0 for segment in segments)
        right = max(segment.x1 for segment in segments)
        story.append(
            Ladder(segments, left, right, (format_duration_long(vsm.lead_min), format_duration_long(vsm.work_min)))
        )
        story.append(
            _p(
                "De tijdlijn onder de processtappen: boven de wachttijd vóór elke stap, onder de bewerkingstijd.",
                styles["small"],
            )
        )
    table = vsm.steps[["nr", "step", "work_text", "wait_text", "source"]].rename(
        columns={
            "nr": "Nr.",
            "step": "Processtap",
            "work_text": "Bewerkingstijd",
            "wait_text": "Wachttijd",
            "source": "Bron van de tijd",
        }
    )
    story.append(_table(table, styles, widths=[10 * mm, 70 * mm, 28 * mm, 28 * mm, 38 * mm]))
    return story


def _notes_figure(item: SessionAnalysis, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The notes in their zones, laid out as on the board, as the publication's figures show them
    (Afbeelding 1.5: the problems under Voorbereiding, Uitvoering and Evaluatie; 1.6: the ideas in
    the four quadrants)."""
    session = item.session
    written = written_zone_ids(session.board)
    zones = [zone for zone in session.board.zones if zone.holds.notes and zone.id not in written]
    if not zones or len(zones) > 8 or not session.results.notes:
        return []
    rows: dict[int, list] = {}
    for zone in sorted(zones, key=lambda zone: (round(zone.rect.y), zone.rect.x)):
        rows.setdefault(round(zone.rect.y), []).append(zone)
    width = max(len(row) for row in rows.values())
    cells = []
    for row in rows.values():
        line = []
        for zone in row:
            texts = [note.text for note in session.results.notes_in(zone.id) if note.text.strip()]
            line.append(
                [_p(zone.label.upper(), styles["cellbold"]), *(_p(f"– {text}", styles["cell"]) for text in texts)]
            )
        cells.append(line + [""] * (width - len(line)))
    table = Table(cells, colWidths=[CONTENT_WIDTH / width] * width, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8a48a")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    subject = item.distribution.subject if item.distribution else "briefjes"
    return [KeepTogether([_p(f"De {subject} op het bord", styles["h2"]), table])]


def _cover(analysis: Analysis, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 45 * mm), _p("Bruinpapier", styles["subtitle"]), Spacer(1, 4 * mm)]
    sessions = analysis.per_session
    schools = sorted({item.session.school for item in sessions if item.session.school})
    if len(sessions) == 1:
        item = sessions[0]
        story.append(_p(f"Analyse {item.session.board.title}", styles["title"]))
    else:
        titles = sorted({item.session.board.title for item in sessions})
        story.append(_p(f"Analyse van {len(sessions)} sessies", styles["title"]))
        story.append(_p(", ".join(titles), styles["subtitle"]))
    story.append(Spacer(1, 10 * mm))
    rows = []
    if len(sessions) == 1:
        session = sessions[0].session
        rows = [
            ("School", session.school),
            ("Team", session.team),
            ("Datum", session.date),
            ("Methode", sessions[0].method_title),
            ("Stap", sessions[0].step_title),
            ("Bord", session.board.title),
            ("Begeleider", session.facilitator),
            ("Deelnemers", str(len(session.participants)) if session.participants else ""),
        ]
    else:
        rows = [
            ("Scholen", names_text(schools)),
            ("Periode", f"{min(i.session.date for i in sessions)} – {max(i.session.date for i in sessions)}"),
        ]
    rows = [(key, value) for key, value in rows if value]
    table = Table(
        [[_p(key, styles["cellbold"]), _p(value, styles["body"])] for key, value in rows],
        colWidths=[35 * mm, 100 * mm],
        hAlign="CENTER",
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, KRAFT), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    if len(sessions) > 1:
        story.append(Spacer(1, 8 * mm))
        overview = pd.DataFrame(
            [(i.session.school, i.session.date, i.session.board.title, i.method_title, i.step_title) for i in sessions],
            columns=["School", "Datum", "Bord", "Methode", "Stap"],
        )
        story.append(_table(overview, styles))
    story.append(Spacer(1, 20 * mm))
    story.append(_p(f"Rapport gemaakt op {date.today().strftime('%d-%m-%Y')}", styles["small"]))
    story.append(PageBreak())
    return story


def _session_story(
    item: SessionAnalysis, styles: dict[str, ParagraphStyle], measure: str | None = None
) -> list[Flowable]:
    session = item.session
    story: list[Flowable] = [_p(item.label, styles["h1"])]
    subtitle = ", ".join(part for part in (item.method_title, item.step_title) if part)
    if subtitle:
        story.append(_p(subtitle, styles["body"]))
    if session.board.question:
        story.append(_p(session.board.question, styles["small"]))
    story.append(Spacer(1, 3 * mm))
    shaded = heat(session, measure)
    story.append(_p(f"Het bord: {shaded.measure.label}", styles["h2"]))
    story.append(HeatView(shaded, _written_texts(item)))
    story.append(_legend(shaded, styles))
    story.append(_p(str(shaded.caption()), styles["small"]))
    story += _findings_story(item, styles)

    if item.processes is not None:
        processes = item.processes
        burden, positive = processes.kinds.burden, processes.kinds.positive
        ranked = processes.processes[(processes.processes["burden"] + processes.processes["positive"]) > 0]
        story.append(_p(f"Processen: {burden.label} en {positive.label}", styles["h2"]))
        if not ranked.empty:
            shown = ranked
            story.append(
                _horizontal_bars(
                    shown["zone_label"].tolist(),
                    [shown["burden"].tolist(), shown["positive"].tolist()],
                    [burden.color, positive.color],
                    [burden.label, positive.label],
                )
            )
        table = processes.processes[["rank", "zone_label", "group_label", "burden", "positive", "balance"]]
        table = table.assign(balance=table["balance"].map(format_signed))
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
                    }
                ),
                styles,
                widths=[12 * mm, 62 * mm, 45 * mm, 20 * mm, 20 * mm, 15 * mm],
            )
        )
        story.append(_p("Per groep", styles["h2"]))
        story.append(
            _horizontal_bars(
                processes.groups["group_label"].tolist(),
                [processes.groups["burden"].tolist(), processes.groups["positive"].tolist()],
                [burden.color, positive.color],
                [burden.label, positive.label],
            )
        )
        story.append(_table(process_groups_frame(processes), styles))
    elif item.scales is not None:
        story.append(_p("Vragenlijst", styles["h2"]))
        story += _questionnaire_story(item, styles)
    elif item.distribution is not None:
        table = item.distribution.table
        story.append(_p(f"{item.distribution.subject.capitalize()} per {item.distribution.area}", styles["h2"]))
        story.append(
            _vertical_bars(
                table["zone_label"].tolist(),
                table["count"].tolist(),
                [f"{format_value(c)} ({s})" for c, s in zip(table["count"], table["share_text"])],
                "#fb8c00",
            )
        )
        story.append(
            _table(
                table[["zone_label", "count", "share_text"]].rename(
                    columns={"zone_label": "Vak", "count": "Aantal", "share_text": "Aandeel"}
                ),
                styles,
            )
        )
        story += _notes_figure(item, styles)
    elif item.grid is not None:
        story.append(_p("Matrix", styles["h2"]))
        matrix = item.grid.table.rename_axis("").reset_index()
        table = _table(matrix, styles)
        peak = int(item.grid.table.to_numpy().max()) if item.grid.table.size else 0
        if isinstance(table, Table):  # one table (a matrix too wide for the page is split, unshaded)
            table.setStyle(
                TableStyle(
                    [
                        (
                            "BACKGROUND",
                            (column + 1, row + 1),
                            (column + 1, row + 1),
                            colors.HexColor(heat_hex(int(value), peak)),
                        )
                        for row, values in enumerate(item.grid.table.to_numpy().tolist())
                        for column, value in enumerate(values)
                    ]
                )
            )
        story.append(table)
    elif shaded.measure.kind is MeasureKind.COUNT and shaded.extreme:
        story.append(_p(f"Per vak: {shaded.measure.label}", styles["h2"]))
        counted = sorted(  # many zones: the busiest and "overige" (_horizontal_bars)
            ((zone.label or zone.id, shaded.values[zone.id]) for zone in session.board.zones if shaded.values[zone.id]),
            key=lambda pair: -int(pair[1] or 0),
        )
        story.append(
            _horizontal_bars(
                [label for label, _ in counted],
                [[int(value or 0) for _, value in counted]],
                [shaded.measure.color],
                [str(shaded.measure.label)],
            )
        )

    if item.vsm is not None:
        story += _vsm_story(item, styles)

    counts = item.zone_counts[item.zone_counts["total"] > 0]
    own_summary = (item.processes, item.scales, item.distribution, item.grid)
    if not counts.empty and all(part is None for part in own_summary):
        story.append(_p("Tellingen per vak", styles["h2"]))
        # Each measure in its own column; no column adds kinds of dots or dots and notes together.
        columns = [c for c in counts.columns if c not in ("zone_id", "group_label", "dots", "total")]
        story.append(
            _table(
                counts[columns].rename(columns={"zone_label": "Vak", "notes": "Briefjes"}),
                styles,
            )
        )
    if not item.color_counts.empty:
        story.append(_p("Briefjes per kleur", styles["h2"]))
        story.append(
            _table(
                item.color_counts[["color_label", "count"]].rename(columns={"color_label": "Kleur", "count": "Aantal"}),
                styles,
                widths=[40 * mm, 20 * mm],
            )
        )
    if not item.actions.empty:
        story.append(_p("Actiepunten", styles["h2"]))
        actions = item.actions[["nr", "action", "owner", "due", "impact", "workload", "open"]]
        actions = actions.assign(open=actions["open"].map(lambda value: "open" if value else "gedaan"))
        story.append(
            _table(
                actions.rename(
                    columns={
                        "nr": "Nr.",
                        "action": "Concreet actiepunt",
                        "owner": "Initiatiefnemer",
                        "due": "Tijdpad",
                        "impact": "Impact",
                        "workload": "Werkbelasting",
                        "open": "Status",
                    }
                ),
                styles,
                widths=[10 * mm, 58 * mm, 28 * mm, 24 * mm, 16 * mm, 20 * mm, 16 * mm],
            )
        )
    story.append(PageBreak())
    return story


def _comparisons_story(analysis: Analysis, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    for trend in analysis.trends:
        story.append(_p(f"Over tijd: {trend.board_id} bij {trend.school}", styles["h1"]))
        story.append(_p(f"{len(trend.dates)} momenten, van {trend.dates[0]} tot {trend.dates[-1]}.", styles["body"]))
        if trend.moved.empty:
            story.append(_p("Er is niets veranderd.", styles["body"]))
            continue
        moved = trend.moved.head(30)
        first, last = trend.dates[0], trend.dates[-1]
        story.append(
            _horizontal_bars(
                [f"{label} ({measure})" for label, measure in zip(moved["zone_label"], moved["measure"])],
                [moved[first].astype(int).tolist(), moved[last].astype(int).tolist()],
                ["#bcaaa4", "#6d4c41"],
                [first, last],
            )
        )
        table = moved.drop(columns=["zone_id"]).assign(change=moved["change"].map(format_signed))
        if len(trend.dates) > 6:  # keep the table on the page: first, last and the change
            table = table.drop(columns=trend.dates[1:-1])
        story.append(
            _table(table.rename(columns={"zone_label": "Vak", "measure": "Telling", "change": "Verandering"}), styles)
        )
    for comparison in analysis.comparisons:
        story.append(_p(f"Scholen vergeleken: {comparison.board_id}", styles["h1"]))
        table = comparison.table[comparison.table["total"] > 0].drop(columns=["zone_id"])
        table = table.assign(mean=table["mean"].map(format_number))
        story.append(
            _table(
                table.rename(
                    columns={"zone_label": "Vak", "measure": "Telling", "total": "Totaal", "mean": "Gemiddeld"}
                ),
                styles,
            )
        )
    return story


def names_text(names: list[str], limit: int = 12) -> str:
    """Names for a cover line: all of a few, else the first ones and how many others."""
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} en {len(names) - limit} andere"


def build_pdf(story: list[Flowable], title: str) -> bytes:
    """An A4 PDF of ``story`` with the title and page number at the foot of every page."""
    register_fonts()
    buffer = io.BytesIO()

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#6d4c41"))
        canvas.drawString(MARGIN, 10 * mm, title)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"pagina {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Bruinpapier",
    )
    if story and isinstance(story[-1], PageBreak):
        story.pop()
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def report_bytes(analysis: Analysis, measure: str | None = None) -> bytes:
    """The report; each board is shaded by ``measure`` (a dot kind's id, ``notes`` or ``balance``) where it
    has it, else by its suggested measure (``boards.analysis.measures``)."""
    register_fonts()
    styles = _styles()
    title = "Bruinpapier-analyse"
    if analysis.per_session:
        title = f"Analyse {analysis.per_session[0].label}"
    story = _cover(analysis, styles)
    for item in analysis.per_session:
        story += _session_story(item, styles, measure)
    story += _comparisons_story(analysis, styles)
    return build_pdf(story, title)


def write_report(analysis: Analysis, path: Path | str, measure: str | None = None) -> None:
    atomic_write_bytes(path, report_bytes(analysis, measure))
