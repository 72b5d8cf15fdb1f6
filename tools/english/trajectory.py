"""English texts for the trajectory view (desktop/trajectory_view)."""

ENGLISH: dict[str, str] = {
    "Nieuw traject": "New trajectory", "bijvoorbeeld OBS Akkrum": "for example OBS Akkrum",
    "Nieuw traject…": "New trajectory…", "Traject openen…": "Open trajectory…",
    "Volgende sessie starten": "Start next session",
    "Start het volgende bord, voorgevuld met eerdere resultaten (Ctrl+Enter)":
        "Start the next board, prefilled with earlier results (Ctrl+Enter)",
    "Sessiepakket afdrukken…": "Print session pack…", "Stap afronden": "Complete step",
    "Resultaten invoeren": "Enter results", "Stap / sessie": "Step / session", "Status": "Status",
    "Traject bewaren": "Save trajectory", "Bruinpapier-traject (*.bptraject)": "Bruinpapier trajectory (*.bptraject)",
    "Traject openen": "Open trajectory", "Volgende sessie": "Next session", "Sessiepakket": "Session pack",
    "Kies een stap of sessie met gestarte sessies.": "Choose a step or session with started sessions.",
    "Sessiepakket bewaren": "Save session pack", "Geen traject geopend": "No trajectory open",
    "Open een traject (.bptraject) of maak er een met 'bruinpapier trajectory new'.":
        "Open a trajectory (.bptraject) or create one with 'bruinpapier trajectory new'.",
    "Alle stappen zijn gedaan.": "All steps are done.", "Volgende: {board} (stap {nr} {step})": "Next: {board} (step {nr} {step})",
    "{notes} notities ({carried} meegenomen), {actions} actiepunten": "{notes} notes ({carried} carried over), {actions} action items",
    "Nog in te delen": "Still to sort", "Problemen zonder idee": "Problems without an idea",
    "traject": "trajectory",
}
