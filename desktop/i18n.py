"""Interface language: Dutch source strings, an English translation from resources/translations.

The language is kept in QSettings under ``language`` (``nl`` or ``en``). Qt's own
texts (file dialogs, the buttons of message boxes, context menus of text fields)
follow it through Qt's base translation ``qtbase_<language>.qm``, which
PySide6-Essentials ships in ``QLibraryInfo.path(TranslationsPath)``; Qt's own
texts are English, so English needs no file there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from boards.errors import BruinpapierError
from boards.paper import Paper
from desktop.paths import app_settings
from resources import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def translations_dir():
    return resource_path("translations")


def saved_language() -> str:
    value = app_settings().value("language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    settings = app_settings()
    settings.setValue("language", language)
    settings.sync()


def install_language(language: str) -> bool:
    """Load the translations for ``language`` into the running app: Qt's own texts and, for English,
    Bruinpapier's (its source texts are Dutch). False when a needed file is missing."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.English if _language == "en" else QLocale.Language.Dutch))
    loaded = True
    if _language != "en":  # Qt's own source texts are English
        loaded = _install(app, f"qtbase_{_language}", qt_translations_dir())
    if _language != DEFAULT_LANGUAGE:
        loaded = _install(app, f"bruinpapier_{_language}", str(translations_dir())) and loaded
    return loaded


def _install(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def qt_translations_dir() -> str:
    """Where Qt keeps its own translations (inside the PySide6 package)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current_language() -> str:
    return _language


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: BruinpapierError) -> str:
    """The core's message, translated into the interface language."""
    return error.render(qt_translate)


def sentence(text: str) -> str:
    """A core message as a sentence on screen: its first letter a capital."""
    return text[:1].upper() + text[1:] if text else text


def paper_label(paper: Paper) -> str:
    """``A0 liggend`` in the interface language."""
    return paper.label_message().render(qt_translate)
