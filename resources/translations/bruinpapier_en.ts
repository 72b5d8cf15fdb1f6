<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>BoardDocument</name>
        <message>
            <location filename="../../desktop/document.py" line="154" />
            <source>Naamloos</source>
            <extracomment>Command ids for merging consecutive edits of the same objects (spin boxes, nudges).</extracomment>
            <translation>Untitled</translation>
        </message>
    </context>
    <context>
        <name>BoardScene</name>
        <message>
            <location filename="../../desktop/editor/scene.py" line="251" />
            <source>school · team · datum</source>
            <extracomment>Grey around the paper, in the app's palette.</extracomment>
            <translation>school · team · date</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/scene.py" line="370" />
            <source>Verplaatsen</source>
            <translation>Move</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/scene.py" line="427" />
            <source>Grootte wijzigen</source>
            <translation>Resize</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/scene.py" line="466" />
            <source>Titel wijzigen</source>
            <translation>Change title</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/scene.py" line="470" />
            <source>Tekst wijzigen</source>
            <translation>Change text</translation>
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message>
            <location filename="../../desktop/editor/page.py" line="100" />
            <source>Links uitlijnen</source>
            <translation>Align left</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="101" />
            <source>Horizontaal centreren</source>
            <translation>Centre horizontally</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="102" />
            <source>Rechts uitlijnen</source>
            <translation>Align right</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="103" />
            <source>Boven uitlijnen</source>
            <translation>Align top</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="104" />
            <source>Verticaal centreren</source>
            <translation>Centre vertically</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="105" />
            <source>Onder uitlijnen</source>
            <translation>Align bottom</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="108" />
            <location filename="../../desktop/editor/page.py" line="229" />
            <source>Zone toevoegen</source>
            <translation>Add zone</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="108" />
            <source>Een nieuwe zone midden in beeld</source>
            <translation>A new zone in the middle of the view</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="109" />
            <location filename="../../desktop/editor/page.py" line="238" />
            <source>Tekstvak toevoegen</source>
            <translation>Add text box</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="110" />
            <location filename="../../desktop/editor/page.py" line="247" />
            <source>Groepskop toevoegen</source>
            <translation>Add group heading</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="111" />
            <location filename="../../desktop/editor/page.py" line="283" />
            <source>Verbinden</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="112" />
            <source>Een pijl van het eerst naar het laatst geselecteerde onderdeel</source>
            <translation>An arrow from the first to the last selected item</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="113" />
            <location filename="../../desktop/editor/page.py" line="293" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="115" />
            <location filename="../../desktop/editor/page.py" line="352" />
            <source>Knippen</source>
            <translation>Cut</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="116" />
            <source>Kopiëren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="117" />
            <location filename="../../desktop/editor/page.py" line="365" />
            <source>Plakken</source>
            <translation>Paste</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="118" />
            <location filename="../../desktop/editor/page.py" line="370" />
            <source>Dupliceren</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="119" />
            <source>Alles selecteren</source>
            <translation>Select all</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="120" />
            <source>Label bewerken</source>
            <translation>Edit label</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="121" />
            <source>Inzoomen</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="122" />
            <source>Uitzoomen</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="123" />
            <source>Passend in venster</source>
            <translation>Fit to window</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="124" />
            <source>Uitlijnen op raster en randen</source>
            <translation>Snap to grid and edges</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="125" />
            <source>Raster tonen</source>
            <translation>Show grid</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="128" />
            <source>Horizontaal verdelen</source>
            <translation>Distribute horizontally</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="129" />
            <source>Verticaal verdelen</source>
            <translation>Distribute vertically</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="175" />
            <source>Zoom: {percent} %</source>
            <translation>Zoom: {percent} %</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="227" />
            <source>zone</source>
            <translation>zone</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="228" />
            <source>Nieuwe zone</source>
            <translation>New zone</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="236" />
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="237" />
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="245" />
            <source>groep</source>
            <translation>group</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="246" />
            <source>GROEP</source>
            <translation>GROUP</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="256" />
            <source>Symbool toevoegen</source>
            <translation>Add symbol</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="280" />
            <source>Selecteer precies twee zones, tekstvakken of symbolen om te verbinden.</source>
            <translation>Select exactly two zones, text boxes or symbols to connect.</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="282" />
            <source>pijl</source>
            <translation>arrow</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="346" />
            <source>Gekopieerd.</source>
            <translation>Copied.</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="363" />
            <source>Het klembord bevat geen onderdelen van een bord.</source>
            <translation>The clipboard holds no board items.</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="411" />
            <source>Uitlijnen</source>
            <translation>Align</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="418" />
            <source>Verdelen</source>
            <translation>Distribute</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/page.py" line="432" />
            <source>Verschuiven</source>
            <translation>Nudge</translation>
        </message>
    </context>
    <context>
        <name>GalleryPage</name>
        <message>
            <location filename="../../desktop/gallery.py" line="88" />
            <source>Overige borden</source>
            <translation>Other boards</translation>
        </message>
        <message>
            <location filename="../../desktop/gallery.py" line="114" />
            <source>Workshopborden ontwerpen, printen en teruglezen</source>
            <translation>Design, print and read back workshop boards</translation>
        </message>
        <message>
            <location filename="../../desktop/gallery.py" line="117" />
            <source>Nieuw leeg bord…</source>
            <translation>New blank board…</translation>
        </message>
        <message>
            <location filename="../../desktop/gallery.py" line="120" />
            <source>Bord openen…</source>
            <translation>Open board…</translation>
        </message>
        <message>
            <location filename="../../desktop/gallery.py" line="122" />
            <source>Recente bestanden</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <location filename="../../desktop/gallery.py" line="128" />
            <source>Nog geen bestanden geopend.</source>
            <translation>No files opened yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gallery.py" line="147" />
            <source>Sjablonen</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location filename="../../desktop/gallery.py" line="149" />
            <source>Kies een bord uit de methodes om mee te beginnen; je kunt het daarna aanpassen en op elk formaat printen.</source>
            <translation>Pick a board from the methods to start with; you can then adapt it and print it at any size.</translation>
        </message>
        <message>
            <location filename="../../desktop/gallery.py" line="187" />
            <source>Stap {nr} · {title}</source>
            <translation>Step {nr} · {title}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="113" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="114" />
            <source>Bord</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="198" />
            <source>Eigenschappen</source>
            <translation>Properties</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="201" />
            <source>Palet</source>
            <translation>Palette</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="204" />
            <source>&lt;begin&gt;</source>
            <translation>&lt;start&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="205" />
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="225" />
            <source>Nieuw bord…</source>
            <translation>New board…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="227" />
            <source>Openen…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="229" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="231" />
            <source>Opslaan als…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="232" />
            <source>Afdrukken en PDF…</source>
            <translation>Print and PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="233" />
            <source>Bord sluiten</source>
            <translation>Close board</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="234" />
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="235" />
            <source>Instellingen…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="236" />
            <location filename="../../desktop/main_window.py" line="602" />
            <source>Sneltoetsen</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="237" />
            <location filename="../../desktop/main_window.py" line="607" />
            <source>Over Bruinpapier</source>
            <translation>About Bruinpapier</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="238" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="242" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="248" />
            <source>Recente bestanden</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="253" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="253" />
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="253" />
            <source>&amp;Invoegen</source>
            <translation>&amp;Insert</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="254" />
            <source>&amp;Schikken</source>
            <translation>&amp;Arrange</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="254" />
            <source>&amp;Beeld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="254" />
            <source>E&amp;xtra</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="254" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="272" />
            <source>VSM-symbool</source>
            <translation>VSM symbol</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="291" />
            <source>Panelen</source>
            <translation>Panels</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="310" />
            <source>Werkbalk</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="324" />
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="324" />
            <source>Ongedaan</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="324" />
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="325" />
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="325" />
            <source>Passend</source>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="325" />
            <location filename="../../desktop/main_window.py" line="572" />
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="349" />
            <source>Klaar</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="400" />
            <source>{count} geselecteerd</source>
            <translation>{count} selected</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="414" />
            <source>Niet-opgeslagen wijzigingen</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="415" />
            <source>'{name}' heeft wijzigingen die nog niet zijn opgeslagen. Wil je ze opslaan?</source>
            <translation>'{name}' has changes that have not been saved. Do you want to save them?</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="439" />
            <source>Nieuw bord</source>
            <translation>New board</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="446" />
            <source>Nieuw bord '{title}' op {paper}.</source>
            <translation>New board '{title}' on {paper}.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="451" />
            <source>Bord openen</source>
            <translation>Open board</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="452" />
            <source>Bruinpapier-borden (*{suffix} *.json);;Alle bestanden (*)</source>
            <translation>Bruinpapier boards (*{suffix} *.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="461" />
            <source>Bord openen mislukt</source>
            <translation>Could not open the board</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="468" />
            <source>Geopend: {path}</source>
            <translation>Opened: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="485" />
            <source>Bord opslaan</source>
            <translation>Save board</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="486" />
            <source>Bruinpapier-borden (*{suffix})</source>
            <translation>Bruinpapier boards (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="499" />
            <location filename="../../desktop/main_window.py" line="502" />
            <source>Opslaan mislukt</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="503" />
            <source>Kan '{path}' niet schrijven: {reason}</source>
            <translation>Cannot write '{path}': {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="507" />
            <source>Opgeslagen: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="547" />
            <source>Herstelbestand beschadigd</source>
            <translation>Recovery file damaged</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="551" />
            <source>Bord herstellen?</source>
            <translation>Restore board?</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="552" />
            <source>Bruinpapier is de vorige keer niet netjes afgesloten. Er is een automatisch bewaarde versie van '{title}' ({time}). Wil je die herstellen?</source>
            <translation>Bruinpapier did not close properly last time. There is an automatically saved version of '{title}' ({time}). Do you want to restore it?</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="561" />
            <source>Bord hersteld; sla het op om het te bewaren.</source>
            <translation>Board restored; save it to keep it.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="572" />
            <source>Afdrukken is in deze versie nog niet beschikbaar.</source>
            <translation>Printing is not available in this version yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="600" />
            <source>Ctrl+muiswiel zoomt, middelste muisknop of spatie+slepen verschuift, pijltjes verschuiven de selectie (Shift: per mm), Alt tijdens slepen zet uitlijnen uit.</source>
            <translation>Ctrl+mouse wheel zooms, the middle mouse button or space+drag pans, the arrow keys move the selection (Shift: by 1 mm), Alt while dragging turns snapping off.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="608" />
            <source>Bruinpapier: werkborden voor teamsessies ontwerpen, op elk formaat printen en de resultaten teruglezen.</source>
            <translation>Bruinpapier: design workshop boards for team sessions, print them at any size and read the results back.</translation>
        </message>
    </context>
    <context>
        <name>NewBoardDialog</name>
        <message>
            <location filename="../../desktop/dialogs.py" line="37" />
            <source>Legenda</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="108" />
            <location filename="../../desktop/dialogs.py" line="141" />
            <location filename="../../desktop/dialogs.py" line="151" />
            <source>Nieuw bord</source>
            <translation>New board</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="112" />
            <source>Leeg bord</source>
            <translation>Blank board</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="121" />
            <source>Sjabloon</source>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="123" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="125" />
            <source>Bord maken</source>
            <translation>Create board</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="142" />
            <source>Een leeg vel met alleen een titelblok en een legenda.</source>
            <translation>An empty sheet with only a title block and a legend.</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <location filename="../../desktop/editor/palette.py" line="80" />
            <source>Zone</source>
            <extracomment>Palette entries that are not symbols.</extracomment>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/palette.py" line="81" />
            <source>Tekstvak</source>
            <translation>Text box</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/palette.py" line="82" />
            <source>Groepskop</source>
            <translation>Group heading</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/palette.py" line="83" />
            <source>Verbinden</source>
            <translation>Connect</translation>
        </message>
    </context>
    <context>
        <name>PaperChooser</name>
        <message>
            <location filename="../../desktop/dialogs.py" line="62" />
            <source>Eigen maat (rol)</source>
            <translation>Custom size (roll)</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="64" />
            <source>Liggend</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="65" />
            <source>Staand</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="74" />
            <source>Papier</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="75" />
            <source>Richting</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="76" />
            <source>Breedte</source>
            <translation>Width</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="77" />
            <source>Hoogte</source>
            <translation>Height</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <location filename="../../desktop/editor/properties.py" line="98" />
            <source>Eigen maat</source>
            <translation>Custom size</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="100" />
            <source>Liggend</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="101" />
            <source>Staand</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="106" />
            <source>Inhoud meeschalen</source>
            <translation>Scale content along</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="108" />
            <source>Papier toepassen</source>
            <translation>Apply paper</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="111" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="112" />
            <source>Hoofdvraag</source>
            <translation>Guiding question</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="113" />
            <source>Papier</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="114" />
            <source>Richting</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="115" />
            <source>Breedte</source>
            <translation>Width</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="116" />
            <source>Hoogte</source>
            <translation>Height</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="143" />
            <source>post-its</source>
            <translation>sticky notes</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="144" />
            <source>tabelrijen</source>
            <translation>table rows</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="151" />
            <source>Stipsoort</source>
            <translation>Dot kind</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="151" />
            <source>Kleur</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="158" />
            <location filename="../../desktop/editor/properties.py" line="351" />
            <source>Stipsoort toevoegen</source>
            <translation>Add dot kind</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="160" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="165" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="166" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="167" />
            <source>x / y</source>
            <translation>x / y</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="168" />
            <source>breedte / hoogte</source>
            <translation>width / height</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="169" />
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="170" />
            <source>Definitie</source>
            <translation>Definition</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="171" />
            <source>Houdt</source>
            <translation>Holds</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="172" />
            <source>Stippen</source>
            <translation>Dots</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="180" />
            <source>Meerdere onderdelen geselecteerd.
Gebruik Uitlijnen en Verdelen in het menu Schikken.</source>
            <translation>Several items selected.
Use Align and Distribute in the Arrange menu.</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="220" />
            <source>{count} onderdelen</source>
            <translation>{count} items</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="232" />
            <source>Bord</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="246" />
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="246" />
            <source>Groepskop</source>
            <translation>Group heading</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="246" />
            <source>Titelblok</source>
            <translation>Title block</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="247" />
            <source>Legenda</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="247" />
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="250" />
            <source>Tekstvak</source>
            <translation>Text box</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="252" />
            <source>Symbool</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="254" />
            <source>Lijn</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="293" />
            <source>Dubbelklik om de kleur te kiezen</source>
            <translation>Double-click to choose the colour</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="313" />
            <source>Eigenschap wijzigen</source>
            <translation>Change property</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="328" />
            <source>Positie of maat wijzigen</source>
            <translation>Change position or size</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="334" />
            <source>Inhoud van zone wijzigen</source>
            <translation>Change what the zone holds</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="350" />
            <source>stip {n}</source>
            <translation>dot {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="359" />
            <source>Stipsoort verwijderen</source>
            <translation>Remove dot kind</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="370" />
            <source>Stipsoort hernoemen</source>
            <translation>Rename dot kind</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="382" />
            <source>Kleur van de stip</source>
            <translation>Dot colour</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="386" />
            <source>Stipkleur wijzigen</source>
            <translation>Change dot colour</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="397" />
            <source>Bordgegevens wijzigen</source>
            <translation>Change board details</translation>
        </message>
        <message>
            <location filename="../../desktop/editor/properties.py" line="412" />
            <source>Papier wijzigen</source>
            <translation>Change paper</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/dialogs.py" line="163" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="169" />
            <source>Taal van de app</source>
            <translation>App language</translation>
        </message>
        <message>
            <location filename="../../desktop/dialogs.py" line="170" />
            <source>Het venster wordt opnieuw opgebouwd in de gekozen taal; open borden blijven open.</source>
            <translation>The window is rebuilt in the chosen language; open boards stay open.</translation>
        </message>
    </context>
    <context>
        <name>TemplateCard</name>
        <message>
            <location filename="../../desktop/gallery.py" line="55" />
            <source>voorbeeld…</source>
            <translation>preview…</translation>
        </message>
    </context>
    <context>
        <name>colors</name>
        <message>
            <location filename="../../boards/colors.py" line="22" />
            <source>geel</source>
            <extracomment>The usual sticky-note colours, in the order a keyboard shortcut cycles them.</extracomment>
            <translation>yellow</translation>
        </message>
        <message>
            <location filename="../../boards/colors.py" line="23" />
            <source>roze</source>
            <translation>pink</translation>
        </message>
        <message>
            <location filename="../../boards/colors.py" line="24" />
            <source>oranje</source>
            <translation>orange</translation>
        </message>
        <message>
            <location filename="../../boards/colors.py" line="25" />
            <source>groen</source>
            <translation>green</translation>
        </message>
        <message>
            <location filename="../../boards/colors.py" line="26" />
            <source>blauw</source>
            <translation>blue</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../boards/errors.py" line="32" />
            <source>(geen bestand)</source>
            <translation>(no file)</translation>
        </message>
        <message>
            <location filename="../../boards/errors.py" line="36" />
            <source>{file}: {path}: {problem}</source>
            <translation>{file}: {path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../boards/errors.py" line="42" />
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="75" />
            <source>dit is geen geldig JSON-bestand (regel {line}, kolom {column}: {detail}); is het afgebroken of door een ander programma gemaakt?</source>
            <translation>this is not a valid JSON file (line {line}, column {column}: {detail}); was it cut off or made by another program?</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="83" />
            <source>dit is geen Bruinpapier-bestand (het veld 'format' ontbreekt)</source>
            <translation>this is not a Bruinpapier file (the field 'format' is missing)</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="88" />
            <source>dit is een {actual}-bestand, geen {expected}-bestand</source>
            <translation>this is a {actual} file, not a {expected} file</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="91" />
            <source>dit is geen Bruinpapier-bestand (format is '{actual}')</source>
            <translation>this is not a Bruinpapier file (format is '{actual}')</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="95" />
            <source>ontbreekt of is geen geheel getal</source>
            <translation>is missing or not a whole number</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="98" />
            <source>dit bestand heeft schemaversie {version} en komt uit een nieuwere Bruinpapier; deze versie leest t/m versie {supported}. Werk Bruinpapier bij om het te openen.</source>
            <translation>this file has schema version {version} and comes from a newer Bruinpapier; this version reads up to version {supported}. Update Bruinpapier to open it.</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="102" />
            <source>schemaversie {version} bestaat niet</source>
            <translation>schema version {version} does not exist</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="106" />
            <source>bord</source>
            <translation>board</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="106" />
            <source>sessie</source>
            <translation>session</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="142" />
            <source>het bestand is te groot ({size} MB; hoogstens {limit} MB)</source>
            <translation>the file is too large ({size} MB; at most {limit} MB)</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="146" />
            <source>het bestand bestaat niet</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="148" />
            <source>dit is een map, geen bestand</source>
            <translation>this is a folder, not a file</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="150" />
            <source>geen toestemming om het bestand te lezen</source>
            <translation>no permission to read the file</translation>
        </message>
        <message>
            <location filename="../../boards/fileformat.py" line="153" />
            <source>dit is geen tekstbestand (geen UTF-8); kies een Bruinpapier-bestand</source>
            <translation>this is not a text file (not UTF-8); choose a Bruinpapier file</translation>
        </message>
        <message>
            <location filename="../../boards/methods.py" line="48" />
            <source>methode '{method}' heeft geen stap '{step}'; stappen: {steps}</source>
            <translation>method '{method}' has no step '{step}'; steps: {steps}</translation>
        </message>
        <message>
            <location filename="../../boards/methods.py" line="78" />
            <source>dit is geen geldig JSON-bestand (regel {line}: {detail})</source>
            <translation>this is not a valid JSON file (line {line}: {detail})</translation>
        </message>
        <message>
            <location filename="../../boards/methods.py" line="103" />
            <source>methode '{id}' bestaat niet; bekende methodes: {known}</source>
            <translation>method '{id}' does not exist; known methods: {known}</translation>
        </message>
        <message>
            <location filename="../../boards/paper.py" line="58" />
            <source>onbekend papierformaat '{name}'; kies A0, A1, A2, A3, A4 of BxH in mm (bijv. 900x2000)</source>
            <extracomment>Largest custom size we accept (a long brown-paper roll), in mm.</extracomment>
            <translation>unknown paper size '{name}'; choose A0, A1, A2, A3, A4 or WxH in mm (e.g. 900x2000)</translation>
        </message>
        <message>
            <location filename="../../boards/paper.py" line="73" />
            <source>papiermaat {width} × {height} mm kan niet: elke zijde moet tussen {low:g} en {high:g} mm liggen</source>
            <translation>paper size {width} × {height} mm is not possible: each side must be between {low:g} and {high:g} mm</translation>
        </message>
        <message>
            <location filename="../../boards/readback.py" line="100" />
            <source>te veel vellen om allemaal van markers te voorzien; kies een groter vel</source>
            <translation>too many sheets to give them all markers; choose a larger sheet</translation>
        </message>
        <message>
            <location filename="../../boards/templates.py" line="53" />
            <source>sjabloon '{id}' bestaat niet; 'bruinpapier templates' toont alle sjablonen</source>
            <translation>template '{id}' does not exist; 'bruinpapier templates' lists all templates</translation>
        </message>
        <message>
            <location filename="../../boards/tiling.py" line="110" />
            <source>de printermarge van {margin:g} mm laat te weinig ruimte over op {sheet}</source>
            <translation>the printer margin of {margin:g} mm leaves too little room on {sheet}</translation>
        </message>
        <message>
            <location filename="../../boards/tiling.py" line="116" />
            <source>de overlap moet 0 mm of meer zijn, niet {overlap:g} mm</source>
            <translation>the overlap must be 0 mm or more, not {overlap:g} mm</translation>
        </message>
        <message>
            <location filename="../../boards/tiling.py" line="121" />
            <source>een overlap van {overlap:g} mm is te groot voor {sheet}: het bedrukbare deel is {width:g} × {height:g} mm; kies hoogstens {limit:g} mm</source>
            <translation>an overlap of {overlap:g} mm is too large for {sheet}: the printable part is {width:g} × {height:g} mm; choose at most {limit:g} mm</translation>
        </message>
        <message>
            <location filename="../../boards/tiling.py" line="131" />
            <source>dat worden {count} vellen ({rows} × {cols}); meer dan {limit} is niet te plakken. Kies een groter vel of druk als poster af.</source>
            <translation>that makes {count} sheets ({rows} × {cols}); more than {limit} cannot be taped together. Choose a larger sheet or print as a poster.</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="63" />
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="64" />
            <source>een getal</source>
            <translation>a number</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="65" />
            <source>een geheel getal</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="66" />
            <source>true of false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="67" />
            <source>een object { }</source>
            <translation>an object { }</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="68" />
            <source>een lijst [ ]</source>
            <translation>a list [ ]</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="69" />
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="100" />
            <source>moet {expected} zijn, maar is {actual}</source>
            <translation>must be {expected}, but is {actual}</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="105" />
            <source>ontbreekt (verplicht veld)</source>
            <translation>is missing (required field)</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="109" />
            <source>onbekend veld</source>
            <translation>unknown field</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="111" />
            <source>moet groter zijn dan {limit:g} (is {value})</source>
            <translation>must be greater than {limit:g} (is {value})</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="113" />
            <source>moet minstens {limit:g} zijn (is {value})</source>
            <translation>must be at least {limit:g} (is {value})</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="115" />
            <source>mag hoogstens {limit:g} zijn (is {value})</source>
            <translation>may be at most {limit:g} (is {value})</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="118" />
            <source>'{value}' kan niet; kies uit: {options}</source>
            <translation>'{value}' is not possible; choose from: {options}</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="120" />
            <source>moet '{expected}' zijn, niet '{value}'</source>
            <translation>must be '{expected}', not '{value}'</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="123" />
            <source>'{value}' is geen kleur; schrijf #rrggbb, bijv. #e53935</source>
            <translation>'{value}' is not a colour; write #rrggbb, e.g. #e53935</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="125" />
            <source>'{value}' is geen datum; schrijf JJJJ-MM-DD</source>
            <translation>'{value}' is not a date; write YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="127" />
            <source>'{value}' is geen geldige id (letters, cijfers, '-', '_' of '.', zonder spaties)</source>
            <translation>'{value}' is not a valid id (letters, digits, '-', '_' or '.', without spaces)</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="131" />
            <source>mag niet leeg zijn</source>
            <translation>may not be empty</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="133" />
            <source>is te lang (meer dan {limit} tekens)</source>
            <translation>is too long (more than {limit} characters)</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="135" />
            <source>bevat te veel items (meer dan {limit})</source>
            <translation>has too many items (more than {limit})</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="136" />
            <source>ongeldige waarde: {detail}</source>
            <translation>invalid value: {detail}</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="180" />
            <source>id '{id}' komt al voor bij {other}; elke id moet uniek zijn</source>
            <translation>id '{id}' is already used by {other}; every id must be unique</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="189" />
            <location filename="../../boards/validation.py" line="240" />
            <location filename="../../boards/validation.py" line="251" />
            <source>valt buiten het papier ({width:g} × {height:g} mm)</source>
            <translation>lies outside the paper ({width:g} × {height:g} mm)</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="207" />
            <source>groep '{id}' bestaat niet op dit bord</source>
            <translation>group '{id}' does not exist on this board</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="213" />
            <source>zone '{id}' bestaat niet op dit bord (of is de zone zelf)</source>
            <translation>zone '{id}' does not exist on this board (or is the zone itself)</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="216" />
            <source>ligt niet binnen de zone '{id}' waarin ze genest is</source>
            <translation>does not lie inside the zone '{id}' it is nested in</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="221" />
            <source>stipsoort '{id}' staat er twee keer in</source>
            <translation>dot kind '{id}' is listed twice</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="234" />
            <source>'{id}' is geen zone, tekst of symbool op dit bord</source>
            <translation>'{id}' is not a zone, text or symbol on this board</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="247" />
            <source>marker-id's moeten uniek zijn</source>
            <translation>marker ids must be unique</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="269" />
            <source>ontbreekt: een eigen papiermaat heeft breedte en hoogte nodig</source>
            <translation>is missing: a custom paper size needs a width and a height</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="276" />
            <source>{value:g} mm past niet bij {format} {orientation} ({expected:g} mm)</source>
            <translation>{value:g} mm does not match {format} {orientation} ({expected:g} mm)</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="292" />
            <source>id '{id}' komt twee keer voor</source>
            <translation>id '{id}' occurs twice</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="296" />
            <location filename="../../boards/validation.py" line="302" />
            <source>zone '{id}' bestaat niet op het bord van deze sessie</source>
            <translation>zone '{id}' does not exist on this session's board</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="306" />
            <source>zone '{zone}' verzamelt geen stippen van soort '{kind}'</source>
            <translation>zone '{zone}' does not collect dots of kind '{kind}'</translation>
        </message>
        <message>
            <location filename="../../boards/validation.py" line="310" />
            <source>twee foto's hebben dezelfde naam</source>
            <translation>two photos have the same name</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <location filename="../../boards/model.py" line="31" />
            <source>cel</source>
            <extracomment>Dutch display names of the zone kinds.</extracomment>
            <translation>cell</translation>
        </message>
        <message>
            <location filename="../../boards/model.py" line="32" />
            <source>kolom</source>
            <translation>column</translation>
        </message>
        <message>
            <location filename="../../boards/model.py" line="33" />
            <source>rij</source>
            <translation>row</translation>
        </message>
        <message>
            <location filename="../../boards/model.py" line="34" />
            <source>kwadrant</source>
            <translation>quadrant</translation>
        </message>
        <message>
            <location filename="../../boards/model.py" line="35" />
            <source>baan</source>
            <translation>lane</translation>
        </message>
        <message>
            <location filename="../../boards/model.py" line="36" />
            <source>vrij vlak</source>
            <translation>free area</translation>
        </message>
        <message>
            <location filename="../../boards/model.py" line="37" />
            <source>tabelkolom</source>
            <translation>table column</translation>
        </message>
        <message>
            <location filename="../../boards/session.py" line="26" />
            <source>getypt</source>
            <translation>typed</translation>
        </message>
        <message>
            <location filename="../../boards/session.py" line="27" />
            <source>geïmporteerd</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../../boards/session.py" line="28" />
            <source>van foto</source>
            <translation>from photo</translation>
        </message>
        <message>
            <location filename="../../boards/session.py" line="29" />
            <source>meegenomen</source>
            <translation>carried over</translation>
        </message>
    </context>
    <context>
        <name>symbols</name>
        <message>
            <location filename="../../boards/symbols.py" line="40" />
            <source>persoon</source>
            <extracomment>Dutch display names (the ids are already the seed's Dutch words).</extracomment>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../boards/symbols.py" line="41" />
            <source>processtap</source>
            <translation>process step</translation>
        </message>
        <message>
            <location filename="../../boards/symbols.py" line="42" />
            <source>probleem</source>
            <translation>problem</translation>
        </message>
        <message>
            <location filename="../../boards/symbols.py" line="43" />
            <source>data</source>
            <translation>data</translation>
        </message>
        <message>
            <location filename="../../boards/symbols.py" line="44" />
            <source>idee</source>
            <translation>idea</translation>
        </message>
        <message>
            <location filename="../../boards/symbols.py" line="45" />
            <source>verstoring</source>
            <translation>disruption</translation>
        </message>
        <message>
            <location filename="../../boards/symbols.py" line="46" />
            <source>wacht</source>
            <translation>waiting</translation>
        </message>
        <message>
            <location filename="../../boards/symbols.py" line="47" />
            <source>ict</source>
            <translation>ICT</translation>
        </message>
        <message>
            <location filename="../../boards/symbols.py" line="48" />
            <source>extern</source>
            <translation>external party</translation>
        </message>
    </context>
</TS>
