"""ReportLab: boards on paper at 1:1, tiled prints, session packs and reports."""
