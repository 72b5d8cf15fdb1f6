"""The template library: the built-in templates, the user's own and a school's shared ones (Qt-free).

Three sources, each with its own place:

- **built-in** (:mod:`boards.templates`): the boards of the source publications, shipped with the app;
- **own** ("eigen"): boards the user saved with *Opslaan als sjabloon…* or imported, one file per
  template in ``sjablonen/`` in the app's data folder (private: the folder 0700, the files 0600);
- **school**: a folder a school shares (a network drive, a synced folder), set in Instellingen and kept
  in ``sjabloonbibliotheek.json`` in the data folder so the command line uses it too. Only read: a
  template from it is copied into a new board, never changed where it is.

A template file (``.bpsjabloon``) is a board plus what the library keeps about it::

    {"format": "bruinpapier.template", "schema_version": 2,
     "template": {"saved_at": "2025-03-12T14:03:00+00:00", "author": "…"},
     "board": {…the board, exactly as in a board file…}}

It has the schema version of board files (migrated on load the same way), is validated as a whole on
load (the board part with the board schema and its semantic checks) and written atomically. The title,
description, method and step of a template are those of its board.

Ids: every template in a listing has an id no other has. Built-in ids are fixed; an own template gets a
free id when saved or imported (from its title: ``verbeterbord``, ``verbeterbord-2``…, never a built-in
id, nor an own or school one); a school template whose id is taken (by a built-in or own template, or an
earlier school file) is listed as ``school-<id>`` (then ``-2``…), so a school folder can never replace a
template. An own template keeps the id it was saved with; titles of own templates are unique too (a
second "Verbeterbord" is refused unless the caller says *replace* or *keep both*).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from boards.editing.ids import slug
from boards.errors import BoardFileError, BruinpapierError, InvalidArgumentError, NotFoundError, problem
from boards.fileformat import (
    BOARD_FORMAT,
    SCHEMA_VERSION,
    TEMPLATE_FORMAT,
    atomic_write_text,
    board_document,
    board_from_document,
    check_envelope,
    make_private_file,
    make_private_folder,
    parse_json,
    read_text_file,
    to_json,
)
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.migrations import migrate
from boards.model import Board
from boards.templates import unknown_template
from boards.validation import Problem, check_board_semantics, check_schema

TEMPLATE_SUFFIX = ".bpsjabloon"
OWN_FOLDER = "sjablonen"
SETTINGS_FILE = "sjabloonbibliotheek.json"
SETTINGS_FORMAT = "bruinpapier.library-settings"
SETTINGS_VERSION = 1
#: How many files of a folder are read at most (a school folder of thousands of files would keep the
#: Start page waiting for minutes; more are named in a problem, not read).
MAX_FOLDER_FILES = 500
MAX_AUTHOR = 200
SCHOOL_PREFIX = "school-"


class Source(str, Enum):
    BUILTIN = "ingebouwd"
    OWN = "eigen"
    SCHOOL = "school"


@dataclass
class LibraryTemplate:
    """One template of the library: its board (``board.id`` is the template's id in the listing)."""

    board: Board
    source: Source
    path: Path | None = None  # the file of an own or school template
    saved_at: str = ""
    author: str = ""

    @property
    def id(self) -> str:
        return self.board.id

    @property
    def title(self) -> str:
        return self.board.title

    def fresh_board(self) -> Board:
        """A copy of the board to start from (callers may change it freely)."""
        return copy.deepcopy(self.board)


class FolderState(str, Enum):
    NOT_SET = "not_set"
    OK = "ok"
    MISSING = "missing"  # the folder is not there (a network drive not connected, a renamed folder)
    UNREADABLE = "unreadable"  # no permission, or the drive does not answer


@dataclass
class Listing:
    """Everything the library holds, in order (built-in by method, then own, then school), and what went
    wrong reading it: files skipped (each a message naming the file and the problem) and the state of
    the school folder."""

    templates: list[LibraryTemplate]
    problems: list[Message] = field(default_factory=list)
    school_folder: Path | None = None
    school_state: FolderState = FolderState.NOT_SET

    def by_source(self, source: Source) -> list[LibraryTemplate]:
        return [template for template in self.templates if template.source == source]

    def find(self, template_id: str) -> LibraryTemplate | None:
        return next((template for template in self.templates if template.id == template_id), None)

    def ids(self) -> set[str]:
        return {template.id for template in self.templates}


class TitleTaken(BruinpapierError):
    """An own template with this title exists already; the caller chooses: replace it, or keep both."""

    def __init__(self, existing: LibraryTemplate) -> None:
        self.existing = existing
        super().__init__(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "er is al een eigen sjabloon '{title}'; kies vervangen of beide bewaren (met een nieuwe naam)",
                ),
                title=existing.title,
            )
        )


class Clash(str, Enum):
    """What to do when an own template has the same title."""

    REFUSE = "refuse"  # raise TitleTaken
    REPLACE = "replace"  # the new one takes the old one's place (and id)
    KEEP_BOTH = "keep_both"  # the new one gets a free title: "Verbeterbord (2)"


# --- the template file ----------------------------------------------------------------------


def now_text() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def template_document(template: LibraryTemplate) -> dict[str, Any]:
    meta: dict[str, Any] = {"saved_at": template.saved_at or now_text()}
    if template.author:
        meta["author"] = template.author
    board = board_document(template.board)["board"]
    return {"format": TEMPLATE_FORMAT, "schema_version": SCHEMA_VERSION, "template": meta, "board": board}


def dumps_template(template: LibraryTemplate) -> str:
    document = template_document(template)
    try:  # never write a file we would refuse to read back
        check_schema(document, "template")
        check_board_semantics(document["board"])
    except Problem as error:
        raise BoardFileError(None, error.path, error.message) from None
    return to_json(document)


def loads_template(text: str, file: Path | str | None, source: Source = Source.OWN) -> LibraryTemplate:
    """A template from the text of a ``.bpsjabloon`` file; a board file (``.bpbord``) is taken too, as a
    template saved now. Everything is checked; a bad file raises BoardFileError naming it."""
    document = parse_json(text, file)
    if isinstance(document, dict) and document.get("format") == BOARD_FORMAT:
        board = board_from_document(document, file)
        return LibraryTemplate(board, source, Path(file) if file else None, now_text())
    check_envelope(document, TEMPLATE_FORMAT, file)
    document = migrate(document)
    try:
        check_schema(document, "template")
    except Problem as error:
        raise BoardFileError(file, error.path, error.message) from None
    board = board_from_document(
        {"format": BOARD_FORMAT, "schema_version": document["schema_version"], "board": document["board"]}, file
    )
    meta = document["template"]
    return LibraryTemplate(board, source, Path(file) if file else None, meta["saved_at"], meta.get("author", ""))


def load_template_file(path: Path | str, source: Source = Source.OWN) -> LibraryTemplate:
    return loads_template(read_text_file(path), path, source)


def write_template_file(template: LibraryTemplate, path: Path | str, private: bool) -> None:
    """Write atomically; ``private``: readable by the user only (the own library), else as any new file
    (a file exported to share with colleagues)."""
    atomic_write_text(path, dumps_template(template), private=private)
    if private:
        make_private_file(path)


# --- ids and titles -------------------------------------------------------------------------


def free_id(title: str, taken: Iterable[str]) -> str:
    """An id from ``title`` that is not in ``taken``: ``verbeterbord``, ``verbeterbord-2``, …"""
    used = set(taken)
    base = slug(title) or "sjabloon"
    if base not in used:
        return base
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"


def free_title(title: str, taken: Iterable[str]) -> str:
    """``title`` or, when taken (ignoring case), ``title (2)``, ``title (3)``, …"""
    used = {text.casefold() for text in taken}
    if title.casefold() not in used:
        return title
    number = 2
    while f"{title} ({number})".casefold() in used:
        number += 1
    return f"{title} ({number})"


def _sort_key(template: LibraryTemplate) -> tuple:
    return (template.title.casefold(), template.id)


# --- settings -------------------------------------------------------------------------------


def _data_dir() -> Path:
    from boards.userdirs import data_dir

    return data_dir()


def settings_path() -> Path:
    return _data_dir() / SETTINGS_FILE


def read_school_folder(path: Path | None = None) -> Path | None:
    """The school folder set in Instellingen (None: not set). A settings file that cannot be read raises
    BoardFileError naming it: the caller says so rather than silently forgetting the folder."""
    path = path or settings_path()
    if not path.is_file():
        return None
    document = parse_json(read_text_file(path), path)
    check_envelope(document, SETTINGS_FORMAT, path, supported=SETTINGS_VERSION)
    folder = document.get("school_folder")
    if folder is not None and (not isinstance(folder, str) or len(folder) > 4000 or "\0" in folder):
        raise BoardFileError(path, "school_folder", problem(QT_TRANSLATE_NOOP("errors", "is geen mapnaam")))
    return Path(folder) if folder else None


def write_school_folder(folder: Path | str | None, path: Path | None = None) -> None:
    """Set (or with None: clear) the school folder; the settings file is private and written atomically."""
    path = path or settings_path()
    document = {
        "format": SETTINGS_FORMAT,
        "schema_version": SETTINGS_VERSION,
        "school_folder": str(folder) if folder else None,
    }
    atomic_write_text(path, to_json(document), private=True)


def check_school_folder(folder: Path) -> FolderState:
    """Whether a school folder can be read now."""
    try:
        if not folder.exists():
            return FolderState.MISSING
        if not folder.is_dir():
            return FolderState.MISSING
        with os.scandir(folder) as entries:
            next(entries, None)
    except PermissionError:
        return FolderState.UNREADABLE
    except OSError:
        return FolderState.UNREADABLE
    return FolderState.OK


def folder_problem(folder: Path, state: FolderState) -> Message:
    """What to tell the user about a school folder that cannot be used."""
    if state == FolderState.MISSING:
        return problem(
            QT_TRANSLATE_NOOP(
                "errors",
                "de map met schoolsjablonen '{folder}' is niet gevonden; is de netwerkschijf verbonden? Kies anders "
                "een andere map bij Instellingen",
            ),
            folder=str(folder),
        )
    return problem(
        QT_TRANSLATE_NOOP(
            "errors",
            "de map met schoolsjablonen '{folder}' is niet te lezen (geen toegang, of de schijf antwoordt niet); "
            "vraag wie de map beheert om leesrechten, of kies een andere map bij Instellingen",
        ),
        folder=str(folder),
    )


# --- the library ----------------------------------------------------------------------------


class TemplateLibrary:
    """The user's own templates (read and written) and a school folder (read only)."""

    def __init__(self, own_folder: Path, school_folder: Path | None = None) -> None:
        self.own_folder = Path(own_folder)
        self.school_folder = Path(school_folder) if school_folder else None
        self.settings_problem: Message | None = None

    @classmethod
    def default(cls) -> TemplateLibrary:
        """The user's library: own templates in the data folder, the school folder from the settings."""
        own = _data_dir() / OWN_FOLDER
        try:
            school = read_school_folder()
        except BruinpapierError as error:
            library = cls(own, None)
            library.settings_problem = problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{error} (de map met schoolsjablonen wordt niet gebruikt; kies hem opnieuw bij Instellingen)",
                ),
                error=error.message,
            )
            return library
        return cls(own, school)

    # --- reading ---

    def _read_folder(self, folder: Path, source: Source) -> tuple[list[LibraryTemplate], list[Message]]:
        templates: list[LibraryTemplate] = []
        problems: list[Message] = []
        try:
            paths = sorted(
                (entry for entry in folder.iterdir() if entry.suffix.lower() == TEMPLATE_SUFFIX),
                key=lambda path: path.name.casefold(),
            )
        except FileNotFoundError:
            return [], []
        except OSError as error:
            return [], [
                problem(
                    QT_TRANSLATE_NOOP("errors", "{folder}: de map is niet te lezen ({detail})"),
                    folder=str(folder),
                    detail=error.strerror or error,
                )
            ]
        if len(paths) > MAX_FOLDER_FILES:
            problems.append(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "{folder}: bevat {count} sjablonen; alleen de eerste {limit} (op naam) zijn gelezen"
                    ),
                    folder=str(folder),
                    count=len(paths),
                    limit=MAX_FOLDER_FILES,
                )
            )
            paths = paths[:MAX_FOLDER_FILES]
        for path in paths:
            if path.name.startswith("."):
                continue  # a temporary file of an atomic write
            try:
                templates.append(load_template_file(path, source))
            except BruinpapierError as error:
                problems.append(problem(QT_TRANSLATE_NOOP("errors", "overgeslagen: {error}"), error=error.message))
        return templates, problems

    def own_templates(self) -> tuple[list[LibraryTemplate], list[Message]]:
        """The own templates (ids made unique against the built-in ones), and files that were skipped."""
        from boards.templates import template_ids

        templates, problems = self._read_folder(self.own_folder, Source.OWN)
        _unique_ids(templates, set(template_ids()), "")
        return sorted(templates, key=_sort_key), problems

    def school_templates(self, taken: set[str]) -> tuple[list[LibraryTemplate], list[Message], FolderState]:
        """The school folder's templates (ids not in ``taken`` get a ``school-`` prefix), what was skipped,
        and whether the folder could be read."""
        if self.school_folder is None:
            return [], [], FolderState.NOT_SET
        state = check_school_folder(self.school_folder)
        if state != FolderState.OK:
            return [], [folder_problem(self.school_folder, state)], state
        templates, problems = self._read_folder(self.school_folder, Source.SCHOOL)
        _unique_ids(templates, taken, SCHOOL_PREFIX)
        return sorted(templates, key=_sort_key), problems, state

    def listing(self, include_school: bool = True) -> Listing:
        """Every template: built-in, own, school (``include_school=False`` skips the school folder)."""
        from boards.templates import list_templates

        builtin = [LibraryTemplate(board, Source.BUILTIN) for board in list_templates()]
        own, problems = self.own_templates()
        if self.settings_problem is not None:
            problems.insert(0, self.settings_problem)
        listing = Listing(builtin + own, problems, self.school_folder)
        if include_school:
            school, school_problems, state = self.school_templates(listing.ids())
            listing.templates += school
            listing.problems += school_problems
            listing.school_state = state
        return listing

    def find(self, template_id: str, include_school: bool = True) -> LibraryTemplate:
        """An own or school template by id (built-in ones: :func:`boards.templates.load_template`)."""
        from boards.templates import template_ids

        own, _ = self.own_templates()
        for template in own:
            if template.id == template_id:
                return template
        if include_school and self.school_folder is not None:
            school, _, _ = self.school_templates(set(template_ids()) | {template.id for template in own})
            for template in school:
                if template.id == template_id:
                    return template
        raise unknown_template(template_id)

    # --- writing (own templates only) ---

    def _taken_ids(self, own: list[LibraryTemplate]) -> set[str]:
        from boards.templates import template_ids

        taken = set(template_ids()) | {template.id for template in own}
        if self.school_folder is not None and check_school_folder(self.school_folder) == FolderState.OK:
            school, _ = self._read_folder(self.school_folder, Source.SCHOOL)
            taken |= {template.id for template in school}
        return taken

    def add(self, board: Board, author: str = "", clash: Clash = Clash.REFUSE, saved_at: str = "") -> LibraryTemplate:
        """Store ``board`` as an own template (a copy; its title, description, method and step are the
        template's). A title an own template has already: see :class:`Clash`. Returns the stored template
        (its id may differ from ``board.id``: ids never clash)."""
        title = " ".join(board.title.split())
        if not title:
            raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "een sjabloon heeft een naam nodig")))
        author = " ".join(author.split())
        if len(author) > MAX_AUTHOR:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP("errors", "de naam van de maker is te lang (hoogstens {limit} tekens)"),
                    limit=MAX_AUTHOR,
                )
            )
        own, _ = self.own_templates()
        same = next((template for template in own if template.title.casefold() == title.casefold()), None)
        target: Path | None = None
        if same is not None and clash == Clash.REFUSE:
            raise TitleTaken(same)
        if same is not None and clash == Clash.REPLACE:
            template_id, target = same.id, same.path
        else:
            if same is not None:
                title = free_title(title, [template.title for template in own])
            template_id = free_id(title, self._taken_ids(own))
        stored = copy.deepcopy(board)
        stored.id, stored.title = template_id, title
        template = LibraryTemplate(stored, Source.OWN, None, saved_at or now_text(), author)
        make_private_folder(self.own_folder)
        template.path = target or self.own_folder / f"{template_id}{TEMPLATE_SUFFIX}"
        write_template_file(template, template.path, private=True)
        return template

    def import_file(self, path: Path | str, clash: Clash = Clash.REFUSE) -> LibraryTemplate:
        """Copy a template file (or a board file) into the own templates, checked first."""
        template = load_template_file(path, Source.OWN)
        return self.add(template.board, template.author, clash, template.saved_at)

    def export(self, template_id: str, path: Path | str) -> LibraryTemplate:
        """Write an own or school template to ``path`` (a file to share: not private)."""
        template = self.find(template_id)
        write_template_file(template, path, private=False)
        return template

    def remove(self, template_id: str) -> LibraryTemplate:
        """Delete an own template's file (a school template cannot be removed here)."""
        own, _ = self.own_templates()
        template = next((item for item in own if item.id == template_id), None)
        if template is None or template.path is None:
            raise NotFoundError(
                problem(QT_TRANSLATE_NOOP("errors", "er is geen eigen sjabloon '{id}'"), id=template_id)
            )
        try:
            template.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP("errors", "{file}: kan het sjabloon niet verwijderen ({detail})"),
                    file=str(template.path),
                    detail=error.strerror or error,
                )
            ) from None
        return template


def _unique_ids(templates: list[LibraryTemplate], taken: set[str], prefix: str) -> None:
    """Give each template an id not in ``taken`` (nor used by an earlier one), keeping its own id when
    free; otherwise ``prefix + id`` (when a prefix is given) or ``id-2``, ``id-3``…"""
    for template in templates:
        wanted = template.id
        if wanted in taken and prefix and f"{prefix}{wanted}" not in taken:
            wanted = f"{prefix}{wanted}"
        elif wanted in taken:
            wanted = free_id(wanted, taken)
        template.board.id = wanted
        taken.add(wanted)


def default_library() -> TemplateLibrary:
    return TemplateLibrary.default()


def json_entry(template: LibraryTemplate) -> dict[str, Any]:
    """What ``bruinpapier templates --json`` says about a template beside its board."""
    entry: dict[str, Any] = {"source": template.source.value}
    if template.path is not None:
        entry["file"] = str(template.path)
    if template.saved_at:
        entry["saved_at"] = template.saved_at
    if template.author:
        entry["author"] = template.author
    return entry
