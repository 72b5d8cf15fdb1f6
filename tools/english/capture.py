"""English texts for photo capture (boards/capture and the capture command)."""

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
}
