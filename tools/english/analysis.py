"""English texts for the analysis view (desktop/analysis_view)."""

ENGLISH: dict[str, str] = {
    "Excel…": "Excel…", "Alle tabellen als Excel-werkmap, één blad per tabel": "All tables as an Excel workbook, one sheet per table",
    "PDF-rapport…": "PDF report…",
    "Rapport met voorblad, het bord, tabellen, grafieken en actiepunten":
        "Report with cover page, the board, tables, charts and action items",
    "Excel-werkmap (*.xlsx)": "Excel workbook (*.xlsx)", "PDF (*.pdf)": "PDF (*.pdf)", "Exporteren": "Export",
}
