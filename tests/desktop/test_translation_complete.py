"""Every user-interface text in the English translation file has a finished English text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "bruinpapier_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages() -> list[tuple[str, str, ET.Element | None]]:
    tree = ET.parse(TS_FILE)
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages.append((name, message.findtext("source") or "", message.find("translation")))
    return messages


def test_translation_file_has_messages() -> None:
    assert len(_messages()) > 100


def test_every_message_has_a_finished_translation() -> None:
    problems = []
    for context, source, translation in _messages():
        if translation is None or not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} has no English text")
        elif translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is marked {translation.get('type')}")
    assert not problems, "\n".join(problems)


def test_placeholders_match() -> None:
    problems = []
    for context, source, translation in _messages():
        english = translation.text if translation is not None else None
        if not english:
            continue
        wanted, found = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(english))
        if wanted != found:
            problems.append(f"{context}: {source!r} has {sorted(wanted)}, English {english!r} has {sorted(found)}")
    assert not problems, "\n".join(problems)


def test_compiled_translation_matches_the_ts_file(tmp_path) -> None:
    """The .qm the app loads is the .ts compiled (run tools/update_translations.sh after editing the .ts)."""
    import subprocess
    import sys

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    compiled = tmp_path / "bruinpapier_en.qm"
    subprocess.run([str(lrelease), str(TS_FILE), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == TS_FILE.with_suffix(".qm").read_bytes()
