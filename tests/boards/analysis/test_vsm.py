"""VSM figures: doorlooptijd, bewerkingstijd, value-adding share, longest waits and the ladder.

The steps are those of OBS Akkrum's 'speciale aandacht leerlingen' (Afbeelding 1.4 of *Meer ict,
minder werkdruk?*). The publication's map carries no times; the times below are what a team would
note on the datazijde ("een kwartier per groepje" is from the publication's text), so the test
checks the arithmetic, not figures of the publication.
"""

from __future__ import annotations

import pytest

from boards.analysis import analyse_session
from boards.analysis.vsm import analyse_vsm, ladder
from boards.session import Note, Session
from boards.templates import load_template


def _step(text: str, x: float, **values) -> Note:
    return Note(text, zone_id="proceszijde", category="processtap", x_mm=x, y_mm=500, width_mm=76, **values)


def vsm_session() -> Session:
    session = Session(board=load_template("vsm-schema"), school="OBS Akkrum", topic="speciale aandacht leerlingen")
    instruction = _step("Instructie geven aan de groep 10 min", 450)
    helper = _step("Hulpleerling", 700, work_min=15.0, wait_min=5.0)  # typed: een kwartier per groepje
    admin = _step("Administratie", 950)
    attention = _step("Aandacht voor de groep", 1200)
    session.results.notes += [attention, admin, helper, instruction]  # entered out of order on purpose
    session.results.notes += [
        Note(
            "Hoe administreren? 5 min, wacht 2 dagen op de IB'er",
            zone_id="datazijde",
            category="probleem",
            links={"process_step": admin.id},
        ),
        Note("Storen leerling", zone_id="datazijde", category="probleem", links={"process_step": attention.id}),
        Note("Rondje door de klas 20 min", zone_id="datazijde", x_mm=1190, y_mm=760),  # under the step, no link
        Note("wachten: 1 uur", zone_id="datazijde", x_mm=455, y_mm=760),
    ]
    return session


def test_times_from_typing_text_and_the_datazijde():
    vsm = analyse_vsm(vsm_session())
    assert vsm is not None
    steps = vsm.steps
    assert steps["step"].tolist() == [
        "Instructie geven aan de groep 10 min",
        "Hulpleerling",
        "Administratie",
        "Aandacht voor de groep",
    ]  # left to right on the Proceszijde
    assert steps["work_min"].tolist() == [10, 15, 5, 20]
    assert steps["wait_min"].tolist()[:3] == [60, 5, 2880] and steps["wait_min"].isna().tolist()[3]
    assert steps["source"].tolist() == [
        "uit de tekst, van de datazijde",
        "getypt",
        "van de datazijde",
        "van de datazijde",
    ]
    assert (vsm.work_min, vsm.wait_min, vsm.lead_min) == (50, 2945, 2995)
    assert vsm.value_share == pytest.approx(50 * 100 / 2995)
    assert vsm.longest_waits == [
        ("Administratie", 2880),
        ("Instructie geven aan de groep 10 min", 60),
        ("Hulpleerling", 5),
    ]
    assert vsm.without_times == []
    assert vsm.summary[0] == "Doorlooptijd 2 dagen 1 uur 55 min: bewerkingstijd 50 min, wachttijd 2 dagen 1 uur 5 min."
    assert vsm.summary[1] == "Waarde toevoegend (bewerkingstijd als deel van de doorlooptijd): 1,7 %."
    assert vsm.summary[2].startswith("Langste wachttijden: Administratie (2 dagen); ")


def test_ladder_under_the_steps():
    session = vsm_session()
    segments = ladder(analyse_vsm(session), session)
    assert [segment.level for segment in segments] == ["wacht", "bewerking"] * 4
    assert [segment.text for segment in segments] == [
        "1 uur",
        "10 min",
        "5 min",
        "15 min",
        "2 dagen",
        "5 min",
        "?",
        "20 min",
    ]
    # A step's rung lies under its note; the wait before it runs from the previous step.
    assert (segments[1].x0, segments[1].x1) == (412, 488)
    assert segments[2].x0 == segments[1].x1 and segments[2].x1 == segments[3].x0 == 662
    assert segments[0].x0 == load_template("vsm-schema").zone("proceszijde").rect.x


def test_without_positions_the_entered_order_counts_and_unknowns_are_named():
    session = Session(board=load_template("vsm-schema"))
    session.results.notes += [
        Note("Lesdoelen bepalen", zone_id="proceszijde"),
        Note("Materiaal zoeken 30 min", zone_id="proceszijde"),
        Note("Kopiëren, wacht 1 dag op de printer", zone_id="proceszijde"),
    ]
    item = analyse_session(session)
    vsm = item.vsm
    assert vsm.steps["step"].tolist()[0] == "Lesdoelen bepalen"
    assert vsm.without_times == ["Lesdoelen bepalen"]
    assert "Zonder tijd (niet meegeteld): Lesdoelen bepalen." in item.findings
    segments = ladder(vsm, session)
    assert segments[0].x0 < segments[1].x0 < segments[3].x0 < segments[5].x0  # spread evenly, in order


def test_no_times_yet_says_what_to_do():
    session = Session(board=load_template("vsm-schema"))
    session.results.notes.append(Note("Instructie geven", zone_id="proceszijde"))
    vsm = analyse_vsm(session)
    assert not vsm.has_times and vsm.value_share is None
    assert "noteer bewerkingstijd en wachttijd" in vsm.summary[0]
    assert analyse_vsm(Session(board=load_template("vsm-schema"))) is None  # no steps: nothing to say
    assert analyse_vsm(Session(board=load_template("procesplaat-1"))) is None
