"""Recovery copies across processes: a live app's copy is never offered by another, a killed one's is
(``kill -9``: the operating system lets go of the lock); copies are private."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from boards.errors import BruinpapierError
from boards.fileformat import SESSION_SUFFIX, dumps_session, load_session
from boards.recovery import RecoveryOwner, recovery_files
from boards.templates import load_template
from boards.workspace import new_session

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from boards.fileformat import SESSION_SUFFIX, dumps_session, load_session
    from boards.recovery import RecoveryOwner
    from boards.session import Note
    from boards.templates import load_template
    from boards.workspace import new_session

    owner = RecoveryOwner(lambda: Path(sys.argv[1]))
    session = new_session(load_template("procesplaat-1"), school="OBS De Klimop")
    session.results.notes.append(Note("Te veel vergaderingen"))
    owner.copy("sessie", SESSION_SUFFIX, dumps_session, load_session).write(session, {"origin": "archive"})
    print(owner.id, flush=True)
    time.sleep(600)
    """
)


def _claim(owner: RecoveryOwner):
    return owner.claim_crashed("sessie", SESSION_SUFFIX, dumps_session, load_session)


def test_a_live_process_keeps_its_copy_a_killed_one_has_it_offered(tmp_path):
    folder = tmp_path / "herstel"
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        other_id = process.stdout.readline().strip()
        assert other_id
        me = RecoveryOwner(lambda: folder)
        assert _claim(me) is None  # the other app is alive: its copy is not ours to offer
        assert (folder / f"{other_id}-sessie.bpsessie").exists()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        crashed = _claim(me)
        assert crashed is not None and crashed.owner_id == other_id
        assert _claim(RecoveryOwner(lambda: folder)) is None  # claimed: a third window does not offer it too
        session, note = crashed.read()
        assert [n.text for n in session.results.notes] == ["Te veel vergaderingen"] and note["origin"] == "archive"
        crashed.discard()
        assert recovery_files(folder) == []
    finally:
        process.kill()
        process.wait(timeout=10)


def test_two_owners_in_one_process_keep_separate_private_copies(tmp_path):
    folder = tmp_path / "herstel"
    first, second = RecoveryOwner(lambda: folder), RecoveryOwner(lambda: folder)
    board = load_template("procesplaat-1")
    one = first.copy("sessie", SESSION_SUFFIX, dumps_session, load_session)
    two = second.copy("sessie", SESSION_SUFFIX, dumps_session, load_session)
    assert one.write(new_session(board, school="Een"), {}) and two.write(new_session(board, school="Twee"), {})
    assert one.read()[0].school == "Een" and two.read()[0].school == "Twee"
    assert _claim(first) is None and _claim(second) is None  # both alive
    assert folder.stat().st_mode & 0o777 == 0o700
    assert {path.stat().st_mode & 0o777 for path in recovery_files(folder)} == {0o600}
    two.clear()
    second.close()
    assert one.exists() and _claim(first) is None


def test_a_damaged_copy_is_set_aside_with_its_note(tmp_path):
    folder = tmp_path / "herstel"
    folder.mkdir()
    (folder / "dood-sessie.bpsessie").write_text("kapot", encoding="utf-8")
    (folder / "dood-sessie.json").write_text("{}", encoding="utf-8")
    crashed = _claim(RecoveryOwner(lambda: folder))
    assert crashed is not None
    with pytest.raises(BruinpapierError, match=r"dood-sessie\.bpsessie"):
        crashed.read()
    aside = crashed.set_aside()
    assert aside.read_text(encoding="utf-8") == "kapot" and ".beschadigd-" in aside.name
    assert len(recovery_files(folder)) == 2 and _claim(RecoveryOwner(lambda: folder)) is None
