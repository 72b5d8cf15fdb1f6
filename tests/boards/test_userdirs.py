"""One data folder for the archive, the recovery copies and the settings file; older versions' folders
are moved into it once, never replacing anything."""

from __future__ import annotations

import sys

import pytest

from boards import userdirs
from boards.archive import Archive, default_archive_url
from boards.archive.store import default_archive_folder


def test_the_default_archive_is_in_the_data_folder(isolated_user_data, monkeypatch):
    monkeypatch.delenv("BRUINPAPIER_ARCHIVE")
    assert default_archive_url() == f"sqlite:///{isolated_user_data / 'archief.sqlite'}"
    assert userdirs.recovery_dir() == isolated_user_data / "herstel"
    Archive().close()
    assert (isolated_user_data / "archief.sqlite").is_file()


def _layout(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _contents(root):
    return {str(path.relative_to(root)): path.read_text(encoding="utf-8") for path in root.rglob("*") if path.is_file()}


def test_linux_layout_the_lower_case_archive_folder_moves_in(tmp_path):
    """Up to 0.1 on Linux: ~/.local/share/bruinpapier/archief.sqlite next to ~/.local/share/Bruinpapier/herstel."""
    target, old = tmp_path / "Bruinpapier", tmp_path / "bruinpapier"
    _layout(target, {"herstel/a-bord.bpbord": "kopie"})
    _layout(old, {"archief.sqlite": "archief", "archief.sqlite-wal": "wal"})
    assert userdirs.move_legacy_data(target, [old, target]) == []
    assert _contents(target) == {
        "herstel/a-bord.bpbord": "kopie",
        "archief.sqlite": "archief",
        "archief.sqlite-wal": "wal",  # the archive's sidecar files go with it
    }
    assert not old.exists()


def test_windows_layout_the_nested_folder_moves_up(tmp_path):
    r"""Up to 0.1 on Windows: %LOCALAPPDATA%\Bruinpapier\archief.sqlite (the archive's folder, the same
    folder as the new data folder) and %LOCALAPPDATA%\Bruinpapier\Bruinpapier\{herstel,Cache}."""
    target = tmp_path / "Bruinpapier"
    nested = target / "Bruinpapier"
    _layout(target, {"archief.sqlite": "archief"})
    _layout(nested, {"herstel/a-sessie.bpsessie": "sessie", "Cache/voorbeelden/x.png": "png"})
    assert userdirs.move_legacy_data(target, [target, nested]) == []
    assert _contents(target) == {
        "archief.sqlite": "archief",
        "herstel/a-sessie.bpsessie": "sessie",
        "Cache/voorbeelden/x.png": "png",  # where the new cache is on Windows (%LOCALAPPDATA%\Bruinpapier\Cache)
    }
    assert not nested.exists()


def test_nothing_is_replaced_and_what_cannot_move_stays(tmp_path, monkeypatch):
    target, old = tmp_path / "Bruinpapier", tmp_path / "bruinpapier"
    _layout(target, {"archief.sqlite": "nieuw"})
    _layout(old, {"archief.sqlite": "oud", "notities.txt": "n"})
    assert userdirs.move_legacy_data(target, [old]) == [old / "archief.sqlite"]
    assert _contents(target) == {"archief.sqlite": "nieuw", "notities.txt": "n"}
    assert _contents(old) == {"archief.sqlite": "oud"}  # both kept; the folder stays while it holds one

    def in_use(source, destination):
        raise PermissionError(13, "in gebruik door een ander programma")

    busy = tmp_path / "ander"
    _layout(busy, {"archief.sqlite": "open in een oudere versie"})
    monkeypatch.setattr(userdirs.shutil, "move", in_use)
    assert userdirs.move_legacy_data(tmp_path / "leeg", [busy]) == [busy / "archief.sqlite"]
    assert _contents(busy) == {"archief.sqlite": "open in een oudere versie"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders of Linux")
def test_the_platform_folder_takes_an_older_archive_in(tmp_path, monkeypatch):
    monkeypatch.delenv("BRUINPAPIER_DATA_DIR")
    monkeypatch.delenv("BRUINPAPIER_ARCHIVE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(userdirs, "_moved_legacy", set())
    _layout(tmp_path / "share" / "bruinpapier", {"archief.sqlite": "archief"})
    assert default_archive_url() == f"sqlite:///{tmp_path / 'share' / 'Bruinpapier' / 'archief.sqlite'}"
    assert _contents(tmp_path / "share") == {"Bruinpapier/archief.sqlite": "archief"}
    assert userdirs.cache_dir() == tmp_path / "cache" / "Bruinpapier"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders of Linux")
def test_an_archive_that_could_not_move_is_used_where_it_is(tmp_path, monkeypatch):
    """Never an empty archive in place of the user's: one left behind (in use while moving) is still found."""
    monkeypatch.delenv("BRUINPAPIER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setattr(userdirs, "_moved_legacy", set())
    monkeypatch.setattr(userdirs, "move_legacy_data", lambda target, legacy: [])
    _layout(tmp_path / "share" / "bruinpapier", {"archief.sqlite": "archief"})
    assert default_archive_folder() == tmp_path / "share" / "bruinpapier"


@pytest.mark.parametrize(
    ("system", "data", "legacy"),
    [
        (
            "windows",
            r"C:\Users\juf\AppData\Local\Bruinpapier",
            [r"C:\Users\juf\AppData\Local\bruinpapier", r"C:\Users\juf\AppData\Local\Bruinpapier\Bruinpapier"],
        ),
        (
            "macos",
            "/Users/juf/Library/Application Support/Bruinpapier",
            [
                "/Users/juf/Library/Application Support/bruinpapier",
                "/Users/juf/Library/Application Support/Bruinpapier",
            ],
        ),
    ],
)
def test_the_folders_on_windows_and_macos(system, data, legacy, monkeypatch):
    """The folders the docs name, as platformdirs makes them on the other platforms (its classes for
    Windows and macOS, asked here on Linux with the Windows folder lookup stood in for)."""
    from pathlib import Path, PureWindowsPath

    import platformdirs
    from platformdirs import macos, windows

    monkeypatch.setattr(windows, "get_win_folder", lambda csidl: r"C:\Users\juf\AppData\Local")
    monkeypatch.setattr(macos.os.path, "expanduser", lambda path: path.replace("~", "/Users/juf", 1))
    platform = {"windows": windows.Windows, "macos": macos.MacOS}[system]
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda name, appauthor=None: platform(name, appauthor).user_data_dir
    )
    as_text = (lambda path: str(PureWindowsPath(path))) if system == "windows" else (lambda path: str(Path(path)))
    assert as_text(userdirs.platform_data_dir()) == data
    assert [as_text(path) for path in userdirs.legacy_data_dirs()] == legacy
