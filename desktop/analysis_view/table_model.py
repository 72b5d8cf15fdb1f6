"""A read-only Qt table model over a pandas DataFrame, with Dutch headers."""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from boards.analysis.charts import app_label
from boards.analysis.dutch import format_number
from boards.analysis.headers import header
from desktop.i18n import qt_translate


def display_text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("DataFrameModel", "ja")
            if value
            else QCoreApplication.translate("DataFrameModel", "nee")
        )
    if isinstance(value, float):
        return format_number(value)
    if hasattr(value, "item"):
        return display_text(value.item())  # numpy scalar
    return str(value)


class DataFrameModel(QAbstractTableModel):
    def __init__(self, frame: pd.DataFrame | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frame = frame if frame is not None else pd.DataFrame()

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._frame)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._frame.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._frame.iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = (isinstance(value, (int, float)) and not isinstance(value, bool)) or hasattr(value, "dtype")
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if numeric else None
        if role == Qt.ItemDataRole.UserRole:
            return value.item() if hasattr(value, "item") else value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self._frame.columns[section]
            made = app_label(str(column))  # a name the analysis made ("overige vakken (16)")
            return made.render(qt_translate) if made is not None else qt_translate("analysis", header(column))
        return str(section + 1)
