"""Translatable messages of the core, without importing Qt.

The core speaks Dutch. Every user-facing message template is wrapped in
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` extracts it
into the same ``.ts`` files as the interface; the desktop app translates the
template with ``QCoreApplication.translate`` and then fills in the parameters.
Command-line output uses the Dutch text as is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


Translator = Callable[[str, str], str]


@dataclass(frozen=True)
class Message:
    """A message template (Dutch) with named parameters, translatable later."""

    context: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translator | None = None) -> str:
        template = translate(self.context, self.template) if translate else self.template
        if not self.params:
            return template  # a text without parameters may hold braces ("een object { }")
        params = {
            key: value.render(translate) if isinstance(value, Message) else value for key, value in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError, TypeError):
            # A translation with a broken placeholder, or a value a format spec does not fit ("{limit:g}"
            # with text): say it all the same, with the values plainly after the text.
            details = ", ".join(f"{key}={value}" for key, value in params.items())
            return f"{template} ({details})"

    def __str__(self) -> str:
        return self.render()
