"""Bruinpapier as a user installs it: the wheel in a fresh virtual environment, or the desktop bundle.

These tests run the installed programs as separate processes, never the source tree:
``tools/check_install.sh`` builds the wheel, installs it into a new virtual environment outside the
repository and runs them; ``tools/build_bundle.sh`` does the same with the PyInstaller bundle. They say
which programs to run in ``BRUINPAPIER_INSTALLED`` (the command line) and, for the bundle,
``BRUINPAPIER_INSTALLED_APP`` (the program that opens the window; else ``BRUINPAPIER_INSTALLED app``).
Without ``BRUINPAPIER_INSTALLED`` the tests are skipped: a plain ``./run-tests`` has no installation.

Every command runs in a folder whose name has spaces and accents, without PYTHONPATH, with its data in
a folder of its own (so the default archive is used, as on a user's computer). The photo to read is
generated here (tests/photos), with known dots.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = os.environ.get("BRUINPAPIER_INSTALLED", "")
INSTALLED_APP = os.environ.get("BRUINPAPIER_INSTALLED_APP", "")

pytestmark = pytest.mark.skipif(
    not INSTALLED, reason="no installation to test: tools/check_install.sh or tools/build_bundle.sh runs these"
)


@pytest.fixture
def workdir(tmp_path) -> Path:
    folder = tmp_path / "Mijn documenten" / "École De Brug – team 3"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def environment(tmp_path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "BRUINPAPIER_", "QT_"))
    }
    env["BRUINPAPIER_DATA_DIR"] = str(tmp_path / "gegevens van de gebruiker")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(environment: dict[str, str], cwd: Path, *args: str, program: str = INSTALLED, timeout: float = 300):
    result = subprocess.run(
        [program, *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{program} {' '.join(args)} → {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def test_the_installation_is_not_the_source_tree(environment, workdir):
    program = Path(INSTALLED).resolve()
    assert not program.is_relative_to(ROOT), f"{program} lies in the source tree {ROOT}"
    wanted = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert run(environment, workdir, "--version").stdout.strip() == f"bruinpapier {wanted}"


def test_templates_lists_every_shipped_template(environment, workdir):
    listed = json.loads(run(environment, workdir, "templates", "--json").stdout)
    shipped = sorted(path.stem for path in (ROOT / "resources" / "templates").glob("*.json"))
    assert sorted(board["id"] for board in listed) == shipped
    text = run(environment, workdir, "templates").stdout
    assert "Design Thinking en Lean" in text and "procesplaat-1" in text


def _fonts(pdf: Path) -> set[str]:
    from pypdf import PdfReader

    return {
        str(font["/BaseFont"]).split("+")[-1]
        for page in PdfReader(pdf).pages
        for font in page["/Resources"].get("/Font", {}).values()
        if "/BaseFont" in font.get_object()
    }


def test_print_writes_a_poster_with_the_shipped_fonts(environment, workdir):
    out = run(environment, workdir, "print", "procesplaat-1", "--school", "OBS Akkrüm", "-o", "plaat één.pdf")
    pdf = workdir / "plaat één.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-") and "plaat één.pdf" in out.stdout
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= _fonts(pdf)


def test_pack_writes_a_print_pack(environment, workdir):
    summary = json.loads(
        run(environment, workdir, "pack", "design-thinking-lean", "procesplaten", "-o", "pakket.pdf", "--json").stdout
    )
    assert summary["boards"] == ["procesplaat-1", "procesplaat-2"]
    written = [workdir / entry["file"] for entry in summary["files"]]
    assert written and all(path.read_bytes().startswith(b"%PDF-") for path in written)


def test_export_draws_a_board_as_png_and_svg(environment, workdir):
    """Through the print and PDFium (pypdfium2's own library must come with the installation)."""
    from PySide6.QtGui import QImage

    png = json.loads(
        run(environment, workdir, "export", "procesplaat-1", "-o", "plaat één.png", "--breedte", "800", "--json").stdout
    )
    assert png["format"] == "png" and png["width_px"] == 800
    image = QImage(str(workdir / "plaat één.png"))
    assert image.width() == 800 and image.height() == png["height_px"]
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 9) for y in range(0, image.height(), 9)}
    assert len(colours) > 20  # the board drawn, not an empty page
    run(environment, workdir, "export", "procesplaat-1", "-o", "plaat.svg")
    svg = (workdir / "plaat.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith(("<?xml", "<svg")) and "<path" in svg


def test_capture_reads_a_generated_photo(environment, workdir):
    from boards.templates import load_template
    from tests.photos.generator import PhotoSpec, generate_photo

    photo = generate_photo(
        load_template("procesplaat-1"),
        PhotoSpec(
            seed=31, megapixels=3.0, notes_per_zone=(0, 1), dots_per_kind=(0, 4), overlap_pairs=0, touching_pairs=0
        ),
    )
    photo.write(workdir / "foto van het bord.jpg")
    captured = json.loads(
        run(environment, workdir, "capture", "foto van het bord.jpg", "--board", "procesplaat-1", "--json").stdout
    )
    assert captured["markers_found"] >= 4
    found = {(dot["zone_id"], dot["kind"]): dot["count"] for dot in captured["dots"] if dot["count"]}
    assert found == photo.filled.dot_counts()


def test_sessions_in_the_default_archive(environment, workdir):
    """The archive's migrations come with the installation; the default archive lies in the data folder."""
    created = json.loads(
        run(
            environment,
            workdir,
            "session",
            "new",
            "--board",
            "ideeen-genereren",
            "--school",
            "OBS Akkrüm",
            "--date",
            "2024-03-12",
            "--json",
        ).stdout
    )
    (workdir / "ideeën.csv").write_bytes(
        'soort;zone;tekst\r\nnotitie;Organisatie;"Één idee\r\nop twee regels"\r\n'.encode("utf-8-sig")
    )
    run(environment, workdir, "session", "import-results", created["id"], "ideeën.csv")
    listed = json.loads(run(environment, workdir, "session", "list", "--json").stdout)
    assert [(row["id"], row["school"], row["note_count"]) for row in listed] == [(created["id"], "OBS Akkrüm", 1)]
    run(environment, workdir, "session", "export", created["id"], "sessie.xlsx")
    assert (workdir / "sessie.xlsx").read_bytes().startswith(b"PK")
    assert (Path(environment["BRUINPAPIER_DATA_DIR"]) / "archief.sqlite").is_file()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_app_starts_and_shows_the_templates(environment, workdir, language):
    """The window opens (offscreen), the start page is filled; in English the shipped translation is used;
    the Archief page opens the default archive and lists the session the command line put there.

    ``bruinpapier app --self-test`` says what it showed; the bundle's own app program is started too. On
    Windows that program has no console, so what it says is lost: its exit code and screenshot count.
    """
    data = Path(environment["BRUINPAPIER_DATA_DIR"])
    data.mkdir(parents=True)
    (data / "instellingen.ini").write_text(f"[General]\nlanguage={language}\n", encoding="utf-8")
    run(environment, workdir, "session", "new", "--board", "procesplaat-1", "--school", "OBS Akkrüm")
    count = len(list((ROOT / "resources" / "templates").glob("*.json")))
    said = f"{count} sjablonen op de startpagina, taal {language}\nArchief geopend: 1 sessie\n"
    assert said in run(environment, workdir, "app", "--self-test", "venster.png").stdout
    _assert_start_page(workdir / "venster.png")
    if INSTALLED_APP:
        result = run(environment, workdir, "--self-test", "venster-app.png", program=INSTALLED_APP)
        if sys.platform != "win32":
            assert said in result.stdout
        _assert_start_page(workdir / "venster-app.png")


def _assert_start_page(screenshot: Path) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(screenshot))
    assert not image.isNull(), screenshot
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # the start page with its template cards, not an empty frame


@pytest.mark.postgres
def test_sessions_in_a_postgresql_archive(environment, workdir, postgres_server_url):
    """The PostgreSQL driver (psycopg with its own libpq) comes with the installation too."""
    from tests.support.postgres_server import scratch_database

    with scratch_database(postgres_server_url) as url:
        created = json.loads(
            run(environment, workdir, "session", "--archive", url, "new", "--board", "procesplaat-1", "--json").stdout
        )
        listed = json.loads(run(environment, workdir, "session", "--archive", url, "list", "--json").stdout)
        assert [row["id"] for row in listed] == [created["id"]]
