"""Small boards and sessions for the analysis tests, with the seeds' verbatim labels."""

from __future__ import annotations

from boards.geometry import Rect
from boards.model import Board, DotKind, Group, Holds, TextElement, Zone, ZoneKind
from boards.paper import parse_paper
from boards.session import ActionItem, Note, Results, Session

RED = "#e53935"
GREEN = "#43a047"
BLUE = "#1e88e5"


def session_on(board: Board, school: str = "CBS De Borgstee", date: str = "2019-03-12", **kwargs) -> Session:
    return Session(
        board=board,
        school=school,
        date=date,
        method=board.method,
        step=board.step,
        results=kwargs.pop("results", Results()),
        **kwargs,
    )


def with_dots(
    session: Session, counts: dict[str, tuple[int, int]], kinds: tuple[str, str] = ("werkdruk", "werkplezier")
) -> Session:
    for zone_id, (first, second) in counts.items():
        session.results.set_dot_count(zone_id, kinds[0], first)
        session.results.set_dot_count(zone_id, kinds[1], second)
    return session


def problemen_lokaliseren() -> Board:
    labels = ["Voorbereiding", "Uitvoering", "Evaluatie/reflectie"]
    zones = [
        Zone(
            id=label.lower().replace("/", "-"),
            kind=ZoneKind.COLUMN,
            rect=Rect(20 + index * 270, 100, 260, 700),
            label=label,
        )
        for index, label in enumerate(labels)
    ]
    return Board(
        id="problemen-lokaliseren",
        title="Problemen lokaliseren",
        paper=parse_paper("860x841"),
        method="value-stream-mapping",
        step="verandering",
        zones=zones,
    )


def ideeen_genereren() -> Board:
    places = {"Samenwerking": (0, 0), "Persoonlijk": (1, 0), "Organisatie": (0, 1), "ict": (1, 1)}
    zones = [
        Zone(
            id=label.lower(), kind=ZoneKind.QUADRANT, rect=Rect(20 + col * 400, 100 + row * 350, 390, 340), label=label
        )
        for label, (col, row) in places.items()
    ]
    return Board(id="ideeen-genereren", title="Ideeën genereren", paper=parse_paper("860x841"), zones=zones)


MATRIX_COLUMNS = ["Afhankelijkheid", "Inhoud", "Autonomie"]
MATRIX_ROWS = ["Dagelijks", "Maandelijks", "Jaarlijks"]


def werkdruk_frequentiematrix() -> Board:
    """Headers as text elements above the columns and left of the rows; cells in a 3 × 3 grid."""
    elements = []
    zones = []
    for col, label in enumerate(MATRIX_COLUMNS):
        elements.append(TextElement(id=f"kop-{col}", rect=Rect(150 + col * 200, 60, 190, 30), text=label, bold=True))
    for row, label in enumerate(MATRIX_ROWS):
        elements.append(TextElement(id=f"rij-{row}", rect=Rect(20, 100 + row * 150, 120, 140), text=label, bold=True))
        for col, column_label in enumerate(MATRIX_COLUMNS):
            zones.append(
                Zone(
                    id=f"{label.lower()}-{column_label.lower()}",
                    kind=ZoneKind.CELL,
                    rect=Rect(150 + col * 200, 100 + row * 150, 190, 140),
                    label=f"{label} · {column_label}",
                )
            )
    elements.append(TextElement(id="titel", rect=Rect(20, 10, 700, 30), text="Werkdruk-frequentiematrix"))
    return Board(
        id="werkdruk-frequentiematrix",
        title="Werkdruk-frequentiematrix",
        paper=parse_paper("800x600"),
        zones=zones,
        elements=elements,
    )


def zelfevaluatie() -> Board:
    """Question 1 on a 1–5 scale and question 4 on a 1–9 scale, one zone per answer."""
    groups = [
        Group(
            "vraag-1",
            "1 In hoeverre maak je gebruik van verschillende beschikbare ict-systemen voor je werk op school?",
        ),
        Group(
            "vraag-4",
            "4 In hoeverre vind je het makkelijk of moeilijk om met de verschillende beschikbare "
            "ict-systemen op CBS De Borgstee te werken?",
        ),
    ]
    dot = [DotKind("antwoord", "antwoord", BLUE)]
    zones = []
    for value in range(1, 6):
        zones.append(
            Zone(
                id=f"v1-{value}",
                kind=ZoneKind.CELL,
                rect=Rect(20 + value * 60, 100, 55, 80),
                label=str(value),
                holds=Holds(notes=False, dots=dot),
                group="vraag-1",
                scale_value=value,
            )
        )
    for value in range(1, 10):
        zones.append(
            Zone(
                id=f"v4-{value}",
                kind=ZoneKind.CELL,
                rect=Rect(20 + value * 60, 300, 55, 80),
                label=str(value),
                holds=Holds(notes=False, dots=dot),
                group="vraag-4",
                scale_value=value,
            )
        )
    return Board(
        id="zelfevaluatie",
        title="Zelfevaluatie",
        paper=parse_paper("700x500"),
        zones=zones,
        groups=groups,
        method="design-thinking-lean",
    )


def seed_zelfevaluatie_session() -> Session:
    session = session_on(zelfevaluatie())
    for value, count in zip(range(1, 6), [0, 0, 1, 6, 2]):
        session.results.set_dot_count(f"v1-{value}", "antwoord", count)
    for value, count in {4: 1, 5: 1, 6: 7}.items():
        session.results.set_dot_count(f"v4-{value}", "antwoord", count)
    return session


def procesplaat_2(procesplaat: Board) -> Board:
    """Procesplaat 2 built from plaat 1: same cells, ict dot kinds."""
    import copy

    board = copy.deepcopy(procesplaat)
    board.id, board.title = "procesplaat-2", "Procesplaat 2"
    board.question = "WANNEER MAAK IK GEBRUIK VAN ICT IN MIJN WERK? EN WANNEER ZOU DAT NOG MEER OF BETER KUNNEN?"
    kinds = [
        DotKind("gebruik-ict", "gebruikmaken van ict", BLUE),
        DotKind("kan-beter-met-ict", "anders/beter kan", "#fb8c00"),
    ]
    for zone in board.zones:
        zone.holds = Holds(notes=True, dots=list(kinds))
    return board


def notes(session: Session, zone_id: str, count: int, color: str = "yellow", prefix: str = "briefje") -> None:
    for index in range(count):
        session.results.notes.append(Note(text=f"{prefix} {index + 1}", zone_id=zone_id, color=color))


def actions(session: Session) -> None:
    session.results.actions.extend(
        [
            ActionItem(
                1, "Rapportfunctie in Parnassys inrichten", owner="IB'er", due="December", impact="Hoog", workload="L"
            ),
            ActionItem(
                2,
                "Vergaderingen korter met vaste agenda",
                owner="Directie",
                due="Dit schooljaar",
                impact="Middel",
                workload="J",
                done=True,
            ),
            ActionItem(3, "Portfolio in MOO", owner="Kerngroep", due="Voor de zomer", impact="Hoog", workload="LàJ"),
        ]
    )


def photo_bytes(label: str = "bord", kind: str = "JPEG") -> bytes:
    """A small real photo (JPEG or PNG), different for each ``label``: the archive refuses bytes that are no photo."""
    import hashlib
    import io

    from PIL import Image

    red, green, blue = hashlib.sha256(label.encode()).digest()[:3]
    buffer = io.BytesIO()
    Image.new("RGB", (16, 12), (red, green, blue)).save(buffer, kind)
    return buffer.getvalue()


def damaged_jpeg() -> bytes:
    """A JPEG whose coded data is overwritten in the middle: libjpeg decodes it with a warning and grey."""
    import io

    import numpy as np
    from PIL import Image

    noise = (np.random.default_rng(1).random((120, 160, 3)) * 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(noise).save(buffer, "JPEG", quality=90)
    data = bytearray(buffer.getvalue())
    middle, length = len(data) // 2, len(data) // 6
    data[middle : middle + length] = b"\xab" * length  # no 0xFF: no marker, only coded data gone wrong
    return bytes(data)


def simulate_crash(owner) -> None:
    """Let go of a window's recovery lock without cleaning up, as the operating system does when the
    process is killed (tests/boards/test_recovery.py does it for real with ``kill -9``)."""
    owner._lock.release()


def borgstee_procesplaat_session(
    procesplaat: Board, date: str = "2019-03-12", school: str = "CBS De Borgstee"
) -> Session:
    """Procesplaat 1 with dots on three processes, two pink notes and three action points."""
    session = with_dots(
        session_on(procesplaat, date=date, school=school),
        {
            "rapporten-schrijven": (5, 1),
            "vergaderingen-bijwonen": (4, 0),
            "toetsen-afnemen": (1, 4),
        },
    )
    notes(session, "toetsen-afnemen", 2, color="pink")
    actions(session)
    return session


def newer_zip_version(data: bytes, version: int = 64) -> bytes:
    """A zip's bytes with every central directory entry claiming it needs zip ``version`` (6.4 by default) to
    unpack: what a newer zip tool may write, and a version Python's zip reader refuses when it opens the file."""
    patched = bytearray(data)
    start = patched.find(b"PK\x01\x02")
    while start != -1:
        patched[start + 6 : start + 8] = version.to_bytes(2, "little")
        start = patched.find(b"PK\x01\x02", start + 4)
    return bytes(patched)
