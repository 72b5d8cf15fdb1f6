"""Procesplaten: two dot kinds per school process, ranked, balanced, concluded.

Procesplaat 1 collects *werkdruk* and *werkplezier*, Procesplaat 2 *gebruikmaken
van ict* and *anders/beter kan*. The two kinds are taken from the board: by id
when they are the known ones, otherwise the first kind is the burden (what
the team wants less of or wants changed) and the second the positive one.

The conclusion on the plate is the team's own, written by hand
(:mod:`boards.written`); what this module derives from the dots is a
*suggestion* in the plate's capitals, never presented as the team's words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from boards.analysis.tables import zone_infos
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.model import Board, DotKind
from boards.session import Session

BURDEN_IDS = ("werkdruk", "knelpunt")
POSITIVE_IDS = ("werkplezier",)
NO_GROUP_LABEL = "OVERIGE"


@dataclass(frozen=True)
class ProcessKinds:
    burden: DotKind
    positive: DotKind

    @property
    def is_ict(self) -> bool:
        """True for Procesplaat 2: one of the kinds says ict could be (used) better."""
        return any(_is_ict_kind(kind) and _says_better(kind) for kind in (self.burden, self.positive))

    @property
    def is_werkdruk(self) -> bool:
        return self.burden.id == "werkdruk"

    @property
    def opportunity(self) -> DotKind:
        """On the ict board: the kind that marks room for (more or better) ict."""
        for kind in (self.burden, self.positive):
            if "beter" in kind.id.lower() or "beter" in kind.label.lower():
                return kind
        return self.positive


def _says_better(kind: DotKind) -> bool:
    return "beter" in f"{kind.id} {kind.label}".lower()


def _is_ict_kind(kind: DotKind) -> bool:
    text = f"{kind.id} {kind.label}".lower()
    return "ict" in text


def process_kinds(board: Board) -> ProcessKinds | None:
    """The two dot kinds of a procesplaat, or None when the board has fewer than two."""
    kinds = board.dot_kinds()
    if len(kinds) < 2:
        return None
    by_id = {kind.id: kind for kind in kinds}
    burden = next((by_id[i] for i in BURDEN_IDS if i in by_id), None)
    positive = next((by_id[i] for i in POSITIVE_IDS if i in by_id), None)
    if burden is None:
        burden = next(kind for kind in kinds if kind is not positive)
    if positive is None:
        positive = next(kind for kind in kinds if kind is not burden)
    return ProcessKinds(burden, positive)


def is_process_board(board: Board) -> bool:
    """A board whose zones (most of them) each collect the same two dot kinds."""
    kinds = process_kinds(board)
    if kinds is None:
        return False
    wanted = {kinds.burden.id, kinds.positive.id}
    collecting = [zone for zone in board.zones if wanted <= {kind.id for kind in zone.holds.dots}]
    return len(collecting) >= 2 and len(collecting) * 2 >= len(board.zones)


@dataclass
class ProcessAnalysis:
    kinds: ProcessKinds
    processes: pd.DataFrame  # zone_id, zone_label, group_label, burden, positive, balance, rank
    groups: pd.DataFrame  # group_label, processes, burden, positive, balance, burden_share
    suggestion_message: Message | None  # derived from the dots, without "CONCLUSIE:"; None without dots

    @property
    def suggestion(self) -> str | None:
        """The suggestion in Dutch (the app translates ``suggestion_message``)."""
        return self.suggestion_message.render() if self.suggestion_message is not None else None

    def labelled(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` with the burden/positive columns named after the dot kinds."""
        return frame.rename(columns={"burden": self.kinds.burden.label, "positive": self.kinds.positive.label})


def analyse_processes(session: Session) -> ProcessAnalysis | None:
    counts: Counter[tuple[str, str]] = Counter()
    for dot in session.results.dots:
        counts[(dot.zone_id, dot.kind)] += dot.count
    return analyse_process_counts(session.board, counts)


def analyse_process_counts(board: Board, counts: Mapping[tuple[str, str], int]) -> ProcessAnalysis | None:
    """Ranking, groups and conclusion from dot counts per (zone id, kind id): one session's, or the totals
    of many sessions of the board (the archive's summary)."""
    kinds = process_kinds(board)
    if kinds is None:
        return None
    infos = zone_infos(board)
    rows = []
    for order, zone in enumerate(board.zones):
        zone_kinds = {kind.id for kind in zone.holds.dots}
        if not ({kinds.burden.id, kinds.positive.id} & zone_kinds):
            continue
        burden = int(counts.get((zone.id, kinds.burden.id), 0))
        positive = int(counts.get((zone.id, kinds.positive.id), 0))
        rows.append(
            (zone.id, infos[zone.id].label, infos[zone.id].group_label, burden, positive, positive - burden, order)
        )
    processes = pd.DataFrame(
        rows,
        columns=["zone_id", "zone_label", "group_label", "burden", "positive", "balance", "board_order"],
    )
    # Most burden first; on a tie the worse balance, then the board's order.
    processes = processes.sort_values(
        ["burden", "balance", "board_order"],
        ascending=[False, True, True],
        kind="stable",
    ).reset_index(drop=True)
    processes.insert(0, "rank", range(1, len(processes) + 1))
    processes = processes.drop(columns="board_order")
    order = [group.label for group in board.groups] + [NO_GROUP_LABEL]
    groups = _group_table(processes, order)
    return ProcessAnalysis(kinds, processes, groups, suggested_conclusion(kinds, groups, processes))


def _group_table(processes: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    table = (
        processes.assign(group_label=processes["group_label"].replace("", NO_GROUP_LABEL))
        .groupby("group_label", sort=False)
        .agg(processes=("zone_id", "count"), burden=("burden", "sum"), positive=("positive", "sum"))
        .reset_index()
    )
    position = {label: index for index, label in enumerate(order)}
    table = table.sort_values(
        "group_label", key=lambda column: column.map(lambda label: position.get(label, len(order))), kind="stable"
    ).reset_index(drop=True)
    table["balance"] = table["positive"] - table["burden"]
    total_burden = int(table["burden"].sum())
    table["burden_share"] = table["burden"] * 100.0 / total_burden if total_burden else 0.0
    return table.astype({"processes": "int64", "burden": "int64", "positive": "int64", "balance": "int64"})


def group_adjective(group_label: str) -> str:
    """ "SECUNDAIR (ondersteunend)" → "SECUNDAIRE", as in "de secundaire processen"."""
    word = re.split(r"[\s(]", group_label.strip(), maxsplit=1)[0] if group_label.strip() else ""
    if not word:
        return NO_GROUP_LABEL
    upper = word.upper()
    if upper[-1] in "AEIOUY" or not upper[-1].isalpha():
        return upper
    return upper + "E"


def _top_group(groups: pd.DataFrame, column: str) -> str | None:
    if groups.empty or int(groups[column].max()) == 0:
        return None
    return str(groups.loc[groups[column].idxmax(), "group_label"])


def _where(groups: pd.DataFrame, processes: pd.DataFrame, column: str) -> Message | None:
    """ "IN DE SECUNDAIRE PROCESSEN", or for a board without groups "BIJ RAPPORTEN SCHRIJVEN"."""
    if set(groups["group_label"]) - {NO_GROUP_LABEL}:
        group = _top_group(groups, column)
        if group is None:
            return None
        return _said(QT_TRANSLATE_NOOP("analysis", "IN DE {group} PROCESSEN"), group=group_adjective(group))
    if processes.empty or int(processes[column].max()) == 0:
        return None
    top = processes.loc[processes[column].idxmax(), "zone_label"]
    return _said(QT_TRANSLATE_NOOP("analysis", "BIJ {process}"), process=str(top).upper())


def _said(text: str, **params: object) -> Message:
    return Message("analysis", text, dict(params))


def suggested_conclusion(kinds: ProcessKinds, groups: pd.DataFrame, processes: pd.DataFrame) -> Message | None:
    """A conclusion line in the plate's capitals, naming the group where most dots of the kind sit
    (``render()`` of it: the Dutch).

    It follows the form of the seed's conclusions but only knows the board's groups (PRIMAIR,
    SECUNDAIR): the seed's team wrote "IN DE ADMINISTRATIEVE PROCESSEN", which no count gives.
    None when there are no dots yet.
    """
    no_dots = groups.empty or int(groups["burden"].sum() + groups["positive"].sum()) == 0
    if no_dots:
        return None
    if kinds.is_ict:
        column = "burden" if kinds.opportunity.id == kinds.burden.id else "positive"
        where = _where(groups, processes, column)
        if where is None:
            return _said(QT_TRANSLATE_NOOP("analysis", "ER WORDEN (NOG) GEEN KANSEN VOOR ICT GEZIEN"))
        return _said(QT_TRANSLATE_NOOP("analysis", "ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN {where}"), where=where)
    if kinds.is_werkdruk:
        where = _where(groups, processes, "burden")
        if where is None:
            return _said(QT_TRANSLATE_NOOP("analysis", "ER WORDT DOOR LEERKRACHTEN GEEN WERKDRUK ERVAREN"))
        return _said(
            QT_TRANSLATE_NOOP("analysis", "ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK {where} ERVAREN"), where=where
        )
    parts: list[Message] = []
    for kind, column in ((kinds.burden, "burden"), (kinds.positive, "positive")):
        where = _where(groups, processes, column)
        if where is not None:
            parts.append(
                _said(QT_TRANSLATE_NOOP("analysis", "{kind} MET NAME {where}"), kind=kind.label.upper(), where=where)
            )
    if len(parts) == 2:
        return _said(QT_TRANSLATE_NOOP("analysis", "{first}; {second}"), first=parts[0], second=parts[1])
    return parts[0] if parts else _said("")
