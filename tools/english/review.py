"""English texts of the photo review screen (desktop/review)."""

ENGLISH: dict[str, str] = {
    "geen zone": "no zone", "{number}. {zone}": "{number}. {zone}", "Foto's kiezen…": "Choose photos…",
    "Annuleren": "Cancel", "Papier:": "Paper:", "zoals het bord ({paper})": "as the board ({paper})",
    "Laatste hoek weg": "Remove last corner", "Opnieuw lezen": "Read again",
    "Kleur van de rand: de zone. Gestippeld met ?: twijfelachtig.": "Outline colour: the zone. Dashed with ?: doubtful.",
    "Overnemen": "Accept", "Neem de notities en stippen over in de sessie": "Take the notes and dots over into the session",
    "Dubbelklik op het bord: notitie toevoegen · Shift+dubbelklik: stip · slepen: verplaatsen · Delete: verwijderen · Enter: tekst bevestigen, volgende notitie · F8: volgende twijfelgeval · Ctrl+Z / Ctrl+Shift+Z: ongedaan / opnieuw":
        "Double-click the board: add a note · Shift+double-click: dot · drag: move · Delete: delete · Enter: confirm the text, next note · F8: next doubtful one · Ctrl+Z / Ctrl+Shift+Z: undo / redo",
    "Geselecteerd": "Selected", "(geen zone)": "(no zone)", "Zone:": "Zone:", "Kleur:": "Colour:", "Soort stip:": "Kind of dot:",
    "Nieuwe stip:": "New dot:", "Kies foto's van het ingevulde bord om ze te laten lezen.": "Choose photos of the filled board to have them read.",
    "Foto's van het bord kiezen": "Choose photos of the board",
    "Foto's (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;Alle bestanden (*)": "Photos (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)",
    "bezig…": "working…", "Foto's lezen…": "Reading photos…", "Afbreken…": "Cancelling…",
    "{notes} notities en {dots} stippen gevonden op {photos} foto('s).": "{notes} notes and {dots} dots found on {photos} photo(s).",
    "De foto's konden niet gelezen worden.": "The photos could not be read.",
    "Onverwachte fout bij het lezen van de foto's: {error}": "Unexpected error while reading the photos: {error}",
    "Het lezen is afgebroken; er is niets overgenomen.": "Reading was cancelled; nothing was taken over.",
    "Op '{name}' is geen bord gevonden: de hoekmarkers zijn niet (genoeg) te zien. Klik hieronder de vier hoeken van het bord aan om de foto toch te lezen.":
        "No board found on '{name}': the corner markers are not (sufficiently) visible. Click the board's four corners below to read the photo anyway.",
    "Vier-hoekenmodus": "Four-corner mode", "linksboven": "top left", "rechtsboven": "top right", "rechtsonder": "bottom right",
    "linksonder": "bottom left",
    "Klik op de hoek <b>{corner}</b> van het bord ({number} van 4). Backspace haalt de laatste hoek weg.":
        "Click the <b>{corner}</b> corner of the board ({number} of 4). Backspace removes the last corner.",
    "Alle vier hoeken staan er; de foto wordt opnieuw gelezen.": "All four corners are set; the photo is read again.",
    "Notities ({count})": "Notes ({count})", "{notes} notities, {dots} stippen, {doubtful} twijfelachtig": "{notes} notes, {dots} dots, {doubtful} doubtful",
    "Niets geselecteerd": "Nothing selected", "Notitie, zekerheid {percent} %": "Note, confidence {percent} %",
    "Stip, zekerheid {percent} %": "Dot, confidence {percent} %", "twijfelachtig, graag controleren": "doubtful, please check",
    "Notitie toevoegen": "Add note", "Stip toevoegen": "Add dot", "Zone wijzigen": "Change zone", "Kleur wijzigen": "Change colour",
    "tekst van notitie {number} van {total} lezen": "reading the text of note {number} of {total}", "klaar": "done",
    "Nog geen foto": "No photo yet", "Volgende twijfelgeval": "Next doubtful one",
    "Naar de volgende notitie of stip met een ? (F8)": "To the next note or dot with a ? (F8)",
    "Geen twijfelgevallen meer.": "No doubtful ones left.",
    "{count} stip(pen) tellen niet mee (niet in een zone voor die soort)": "{count} dot(s) do not count (not in a zone for that kind)",
    "telt niet mee: deze plek verzamelt geen stippen van deze soort": "does not count: this place collects no dots of this kind", "Beoordeling vervangen?": "Replace the review?",
    "Wat je op deze foto's hebt gecontroleerd is nog niet overgenomen en gaat verloren. Toch nieuwe foto's lezen?":
        "What you checked on these photos has not been accepted yet and will be lost. Read new photos anyway?", "Soort wijzigen": "Change kind", "Overgenomen: {notes} notities en {dots} stippen.": "Accepted: {notes} notes and {dots} dots.",
}
