"""Tables and summaries of single sessions, with real numbers."""

from __future__ import annotations

from boards.analysis import (
    actions_table,
    analyse_processes,
    analyse_scales,
    color_counts,
    dot_kind_counts,
    dots_table,
    format_number,
    format_percent,
    grid_table,
    notes_table,
    session_distribution,
    zone_counts,
)
from boards.analysis.procesplaat import group_adjective
from boards.session import Note
from tests.support.builders import (
    MATRIX_COLUMNS,
    MATRIX_ROWS,
    actions,
    ideeen_genereren,
    notes,
    problemen_lokaliseren,
    procesplaat_2,
    seed_zelfevaluatie_session,
    session_on,
    werkdruk_frequentiematrix,
    with_dots,
)


def test_dutch_number_formatting():
    assert format_percent(0) == "0 %"
    assert format_percent(100 / 9) == "11,1 %"
    assert format_percent(600 / 9) == "66,7 %"
    assert format_percent(700 / 9) == "77,8 %"
    assert format_percent(50) == "50 %"
    assert format_number(1234.56) == "1.234,6"
    assert format_number(0.05) == "0,1"  # half up, not to even
    assert format_number(-0.04) == "0"
    assert format_number(8.25, 2) == "8,25"


def test_seed_zelfevaluatie_percentages_exactly():
    scales = analyse_scales(seed_zelfevaluatie_session())
    assert scales is not None
    q1 = scales.answers[scales.answers["question_id"] == "vraag-1"]
    assert q1["count"].tolist() == [0, 0, 1, 6, 2]
    assert q1["percent_text"].tolist() == ["0 %", "0 %", "11,1 %", "66,7 %", "22,2 %"]
    q4 = scales.answers[scales.answers["question_id"] == "vraag-4"]
    answered = q4[q4["count"] > 0]
    assert answered["value"].tolist() == [4.0, 5.0, 6.0]
    assert answered["percent_text"].tolist() == ["11,1 %", "11,1 %", "77,8 %"]
    assert answered["label"].tolist() == ["1 (11,1 %)", "1 (11,1 %)", "7 (77,8 %)"]
    assert q4[q4["count"] == 0]["percent_text"].tolist() == ["0 %"] * 6
    means = dict(zip(scales.questions["question_id"], scales.questions["mean_text"]))
    assert means == {"vraag-1": "4,1", "vraag-4": "5,7"}  # (3+24+10)/9 and (4+5+42)/9
    assert scales.questions["answers"].tolist() == [9, 9]


def test_tidy_tables_carry_context(procesplaat):
    session = with_dots(session_on(procesplaat, facilitator="Anna"), {"rapporten-schrijven": (4, 1)})
    notes(session, "toetsen-afnemen", 2, color="pink")
    session.results.notes.append(Note(text="nog ergens", zone_id=None))
    actions(session)
    frame = notes_table([session])
    assert len(frame) == 3
    first = frame.iloc[0]
    assert (first["school"], first["date"], first["board_id"]) == ("CBS De Borgstee", "2019-03-12", "procesplaat-1")
    assert (first["zone_label"], first["group_label"], first["color_label"]) == (
        "Toetsen afnemen",
        "PRIMAIR (lesgeven)",
        "roze",
    )
    assert first["method"] == "design-thinking-lean" and first["step"] == "procesplaten"
    assert frame.iloc[2]["zone_label"] == "(niet geplaatst)"
    dots = dots_table([session])
    assert dots[["zone_label", "group_label", "kind_label", "count"]].values.tolist() == [
        ["Rapporten schrijven", "SECUNDAIR (ondersteunend)", "werkdruk", 4],
        ["Rapporten schrijven", "SECUNDAIR (ondersteunend)", "werkplezier", 1],
    ]
    acts = actions_table([session])
    assert acts["open"].tolist() == [True, False, True]
    assert acts[acts["open"]]["owner"].tolist() == ["IB'er", "Kerngroep"]


def test_counts_per_zone_colour_and_kind(procesplaat):
    session = with_dots(session_on(procesplaat), {"rapporten-schrijven": (4, 1), "toetsen-afnemen": (0, 3)})
    notes(session, "toetsen-afnemen", 2, color="pink")
    notes(session, "mr-taken-uitvoeren", 1)
    counts = zone_counts(session).set_index("zone_id")
    assert len(counts) == 24  # the 24 processes: the answers and the CONCLUSIE are written, not counted
    assert counts.loc["toetsen-afnemen", ["notes", "werkdruk", "werkplezier", "dots", "total"]].tolist() == [
        2,
        0,
        3,
        3,
        5,
    ]
    assert counts.loc["rapporten-schrijven", "total"] == 5
    assert color_counts(session)[["color_label", "count"]].values.tolist() == [["geel", 1], ["roze", 2]]
    assert dot_kind_counts(session)[["kind", "count"]].values.tolist() == [["werkdruk", 4], ["werkplezier", 4]]


def test_procesplaat_ranking_balance_groups_and_conclusion(procesplaat):
    session = with_dots(
        session_on(procesplaat),
        {
            "rapporten-schrijven": (5, 1),
            "vergaderingen-bijwonen": (5, 0),
            "toetsen-afnemen": (2, 4),
            "lessen-vormgeven-lesmaterialen": (1, 6),
        },
    )
    result = analyse_processes(session)
    assert result is not None
    assert (result.kinds.burden.id, result.kinds.positive.id) == ("werkdruk", "werkplezier")
    top = result.processes.head(4)
    assert top["zone_label"].tolist() == [
        "Vergaderingen bijwonen",
        "Rapporten schrijven",
        "Toetsen afnemen",
        "Lessen vormgeven (lesmaterialen)",
    ]
    assert top["rank"].tolist() == [1, 2, 3, 4]
    assert top["balance"].tolist() == [-5, -4, 2, 5]
    groups = result.groups.set_index("group_label")
    assert groups.index.tolist() == ["PRIMAIR (lesgeven)", "SECUNDAIR (ondersteunend)"]
    assert groups.loc["PRIMAIR (lesgeven)", ["processes", "burden", "positive", "balance"]].tolist() == [5, 3, 10, 7]
    assert groups.loc["SECUNDAIR (ondersteunend)", ["processes", "burden", "positive", "balance"]].tolist() == [
        19,
        10,
        1,
        -9,
    ]
    assert result.suggestion == "ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE SECUNDAIRE PROCESSEN ERVAREN"


def test_conclusion_follows_the_dots_to_primair(procesplaat):
    session = with_dots(session_on(procesplaat), {"toetsen-afnemen": (6, 0), "rapporten-schrijven": (2, 0)})
    assert analyse_processes(session).suggestion == (
        "ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE PRIMAIRE PROCESSEN ERVAREN"
    )
    assert analyse_processes(session_on(procesplaat)).suggestion is None  # no dots, nothing to suggest


def test_procesplaat_2_ict_conclusion(procesplaat):
    board = procesplaat_2(procesplaat)
    session = with_dots(
        session_on(board),
        {
            "toetsen-afnemen": (6, 1),
            "administratie-zorgleerlingen-bijhouden": (1, 4),
            "rapporten-schrijven": (0, 3),
        },
        kinds=("gebruik-ict", "kan-beter-met-ict"),
    )
    result = analyse_processes(session)
    assert result.kinds.burden.label == "gebruikmaken van ict" and result.kinds.positive.label == "anders/beter kan"
    assert result.suggestion == "ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN IN DE SECUNDAIRE PROCESSEN"
    assert result.labelled(result.processes).columns.tolist()[4:6] == ["gebruikmaken van ict", "anders/beter kan"]


def test_group_adjective():
    assert group_adjective("PRIMAIR (lesgeven)") == "PRIMAIRE"
    assert group_adjective("SECUNDAIR (ondersteunend)") == "SECUNDAIRE"
    assert group_adjective("") == "OVERIGE"


def test_problems_per_phase():
    session = session_on(problemen_lokaliseren())
    notes(session, "voorbereiding", 2)
    notes(session, "uitvoering", 5)
    notes(session, "evaluatie-reflectie", 1)
    result = session_distribution(session)
    assert result is not None and (result.subject, result.area) == ("problemen", "fase")
    assert result.table[["zone_label", "count", "share_text"]].values.tolist() == [
        ["Voorbereiding", 2, "25 %"],
        ["Uitvoering", 5, "62,5 %"],
        ["Evaluatie/reflectie", 1, "12,5 %"],
    ]
    assert result.summary == "De meeste problemen (5 van 8) vallen in fase Uitvoering."


def test_ideas_per_quadrant_with_a_tie():
    session = session_on(ideeen_genereren())
    notes(session, "organisatie", 3)
    notes(session, "ict", 3)
    notes(session, "persoonlijk", 1)
    result = session_distribution(session)
    assert (result.subject, result.area) == ("ideeën", "kwadrant")
    assert dict(zip(result.table["zone_label"], result.table["count"])) == {
        "Samenwerking": 0,
        "Persoonlijk": 1,
        "Organisatie": 3,
        "ict": 3,
    }
    assert result.summary == "Evenveel ideeën (elk 3 van 7) in Organisatie en ict."


def test_werkdruk_frequentiematrix_as_three_by_three():
    session = session_on(werkdruk_frequentiematrix())
    notes(session, "dagelijks-afhankelijkheid", 4)
    notes(session, "dagelijks-inhoud", 2)
    notes(session, "maandelijks-inhoud", 3)
    notes(session, "jaarlijks-autonomie", 1)
    result = grid_table(session)
    assert result is not None
    assert result.grid.columns == MATRIX_COLUMNS and result.grid.rows == MATRIX_ROWS
    assert result.table.values.tolist() == [[4, 2, 0], [0, 3, 0], [0, 0, 1]]
    assert result.summary == "Van de 10 briefjes staan er de meeste in kolom Inhoud (5) en in rij Dagelijks (6)."
    long = result.long()
    assert long.iloc[1][["row_label", "column_label", "count"]].tolist() == ["Dagelijks", "Inhoud", 2]


def test_matrix_labels_from_row_and_column_zones():
    from boards.geometry import Rect
    from boards.model import Zone, ZoneKind

    board = werkdruk_frequentiematrix()
    board.elements = []
    for col, label in enumerate(MATRIX_COLUMNS):
        board.zones.append(
            Zone(id=f"k{col}", kind=ZoneKind.COLUMN, rect=Rect(150 + col * 200, 60, 190, 540), label=label)
        )
    for row, label in enumerate(MATRIX_ROWS):
        board.zones.append(Zone(id=f"r{row}", kind=ZoneKind.ROW, rect=Rect(20, 100 + row * 150, 720, 140), label=label))
    result = grid_table(session_on(board))
    assert result.grid.columns == MATRIX_COLUMNS and result.grid.rows == MATRIX_ROWS


def test_builtin_templates_are_recognised():
    """The shipped boards get their own summary (checked on what the templates say)."""
    from boards.analysis import analyse_session
    from boards.session import Note, Session
    from boards.templates import load_template

    def filled(template_id):
        board = load_template(template_id)
        session = Session(board=board, school="X", date="2020-01-01")
        for zone in board.zones:
            session.results.notes.append(Note(text="a", zone_id=zone.id))
        return session

    matrix = analyse_session(filled("werkdruk-frequentiematrix")).grid
    assert matrix.grid.columns == MATRIX_COLUMNS and matrix.grid.rows == MATRIX_ROWS
    assert matrix.table.values.tolist() == [[1, 1, 1]] * 3
    procesmatrix = analyse_session(filled("procesmatrix")).grid
    assert procesmatrix.grid.columns == ["niet nuttig", "nuttig"]
    assert procesmatrix.grid.rows == ["kost veel tijd", "kost weinig tijd"]
    phases = analyse_session(filled("problemen-lokaliseren")).distribution
    assert phases.summary == "De problemen zijn gelijk verdeeld: 1 per fase (3 in totaal)."
    assert analyse_session(filled("ideeen-genereren")).distribution.area == "kwadrant"
    plaat2 = analyse_session(filled("procesplaat-2")).processes
    assert plaat2.kinds.opportunity.id == "kan-beter-met-ict"


def test_seed_answers_on_the_shipped_zelfevaluatie_template():
    from boards.session import Session
    from boards.templates import load_template

    session = Session(board=load_template("zelfevaluatie"), school="CBS De Borgstee", date="2019-05-01")
    for value, count in zip(range(1, 6), [0, 0, 1, 6, 2]):
        session.results.set_dot_count(f"v1-{value}", "antwoord", count)
    for value, count in {4: 1, 5: 1, 6: 7}.items():
        session.results.set_dot_count(f"v4-{value}", "antwoord", count)
    answers = analyse_scales(session).answers
    assert answers[answers["question_id"] == "v1"]["percent_text"].tolist() == [
        "0 %",
        "0 %",
        "11,1 %",
        "66,7 %",
        "22,2 %",
    ]
    q4 = answers[(answers["question_id"] == "v4") & (answers["count"] > 0)]
    assert q4["percent_text"].tolist() == ["11,1 %", "11,1 %", "77,8 %"]


def test_two_kind_board_without_groups_names_the_zones():
    """Dagoverzicht-like: time slots with ict-moment and knelpunt dots, no groups."""
    from boards.geometry import Rect
    from boards.model import Board, DotKind, Holds, Zone, ZoneKind
    from boards.paper import parse_paper

    kinds = [DotKind("ict-moment", "ict-moment", "#1e88e5"), DotKind("knelpunt", "knelpunt", "#e53935")]
    zones = [
        Zone(
            id=f"t{hour}",
            kind=ZoneKind.ROW,
            rect=Rect(20, 20 + index * 50, 500, 45),
            label=f"{hour:02d}.00",
            holds=Holds(notes=True, dots=list(kinds)),
        )
        for index, hour in enumerate(range(8, 13))
    ]
    board = Board(id="dag", title="Dagoverzicht", paper=parse_paper("A2"), zones=zones)
    session = with_dots(session_on(board), {"t9": (3, 0), "t11": (1, 4)}, kinds=("ict-moment", "knelpunt"))
    result = analyse_processes(session)
    assert result.kinds.burden.id == "knelpunt"
    assert result.suggestion == "KNELPUNT MET NAME BIJ 11.00; ICT-MOMENT MET NAME BIJ 09.00"
    assert result.processes["zone_label"].tolist()[0] == "11.00"
    assert result.processes["zone_label"].tolist()[-1] == "09.00"  # no knelpunt, most ict: best balance
