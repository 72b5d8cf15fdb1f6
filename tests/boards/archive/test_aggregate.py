"""The archive's summary, counted by the database, says what the in-memory analysis says of the
loaded sessions — on SQLite and on PostgreSQL."""

from __future__ import annotations

import copy
import random
from collections import Counter

import pandas as pd
import pytest
from sqlalchemy import create_engine, func, select, text

from boards.analysis import across_schools, cross_session_summary
from boards.analysis.procesplaat import analyse_processes
from boards.archive import Archive
from boards.archive.selection import SessionFilter
from boards.archive.tables import actions_table, counts_table, notes_table
from boards.colors import NOTE_COLOR_IDS
from boards.model import DotKind
from boards.session import ActionItem, DotCount, Note, Session
from boards.templates import load_template
from tests.support.builders import photo_bytes


def random_sessions(count: int, seed: int = 3) -> list[Session]:
    """Procesplaat sessions over five schools and three years, on two versions of the board: the older
    one has an extra zone, and its dot kind 'werkplezier' is labelled like the newer board's."""
    rng = random.Random(seed)
    new = load_template("procesplaat-1")
    old = copy.deepcopy(new)
    old.title = "Procesplaat 1 (oud)"
    extra = copy.deepcopy(old.zones[0])
    extra.id, extra.label = "oude-zone", "Oude zone"
    old.zones.append(extra)
    sessions = []
    for index in range(count):
        board = old if index % 4 == 0 else new
        session = Session(
            board=copy.deepcopy(board),
            school=rng.choice(["OBS Akkrum", "SWS Balans", "’t Blokhuus", "De Borgstee", "Ïkzelf"]),
            date=rng.choice(["2019-03-12", "2019-11-02", "2020-05-01", "2021-09-30", ""]),
            method=board.method,
            step=board.step,
        )
        note_zones = [zone.id for zone in board.zones if zone.holds.notes]
        for number in range(rng.randint(0, 12)):
            zone = rng.choice([*note_zones, None])
            session.results.notes.append(Note(f"briefje {number}", zone, rng.choice(NOTE_COLOR_IDS)))
        for zone in board.zones:
            for kind in zone.holds.dots:
                if rng.random() < 0.6:
                    session.results.dots.append(DotCount(zone.id, kind.id, rng.randint(0, 7)))
        if rng.random() < 0.3 and session.results.dots:  # the same zone and kind twice: counted together
            first = session.results.dots[0]
            session.results.dots.append(DotCount(first.zone_id, first.kind, 2))
        for nr in range(rng.randint(0, 3)):
            session.results.actions.append(ActionItem(nr + 1, f"actie {nr}", done=rng.random() < 0.5))
        sessions.append(session)
    return sessions


def stored(archive: Archive, sessions: list[Session]) -> list[Session]:
    archive.add_many(sessions)
    return [archive.get(summary.id) for summary in archive.list()]


def test_board_summary_equals_the_in_memory_analysis(archive):
    loaded = stored(archive, random_sessions(60))
    summary = archive.summary(SessionFilter(board="procesplaat-1"))
    assert summary.sessions == 60 and [item.board_id for item in summary.boards] == ["procesplaat-1"]
    item = summary.boards[0]
    expected = cross_session_summary(loaded, "procesplaat-1")
    pd.testing.assert_frame_equal(item.zones, expected, check_dtype=True)
    assert "oude-zone" in set(item.zones["zone_id"])

    comparison = across_schools(loaded, "procesplaat-1")
    assert item.comparison.schools == comparison.schools
    pd.testing.assert_frame_equal(item.comparison.table, comparison.table, check_dtype=True)

    totals: Counter[tuple[str, str]] = Counter()
    for session in loaded:
        for dot in session.results.dots:
            totals[(dot.zone_id, dot.kind)] += dot.count
    merged = copy.deepcopy(loaded[0])
    merged.board = item.board
    merged.results.dots = [DotCount(zone, kind, count) for (zone, kind), count in totals.items()]
    pd.testing.assert_frame_equal(item.processes.processes, analyse_processes(merged).processes)
    assert item.processes.suggestion.startswith("ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK")


def test_a_filter_chooses_the_same_sessions_as_the_list(archive):
    loaded = stored(archive, random_sessions(40, seed=5))
    selection = SessionFilter(school="akkrum", date_from="2019-06-01", date_to="2021-12-31")
    listed = {summary.id for summary in archive.list(selection)}
    chosen = [session for session in loaded if session.id in listed]
    assert chosen and len(chosen) < len(loaded)
    assert archive.count(selection) == len(chosen)
    summary = archive.summary(selection)
    assert summary.sessions == len(chosen)
    assert list(summary.schools["school"]) == ["OBS Akkrum"]
    assert int(summary.schools["notes"].iloc[0]) == sum(len(s.results.notes) for s in chosen)
    assert summary.open_actions == sum(1 for s in chosen for a in s.results.actions if not a.done)
    pd.testing.assert_frame_equal(summary.boards[0].zones, cross_session_summary(chosen, "procesplaat-1"))
    assert summary.boards[0].comparison is None  # one school
    colors = Counter(note.color for s in chosen for note in s.results.notes)
    assert dict(zip(summary.colors["color"], summary.colors["count"])) == dict(colors)


def test_periods_count_the_mean_per_session(archive):
    loaded = stored(archive, random_sessions(30, seed=11))
    item = archive.summary(SessionFilter(board="procesplaat-1")).boards[0]
    assert item.periods["period"].tolist() == ["2019", "2020", "2021", "(geen datum)"]
    in_2019 = [s for s in loaded if s.date.startswith("2019")]
    werkdruk = sum(d.count for s in in_2019 for d in s.results.dots if d.kind == "werkdruk")
    row = item.periods[item.periods["period"] == "2019"].iloc[0]
    assert row["sessions"] == len(in_2019)
    assert row["werkdruk"] == pytest.approx(werkdruk / len(in_2019))
    zone = item.period_zones[(item.period_zones["zone_id"] == "rapporten-schrijven")]
    notes = zone[zone["measure"] == "briefjes"].iloc[0]
    placed = sum(1 for s in in_2019 for n in s.results.notes if n.zone_id == "rapporten-schrijven")
    assert notes["2019"] == pytest.approx(placed / len(in_2019))


def test_kinds_sharing_a_label_are_one_measure(archive):
    board = load_template("procesplaat-1")
    renamed = copy.deepcopy(board)
    for zone in renamed.zones:
        zone.holds.dots = [
            DotKind("plezier", kind.label, kind.color) if kind.id == "werkplezier" else kind for kind in zone.holds.dots
        ]
    first = Session(board=board, school="A", date="2019-01-01")
    first.results.set_dot_count("rapporten-schrijven", "werkplezier", 2)
    second = Session(board=renamed, school="B", date="2020-01-01")
    second.results.set_dot_count("rapporten-schrijven", "plezier", 5)
    loaded = stored(archive, [first, second])
    item = archive.summary().boards[0]
    pd.testing.assert_frame_equal(item.zones, cross_session_summary(loaded, "procesplaat-1"))
    row = item.zones[(item.zones["zone_id"] == "rapporten-schrijven") & (item.zones["measure"] == "werkplezier")]
    assert row[["total", "min", "max"]].values.tolist() == [[7, 2, 5]]


def test_an_empty_selection_is_an_empty_summary(archive):
    stored(archive, random_sessions(3))
    summary = archive.summary(SessionFilter(school="bestaat niet"))
    assert summary.sessions == 0 and summary.boards == [] and summary.schools.empty


def result_rows(archive: Archive) -> tuple[int, int, int]:
    with archive.engine.connect() as connection:
        return tuple(
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (notes_table, counts_table, actions_table)
        )


def test_normalised_rows_follow_every_change_in_the_same_transaction(archive):
    session = Session(board=load_template("procesplaat-1"), school="OBS Akkrum", date="2019-02-14")
    session.results.notes += [Note("a", "rapporten-schrijven"), Note("b", None)]
    session.results.set_dot_count("rapporten-schrijven", "werkdruk", 4)
    session.results.actions.append(ActionItem(1, "Toetskalender"))
    archive.save(session)
    assert result_rows(archive) == (2, 3, 1)  # notes; counts: the placed note, the dots, the yellow notes; actions
    session.results.notes.pop()
    session.results.set_dot_count("rapporten-schrijven", "werkplezier", 1)
    archive.save(session)
    assert result_rows(archive) == (1, 4, 1)
    archive.add_photo(session.id, "bord.jpg", photo_bytes("bord"))
    assert result_rows(archive) == (1, 4, 1)
    copy_id = archive.duplicate(session.id)
    assert result_rows(archive) == (2, 8, 2)
    archive.delete(session.id)
    archive.delete(copy_id)
    assert result_rows(archive) == (0, 0, 0)


def test_a_refused_batch_stores_nothing(archive):
    sessions = random_sessions(5)
    archive.add_many(sessions[:1])

    def items():
        yield from sessions[1:]
        yield sessions[0]  # already in the archive

    with pytest.raises(Exception, match="staat al in het archief"):
        archive.add_many(items())
    assert archive.count() == 1 and result_rows(archive)[0] == len(sessions[0].results.notes)


def test_upgrade_fills_the_normalised_rows_of_an_older_archive(archive_url):
    """An archive of revision 0002 (documents only) gets its rows from the documents on open."""
    from alembic import command
    from alembic.config import Config

    from boards.archive.store import MIGRATIONS

    engine = create_engine(archive_url)  # a bare database, brought to revision 0002 by hand
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    sessions = random_sessions(7)
    from boards.fileformat import dumps_session
    from boards.sessionio.matching import normalise

    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for session in sessions:
            connection.execute(
                text(
                    "insert into sessions (id, school, school_key, date, board_id, note_count, document, "
                    "created_at, updated_at) values (:id, :school, :key, :date, :board, :notes, :document, "
                    "current_timestamp, current_timestamp)"
                ),
                {
                    "id": session.id,
                    "school": session.school,
                    "key": normalise(session.school),
                    "date": session.date,
                    "board": session.board.id,
                    "notes": len(session.results.notes),
                    "document": dumps_session(session),
                },
            )
    engine.dispose()
    upgraded = Archive(archive_url)
    try:
        assert result_rows(upgraded) == result_rows_of(sessions)
        loaded = [upgraded.get(session.id) for session in sessions]
        pd.testing.assert_frame_equal(upgraded.summary().boards[0].zones, cross_session_summary(loaded))
    finally:
        upgraded.close()


def result_rows_of(sessions: list[Session]) -> tuple[int, int, int]:
    counts = 0
    for session in sessions:
        placed = {note.zone_id for note in session.results.notes if note.zone_id}
        dots = {(dot.zone_id, dot.kind) for dot in session.results.dots}
        colors = {note.color for note in session.results.notes}
        counts += len(placed) + len(dots) + len(colors)
    return (
        sum(len(s.results.notes) for s in sessions),
        counts,
        sum(len(s.results.actions) for s in sessions),
    )


def test_erasing_a_school_clears_its_normalised_rows(archive):
    """A privacy request ('school erase') leaves nothing of the school in the result tables either."""
    from boards.archive.school import erase_school, find_school

    sessions = random_sessions(20, seed=8)
    stored(archive, sessions)
    kept = [session for session in sessions if session.school != "OBS Akkrum"]
    erase_school(archive, find_school(archive, "OBS Akkrum"))
    assert result_rows(archive) == result_rows_of(kept)
    assert archive.summary().sessions == len(kept)


def test_sessions_without_a_school_are_named_in_every_school_chart(archive):
    """A bar for the sessions without a school says so ("(geen school)", translated by the app), never an
    empty name; the school table's column of the other zones is a name the app can translate too."""
    from boards.analysis.charts import NO_SCHOOL, app_label, summary_charts
    from boards.analysis.summary import schools_by_measure
    from tests.support.builders import session_on, with_dots

    board = load_template("procesplaat-1")
    zones = [zone.id for zone in board.zones if zone.holds.dots]
    archive.add_many(
        [
            with_dots(session_on(board, school=school, date=f"2020-01-0{day}"), {zone: (2, 1) for zone in zones})
            for day, school in enumerate(("OBS Akkrum", ""), start=1)
        ]
    )
    summary = archive.summary()
    item = summary.boards[0]
    school_charts = [chart for chart in summary_charts(summary, item) if "school" in chart.title]
    assert len(school_charts) == 3  # sessions per school, werkdruk and werkplezier per school
    for chart in school_charts:
        assert "" not in chart.labels and NO_SCHOOL in chart.labels, (chart.title, chart.labels)
    rest = [column for column in schools_by_measure(item.comparison, "werkdruk").columns if "overige" in column]
    assert rest == [f"overige vakken ({len(zones) - 8})"]
    assert app_label(rest[0]).render() == rest[0]
