"""Where the texts of the built-in templates come from, and the check that they are quoted.

Every template quotes one or more short excerpts of a source publication
(``Excerpt``: publication, a locator such as a section heading or figure
caption, and the text itself, copied verbatim). The excerpts are committed
with the generator, so the check runs on a clean clone without the source
documents:

* every text of a template (title, question, description, group and zone
  labels, questions, definitions, dot kinds, printed texts, legend) must occur
  in one of the template's excerpts, or be listed in ``board.additions`` with
  the reason why Bruinpapier added it;
* where the source documents are at hand (a developer's machine), every
  excerpt must occur in its document.

Comparison ignores what PDF text extraction cannot keep: white space and line
breaks, hyphens (a hyphen at a line end cannot be told from a real one),
ligatures, bullets, the shape of quotes, and whether the first letter of a
text is a capital. Numbers ("3", "2,5 %", "1.") are not texts. A label joined
from two quoted texts with " – " (a matrix cell named after its column and
row) is quoted when both parts are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from boards.model import Board, SymbolElement, TextElement

JOIN = " – "  # how a matrix cell label joins its column and row

#: Titles of the source publications, as the documents name themselves.
PUBLICATIONS = {
    "ict-werkdruk": "Meer ict, minder werkdruk?",
    "zmolk": "Toolkit bij de implementatie van de ‘basisaanpak’ voor gespecialiseerde zmolk-directie, "
    "-management en -staf",
    "wijkteams": "Ruimte voor ontwikkeling in wijkteams",
    "leerwerkgemeenschappen": "1 + 1 = 3 (project ‘Leren in gemeenschap’)",
    "bouwstenen": "Zeven bouwstenen voor innovatie (passend onderwijs)",
}


@dataclass(frozen=True)
class Excerpt:
    """A verbatim passage of a source publication that a template quotes."""

    publication: str  # a key of PUBLICATIONS
    locator: str  # where: a section heading, figure caption or page title — never a line number
    text: str

    @property
    def title(self) -> str:
        return PUBLICATIONS[self.publication]


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "„": '"'})
_DROP = re.compile(r"[\s\-\u00ad\u2010\u2011\ufffd•●▪◦·װ*\ue000-\uf8ff]+")
_NUMBER = re.compile(r"^[\d\s.,%:()/-]+$")


def canonical(text: str) -> str:
    """The text as compared: see the module docstring."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).replace("…", "...")
    return _DROP.sub("", text)


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(text))


def _variants(text: str) -> Iterator[str]:
    yield text
    if text[:1].isalpha():
        yield text[0].swapcase() + text[1:]


def quoted_in(text: str, haystacks: Iterable[str], added: Iterable[str] = ()) -> bool:
    """True when ``text`` occurs in one of the canonical ``haystacks`` (see the module docstring), or is
    one of the ``added`` texts, or is joined from such parts with " – "."""
    haystacks, added = list(haystacks), set(added)
    if text in added or any(canonical(variant) in hay for variant in _variants(text) for hay in haystacks):
        return True
    parts = text.split(JOIN)
    return len(parts) > 1 and all(quoted_in(part, haystacks, added) for part in parts)


def board_texts(board: Board) -> list[str]:
    """Every text a template shows or prints, in a stable order (empty ones and numbers left out)."""
    texts = [board.title, board.question, board.description]
    texts += [group.label for group in board.groups]
    for zone in board.zones:
        texts += [zone.label, zone.question, *zone.definition.split("\n")]
    texts += [kind.label for kind in board.dot_kinds()]
    for element in board.elements:
        if isinstance(element, TextElement):
            texts += element.text.split("\n")
        elif isinstance(element, SymbolElement):
            texts.append(element.label)
    if board.legend:
        texts += [board.legend.title, *(entry.label for entry in board.legend.entries)]
    seen: dict[str, None] = {}
    for text in texts:
        text = text.strip()
        if text and not is_number(text):
            seen.setdefault(text, None)
    return list(seen)


def unquoted_texts(board: Board, excerpts: Iterable[Excerpt]) -> list[str]:
    """The texts of ``board`` found neither in its excerpts nor among its additions."""
    haystacks = [canonical(excerpt.text) for excerpt in excerpts]
    added = {addition.text for addition in board.additions}
    return [text for text in board_texts(board) if not quoted_in(text, haystacks, added)]


def unused_additions(board: Board) -> list[str]:
    """Additions that name no text of the board (left over after an edit)."""
    parts = {part for text in board_texts(board) for part in text.split(JOIN)}
    return [addition.text for addition in board.additions if addition.text not in parts]


def source_problems(boards: Iterable[Board], excerpts: dict[str, tuple[Excerpt, ...]]) -> dict[str, list[str]]:
    """Per template id what is wrong with its sources: no excerpts, unquoted texts, stale additions."""
    problems: dict[str, list[str]] = {}
    for board in boards:
        quoted = excerpts.get(board.id, ())
        found = [] if quoted else ["no excerpts"]
        found += [f"not quoted: {text!r}" for text in unquoted_texts(board, quoted)]
        found += [f"addition names no text of the board: {text!r}" for text in unused_additions(board)]
        if found:
            problems[board.id] = found
    return problems
