"""The command line for boards: templates, show, validate."""

from __future__ import annotations

import json

from cli.main import main


def test_templates_json_shape(capsys):
    assert main(["templates", "--json"]) == 0
    boards = json.loads(capsys.readouterr().out)
    plaat = next(board for board in boards if board["id"] == "procesplaat-1")
    assert plaat["method"] == "design-thinking-lean"
    assert plaat["paper"]["width_mm"] == 1189 and plaat["paper"]["height_mm"] == 841
    zone = plaat["zones"][0]
    assert set(zone["rect"]) == {"x", "y", "width", "height"}
    assert zone["holds"]["notes"] is True and zone["holds"]["rows"] is False
    assert [dot["id"] for dot in zone["holds"]["dots"]] == ["werkdruk", "werkplezier"]
    assert all(dot["color"].startswith("#") and len(dot["color"]) == 7 for dot in zone["holds"]["dots"])


def test_templates_text_lists_by_method(capsys):
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "Design Thinking en Lean" in out
    assert "procesplaat-1" in out


def test_show_template_and_file(capsys, tmp_path):
    assert main(["show", "procesplaat-1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == "Procesplaat 1"
    path = tmp_path / "kopie.json"
    from boards.fileformat import save_board
    from boards.templates import load_template

    save_board(load_template("procesplaat-1"), path)
    assert main(["show", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["zones"] == shown["zones"]


def test_show_names_the_texts_bruinpapier_added(capsys, tmp_path):
    assert main(["show", "logboek"]) == 0
    out = capsys.readouterr().out
    assert "Toevoegingen van Bruinpapier (geen woorden uit de bron):" in out
    assert "‘Dag’: de publicatie noemt alleen tijdsbesteding en energiebalans" in out
    assert main(["show", "procesplaat-1"]) == 0
    assert "Toevoegingen" not in capsys.readouterr().out  # every text of the Procesplaat is the seed's
    from boards.fileformat import load_board, save_board
    from boards.templates import load_template

    path = tmp_path / "logboek.json"
    save_board(load_template("logboek"), path)  # the additions travel with a saved copy
    assert load_board(path).additions == load_template("logboek").additions


def test_show_unknown_template(capsys):
    assert main(["show", "bestaat-niet"]) == 1
    assert "sjabloon 'bestaat-niet' bestaat niet" in capsys.readouterr().err


def test_validate_good_and_bad_file(capsys, tmp_path):
    from boards.fileformat import save_board
    from boards.templates import load_template

    good = tmp_path / "goed.json"
    save_board(load_template("procesplaat-1"), good)
    assert main(["validate", str(good)]) == 0
    assert "in orde" in capsys.readouterr().out

    bad = tmp_path / "fout.json"
    document = json.loads(good.read_text(encoding="utf-8"))
    document["board"]["zones"][3]["rect"]["width"] = 0
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "fout.json" in err and "zones[3].rect.width" in err and "groter zijn dan 0" in err


def test_bad_arguments_exit_2(capsys):
    try:
        main(["show"])
    except SystemExit as exit_:
        assert exit_.code == 2
    else:  # pragma: no cover - argparse always exits here
        raise AssertionError("expected SystemExit")


def test_every_command_is_mapped_to_the_module_that_registers_it() -> None:
    import argparse
    import importlib
    import pkgutil

    import cli.commands
    from cli.main import COMMAND_MODULES

    registered: dict[str, str] = {}
    for info in pkgutil.iter_modules(cli.commands.__path__):
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        importlib.import_module(f"cli.commands.{info.name}").register(subparsers)
        registered.update({name: info.name for name in subparsers.choices})
    assert registered == COMMAND_MODULES
