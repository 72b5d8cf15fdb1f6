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
    assert set(data) == {"markers_found", "notes", "dots", "written"} and data["written"] == []
    assert data["markers_found"] >= 12
    assert len(data["notes"]) == len(brown_photo.filled.notes)
    for note in data["notes"]:
        assert set(note) == {"zone_id", "zone_label", "color", "x_mm", "y_mm", "w_mm", "h_mm", "confidence"}
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
