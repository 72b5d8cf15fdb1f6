<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../desktop/results/actions_table.py" line="18"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/results/actions_table.py" line="19"/>
        <source>Concreet actiepunt</source>
        <translation>Concrete action item</translation>
    </message>
    <message>
        <location filename="../../desktop/results/actions_table.py" line="20"/>
        <source>Initiatiefnemer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/results/actions_table.py" line="21"/>
        <source>Tijdpad</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/results/actions_table.py" line="22"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../desktop/results/actions_table.py" line="23"/>
        <source>Werkbelasting</source>
        <translation>Workload</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <location filename="../../desktop/results/actions_table.py" line="85"/>
        <source>Actiepunt toevoegen</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <location filename="../../desktop/results/actions_table.py" line="86"/>
        <source>Actiepunt verwijderen</source>
        <translation>Delete action item</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="52"/>
        <source>Grafiek opslaan als PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="54"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="55"/>
        <source>Alle tabellen als Excel-werkmap, één blad per tabel</source>
        <translation>All tables as an Excel workbook, one sheet per table</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="57"/>
        <source>PDF-rapport…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="58"/>
        <source>Rapport met voorblad, het bord, tabellen, grafieken en actiepunten</source>
        <translation>Report with a cover, the board, tables, charts and actions</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="98"/>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="99"/>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="100"/>
        <source>Tabellen</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="101"/>
        <source>Verloop</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="105"/>
        <source>Sessie:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="128"/>
        <source>{board} bij {school}</source>
        <translation>{board} at {school}</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="142"/>
        <source>Tellingen per vak</source>
        <translation>Counts per area</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="144"/>
        <source>Procesplaat: rangorde</source>
        <translation>Process board: ranking</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="147"/>
        <source>Procesplaat: per groep</source>
        <translation>Process board: per group</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="149"/>
        <source>Vragenlijst: antwoorden</source>
        <translation>Questionnaire: answers</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="152"/>
        <source>Vragenlijst: gemiddelden</source>
        <translation>Questionnaire: averages</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="154"/>
        <source>Verdeling</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="156"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="157"/>
        <source>Kleuren briefjes</source>
        <translation>Note colours</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="158"/>
        <source>Soorten stippen</source>
        <translation>Dot kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="160"/>
        <source>Actiepunten</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="165"/>
        <source>Briefjes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="170"/>
        <source>Scholen vergeleken</source>
        <translation>Schools compared</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="176"/>
        <source>Geen sessies gekozen.</source>
        <translation>No sessions chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="236"/>
        <source>Kan {path} niet schrijven</source>
        <translation>Cannot write {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="251"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="253"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="255"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="266"/>
        <source>Grafiek opslaan</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="266"/>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/analysis_view/view.py" line="262"/>
        <location filename="../../desktop/analysis_view/view.py" line="273"/>
        <source>Opslaan mislukt</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>ArchiveBrowser</name>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="102"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="104"/>
        <source>Alle methoden</source>
        <translation>All methods</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="108"/>
        <source>Alle borden</source>
        <translation>All boards</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="115"/>
        <source>van JJJJ-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="117"/>
        <source>t/m JJJJ-MM-DD</source>
        <translation>to YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="119"/>
        <source>Zoeken in notities, acties, onderwerp …</source>
        <translation>Search notes, actions, topic…</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="136"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="137"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="138"/>
        <source>Verwijderen …</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="139"/>
        <source>Bundel exporteren …</source>
        <translation>Export bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="140"/>
        <source>Bundel importeren …</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="175"/>
        <source>Schrijf de datum als JJJJ-MM-DD</source>
        <translation>Write the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="209"/>
        <source>{count} sessie(s)</source>
        <translation>{count} session(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="262"/>
        <source>Sessie van {school} op {date} ({board}) definitief verwijderen, met de foto&apos;s?</source>
        <translation>Permanently delete the session of {school} on {date} ({board}), including the photos?</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="263"/>
        <source>(geen school)</source>
        <translation>(no school)</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="279"/>
        <source>Sessie als bundel exporteren</source>
        <translation>Export session as bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="289"/>
        <source>Geëxporteerd naar {file}</source>
        <translation>Exported to {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="293"/>
        <source>Sessiebundel importeren</source>
        <translation>Import session bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="310"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="319"/>
        <location filename="../../desktop/archive_browser/browser.py" line="325"/>
        <source>Sessiebundel (*{suffix})</source>
        <translation>Session bundle (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="330"/>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../desktop/workspace.py" line="96"/>
        <source>Getoonde sessies analyseren</source>
        <translation>Analyse the sessions shown</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="126"/>
        <source>Er zijn geen sessies om te analyseren.</source>
        <translation>There are no sessions to analyse.</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <location filename="../../desktop/analysis_view/charts.py" line="84"/>
        <source>Nog niets om te tonen</source>
        <translation>Nothing to show yet</translation>
    </message>
</context>
<context>
    <name>BoardDocument</name>
    <message>
        <location filename="../../desktop/document.py" line="157"/>
        <source>Naamloos</source>
        <extracomment>Command ids for merging consecutive edits of the same objects (spin boxes, nudges).</extracomment>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>BoardResultsView</name>
    <message>
        <location filename="../../desktop/results/board_view.py" line="39"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/results/board_view.py" line="40"/>
        <source>probleem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location filename="../../desktop/results/board_view.py" line="41"/>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../desktop/results/board_view.py" line="42"/>
        <source>processtap</source>
        <translation>process step</translation>
    </message>
    <message>
        <location filename="../../desktop/results/board_view.py" line="245"/>
        <source>Nog in te delen ({count})</source>
        <translation>Still to place ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/results/board_view.py" line="294"/>
        <source>Gekozen (gaat mee naar de volgende stap)</source>
        <translation>Chosen (carried to the next step)</translation>
    </message>
    <message>
        <location filename="../../desktop/results/board_view.py" line="299"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/results/board_view.py" line="311"/>
        <source>Antwoord op probleem</source>
        <translation>Answers problem</translation>
    </message>
    <message>
        <location filename="../../desktop/results/board_view.py" line="312"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <location filename="../../desktop/editor/scene.py" line="279"/>
        <source>school · team · datum</source>
        <extracomment>Lines shorter than this (mm) are not drawn: a click is not a line. Grey around the paper, in the app&apos;s palette.</extracomment>
        <translation>school · team · date</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/scene.py" line="456"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/scene.py" line="530"/>
        <source>Grootte wijzigen</source>
        <translation>Resize</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/scene.py" line="612"/>
        <location filename="../../desktop/editor/scene.py" line="651"/>
        <source>Lijn te kort: sleep minstens 2 mm.</source>
        <translation>Line too short: drag at least 2 mm.</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/scene.py" line="614"/>
        <source>lijn</source>
        <translation>line</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/scene.py" line="616"/>
        <source>Lijn tekenen</source>
        <translation>Draw line</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/scene.py" line="653"/>
        <source>Lijneinde verplaatsen</source>
        <translation>Move line end</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/scene.py" line="680"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/scene.py" line="684"/>
        <source>Tekst wijzigen</source>
        <translation>Change text</translation>
    </message>
</context>
<context>
    <name>CaptureThread</name>
    <message>
        <location filename="../../desktop/review/worker.py" line="87"/>
        <source>tekst van notitie {number} van {total} lezen</source>
        <translation>reading the text of note {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/review/worker.py" line="91"/>
        <source>klaar</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../desktop/editor/page.py" line="87"/>
        <source>Geen bord open.
Kies een sjabloon op de pagina Start, of open een bord (Ctrl+O).</source>
        <translation>No board open.
Choose a template on the Start page, or open a board (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="121"/>
        <source>Links uitlijnen</source>
        <translation>Align left</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="122"/>
        <source>Horizontaal centreren</source>
        <translation>Centre horizontally</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="123"/>
        <source>Rechts uitlijnen</source>
        <translation>Align right</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="124"/>
        <source>Boven uitlijnen</source>
        <translation>Align top</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="125"/>
        <source>Verticaal centreren</source>
        <translation>Centre vertically</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="126"/>
        <source>Onder uitlijnen</source>
        <translation>Align bottom</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="130"/>
        <location filename="../../desktop/editor/page.py" line="312"/>
        <source>Zone toevoegen</source>
        <translation>Add zone</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="130"/>
        <source>Een nieuwe zone midden in beeld</source>
        <translation>A new zone in the middle of the view</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="132"/>
        <location filename="../../desktop/editor/page.py" line="321"/>
        <source>Tekstvak toevoegen</source>
        <translation>Add text box</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="133"/>
        <location filename="../../desktop/editor/page.py" line="330"/>
        <source>Groepskop toevoegen</source>
        <translation>Add group heading</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="135"/>
        <location filename="../../desktop/editor/page.py" line="353"/>
        <source>Lijn tekenen</source>
        <translation>Draw line</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="139"/>
        <source>Sleep over het bord om een lijn te tekenen (Shift: recht of 45°, Esc: stoppen)</source>
        <translation>Drag across the board to draw a line (Shift: straight or 45°, Esc: stop)</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="142"/>
        <location filename="../../desktop/editor/page.py" line="401"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="145"/>
        <source>Een pijl van het eerst naar het laatst geselecteerde onderdeel</source>
        <translation>An arrow from the first to the last selected item</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="148"/>
        <location filename="../../desktop/editor/page.py" line="411"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="152"/>
        <location filename="../../desktop/editor/page.py" line="477"/>
        <source>Knippen</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="153"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="154"/>
        <location filename="../../desktop/editor/page.py" line="490"/>
        <source>Plakken</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="155"/>
        <location filename="../../desktop/editor/page.py" line="495"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="156"/>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="157"/>
        <source>Label bewerken</source>
        <translation>Edit label</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="158"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="159"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="161"/>
        <source>Passend in venster</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="164"/>
        <source>Uitlijnen op raster en randen</source>
        <translation>Snap to grid and edges</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="166"/>
        <source>Raster tonen</source>
        <translation>Show grid</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="172"/>
        <source>Horizontaal verdelen</source>
        <translation>Distribute horizontally</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="175"/>
        <source>Verticaal verdelen</source>
        <translation>Distribute vertically</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="255"/>
        <source>Zoom: {percent} %</source>
        <translation>Zoom: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="310"/>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="311"/>
        <source>Nieuwe zone</source>
        <translation>New zone</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="319"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="320"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="328"/>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="329"/>
        <source>GROEP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="339"/>
        <source>Symbool toevoegen</source>
        <translation>Add symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="351"/>
        <source>lijn</source>
        <translation>line</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="364"/>
        <source>Lijn tekenen: sleep over het bord; Shift: recht of 45°, Alt: vrij, Esc: stoppen.</source>
        <translation>Draw line: drag across the board; Shift: straight or 45°, Alt: free, Esc: stop.</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="398"/>
        <source>Selecteer precies twee zones, tekstvakken of symbolen om te verbinden.</source>
        <translation>Select exactly two zones, text boxes or symbols to connect.</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="400"/>
        <source>pijl</source>
        <translation>arrow</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="471"/>
        <source>Gekopieerd.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="488"/>
        <source>Het klembord bevat geen onderdelen van een bord.</source>
        <translation>The clipboard holds no board items.</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="537"/>
        <source>Uitlijnen</source>
        <translation>Align</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="544"/>
        <source>Verdelen</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="558"/>
        <source>Verschuiven</source>
        <translation>Nudge</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/page.py" line="574"/>
        <source>x {x} · y {y} mm</source>
        <translation>x {x} · y {y} mm</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../desktop/gallery.py" line="98"/>
        <source>Overige borden</source>
        <translation>Other boards</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="126"/>
        <source>Workshopborden ontwerpen, printen en teruglezen</source>
        <translation>Design, print and read back workshop boards</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="129"/>
        <source>Nieuw leeg bord…</source>
        <translation>New blank board…</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="132"/>
        <source>Bord openen…</source>
        <translation>Open board…</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="134"/>
        <source>Recente bestanden</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="140"/>
        <source>Nog geen bestanden geopend.</source>
        <translation>No files opened yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="159"/>
        <source>Sjablonen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="163"/>
        <source>Kies een bord uit de methodes om mee te beginnen; je kunt het daarna aanpassen en op elk formaat printen.</source>
        <translation>Pick a board from the methods to start with; you can then adapt it and print it at any size.</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="171"/>
        <source>Sjablonen laden…</source>
        <translation>Loading templates…</translation>
    </message>
    <message>
        <location filename="../../desktop/gallery.py" line="229"/>
        <source>Stap {nr} · {title}</source>
        <translation>Step {nr} · {title}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="33"/>
        <source>Resultaten importeren: controle</source>
        <translation>Import results: check</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="39"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="40"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="41"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="42"/>
        <source>Inhoud</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="43"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="44"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="50"/>
        <source>Foute rijen overslaan</source>
        <translation>Skip faulty rows</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="55"/>
        <source>Toevoegen aan de sessie</source>
        <translation>Add to the session</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="85"/>
        <source>(kies een zone)</source>
        <translation>(choose a zone)</translation>
    </message>
    <message>
        <location filename="../../desktop/results/import_dialog.py" line="106"/>
        <source>{notes} notities, {dots} stiprijen, {actions} actiepunten in orde; {problems} fout, {skipped} overgeslagen</source>
        <translation>{notes} notes, {dots} dot rows, {actions} action items OK; {problems} faulty, {skipped} skipped</translation>
    </message>
</context>
<context>
    <name>LineChartWidget</name>
    <message>
        <location filename="../../desktop/analysis_view/charts.py" line="163"/>
        <source>Niets veranderd tussen de data</source>
        <translation>Nothing changed between the dates</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="116"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="117"/>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="203"/>
        <source>Eigenschappen</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="208"/>
        <source>Palet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="212"/>
        <source>&lt;begin&gt;</source>
        <translation>&lt;start&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="214"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235"/>
        <source>Nieuw bord…</source>
        <translation>New board…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="237"/>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242"/>
        <source>Afdrukken en PDF…</source>
        <translation>Print and PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="243"/>
        <source>Bord sluiten</source>
        <translation>Close board</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="244"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="245"/>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="246"/>
        <location filename="../../desktop/main_window.py" line="722"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="247"/>
        <location filename="../../desktop/main_window.py" line="729"/>
        <source>Over Bruinpapier</source>
        <translation>About Bruinpapier</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="248"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="252"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="258"/>
        <source>Recente bestanden</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="263"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="264"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="265"/>
        <source>&amp;Invoegen</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="266"/>
        <source>&amp;Schikken</source>
        <translation>&amp;Arrange</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="267"/>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="268"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="269"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="311"/>
        <source>VSM-symbool</source>
        <translation>VSM symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="332"/>
        <source>Panelen</source>
        <translation>Panels</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="351"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="381"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="382"/>
        <source>Ongedaan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="384"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="386"/>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="387"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="385"/>
        <source>Lijn</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="418"/>
        <source>Klaar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="461"/>
        <source>{count} geselecteerd</source>
        <translation>{count} selected</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="503"/>
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="504"/>
        <source>&apos;{name}&apos; heeft wijzigingen die nog niet zijn opgeslagen. Wil je ze opslaan?</source>
        <translation>&apos;{name}&apos; has changes that have not been saved. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="530"/>
        <source>Nieuw bord</source>
        <translation>New board</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="538"/>
        <source>Nieuw bord &apos;{title}&apos; op {paper}.</source>
        <translation>New board &apos;{title}&apos; on {paper}.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="545"/>
        <source>Bord openen</source>
        <translation>Open board</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="547"/>
        <source>Bruinpapier-borden (*{suffix} *.json);;Alle bestanden (*)</source>
        <translation>Bruinpapier boards (*{suffix} *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="557"/>
        <source>Bord openen mislukt</source>
        <translation>Could not open the board</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="564"/>
        <source>Geopend: {path}</source>
        <translation>Opened: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="586"/>
        <source>Bord opslaan</source>
        <translation>Save board</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="588"/>
        <source>Bruinpapier-borden (*{suffix})</source>
        <translation>Bruinpapier boards (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="602"/>
        <location filename="../../desktop/main_window.py" line="607"/>
        <source>Opslaan mislukt</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="608"/>
        <source>Kan &apos;{path}&apos; niet schrijven: {reason}</source>
        <translation>Cannot write &apos;{path}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="613"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="653"/>
        <source>Herstelbestand beschadigd</source>
        <translation>Recovery file damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="658"/>
        <source>Bord herstellen?</source>
        <translation>Restore board?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="660"/>
        <source>Bruinpapier is de vorige keer niet netjes afgesloten. Er is een automatisch bewaarde versie van &apos;{title}&apos; ({time}). Wil je die herstellen?</source>
        <translation>Bruinpapier did not close properly last time. There is an automatically saved version of &apos;{title}&apos; ({time}). Do you want to restore it?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="672"/>
        <source>Bord hersteld; sla het op om het te bewaren.</source>
        <translation>Board restored; save it to keep it.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="717"/>
        <source>Ctrl+muiswiel zoomt, middelste muisknop of spatie+slepen verschuift, pijltjes verschuiven de selectie (Shift: per mm), Alt tijdens slepen zet uitlijnen uit.</source>
        <translation>Ctrl+mouse wheel zooms, the middle mouse button or space+drag pans, the arrow keys move the selection (Shift: by 1 mm), Alt while dragging turns snapping off.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="731"/>
        <source>Bruinpapier: werkborden voor teamsessies ontwerpen, op elk formaat printen en de resultaten teruglezen.</source>
        <translation>Bruinpapier: design workshop boards for team sessions, print them at any size and read the results back.</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="38"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="116"/>
        <location filename="../../desktop/dialogs.py" line="149"/>
        <location filename="../../desktop/dialogs.py" line="159"/>
        <source>Nieuw bord</source>
        <translation>New board</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="120"/>
        <source>Leeg bord</source>
        <translation>Blank board</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="129"/>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="131"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="133"/>
        <source>Bord maken</source>
        <translation>Create board</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="150"/>
        <source>Een leeg vel met alleen een titelblok en een legenda.</source>
        <translation>An empty sheet with only a title block and a legend.</translation>
    </message>
</context>
<context>
    <name>NewTrajectoryDialog</name>
    <message>
        <location filename="../../desktop/trajectory_view/new_dialog.py" line="13"/>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/new_dialog.py" line="19"/>
        <source>bijvoorbeeld OBS Akkrum</source>
        <translation>for example OBS Akkrum</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/new_dialog.py" line="26"/>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/new_dialog.py" line="27"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/new_dialog.py" line="28"/>
        <source>Team of groep</source>
        <translation>Team or group</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <location filename="../../desktop/review/note_list.py" line="124"/>
        <source>geen zone</source>
        <translation>no zone</translation>
    </message>
    <message>
        <location filename="../../desktop/review/note_list.py" line="125"/>
        <source>{number}. {zone}</source>
        <translation>{number}. {zone}</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../desktop/editor/palette.py" line="105"/>
        <source>Zone</source>
        <extracomment>Mime type of a palette entry dragged onto the board. Palette entries that are not symbols.</extracomment>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/palette.py" line="106"/>
        <source>Tekstvak</source>
        <translation>Text box</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/palette.py" line="107"/>
        <source>Groepskop</source>
        <translation>Group heading</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/palette.py" line="108"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/palette.py" line="109"/>
        <source>Lijn</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>PaperChooser</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="70"/>
        <source>Eigen maat (rol)</source>
        <translation>Custom size (roll)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="72"/>
        <source>Liggend</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="73"/>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="82"/>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="83"/>
        <source>Richting</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="84"/>
        <source>Breedte</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="85"/>
        <source>Hoogte</source>
        <translation>Height</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/print_dialog.py" line="116"/>
        <source>Afdrukken en PDF</source>
        <translation>Print and PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="124"/>
        <source>Geen (één vel)</source>
        <translation>None (one sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="125"/>
        <source>A4-vellen</source>
        <translation>A4 sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="126"/>
        <source>A3-vellen</source>
        <translation>A3 sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="128"/>
        <source>Automatisch (minste vellen)</source>
        <translation>Automatic (fewest sheets)</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="129"/>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="130"/>
        <source>Liggend</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="137"/>
        <source>Bruin (kraftpapier)</source>
        <translation>Brown (kraft paper)</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="138"/>
        <source>Geen (wit)</source>
        <translation>None (white)</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="149"/>
        <source>Instellingen voor afdrukken</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="152"/>
        <source>Tegels</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="153"/>
        <source>Vellen</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="154"/>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="155"/>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="156"/>
        <source>Sessiecode</source>
        <translation>Session code</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="157"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="158"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="159"/>
        <source>PDF opslaan…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="161"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="162"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="183"/>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="186"/>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="297"/>
        <source>{pages} pagina&apos;s ({rows} × {cols} tegels)</source>
        <translation>{pages} pages ({rows} × {cols} tiles)</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="303"/>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="320"/>
        <source>Pagina {page} van {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="333"/>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="333"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="344"/>
        <source>PDF maken mislukt</source>
        <translation>Could not make the PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="348"/>
        <source>PDF opgeslagen: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/print_dialog.py" line="368"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../desktop/editor/properties.py" line="110"/>
        <source>Eigen maat</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="112"/>
        <source>Liggend</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="113"/>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="118"/>
        <source>Inhoud meeschalen</source>
        <translation>Scale content along</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="120"/>
        <source>Papier toepassen</source>
        <translation>Apply paper</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="123"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="124"/>
        <source>Hoofdvraag</source>
        <translation>Guiding question</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="125"/>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="126"/>
        <source>Richting</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="127"/>
        <source>Breedte</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="128"/>
        <source>Hoogte</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="156"/>
        <source>post-its</source>
        <translation>sticky notes</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="157"/>
        <source>tabelrijen</source>
        <translation>table rows</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="164"/>
        <source>Stipsoort</source>
        <translation>Dot kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="164"/>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="174"/>
        <location filename="../../desktop/editor/properties.py" line="477"/>
        <source>Stipsoort toevoegen</source>
        <translation>Add dot kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="207"/>
        <location filename="../../desktop/editor/properties.py" line="228"/>
        <source>Lijndikte</source>
        <translation>Line width</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="221"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="222"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="223"/>
        <source>x / y</source>
        <translation>x / y</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="224"/>
        <source>breedte / hoogte</source>
        <translation>width / height</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="225"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="226"/>
        <source>Lettergrootte</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="229"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="230"/>
        <source>Definitie</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="231"/>
        <source>Houdt</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="232"/>
        <source>Stippen</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="248"/>
        <source>Meerdere onderdelen geselecteerd.
Gebruik Uitlijnen en Verdelen in het menu Schikken.</source>
        <translation>Several items selected.
Use Align and Distribute in the Arrange menu.</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="288"/>
        <source>{count} onderdelen</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="300"/>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="319"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="320"/>
        <source>Groepskop</source>
        <translation>Group heading</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="321"/>
        <source>Titelblok</source>
        <translation>Title block</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="322"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="323"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="327"/>
        <source>Tekstvak</source>
        <translation>Text box</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="329"/>
        <source>Symbool</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="227"/>
        <location filename="../../desktop/editor/properties.py" line="331"/>
        <source>Lijn</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="184"/>
        <source>vet</source>
        <translation>bold</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="187"/>
        <source>links</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="187"/>
        <source>midden</source>
        <translation>centre</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="187"/>
        <source>rechts</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="191"/>
        <source>passend</source>
        <translation>fit</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="199"/>
        <source>pijlpunt</source>
        <translation>arrow head</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="201"/>
        <source>gestippeld</source>
        <translation>dashed</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="404"/>
        <source>Dubbelklik om de kleur te kiezen</source>
        <translation>Double-click to choose the colour</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="432"/>
        <source>Eigenschap wijzigen</source>
        <translation>Change property</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="451"/>
        <source>Positie of maat wijzigen</source>
        <translation>Change position or size</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="458"/>
        <source>Inhoud van zone wijzigen</source>
        <translation>Change what the zone holds</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="476"/>
        <source>stip {n}</source>
        <translation>dot {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="177"/>
        <location filename="../../desktop/editor/properties.py" line="486"/>
        <source>Stipsoort verwijderen</source>
        <translation>Remove dot kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="497"/>
        <source>Stipsoort hernoemen</source>
        <translation>Rename dot kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="509"/>
        <source>Kleur van de stip</source>
        <translation>Dot colour</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="513"/>
        <source>Stipkleur wijzigen</source>
        <translation>Change dot colour</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="524"/>
        <source>Bordgegevens wijzigen</source>
        <translation>Change board details</translation>
    </message>
    <message>
        <location filename="../../desktop/editor/properties.py" line="539"/>
        <source>Papier wijzigen</source>
        <translation>Change paper</translation>
    </message>
</context>
<context>
    <name>ResultsDocument</name>
    <message>
        <location filename="../../desktop/results/document.py" line="50"/>
        <source>Kleur van notitie</source>
        <translation>Note colour</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="55"/>
        <source>Tekst van notitie</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="62"/>
        <source>Notitie verplaatsen</source>
        <translation>Move note</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="68"/>
        <source>Notitie kiezen</source>
        <translation>Choose note</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="68"/>
        <source>Keuze intrekken</source>
        <translation>Unchoose note</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="74"/>
        <source>Soort van notitie</source>
        <translation>Kind of note</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="84"/>
        <source>Notitie koppelen</source>
        <translation>Link note</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="134"/>
        <source>Resultaten importeren</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="140"/>
        <source>Sessiegegevens wijzigen</source>
        <translation>Change session details</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="181"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="196"/>
        <source>Notitie verwijderen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="228"/>
        <source>Stippen tellen</source>
        <translation>Count dots</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="259"/>
        <source>Actiepunt toevoegen</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="274"/>
        <source>Actiepunt verwijderen</source>
        <translation>Delete action item</translation>
    </message>
    <message>
        <location filename="../../desktop/results/document.py" line="285"/>
        <source>Actiepunt wijzigen</source>
        <translation>Change action item</translation>
    </message>
</context>
<context>
    <name>ResultsEditor</name>
    <message>
        <location filename="../../desktop/results/editor.py" line="59"/>
        <source>Tellen (Ctrl+D)</source>
        <translation>Count (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="72"/>
        <source>{name} (Ctrl+{number})</source>
        <translation>{name} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="91"/>
        <source>Importeren …</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="92"/>
        <source>Resultaten uit een CSV- of Excel-bestand toevoegen</source>
        <translation>Add results from a CSV or Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="99"/>
        <source>Actiepunten</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="100"/>
        <source>Sessiegegevens</source>
        <translation>Session details</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="111"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="113"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="115"/>
        <source>Tellen of typen</source>
        <translation>Count or type</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="118"/>
        <source>Gekozen notities aan/uit</source>
        <translation>Toggle chosen notes</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="188"/>
        <source>aantal stippen, Enter = volgende</source>
        <translation>number of dots, Enter = next</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="191"/>
        <source>notitie typen, Enter = toevoegen, Tab = volgende zone</source>
        <translation>type a note, Enter = add, Tab = next zone</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="214"/>
        <source>In {zone} horen geen notities</source>
        <translation>{zone} takes no notes</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="299"/>
        <source>Resultaten importeren</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="299"/>
        <source>Tabellen (*.csv *.xlsx)</source>
        <translation>Tables (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="306"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="324"/>
        <source>Geen zones</source>
        <translation>No zones</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="327"/>
        <source>{zone} ({count} notities)</source>
        <translation>{zone} ({count} notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="344"/>
        <source>Eén stip minder (−)</source>
        <translation>One dot fewer (−)</translation>
    </message>
    <message>
        <location filename="../../desktop/results/editor.py" line="345"/>
        <source>Eén stip meer (+)</source>
        <translation>One dot more (+)</translation>
    </message>
</context>
<context>
    <name>ReviewPhotoView</name>
    <message>
        <location filename="../../desktop/review/photo_view.py" line="105"/>
        <source>Nog geen foto</source>
        <translation>No photo yet</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../desktop/review/widget.py" line="91"/>
        <source>Foto&apos;s kiezen…</source>
        <translation>Choose photos…</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="102"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="125"/>
        <source>Papier:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="127"/>
        <source>zoals het bord ({paper})</source>
        <translation>as the board ({paper})</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="133"/>
        <source>Laatste hoek weg</source>
        <translation>Remove last corner</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="136"/>
        <source>Opnieuw lezen</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="150"/>
        <source>Kleur van de rand: de zone. Gestippeld met ?: twijfelachtig.</source>
        <translation>Outline colour: the zone. Dashed with ?: doubtful.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="190"/>
        <location filename="../../desktop/review/widget.py" line="261"/>
        <source>Volgende twijfelgeval</source>
        <translation>Next doubtful one</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="191"/>
        <source>Naar de volgende notitie of stip met een ? (F8)</source>
        <translation>To the next note or dot with a ? (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="194"/>
        <location filename="../../desktop/review/widget.py" line="254"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="199"/>
        <source>Overnemen</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="201"/>
        <source>Neem de notities en stippen over in de sessie</source>
        <translation>Take the notes and dots over into the session</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="212"/>
        <source>Dubbelklik op het bord: notitie toevoegen · Shift+dubbelklik: stip · slepen: verplaatsen · Delete: verwijderen · Enter: tekst bevestigen, volgende notitie · F8: volgende twijfelgeval · Ctrl+Z / Ctrl+Shift+Z: ongedaan / opnieuw</source>
        <translation>Double-click the board: add a note · Shift+double-click: dot · drag: move · Delete: delete · Enter: confirm the text, next note · F8: next doubtful one · Ctrl+Z / Ctrl+Shift+Z: undo / redo</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="222"/>
        <source>Geselecteerd</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="228"/>
        <source>(geen zone)</source>
        <translation>(no zone)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="232"/>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="237"/>
        <source>Kleur:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="242"/>
        <source>Soort stip:</source>
        <translation>Kind of dot:</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="243"/>
        <location filename="../../desktop/review/widget.py" line="258"/>
        <location filename="../../desktop/review/widget.py" line="660"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="249"/>
        <source>Nieuwe stip:</source>
        <translation>New dot:</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="256"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="304"/>
        <source>Kies foto&apos;s van het ingevulde bord om ze te laten lezen.</source>
        <translation>Choose photos of the filled board to have them read.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="317"/>
        <source>Foto&apos;s van het bord kiezen</source>
        <translation>Choose photos of the board</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="319"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;Alle bestanden (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="331"/>
        <source>Beoordeling vervangen?</source>
        <translation>Replace the review?</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="333"/>
        <source>Wat je op deze foto&apos;s hebt gecontroleerd is nog niet overgenomen en gaat verloren. Toch nieuwe foto&apos;s lezen?</source>
        <translation>What you checked on these photos has not been accepted yet and will be lost. Read new photos anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="369"/>
        <source>bezig…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="370"/>
        <source>Foto&apos;s lezen…</source>
        <translation>Reading photos…</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="391"/>
        <source>Afbreken…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="431"/>
        <source>{notes} notities en {dots} stippen gevonden op {photos} foto(&apos;s).</source>
        <translation>{notes} notes and {dots} dots found on {photos} photo(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="450"/>
        <location filename="../../desktop/review/widget.py" line="454"/>
        <source>De foto&apos;s konden niet gelezen worden.</source>
        <translation>The photos could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="453"/>
        <source>Onverwachte fout bij het lezen van de foto&apos;s: {error}</source>
        <translation>Unexpected error while reading the photos: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="460"/>
        <source>Het lezen is afgebroken; er is niets overgenomen.</source>
        <translation>Reading was cancelled; nothing was taken over.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="467"/>
        <source>Op &apos;{name}&apos; is geen bord gevonden: de hoekmarkers zijn niet (genoeg) te zien. Klik hieronder de vier hoeken van het bord aan om de foto toch te lezen.</source>
        <translation>No board found on &apos;{name}&apos;: the corner markers are not (sufficiently) visible. Click the board&apos;s four corners below to read the photo anyway.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="481"/>
        <source>Vier-hoekenmodus</source>
        <translation>Four-corner mode</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="486"/>
        <source>linksboven</source>
        <translation>top left</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="486"/>
        <source>rechtsboven</source>
        <translation>top right</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="486"/>
        <source>rechtsonder</source>
        <translation>bottom right</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="486"/>
        <source>linksonder</source>
        <translation>bottom left</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="495"/>
        <source>Klik op de hoek &lt;b&gt;{corner}&lt;/b&gt; van het bord ({number} van 4). Backspace haalt de laatste hoek weg.</source>
        <translation>Click the &lt;b&gt;{corner}&lt;/b&gt; corner of the board ({number} of 4). Backspace removes the last corner.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="500"/>
        <source>Alle vier hoeken staan er; de foto wordt opnieuw gelezen.</source>
        <translation>All four corners are set; the photo is read again.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="539"/>
        <source>Notities ({count})</source>
        <translation>Notes ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="540"/>
        <source>{notes} notities, {dots} stippen, {doubtful} twijfelachtig</source>
        <translation>{notes} notes, {dots} dots, {doubtful} doubtful</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="545"/>
        <source>{count} stip(pen) tellen niet mee (niet in een zone voor die soort)</source>
        <translation>{count} dot(s) do not count (not in a zone for that kind)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="586"/>
        <source>Geen twijfelgevallen meer.</source>
        <translation>No doubtful ones left.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="603"/>
        <source>Niets geselecteerd</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="607"/>
        <source>Notitie, zekerheid {percent} %</source>
        <translation>Note, confidence {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="610"/>
        <source>Stip, zekerheid {percent} %</source>
        <translation>Dot, confidence {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="613"/>
        <source>telt niet mee: deze plek verzamelt geen stippen van deze soort</source>
        <translation>does not count: this place collects no dots of this kind</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="615"/>
        <source>twijfelachtig, graag controleren</source>
        <translation>doubtful, please check</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="631"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="646"/>
        <source>Stip toevoegen</source>
        <translation>Add dot</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="673"/>
        <location filename="../../desktop/review/widget.py" line="681"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="693"/>
        <location filename="../../desktop/review/widget.py" line="728"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="705"/>
        <source>Zone wijzigen</source>
        <translation>Change zone</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="708"/>
        <source>Kleur wijzigen</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="711"/>
        <source>Soort wijzigen</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location filename="../../desktop/review/widget.py" line="734"/>
        <source>Overgenomen: {notes} notities en {dots} stippen.</source>
        <translation>Accepted: {notes} notes and {dots} dots.</translation>
    </message>
</context>
<context>
    <name>SessionDetailsForm</name>
    <message>
        <location filename="../../desktop/results/session_form.py" line="42"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="42"/>
        <source>bijv. OBS Akkrum</source>
        <translation>e.g. OBS Akkrum</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="43"/>
        <source>Team of groep</source>
        <translation>Team or group</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="43"/>
        <source>bijv. bovenbouw</source>
        <translation>e.g. upper school</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="44"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="44"/>
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="45"/>
        <source>Begeleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="46"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="46"/>
        <source>bijv. speciale aandacht leerlingen</source>
        <translation>e.g. pupils needing extra attention</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="47"/>
        <source>Sessiecode</source>
        <translation>Session code</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="56"/>
        <source>initialen of schuilnamen, gescheiden door komma&apos;s</source>
        <translation>initials or pseudonyms, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="58"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="63"/>
        <source>Vrije opmerkingen</source>
        <translation>Free remarks</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="65"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="87"/>
        <source>Datum &apos;{value}&apos; kan niet; schrijf JJJJ-MM-DD, bijv. 2019-03-12</source>
        <translation>Date &apos;{value}&apos; is not valid; write YYYY-MM-DD, e.g. 2019-03-12</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="98"/>
        <source>&apos;{name}&apos; is te lang; gebruik initialen of een schuilnaam</source>
        <translation>&apos;{name}&apos; is too long; use initials or a pseudonym</translation>
    </message>
    <message>
        <location filename="../../desktop/results/session_form.py" line="103"/>
        <source>&apos;{name}&apos; lijkt een volledige naam; initialen of een schuilnaam zijn genoeg</source>
        <translation>&apos;{name}&apos; looks like a full name; initials or a pseudonym are enough</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../desktop/session_page.py" line="37"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/session_page.py" line="38"/>
        <source>Sessie bewaren (Ctrl+Alt+S)</source>
        <translation>Save session (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/session_page.py" line="40"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/session_page.py" line="42"/>
        <source>Analyseren</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../desktop/session_page.py" line="52"/>
        <source>Nog geen sessie. Kies in het menu Sessie &quot;Nieuwe sessie met dit bord&quot;, open er een uit het archief of start er een vanuit een traject.</source>
        <translation>No session yet. Choose &quot;New session with this board&quot; in the Session menu, open one from the archive or start one from a trajectory.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="171"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="177"/>
        <source>Taal van de app</source>
        <translation>App language</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="178"/>
        <source>Het venster wordt opnieuw opgebouwd in de gekozen taal; open borden blijven open.</source>
        <translation>The window is rebuilt in the chosen language; open boards stay open.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="41"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="42"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="43"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="44"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="45"/>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="46"/>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="47"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="48"/>
        <source>Stippen</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="49"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_browser/browser.py" line="50"/>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <location filename="../../desktop/gallery.py" line="56"/>
        <source>voorbeeld…</source>
        <translation>preview…</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="77"/>
        <source>Nieuw traject…</source>
        <translation>New trajectory…</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="79"/>
        <source>Traject openen…</source>
        <translation>Open trajectory…</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="81"/>
        <source>Volgende sessie starten</source>
        <translation>Start next session</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="83"/>
        <source>Start het volgende bord, voorgevuld met eerdere resultaten (Ctrl+Enter)</source>
        <translation>Start the next board, prefilled with earlier results (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="85"/>
        <source>Sessiepakket afdrukken…</source>
        <translation>Print session pack…</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="87"/>
        <source>Stap afronden</source>
        <translation>Complete step</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="89"/>
        <source>Resultaten invoeren</source>
        <translation>Enter results</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="106"/>
        <source>Stap / sessie</source>
        <translation>Step / session</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="106"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="139"/>
        <location filename="../../desktop/trajectory_view/view.py" line="177"/>
        <source>Traject bewaren</source>
        <translation>Save trajectory</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="139"/>
        <location filename="../../desktop/trajectory_view/view.py" line="155"/>
        <source>Bruinpapier-traject (*.bptraject)</source>
        <translation>Bruinpapier trajectory (*.bptraject)</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="146"/>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="155"/>
        <location filename="../../desktop/trajectory_view/view.py" line="164"/>
        <source>Traject openen</source>
        <translation>Open trajectory</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="190"/>
        <source>Volgende sessie</source>
        <translation>Next session</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="200"/>
        <location filename="../../desktop/trajectory_view/view.py" line="214"/>
        <source>Sessiepakket</source>
        <translation>Session pack</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="200"/>
        <source>Kies een stap of sessie met gestarte sessies.</source>
        <translation>Choose a step or session with started sessions.</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="205"/>
        <source>Sessiepakket bewaren</source>
        <translation>Save session pack</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="205"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="260"/>
        <source>Geen traject geopend</source>
        <translation>No trajectory open</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="262"/>
        <source>Open een traject (.bptraject) of maak er een met &apos;bruinpapier trajectory new&apos;.</source>
        <translation>Open a trajectory (.bptraject) or create one with &apos;bruinpapier trajectory new&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="271"/>
        <source>Alle stappen zijn gedaan.</source>
        <translation>All steps are done.</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="277"/>
        <source>Volgende: {board} (stap {nr} {step})</source>
        <translation>Next: {board} (step {nr} {step})</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="287"/>
        <source>Stap {nr} · {title}</source>
        <translation>Step {nr} · {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="322"/>
        <source>{notes} notities ({carried} meegenomen), {actions} actiepunten</source>
        <translation>{notes} notes ({carried} carried over), {actions} action items</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="330"/>
        <source>Nog in te delen</source>
        <translation>Still to sort</translation>
    </message>
    <message>
        <location filename="../../desktop/trajectory_view/view.py" line="330"/>
        <source>Problemen zonder idee</source>
        <translation>Problems without an idea</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/workspace.py" line="144"/>
        <location filename="../../desktop/workspace.py" line="174"/>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="145"/>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="146"/>
        <location filename="../../desktop/workspace.py" line="209"/>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="147"/>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="148"/>
        <location filename="../../desktop/workspace.py" line="210"/>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="185"/>
        <source>Nieuwe sessie met dit bord</source>
        <translation>New session with this board</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="188"/>
        <source>Sessiebestand openen…</source>
        <translation>Open session file…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="191"/>
        <location filename="../../desktop/workspace.py" line="382"/>
        <source>Sessie bewaren</source>
        <translation>Save session</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="195"/>
        <source>Foto&apos;s van het bord teruglezen…</source>
        <translation>Read photos of the board…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="200"/>
        <source>Resultaten importeren (CSV/Excel)…</source>
        <translation>Import results (CSV/Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="205"/>
        <source>Sessie exporteren…</source>
        <translation>Export session…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="207"/>
        <source>Sessie analyseren</source>
        <translation>Analyse session</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="221"/>
        <source>Hoort bij het traject {title} van {school}; wordt ook in het archief bewaard</source>
        <translation>Belongs to the trajectory {title} of {school}; also kept in the archive</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="224"/>
        <source>Wordt bewaard in het archief</source>
        <translation>Saved in the archive</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="278"/>
        <source>Sessie niet bewaard</source>
        <translation>Session not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="279"/>
        <source>De resultaten van deze sessie zijn nog niet bewaard. Nu bewaren?</source>
        <translation>The results of this session have not been saved yet. Save them now?</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="297"/>
        <source>Herstelbestand beschadigd</source>
        <translation>Recovery file damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="303"/>
        <source>Sessie herstellen?</source>
        <translation>Restore session?</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="304"/>
        <source>Er is een automatisch bewaarde sessie van {school} ({board}, {time}) die nog niet bewaard was. Wil je die herstellen?</source>
        <translation>There is an automatically saved session of {school} ({board}, {time}) that was not saved. Do you want to restore it?</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="333"/>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="334"/>
        <source>Open of maak eerst een bord.</source>
        <translation>Open or create a board first.</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="346"/>
        <location filename="../../desktop/workspace.py" line="355"/>
        <source>Sessie openen</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="348"/>
        <source>Bruinpapier-sessie (*{suffix})</source>
        <translation>Bruinpapier session (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="377"/>
        <source>teruggelezen</source>
        <translation>read back</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="387"/>
        <source>Sessie bewaard</source>
        <translation>Session saved</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="398"/>
        <location filename="../../desktop/workspace.py" line="413"/>
        <source>Foto&apos;s teruglezen</source>
        <translation>Read photos</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="399"/>
        <source>Start of open eerst een sessie; de foto&apos;s worden gelezen op het bord van die sessie.</source>
        <translation>Start or open a session first; the photos are read on that session&apos;s board.</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="414"/>
        <source>De vorige foto&apos;s zijn nog niet overgenomen. Weggooien?</source>
        <translation>The previous photos have not been taken over yet. Discard them?</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="445"/>
        <source>Resultaten van foto overnemen</source>
        <translation>Take over results from photo</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="457"/>
        <source>{notes} notities en {dots} stiptellingen overgenomen</source>
        <translation>{notes} notes and {dots} dot counts taken over</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="476"/>
        <location filename="../../desktop/workspace.py" line="490"/>
        <source>Sessie exporteren</source>
        <translation>Export session</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="478"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json);;Bruinpapier-sessie (*{suffix})</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json);;Bruinpapier session (*{suffix})</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <location filename="../../boards/colors.py" line="22"/>
        <source>geel</source>
        <extracomment>The usual sticky-note colours, in the order a keyboard shortcut cycles them.</extracomment>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../boards/colors.py" line="23"/>
        <source>roze</source>
        <translation>pink</translation>
    </message>
    <message>
        <location filename="../../boards/colors.py" line="24"/>
        <source>oranje</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../boards/colors.py" line="25"/>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../boards/colors.py" line="26"/>
        <source>blauw</source>
        <translation>blue</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../boards/errors.py" line="32"/>
        <source>(geen bestand)</source>
        <translation>(no file)</translation>
    </message>
    <message>
        <location filename="../../boards/errors.py" line="36"/>
        <source>{file}: {path}: {problem}</source>
        <translation>{file}: {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../boards/errors.py" line="42"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="80"/>
        <source>dit is geen geldig JSON-bestand (regel {line}, kolom {column}: {detail}); is het afgebroken of door een ander programma gemaakt?</source>
        <translation>this is not a valid JSON file (line {line}, column {column}: {detail}); was it cut off or made by another program?</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="97"/>
        <source>dit is geen Bruinpapier-bestand (het veld &apos;format&apos; ontbreekt)</source>
        <translation>this is not a Bruinpapier file (the field &apos;format&apos; is missing)</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="106"/>
        <source>dit is een {actual}-bestand, geen {expected}-bestand</source>
        <translation>this is a {actual} file, not a {expected} file</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="115"/>
        <source>dit is geen Bruinpapier-bestand (format is &apos;{actual}&apos;)</source>
        <translation>this is not a Bruinpapier file (format is &apos;{actual}&apos;)</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="121"/>
        <source>ontbreekt of is geen geheel getal</source>
        <translation>is missing or not a whole number</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="128"/>
        <source>dit bestand heeft schemaversie {version} en komt uit een nieuwere Bruinpapier; deze versie leest t/m versie {supported}. Werk Bruinpapier bij om het te openen.</source>
        <translation>this file has schema version {version} and comes from a newer Bruinpapier; this version reads up to version {supported}. Update Bruinpapier to open it.</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="141"/>
        <source>schemaversie {version} bestaat niet</source>
        <translation>schema version {version} does not exist</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="146"/>
        <source>bord</source>
        <translation>board</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="147"/>
        <source>sessie</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="148"/>
        <source>traject</source>
        <translation>trajectory</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="187"/>
        <source>het bestand is te groot ({size} MB; hoogstens {limit} MB)</source>
        <translation>the file is too large ({size} MB; at most {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="54"/>
        <source>foto &apos;{name}&apos; ontbreekt; de bundel is niet geschreven</source>
        <translation>photo &apos;{name}&apos; is missing; the bundle was not written</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="75"/>
        <source>onveilige bestandsnaam &apos;{name}&apos; in de bundel (absoluut pad of &apos;..&apos;); de bundel is geweigerd</source>
        <translation>unsafe file name &apos;{name}&apos; in the bundle (absolute path or &apos;..&apos;); the bundle was refused</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="88"/>
        <location filename="../../boards/fileformat.py" line="201"/>
        <source>het bestand bestaat niet</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="92"/>
        <source>de bundel is te groot ({size} MB; hoogstens {limit} MB)</source>
        <translation>the bundle is too large ({size} MB; at most {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="101"/>
        <source>dit is geen sessiebundel (geen zip-bestand); kies een {suffix}-bestand dat met Bruinpapier is gemaakt</source>
        <translation>this is not a session bundle (not a zip file); choose a {suffix} file made with Bruinpapier</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="116"/>
        <source>de bundel bevat te veel bestanden ({count}; hoogstens {limit})</source>
        <translation>the bundle holds too many files ({count}; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="127"/>
        <source>de bundel is versleuteld; dat wordt niet ondersteund</source>
        <translation>the bundle is encrypted; that is not supported</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="132"/>
        <source>&apos;{name}&apos; in de bundel is te groot ({size} MB; hoogstens {limit} MB)</source>
        <translation>&apos;{name}&apos; in the bundle is too large ({size} MB; at most {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="140"/>
        <source>&apos;{name}&apos; in de bundel pakt verdacht ver uit (zip-bom); de bundel is geweigerd</source>
        <translation>&apos;{name}&apos; in the bundle unpacks suspiciously far (zip bomb); the bundle was refused</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="149"/>
        <source>de bundel pakt uit tot meer dan {limit} MB; de bundel is geweigerd</source>
        <translation>the bundle unpacks to more than {limit} MB; the bundle was refused</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="157"/>
        <source>onverwacht bestand &apos;{name}&apos; in de bundel; een sessiebundel bevat alleen session.json en photos/</source>
        <translation>unexpected file &apos;{name}&apos; in the bundle; a session bundle holds only session.json and photos/</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="167"/>
        <source>dit is geen sessiebundel: session.json ontbreekt; kies een {suffix}-bestand dat met Bruinpapier is gemaakt</source>
        <translation>this is not a session bundle: session.json is missing; choose a {suffix} file made with Bruinpapier</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="178"/>
        <source>session.json in de bundel is geen UTF-8-tekst</source>
        <translation>session.json in the bundle is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="185"/>
        <source>foto &apos;{name}&apos; staat in session.json maar ontbreekt in de bundel</source>
        <translation>photo &apos;{name}&apos; is listed in session.json but missing from the bundle</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="192"/>
        <source>foto &apos;{name}&apos; in de bundel is beschadigd (controlegetal klopt niet)</source>
        <translation>photo &apos;{name}&apos; in the bundle is damaged (checksum does not match)</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="201"/>
        <source>foto &apos;{name}&apos; zit in de bundel maar staat niet in session.json; de bundel is geweigerd</source>
        <translation>photo &apos;{name}&apos; is in the bundle but not listed in session.json; the bundle was refused</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="217"/>
        <source>&apos;{name}&apos; in de bundel is beschadigd ({detail})</source>
        <translation>&apos;{name}&apos; in the bundle is damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../boards/archive/bundle.py" line="222"/>
        <source>&apos;{name}&apos; in de bundel is te groot</source>
        <translation>&apos;{name}&apos; in the bundle is too large</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="203"/>
        <source>dit is een map, geen bestand</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="206"/>
        <source>geen toestemming om het bestand te lezen</source>
        <translation>no permission to read the file</translation>
    </message>
    <message>
        <location filename="../../boards/fileformat.py" line="218"/>
        <source>dit is geen tekstbestand (geen UTF-8); kies een Bruinpapier-bestand</source>
        <translation>this is not a text file (not UTF-8); choose a Bruinpapier file</translation>
    </message>
    <message>
        <location filename="../../boards/methods.py" line="83"/>
        <source>methode &apos;{method}&apos; heeft geen stap &apos;{step}&apos;; stappen: {steps}</source>
        <translation>method &apos;{method}&apos; has no step &apos;{step}&apos;; steps: {steps}</translation>
    </message>
    <message>
        <location filename="../../boards/methods.py" line="140"/>
        <source>dit is geen geldig JSON-bestand (regel {line}: {detail})</source>
        <translation>this is not a valid JSON file (line {line}: {detail})</translation>
    </message>
    <message>
        <location filename="../../boards/methods.py" line="169"/>
        <source>methode &apos;{id}&apos; bestaat niet; bekende methodes: {known}</source>
        <translation>method &apos;{id}&apos; does not exist; known methods: {known}</translation>
    </message>
    <message>
        <location filename="../../boards/paper.py" line="58"/>
        <source>onbekend papierformaat &apos;{name}&apos;; kies A0, A1, A2, A3, A4 of BxH in mm (bijv. 900x2000)</source>
        <extracomment>Largest custom size we accept (a long brown-paper roll), in mm.</extracomment>
        <translation>unknown paper size &apos;{name}&apos;; choose A0, A1, A2, A3, A4 or WxH in mm (e.g. 900x2000)</translation>
    </message>
    <message>
        <location filename="../../boards/paper.py" line="76"/>
        <source>papiermaat {width} × {height} mm kan niet: elke zijde moet tussen {low:g} en {high:g} mm liggen</source>
        <translation>paper size {width} × {height} mm is not possible: each side must be between {low:g} and {high:g} mm</translation>
    </message>
    <message>
        <location filename="../../boards/readback.py" line="101"/>
        <source>te veel vellen om allemaal van markers te voorzien; kies een groter vel</source>
        <translation>too many sheets to give them all markers; choose a larger sheet</translation>
    </message>
    <message>
        <location filename="../../boards/templates.py" line="53"/>
        <source>sjabloon &apos;{id}&apos; bestaat niet; &apos;bruinpapier templates&apos; toont alle sjablonen</source>
        <translation>template &apos;{id}&apos; does not exist; &apos;bruinpapier templates&apos; lists all templates</translation>
    </message>
    <message>
        <location filename="../../boards/tiling.py" line="110"/>
        <source>de printermarge van {margin:g} mm laat te weinig ruimte over op {sheet}</source>
        <translation>the printer margin of {margin:g} mm leaves too little room on {sheet}</translation>
    </message>
    <message>
        <location filename="../../boards/tiling.py" line="118"/>
        <location filename="../../cli/commands/print_cmd.py" line="23"/>
        <source>de overlap moet 0 mm of meer zijn, niet {overlap:g} mm</source>
        <translation>the overlap must be 0 mm or more, not {overlap:g} mm</translation>
    </message>
    <message>
        <location filename="../../boards/tiling.py" line="125"/>
        <source>een overlap van {overlap:g} mm is te groot voor {sheet}: het bedrukbare deel is {width:g} × {height:g} mm; kies hoogstens {limit:g} mm</source>
        <translation>an overlap of {overlap:g} mm is too large for {sheet}: the printable part is {width:g} × {height:g} mm; choose at most {limit:g} mm</translation>
    </message>
    <message>
        <location filename="../../boards/tiling.py" line="142"/>
        <source>dat worden {count} vellen ({rows} × {cols}); meer dan {limit} is niet te plakken. Kies een groter vel of druk als poster af.</source>
        <translation>that makes {count} sheets ({rows} × {cols}); more than {limit} cannot be taped together. Choose a larger sheet or print as a poster.</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="86"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="87"/>
        <source>een getal</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="88"/>
        <source>een geheel getal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="89"/>
        <source>true of false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="90"/>
        <source>een object { }</source>
        <translation>an object { }</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="91"/>
        <source>een lijst [ ]</source>
        <translation>a list [ ]</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="92"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="123"/>
        <source>moet {expected} zijn, maar is {actual}</source>
        <translation>must be {expected}, but is {actual}</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="129"/>
        <source>ontbreekt (verplicht veld)</source>
        <translation>is missing (required field)</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="133"/>
        <source>onbekend veld</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="136"/>
        <source>moet groter zijn dan {limit:g} (is {value})</source>
        <translation>must be greater than {limit:g} (is {value})</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="140"/>
        <source>moet minstens {limit:g} zijn (is {value})</source>
        <translation>must be at least {limit:g} (is {value})</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="144"/>
        <source>mag hoogstens {limit:g} zijn (is {value})</source>
        <translation>may be at most {limit:g} (is {value})</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="149"/>
        <source>&apos;{value}&apos; kan niet; kies uit: {options}</source>
        <translation>&apos;{value}&apos; is not possible; choose from: {options}</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="153"/>
        <source>moet &apos;{expected}&apos; zijn, niet &apos;{value}&apos;</source>
        <translation>must be &apos;{expected}&apos;, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="158"/>
        <source>&apos;{value}&apos; is geen kleur; schrijf #rrggbb, bijv. #e53935</source>
        <translation>&apos;{value}&apos; is not a colour; write #rrggbb, e.g. #e53935</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="162"/>
        <source>&apos;{value}&apos; is geen datum; schrijf JJJJ-MM-DD</source>
        <translation>&apos;{value}&apos; is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="165"/>
        <source>&apos;{value}&apos; is geen geldige id (letters, cijfers, &apos;-&apos;, &apos;_&apos; of &apos;.&apos;, zonder spaties)</source>
        <translation>&apos;{value}&apos; is not a valid id (letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, without spaces)</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="171"/>
        <source>mag niet leeg zijn</source>
        <translation>may not be empty</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="173"/>
        <source>is te lang (meer dan {limit} tekens)</source>
        <translation>is too long (more than {limit} characters)</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="175"/>
        <source>bevat te veel items (meer dan {limit})</source>
        <translation>has too many items (more than {limit})</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="176"/>
        <source>ongeldige waarde: {detail}</source>
        <translation>invalid value: {detail}</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="231"/>
        <source>id &apos;{id}&apos; komt al voor bij {other}; elke id moet uniek zijn</source>
        <translation>id &apos;{id}&apos; is already used by {other}; every id must be unique</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="247"/>
        <location filename="../../boards/validation.py" line="320"/>
        <location filename="../../boards/validation.py" line="338"/>
        <source>valt buiten het papier ({width:g} × {height:g} mm)</source>
        <translation>lies outside the paper ({width:g} × {height:g} mm)</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="268"/>
        <source>groep &apos;{id}&apos; bestaat niet op dit bord</source>
        <translation>group &apos;{id}&apos; does not exist on this board</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="277"/>
        <source>zone &apos;{id}&apos; bestaat niet op dit bord (of is de zone zelf)</source>
        <translation>zone &apos;{id}&apos; does not exist on this board (or is the zone itself)</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="285"/>
        <source>ligt niet binnen de zone &apos;{id}&apos; waarin ze genest is</source>
        <translation>does not lie inside the zone &apos;{id}&apos; it is nested in</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="294"/>
        <source>stipsoort &apos;{id}&apos; staat er twee keer in</source>
        <translation>dot kind &apos;{id}&apos; is listed twice</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="309"/>
        <source>&apos;{id}&apos; is geen zone, tekst of symbool op dit bord</source>
        <translation>&apos;{id}&apos; is not a zone, text or symbol on this board</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="331"/>
        <source>marker-id&apos;s moeten uniek zijn</source>
        <translation>marker ids must be unique</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="361"/>
        <source>ontbreekt: een eigen papiermaat heeft breedte en hoogte nodig</source>
        <translation>is missing: a custom paper size needs a width and a height</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="372"/>
        <source>{value:g} mm past niet bij {format} {orientation} ({expected:g} mm)</source>
        <translation>{value:g} mm does not match {format} {orientation} ({expected:g} mm)</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="392"/>
        <source>id &apos;{id}&apos; komt twee keer voor</source>
        <translation>id &apos;{id}&apos; occurs twice</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="399"/>
        <location filename="../../boards/validation.py" line="410"/>
        <source>zone &apos;{id}&apos; bestaat niet op het bord van deze sessie</source>
        <translation>zone &apos;{id}&apos; does not exist on this session&apos;s board</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="419"/>
        <source>zone &apos;{zone}&apos; verzamelt geen stippen van soort &apos;{kind}&apos;</source>
        <translation>zone &apos;{zone}&apos; does not collect dots of kind &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/validation.py" line="426"/>
        <source>twee foto&apos;s hebben dezelfde naam</source>
        <translation>two photos have the same name</translation>
    </message>
    <message>
        <location filename="../../boards/analysis/across.py" line="27"/>
        <source>geen sessies om te vergelijken</source>
        <translation>no sessions to compare</translation>
    </message>
    <message>
        <location filename="../../boards/analysis/across.py" line="118"/>
        <source>geen sessies met bord &apos;{board}&apos; voor school &apos;{school}&apos;</source>
        <translation>no sessions with board &apos;{board}&apos; for school &apos;{school}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/analysis/across.py" line="152"/>
        <source>geen sessies met bord &apos;{board}&apos;</source>
        <translation>no sessions with board &apos;{board}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/archive/resolve.py" line="36"/>
        <source>&apos;{ref}&apos; is geen sessiebestand ({suffix}) en geen sessie-id in het archief {url}; zie &apos;bruinpapier session list&apos;</source>
        <translation>&apos;{ref}&apos; is not a session file ({suffix}) nor a session id in the archive {url}; see &apos;bruinpapier session list&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="132"/>
        <source>&apos;{url}&apos; is geen geldig archiefadres; gebruik bijv. sqlite:///pad/archief.sqlite of postgresql+psycopg://gebruiker@server/database</source>
        <translation>&apos;{url}&apos; is not a valid archive address; use e.g. sqlite:///path/archive.sqlite or postgresql+psycopg://user@server/database</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="159"/>
        <source>archiefdatabase &apos;{backend}&apos; wordt niet ondersteund; gebruik SQLite of PostgreSQL</source>
        <translation>archive database &apos;{backend}&apos; is not supported; use SQLite or PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="170"/>
        <source>kan het archief {url} niet openen: {detail}</source>
        <translation>cannot open the archive {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="186"/>
        <source>kan het archief {url} niet openen: {detail}; controleer het adres, of de server draait en of u toegang heeft</source>
        <translation>cannot open the archive {url}: {detail}; check the address, whether the server runs and whether you have access</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="212"/>
        <source>sessie &apos;{id}&apos; staat niet in het archief {url}; zie &apos;bruinpapier session list&apos;</source>
        <translation>session &apos;{id}&apos; is not in the archive {url}; see &apos;bruinpapier session list&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="262"/>
        <source>foto &apos;{name}&apos; hoort bij de sessie maar staat niet in het archief; voeg hem toe met add_photo</source>
        <translation>photo &apos;{name}&apos; belongs to the session but is not in the archive; add it with add_photo</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="387"/>
        <source>foto &apos;{name}&apos; is te groot ({size} MB; hoogstens {limit} MB); verklein hem eerst</source>
        <translation>photo &apos;{name}&apos; is too large ({size} MB; at most {limit} MB); make it smaller first</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="421"/>
        <location filename="../../boards/archive/store.py" line="438"/>
        <source>sessie &apos;{id}&apos; heeft geen foto &apos;{name}&apos;</source>
        <translation>session &apos;{id}&apos; has no photo &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="451"/>
        <source>foto &apos;{name}&apos; is te groot</source>
        <translation>photo &apos;{name}&apos; is too large</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="455"/>
        <source>de foto&apos;s kloppen niet met de lijst in de sessie</source>
        <translation>the photos do not match the list in the session</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="462"/>
        <location filename="../../cli/commands/session_cmd.py" line="205"/>
        <source>sessie &apos;{id}&apos; staat al in het archief</source>
        <translation>session &apos;{id}&apos; is already in the archive</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="481"/>
        <source>opslaan in het archief mislukt: {detail}; er is niets gewijzigd</source>
        <translation>saving in the archive failed: {detail}; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../boards/archive/store.py" line="492"/>
        <source>fotonaam &apos;{name}&apos; kan niet: gebruik letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos;, zonder mappen (bijv. bord-1.jpg)</source>
        <translation>photo name &apos;{name}&apos; is not possible: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, without folders (e.g. board-1.jpg)</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/exporting.py" line="167"/>
        <source>{file}: onbekend exportformaat &apos;{suffix}&apos;; kies .csv, .xlsx, .json of {session}</source>
        <translation>{file}: unknown export format &apos;{suffix}&apos;; choose .csv, .xlsx, .json or {session}</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="146"/>
        <source>zone &apos;{id}&apos; bestaat niet op het bord &apos;{board}&apos;</source>
        <translation>zone &apos;{id}&apos; does not exist on the board &apos;{board}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="209"/>
        <source>{count} rij(en) kloppen niet: {rows}{more}. Verbeter ze of sla ze over; er is niets opgeslagen.</source>
        <translation>{count} row(s) are not right: {rows}{more}. Correct them or skip them; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="222"/>
        <source>de controle is gedaan voor een ander bord dan dat van deze sessie</source>
        <translation>the check was done for another board than this session&apos;s</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="95"/>
        <source>dit is het oude Excel-formaat (.xls); sla het in Excel op als .xlsx of als CSV en probeer opnieuw</source>
        <extracomment>canonical column → accepted headers (compared with ``header_key``). Columns that carry content; a table needs at least one of them. Sheet names of our own Excel export → row kind, used when there is no ``soort`` column.</extracomment>
        <translation>this is the old Excel format (.xls); save it in Excel as .xlsx or as CSV and try again</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="110"/>
        <source>onbekend bestandstype &apos;{suffix}&apos;; kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx)</source>
        <translation>unknown file type &apos;{suffix}&apos;; choose a CSV file (.csv) or an Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="124"/>
        <source>het bestand is te groot ({size} MB; hoogstens {limit} MB); splits het in kleinere bestanden</source>
        <translation>the file is too large ({size} MB; at most {limit} MB); split it into smaller files</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="133"/>
        <source>het bestand is leeg; vul minstens een kopregel en één rij in (zie de voorbeeld-CSV in de handleiding)</source>
        <translation>the file is empty; fill in at least a header row and one row (see the sample CSV in the manual)</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="149"/>
        <source>dit is geen CSV-bestand maar lijkt een Excel-bestand; geef het de extensie .xlsx of sla het op als CSV</source>
        <translation>this is not a CSV file but looks like an Excel file; give it the extension .xlsx or save it as CSV</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="161"/>
        <source>dit is geen CSV-bestand (het bevat binaire gegevens); sla de tabel op als CSV (UTF-8) of .xlsx</source>
        <translation>this is not a CSV file (it contains binary data); save the table as CSV (UTF-8) or .xlsx</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="190"/>
        <source>dit CSV-bestand is niet te lezen ({detail}); controleer scheidingstekens en aanhalingstekens</source>
        <translation>this CSV file cannot be read ({detail}); check the separators and quotes</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="206"/>
        <source>dit is geen Excel-bestand (.xlsx); is het een CSV-bestand met de verkeerde extensie?</source>
        <translation>this is not an Excel file (.xlsx); is it a CSV file with the wrong extension?</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="218"/>
        <source>dit Excel-bestand is niet te lezen ({detail}); open het in Excel en sla het opnieuw op als .xlsx</source>
        <translation>this Excel file cannot be read ({detail}); open it in Excel and save it again as .xlsx</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="256"/>
        <source>meer dan {limit} rijen; splits het bestand</source>
        <translation>more than {limit} rows; split the file</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="263"/>
        <source>geen bruikbare kolommen gevonden (gevonden: {found}); de kopregel moet minstens &apos;tekst&apos;, &apos;aantal&apos; of &apos;Concreet actiepunt&apos; bevatten, met &apos;soort&apos; en &apos;zone&apos; (zie de voorbeeld-CSV in de handleiding)</source>
        <translation>no usable columns found (found: {found}); the header row must contain at least &apos;tekst&apos;, &apos;aantal&apos; or &apos;Concreet actiepunt&apos;, with &apos;soort&apos; and &apos;zone&apos; (see the sample CSV in the manual)</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/tables.py" line="274"/>
        <source>het bestand heeft een kopregel maar geen rijen met inhoud</source>
        <translation>the file has a header row but no rows with content</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/carry.py" line="116"/>
        <source>kies het proces om verder uit te werken; bekende processen: {zones}</source>
        <translation>choose the process to work out further; known processes: {zones}</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/carry.py" line="154"/>
        <source>regel {source} → {target}: geef twee doelkolommen op (to_zones)</source>
        <translation>rule {source} → {target}: give two target columns (to_zones)</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/carry.py" line="177"/>
        <source>bord &apos;{board}&apos; hoort niet bij de methode &apos;{method}&apos;</source>
        <translation>board &apos;{board}&apos; does not belong to the method &apos;{method}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/carry.py" line="199"/>
        <source>dit traject is klaar: alle stappen zijn afgerond</source>
        <translation>this trajectory is finished: all steps are done</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/carry.py" line="208"/>
        <source>bord &apos;{board}&apos; hoort niet bij een open stap van de methode &apos;{method}&apos;</source>
        <translation>board &apos;{board}&apos; does not belong to an open step of the method &apos;{method}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/model.py" line="61"/>
        <source>dit traject heeft geen stap &apos;{step}&apos;; stappen: {steps}</source>
        <translation>this trajectory has no step &apos;{step}&apos;; steps: {steps}</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/model.py" line="86"/>
        <location filename="../../boards/trajectory/model.py" line="92"/>
        <source>dit traject heeft geen sessie &apos;{id}&apos;</source>
        <translation>this trajectory has no session &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/model.py" line="124"/>
        <source>geef de school op (--school)</source>
        <translation>give the school (--school)</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/model.py" line="130"/>
        <source>{given} datums opgegeven, maar de methode &apos;{method}&apos; heeft {steps} stappen</source>
        <translation>{given} dates given, but the method &apos;{method}&apos; has {steps} steps</translation>
    </message>
    <message>
        <location filename="../../printing/options.py" line="95"/>
        <source>onbekend tegelvel &apos;{value}&apos;; kies A4 of A3 (eventueel A4L/A3L voor liggend, A4P/A3P voor staand)</source>
        <translation>unknown tile sheet &apos;{value}&apos;; choose A4 or A3 (or A4L/A3L for landscape, A4P/A3P for portrait)</translation>
    </message>
    <message>
        <location filename="../../cli/commands/print_cmd.py" line="54"/>
        <source>het uitvoerbestand moet op .pdf eindigen, niet &apos;{path}&apos;</source>
        <translation>the output file must end in .pdf, not &apos;{path}&apos;</translation>
    </message>
    <message>
        <location filename="../../cli/commands/print_cmd.py" line="101"/>
        <source>stap &apos;{step}&apos; van methode &apos;{method}&apos; heeft geen borden om af te drukken</source>
        <translation>step &apos;{step}&apos; of method &apos;{method}&apos; has no boards to print</translation>
    </message>
    <message>
        <location filename="../../cli/commands/session_cmd.py" line="47"/>
        <source>datum &apos;{value}&apos; kan niet; schrijf JJJJ-MM-DD, bijv. 2019-03-12</source>
        <translation>date &apos;{value}&apos; is not possible; write YYYY-MM-DD, e.g. 2019-03-12</translation>
    </message>
    <message>
        <location filename="../../cli/commands/session_cmd.py" line="175"/>
        <source>een bundel met foto&apos;s kan alleen uit het archief worden gemaakt</source>
        <translation>a bundle with photos can only be made from the archive</translation>
    </message>
    <message>
        <location filename="../../cli/commands/session_cmd.py" line="219"/>
        <source>verwijderen kan niet ongedaan worden gemaakt; bevestig met --ja</source>
        <translation>deleting cannot be undone; confirm with --ja</translation>
    </message>
    <message>
        <location filename="../../cli/commands/session_cmd.py" line="238"/>
        <source>{file}: het bestand bestaat niet</source>
        <translation>{file}: the file does not exist</translation>
    </message>
    <message>
        <location filename="../../cli/commands/session_cmd.py" line="242"/>
        <source>{file}: dit is een map, geen bestand</source>
        <translation>{file}: this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../cli/commands/session_cmd.py" line="297"/>
        <source>{count} rij(en) in {file} kloppen niet; er is niets opgeslagen. Verbeter het bestand of gebruik --skip-bad om ze over te slaan</source>
        <translation>{count} row(s) in {file} are not right; nothing was saved. Correct the file or use --skip-bad to skip them</translation>
    </message>
    <message>
        <location filename="../../cli/session_refs.py" line="32"/>
        <source>geef ten minste één sessie op</source>
        <translation>give at least one session</translation>
    </message>
    <message>
        <location filename="../../printing/options.py" line="139"/>
        <source>onbekende achtergrond &apos;{value}&apos;; kies brown (kraftbruin) of none (geen)</source>
        <translation>unknown background &apos;{value}&apos;; choose brown (kraft brown) or none</translation>
    </message>
    <message>
        <location filename="../../printing/options.py" line="146"/>
        <source>tegels kunnen alleen op A4 of A3, niet op {sheet}</source>
        <translation>tiles can only be A4 or A3, not {sheet}</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="93"/>
        <source>schrijven mislukt</source>
        <translation>writing failed</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="95"/>
        <source>kan &apos;{path}&apos; niet schrijven: {reason}</source>
        <translation>cannot write &apos;{path}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="100"/>
        <source>de map bestaat niet</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="101"/>
        <location filename="../../printing/render.py" line="102"/>
        <source>geen schrijfrechten</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="103"/>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="104"/>
        <source>alleen-lezen schijf</source>
        <translation>read-only disk</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="105"/>
        <source>dat is een map</source>
        <translation>that is a folder</translation>
    </message>
    <message>
        <location filename="../../boards/capture/errors.py" line="19"/>
        <source>&apos;{name}&apos; is geen leesbare foto ({reason}); gebruik een JPEG- of PNG-bestand</source>
        <translation>&apos;{name}&apos; is not a readable photo ({reason}); use a JPEG or PNG file</translation>
    </message>
    <message>
        <location filename="../../boards/capture/errors.py" line="27"/>
        <source>&apos;{name}&apos; is geen leesbare foto; gebruik een JPEG- of PNG-bestand</source>
        <translation>&apos;{name}&apos; is not a readable photo; use a JPEG or PNG file</translation>
    </message>
    <message>
        <location filename="../../boards/capture/errors.py" line="40"/>
        <source>geen bord gevonden op &apos;{name}&apos;: {count} marker(s) van het bord herkend, er zijn er minstens 2 nodig. Fotografeer het bord met de zwart-witte hoekmarkers goed in beeld, of geef de vier hoeken van het bord zelf aan</source>
        <translation>no board found on &apos;{name}&apos;: {count} marker(s) of the board recognised, at least 2 are needed. Photograph the board with the black-and-white corner markers clearly in view, or mark the four corners of the board yourself</translation>
    </message>
    <message>
        <location filename="../../boards/capture/errors.py" line="54"/>
        <source>bestand niet gevonden</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location filename="../../boards/capture/errors.py" line="55"/>
        <source>verwacht een 8-bits kleurenbeeld</source>
        <translation>expected an 8-bit colour image</translation>
    </message>
    <message>
        <location filename="../../boards/capture/errors.py" line="62"/>
        <source>het teruglezen van de foto&apos;s is afgebroken</source>
        <translation>reading back the photos was cancelled</translation>
    </message>
    <message>
        <location filename="../../cli/commands/capture_cmd.py" line="17"/>
        <source>{message}: met --corners x1,y1,x2,y2,x3,y3,x4,y4 (linksboven, rechtsboven, rechtsonder, linksonder, in pixels van de foto; bij ander papier ook --paper)</source>
        <translation>{message}: with --corners x1,y1,x2,y2,x3,y3,x4,y4 (top left, top right, bottom right, bottom left, in photo pixels; with other paper also --paper)</translation>
    </message>
    <message>
        <location filename="../../cli/commands/capture_cmd.py" line="32"/>
        <source>--corners verwacht 8 getallen x1,y1,x2,y2,x3,y3,x4,y4, niet &apos;{value}&apos;</source>
        <translation>--corners expects 8 numbers x1,y1,x2,y2,x3,y3,x4,y4, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../cli/commands/capture_cmd.py" line="65"/>
        <source>--corners werkt met precies één foto</source>
        <translation>--corners works with exactly one photo</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../boards/model.py" line="31"/>
        <source>cel</source>
        <extracomment>Dutch display names of the zone kinds.</extracomment>
        <translation>cell</translation>
    </message>
    <message>
        <location filename="../../boards/model.py" line="32"/>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <location filename="../../boards/model.py" line="33"/>
        <source>rij</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../../boards/model.py" line="34"/>
        <source>kwadrant</source>
        <translation>quadrant</translation>
    </message>
    <message>
        <location filename="../../boards/model.py" line="35"/>
        <source>baan</source>
        <translation>lane</translation>
    </message>
    <message>
        <location filename="../../boards/model.py" line="36"/>
        <source>vrij vlak</source>
        <translation>free area</translation>
    </message>
    <message>
        <location filename="../../boards/model.py" line="37"/>
        <source>tabelkolom</source>
        <translation>table column</translation>
    </message>
    <message>
        <location filename="../../boards/session.py" line="26"/>
        <source>getypt</source>
        <translation>typed</translation>
    </message>
    <message>
        <location filename="../../boards/session.py" line="27"/>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../boards/session.py" line="28"/>
        <source>van foto</source>
        <translation>from photo</translation>
    </message>
    <message>
        <location filename="../../boards/session.py" line="29"/>
        <source>meegenomen</source>
        <translation>carried over</translation>
    </message>
</context>
<context>
    <name>sessionio</name>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="62"/>
        <source>in orde</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="63"/>
        <source>onbekende zone</source>
        <translation>unknown zone</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="64"/>
        <source>foute waarde</source>
        <translation>wrong value</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="322"/>
        <source>soort &apos;{value}&apos; onbekend; gebruik notitie, stip of actie</source>
        <translation>kind &apos;{value}&apos; unknown; use notitie, stip or actie</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="335"/>
        <source>geen zone ingevuld; kies een zone van het bord</source>
        <translation>no zone filled in; choose a zone of the board</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="342"/>
        <source>&apos;{value}&apos; past bij meer dan één zone; gebruik de zone-id</source>
        <translation>&apos;{value}&apos; matches more than one zone; use the zone id</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="347"/>
        <source>zone &apos;{value}&apos; staat niet op het bord &apos;{board}&apos;</source>
        <translation>zone &apos;{value}&apos; is not on the board &apos;{board}&apos;</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="357"/>
        <source>de tekst van de notitie is leeg</source>
        <translation>the text of the note is empty</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="363"/>
        <location filename="../../boards/sessionio/preview.py" line="439"/>
        <source>de tekst is te lang ({length} tekens; hoogstens {limit})</source>
        <translation>the text is too long ({length} characters; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="373"/>
        <source>in zone &apos;{zone}&apos; horen geen notities</source>
        <translation>zone &apos;{zone}&apos; takes no notes</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="383"/>
        <source>kleur &apos;{value}&apos; onbekend; gebruik geel, roze, oranje, groen of blauw</source>
        <translation>colour &apos;{value}&apos; unknown; use geel, roze, oranje, groen or blauw</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="396"/>
        <source>zone &apos;{zone}&apos; verzamelt geen stippen</source>
        <translation>zone &apos;{zone}&apos; collects no dots</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="405"/>
        <source>stipsoort &apos;{value}&apos; onbekend in zone &apos;{zone}&apos;; kies uit: {choices}</source>
        <translation>dot kind &apos;{value}&apos; unknown in zone &apos;{zone}&apos;; choose from: {choices}</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="419"/>
        <source>aantal &apos;{value}&apos; is geen geheel getal van 0 t/m {limit}</source>
        <translation>count &apos;{value}&apos; is not a whole number from 0 to {limit}</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="432"/>
        <source>&apos;Concreet actiepunt&apos; is leeg</source>
        <translation>&apos;Concreet actiepunt&apos; is empty</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="450"/>
        <source>&apos;{column}&apos; is te lang (hoogstens 300 tekens)</source>
        <translation>&apos;{column}&apos; is too long (at most 300 characters)</translation>
    </message>
    <message>
        <location filename="../../boards/sessionio/preview.py" line="460"/>
        <source>Nr. &apos;{value}&apos; is geen geheel getal</source>
        <translation>No. &apos;{value}&apos; is not a whole number</translation>
    </message>
</context>
<context>
    <name>symbols</name>
    <message>
        <location filename="../../boards/symbols.py" line="40"/>
        <source>persoon</source>
        <extracomment>Dutch display names (the ids are already the seed&apos;s Dutch words).</extracomment>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../boards/symbols.py" line="41"/>
        <source>processtap</source>
        <translation>process step</translation>
    </message>
    <message>
        <location filename="../../boards/symbols.py" line="42"/>
        <source>probleem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location filename="../../boards/symbols.py" line="43"/>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../boards/symbols.py" line="44"/>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../boards/symbols.py" line="45"/>
        <source>verstoring</source>
        <translation>disruption</translation>
    </message>
    <message>
        <location filename="../../boards/symbols.py" line="46"/>
        <source>wacht</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../boards/symbols.py" line="47"/>
        <source>ict</source>
        <translation>ICT</translation>
    </message>
    <message>
        <location filename="../../boards/symbols.py" line="48"/>
        <source>extern</source>
        <translation>external party</translation>
    </message>
</context>
<context>
    <name>trajectory</name>
    <message>
        <location filename="../../boards/trajectory/links.py" line="14"/>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/links.py" line="15"/>
        <source>probleem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/links.py" line="16"/>
        <source>processtap</source>
        <translation>process step</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/links.py" line="17"/>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/model.py" line="22"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/model.py" line="23"/>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../boards/trajectory/model.py" line="24"/>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
</context>
</TS>
