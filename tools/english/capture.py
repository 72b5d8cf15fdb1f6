"""English texts for photo capture (boards/capture, the capture command, desktop/review)."""

ENGLISH: dict[str, str] = {
    # errors
    "'{name}' is geen leesbare foto ({reason}); gebruik een JPEG- of PNG-bestand":
        "'{name}' is not a readable photo ({reason}); use a JPEG or PNG file",
    "'{name}' is geen leesbare foto; gebruik een JPEG- of PNG-bestand": "'{name}' is not a readable photo; use a JPEG or PNG file",
    "geen bord gevonden op '{name}': {count} marker(s) van het bord herkend, er zijn er minstens 2 nodig. Fotografeer het bord met de zwart-witte hoekmarkers goed in beeld, of geef de vier hoeken van het bord zelf aan":
        "no board found on '{name}': {count} of the board's markers recognised, at least 2 are needed. Photograph the board with the black-and-white corner markers well in view, or give the four corners of the board yourself",
    "bestand niet gevonden": "file not found",
    "verwacht een 8-bits kleurenbeeld": "expected an 8-bit colour image",
    "het teruglezen van de foto's is afgebroken": "reading the photos back was cancelled",
    "{message}: met --corners x1,y1,x2,y2,x3,y3,x4,y4 (linksboven, rechtsboven, rechtsonder, linksonder, in pixels van de foto; bij ander papier ook --paper)":
        "{message}: with --corners x1,y1,x2,y2,x3,y3,x4,y4 (top left, top right, bottom right, bottom left, in photo pixels; with other paper also --paper)",
    "--corners verwacht 8 getallen x1,y1,x2,y2,x3,y3,x4,y4, niet '{value}'": "--corners expects 8 numbers x1,y1,x2,y2,x3,y3,x4,y4, not '{value}'",
    "--corners werkt met precies één foto": "--corners works with exactly one photo",
    # review screen
    "(geen uitsnede)": "(no crop)", "(geen vak)": "(no zone)", "(nog geen tekst)": "(no text yet)",
    "Accepteren": "Accept", "Afbreken": "Cancel", "Afgebroken: er is niets overgenomen.": "Cancelled: nothing was taken over.",
    "Foto's lezen…": "Reading photos…",
    "Geen markers gevonden. Klik de hoek {name} van het bord aan ({count} van 4).":
        "No markers found. Click the {name} corner of the board ({count} of 4).",
    "Kies foto's van het ingevulde bord.": "Choose photos of the filled-in board.",
    "Laatste hoek weg": "Remove last corner", "Post-it toevoegen": "Add sticky note",
    "Post-its (Enter bevestigt en gaat naar de volgende)": "Sticky notes (Enter confirms and goes to the next)",
    "Stip toevoegen": "Add dot", "Tekst van de post-it; Enter = bevestigen en volgende": "Text of the sticky note; Enter = confirm and next",
    "Verwijderen": "Delete", "Welke foto links en onder het bord staat": "Which photo is shown on the left and under the board",
    "linksboven": "top left", "linksonder": "bottom left", "rechtsboven": "top right", "rechtsonder": "bottom right",
    "{message}. Klik de vier hoeken van het bord aan.": "{message}. Click the four corners of the board.",
    "{notes} post-its en {dots} stippen gevonden op {photos} foto('s); {doubt} om te controleren.":
        "{notes} sticky notes and {dots} dots found on {photos} photo(s); {doubt} to check.",
    "{notes} post-its, {dots} stippen in {cells} vakken": "{notes} sticky notes, {dots} dots in {cells} zones",
}
