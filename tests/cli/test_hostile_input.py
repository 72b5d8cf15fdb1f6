"""Every case of the "safe with a school's data" review, against the command line: a Dutch message naming
the file and the problem and a non-zero exit, never a traceback, a hang or garbage accepted.

(Recovery per window: tests/desktop/test_recovery.py and tests/boards/test_recovery.py; privacy requests:
tests/cli/test_school_cli.py; property-based fuzzing: tests/fuzz/.)
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from boards.archive import Archive
from boards.fileformat import board_document, save_session
from boards.session import ActionItem, Note
from boards.templates import load_template
from boards.workspace import new_session
from cli.main import main
from tests.support.builders import damaged_jpeg, photo_bytes
from tests.support.cli_run import assert_clean, run_cli

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "interne fout" not in err, err
    return code, out, err


def refused(capsys, *args: str, says: str = "") -> str:
    code, _, err = run(capsys, *args)
    assert code == 1, err
    assert err.startswith("bruinpapier: fout: "), err
    assert says in err, err
    return err


@pytest.fixture
def board_doc() -> dict:
    return json.loads(json.dumps(board_document(load_template("procesplaat-1"))))


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- 1. exports never write live formulas --------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://aanval.example/x","klik")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)"]


def test_1_no_live_formulas_in_the_analysis_workbook_or_the_session_csv(capsys, tmp_path):
    session = new_session(load_template("procesplaat-1"), school="OBS Akkrum")
    zone = session.board.zones[0].id
    session.results.notes += [Note(text, zone) for text in FORMULAS]
    session.results.actions.append(ActionItem(1, "=1+1", owner="@Jan"))
    path = tmp_path / "S.bpsessie"
    save_session(session, path)

    assert run(capsys, "analyse", path, "--xlsx", tmp_path / "a.xlsx")[0] == 0
    workbook = openpyxl.load_workbook(tmp_path / "a.xlsx")
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert {cell.value for cell in cells} >= set(FORMULAS)
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []

    assert run(capsys, "session", "export", path, tmp_path / "out.csv")[0] == 0
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@")), cell
    # ... and the CSV reads back as written.
    fresh = new_session(load_template("procesplaat-1"))
    save_session(fresh, tmp_path / "leeg.bpsessie")
    code, out, err = run(
        capsys, "session", "import-results", tmp_path / "leeg.bpsessie", tmp_path / "out.csv", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["counts"]["notes"] == len(FORMULAS) and json.loads(out)["counts"]["actions"] == 1


# --- 3. an xlsx decompression bomb ------------------------------------------------------------------------


def test_3_an_xlsx_bomb_is_refused_before_it_is_unpacked(capsys, tmp_path):
    session = tmp_path / "S.bpsessie"
    save_session(new_session(load_template("procesplaat-1")), session)
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as entry:
            chunk = b"<c><v>0</v></c>" * 65536
            for _ in range(200):  # 200 MB of XML, a few hundred kB packed
                entry.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    refused(capsys, "session", "import-results", session, bomb, "--dry-run", says="zip-bom")


# --- 4, 5, 12, 13: board and session files -----------------------------------------------------------------


def test_4_a_message_with_braces_is_no_keyerror(capsys, tmp_path):
    path = write_json(tmp_path / "b.bpbord", {"format": "bruinpapier.board", "schema_version": 1, "board": []})
    err = refused(capsys, "validate", path, says="board: moet een object { } zijn, maar is een lijst [ ]")
    assert str(path) in err
    session = write_json(tmp_path / "b.bpsessie", {"format": "bruinpapier.session", "schema_version": 1, "session": []})
    refused(capsys, "session", "show", session, says="session: moet een object { } zijn")
    refused(capsys, "session", "import", session, says="moet een object { } zijn")
    refused(capsys, "app", path, says="moet een object { } zijn")


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_5_nan_and_infinity_are_refused_everywhere(capsys, tmp_path, board_doc, value):
    text = json.dumps(board_doc).replace('"width": 213.4', f'"width": {value}', 1)
    assert value in text
    path = tmp_path / "nan.bpbord"
    path.write_text(text, encoding="utf-8")
    refused(capsys, "validate", path, says="NaN of Infinity")
    refused(capsys, "print", path, "-o", tmp_path / "x.pdf", says="NaN of Infinity")
    refused(capsys, "session", "new", "--board", path, "--file", tmp_path / "s.bpsessie", says="NaN")
    refused(capsys, "session", "new", "--board", path, says="NaN")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "s.bpsessie").exists()
    assert Archive().list() == []


def test_12_deep_nesting_huge_numbers_and_too_many_items(capsys, tmp_path, board_doc):
    deep = tmp_path / "diep.bpbord"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    refused(capsys, "validate", deep, says="te diep genest")
    nested = tmp_path / "genest.bpsessie"
    nested.write_text(
        '{"format": "bruinpapier.session", "schema_version": 1, "session": ' + "[" * 500 + "]" * 500 + "}"
    )
    refused(capsys, "session", "show", nested, says="te diep genest")
    big = tmp_path / "groot.bpbord"
    version = f'"schema_version": {board_doc["schema_version"]}'
    big.write_text(json.dumps(board_doc).replace(version, '"schema_version": ' + "9" * 5000))
    refused(capsys, "validate", big, says="te veel cijfers")

    zone = board_doc["board"]["zones"][0]
    many = {**board_doc, "board": {**board_doc["board"], "zones": [{**zone, "id": f"z{i}"} for i in range(100_000)]}}
    refused(capsys, "validate", write_json(tmp_path / "veel.bpbord", many), says="te veel items (100000")
    # Within the limit, one bad value among thousands is found quickly and named.
    zones = [{**zone, "id": f"z{i}", "parent": None} for i in range(9_999)]
    zones[-1] = {**zones[-1], "rect": {**zone["rect"], "width": -1}}
    bad = {**board_doc, "board": {**board_doc["board"], "zones": zones}}
    import time

    started = time.monotonic()
    refused(capsys, "validate", write_json(tmp_path / "fout.bpbord", bad), says="zones[9998].rect.width")
    assert time.monotonic() - started < 10


def test_13_dates_bom_and_unknown_method(capsys, tmp_path, board_doc):
    session = new_session(load_template("procesplaat-1"))
    path = tmp_path / "s.bpsessie"
    save_session(session, path)
    path.write_text(path.read_text(encoding="utf-8").replace(session.date, "2020-13-45"), encoding="utf-8")
    refused(capsys, "session", "show", path, says="datum '2020-13-45' kan niet")
    refused(capsys, "session", "new", "--board", "procesplaat-1", "--date", "2020-02-30", says="2020-02-30")
    refused(capsys, "session", "new", "--board", "procesplaat-1", "--method", "bestaatniet", "--step", "xyz")
    refused(capsys, "session", "new", "--board", "procesplaat-1", "--step", "xyz", says="stap 'xyz'")
    refused(
        capsys,
        "trajectory",
        "new",
        "design-thinking-lean",
        "--school",
        "X",
        "--dates",
        "2024-01-32",
        "-o",
        tmp_path / "t",
    )

    with_bom = tmp_path / "bom.bpbord"
    with_bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(board_doc).encode())
    assert run(capsys, "validate", with_bom)[0] == 0
    save_session(session, path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert run(capsys, "session", "show", path)[0] == 0


# --- 7. corrupt, newer and empty archives ------------------------------------------------------------------


def test_7_corrupt_newer_and_empty_archives_are_refused(capsys, tmp_path, monkeypatch):
    random_bytes = tmp_path / "willekeurig.sqlite"
    random_bytes.write_bytes(os.urandom(8192))
    header_only = tmp_path / "kapot.sqlite"
    header_only.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    empty = tmp_path / "leeg.sqlite"
    empty.write_bytes(b"")
    newer = tmp_path / "nieuwer.sqlite"
    with Archive(f"sqlite:///{newer}") as archive, archive.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_uit_de_toekomst'")
    for file, says in (
        (random_bytes, "geen Bruinpapier-archief"),
        (header_only, "beschadigd"),
        (empty, "leeg (0 bytes)"),
        (newer, "nieuwere Bruinpapier"),
    ):
        monkeypatch.setenv("BRUINPAPIER_ARCHIVE", f"sqlite:///{file}")
        refused(capsys, "session", "list", says=says)
    assert empty.read_bytes() == b""  # not silently taken as a new archive


def test_14_a_locked_archive_says_it_is_busy(capsys, tmp_path, monkeypatch):
    import sqlite3

    path = tmp_path / "bezet.sqlite"
    Archive(f"sqlite:///{path}").close()
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", f"sqlite:///{path}")
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr("boards.archive.store.SQLITE_BUSY_TIMEOUT_S", 0.2)
        err = refused(capsys, "session", "new", "--board", "procesplaat-1", says="bezet")
        assert "server" not in err
    finally:
        holder.rollback()
        holder.close()


# --- 8. a full disk ----------------------------------------------------------------------------------------


def _disk_full(monkeypatch) -> None:
    real_fdopen = os.fdopen

    class FullDisk(io.RawIOBase):
        def __init__(self, stream) -> None:
            self.stream = stream

        def write(self, data) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def fileno(self) -> int:
            return self.stream.fileno()

        def close(self) -> None:
            self.stream.close()

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.close()

    def fdopen(fd, mode="r", *args, **kwargs):
        stream = real_fdopen(fd, mode, *args, **kwargs)
        return FullDisk(stream) if "w" in mode else stream

    monkeypatch.setattr(os, "fdopen", fdopen)


def test_8_a_full_disk_gives_a_dutch_message_and_keeps_the_old_file(capsys, tmp_path, monkeypatch):
    session = new_session(load_template("procesplaat-1"))
    path = tmp_path / "S.bpsessie"
    save_session(session, path)
    before = path.read_bytes()
    csv = tmp_path / "r.csv"
    csv.write_text("soort,zone,tekst\nnotitie,lessen-vormgeven-lesmaterialen,Meer tijd\n", encoding="utf-8")
    from boards.trajectory import new_trajectory, save_trajectory

    trajectory = tmp_path / "T.bptraject"
    save_trajectory(new_trajectory("design-thinking-lean", "OBS Akkrum"), trajectory)
    trajectory_before = trajectory.read_bytes()
    _disk_full(monkeypatch)
    refused(capsys, "session", "import-results", path, csv, says="de schijf is vol")
    assert path.read_bytes() == before
    refused(capsys, "session", "new", "--board", "procesplaat-1", "--file", tmp_path / "n.bpsessie", says="schijf")
    refused(capsys, "session", "export", path, tmp_path / "out.xlsx", says="de schijf is vol")
    refused(capsys, "trajectory", "next", trajectory, says="de schijf is vol")
    assert trajectory.read_bytes() == trajectory_before
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "data")  # data: the user folder (caches)
    assert left == ["S.bpsessie", "T.bptraject", "r.csv"]


# --- 10. photos ---------------------------------------------------------------------------------------------


@pytest.fixture
def archived(capsys, tmp_path):
    code, out, err = run(capsys, "session", "new", "--board", "procesplaat-1", "--json")
    assert code == 0, err
    return json.loads(out)["id"]


def test_10_photos_that_are_no_whole_photo_are_refused(capsys, tmp_path, archived):
    from PIL import Image

    jpeg = photo_bytes("bord")
    cases = {
        "leeg.jpg": (b"", "leeg (0 bytes)"),
        "tekst.jpg": (b"dit is een tekstbestand\n" * 10, "geen foto"),
        "half.jpg": (jpeg[: len(jpeg) // 2], "beschadigd of onvolledig"),
        "kapot.jpg": (damaged_jpeg(), "een deel van de foto is beschadigd"),
    }
    big = io.BytesIO()
    Image.new("1", (30000, 30000)).save(big, "PNG")  # a few kB, 900 megapixels
    cases["bom.png"] = (big.getvalue(), "te veel pixels")
    for name, (data, says) in cases.items():
        (tmp_path / name).write_bytes(data)
        err = refused(capsys, "session", "add-photo", archived, tmp_path / name, says=says)
        assert name in err
    assert Archive().list()[0].photo_count == 0
    (tmp_path / "goed.jpg").write_bytes(jpeg)
    assert run(capsys, "session", "add-photo", archived, tmp_path / "goed.jpg")[0] == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_10_special_files_are_refused_without_waiting(tmp_path, archived):
    fifo = tmp_path / "pijp.bpbord"
    os.mkfifo(fifo)
    os.mkfifo(tmp_path / "pijp.csv")
    os.mkfifo(tmp_path / "pijp.bpbundel")
    session = tmp_path / "S.bpsessie"
    save_session(new_session(load_template("procesplaat-1")), session)
    for args in (
        ["validate", "/dev/zero"],
        ["validate", fifo],
        ["session", "add-photo", archived, "/dev/zero"],
        ["session", "add-photo", archived, fifo],
        ["session", "import-results", session, tmp_path / "pijp.csv", "--dry-run"],
        ["session", "import", tmp_path / "pijp.bpbundel"],
        ["print", fifo, "-o", tmp_path / "x.pdf"],
    ):
        code, out, err = run_cli(*args, seconds=20)
        assert_clean(code, out, err)
        assert code == 1 and "geen gewoon bestand" in err, (args, err)


# --- 11. bundles ------------------------------------------------------------------------------------------


def _bundle(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": on purpose
        with zipfile.ZipFile(path, "w") as archive:
            for info, data in entries:
                archive.writestr(info, data)
    return path


def test_10_a_damaged_jpeg_is_refused_by_capture(capfd, tmp_path):
    # the decoder would fill the damaged part with grey and the board would be read short without a word;
    # capfd: libjpeg's own warning would go to the process's stderr, past sys.stderr
    (tmp_path / "kapot.jpg").write_bytes(damaged_jpeg())
    err = refused(capfd, "capture", "--board", "procesplaat-1", tmp_path / "kapot.jpg", says="is beschadigd")
    assert "kapot.jpg" in err and "opnieuw" in err and "Corrupt JPEG" not in err


def _session_json(photos: list[dict]) -> bytes:
    from boards.fileformat import dumps_session
    from boards.session import Photo

    session = new_session(load_template("procesplaat-1"))
    session.photos = [Photo(p["name"], "", p.get("sha256", "")) for p in photos]
    return dumps_session(session).encode()


def test_11_bundles_with_duplicates_symlinks_or_unchecked_photos_are_refused(capsys, tmp_path):
    import hashlib

    jpeg = photo_bytes("bord")
    digest = hashlib.sha256(jpeg).hexdigest()
    duplicate = _bundle(
        tmp_path / "dubbel.bpbundel",
        [
            ("session.json", _session_json([{"name": "a.jpg", "sha256": digest}])),
            ("photos/a.jpg", jpeg),
            ("photos/a.jpg", photo_bytes("anders")),
        ],
    )
    refused(capsys, "session", "import", duplicate, says="staat twee keer in de bundel")
    unchecked = _bundle(
        tmp_path / "zonder.bpbundel",
        [("session.json", _session_json([{"name": "a.jpg"}])), ("photos/a.jpg", jpeg)],
    )
    refused(capsys, "session", "import", unchecked, says="geen controlegetal")
    link = zipfile.ZipInfo("photos/a.jpg")
    link.external_attr = (0o120777 << 16) | 0x20  # a symbolic link, as zip -y stores it
    symlink = _bundle(
        tmp_path / "link.bpbundel",
        [("session.json", _session_json([{"name": "a.jpg", "sha256": digest}])), (link, b"/etc/passwd")],
    )
    refused(capsys, "session", "import", symlink, says="symlink")
    assert Archive().list() == []


# --- 14. a reader that stops early ----------------------------------------------------------------------


def test_14_output_into_a_closed_pipe_ends_quietly(tmp_path):
    from boards.trajectory import new_trajectory, save_trajectory

    trajectory = tmp_path / "T.bptraject"
    save_trajectory(new_trajectory("design-thinking-lean", "OBS Akkrum"), trajectory)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for args in (["trajectory", "show", str(trajectory)], ["templates"]):
        result = subprocess.run(
            f"{sys.executable} -m cli.main {' '.join(args)} | head -1",
            shell=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.stdout.count("\n") == 1
        assert result.stderr == "", result.stderr


# --- the last net ---------------------------------------------------------------------------------------


def test_an_unexpected_error_is_an_internal_error_in_dutch_traceback_only_on_request(capsys, monkeypatch):
    def broken(_args):
        raise ZeroDivisionError("deling door nul")

    import cli.commands.boards_cmd as boards_cmd

    monkeypatch.setattr(boards_cmd, "_templates", broken)
    code = main(["templates"])
    err = capsys.readouterr().err
    assert code == 3 and "interne fout (ZeroDivisionError: deling door nul)" in err and "Traceback" not in err
    monkeypatch.setenv("BRUINPAPIER_DEBUG", "1")
    assert main(["templates"]) == 3
    assert "Traceback" in capsys.readouterr().err


def test_8_a_full_disk_under_the_archive_is_reported_and_nothing_is_stored(capsys, tmp_path, monkeypatch):
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def disk_full(_connection, _cursor, statement, *_args) -> None:
        if statement.startswith("INSERT INTO sessions"):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(Engine, "before_cursor_execute", disk_full)
    try:
        refused(capsys, "session", "new", "--board", "procesplaat-1", "--school", "X", says="de schijf is vol")
    finally:
        event.remove(Engine, "before_cursor_execute", disk_full)
    assert Archive().list() == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_an_output_that_is_no_regular_file_is_never_replaced(tmp_path):
    """``-o /dev/null`` must not replace the device with a file (as root that breaks the system)."""
    target = tmp_path / "uit.pdf"
    os.mkfifo(target)
    for args, says in (
        (["print", "procesplaat-1", "-o", target], "geen gewoon bestand"),
        (["session", "new", "--board", "procesplaat-1", "--file", tmp_path], "dit is een map"),
    ):
        code, out, err = run_cli(*args)
        assert_clean(code, out, err)
        assert code == 1 and says in err, err
    assert stat_is_fifo(target) and tmp_path.is_dir()


def stat_is_fifo(path: Path) -> bool:
    import stat

    return stat.S_ISFIFO(os.stat(path).st_mode)


def test_10_capture_refuses_a_pixel_bomb_from_its_header_quietly(capsys, tmp_path):
    from PIL import Image

    big = tmp_path / "groot.png"
    Image.new("1", (11000, 11000)).save(big)  # 121 megapixels in a few kB
    err = refused(capsys, "capture", big, "--board", "procesplaat-1", says="11000 × 11000 pixels")
    assert "Warning" not in err
