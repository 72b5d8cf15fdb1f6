"""tools/check_top_level.py: the wheel check's guard against top-level names that another distribution
installs too (environments laid out by hand, as pip leaves them: a dist-info folder with METADATA and
RECORD per distribution)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "check_top_level.py"
OURS = ["boards/__init__.py", "printing/__init__.py", "desktop/__init__.py", "cli/__init__.py"]
OURS += ["resources/__init__.py", "resources/fonts/DejaVuSans.ttf", "../../../bin/bruinpapier"]


def install(site: Path, name: str, version: str, files: list[str], top_level: str | None = None) -> None:
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    record = [*files, f"{info.name}/METADATA", f"{info.name}/RECORD"]
    (info / "RECORD").write_text("".join(f"{file},,\n" for file in record))
    if top_level is not None:
        (info / "top_level.txt").write_text(top_level)


def check(site: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--path", str(site)], capture_output=True, text=True, check=False
    )


def test_no_collision_passes_and_says_what_it_checked(tmp_path):
    install(tmp_path, "bruinpapier", "0.2.0", OURS)
    install(tmp_path, "six", "1.16.0", ["six.py", "__pycache__/six.cpython-311.pyc"])
    install(tmp_path, "PySide6-Essentials", "6.11.0", ["PySide6/__init__.py", "shiboken6/__init__.py"])
    install(tmp_path, "opencv-python-headless", "4.10.0", ["cv2/__init__.py", "opencv_python_headless.libs/x.so"])
    result = check(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "boards, cli, desktop, printing, resources collide with none of the 3 other distributions" in result.stderr


@pytest.mark.parametrize(
    ("files", "top_level", "name", "evidence"),
    [
        (["cli/__init__.py", "cli/main.py"], None, "cli", "cli/__init__.py"),
        (["Resources/data.json"], None, "resources", "Resources/data.json"),  # Windows and macOS ignore case
        (["printing.py"], None, "printing", "printing.py"),
        (["desktop.cpython-311-x86_64-linux-gnu.so"], None, "desktop", "desktop.cpython-311-x86_64-linux-gnu.so"),
        ([], "boards\n", "boards", "top_level.txt"),
    ],
)
def test_a_name_another_distribution_installs_fails_naming_both(tmp_path, files, top_level, name, evidence):
    install(tmp_path, "bruinpapier", "0.2.0", OURS)
    install(tmp_path, "other-tool", "3.1", files, top_level)
    result = check(tmp_path)
    assert result.returncode == 1
    assert f"'{name}' is also installed by other-tool 3.1 ({evidence})" in result.stderr
    assert "docs/development/packaging.md" in result.stderr


def test_a_name_of_the_standard_library_fails(tmp_path):
    install(tmp_path, "bruinpapier", "0.2.0", [*OURS, "json/__init__.py"])
    result = check(tmp_path)
    assert result.returncode == 1
    assert "'json' is a module of Python's standard library" in result.stderr


def test_an_editable_install_is_refused_rather_than_passed(tmp_path):
    install(tmp_path, "bruinpapier", "0.2.0", ["__editable__.bruinpapier-0.2.0.pth"], top_level="boards\ncli\n")
    info = tmp_path / "bruinpapier-0.2.0.dist-info"
    (info / "direct_url.json").write_text('{"url": "file:///src", "dir_info": {"editable": true}}')
    result = check(tmp_path)
    assert result.returncode == 1
    assert "bruinpapier 0.2.0 is an editable install (pip install -e): the check is for the wheel" in result.stderr


def test_a_record_without_packages_is_refused_rather_than_passed(tmp_path):
    install(tmp_path, "bruinpapier", "0.2.0", ["__editable__.bruinpapier-0.2.0.pth", "__editable___finder.py"])
    result = check(tmp_path)
    assert result.returncode == 1
    assert "lists no packages in its RECORD (an editable install?)" in result.stderr


def test_without_bruinpapier_it_says_so(tmp_path):
    install(tmp_path, "six", "1.16.0", ["six.py"])
    result = check(tmp_path)
    assert result.returncode == 1
    assert "bruinpapier is not installed" in result.stderr
