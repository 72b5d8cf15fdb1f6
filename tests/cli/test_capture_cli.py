"""``bruinpapier capture``: JSON shape, text output and errors."""

from __future__ import annotations

import json

from cli.main import main
from tests.photos.generator import PhotoSpec


def test_capture_json_shape(brown_photo, board, tmp_path, capsys):
    path = tmp_path / "bord.jpg"
    brown_photo.write(path)
    assert main(["capture", str(path), "--board", "procesplaat-1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {
        "markers_found",
        "notes",
        "dots",
        "doubtful_zones",
        "doubt",
        "unseen",
        "needs_review",
        "warnings",
        "written",
    }
    assert data["written"] == []
    assert data["markers_found"] >= 12
    assert len(data["notes"]) == len(brown_photo.filled.notes)
    assert data["doubtful_zones"] == [] and data["doubt"] == {} and data["needs_review"] == 0
    assert data["unseen"] == {"parts": [], "zones": []}
    for note in data["notes"]:
        keys = {"zone_id", "zone_label", "color", "x_mm", "y_mm", "w_mm", "h_mm", "confidence", "doubtful"}
        assert set(note) == keys | ({"doubt"} if note["doubtful"] else set())
        assert note["doubtful"] is False
        assert board.zone(note["zone_id"]).label == note["zone_label"]
        assert board.zone(note["zone_id"]).rect.contains_point(note["x_mm"], note["y_mm"])
        assert 40 <= note["w_mm"] <= 90 and 40 <= note["h_mm"] <= 90
        assert 0 <= note["confidence"] <= 1
    for dot in data["dots"]:
        assert set(dot) == {"zone_id", "kind", "count"}
    assert {(d["zone_id"], d["kind"]): d["count"] for d in data["dots"]} == brown_photo.filled.dot_counts()


def test_capture_text_output(brown_photo, tmp_path, capsys):
    path = tmp_path / "bord.jpg"
    brown_photo.write(path)
    assert main(["capture", str(path), "--board", "procesplaat-1"]) == 0
    out = capsys.readouterr().out
    assert "markers herkend" in out and "post-its:" in out and "stippen:" in out
    assert "niets om na te kijken" in out and "(nakijken" not in out


def test_capture_partial_photo_names_what_it_does_not_show(partial_photo, tmp_path, capsys):
    path = tmp_path / "deel.jpg"
    partial_photo.write(path)
    assert main(["capture", str(path), "--board", "procesplaat-1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "right" in data["unseen"]["parts"] and "mr-taken-uitvoeren" in data["unseen"]["zones"]
    assert "mr-taken-uitvoeren" in data["doubtful_zones"] and data["doubt"]["mr-taken-uitvoeren"] == ["outside"]
    assert data["needs_review"] >= len(data["doubtful_zones"])
    assert main(["capture", str(path), "--board", "procesplaat-1"]) == 0
    out = capsys.readouterr().out
    assert "niet op de foto: " in out and "rechterkant" in out and "MR taken uitvoeren" in out
    assert "(deels) buiten de foto" in out and "om na te kijken" in out


def test_capture_doubtful_notes_are_flagged(make_photo, tmp_path, capsys):
    from boards.templates import load_template
    from tests.boards.capture.synthetic import Note, Scene, photograph

    board = load_template("procesplaat-1")
    # a pink note whose sides both lie under other notes: where it lies along them is not seen
    scene = Scene(notes=[Note("pink", 150, 232), Note("yellow", 100, 232, 4.0), Note("blue", 200, 232, -4.0)])
    jpeg, _ = photograph(board, scene)
    path = tmp_path / "bedekt.jpg"
    path.write_bytes(jpeg)
    assert main(["capture", str(path), "--board", "procesplaat-1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    flags = {note["color"]: (note["doubtful"], note.get("doubt")) for note in data["notes"]}
    assert flags["yellow"] == (False, None) and flags["blue"] == (False, None)
    assert flags["pink"] == (True, "covered")
    assert data["needs_review"] == sum(note["doubtful"] for note in data["notes"]) + len(data["doubtful_zones"])


def test_capture_refuses_a_photo_of_another_board_unless_forced(make_photo, tmp_path, capsys):
    import dataclasses

    from boards.fileformat import save_board
    from boards.templates import load_template

    other = tmp_path / "ander.bpbord"
    save_board(dataclasses.replace(load_template("procesplaat-1"), id="ander-bord"), other)
    photo = make_photo(PhotoSpec(seed=17, megapixels=3.0, max_tilt_deg=15.0, notes_per_zone=(0, 1)))
    path = tmp_path / "bord.jpg"
    photo.write(path)
    assert main(["capture", str(path), "--board", str(other), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "foto van bord 'procesplaat-1' (volgens de QR-code), niet van 'ander-bord'" in captured.err
    assert "--force" in captured.err
    assert main(["capture", str(path), "--board", str(other), "--json", "--force"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert len(data["notes"]) == len(photo.filled.notes)
    assert any("hoort bij bord 'procesplaat-1'" in warning for warning in data["warnings"])


def test_capture_refuses_a_photo_of_another_board_whose_code_cannot_be_read(tmp_path, capsys):
    from tests.boards.capture.test_board_check import unreadable_code_photo

    path = tmp_path / "ideeen.jpg"
    path.write_bytes(unreadable_code_photo("ideeen-genereren"))
    assert main(["capture", str(path), "--board", "procesplaat-1"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "lijkt geen foto van bord 'procesplaat-1': de QR-code is niet te lezen" in captured.err
    assert "kies het juiste bord, of lees de foto toch als 'procesplaat-1' met --force" in captured.err
    assert main(["capture", str(path), "--board", "procesplaat-1", "--json", "--force"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any("lijkt geen foto van bord 'procesplaat-1'" in warning for warning in data["warnings"])
    assert main(["capture", str(path), "--board", "procesplaat-1", "--force"]) == 0
    assert "lijkt geen foto van bord 'procesplaat-1'" in capsys.readouterr().out
    assert main(["capture", str(path), "--board", "ideeen-genereren", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == []


def test_capture_cuts_out_the_written_areas_to_type_over(brown_photo, tmp_path, capsys):
    import cv2

    path = tmp_path / "bord.jpg"
    brown_photo.write(path)
    crops = tmp_path / "uitsneden"
    assert main(["capture", str(path), "--board", "procesplaat-1", "--crops", str(crops), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)["written"]
    assert [(area["zone_id"], area["label"]) for area in written] == [
        ("antwoorden", "WAAR KRIJG IK ENERGIE VAN IN MIJN WERK EN WAARVAN JUIST NIET?"),
        ("conclusie", "CONCLUSIE:"),
    ]
    image = cv2.imread(written[1]["crop"])
    assert image is not None and image.shape[1] > image.shape[0] > 100  # the area, upright
    assert main(["capture", str(path), "--board", "procesplaat-1", "--crops", str(crops)]) == 0
    assert f"CONCLUSIE: → {crops / 'conclusie.png'}" in capsys.readouterr().out


def test_capture_not_an_image(tmp_path, capsys):
    path = tmp_path / "notities.jpg"
    path.write_text("geen foto")
    assert main(["capture", str(path), "--board", "procesplaat-1", "--json"]) == 1
    err = capsys.readouterr().err
    assert "bruinpapier: fout:" in err and "geen leesbare foto" in err


def test_capture_no_board_offers_corners(make_photo, board, tmp_path, capsys):
    photo = make_photo(PhotoSpec(seed=16, megapixels=3.0, markers=False, max_tilt_deg=25.0))
    path = tmp_path / "getekend.jpg"
    photo.write(path)
    assert main(["capture", str(path), "--board", "procesplaat-1", "--json"]) == 1
    err = capsys.readouterr().err
    assert "geen bord gevonden" in err and "--corners x1,y1,x2,y2,x3,y3,x4,y4" in err
    corners = ",".join(f"{value:.1f}" for point in photo.board_corners_px(board) for value in point)
    assert main(["capture", str(path), "--board", "procesplaat-1", "--json", "--corners", corners]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["markers_found"] == 0
    assert abs(len(data["notes"]) - len(photo.filled.notes)) <= 1


def test_capture_bad_corners(brown_photo, tmp_path, capsys):
    path = tmp_path / "bord.jpg"
    brown_photo.write(path)
    assert main(["capture", str(path), "--board", "procesplaat-1", "--corners", "1,2,3"]) == 1
    assert "8 getallen" in capsys.readouterr().err


def test_capture_text_names_a_heading_zone_without_its_colon():
    from types import SimpleNamespace

    from boards.templates import load_template
    from cli.commands.capture_cmd import _zone_label

    result = SimpleNamespace(board=load_template("procesplaat-1"))
    # ("vakken waarvoor de telling niet zeker is:" lists "- CONCLUSIE: schittering", not "CONCLUSIE::")
    assert _zone_label(result, "conclusie") == "CONCLUSIE"
    assert _zone_label(result, "mr-taken-uitvoeren") == "MR taken uitvoeren"
    assert _zone_label(result, None) == "(buiten de vakken)"
