"""Lists of records with an ``id`` (notes, action items, detections under review).

The three edits an undo command needs, each returning what puts it back:
insert at a place, take out (with the place it had), set fields (with their
old values).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Protocol, TypeVar


class Record(Protocol):
    id: str


R = TypeVar("R", bound=Record)


def find_record(records: list[R], record_id: str) -> R | None:
    return next((record for record in records if record.id == record_id), None)


def insert_record(records: list[R], record: R, index: int | None = None) -> None:
    """Put ``record`` at ``index`` (None: at the end)."""
    records.insert(len(records) if index is None else index, record)


def take_record(records: list[R], record_id: str) -> tuple[R, int] | None:
    """Take a record out of the list: it and the place it had, or None when it is not there."""
    for index, record in enumerate(records):
        if record.id == record_id:
            del records[index]
            return record, index
    return None


def update_record(record: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Set fields of a dataclass record; returns their old values (an unknown field raises AttributeError)."""
    names = {field.name for field in fields(record)}
    old = {}
    for name, value in values.items():
        if name not in names:
            raise AttributeError(name)
        old[name] = getattr(record, name)
        setattr(record, name, value)
    return old
