"""The analysis view: tables, charts, a heat view on the board and trends over time."""

from desktop.analysis_view.charts import BarChartWidget, LineChartWidget
from desktop.analysis_view.heat_view import BoardHeatView
from desktop.analysis_view.table_model import DataFrameModel
from desktop.analysis_view.view import AnalysisView

__all__ = ["AnalysisView", "BarChartWidget", "BoardHeatView", "DataFrameModel", "LineChartWidget"]
