"""``bruinpapier app [BESTAND]`` and ``desktop.app.main``."""

from __future__ import annotations

import os
import subprocess
import sys

import desktop.app
from cli.main import main as cli_main


def test_app_command_refuses_a_bad_file_before_opening_a_window(tmp_path, capsys, monkeypatch):
    started = []
    monkeypatch.setattr(desktop.app, "main", lambda argv=None, self_test=None: started.append(argv) or 0)
    broken = tmp_path / "kapot.bpbord"
    broken.write_text("{", encoding="utf-8")
    assert cli_main(["app", str(broken)]) == 1
    assert "geen geldig JSON-bestand" in capsys.readouterr().err
    assert started == []


def test_app_command_passes_a_good_file_to_the_app(tmp_path, monkeypatch, procesplaat):
    from boards.fileformat import save_board

    started = []
    monkeypatch.setattr(desktop.app, "main", lambda argv=None, self_test=None: started.append(argv) or 0)
    path = tmp_path / "bord.bpbord"
    save_board(procesplaat, path)
    assert cli_main(["app", str(path)]) == 0
    assert started and started[0][1:] == [str(path)]


def test_main_opens_the_given_board(qtbot, monkeypatch, tmp_path, procesplaat, messages):
    from PySide6.QtWidgets import QApplication

    from boards.fileformat import save_board

    path = tmp_path / "bord.bpbord"
    save_board(procesplaat, path)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert desktop.app.main(["bruinpapier", str(path)]) == 0
    window = QApplication.instance()._bruinpapier_controller.window
    qtbot.addWidget(window)
    assert window.document is not None and window.document.path == path
    assert window.windowTitle().startswith("bord.bpbord")


def _self_test(tmp_path, *setup: str) -> subprocess.CompletedProcess:
    """``app --self-test`` in a process of its own: it runs the app's event loop to the end and quits the
    application, which no later test in this process could recover from."""
    script = "\n".join([*setup, "from cli.main import main", f"raise SystemExit(main({SELF_TEST_ARGS!r}))"])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


SELF_TEST_ARGS = ["app", "--self-test", "venster met spatie é.png"]


def test_self_test_opens_fills_and_closes_the_window(tmp_path):
    """``bruinpapier app --self-test PNG``: how an installation is checked (tools/check_install.sh)."""
    from PySide6.QtGui import QImage

    from boards.templates import template_ids

    result = _self_test(tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{len(template_ids())} sjablonen op de startpagina, taal nl" in result.stdout
    assert "Archief geopend: 0 sessies" in result.stdout
    image = QImage(str(tmp_path / SELF_TEST_ARGS[-1]))
    assert image.width() > 600 and image.height() > 400
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # the start page with its template cards, not an empty frame


def test_self_test_fails_on_an_empty_start_page(tmp_path):
    result = _self_test(
        tmp_path, "from desktop.gallery import GalleryPage", "GalleryPage.ensure_templates = lambda self: None"
    )
    assert result.returncode == 1
    assert "0 sjablonen op de startpagina" in result.stdout


def test_self_test_fails_when_the_archive_does_not_open(tmp_path):
    (tmp_path / "geen archief.sqlite").write_text("dit is geen database\n", encoding="utf-8")
    result = _self_test(
        tmp_path,
        f"import os; os.environ['BRUINPAPIER_ARCHIVE'] = {'sqlite:///' + str(tmp_path / 'geen archief.sqlite')!r}",
    )
    assert result.returncode == 1
    assert "Archief niet geopend: " in result.stdout
    assert "geen archief.sqlite: dit is geen Bruinpapier-archief" in result.stdout


def test_about_names_the_installed_version(qtbot, monkeypatch):
    from importlib.metadata import version

    from PySide6.QtWidgets import QMessageBox

    from desktop.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text)))
    window = MainWindow(check_recovery=False)
    qtbot.addWidget(window)
    window.show_about()
    assert shown and shown[0].endswith(f"Versie {version('bruinpapier')}")


def test_version_option(capsys):
    from importlib.metadata import version

    import pytest

    with pytest.raises(SystemExit) as stopped:
        cli_main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"bruinpapier {version('bruinpapier')}\n"


def test_the_self_test_screenshot_waits_for_the_settled_start_page(qtbot, tmp_path):
    """The screenshot shows the start page's heading and intro line as they look once the app has run
    on: grabbed from inside one step (``processEvents`` does not delete the widgets the page replaced
    while it was filled), a stale "Mijn sjablonen" section painted over the intro line."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel

    from desktop.app import WindowController, create_app
    from desktop.i18n import install_language
    from desktop.main_window import GALLERY_PAGE
    from desktop.self_test import SelfTest

    create_app()
    install_language("nl")
    window = WindowController().open_window(check_recovery=False)
    qtbot.addWidget(window)
    window.show()  # and at once the self-test, as `bruinpapier app --self-test` does
    screenshot = tmp_path / "venster.png"
    self_test = SelfTest(window, str(screenshot))
    with qtbot.waitSignal(self_test.finished, timeout=60_000) as finished:
        self_test.start()
    assert finished.args == [0]
    shot = QImage(str(screenshot))

    window.show()
    window.show_page(GALLERY_PAGE)
    grabs: list[QImage] = []
    qtbot.waitUntil(lambda: grabs.append(window.grab().toImage()) or grabs[-2:].count(grabs[-1]) == 2)
    settled = grabs[-1]
    assert settled.size() == shot.size()
    intro = next(label for label in window.gallery.findChildren(QLabel) if label.text().startswith("Kies een bord"))
    search = window.gallery.search.mapTo(window, QPoint(0, 0))
    heading = QRect(QPoint(0, intro.mapTo(window, QPoint(0, 0)).y() - 40), QPoint(shot.width() - 1, search.y() - 1))
    assert shot.copy(heading) == settled.copy(heading)


def test_the_self_test_fails_when_the_window_never_shows(qtbot, monkeypatch, capsys):
    import desktop.self_test
    from desktop.app import WindowController, create_app

    create_app()
    monkeypatch.setattr(desktop.self_test, "EXPOSE_TIMEOUT_MS", 1000)
    window = WindowController().open_window(check_recovery=False)  # never shown
    qtbot.addWidget(window)
    self_test = desktop.self_test.SelfTest(window)
    with qtbot.waitSignal(self_test.finished, timeout=10_000) as finished:
        self_test.start()
    assert finished.args == [1]
    assert self_test.turns == 0 and not self_test.cards  # nothing was grabbed or counted
    assert "Venster niet getoond binnen 1 s" in capsys.readouterr().out


def test_the_self_test_says_when_the_window_did_not_settle(qtbot, monkeypatch, capsys):
    import desktop.self_test
    from desktop.app import WindowController, create_app

    create_app()
    monkeypatch.setattr(desktop.self_test, "SETTLE_TURNS", 1)  # one grab: nothing to compare it with
    window = WindowController().open_window(check_recovery=False)
    qtbot.addWidget(window)
    window.show()
    self_test = desktop.self_test.SelfTest(window)
    with qtbot.waitSignal(self_test.finished, timeout=60_000) as finished:
        self_test.start()
    assert finished.args == [0]  # the start page was filled and the archive opened all the same
    assert "op de startpagina, taal nl (na 1 rondes nog niet stil)\n" in capsys.readouterr().out
