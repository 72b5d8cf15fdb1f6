"""``bruinpapier app [BESTAND]`` and ``desktop.app.main``."""

from __future__ import annotations

import desktop.app
from cli.main import main as cli_main


def test_app_command_refuses_a_bad_file_before_opening_a_window(tmp_path, capsys, monkeypatch):
    started = []
    monkeypatch.setattr(desktop.app, "main", lambda argv=None: started.append(argv) or 0)
    broken = tmp_path / "kapot.bpbord"
    broken.write_text("{", encoding="utf-8")
    assert cli_main(["app", str(broken)]) == 1
    assert "geen geldig JSON-bestand" in capsys.readouterr().err
    assert started == []


def test_app_command_passes_a_good_file_to_the_app(tmp_path, monkeypatch, procesplaat):
    from boards.fileformat import save_board

    started = []
    monkeypatch.setattr(desktop.app, "main", lambda argv=None: started.append(argv) or 0)
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
