"""Fill the English translations into a .ts file written by pyside6-lupdate.

Usage: python tools/fill_translations.py resources/translations/bruinpapier_en.ts
Prints the Dutch source texts that have no English yet (and exits 1 if any).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

ENGLISH: dict[str, str] = {
    # main window, menus, toolbar
    "&Bestand": "&File", "Be&werken": "&Edit", "&Invoegen": "&Insert", "&Schikken": "&Arrange", "&Beeld": "&View",
    "E&xtra": "&Tools", "&Help": "&Help", "Start": "Start", "Bord": "Board", "Eigenschappen": "Properties",
    "Palet": "Palette", "<begin>": "<start>", "Geschiedenis": "History", "Nieuw bord…": "New board…",
    "Openen…": "Open…", "Opslaan": "Save", "Opslaan als…": "Save as…", "Afdrukken en PDF…": "Print and PDF…",
    "Bord sluiten": "Close board", "Afsluiten": "Quit", "Instellingen…": "Settings…", "Sneltoetsen": "Keyboard shortcuts",
    "Over Bruinpapier": "About Bruinpapier", "Ongedaan maken": "Undo", "Opnieuw": "Redo", "VSM-symbool": "VSM symbol",
    "Panelen": "Panels", "Werkbalk": "Toolbar", "Nieuw": "New", "Ongedaan": "Undo", "Zone": "Zone", "Passend": "Fit",
    "Afdrukken": "Print", "Klaar": "Ready", "{count} geselecteerd": "{count} selected",
    "Niet-opgeslagen wijzigingen": "Unsaved changes",
    "'{name}' heeft wijzigingen die nog niet zijn opgeslagen. Wil je ze opslaan?":
        "'{name}' has changes that have not been saved. Do you want to save them?",
    "Nieuw bord": "New board", "Nieuw bord '{title}' op {paper}.": "New board '{title}' on {paper}.",
    "Bord openen": "Open board", "Bruinpapier-borden (*{suffix} *.json);;Alle bestanden (*)":
        "Bruinpapier boards (*{suffix} *.json);;All files (*)",
    "Bord openen mislukt": "Could not open the board", "Geopend: {path}": "Opened: {path}", "Bord opslaan": "Save board",
    "Bruinpapier-borden (*{suffix})": "Bruinpapier boards (*{suffix})", "Opslaan mislukt": "Could not save",
    "Kan '{path}' niet schrijven: {reason}": "Cannot write '{path}': {reason}", "Opgeslagen: {path}": "Saved: {path}",
    "Herstelbestand beschadigd": "Recovery file damaged", "Bord herstellen?": "Restore board?",
    "Bruinpapier is de vorige keer niet netjes afgesloten. Er is een automatisch bewaarde versie van '{title}' ({time}). Wil je die herstellen?":
        "Bruinpapier did not close properly last time. There is an automatically saved version of '{title}' ({time}). Do you want to restore it?",
    "Bord hersteld; sla het op om het te bewaren.": "Board restored; save it to keep it.",
    "Afdrukken is in deze versie nog niet beschikbaar.": "Printing is not available in this version yet.",
    "Ctrl+muiswiel zoomt, middelste muisknop of spatie+slepen verschuift, pijltjes verschuiven de selectie (Shift: per mm), Alt tijdens slepen zet uitlijnen uit.":
        "Ctrl+mouse wheel zooms, the middle mouse button or space+drag pans, the arrow keys move the selection (Shift: by 1 mm), Alt while dragging turns snapping off.",
    "Bruinpapier: werkborden voor teamsessies ontwerpen, op elk formaat printen en de resultaten teruglezen.":
        "Bruinpapier: design workshop boards for team sessions, print them at any size and read the results back.",
    # document, scene
    "Naamloos": "Untitled", "school · team · datum": "school · team · date", "Verplaatsen": "Move",
    "Grootte wijzigen": "Resize", "Titel wijzigen": "Change title", "Tekst wijzigen": "Change text",
    # editor actions
    "Links uitlijnen": "Align left", "Horizontaal centreren": "Centre horizontally", "Rechts uitlijnen": "Align right",
    "Boven uitlijnen": "Align top", "Verticaal centreren": "Centre vertically", "Onder uitlijnen": "Align bottom",
    "Zone toevoegen": "Add zone", "Een nieuwe zone midden in beeld": "A new zone in the middle of the view",
    "Tekstvak toevoegen": "Add text box", "Groepskop toevoegen": "Add group heading", "Verbinden": "Connect",
    "Een pijl van het eerst naar het laatst geselecteerde onderdeel": "An arrow from the first to the last selected item",
    "Verwijderen": "Delete", "Knippen": "Cut", "Kopiëren": "Copy", "Plakken": "Paste", "Dupliceren": "Duplicate",
    "Alles selecteren": "Select all", "Label bewerken": "Edit label", "Inzoomen": "Zoom in", "Uitzoomen": "Zoom out",
    "Passend in venster": "Fit to window", "Uitlijnen op raster en randen": "Snap to grid and edges",
    "Raster tonen": "Show grid", "Horizontaal verdelen": "Distribute horizontally", "Verticaal verdelen": "Distribute vertically",
    "Zoom: {percent} %": "Zoom: {percent} %", "zone": "zone", "Nieuwe zone": "New zone", "tekst": "text", "Tekst": "Text",
    "groep": "group", "GROEP": "GROUP", "Symbool toevoegen": "Add symbol",
    "Selecteer precies twee zones, tekstvakken of symbolen om te verbinden.": "Select exactly two zones, text boxes or symbols to connect.",
    "pijl": "arrow", "Gekopieerd.": "Copied.", "Het klembord bevat geen onderdelen van een bord.": "The clipboard holds no board items.",
    "Uitlijnen": "Align", "Verdelen": "Distribute", "Verschuiven": "Nudge",
    # gallery
    "Overige borden": "Other boards", "Workshopborden ontwerpen, printen en teruglezen": "Design, print and read back workshop boards",
    "Nieuw leeg bord…": "New blank board…", "Bord openen…": "Open board…", "Recente bestanden": "Recent files",
    "Nog geen bestanden geopend.": "No files opened yet.", "Sjablonen": "Templates",
    "Kies een bord uit de methodes om mee te beginnen; je kunt het daarna aanpassen en op elk formaat printen.":
        "Pick a board from the methods to start with; you can then adapt it and print it at any size.",
    "Stap {nr} · {title}": "Step {nr} · {title}", "voorbeeld…": "preview…", "Sjablonen laden…": "Loading templates…",
    # dialogs
    "Legenda": "Legend", "Leeg bord": "Blank board", "Sjabloon": "Template", "Titel": "Title", "Bord maken": "Create board",
    "Een leeg vel met alleen een titelblok en een legenda.": "An empty sheet with only a title block and a legend.",
    "Tekstvak": "Text box", "Groepskop": "Group heading", "Eigen maat (rol)": "Custom size (roll)", "Liggend": "Landscape",
    "Staand": "Portrait", "Papier": "Paper", "Richting": "Orientation", "Breedte": "Width", "Hoogte": "Height",
    "Eigen maat": "Custom size", "Inhoud meeschalen": "Scale content along", "Papier toepassen": "Apply paper",
    "Hoofdvraag": "Guiding question", "Instellingen": "Settings", "Taal van de app": "App language",
    "Het venster wordt opnieuw opgebouwd in de gekozen taal; open borden blijven open.":
        "The window is rebuilt in the chosen language; open boards stay open.",
    # properties
    "post-its": "sticky notes", "tabelrijen": "table rows", "Stipsoort": "Dot kind", "Kleur": "Colour",
    "Stipsoort toevoegen": "Add dot kind", "Label": "Label", "Soort": "Kind", "x / y": "x / y",
    "breedte / hoogte": "width / height", "Vraag": "Question", "Definitie": "Definition", "Houdt": "Holds",
    "Stippen": "Dots", "Meerdere onderdelen geselecteerd.\nGebruik Uitlijnen en Verdelen in het menu Schikken.":
        "Several items selected.\nUse Align and Distribute in the Arrange menu.",
    "{count} onderdelen": "{count} items", "Titelblok": "Title block", "Element": "Element", "Symbool": "Symbol",
    "Lijn": "Line", "Dubbelklik om de kleur te kiezen": "Double-click to choose the colour",
    "Eigenschap wijzigen": "Change property", "Positie of maat wijzigen": "Change position or size",
    "Inhoud van zone wijzigen": "Change what the zone holds", "stip {n}": "dot {n}", "Stipsoort verwijderen": "Remove dot kind",
    "Stipsoort hernoemen": "Rename dot kind", "Kleur van de stip": "Dot colour", "Stipkleur wijzigen": "Change dot colour",
    "Bordgegevens wijzigen": "Change board details", "Papier wijzigen": "Change paper",
    # print dialog
    "Afdrukken en PDF": "Print and PDF", "Tegels": "Tiles", "Geen (één vel)": "None (one sheet)",
    "A4-vellen": "A4 sheets", "A3-vellen": "A3 sheets", "Overlap": "Overlap", "Achtergrond": "Background",
    "Bruin (kraftpapier)": "Brown (kraft paper)", "Geen (wit)": "None (white)", "Sessiecode": "Session code",
    "School": "School", "Datum": "Date", "PDF opslaan…": "Save PDF…", "Afdrukken…": "Print…", "Sluiten": "Close",
    "{count} pagina's": "{count} pages", "1 pagina": "1 page", "{pages} pagina's ({rows} × {cols} tegels)": "{pages} pages ({rows} × {cols} tiles)",
    "Voorbeeld bijwerken…": "Updating preview…", "PDF opslaan": "Save PDF", "PDF-bestanden (*.pdf)": "PDF files (*.pdf)",
    "PDF opgeslagen: {path}": "PDF saved: {path}", "Afdrukken mislukt": "Printing failed",
    "Voorbeeld mislukt": "Preview failed", "Pagina {page} van {pages}": "Page {page} of {pages}",
    "Het printonderdeel ontbreekt in deze installatie.": "The printing module is missing from this installation.",
    "PDF maken mislukt": "Could not make the PDF", "Kan '{path}' niet schrijven: {reason}.": "Cannot write '{path}': {reason}.",
    "Marge": "Margin", "Instellingen voor afdrukken": "Print settings",
    "{count} vellen": "{count} sheets", "Vorige pagina": "Previous page", "Volgende pagina": "Next page",
    # core: colours, model, symbols
    "geel": "yellow", "roze": "pink", "oranje": "orange", "groen": "green", "blauw": "blue",
    "cel": "cell", "kolom": "column", "rij": "row", "kwadrant": "quadrant", "baan": "lane", "vrij vlak": "free area",
    "tabelkolom": "table column", "getypt": "typed", "geïmporteerd": "imported", "van foto": "from photo",
    "meegenomen": "carried over", "persoon": "person", "processtap": "process step", "probleem": "problem", "data": "data",
    "idee": "idea", "verstoring": "disruption", "wacht": "waiting", "ict": "ICT", "extern": "external party",
    # core: errors
    "(geen bestand)": "(no file)", "{file}: {path}: {problem}": "{file}: {path}: {problem}", "{file}: {problem}": "{file}: {problem}",
    "dit is geen geldig JSON-bestand (regel {line}, kolom {column}: {detail}); is het afgebroken of door een ander programma gemaakt?":
        "this is not a valid JSON file (line {line}, column {column}: {detail}); was it cut off or made by another program?",
    "dit is geen Bruinpapier-bestand (het veld 'format' ontbreekt)": "this is not a Bruinpapier file (the field 'format' is missing)",
    "dit is een {actual}-bestand, geen {expected}-bestand": "this is a {actual} file, not a {expected} file",
    "dit is geen Bruinpapier-bestand (format is '{actual}')": "this is not a Bruinpapier file (format is '{actual}')",
    "ontbreekt of is geen geheel getal": "is missing or not a whole number",
    "dit bestand heeft schemaversie {version} en komt uit een nieuwere Bruinpapier; deze versie leest t/m versie {supported}. Werk Bruinpapier bij om het te openen.":
        "this file has schema version {version} and comes from a newer Bruinpapier; this version reads up to version {supported}. Update Bruinpapier to open it.",
    "schemaversie {version} bestaat niet": "schema version {version} does not exist", "bord": "board", "sessie": "session",
    "het bestand is te groot ({size} MB; hoogstens {limit} MB)": "the file is too large ({size} MB; at most {limit} MB)",
    "het bestand bestaat niet": "the file does not exist", "dit is een map, geen bestand": "this is a folder, not a file",
    "geen toestemming om het bestand te lezen": "no permission to read the file",
    "dit is geen tekstbestand (geen UTF-8); kies een Bruinpapier-bestand": "this is not a text file (not UTF-8); choose a Bruinpapier file",
    "methode '{method}' heeft geen stap '{step}'; stappen: {steps}": "method '{method}' has no step '{step}'; steps: {steps}",
    "dit is geen geldig JSON-bestand (regel {line}: {detail})": "this is not a valid JSON file (line {line}: {detail})",
    "methode '{id}' bestaat niet; bekende methodes: {known}": "method '{id}' does not exist; known methods: {known}",
    "onbekend papierformaat '{name}'; kies A0, A1, A2, A3, A4 of BxH in mm (bijv. 900x2000)":
        "unknown paper size '{name}'; choose A0, A1, A2, A3, A4 or WxH in mm (e.g. 900x2000)",
    "papiermaat {width} × {height} mm kan niet: elke zijde moet tussen {low:g} en {high:g} mm liggen":
        "paper size {width} × {height} mm is not possible: each side must be between {low:g} and {high:g} mm",
    "te veel vellen om allemaal van markers te voorzien; kies een groter vel": "too many sheets to give them all markers; choose a larger sheet",
    "sjabloon '{id}' bestaat niet; 'bruinpapier templates' toont alle sjablonen": "template '{id}' does not exist; 'bruinpapier templates' lists all templates",
    "de printermarge van {margin:g} mm laat te weinig ruimte over op {sheet}": "the printer margin of {margin:g} mm leaves too little room on {sheet}",
    "de overlap moet 0 mm of meer zijn, niet {overlap:g} mm": "the overlap must be 0 mm or more, not {overlap:g} mm",
    "een overlap van {overlap:g} mm is te groot voor {sheet}: het bedrukbare deel is {width:g} × {height:g} mm; kies hoogstens {limit:g} mm":
        "an overlap of {overlap:g} mm is too large for {sheet}: the printable part is {width:g} × {height:g} mm; choose at most {limit:g} mm",
    "dat worden {count} vellen ({rows} × {cols}); meer dan {limit} is niet te plakken. Kies een groter vel of druk als poster af.":
        "that makes {count} sheets ({rows} × {cols}); more than {limit} cannot be taped together. Choose a larger sheet or print as a poster.",
    "een getal": "a number", "een geheel getal": "a whole number", "true of false": "true or false", "een object { }": "an object { }",
    "een lijst [ ]": "a list [ ]", "null": "null", "moet {expected} zijn, maar is {actual}": "must be {expected}, but is {actual}",
    "ontbreekt (verplicht veld)": "is missing (required field)", "onbekend veld": "unknown field",
    "moet groter zijn dan {limit:g} (is {value})": "must be greater than {limit:g} (is {value})",
    "moet minstens {limit:g} zijn (is {value})": "must be at least {limit:g} (is {value})",
    "mag hoogstens {limit:g} zijn (is {value})": "may be at most {limit:g} (is {value})",
    "'{value}' kan niet; kies uit: {options}": "'{value}' is not possible; choose from: {options}",
    "moet '{expected}' zijn, niet '{value}'": "must be '{expected}', not '{value}'",
    "'{value}' is geen kleur; schrijf #rrggbb, bijv. #e53935": "'{value}' is not a colour; write #rrggbb, e.g. #e53935",
    "'{value}' is geen datum; schrijf JJJJ-MM-DD": "'{value}' is not a date; write YYYY-MM-DD",
    "'{value}' is geen geldige id (letters, cijfers, '-', '_' of '.', zonder spaties)":
        "'{value}' is not a valid id (letters, digits, '-', '_' or '.', without spaces)",
    "mag niet leeg zijn": "may not be empty", "is te lang (meer dan {limit} tekens)": "is too long (more than {limit} characters)",
    "bevat te veel items (meer dan {limit})": "has too many items (more than {limit})", "ongeldige waarde: {detail}": "invalid value: {detail}",
    "id '{id}' komt al voor bij {other}; elke id moet uniek zijn": "id '{id}' is already used by {other}; every id must be unique",
    "valt buiten het papier ({width:g} × {height:g} mm)": "lies outside the paper ({width:g} × {height:g} mm)",
    "groep '{id}' bestaat niet op dit bord": "group '{id}' does not exist on this board",
    "zone '{id}' bestaat niet op dit bord (of is de zone zelf)": "zone '{id}' does not exist on this board (or is the zone itself)",
    "ligt niet binnen de zone '{id}' waarin ze genest is": "does not lie inside the zone '{id}' it is nested in",
    "stipsoort '{id}' staat er twee keer in": "dot kind '{id}' is listed twice",
    "'{id}' is geen zone, tekst of symbool op dit bord": "'{id}' is not a zone, text or symbol on this board",
    "marker-id's moeten uniek zijn": "marker ids must be unique",
    "ontbreekt: een eigen papiermaat heeft breedte en hoogte nodig": "is missing: a custom paper size needs a width and a height",
    "{value:g} mm past niet bij {format} {orientation} ({expected:g} mm)": "{value:g} mm does not match {format} {orientation} ({expected:g} mm)",
    "id '{id}' komt twee keer voor": "id '{id}' occurs twice",
    "zone '{id}' bestaat niet op het bord van deze sessie": "zone '{id}' does not exist on this session's board",
    "zone '{zone}' verzamelt geen stippen van soort '{kind}'": "zone '{zone}' does not collect dots of kind '{kind}'",
    "twee foto's hebben dezelfde naam": "two photos have the same name",
}

#: Texts of the other parts of the app (analysis view, session files and archive, imports, trajectories, printing).
ENGLISH.update({
    "Grafiek opslaan als PNG…": "Save chart as PNG…", "Grafieken": "Charts", "Tabellen": "Tables", "Verloop": "Over time",
    "Sessie:": "Session:", "{board} bij {school}": "{board} at {school}", "Tellingen per vak": "Counts per area",
    "Procesplaat: rangorde": "Process board: ranking", "Procesplaat: per groep": "Process board: per group",
    "Vragenlijst: antwoorden": "Questionnaire: answers", "Vragenlijst: gemiddelden": "Questionnaire: averages",
    "Verdeling": "Distribution", "Matrix": "Matrix", "Kleuren briefjes": "Note colours", "Soorten stippen": "Dot kinds",
    "Actiepunten": "Action items", "Briefjes": "Notes", "Scholen vergeleken": "Schools compared",
    "Geen sessies gekozen.": "No sessions chosen.", "Kan {path} niet schrijven": "Cannot write {path}",
    "Grafiek opslaan": "Save chart", "PNG-afbeelding (*.png)": "PNG image (*.png)", "Nog niets om te tonen": "Nothing to show yet",
    "Niets veranderd tussen de data": "Nothing changed between the dates",
    "Automatisch (minste vellen)": "Automatic (fewest sheets)", "Vellen": "Sheets",
    "foto '{name}' ontbreekt; de bundel is niet geschreven": "photo '{name}' is missing; the bundle was not written",
    "onveilige bestandsnaam '{name}' in de bundel (absoluut pad of '..'); de bundel is geweigerd":
        "unsafe file name '{name}' in the bundle (absolute path or '..'); the bundle was refused",
    "de bundel is te groot ({size} MB; hoogstens {limit} MB)": "the bundle is too large ({size} MB; at most {limit} MB)",
    "dit is geen sessiebundel (geen zip-bestand); kies een {suffix}-bestand dat met Bruinpapier is gemaakt":
        "this is not a session bundle (not a zip file); choose a {suffix} file made with Bruinpapier",
    "de bundel bevat te veel bestanden ({count}; hoogstens {limit})": "the bundle holds too many files ({count}; at most {limit})",
    "de bundel is versleuteld; dat wordt niet ondersteund": "the bundle is encrypted; that is not supported",
    "'{name}' in de bundel is te groot ({size} MB; hoogstens {limit} MB)": "'{name}' in the bundle is too large ({size} MB; at most {limit} MB)",
    "'{name}' in de bundel pakt verdacht ver uit (zip-bom); de bundel is geweigerd":
        "'{name}' in the bundle unpacks suspiciously far (zip bomb); the bundle was refused",
    "de bundel pakt uit tot meer dan {limit} MB; de bundel is geweigerd": "the bundle unpacks to more than {limit} MB; the bundle was refused",
    "onverwacht bestand '{name}' in de bundel; een sessiebundel bevat alleen session.json en photos/":
        "unexpected file '{name}' in the bundle; a session bundle holds only session.json and photos/",
    "dit is geen sessiebundel: session.json ontbreekt; kies een {suffix}-bestand dat met Bruinpapier is gemaakt":
        "this is not a session bundle: session.json is missing; choose a {suffix} file made with Bruinpapier",
    "session.json in de bundel is geen UTF-8-tekst": "session.json in the bundle is not UTF-8 text",
    "foto '{name}' staat in session.json maar ontbreekt in de bundel": "photo '{name}' is listed in session.json but missing from the bundle",
    "foto '{name}' in de bundel is beschadigd (controlegetal klopt niet)": "photo '{name}' in the bundle is damaged (checksum does not match)",
    "foto '{name}' zit in de bundel maar staat niet in session.json; de bundel is geweigerd":
        "photo '{name}' is in the bundle but not listed in session.json; the bundle was refused",
    "'{name}' in de bundel is beschadigd ({detail})": "'{name}' in the bundle is damaged ({detail})",
    "'{name}' in de bundel is te groot": "'{name}' in the bundle is too large",
    "geen sessies om te vergelijken": "no sessions to compare",
    "geen sessies met bord '{board}' voor school '{school}'": "no sessions with board '{board}' for school '{school}'",
    "geen sessies met bord '{board}'": "no sessions with board '{board}'",
    "'{ref}' is geen sessiebestand ({suffix}) en geen sessie-id in het archief {url}; zie 'bruinpapier session list'":
        "'{ref}' is not a session file ({suffix}) nor a session id in the archive {url}; see 'bruinpapier session list'",
    "'{url}' is geen geldig archiefadres; gebruik bijv. sqlite:///pad/archief.sqlite of postgresql+psycopg://gebruiker@server/database":
        "'{url}' is not a valid archive address; use e.g. sqlite:///path/archive.sqlite or postgresql+psycopg://user@server/database",
    "archiefdatabase '{backend}' wordt niet ondersteund; gebruik SQLite of PostgreSQL": "archive database '{backend}' is not supported; use SQLite or PostgreSQL",
    "kan het archief {url} niet openen: {detail}": "cannot open the archive {url}: {detail}",
    "kan het archief {url} niet openen: {detail}; controleer het adres, of de server draait en of u toegang heeft":
        "cannot open the archive {url}: {detail}; check the address, whether the server runs and whether you have access",
    "sessie '{id}' staat niet in het archief {url}; zie 'bruinpapier session list'": "session '{id}' is not in the archive {url}; see 'bruinpapier session list'",
    "foto '{name}' hoort bij de sessie maar staat niet in het archief; voeg hem toe met add_photo":
        "photo '{name}' belongs to the session but is not in the archive; add it with add_photo",
    "foto '{name}' is te groot ({size} MB; hoogstens {limit} MB); verklein hem eerst": "photo '{name}' is too large ({size} MB; at most {limit} MB); make it smaller first",
    "sessie '{id}' heeft geen foto '{name}'": "session '{id}' has no photo '{name}'", "foto '{name}' is te groot": "photo '{name}' is too large",
    "de foto's kloppen niet met de lijst in de sessie": "the photos do not match the list in the session",
    "sessie '{id}' staat al in het archief": "session '{id}' is already in the archive",
    "opslaan in het archief mislukt: {detail}; er is niets gewijzigd": "saving in the archive failed: {detail}; nothing was changed",
    "fotonaam '{name}' kan niet: gebruik letters, cijfers, '-', '_' en '.', zonder mappen (bijv. bord-1.jpg)":
        "photo name '{name}' is not possible: use letters, digits, '-', '_' and '.', without folders (e.g. board-1.jpg)",
    "{file}: onbekend exportformaat '{suffix}'; kies .csv, .xlsx, .json of {session}": "{file}: unknown export format '{suffix}'; choose .csv, .xlsx, .json or {session}",
    "zone '{id}' bestaat niet op het bord '{board}'": "zone '{id}' does not exist on the board '{board}'",
    "{count} rij(en) kloppen niet: {rows}{more}. Verbeter ze of sla ze over; er is niets opgeslagen.":
        "{count} row(s) are not right: {rows}{more}. Correct them or skip them; nothing was saved.",
    "de controle is gedaan voor een ander bord dan dat van deze sessie": "the check was done for another board than this session's",
    "dit is het oude Excel-formaat (.xls); sla het in Excel op als .xlsx of als CSV en probeer opnieuw":
        "this is the old Excel format (.xls); save it in Excel as .xlsx or as CSV and try again",
    "onbekend bestandstype '{suffix}'; kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx)": "unknown file type '{suffix}'; choose a CSV file (.csv) or an Excel file (.xlsx)",
    "het bestand is te groot ({size} MB; hoogstens {limit} MB); splits het in kleinere bestanden":
        "the file is too large ({size} MB; at most {limit} MB); split it into smaller files",
    "het bestand is leeg; vul minstens een kopregel en één rij in (zie de voorbeeld-CSV in de handleiding)":
        "the file is empty; fill in at least a header row and one row (see the sample CSV in the manual)",
    "dit is geen CSV-bestand maar lijkt een Excel-bestand; geef het de extensie .xlsx of sla het op als CSV":
        "this is not a CSV file but looks like an Excel file; give it the extension .xlsx or save it as CSV",
    "dit is geen CSV-bestand (het bevat binaire gegevens); sla de tabel op als CSV (UTF-8) of .xlsx":
        "this is not a CSV file (it contains binary data); save the table as CSV (UTF-8) or .xlsx",
    "dit CSV-bestand is niet te lezen ({detail}); controleer scheidingstekens en aanhalingstekens":
        "this CSV file cannot be read ({detail}); check the separators and quotes",
    "dit is geen Excel-bestand (.xlsx); is het een CSV-bestand met de verkeerde extensie?": "this is not an Excel file (.xlsx); is it a CSV file with the wrong extension?",
    "dit Excel-bestand is niet te lezen ({detail}); open het in Excel en sla het opnieuw op als .xlsx":
        "this Excel file cannot be read ({detail}); open it in Excel and save it again as .xlsx",
    "meer dan {limit} rijen; splits het bestand": "more than {limit} rows; split the file",
    "geen bruikbare kolommen gevonden (gevonden: {found}); de kopregel moet minstens 'tekst', 'aantal' of 'Concreet actiepunt' bevatten, met 'soort' en 'zone' (zie de voorbeeld-CSV in de handleiding)":
        "no usable columns found (found: {found}); the header row must contain at least 'tekst', 'aantal' or 'Concreet actiepunt', with 'soort' and 'zone' (see the sample CSV in the manual)",
    "het bestand heeft een kopregel maar geen rijen met inhoud": "the file has a header row but no rows with content",
    "kies het proces om verder uit te werken; bekende processen: {zones}": "choose the process to work out further; known processes: {zones}",
    "regel {source} → {target}: geef twee doelkolommen op (to_zones)": "rule {source} → {target}: give two target columns (to_zones)",
    "bord '{board}' hoort niet bij de methode '{method}'": "board '{board}' does not belong to the method '{method}'",
    "dit traject is klaar: alle stappen zijn afgerond": "this trajectory is finished: all steps are done",
    "bord '{board}' hoort niet bij een open stap van de methode '{method}'": "board '{board}' does not belong to an open step of the method '{method}'",
    "dit traject heeft geen stap '{step}'; stappen: {steps}": "this trajectory has no step '{step}'; steps: {steps}",
    "dit traject heeft geen sessie '{id}'": "this trajectory has no session '{id}'", "geef de school op (--school)": "give the school (--school)",
    "{given} datums opgegeven, maar de methode '{method}' heeft {steps} stappen": "{given} dates given, but the method '{method}' has {steps} steps",
    "onbekend tegelvel '{value}'; kies A4 of A3 (eventueel A4L/A3L voor liggend, A4P/A3P voor staand)":
        "unknown tile sheet '{value}'; choose A4 or A3 (or A4L/A3L for landscape, A4P/A3P for portrait)",
    "het uitvoerbestand moet op .pdf eindigen, niet '{path}'": "the output file must end in .pdf, not '{path}'",
    "stap '{step}' van methode '{method}' heeft geen borden om af te drukken": "step '{step}' of method '{method}' has no boards to print",
    "datum '{value}' kan niet; schrijf JJJJ-MM-DD, bijv. 2019-03-12": "date '{value}' is not possible; write YYYY-MM-DD, e.g. 2019-03-12",
    "een bundel met foto's kan alleen uit het archief worden gemaakt": "a bundle with photos can only be made from the archive",
    "verwijderen kan niet ongedaan worden gemaakt; bevestig met --ja": "deleting cannot be undone; confirm with --ja",
    "{count} rij(en) in {file} kloppen niet; er is niets opgeslagen. Verbeter het bestand of gebruik --skip-bad om ze over te slaan":
        "{count} row(s) in {file} are not right; nothing was saved. Correct the file or use --skip-bad to skip them",
    "geef ten minste één sessie op": "give at least one session",
    "onbekende achtergrond '{value}'; kies brown (kraftbruin) of none (geen)": "unknown background '{value}'; choose brown (kraft brown) or none",
    "tegels kunnen alleen op A4 of A3, niet op {sheet}": "tiles can only be A4 or A3, not {sheet}", "schrijven mislukt": "writing failed",
    "kan '{path}' niet schrijven: {reason}": "cannot write '{path}': {reason}", "de map bestaat niet": "the folder does not exist",
    "geen schrijfrechten": "no permission to write", "de schijf is vol": "the disk is full", "alleen-lezen schijf": "read-only disk",
    "dat is een map": "that is a folder", "in orde": "fine", "onbekende zone": "unknown zone", "foute waarde": "wrong value",
    "soort '{value}' onbekend; gebruik notitie, stip of actie": "kind '{value}' unknown; use notitie, stip or actie",
    "geen zone ingevuld; kies een zone van het bord": "no zone filled in; choose a zone of the board",
    "'{value}' past bij meer dan één zone; gebruik de zone-id": "'{value}' matches more than one zone; use the zone id",
    "zone '{value}' staat niet op het bord '{board}'": "zone '{value}' is not on the board '{board}'",
    "de tekst van de notitie is leeg": "the text of the note is empty",
    "de tekst is te lang ({length} tekens; hoogstens {limit})": "the text is too long ({length} characters; at most {limit})",
    "in zone '{zone}' horen geen notities": "zone '{zone}' takes no notes",
    "kleur '{value}' onbekend; gebruik geel, roze, oranje, groen of blauw": "colour '{value}' unknown; use geel, roze, oranje, groen or blauw",
    "zone '{zone}' verzamelt geen stippen": "zone '{zone}' collects no dots",
    "stipsoort '{value}' onbekend in zone '{zone}'; kies uit: {choices}": "dot kind '{value}' unknown in zone '{zone}'; choose from: {choices}",
    "aantal '{value}' is geen geheel getal van 0 t/m {limit}": "count '{value}' is not a whole number from 0 to {limit}",
    "'Concreet actiepunt' is leeg": "'Concreet actiepunt' is empty", "'{column}' is te lang (hoogstens 300 tekens)": "'{column}' is too long (at most 300 characters)",
    "Nr. '{value}' is geen geheel getal": "No. '{value}' is not a whole number",
    "Geen bord open.\nKies een sjabloon op de pagina Start, of open een bord (Ctrl+O).":
        "No board open.\nChoose a template on the Start page, or open a board (Ctrl+O).",
    "vet": "bold", "links": "left", "midden": "centre", "rechts": "right", "passend": "fit", "pijlpunt": "arrow head",
    "gestippeld": "dashed", "x {x} · y {y} mm": "x {x} · y {y} mm", "Lettergrootte": "Font size",
    "thema": "theme", "gepland": "planned", "bezig": "in progress", "afgerond": "done",
})


def _load_area_translations() -> None:
    """Each area of the app may keep its English texts in tools/english/<area>.py (a dict ENGLISH)."""
    import importlib.util
    from pathlib import Path

    for file in sorted((Path(__file__).parent / "english").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"english_{file.stem}", file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        ENGLISH.update(module.ENGLISH)


def fill(path: str) -> list[str]:
    _load_area_translations()
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        english = ENGLISH.get(source)
        if english is None:
            if not (translation.text or "").strip():
                missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)
    ET.indent(tree, "    ")
    with open(path, "wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")
    return missing


def main() -> int:
    missing = fill(sys.argv[1])
    for source in missing:
        print(f"geen Engelse vertaling: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
