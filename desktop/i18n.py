"""Interface language: Dutch source strings, an English translation from resources/translations.

The language is kept in QSettings under ``language`` (``nl`` or ``en``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from boards.errors import BruinpapierError
from desktop.paths import app_settings
from resources import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []
_qt_installed: list[QTranslator] = []  # Qt's own texts (standard buttons, file dialogs)


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
    """Load the translation for ``language`` into the running app (the app's own texts are Dutch already).

    Qt's own texts (the Save/Discard/Cancel buttons of a message box, file dialogs) come
    from Qt's translation of that language, so a Dutch window has Dutch buttons too.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed + _qt_installed:
        app.removeTranslator(translator)
    _installed.clear()
    _qt_installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch))
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _qt_installed.append(qt_translator)
    if language == DEFAULT_LANGUAGE:
        return True
    translator = QTranslator(app)
    if not translator.load(f"bruinpapier_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    return "en" if _installed else DEFAULT_LANGUAGE


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: BruinpapierError) -> str:
    """The core's message, translated into the interface language."""
    return error.render(qt_translate)


def sentence(text: str) -> str:
    """A core message as a sentence on screen: its first letter a capital."""
    return text[:1].upper() + text[1:] if text else text
