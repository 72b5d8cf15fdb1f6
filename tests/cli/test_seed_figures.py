"""The worked figures of *Meer ict, minder werkdruk?*, entered through the command line and read back
from the analysis as text, JSON, Excel and the PDF report.

- De Borgstee's zelfevaluatie: question 1 (0, 0, 1, 6, 2 of 9 answers → 0 / 0 / 11,1 / 66,7 / 22,2 %),
  question 4 (1, 1, 7 on 4, 5, 6 → 11,1 / 11,1 / 77,8 %) and question 5, a multiple-choice question
  (3, 3, 9, 3, 2 of 11 respondents → 27,3 / 27,3 / 81,8 / 27,3 / 18,2 %). The publication's chart of
  question 5 lists its bars bottom-up; its data labels follow the question's order, as those of
  question 1 do, so "incidenten met de systemen" (the publication: "leraren vooral last hebben van
  incidenten met systemen") gets the 9 (tests/fixtures/borgstee-zelfevaluatie.csv).
- De Borgstee's Procesplaat 1 and 2: the answers written to the plate's question and the team's own
  CONCLUSIE, reported as the team's words; Bruinpapier's reading of the dots only as a suggestion.
- OBS Akkrum's Afbeelding 1.5 (problems per phase: 2, 5, 1) and 1.6 (ideas per quadrant: 8, 1, 2, 4).
"""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from cli.main import main
from tests.support.pdf import pdf_text

Q5 = "Welke ict-aspecten hebben volgens jou invloed op de snelheid waarmee je activiteiten kunt afhandelen?"


def _new(tmp_path, board: str, name: str, capsys) -> str:
    path = str(tmp_path / f"{name}.bpsessie")
    assert (
        main(
            ["session", "new", "--board", board, "--school", "CBS De Borgstee", "--date", "2018-10-01", "--file", path]
        )
        == 0
    )
    capsys.readouterr()
    return path


def _analyse_json(path: str, capsys) -> dict:
    assert main(["analyse", path, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["sessions"][0]


def test_zelfevaluatie_questions_1_4_and_5_as_the_seed(fixtures_dir, tmp_path, capsys):
    session = _new(tmp_path, "zelfevaluatie", "zelfevaluatie", capsys)
    assert main(["session", "import-results", session, str(fixtures_dir / "borgstee-zelfevaluatie.csv")]) == 0
    out = capsys.readouterr().out
    assert "11 stiprijen" in out and "het aantal respondenten (1 rij)" in out

    data = _analyse_json(session, capsys)
    answers = data["scales"]["answers"]

    def shares(question: str, counted_only: bool = False) -> list[str]:
        rows = [row for row in answers if row["question_id"] == question]
        return [row["percent_text"] for row in rows if row["count"] or not counted_only]

    assert shares("v1") == ["0 %", "0 %", "11,1 %", "66,7 %", "22,2 %"]
    assert shares("v4", counted_only=True) == ["11,1 %", "11,1 %", "77,8 %"]
    assert [row["label"] for row in answers if row["question_id"] == "v5"] == [
        "3 (27,3 %)",
        "3 (27,3 %)",
        "9 (81,8 %)",
        "3 (27,3 %)",
        "2 (18,2 %)",
    ]
    questions = {row["question_id"]: row for row in data["scales"]["questions"]}
    assert questions["v1"]["question_kind"] == "schaal" and questions["v1"]["answers"] == 9
    assert questions["v5"]["question_kind"] == "meerkeuze" and questions["v5"]["respondents"] == 11
    assert questions["v5"]["answers"] == 20  # more ticks than respondents: several options each
    # Questions nobody answered yet are multiple choice too, with their share of the 11 respondents.
    assert {row["percent_text"] for row in answers if row["question_id"] == "v2"} == {"0 %"}

    assert main(["analyse", session]) == 0
    text = capsys.readouterr().out
    assert (
        "incidenten met de systemen (bijvoorbeeld het systeem kan niet opgestart worden of loopt vast): 9 (81,8 %)"
        in text
    )
    assert "(van 11 respondenten)" in text
    assert "gemiddelde 4,1 (9 antwoorden)" in text  # (3 + 24 + 10) / 9

    workbook = tmp_path / "zelfevaluatie.xlsx"
    assert main(["analyse", session, "--xlsx", str(workbook)]) == 0
    sheet = load_workbook(workbook)["Vragenlijst antwoorden"]
    header = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2))
    q5 = [row for row in rows if row[header.index("Vraag")].value == Q5]
    cells = [row[header.index("Percentage (%)")] for row in q5]
    assert [cell.value for cell in cells] == pytest.approx([3 / 11, 3 / 11, 9 / 11, 3 / 11, 2 / 11])
    assert {cell.number_format for cell in cells} == {"0.0%"}
    assert [row[header.index("Van (aantal)")].value for row in q5] == [11] * 5

    report = tmp_path / "zelfevaluatie.pdf"
    assert main(["report", session, "-o", str(report)]) == 0
    flat = " ".join(pdf_text(report.read_bytes(), tmp_path).split())
    for label in ("6 (66,7 %)", "7 (77,8 %)", "9 (81,8 %)", "2 (18,2 %)", "Percentages van 11 respondenten"):
        assert label in flat, label


def test_questionnaire_without_respondents_says_the_shares_are_unknown(fixtures_dir, tmp_path, capsys):
    session = _new(tmp_path, "zelfevaluatie", "zonder", capsys)
    lines = (fixtures_dir / "borgstee-zelfevaluatie.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "zonder.csv").write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    assert main(["session", "import-results", session, str(tmp_path / "zonder.csv")]) == 0
    capsys.readouterr()
    data = _analyse_json(session, capsys)
    q5 = [row for row in data["scales"]["answers"] if row["question_id"] == "v5"]
    assert [row["label"] for row in q5] == ["3", "3", "9", "3", "2"] and {row["percent"] for row in q5} == {None}
    assert any("aantal respondenten onbekend" in finding for finding in data["findings"])
    # The count can be entered afterwards, for one question or for all of them.
    assert main(["session", "respondents", session, "11", "--question", Q5]) == 0
    capsys.readouterr()
    data = _analyse_json(session, capsys)
    assert [row["percent_text"] for row in data["scales"]["answers"] if row["question_id"] == "v5"][2] == "81,8 %"
    assert next(row["percent"] for row in data["scales"]["answers"] if row["question_id"] == "v2") is None


def test_procesplaten_report_the_teams_conclusion_and_only_suggest(fixtures_dir, tmp_path, capsys):
    first = _new(tmp_path, "procesplaat-1", "plaat-1", capsys)
    assert main(["session", "import-results", first, str(fixtures_dir / "borgstee-procesplaat-1.csv")]) == 0
    capsys.readouterr()
    seed_words = "ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE ADMINISTRATIEVE PROCESSEN ERVAREN"
    data = _analyse_json(first, capsys)
    assert data["conclusion"] == seed_words and data["suggestion"] is None  # no dots, nothing suggested
    answers = next(area for area in data["written"] if not area["conclusion"])
    assert answers["label"] == "WAAR KRIJG IK ENERGIE VAN IN MIJN WERK EN WAARVAN JUIST NIET?"
    assert answers["texts"][1] == "onvrede, niet landen van goede bedoelingen bij ouders en collega’s"
    # The written areas are no counts: no zero-dot rows for them.
    assert {zone["zone_id"] for zone in data["zones"]} & {"antwoorden", "conclusie"} == set()

    second = _new(tmp_path, "procesplaat-2", "plaat-2", capsys)
    dots = tmp_path / "stippen.csv"
    dots.write_text(
        "soort;zone;stipsoort;aantal\n"
        "stip;Leerlingvolgsysteem bijhouden;anders/beter kan;4\n"
        "stip;Toetsen afnemen;gebruikmaken van ict;5\n"
        "stip;Rapporten schrijven;anders/beter kan;2\n",
        encoding="utf-8",
    )
    assert main(["session", "import-results", second, str(dots)]) == 0
    ict_words = "ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN IN DE ADMINISTRATIEVE PROCESSEN"
    assert main(["session", "conclusion", second, ict_words]) == 0
    out = capsys.readouterr().out
    assert f"Conclusie van het team: {ict_words}" in out
    assert "Suggestie van Bruinpapier: ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN IN DE SECUNDAIRE PROCESSEN" in out

    assert main(["analyse", first, second]) == 0
    text = capsys.readouterr().out
    assert f"Conclusie van het team: {seed_words}" in text and f"Conclusie van het team: {ict_words}" in text
    assert "CONCLUSIE:: " not in text and "0 werkdruk" not in text

    workbook = tmp_path / "platen.xlsx"
    assert main(["analyse", first, second, "--xlsx", str(workbook)]) == 0
    rows = [row[1:] for row in load_workbook(workbook)["Conclusies"].iter_rows(min_row=2, values_only=True)]
    assert ("Conclusie van het team", seed_words) in rows and ("Conclusie van het team", ict_words) in rows
    assert ("Suggestie van Bruinpapier", "ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN IN DE SECUNDAIRE PROCESSEN") in rows
    counts = load_workbook(workbook)["Tellingen per vak"]
    assert "CONCLUSIE:" not in [cell.value for cell in counts["C"]]

    report = tmp_path / "platen.pdf"
    assert main(["report", first, second, "-o", str(report)]) == 0
    flat = " ".join(pdf_text(report.read_bytes(), tmp_path).split())
    assert f"CONCLUSIE: {seed_words}" in flat and f"CONCLUSIE: {ict_words}" in flat
    assert "Suggestie van Bruinpapier: ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN IN DE SECUNDAIRE PROCESSEN" in flat
    assert "CONCLUSIE: ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN IN DE SECUNDAIRE" not in flat


def test_akkrum_figures_1_5_and_1_6(fixtures_dir, tmp_path, capsys):
    problems = _new(tmp_path, "problemen-lokaliseren", "problemen", capsys)
    ideas = _new(tmp_path, "ideeen-genereren", "ideeen", capsys)
    assert (
        main(["session", "import-results", problems, str(fixtures_dir / "akkrum-speciale-aandacht-problemen.csv")]) == 0
    )
    assert main(["session", "import-results", ideas, str(fixtures_dir / "akkrum-speciale-aandacht-ideeen.csv")]) == 0
    capsys.readouterr()

    spread = _analyse_json(problems, capsys)["distribution"]
    assert [(zone["zone_label"], zone["count"], zone["share_text"]) for zone in spread["zones"]] == [
        ("Voorbereiding", 2, "25 %"),
        ("Uitvoering", 5, "62,5 %"),
        ("Evaluatie/reflectie", 1, "12,5 %"),
    ]
    assert spread["summary"] == "De meeste problemen (5 van 8) vallen in fase Uitvoering."
    spread = _analyse_json(ideas, capsys)["distribution"]
    assert {zone["zone_label"]: zone["count"] for zone in spread["zones"]} == {
        "Organisatie": 8,
        "ict": 1,
        "Samenwerking": 2,
        "Persoonlijk": 4,
    }

    workbook = tmp_path / "akkrum.xlsx"
    assert main(["analyse", problems, ideas, "--xlsx", str(workbook)]) == 0
    sheet = load_workbook(workbook)["Verdeling"]
    header = [cell.value for cell in sheet[1]]
    shares = [row[header.index("Aandeel (%)")] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in shares] == pytest.approx([0.25, 0.625, 0.125, 8 / 15, 1 / 15, 2 / 15, 4 / 15])
    assert {cell.number_format for cell in shares} == {"0.0%"}

    report = tmp_path / "akkrum.pdf"
    assert main(["report", problems, ideas, "-o", str(report)]) == 0
    flat = " ".join(pdf_text(report.read_bytes(), tmp_path).split())
    assert "5 (62,5 %)" in flat and "8 (53,3 %)" in flat
    # the figures themselves: the notes under their phase and in their quadrant, as on the board
    assert "De problemen op het bord" in flat and "De ideeën op het bord" in flat
    for text in ("EVALUATIE/REFLECTIE – Hoe administreren", "ICT – Hoe administratie?", "– Plannen overleg"):
        assert text in flat, text
