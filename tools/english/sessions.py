"""English texts for sessions: results entry (desktop/results), the archive browser, the session page and workspace."""

ENGLISH: dict[str, str] = {
    # desktop/results/actions_table.py
    "Nr.": "No.", "Concreet actiepunt": "Concrete action item", "Initiatiefnemer": "Owner", "Tijdpad": "Timeline",
    "Impact": "Impact", "Werkbelasting": "Workload", "Actiepunt toevoegen": "Add action item",
    "Actiepunt verwijderen": "Delete action item", "Actiepunt wijzigen": "Change action item",
    # desktop/results/document.py
    "Kleur van notitie": "Note colour", "Tekst van notitie": "Note text", "Notitie verplaatsen": "Move note",
    "Resultaten importeren": "Import results", "Sessiegegevens wijzigen": "Change session details",
    "Notitie toevoegen": "Add note", "Notitie verwijderen": "Delete note", "Stippen tellen": "Count dots",
    # desktop/results/editor.py
    "Tellen (Ctrl+D)": "Count (Ctrl+D)", "{name} (Ctrl+{number})": "{name} (Ctrl+{number})",
    "Importeren …": "Import…", "Resultaten uit een CSV- of Excel-bestand toevoegen": "Add results from a CSV or Excel file",
    "Sessiegegevens": "Session details", "Tellen of typen": "Count or type",
    "aantal stippen, Enter = volgende": "number of dots, Enter = next",
    "notitie typen, Enter = toevoegen, Tab = volgende zone": "type a note, Enter = add, Tab = next zone",
    "In {zone} horen geen notities": "{zone} takes no notes", "Tabellen (*.csv *.xlsx)": "Tables (*.csv *.xlsx)",
    "Importeren": "Import", "Geen zones": "No zones", "{zone} ({count} notities)": "{zone} ({count} notes)",
    "Eén stip minder (−)": "One dot fewer (−)", "Eén stip meer (+)": "One dot more (+)",
    # desktop/results/import_dialog.py
    "Resultaten importeren: controle": "Import results: check", "Rij": "Row", "Inhoud": "Content",
    "Controle": "Check", "Overslaan": "Skip", "Foute rijen overslaan": "Skip faulty rows",
    "Toevoegen aan de sessie": "Add to the session", "(kies een zone)": "(choose a zone)",
    "{notes} notities, {dots} stiprijen, {actions} actiepunten in orde; {problems} fout, {skipped} overgeslagen":
        "{notes} notes, {dots} dot rows, {actions} action items OK; {problems} faulty, {skipped} skipped",
    # desktop/results/session_form.py
    "bijv. OBS Akkrum": "e.g. OBS Akkrum", "Team of groep": "Team or group", "bijv. bovenbouw": "e.g. upper school",
    "JJJJ-MM-DD": "YYYY-MM-DD", "Begeleider": "Facilitator", "Onderwerp": "Topic",
    "bijv. speciale aandacht leerlingen": "e.g. pupils needing extra attention",
    "initialen of schuilnamen, gescheiden door komma's": "initials or pseudonyms, separated by commas",
    "Deelnemers": "Participants", "Vrije opmerkingen": "Free remarks", "Opmerkingen": "Remarks",
    "Datum '{value}' kan niet; schrijf JJJJ-MM-DD, bijv. 2019-03-12":
        "Date '{value}' is not valid; write YYYY-MM-DD, e.g. 2019-03-12",
    "'{name}' is te lang; gebruik initialen of een schuilnaam": "'{name}' is too long; use initials or a pseudonym",
    "'{name}' lijkt een volledige naam; initialen of een schuilnaam zijn genoeg":
        "'{name}' looks like a full name; initials or a pseudonym are enough",
    # desktop/archive_browser/browser.py
    "Team": "Team", "Methode": "Method", "Notities": "Notes", "Acties": "Actions", "Foto's": "Photos",
    "Alle methoden": "All methods", "Alle borden": "All boards", "van JJJJ-MM-DD": "from YYYY-MM-DD",
    "t/m JJJJ-MM-DD": "to YYYY-MM-DD", "Zoeken in notities, acties, onderwerp …": "Search notes, actions, topic…",
    "Openen": "Open", "Verwijderen …": "Delete…", "Bundel exporteren …": "Export bundle…",
    "Bundel importeren …": "Import bundle…", "Schrijf de datum als JJJJ-MM-DD": "Write the date as YYYY-MM-DD",
    "{count} sessie(s)": "{count} session(s)",
    "Sessie van {school} op {date} ({board}) definitief verwijderen, met de foto's?":
        "Permanently delete the session of {school} on {date} ({board}), including the photos?",
    "(geen school)": "(no school)", "Sessie als bundel exporteren": "Export session as bundle",
    "Geëxporteerd naar {file}": "Exported to {file}", "Sessiebundel importeren": "Import session bundle",
    "Sessiebundel (*{suffix})": "Session bundle (*{suffix})", "Archief": "Archive",
    # desktop/session_page.py
    "Bewaren": "Save", "Sessie bewaren (Ctrl+Alt+S)": "Save session (Ctrl+Alt+S)", "Exporteren…": "Export…",
    "Analyseren": "Analyse",
    'Nog geen sessie. Kies in het menu Sessie "Nieuwe sessie met dit bord", open er een uit het archief of start er een vanuit een traject.':
        'No session yet. Choose "New session with this board" in the Session menu, open one from the archive or start one from a trajectory.',
    # desktop/workspace.py
    "Getoonde sessies analyseren": "Analyse the sessions shown",
    "Er zijn geen sessies om te analyseren.": "There are no sessions to analyse.",
    "Hoort bij het traject {title} van {school}": "Belongs to the trajectory {title} of {school}",
    "Wordt bewaard in het archief": "Saved in the archive", "Nieuwe sessie": "New session",
    "Open of maak eerst een bord.": "Open or create a board first.", "Sessie openen": "Open session",
    "Bruinpapier-sessie (*{suffix})": "Bruinpapier session (*{suffix})", "Sessie bewaren": "Save session",
    "Sessie bewaard": "Session saved", "Sessie exporteren": "Export session",
    "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json);;Bruinpapier-sessie (*{suffix})":
        "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json);;Bruinpapier session (*{suffix})",
    "Sessie": "Session", "Analyse": "Analysis", "Trajecten": "Trajectories",
    "Nieuwe sessie met dit bord": "New session with this board", "Sessiebestand openen…": "Open session file…",
    "Resultaten importeren (CSV/Excel)…": "Import results (CSV/Excel)…", "Sessie exporteren…": "Export session…",
    "Sessie analyseren": "Analyse session",
    # carried notes, choosing and linking (results editor)
    "geen": "none",
    "Nog in te delen ({count})": "Still to place ({count})",
    "Gekozen (gaat mee naar de volgende stap)": "Chosen (carried to the next step)",
    "Antwoord op probleem": "Answers problem",
    "(geen)": "(none)",
    "Notitie kiezen": "Choose note",
    "Keuze intrekken": "Unchoose note",
    "Soort van notitie": "Kind of note",
    "Notitie koppelen": "Link note",
    "Gekozen notities aan/uit": "Toggle chosen notes",
    # session recovery
    "Sessie niet bewaard": "Session not saved",
    "De resultaten van deze sessie zijn nog niet bewaard. Nu bewaren?":
        "The results of this session have not been saved yet. Save them now?",
    "Sessie herstellen?": "Restore session?",
    "Er is een automatisch bewaarde sessie van {school} ({board}, {time}) die nog niet bewaard was. Wil je die herstellen?":
        "There is an automatically saved session of {school} ({board}, {time}) that was not saved. Do you want to restore it?",
    # photos read back into the session
    "Foto's van het bord teruglezen…": "Read photos of the board…",
    "teruggelezen": "read back",
    "Foto's teruglezen": "Read photos",
    "Start of open eerst een sessie; de foto's worden gelezen op het bord van die sessie.":
        "Start or open a session first; the photos are read on that session's board.",
    "De vorige foto's zijn nog niet overgenomen. Weggooien?": "The previous photos have not been taken over yet. Discard them?",
    "Resultaten van foto overnemen": "Take over results from photo",
    "{notes} notities en {dots} stiptellingen overgenomen": "{notes} notes and {dots} dot counts taken over",
    "Hoort bij het traject {title} van {school}; wordt ook in het archief bewaard":
        "Belongs to the trajectory {title} of {school}; also kept in the archive",
}
