"""The user guide's shortcuts are the editor's: the keys of the design actions are written as the code binds them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QKeySequence

from desktop.editor.page import EditorPage

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "handleiding" / "borden.md"


def test_the_design_shortcuts_in_the_guide_are_the_ones_the_editor_binds(qtbot):
    page = EditorPage()
    qtbot.addWidget(page)
    actions = page.actions
    table = GUIDE.read_text(encoding="utf-8").split("## Sneltoetsen", 1)[1]
    documented = set(re.findall(r"`([^`]+)`", table))
    for action in (
        actions.group,
        actions.ungroup,
        actions.to_front,
        actions.to_back,
        actions.rotate,
        actions.lock,
        actions.insert_image,
        actions.snap,
        actions.grid,
        actions.duplicate,
    ):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        assert keys and keys in documented, (action.text(), keys)
    # draw.io's ungroup key no longer switches snapping off
    assert actions.ungroup.shortcut() != actions.snap.shortcut()
