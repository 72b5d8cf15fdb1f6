"""English texts for drawing free lines in the board editor."""

ENGLISH: dict[str, str] = {
    "Lijn tekenen": "Draw line",
    "lijn": "line",
    "Lijndikte": "Line width",
    "Lijneinde verplaatsen": "Move line end",
    "Lijn te kort: sleep minstens 2 mm.": "Line too short: drag at least 2 mm.",
    "Sleep over het bord om een lijn te tekenen (Shift: recht of 45°, Esc: stoppen)":
        "Drag across the board to draw a line (Shift: straight or 45°, Esc: stop)",
    "Lijn tekenen: sleep over het bord; Shift: recht of 45°, Alt: vrij, Esc: stoppen.":
        "Draw line: drag across the board; Shift: straight or 45°, Alt: free, Esc: stop.",
}
