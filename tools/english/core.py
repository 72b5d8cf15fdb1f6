"""English texts for core messages (boards/, cli/) translated through QT_TRANSLATE_NOOP contexts such as "errors"."""

ENGLISH: dict[str, str] = {
    "{file}: het bestand bestaat niet": "{file}: the file does not exist",
    "{file}: dit is een map, geen bestand": "{file}: this is a folder, not a file",
    "'{name}' is geen leesbare foto ({reason}); gebruik een JPEG- of PNG-bestand":
        "'{name}' is not a readable photo ({reason}); use a JPEG or PNG file",
    "'{name}' is geen leesbare foto; gebruik een JPEG- of PNG-bestand": "'{name}' is not a readable photo; use a JPEG or PNG file",
    "geen bord gevonden op '{name}': {count} marker(s) van het bord herkend, er zijn er minstens 2 nodig. Fotografeer het bord met de zwart-witte hoekmarkers goed in beeld, of geef de vier hoeken van het bord zelf aan":
        "no board found on '{name}': {count} marker(s) of the board recognised, at least 2 are needed. Photograph the board with the black-and-white corner markers clearly in view, or mark the four corners of the board yourself",
    "het teruglezen van de foto's is afgebroken": "reading back the photos was cancelled",
    "{message}. Is het bord met de hand getekend of zijn de markers niet te zien? Geef dan de vier hoeken van het bord op de foto op met --corners x1,y1,x2,y2,x3,y3,x4,y4 (linksboven, rechtsboven, rechtsonder, linksonder, in pixels)":
        "{message}. Is the board drawn by hand or are the markers not visible? Then give the four corners of the board in the photo with --corners x1,y1,x2,y2,x3,y3,x4,y4 (top left, top right, bottom right, bottom left, in pixels)",
    "--corners verwacht 8 getallen x1,y1,x2,y2,x3,y3,x4,y4, niet '{value}'":
        "--corners expects 8 numbers x1,y1,x2,y2,x3,y3,x4,y4, not '{value}'",
    "--corners werkt met precies één foto": "--corners works with exactly one photo",
}
