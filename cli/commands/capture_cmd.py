"""``capture``: read photos of a filled board back into notes and dot counts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from boards.capture import (
    CaptureOptions,
    CaptureResult,
    NoBoardFoundError,
    WrongBoardError,
    capture_photos,
    is_doubtful,
)
from boards.capture.errors import CaptureError
from boards.capture.results import BOARD_PART_TEXTS, DOUBT_TEXTS
from boards.colors import NOTE_COLOR_IDS, note_color
from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.paper import parse_paper
from boards.templates import resolve_board
from cli.output import print_json

CORNERS_HINT = QT_TRANSLATE_NOOP(
    "errors",
    "{message}: met --corners x1,y1,x2,y2,x3,y3,x4,y4 (linksboven, rechtsboven, rechtsonder, linksonder, in pixels "
    "van de foto; bij ander papier ook --paper)",
)
FORCE_HINT = QT_TRANSLATE_NOOP("errors", "{message}, of lees de foto toch als '{board}' met --force")


def parse_corners(text: str) -> tuple[tuple[float, float], ...]:
    try:
        values = [float(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        values = []
    if len(values) != 8:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "--corners verwacht 8 getallen x1,y1,x2,y2,x3,y3,x4,y4, niet '{value}'"),
                value=text,
            )
        )
    return tuple((values[i], values[i + 1]) for i in range(0, 8, 2))  # type: ignore[return-value]


def result_to_json(result: CaptureResult) -> dict:
    board = result.board
    notes = []
    for note in result.notes:
        zone = board.zone(note.zone_id) if note.zone_id else None
        entry = {
            "zone_id": note.zone_id,
            "zone_label": zone.label if zone else None,
            "color": note.color,
            "x_mm": round(note.x_mm, 1),
            "y_mm": round(note.y_mm, 1),
            "w_mm": round(note.width_mm, 1),
            "h_mm": round(note.height_mm, 1),
            "confidence": round(note.confidence, 3),
            "doubtful": is_doubtful(note),
        }
        if is_doubtful(note):
            entry["doubt"] = note.doubt or "confidence"
        notes.append(entry)
    dots = [{"zone_id": count.zone_id, "kind": count.kind, "count": count.count} for count in result.dot_counts()]
    doubtful_zones = result.doubtful_zones
    return {
        "markers_found": result.markers_found,
        "notes": notes,
        "dots": dots,
        "doubtful_zones": list(doubtful_zones),
        "doubt": doubtful_zones,
        "unseen": {"parts": result.unseen_parts, "zones": result.unseen_zones},
        "needs_review": len(result.doubtful_notes) + len(doubtful_zones),
        "warnings": result.warnings,
    }


def _capture(args: argparse.Namespace) -> int:
    board = resolve_board(args.board)
    options = CaptureOptions(crops=args.ocr, keep_rectified=False, ocr=args.ocr, other_board=args.force)
    if args.corners:
        if len(args.photos) != 1:
            raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "--corners werkt met precies één foto")))
        options.corners = {0: parse_corners(args.corners)}  # type: ignore[dict-item]
        if args.paper:
            options.paper = parse_paper(args.paper, landscape=board.paper.width_mm > board.paper.height_mm)
    try:
        result = capture_photos(args.photos, board, options)
    except NoBoardFoundError as error:
        raise CaptureError(problem(CORNERS_HINT, message=error.message)) from error
    except WrongBoardError as error:
        raise CaptureError(problem(FORCE_HINT, message=error.message, board=board.id)) from error
    written = _write_crops(result, args.crops) if args.crops else []
    if args.json:
        for warning in result.warnings:
            print(f"bruinpapier: let op: {warning}", file=sys.stderr)
        print_json({**result_to_json(result), "written": written})
        return 0
    _print_text(result)
    if written:
        print("Geschreven op het bord (overtypen, bijv. met 'session conclusion SESSIE \"TEKST\"'):")
        for area in written:
            print(f"  - {area['label']} → {area['crop']}")
    elif args.crops:
        print("Geen vak voor geschreven tekst helemaal op de foto('s).")
    return 0


def _zone_label(result: CaptureResult, zone_id: str | None) -> str:
    """The zone's name in a line of text: its label without the colon a heading like "CONCLUSIE:" ends with."""
    zone = result.board.zone(zone_id) if zone_id else None
    if zone is None:
        return "(buiten de vakken)"
    return zone.label.rstrip(": ") or zone.label


def _write_crops(result: CaptureResult, folder: str) -> list[dict]:
    """The written areas (answers, CONCLUSIE) as PNG files in ``folder``, to type over."""
    import cv2

    from boards.capture.written import written_crops
    from boards.fileformat import atomic_write_bytes

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for crop in written_crops(result):
        path = target / f"{crop.zone_id}.png"
        ok, data = cv2.imencode(".png", crop.image)
        if ok:
            atomic_write_bytes(path, data.tobytes())
            written.append({"zone_id": crop.zone_id, "label": crop.label, "crop": str(path)})
    return written


def _print_text(result: CaptureResult) -> None:
    board = result.board
    print(f"{board.title}: {len(result.photos)} foto('s), {result.markers_found} markers herkend")
    for warning in result.warnings:
        print(f"let op: {warning}")
    if result.unseen_parts or result.unseen_zones:
        parts = ", ".join(BOARD_PART_TEXTS[code] for code in result.unseen_parts) or "een deel"
        zones = ", ".join(_zone_label(result, zone_id) for zone_id in result.unseen_zones)
        print(f"let op: niet op de foto: {parts} van het bord" + (f" (vakken: {zones})" if zones else ""))
    print(f"{len(result.notes)} post-its:")
    for note in result.notes:
        doubt = f"  (nakijken: {DOUBT_TEXTS.get(note.doubt, note.doubt)})" if is_doubtful(note) else ""
        text = f"  \u201c{note.text}\u201d" if note.text else ""
        color = note_color(note.color).label if note.color in NOTE_COLOR_IDS else note.color
        print(
            f"  - {color:<6} in {_zone_label(result, note.zone_id)} op ({note.x_mm:.0f}, {note.y_mm:.0f}) "
            f"mm{text}{doubt}"
        )
    counts = result.dot_counts()
    doubtful_zones = result.doubtful_zones
    print(f"{sum(count.count for count in counts)} stippen:")
    for count in counts:
        zone = board.zone(count.zone_id)
        kind = zone.holds.dot_kind(count.kind) if zone else None
        doubt = "  (nakijken)" if count.zone_id in doubtful_zones else ""
        print(f"  - {_zone_label(result, count.zone_id)}: {count.count} × {kind.label if kind else count.kind}{doubt}")
    if doubtful_zones:
        print("vakken waarvoor de telling niet zeker is:")
        for zone_id, reasons in doubtful_zones.items():
            print(f"  - {_zone_label(result, zone_id)}: {', '.join(DOUBT_TEXTS.get(code, code) for code in reasons)}")
    review = len(result.doubtful_notes) + len(doubtful_zones)
    if review:
        print(f"{review} item(s) om na te kijken ({len(result.doubtful_notes)} post-its, {len(doubtful_zones)} vakken)")
    else:
        print("niets om na te kijken")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("capture", help="foto's van een ingevuld bord teruglezen (post-its en stippen)")
    parser.add_argument("photos", nargs="+", metavar="FOTO")
    parser.add_argument(
        "--board", required=True, metavar="SJABLOON_OF_BESTAND", help="het bord op de foto (sjabloon-id of bordbestand)"
    )
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.add_argument(
        "--corners",
        metavar="X1,Y1,...,X4,Y4",
        help="vier hoeken van een bord zonder markers (pixels: linksboven, rechtsboven, rechtsonder, linksonder)",
    )
    parser.add_argument(
        "--paper",
        metavar="PAPIER",
        help="papierformaat bij --corners, als het afwijkt van het bord (A0..A4 of BxH in mm)",
    )
    parser.add_argument("--ocr", action="store_true", help="tekstsuggestie per post-it met Tesseract (traag)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="ook een foto lezen waarvan de QR-code een ander bord noemt (als foto van dit bord)",
    )
    parser.add_argument(
        "--crops",
        metavar="MAP",
        help="de vakken met geschreven tekst (antwoorden, CONCLUSIE) als PNG in deze map, om over te typen",
    )
    parser.set_defaults(handler=_capture)
