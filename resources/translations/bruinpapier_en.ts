<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Concreet actiepunt</source>
        <translation>Concrete action item</translation>
    </message>
    <message>
        <source>Initiatiefnemer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tijdpad</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Werkbelasting</source>
        <translation>Workload</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>Actiepunt toe&amp;voegen</source>
        <translation>A&amp;dd action item</translation>
    </message>
    <message>
        <source>Actiepunt verwij&amp;deren</source>
        <translation>De&amp;lete action item</translation>
    </message>
    <message>
        <source>Een nieuw actiepunt onderaan de tabel</source>
        <translation>A new action item at the bottom of the table</translation>
    </message>
    <message>
        <source>Het gekozen actiepunt verwijderen</source>
        <translation>Delete the chosen action item</translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Typ in een cel; Tab en Enter gaan naar de volgende cel</source>
        <translation>Type in a cell; Tab and Enter go to the next cell</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Hier zie je wat sessies opleveren: tellingen, conclusies, grafieken, het bord als warmtekaart en het verloop over tijd; als Excel of PDF-rapport te bewaren.</source>
        <translation>This is where you see what sessions yield: counts, conclusions, charts, the board as a heat map and the trend over time; to be saved as Excel or a PDF report.</translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Wat het bord kleurt</source>
        <translation>What the board is coloured by</translation>
    </message>
    <message>
        <source>&amp;Kleur naar:</source>
        <translation>&amp;Colour by:</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Tabellen</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Welke grafiek je ziet</source>
        <translation>Which chart you see</translation>
    </message>
    <message>
        <source>Grafiek</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Welke tabel je ziet</source>
        <translation>Which table you see</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>De gekozen tabel; kopiëren met Ctrl+C</source>
        <translation>The chosen table; copy with Ctrl+C</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Alle tabellen als Excel-werkmap, één blad per tabel</source>
        <translation>All tables as an Excel workbook, one sheet per table</translation>
    </message>
    <message>
        <source>&amp;Grafiek opslaan als PNG…</source>
        <translation>Save chart as PN&amp;G…</translation>
    </message>
    <message>
        <source>De grafiek of het bord dat je nu ziet als afbeelding bewaren</source>
        <translation>Save the chart or board you see now as an image</translation>
    </message>
    <message>
        <source>Ex&amp;cel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;PDF-rapport…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <source>Rapport met voorblad, het bord, tabellen, grafieken en actiepunten</source>
        <translation>Report with a cover, the board, tables, charts and actions</translation>
    </message>
    <message>
        <source>Wat de kleur van de vakken laat zien: één soort stippen, de briefjes of de balans</source>
        <translation>What the colour of the zones shows: one kind of dots, the notes or the balance</translation>
    </message>
    <message>
        <source>Verloop</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>Sessie:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Welke sessie je ziet</source>
        <translation>Which session you see</translation>
    </message>
    <message>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Welk verloop je ziet</source>
        <translation>Which trend you see</translation>
    </message>
    <message>
        <source>Het bord met de tellingen per vak; hoe donkerder, hoe meer</source>
        <translation>The board with the counts per zone; the darker, the more</translation>
    </message>
    <message>
        <source>De tellingen per datum</source>
        <translation>The counts per date</translation>
    </message>
    <message>
        <source>Verloop per datum</source>
        <translation>Trend per date</translation>
    </message>
    <message>
        <source>{board} bij {school}</source>
        <translation>{board} at {school}</translation>
    </message>
    <message>
        <source>Het verloop verschijnt bij twee of meer sessies met hetzelfde bord van dezelfde school op verschillende datums; kies ze samen in het archief</source>
        <translation>The trend appears with two or more sessions of the same board at the same school on different dates; choose them together in the archive</translation>
    </message>
    <message>
        <source>Hoe de tellingen van hetzelfde bord bij een school veranderen over tijd</source>
        <translation>How the counts of the same board at a school change over time</translation>
    </message>
    <message>
        <source>Er is nog niets om te bewaren: kies eerst sessies om te analyseren</source>
        <translation>Nothing to save yet: first choose sessions to analyse</translation>
    </message>
    <message>
        <source>Tellingen per vak</source>
        <translation>Counts per area</translation>
    </message>
    <message>
        <source>Procesplaat: rangorde</source>
        <translation>Process board: ranking</translation>
    </message>
    <message>
        <source>Procesplaat: per groep</source>
        <translation>Process board: per group</translation>
    </message>
    <message>
        <source>Vragenlijst: antwoorden</source>
        <translation>Questionnaire: answers</translation>
    </message>
    <message>
        <source>Vragenlijst: gemiddelden</source>
        <translation>Questionnaire: averages</translation>
    </message>
    <message>
        <source>VSM: tijden per processtap</source>
        <translation>VSM: times per process step</translation>
    </message>
    <message>
        <source>Verdeling</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Kleuren briefjes</source>
        <translation>Note colours</translation>
    </message>
    <message>
        <source>Soorten stippen</source>
        <translation>Dot kinds</translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Briefjes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Scholen vergeleken</source>
        <translation>Schools compared</translation>
    </message>
    <message>
        <source>Geen sessies gekozen.</source>
        <translation>No sessions chosen.</translation>
    </message>
    <message>
        <source>Kan {path} niet schrijven</source>
        <translation>Cannot write {path}</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel-werkmap bewaard: {path}</source>
        <translation>Excel workbook saved: {path}</translation>
    </message>
    <message>
        <source>PDF-rapport bewaard: {path}</source>
        <translation>PDF report saved: {path}</translation>
    </message>
    <message>
        <source>Grafiek opslaan</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Grafiek bewaard: {path}</source>
        <translation>Chart saved: {path}</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>ArchiveBrowser</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Alle methoden</source>
        <translation>All methods</translation>
    </message>
    <message>
        <source>Kies eerst een methode, dan een van haar stappen</source>
        <translation>Choose a method first, then one of its steps</translation>
    </message>
    <message>
        <source>Alle borden</source>
        <translation>All boards</translation>
    </message>
    <message>
        <source>van JJJJ-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>t/m JJJJ-MM-DD</source>
        <translation>to YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Zoeken in notities, acties, onderwerp …</source>
        <translation>Search notes, actions, topic…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter opent de sessie</source>
        <translation>Double-click or Enter opens the session</translation>
    </message>
    <message>
        <source>Sessies in het archief</source>
        <translation>Sessions in the archive</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen …</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Bundel ex&amp;porteren …</source>
        <translation>Export &amp;bundle…</translation>
    </message>
    <message>
        <source>Bundel i&amp;mporteren …</source>
        <translation>I&amp;mport bundle…</translation>
    </message>
    <message>
        <source>De gekozen sessie openen op de pagina Sessie</source>
        <translation>Open the chosen session on the Session page</translation>
    </message>
    <message>
        <source>Een kopie van de gekozen sessie maken, bijvoorbeeld voor een ander team</source>
        <translation>Make a copy of the chosen session, for another team for example</translation>
    </message>
    <message>
        <source>De gekozen sessie met haar foto&apos;s uit het archief verwijderen</source>
        <translation>Delete the chosen session and its photos from the archive</translation>
    </message>
    <message>
        <source>De gekozen sessie met foto&apos;s als één bundelbestand bewaren</source>
        <translation>Save the chosen session with its photos as one bundle file</translation>
    </message>
    <message>
        <source>Een sessiebundel in het archief opnemen</source>
        <translation>Add a session bundle to the archive</translation>
    </message>
    <message>
        <source>Pri&amp;vacy …</source>
        <translation>P&amp;rivacy…</translation>
    </message>
    <message>
        <source>Privacyverzoek van een school: alles exporteren of alles wissen</source>
        <translation>Privacy request of a school: export everything or erase everything</translation>
    </message>
    <message>
        <source>Alles van een school exporteren …</source>
        <translation>Export everything of a school …</translation>
    </message>
    <message>
        <source>Alles van een school wissen …</source>
        <translation>Erase everything of a school …</translation>
    </message>
    <message>
        <source>Alleen sessies van deze school</source>
        <translation>Only sessions of this school</translation>
    </message>
    <message>
        <source>Alleen sessies van deze methode</source>
        <translation>Only sessions of this method</translation>
    </message>
    <message>
        <source>Alleen sessies met dit bord</source>
        <translation>Only sessions with this board</translation>
    </message>
    <message>
        <source>Alleen sessies vanaf deze datum (JJJJ-MM-DD)</source>
        <translation>Only sessions from this date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Alleen sessies tot en met deze datum (JJJJ-MM-DD)</source>
        <translation>Only sessions up to and including this date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Zoeken in notities, actiepunten, onderwerp en opmerkingen (Ctrl+F)</source>
        <translation>Search notes, action items, topic and remarks (Ctrl+F)</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <source>Schrijf de datum als JJJJ-MM-DD</source>
        <translation>Write the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Alle stappen</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>{count} sessie(s)</source>
        <translation>{count} session(s)</translation>
    </message>
    <message>
        <source>Kies eerst een sessie in de lijst</source>
        <translation>First choose a session in the list</translation>
    </message>
    <message>
        <source>Sessie van {school} op {date} ({board}) definitief verwijderen, met de foto&apos;s?</source>
        <translation>Permanently delete the session of {school} on {date} ({board}), including the photos?</translation>
    </message>
    <message>
        <source>(geen school)</source>
        <translation>(no school)</translation>
    </message>
    <message>
        <source>Sessie als bundel exporteren</source>
        <translation>Export session as bundle</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {file}</source>
        <translation>Exported to {file}</translation>
    </message>
    <message>
        <source>Bundel bewaard: {path}</source>
        <translation>Bundle saved: {path}</translation>
    </message>
    <message>
        <source>Sessiebundel importeren</source>
        <translation>Import session bundle</translation>
    </message>
    <message>
        <source>{count} sessies geïmporteerd uit {file}</source>
        <translation>{count} sessions imported from {file}</translation>
    </message>
    <message>
        <source>Alles van een school exporteren</source>
        <translation>Export everything of a school</translation>
    </message>
    <message>
        <source>Alles van {school} exporteren</source>
        <translation>Export everything of {school}</translation>
    </message>
    <message>
        <source>Alles van {school} geëxporteerd naar {file}: {sessions} sessie(s), {photos} foto(&apos;s)</source>
        <translation>Everything of {school} exported to {file}: {sessions} session(s), {photos} photo(s)</translation>
    </message>
    <message>
        <source>Alles van een school wissen</source>
        <translation>Erase everything of a school</translation>
    </message>
    <message>
        <source>Alles van {school} definitief wissen?

{sessions} sessie(s) met {photos} foto(&apos;s) uit het archief en {copies} herstelbestand(en). Dit kan niet ongedaan worden gemaakt; exporteer eerst als de school haar gegevens wil hebben.</source>
        <translation>Erase everything of {school} for good?

{sessions} session(s) with {photos} photo(s) from the archive and {copies} recovery file(s). This cannot be undone; export first if the school wants its data.</translation>
    </message>
    <message>
        <source>Gegevens van een school wissen</source>
        <translation>Erase a school&apos;s data</translation>
    </message>
    <message>
        <source>Gewist: {sessions} sessie(s), {photos} foto(&apos;s) en {copies} herstelbestand(en) van {school}</source>
        <translation>Erased: {sessions} session(s), {photos} photo(s) and {copies} recovery file(s) of {school}</translation>
    </message>
    <message>
        <source>School (precies zoals in het archief):</source>
        <translation>School (exactly as in the archive):</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sessiebundel (*{suffix})</source>
        <translation>Session bundle (*{suffix})</translation>
    </message>
    <message>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Getoonde sessies anal&amp;yseren</source>
        <translation>Anal&amp;yse the sessions shown</translation>
    </message>
    <message>
        <source>De sessies in de lijst samen analyseren: tellingen, verloop, scholen</source>
        <translation>Analyse the sessions in the list together: counts, trends, schools</translation>
    </message>
    <message>
        <source>Alle bewaarde sessies: zoek en open ze, maak een kopie of een bundel, of kies welke je samen analyseert.</source>
        <translation>All saved sessions: search and open them, make a copy or a bundle, or choose which ones to analyse together.</translation>
    </message>
    <message>
        <source>Voortgang van het tellen</source>
        <translation>Counting progress</translation>
    </message>
    <message>
        <source>Hoeveel van de getoonde sessies al geteld zijn</source>
        <translation>How many of the listed sessions have been counted</translation>
    </message>
    <message>
        <source>Nog geen sessies gevonden. Een sessie komt hier zodra je haar bewaart op de pagina Sessie.</source>
        <translation>No sessions found yet. A session appears here as soon as you save it on the Session page.</translation>
    </message>
    <message>
        <source>Er staan geen sessies in de lijst</source>
        <translation>There are no sessions in the list</translation>
    </message>
    <message>
        <source>Er zijn geen sessies om te analyseren.</source>
        <translation>There are no sessions to analyse.</translation>
    </message>
    <message>
        <source>De getoonde sessies worden nu geteld</source>
        <translation>The listed sessions are being counted</translation>
    </message>
    <message>
        <source>{count} sessies worden geteld …</source>
        <translation>Counting {count} sessions …</translation>
    </message>
    <message>
        <source>Samenvatting van {count} sessies klaar.</source>
        <translation>Summary of {count} sessions ready.</translation>
    </message>
    <message>
        <source>Analyseren lukte niet: {reason}</source>
        <translation>Analysis failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <source>Nog niets om te tonen</source>
        <translation>Nothing to show yet</translation>
    </message>
</context>
<context>
    <name>BoardDocument</name>
    <message>
        <source>Naamloos</source>
        <extracomment>Command ids for merging consecutive edits of the same objects (spin boxes, nudges).</extracomment>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>BoardHeatView</name>
    <message>
        <source>{zone}: telt hier niet mee</source>
        <translation>{zone}: does not count here</translation>
    </message>
    <message>
        <source>Doorlooptijd: {time}</source>
        <translation>Lead time: {time}</translation>
    </message>
    <message>
        <source>Bewerkingstijd: {time}</source>
        <translation>Processing time: {time}</translation>
    </message>
</context>
<context>
    <name>BoardResultsView</name>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>probleem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>processtap</source>
        <translation>process step</translation>
    </message>
    <message>
        <source>Nog in te delen ({count})</source>
        <translation>Still to place ({count})</translation>
    </message>
    <message>
        <source>Gekozen (gaat mee naar de volgende stap)</source>
        <translation>Chosen (carried to the next step)</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tijden (bewerkingstijd, wachttijd)…</source>
        <translation>Times (processing time, waiting time)…</translation>
    </message>
    <message>
        <source>Antwoord op probleem</source>
        <translation>Answers problem</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>school · team · datum</source>
        <extracomment>Lines shorter than this (mm) are not drawn: a click is not a line. Grey around the paper, in the app&apos;s palette.</extracomment>
        <translation>school · team · date</translation>
    </message>
    <message>
        <source>Dit onderdeel is vergrendeld (Schikken → Vergrendelen).</source>
        <translation>This part is locked (Arrange → Lock).</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Grootte wijzigen</source>
        <translation>Resize</translation>
    </message>
    <message>
        <source>Lijn te kort: sleep minstens 2 mm.</source>
        <translation>Line too short: drag at least 2 mm.</translation>
    </message>
    <message>
        <source>lijn</source>
        <translation>line</translation>
    </message>
    <message>
        <source>Lijn tekenen</source>
        <translation>Draw line</translation>
    </message>
    <message>
        <source>Lijneinde verplaatsen</source>
        <translation>Move line end</translation>
    </message>
    <message>
        <source>Een pijl heeft hoogstens {count} knikken.</source>
        <translation>An arrow has at most {count} bends.</translation>
    </message>
    <message>
        <source>Knik toevoegen</source>
        <translation>Add bend</translation>
    </message>
    <message>
        <source>Knik verplaatsen</source>
        <translation>Move bend</translation>
    </message>
    <message>
        <source>Knik weghalen</source>
        <translation>Remove bend</translation>
    </message>
    <message>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <source>Tekst wijzigen</source>
        <translation>Change text</translation>
    </message>
</context>
<context>
    <name>CaptureThread</name>
    <message>
        <source>tekst van notitie {number} van {total} lezen</source>
        <translation>reading the text of note {number} of {total}</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Bord</source>
        <extracomment>A spot for one sticky note: a 76 mm note with a little room.</extracomment>
        <translation>Board</translation>
    </message>
    <message>
        <source>Hier ontwerp je een bord op ware grootte in millimeters en druk je het af; begin met een sjabloon, een leeg bord of een bord dat je eerder bewaarde.</source>
        <translation>This is where you design a board at its real size in millimetres and print it; start with a template, a blank board or a board you saved earlier.</translation>
    </message>
    <message>
        <source>Links uitlijnen</source>
        <translation>Align left</translation>
    </message>
    <message>
        <source>Horizontaal centreren</source>
        <translation>Centre horizontally</translation>
    </message>
    <message>
        <source>Rechts uitlijnen</source>
        <translation>Align right</translation>
    </message>
    <message>
        <source>Boven uitlijnen</source>
        <translation>Align top</translation>
    </message>
    <message>
        <source>Verticaal centreren</source>
        <translation>Centre vertically</translation>
    </message>
    <message>
        <source>Onder uitlijnen</source>
        <translation>Align bottom</translation>
    </message>
    <message>
        <source>Zone toevoegen</source>
        <translation>Add zone</translation>
    </message>
    <message>
        <source>Een nieuwe zone midden in beeld</source>
        <translation>A new zone in the middle of the view</translation>
    </message>
    <message>
        <source>Tekstvak toevoegen</source>
        <translation>Add text box</translation>
    </message>
    <message>
        <source>Groepskop toevoegen</source>
        <translation>Add group heading</translation>
    </message>
    <message>
        <source>Lijn tekenen</source>
        <translation>Draw line</translation>
    </message>
    <message>
        <source>Sleep over het bord om een lijn te tekenen (Shift: recht of 45°, Esc: stoppen)</source>
        <translation>Drag across the board to draw a line (Shift: straight or 45°, Esc: stop)</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Een pijl van het eerst naar het laatst geselecteerde onderdeel</source>
        <translation>An arrow from the first to the last selected item</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Knippen</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Plakken</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Label bewerken</source>
        <translation>Edit label</translation>
    </message>
    <message>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Passend in venster</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Uitlijnen op raster en randen</source>
        <translation>Snap to grid and edges</translation>
    </message>
    <message>
        <source>Raster tonen</source>
        <translation>Show grid</translation>
    </message>
    <message>
        <source>Linialen tonen</source>
        <translation>Show rulers</translation>
    </message>
    <message>
        <source>Linialen in millimeter boven en links van het bord</source>
        <translation>Rulers in millimetres above and left of the board</translation>
    </message>
    <message>
        <source>Horizontaal verdelen</source>
        <translation>Distribute horizontally</translation>
    </message>
    <message>
        <source>Verticaal verdelen</source>
        <translation>Distribute vertically</translation>
    </message>
    <message>
        <source>Groeperen</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Samen selecteren en verplaatsen</source>
        <translation>Select and move together</translation>
    </message>
    <message>
        <source>Groep opheffen</source>
        <translation>Ungroup</translation>
    </message>
    <message>
        <source>Naar voorgrond</source>
        <translation>Bring to front</translation>
    </message>
    <message>
        <source>Naar achtergrond</source>
        <translation>Send to back</translation>
    </message>
    <message>
        <source>Kwartslag draaien</source>
        <translation>Rotate a quarter turn</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Niet afdrukken</source>
        <translation>Do not print</translation>
    </message>
    <message>
        <source>Afbeelding invoegen…</source>
        <translation>Insert picture…</translation>
    </message>
    <message>
        <source>Tabel of raster invoegen…</source>
        <translation>Insert table or grid…</translation>
    </message>
    <message>
        <source>Open of maak eerst een bord</source>
        <translation>First open or make a board</translation>
    </message>
    <message>
        <source>Alleen op de pagina Bord</source>
        <translation>Only on the Board page</translation>
    </message>
    <message>
        <source>Kies eerst iets op het bord</source>
        <translation>First choose something on the board</translation>
    </message>
    <message>
        <source>Kies één onderdeel</source>
        <translation>Choose one part</translation>
    </message>
    <message>
        <source>Kies precies twee onderdelen om ze te verbinden</source>
        <translation>Choose exactly two parts to connect them</translation>
    </message>
    <message>
        <source>Kies twee of meer onderdelen</source>
        <translation>Choose two or more parts</translation>
    </message>
    <message>
        <source>Kies drie of meer onderdelen</source>
        <translation>Choose three or more parts</translation>
    </message>
    <message>
        <source>Het bord op ware grootte; dubbelklik om een label te bewerken, Ctrl+muiswiel zoomt</source>
        <translation>The board at its real size; double-click to edit a label, Ctrl+mouse wheel zooms</translation>
    </message>
    <message>
        <source>Zoom: {percent} %</source>
        <translation>Zoom: {percent} %</translation>
    </message>
    <message>
        <source>Geen vrije plek op het bord: het nieuwe onderdeel ligt over andere heen.</source>
        <translation>No free space on the board: the new part lies over others.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Nieuwe zone</source>
        <translation>New zone</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>GROEP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>Symbool toevoegen</source>
        <translation>Add symbol</translation>
    </message>
    <message>
        <source>lijn</source>
        <translation>line</translation>
    </message>
    <message>
        <source>Lijn tekenen: sleep over het bord; Shift: recht of 45°, Alt: vrij, Esc: stoppen.</source>
        <translation>Draw line: drag across the board; Shift: straight or 45°, Alt: free, Esc: stop.</translation>
    </message>
    <message>
        <source>Selecteer precies twee zones, tekstvakken of symbolen om te verbinden.</source>
        <translation>Select exactly two zones, text boxes or symbols to connect.</translation>
    </message>
    <message>
        <source>pijl</source>
        <translation>arrow</translation>
    </message>
    <message>
        <source>Gekopieerd.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>Het klembord bevat geen onderdelen van een bord.</source>
        <translation>The clipboard holds no board items.</translation>
    </message>
    <message>
        <source>Selecteer minstens twee onderdelen om te groeperen.</source>
        <translation>Select at least two parts to group.</translation>
    </message>
    <message>
        <source>De selectie is geen groep.</source>
        <translation>The selection is not a group.</translation>
    </message>
    <message>
        <source>Gedraaid past dit niet op het papier.</source>
        <translation>Turned, this does not fit on the paper.</translation>
    </message>
    <message>
        <source>Draaien</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wel afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Afbeelding invoegen</source>
        <translation>Insert picture</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>De afbeeldingen op dit bord worden samen te groot (hoogstens {limit} MB). Verklein de afbeelding of haal er een weg.</source>
        <translation>The pictures on this board would be too big together (at most {limit} MB). Make the picture smaller or remove one.</translation>
    </message>
    <message>
        <source>afbeelding</source>
        <translation>picture</translation>
    </message>
    <message>
        <source>Alleen PNG-, JPEG- en SVG-afbeeldingen kunnen op het bord.</source>
        <translation>Only PNG, JPEG and SVG pictures can go on the board.</translation>
    </message>
    <message>
        <source>Kolom {n}</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <source>Rij {n}</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <source>Tabel invoegen</source>
        <translation>Insert table</translation>
    </message>
    <message>
        <source>Vorm toevoegen</source>
        <translation>Add shape</translation>
    </message>
    <message>
        <source>Uitlijnen</source>
        <translation>Align</translation>
    </message>
    <message>
        <source>Verdelen</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>Verschuiven</source>
        <translation>Nudge</translation>
    </message>
    <message>
        <source>x {x} · y {y} mm</source>
        <translation>x {x} · y {y} mm</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Exporteren als afbeelding</source>
        <extracomment>Widths offered at once (a slide, an e-mail, a detailed picture); any other width or a dpi can be typed.</extracomment>
        <translation>Export as image</translation>
    </message>
    <message>
        <source>&amp;PNG (pixels: dia&apos;s, e-mail, website)</source>
        <translation>&amp;PNG (pixels: slides, e-mail, website)</translation>
    </message>
    <message>
        <source>&amp;SVG (vectoren: scherp op elke grootte, bewerkbaar)</source>
        <translation>&amp;SVG (vectors: sharp at any size, editable)</translation>
    </message>
    <message>
        <source>Een afbeelding van pixels, in de resolutie die je kiest</source>
        <translation>An image of pixels, at the resolution you choose</translation>
    </message>
    <message>
        <source>Vectoren op de echte maat van het bord; de letters als vormen</source>
        <translation>Vectors at the board&apos;s real size; the letters as shapes</translation>
    </message>
    <message>
        <source>Resolutie in</source>
        <translation>Resolution in</translation>
    </message>
    <message>
        <source>pixels breed</source>
        <translation>pixels wide</translation>
    </message>
    <message>
        <source>dpi op ware grootte</source>
        <translation>dpi at true size</translation>
    </message>
    <message>
        <source>De resolutie als breedte in pixels, of in punten per inch op de echte maat</source>
        <translation>The resolution as a width in pixels, or in dots per inch at the real size</translation>
    </message>
    <message>
        <source>Resolutie</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Breedte in pixels (1920: een dia), of punten per inch op de echte maat van het bord</source>
        <translation>Width in pixels (1920: a slide), or dots per inch at the board&apos;s real size</translation>
    </message>
    <message>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Zoals geprint (bruin papier)</source>
        <translation>As printed (brown paper)</translation>
    </message>
    <message>
        <source>Wit</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Bruin zoals de poster, of een witte achtergrond</source>
        <translation>Brown like the poster, or a white background</translation>
    </message>
    <message>
        <source>Met terugleesmarkers en QR-code</source>
        <translation>With read-back markers and QR code</translation>
    </message>
    <message>
        <source>Alleen nodig als je de afbeelding zelf als poster afdrukt om hem later te fotograferen</source>
        <translation>Only needed if you print the image itself as a poster to photograph it later</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Niets exporteren</source>
        <translation>Export nothing</translation>
    </message>
    <message>
        <source>De afbeelding is het bord zoals het wordt geprint: dezelfde kleuren, lijnen, teksten en plaatjes.</source>
        <translation>The image is the board as it is printed: the same colours, lines, texts and pictures.</translation>
    </message>
    <message>
        <source>Een SVG heeft geen pixels: het is op elke grootte scherp</source>
        <translation>An SVG has no pixels: it is sharp at any size</translation>
    </message>
    <message>
        <source>SVG van {width:g} × {height:g} mm (de echte maat van het bord).</source>
        <translation>SVG of {width:g} × {height:g} mm (the board&apos;s real size).</translation>
    </message>
    <message>
        <source>Kies waar de afbeelding komt</source>
        <translation>Choose where the image goes</translation>
    </message>
    <message>
        <source>Kies een kleinere resolutie</source>
        <translation>Choose a lower resolution</translation>
    </message>
    <message>
        <source>{width} × {height} pixels ({dpi:.0f} dpi op de echte maat van {paper}).</source>
        <translation>{width} × {height} pixels ({dpi:.0f} dpi at the real size of {paper}).</translation>
    </message>
    <message>
        <source>PNG-afbeeldingen (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG-afbeeldingen (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>Afbeelding opslaan</source>
        <translation>Save image</translation>
    </message>
    <message>
        <source>Afbeelding opgeslagen: {path} ({width} × {height} pixels)</source>
        <translation>Image saved: {path} ({width} × {height} pixels)</translation>
    </message>
    <message>
        <source>Afbeelding opgeslagen: {path} (SVG)</source>
        <translation>Image saved: {path} (SVG)</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>De map met het bewaarde bestand openen in de bestandsbeheerder</source>
        <translation>Open the folder with the saved file in the file manager</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <source>Overige borden</source>
        <translation>Other boards</translation>
    </message>
    <message>
        <source>Workshopborden ontwerpen, printen en teruglezen</source>
        <translation>Design, print and read back workshop boards</translation>
    </message>
    <message>
        <source>Recente bestanden</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Nog geen bestanden geopend.</source>
        <translation>No files opened yet.</translation>
    </message>
    <message>
        <source>Sjablonen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Kies een bord uit de methodes om mee te beginnen; je kunt het daarna aanpassen en op elk formaat printen.</source>
        <translation>Pick a board from the methods to start with; you can then adapt it and print it at any size.</translation>
    </message>
    <message>
        <source>Sjablonen laden…</source>
        <translation>Loading templates…</translation>
    </message>
    <message>
        <source>Stap {nr} · {title}</source>
        <translation>Step {nr} · {title}</translation>
    </message>
    <message>
        <source>Mijn sjablonen</source>
        <translation>My templates</translation>
    </message>
    <message>
        <source>Borden die je bewaarde met Bestand → Opslaan als sjabloon…, of importeerde van een collega.</source>
        <translation>Boards you kept with File → Save as template…, or imported from a colleague.</translation>
    </message>
    <message>
        <source>eigen sjabloon</source>
        <translation>own template</translation>
    </message>
    <message>
        <source>Nog geen eigen sjablonen. Open of maak een bord en kies Bestand → Opslaan als sjabloon…, of importeer een sjabloon van een collega.</source>
        <translation>No templates of your own yet. Open or make a board and choose File → Save as template…, or import a template from a colleague.</translation>
    </message>
    <message>
        <source>Sjabloon op {paper}; Enter begint een bord ermee</source>
        <translation>Template on {paper}; Enter starts a board with it</translation>
    </message>
    <message>
        <source>; menutoets: exporteren of verwijderen</source>
        <translation>; menu key: export or remove</translation>
    </message>
    <message>
        <source>; menutoets: exporteren (alleen te lezen)</source>
        <translation>; menu key: export (read only)</translation>
    </message>
    <message>
        <source>&amp;Nieuw leeg bord…</source>
        <translation>&amp;New blank board…</translation>
    </message>
    <message>
        <source>Een leeg bord op papier naar keuze (Ctrl+N)</source>
        <translation>A blank board on the paper of your choice (Ctrl+N)</translation>
    </message>
    <message>
        <source>Bord &amp;openen…</source>
        <translation>&amp;Open board…</translation>
    </message>
    <message>
        <source>Een bord openen dat je eerder opsloeg (Ctrl+O)</source>
        <translation>Open a board you saved earlier (Ctrl+O)</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter opent het bord</source>
        <translation>Double-click or Enter opens the board</translation>
    </message>
    <message>
        <source>Zoeken op titel, methode, stap of vraag…</source>
        <translation>Search by title, method, step or question…</translation>
    </message>
    <message>
        <source>Sjablonen zoeken</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <source>Zoekt in titel, methode, stap en hoofdvraag; hoofdletters en accenten tellen niet. ↓: naar de kaarten</source>
        <translation>Searches title, method, step and main question; capitals and accents do not matter. ↓: to the cards</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Alleen de sjablonen van één methode tonen</source>
        <translation>Show only the templates of one method</translation>
    </message>
    <message>
        <source>Alle methodes</source>
        <translation>All methods</translation>
    </message>
    <message>
        <source>Geen sjablonen gevonden; probeer een ander woord of alle methodes.</source>
        <translation>No templates found; try another word or all methods.</translation>
    </message>
    <message>
        <source>{shown} van {total} sjablonen</source>
        <translation>{shown} of {total} templates</translation>
    </message>
    <message>
        <source>{total} sjablonen</source>
        <translation>{total} templates</translation>
    </message>
    <message>
        <source>Sjabloon im&amp;porteren…</source>
        <translation>Im&amp;port template…</translation>
    </message>
    <message>
        <source>Een sjabloonbestand (.bpsjabloon) bij Mijn sjablonen zetten</source>
        <translation>Add a template file (.bpsjabloon) to My templates</translation>
    </message>
    <message>
        <source>Schoolsjablonen</source>
        <translation>School templates</translation>
    </message>
    <message>
        <source>Uit de gedeelde map {folder} (alleen lezen; kies een andere map bij Instellingen).</source>
        <translation>From the shared folder {folder} (read only; choose another folder in Settings).</translation>
    </message>
    <message>
        <source>Schoolsjablonen laden…</source>
        <translation>Loading school templates…</translation>
    </message>
    <message>
        <source>schoolsjabloon</source>
        <translation>school template</translation>
    </message>
    <message>
        <source>Deze map heeft (nog) geen sjablonen (.bpsjabloon).</source>
        <translation>This folder has no templates (.bpsjabloon) (yet).</translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Een andere map met schoolsjablonen kiezen</source>
        <translation>Choose another folder of school templates</translation>
    </message>
    <message>
        <source>Nieuw bord met dit sjabloon…</source>
        <translation>New board from this template…</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Als bestand bewaren om met collega&apos;s te delen</source>
        <translation>Save as a file to share with colleagues</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Resultaten importeren: controle</source>
        <translation>Import results: check</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Foute rijen overslaan</source>
        <translation>Skip faulty rows</translation>
    </message>
    <message>
        <source>Toevoegen aan de sessie</source>
        <translation>Add to the session</translation>
    </message>
    <message>
        <source>(kies een zone)</source>
        <translation>(choose a zone)</translation>
    </message>
    <message>
        <source>{notes} notities, {dots} stiprijen, {actions} actiepunten in orde; {problems} fout, {skipped} overgeslagen</source>
        <translation>{notes} notes, {dots} dot rows, {actions} action items OK; {problems} faulty, {skipped} skipped</translation>
    </message>
</context>
<context>
    <name>LineChartWidget</name>
    <message>
        <source>Niets veranderd tussen de data</source>
        <translation>Nothing changed between the dates</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Eigenschappen</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Palet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>&lt;begin&gt;</source>
        <translation>&lt;start&gt;</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nieuw bord…</source>
        <translation>New board…</translation>
    </message>
    <message>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Opslaan als sjabloon…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Het bord bewaren bij Mijn sjablonen, met methode, stap en beschrijving</source>
        <translation>Keep the board in My templates, with method, step and description</translation>
    </message>
    <message>
        <source>Sjabloon importeren…</source>
        <translation>Import template…</translation>
    </message>
    <message>
        <source>Een sjabloonbestand van een collega bij Mijn sjablonen zetten</source>
        <translation>Add a colleague&apos;s template file to My templates</translation>
    </message>
    <message>
        <source>Afdrukken en PDF…</source>
        <translation>Print and PDF…</translation>
    </message>
    <message>
        <source>PDF in tegels afdrukken…</source>
        <translation>Print PDF as tiles…</translation>
    </message>
    <message>
        <source>Exporteren als afbeelding…</source>
        <translation>Export as image…</translation>
    </message>
    <message>
        <source>Het bord als PNG of SVG voor dia&apos;s en e-mail, zoals het wordt geprint</source>
        <translation>The board as PNG or SVG for slides and e-mail, as it is printed</translation>
    </message>
    <message>
        <source>Bord sluiten</source>
        <translation>Close board</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Over Bruinpapier</source>
        <translation>About Bruinpapier</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Recente bestanden</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Invoegen</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>&amp;Schikken</source>
        <translation>&amp;Arrange</translation>
    </message>
    <message>
        <source>Bord opgeslagen: {path}</source>
        <translation>Board saved: {path}</translation>
    </message>
    <message>
        <source>Nog geen bestanden geopend</source>
        <translation>No files opened yet</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Ellips</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Afgeronde rechthoek</source>
        <translation>Rounded rectangle</translation>
    </message>
    <message>
        <source>Plek voor een post-it</source>
        <translation>Spot for a sticky note</translation>
    </message>
    <message>
        <source>VSM-symbool</source>
        <translation>VSM symbol</translation>
    </message>
    <message>
        <source>Panelen</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Ongedaan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Versie {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Lijn</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Sjabloon &amp;kiezen</source>
        <translation>&amp;Choose a template</translation>
    </message>
    <message>
        <source>Naar de pagina Start met alle sjablonen per methode</source>
        <translation>To the Start page with all templates by method</translation>
    </message>
    <message>
        <source>&amp;Nieuw leeg bord…</source>
        <translation>&amp;New blank board…</translation>
    </message>
    <message>
        <source>Een leeg bord op papier naar keuze</source>
        <translation>A blank board on the paper of your choice</translation>
    </message>
    <message>
        <source>Bord &amp;openen…</source>
        <translation>&amp;Open board…</translation>
    </message>
    <message>
        <source>Een bord openen dat je eerder opsloeg</source>
        <translation>Open a board you saved earlier</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Er is geen bord open</source>
        <translation>No board is open</translation>
    </message>
    <message>
        <source>{count} geselecteerd</source>
        <translation>{count} selected</translation>
    </message>
    <message>
        <source>Er is (nog) niets om ongedaan te maken</source>
        <translation>There is nothing to undo (yet)</translation>
    </message>
    <message>
        <source>Er is niets om opnieuw te doen</source>
        <translation>There is nothing to redo</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; heeft wijzigingen die nog niet zijn opgeslagen. Wil je ze opslaan?</source>
        <translation>&apos;{name}&apos; has changes that have not been saved. Do you want to save them?</translation>
    </message>
    <message>
        <source>Nieuw bord</source>
        <translation>New board</translation>
    </message>
    <message>
        <source>Nieuw bord &apos;{title}&apos; op {paper}.</source>
        <translation>New board &apos;{title}&apos; on {paper}.</translation>
    </message>
    <message>
        <source>Bord openen</source>
        <translation>Open board</translation>
    </message>
    <message>
        <source>Bruinpapier-borden (*{suffix} *.json);;Alle bestanden (*)</source>
        <translation>Bruinpapier boards (*{suffix} *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Bord openen mislukt</source>
        <translation>Could not open the board</translation>
    </message>
    <message>
        <source>Geopend: {path}</source>
        <translation>Opened: {path}</translation>
    </message>
    <message>
        <source>Bord opslaan</source>
        <translation>Save board</translation>
    </message>
    <message>
        <source>Bruinpapier-borden (*{suffix})</source>
        <translation>Bruinpapier boards (*{suffix})</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Kan &apos;{path}&apos; niet schrijven: {reason}</source>
        <translation>Cannot write &apos;{path}&apos;: {reason}</translation>
    </message>
    <message>
        <source>Geen herstelkopie bewaard: {reason}</source>
        <translation>No recovery copy saved: {reason}</translation>
    </message>
    <message>
        <source>Herstelbestand beschadigd</source>
        <translation>Recovery file damaged</translation>
    </message>
    <message>
        <source>{error}

Het is niet verwijderd maar apart gezet als {path}.</source>
        <translation>{error}

It was not deleted but set aside as {path}.</translation>
    </message>
    <message>
        <source>Bord herstellen?</source>
        <translation>Restore board?</translation>
    </message>
    <message>
        <source>Bruinpapier is de vorige keer niet netjes afgesloten. Er is een automatisch bewaarde versie van &apos;{title}&apos; ({time}). Wil je die herstellen?</source>
        <translation>Bruinpapier did not close properly last time. There is an automatically saved version of &apos;{title}&apos; ({time}). Do you want to restore it?</translation>
    </message>
    <message>
        <source>Bord hersteld; sla het op om het te bewaren.</source>
        <translation>Board restored; save it to keep it.</translation>
    </message>
    <message>
        <source>Schoolsjablonen</source>
        <translation>School templates</translation>
    </message>
    <message>
        <source>{problem}.

Deze map toch gebruiken? De sjablonen verschijnen zodra hij bereikbaar is.</source>
        <translation>{problem}.

Use this folder anyway? Its templates appear as soon as it can be reached.</translation>
    </message>
    <message>
        <source>Schoolsjablonen uit {folder}.</source>
        <translation>School templates from {folder}.</translation>
    </message>
    <message>
        <source>Er wordt geen map met schoolsjablonen meer gebruikt.</source>
        <translation>No folder of school templates is used any more.</translation>
    </message>
    <message>
        <source>Ctrl+muiswiel zoomt, middelste muisknop of spatie+slepen verschuift, pijltjes verschuiven de selectie (Shift: per mm), Alt tijdens slepen zet uitlijnen uit.</source>
        <translation>Ctrl+mouse wheel zooms, the middle mouse button or space+drag pans, the arrow keys move the selection (Shift: by 1 mm), Alt while dragging turns snapping off.</translation>
    </message>
    <message>
        <source>Bruinpapier: werkborden voor teamsessies ontwerpen, op elk formaat printen en de resultaten teruglezen.</source>
        <translation>Bruinpapier: design workshop boards for team sessions, print them at any size and read the results back.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Resultaten overnemen: al ingevuld</source>
        <translation>Take over results: already filled in</translation>
    </message>
    <message>
        <source>In deze zones staat in de sessie al iets anders dan op de foto. Kies per zone wat blijft; standaard blijft wat er al stond. Ongedaan maken (Ctrl+Z) zet alles in één stap terug.</source>
        <translation>In these zones the session already holds something other than the photo. Choose per zone what stays; by default what was there stays. Undo (Ctrl+Z) puts everything back in one step.</translation>
    </message>
    <message>
        <source>In deze zones staat in de sessie al iets anders dan in het bestand. Kies per zone wat blijft; standaard blijft wat er al stond. Ongedaan maken (Ctrl+Z) zet alles in één stap terug.</source>
        <translation>In these zones the session already holds something other than the file. Choose per zone what stays; by default what was there stays. Undo (Ctrl+Z) puts everything back in one step.</translation>
    </message>
    <message>
        <source>Van de foto</source>
        <translation>From the photo</translation>
    </message>
    <message>
        <source>Uit het bestand</source>
        <translation>From the file</translation>
    </message>
    <message>
        <source>Sessie houden</source>
        <translation>Keep session</translation>
    </message>
    <message>
        <source>Foto overnemen</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Bestand overnemen</source>
        <translation>Take file</translation>
    </message>
    <message>
        <source>Allebei (optellen)</source>
        <translation>Both (add up)</translation>
    </message>
    <message>
        <source>Wat in de sessie staat blijft; dit deel van de foto wordt niet overgenomen</source>
        <translation>What is in the session stays; this part of the photo is not taken over</translation>
    </message>
    <message>
        <source>Wat in de sessie staat blijft; dit deel van het bestand wordt niet overgenomen</source>
        <translation>What is in the session stays; this part of the file is not taken over</translation>
    </message>
    <message>
        <source>Vervangt wat in de sessie staat</source>
        <translation>Replaces what is in the session</translation>
    </message>
    <message>
        <source>Stippen opgeteld; notities van allebei, een notitie die er al staat komt er niet dubbel in</source>
        <translation>Dots added up; notes from both, a note that is already there is not added twice</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Nu in de sessie</source>
        <translation>Now in the session</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Verschillen per zone</source>
        <translation>Differences per zone</translation>
    </message>
    <message>
        <source>Overal:</source>
        <translation>Everywhere:</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zet de keuzes in de sessie, als één stap die Ctrl+Z terugzet</source>
        <translation>Put the choices into the session, as one step that Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>Niets overnemen; de gelezen resultaten blijven staan</source>
        <translation>Take over nothing; the results read stay where they are</translation>
    </message>
    <message>
        <source>Per zone wat nu in de sessie staat en wat binnenkomt; rechts kies je wat blijft</source>
        <translation>Per zone what the session holds now and what comes in; on the right you choose what stays</translation>
    </message>
    <message>
        <source>stippen</source>
        <translation>dots</translation>
    </message>
    <message>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Keuze voor {zone}, {part}</source>
        <translation>Choice for {zone}, {part}</translation>
    </message>
    <message>
        <source>(zonder tekst)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>{count} notitie(s): {texts}</source>
        <translation>{count} note(s): {texts}</translation>
    </message>
    <message>
        <source>Er komen {notes} notitie(s) en {dots} stiptelling(en) bij of veranderen; {kept} keer blijft de sessie zoals ze is; {replaced} notitie(s) in de sessie worden vervangen.</source>
        <translation>{notes} note(s) and {dots} dot count(s) are added or change; {kept} time(s) the session stays as it is; {replaced} note(s) in the session are replaced.</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Nieuw bord</source>
        <translation>New board</translation>
    </message>
    <message>
        <source>Leeg bord</source>
        <translation>Blank board</translation>
    </message>
    <message>
        <source>{title} (eigen)</source>
        <translation>{title} (own)</translation>
    </message>
    <message>
        <source>{title} (school)</source>
        <translation>{title} (school)</translation>
    </message>
    <message>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Bord maken</source>
        <translation>Create board</translation>
    </message>
    <message>
        <source>Het sjabloon waar het bord mee begint, of een leeg bord</source>
        <translation>The template the board starts from, or a blank board</translation>
    </message>
    <message>
        <source>De titel bovenaan het bord</source>
        <translation>The title at the top of the board</translation>
    </message>
    <message>
        <source>Het bord maken en openen op de pagina Bord</source>
        <translation>Make the board and open it on the Board page</translation>
    </message>
    <message>
        <source>Geen bord maken</source>
        <translation>Make no board</translation>
    </message>
    <message>
        <source>Een leeg vel met alleen een titelblok en een legenda.</source>
        <translation>An empty sheet with only a title block and a legend.</translation>
    </message>
</context>
<context>
    <name>NewTrajectoryDialog</name>
    <message>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <source>bijvoorbeeld OBS Akkrum</source>
        <translation>for example OBS Akkrum</translation>
    </message>
    <message>
        <source>De methode waarvan het traject de stappen volgt</source>
        <translation>The method whose steps the trajectory follows</translation>
    </message>
    <message>
        <source>De school die het traject doet (nodig)</source>
        <translation>The school doing the trajectory (required)</translation>
    </message>
    <message>
        <source>Het team of de groep, als niet de hele school meedoet</source>
        <translation>The team or group, when not the whole school takes part</translation>
    </message>
    <message>
        <source>Het traject maken; daarna kies je waar het bestand komt</source>
        <translation>Make the trajectory; then you choose where its file goes</translation>
    </message>
    <message>
        <source>Geen traject maken</source>
        <translation>Make no trajectory</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Team of groep</source>
        <translation>Team or group</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>geen zone</source>
        <translation>no zone</translation>
    </message>
    <message>
        <source>{number}. {zone}</source>
        <translation>{number}. {zone}</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Palet</source>
        <extracomment>Mime type of a palette entry dragged onto the board. Palette entries that are not symbols. Palette entries for zone shapes: &quot;shape:ellipse&quot;, &quot;shape:circle&quot;, &quot;shape:rounded&quot;, &quot;shape:note&quot;.</extracomment>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Klik om toe te voegen midden in beeld, of sleep naar een plek op het bord</source>
        <translation>Click to add in the middle of the view, or drag to a place on the board</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Tekstvak</source>
        <translation>Text box</translation>
    </message>
    <message>
        <source>Groepskop</source>
        <translation>Group heading</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Lijn</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Ellips</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Rounded</translation>
    </message>
    <message>
        <source>Post-it-plek</source>
        <translation>Sticky-note spot</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Afbeelding</source>
        <translation>Picture</translation>
    </message>
</context>
<context>
    <name>PaperChooser</name>
    <message>
        <source>Eigen maat (rol)</source>
        <translation>Custom size (roll)</translation>
    </message>
    <message>
        <source>Liggend</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Het papierformaat: A0 tot A4, of een eigen maat zoals een rol</source>
        <translation>The paper size: A0 to A4, or a custom size such as a roll</translation>
    </message>
    <message>
        <source>Liggend of staand papier</source>
        <translation>Landscape or portrait paper</translation>
    </message>
    <message>
        <source>Breedte van een eigen maat, in mm</source>
        <translation>Width of a custom size, in mm</translation>
    </message>
    <message>
        <source>Hoogte van een eigen maat, in mm</source>
        <translation>Height of a custom size, in mm</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Richting</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Breedte</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Hoogte</source>
        <translation>Height</translation>
    </message>
</context>
<context>
    <name>PdfTilesDialog</name>
    <message>
        <source>PDF in tegels afdrukken</source>
        <translation>Print PDF as tiles</translation>
    </message>
    <message>
        <source>Nog geen PDF gekozen</source>
        <translation>No PDF chosen yet</translation>
    </message>
    <message>
        <source>PDF kiezen…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <source>A4-vellen</source>
        <translation>A4 sheets</translation>
    </message>
    <message>
        <source>A3-vellen</source>
        <translation>A3 sheets</translation>
    </message>
    <message>
        <source>Automatisch (minste vellen)</source>
        <translation>Automatic (fewest sheets)</translation>
    </message>
    <message>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Liggend</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>De PDF wordt op ware grootte over de vellen verdeeld, met lijmstroken, kniplijnen, vellabels en een opbouwplan. Druk af zonder &apos;passend maken&apos;.</source>
        <translation>The PDF is spread over the sheets at true size, with glue strips, cut lines, sheet labels and an assembly map. Print without &apos;fit to page&apos;.</translation>
    </message>
    <message>
        <source>Tegels</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>Vellen</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Tegels opslaan…</source>
        <translation>Save tiles…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Poster-PDF kiezen</source>
        <translation>Choose poster PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Kies een PDF om in tegels af te drukken.</source>
        <translation>Choose a PDF to print as tiles.</translation>
    </message>
    <message>
        <source>{sheets} vellen {sheet} ({rows} × {cols}) + opbouwplan; poster {width} × {height} mm, ware grootte</source>
        <translation>{sheets} sheets {sheet} ({rows} × {cols}) + assembly map; poster {width} × {height} mm, true size</translation>
    </message>
    <message>
        <source>Tegels opslaan</source>
        <translation>Save tiles</translation>
    </message>
    <message>
        <source>PDF maken mislukt</source>
        <translation>Could not make the PDF</translation>
    </message>
    <message>
        <source>PDF opgeslagen: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Afdrukken en PDF</source>
        <translation>Print and PDF</translation>
    </message>
    <message>
        <source>Geen (één vel)</source>
        <translation>None (one sheet)</translation>
    </message>
    <message>
        <source>A4-vellen</source>
        <translation>A4 sheets</translation>
    </message>
    <message>
        <source>A3-vellen</source>
        <translation>A3 sheets</translation>
    </message>
    <message>
        <source>Automatisch (minste vellen)</source>
        <translation>Automatic (fewest sheets)</translation>
    </message>
    <message>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Liggend</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Automatisch: een poster kraftbruin, tegels wit (scheelt toner)</source>
        <translation>Automatic: a poster kraft brown, tiles white (saves toner)</translation>
    </message>
    <message>
        <source>Bruin (kraftpapier)</source>
        <translation>Brown (kraft paper)</translation>
    </message>
    <message>
        <source>Geen (wit)</source>
        <translation>None (white)</translation>
    </message>
    <message>
        <source>Tegels komen standaard wit uit de printer, met alleen wat nodig is: dat scheelt toner. Kies bij Achtergrond &apos;Bruin&apos; voor bruine vellen.</source>
        <translation>Tiles come out of the printer white by default, with only what is needed: that saves toner. Choose &apos;Brown&apos; as background for brown sheets.</translation>
    </message>
    <message>
        <source>Instellingen voor afdrukken</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <source>Tegels</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>Vellen</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Sessiecode</source>
        <translation>Session code</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>PDF opslaan…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Eén vel in het formaat van het bord, of tegels op A4/A3 om aan elkaar te plakken</source>
        <translation>One sheet the size of the board, or A4/A3 tiles to glue together</translation>
    </message>
    <message>
        <source>Hoe de tegelvellen liggen; automatisch kiest de minste vellen</source>
        <translation>How the tile sheets lie; automatic takes the fewest sheets</translation>
    </message>
    <message>
        <source>Hoeveel de tegels over elkaar vallen om te plakken, in mm</source>
        <translation>How much the tiles overlap for gluing, in mm</translation>
    </message>
    <message>
        <source>Een code voor de sessie, in het titelblok en de QR-code</source>
        <translation>A code for the session, in the title block and the QR code</translation>
    </message>
    <message>
        <source>De school, in het titelblok</source>
        <translation>The school, in the title block</translation>
    </message>
    <message>
        <source>De datum van de sessie, in het titelblok (JJJJ-MM-DD)</source>
        <translation>The date of the session, in the title block (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>De PDF bewaren, om zelf of bij een drukker af te drukken</source>
        <translation>Save the PDF, to print yourself or at a print shop</translation>
    </message>
    <message>
        <source>Naar een printer sturen</source>
        <translation>Send to a printer</translation>
    </message>
    <message>
        <source>Dit venster sluiten</source>
        <translation>Close this window</translation>
    </message>
    <message>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Alleen bij tegels: kies A4- of A3-vellen bij Tegels</source>
        <translation>Only for tiles: choose A4 or A3 sheets at Tiles</translation>
    </message>
    <message>
        <source>{pages} pagina&apos;s ({rows} × {cols} tegels)</source>
        <translation>{pages} pages ({rows} × {cols} tiles)</translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>Schaal: ware grootte (1:1)</source>
        <translation>Scale: true size (1:1)</translation>
    </message>
    <message>
        <source>Schaal: geschaald naar {percent} % van ware grootte (het bord past niet op dit papier)</source>
        <translation>Scale: scaled to {percent} % of true size (the board does not fit this paper)</translation>
    </message>
    <message>
        <source>Schaal: vergroot naar {percent} % van ware grootte</source>
        <translation>Scale: enlarged to {percent} % of true size</translation>
    </message>
    <message>
        <source>Pagina {page} van {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Dit is de eerste pagina</source>
        <translation>This is the first page</translation>
    </message>
    <message>
        <source>Dit is de laatste pagina</source>
        <translation>This is the last page</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF maken mislukt</source>
        <translation>Could not make the PDF</translation>
    </message>
    <message>
        <source>PDF opgeslagen: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Eigen maat</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>Liggend</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Staand</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Inhoud meeschalen</source>
        <translation>Scale content along</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Hoofdvraag</source>
        <translation>Guiding question</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Richting</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Breedte</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Hoogte</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Een knik midden in het langste stuk van de pijl; sleep daarna zijn greep waar je hem wilt</source>
        <translation>A bend in the middle of the arrow&apos;s longest leg; then drag its grip where you want it</translation>
    </message>
    <message>
        <source>Knik toevoegen</source>
        <translation>Add bend</translation>
    </message>
    <message>
        <source>Alle weg</source>
        <translation>Remove all</translation>
    </message>
    <message>
        <source>Alle knikken weghalen: de pijl loopt weer vanzelf om de andere onderdelen heen</source>
        <translation>Remove all bends: the arrow finds its own way round the other parts again</translation>
    </message>
    <message>
        <source>Knikken weghalen</source>
        <translation>Remove bends</translation>
    </message>
    <message>
        <source>Knikken</source>
        <translation>Bends</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Maat</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>post-its</source>
        <translation>sticky notes</translation>
    </message>
    <message>
        <source>tabelrijen</source>
        <translation>table rows</translation>
    </message>
    <message>
        <source>Stipsoort</source>
        <translation>Dot kind</translation>
    </message>
    <message>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Stipsoort toevoegen</source>
        <translation>Add dot kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Definitie</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Houdt</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Stippen</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>De titel bovenaan het bord en in de bestandsnaam</source>
        <translation>The title at the top of the board and in the file name</translation>
    </message>
    <message>
        <source>De hoofdvraag van het bord, onder de titel</source>
        <translation>The board&apos;s main question, below the title</translation>
    </message>
    <message>
        <source>Het papierformaat waarop het bord wordt ontworpen</source>
        <translation>The paper size the board is designed on</translation>
    </message>
    <message>
        <source>Liggend of staand papier</source>
        <translation>Landscape or portrait paper</translation>
    </message>
    <message>
        <source>Breedte van een eigen papiermaat, in mm</source>
        <translation>Width of a custom paper size, in mm</translation>
    </message>
    <message>
        <source>Hoogte van een eigen papiermaat, in mm</source>
        <translation>Height of a custom paper size, in mm</translation>
    </message>
    <message>
        <source>Alles op het bord schaalt mee naar het nieuwe papier</source>
        <translation>Everything on the board is scaled to the new paper</translation>
    </message>
    <message>
        <source>Het gekozen papier voor het bord gebruiken</source>
        <translation>Use the chosen paper for the board</translation>
    </message>
    <message>
        <source>De tekst van het gekozen onderdeel</source>
        <translation>The text of the chosen part</translation>
    </message>
    <message>
        <source>Wat voor zone het is (cel, kolom, kwadrant, …)</source>
        <translation>What kind of zone it is (cell, column, quadrant, …)</translation>
    </message>
    <message>
        <source>Afstand tot de linkerrand van het bord, in mm</source>
        <translation>Distance from the left edge of the board, in mm</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Afstand tot de bovenrand van het bord, in mm</source>
        <translation>Distance from the top edge of the board, in mm</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Breedte in mm</source>
        <translation>Width in mm</translation>
    </message>
    <message>
        <source>breedte</source>
        <translation>width</translation>
    </message>
    <message>
        <source>Hoogte in mm</source>
        <translation>Height in mm</translation>
    </message>
    <message>
        <source>hoogte</source>
        <translation>height</translation>
    </message>
    <message>
        <source>De vraag die in de zone staat, onder het label</source>
        <translation>The question in the zone, below the label</translation>
    </message>
    <message>
        <source>Wat de zone betekent, in kleine letters op het bord</source>
        <translation>What the zone means, in small print on the board</translation>
    </message>
    <message>
        <source>In deze zone komen post-its</source>
        <translation>This zone takes sticky notes</translation>
    </message>
    <message>
        <source>Deze zone is een tabel met rijen om in te schrijven</source>
        <translation>This zone is a table with rows to write in</translation>
    </message>
    <message>
        <source>De soorten stippen die in deze zone geplakt worden; dubbelklik op de kleur</source>
        <translation>The kinds of dots stuck in this zone; double-click the colour</translation>
    </message>
    <message>
        <source>{count} onderdelen</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Groepskop</source>
        <translation>Group heading</translation>
    </message>
    <message>
        <source>Titelblok</source>
        <translation>Title block</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Tekstvak</source>
        <translation>Text box</translation>
    </message>
    <message>
        <source>Symbool</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Lijn</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Dubbelklik om de kleur te kiezen</source>
        <translation>Double-click to choose the colour</translation>
    </message>
    <message>
        <source>Eigenschap wijzigen</source>
        <translation>Change property</translation>
    </message>
    <message>
        <source>Positie of maat wijzigen</source>
        <translation>Change position or size</translation>
    </message>
    <message>
        <source>Inhoud van zone wijzigen</source>
        <translation>Change what the zone holds</translation>
    </message>
    <message>
        <source>stip {n}</source>
        <translation>dot {n}</translation>
    </message>
    <message>
        <source>Stipsoort verwijderen</source>
        <translation>Remove dot kind</translation>
    </message>
    <message>
        <source>Papier toe&amp;passen</source>
        <translation>A&amp;pply paper</translation>
    </message>
    <message>
        <source>Pijl</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Afbeelding</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Vergrendeld: ontgrendel het eerst (Schikken → Vergrendelen)</source>
        <translation>Locked: unlock it first (Arrange → Lock)</translation>
    </message>
    <message>
        <source>De maat van een selectie: kies één onderdeel om het groter of kleiner te maken</source>
        <translation>The size of a selection: choose one part to make it larger or smaller</translation>
    </message>
    <message>
        <source>{value} kan niet: {problem}.</source>
        <translation>{value} is not possible: {problem}.</translation>
    </message>
    <message>
        <source>Vulling wijzigen</source>
        <translation>Change fill</translation>
    </message>
    <message>
        <source>Lijnkleur wijzigen</source>
        <translation>Change line colour</translation>
    </message>
    <message>
        <source>Lijndikte wijzigen</source>
        <translation>Change line width</translation>
    </message>
    <message>
        <source>Rand wijzigen</source>
        <translation>Change border</translation>
    </message>
    <message>
        <source>Lijn wijzigen</source>
        <translation>Change line</translation>
    </message>
    <message>
        <source>Tekstkleur wijzigen</source>
        <translation>Change text colour</translation>
    </message>
    <message>
        <source>Lettergrootte wijzigen</source>
        <translation>Change font size</translation>
    </message>
    <message>
        <source>Tekst wijzigen</source>
        <translation>Change text</translation>
    </message>
    <message>
        <source>Vorm wijzigen</source>
        <translation>Change shape</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wel afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Niet afdrukken</source>
        <translation>Do not print</translation>
    </message>
    <message>
        <source>Opmaak wijzigen</source>
        <translation>Change formatting</translation>
    </message>
    <message>
        <source>Stijl {name} toepassen</source>
        <translation>Apply style {name}</translation>
    </message>
    <message>
        <source>Stipsoort hernoemen</source>
        <translation>Rename dot kind</translation>
    </message>
    <message>
        <source>Kleur van de stip</source>
        <translation>Dot colour</translation>
    </message>
    <message>
        <source>Stipkleur wijzigen</source>
        <translation>Change dot colour</translation>
    </message>
    <message>
        <source>Bordgegevens wijzigen</source>
        <translation>Change board details</translation>
    </message>
    <message>
        <source>Papier wijzigen</source>
        <translation>Change paper</translation>
    </message>
</context>
<context>
    <name>ResultsDocument</name>
    <message>
        <source>Kleur van notitie</source>
        <translation>Note colour</translation>
    </message>
    <message>
        <source>Tekst van notitie</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Notitie verplaatsen</source>
        <translation>Move note</translation>
    </message>
    <message>
        <source>Notitie kiezen</source>
        <translation>Choose note</translation>
    </message>
    <message>
        <source>Keuze intrekken</source>
        <translation>Unchoose note</translation>
    </message>
    <message>
        <source>Soort van notitie</source>
        <translation>Kind of note</translation>
    </message>
    <message>
        <source>Tijden van processtap</source>
        <translation>Times of process step</translation>
    </message>
    <message>
        <source>Notitie koppelen</source>
        <translation>Link note</translation>
    </message>
    <message>
        <source>Actiepunten verwijderen</source>
        <translation>Remove action items</translation>
    </message>
    <message>
        <source>Resultaten importeren</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Sessiegegevens wijzigen</source>
        <translation>Change session details</translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Notitie verwijderen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Aantal respondenten</source>
        <translation>Number of respondents</translation>
    </message>
    <message>
        <source>Stippen tellen</source>
        <translation>Count dots</translation>
    </message>
    <message>
        <source>Actiepunt toevoegen</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <source>Actiepunt verwijderen</source>
        <translation>Delete action item</translation>
    </message>
    <message>
        <source>Actiepunt wijzigen</source>
        <translation>Change action item</translation>
    </message>
</context>
<context>
    <name>ResultsEditor</name>
    <message>
        <source>Het bord met de notities en stippen; klik op een zone om daar te typen</source>
        <translation>The board with the notes and dots; click a zone to type there</translation>
    </message>
    <message>
        <source>Bord met resultaten</source>
        <translation>Board with results</translation>
    </message>
    <message>
        <source>&amp;Tellen (Ctrl+D)</source>
        <translation>&amp;Count (Ctrl+D)</translation>
    </message>
    <message>
        <source>Wisselen tussen notities typen en stippen tellen (Ctrl+D)</source>
        <translation>Switch between typing notes and counting dots (Ctrl+D)</translation>
    </message>
    <message>
        <source>Typ een notitie en Enter; Tab: volgende zone; in telmodus een aantal stippen</source>
        <translation>Type a note and Enter; Tab: next zone; in counting mode a number of dots</translation>
    </message>
    <message>
        <source>Notitie of aantal</source>
        <translation>Note or number</translation>
    </message>
    <message>
        <source>Notitiekleur {name} (Alt+{number})</source>
        <translation>Note colour {name} (Alt+{number})</translation>
    </message>
    <message>
        <source>Notitiekleur {name}</source>
        <translation>Note colour {name}</translation>
    </message>
    <message>
        <source>Imp&amp;orteren …</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>Resultaten uit een CSV- of Excel-bestand toevoegen</source>
        <translation>Add results from a CSV or Excel file</translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Sessiegegevens</source>
        <translation>Session details</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Tellen of typen</source>
        <translation>Count or type</translation>
    </message>
    <message>
        <source>Gekozen notities aan/uit</source>
        <translation>Toggle chosen notes</translation>
    </message>
    <message>
        <source>aantal stippen, Enter = volgende</source>
        <translation>number of dots, Enter = next</translation>
    </message>
    <message>
        <source>notitie typen, Enter = toevoegen, Tab = volgende zone</source>
        <translation>type a note, Enter = add, Tab = next zone</translation>
    </message>
    <message>
        <source>In {zone} horen geen notities</source>
        <translation>{zone} takes no notes</translation>
    </message>
    <message>
        <source>Resultaten importeren</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Tabellen (*.csv *.xlsx)</source>
        <translation>Tables (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Resultaten van foto overnemen</source>
        <translation>Take over results from photo</translation>
    </message>
    <message>
        <source>Geen zones</source>
        <translation>No zones</translation>
    </message>
    <message>
        <source>{zone} ({count} notities)</source>
        <translation>{zone} ({count} notes)</translation>
    </message>
    <message>
        <source>Eén stip {kind} minder (−)</source>
        <translation>One {kind} dot less (−)</translation>
    </message>
    <message>
        <source>Eén stip {kind} meer (+)</source>
        <translation>One {kind} dot more (+)</translation>
    </message>
    <message>
        <source>Stip {kind} minder</source>
        <translation>{kind} dot less</translation>
    </message>
    <message>
        <source>Stip {kind} meer</source>
        <translation>{kind} dot more</translation>
    </message>
</context>
<context>
    <name>ReviewPhotoView</name>
    <message>
        <source>Nog geen foto</source>
        <translation>No photo yet</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <source>Lees de foto&apos;s als foto&apos;s van dit bord, ook al noemt de QR-code een ander bord</source>
        <translation>Read the photos as photos of this board, although their QR code names another board</translation>
    </message>
    <message>
        <source>Papier:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>zoals het bord ({paper})</source>
        <translation>as the board ({paper})</translation>
    </message>
    <message>
        <source>Volgende twijfelgeval</source>
        <translation>Next doubtful one</translation>
    </message>
    <message>
        <source>Kleur van de rand: de zone. Gestippeld met ?: twijfelachtig. Gearceerd: niet te lezen (schittering); grijs: niet op de foto.</source>
        <translation>Outline colour: the zone. Dashed with ?: doubtful. Hatched: unreadable (glare); grey: not in the photo.</translation>
    </message>
    <message>
        <source>Naar de volgende notitie of stip met een ?, daarna de vakken met een onzekere telling (F8)</source>
        <translation>To the next note or dot with a ?, then the zones whose count is uncertain (F8)</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Neem de notities en stippen over in de sessie</source>
        <translation>Take the notes and dots over into the session</translation>
    </message>
    <message>
        <source>Laatste hoe&amp;k weg</source>
        <translation>Remove &amp;last corner</translation>
    </message>
    <message>
        <source>Opnieuw le&amp;zen</source>
        <translation>Read a&amp;gain</translation>
    </message>
    <message>
        <source>Dubbelklik op het bord: notitie toevoegen · Shift+dubbelklik: stip · slepen: verplaatsen · Delete: verwijderen · Enter: tekst bevestigen, volgende notitie · F8: volgende twijfelgeval · Ctrl+Z / Ctrl+Shift+Z: ongedaan / opnieuw</source>
        <translation>Double-click the board: add a note · Shift+double-click: dot · drag: move · Delete: delete · Enter: confirm the text, next note · F8: next doubtful one · Ctrl+Z / Ctrl+Shift+Z: undo / redo</translation>
    </message>
    <message>
        <source>Foto&apos;s van het ingevulde bord kiezen om te lezen</source>
        <translation>Choose photos of the filled-in board to read</translation>
    </message>
    <message>
        <source>Het lezen van de foto&apos;s stoppen</source>
        <translation>Stop reading the photos</translation>
    </message>
    <message>
        <source>Op welk papier het bord geprint is, als de hoeken met de hand zijn aangewezen</source>
        <translation>The paper the board was printed on, when the corners are pointed out by hand</translation>
    </message>
    <message>
        <source>De laatst aangeklikte hoek weghalen</source>
        <translation>Remove the corner clicked last</translation>
    </message>
    <message>
        <source>De foto opnieuw lezen met de vier aangeklikte hoeken</source>
        <translation>Read the photo again with the four corners clicked</translation>
    </message>
    <message>
        <source>Welke foto je ziet</source>
        <translation>Which photo you see</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>De foto, met wat gevonden is; klik een notitie of stip om die te kiezen</source>
        <translation>The photo with what was found; click a note or dot to choose it</translation>
    </message>
    <message>
        <source>Het bord met wat gevonden is; dubbelklik voegt een notitie toe</source>
        <translation>The board with what was found; double-click adds a note</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>De laatste wijziging ongedaan maken (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>In welke zone de gekozen notitie of stip hoort</source>
        <translation>The zone the chosen note or dot belongs in</translation>
    </message>
    <message>
        <source>De kleur van de gekozen notitie</source>
        <translation>The colour of the chosen note</translation>
    </message>
    <message>
        <source>De soort van de gekozen stip</source>
        <translation>The kind of the chosen dot</translation>
    </message>
    <message>
        <source>De gekozen notitie of stip weghalen (Delete)</source>
        <translation>Remove the chosen note or dot (Delete)</translation>
    </message>
    <message>
        <source>Welke soort stip Shift+dubbelklik toevoegt</source>
        <translation>The kind of dot Shift+double-click adds</translation>
    </message>
    <message>
        <source>Geselecteerd</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>(geen zone)</source>
        <translation>(no zone)</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Kleur:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Soort stip:</source>
        <translation>Kind of dot:</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nieuwe stip:</source>
        <translation>New dot:</translation>
    </message>
    <message>
        <source>&amp;Foto&apos;s kiezen…</source>
        <translation>&amp;Choose photos…</translation>
    </message>
    <message>
        <source>A&amp;nnuleren</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>&amp;Toch lezen als dit bord</source>
        <translation>&amp;Read as this board anyway</translation>
    </message>
    <message>
        <source>&amp;Volgende twijfelgeval</source>
        <translation>Ne&amp;xt doubtful one</translation>
    </message>
    <message>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Overnemen</source>
        <translation>Take &amp;over</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Kies foto&apos;s van het ingevulde bord om ze te laten lezen.</source>
        <translation>Choose photos of the filled board to have them read.</translation>
    </message>
    <message>
        <source>Foto&apos;s van het bord kiezen</source>
        <translation>Choose photos of the board</translation>
    </message>
    <message>
        <source>Foto&apos;s ({patterns});;Alle bestanden (*)</source>
        <translation>Photos ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Beoordeling vervangen?</source>
        <translation>Replace the review?</translation>
    </message>
    <message>
        <source>Wat je op deze foto&apos;s hebt gecontroleerd is nog niet overgenomen en gaat verloren. Toch nieuwe foto&apos;s lezen?</source>
        <translation>What you checked on these photos has not been accepted yet and will be lost. Read new photos anyway?</translation>
    </message>
    <message>
        <source>bezig…</source>
        <translation>working…</translation>
    </message>
    <message>
        <source>Foto&apos;s lezen…</source>
        <translation>Reading photos…</translation>
    </message>
    <message>
        <source>Afbreken…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{notes} notities en {dots} stippen gevonden op {photos} foto(&apos;s).</source>
        <translation>{notes} notes and {dots} dots found on {photos} photo(s).</translation>
    </message>
    <message>
        <source>{count} om na te kijken (F8).</source>
        <translation>{count} to check (F8).</translation>
    </message>
    <message>
        <source>De foto hoort bij een ander bord.</source>
        <translation>The photo belongs to another board.</translation>
    </message>
    <message>
        <source>De foto&apos;s konden niet gelezen worden.</source>
        <translation>The photos could not be read.</translation>
    </message>
    <message>
        <source>Onverwachte fout bij het lezen van de foto&apos;s: {error}</source>
        <translation>Unexpected error while reading the photos: {error}</translation>
    </message>
    <message>
        <source>Het lezen is afgebroken; er is niets overgenomen.</source>
        <translation>Reading was cancelled; nothing was taken over.</translation>
    </message>
    <message>
        <source>Op &apos;{name}&apos; is geen bord gevonden: de hoekmarkers zijn niet (genoeg) te zien. Klik hieronder de vier hoeken van het bord aan om de foto toch te lezen.</source>
        <translation>No board found on &apos;{name}&apos;: the corner markers are not (sufficiently) visible. Click the board&apos;s four corners below to read the photo anyway.</translation>
    </message>
    <message>
        <source>Vier-hoekenmodus</source>
        <translation>Four-corner mode</translation>
    </message>
    <message>
        <source>linksboven</source>
        <translation>top left</translation>
    </message>
    <message>
        <source>rechtsboven</source>
        <translation>top right</translation>
    </message>
    <message>
        <source>rechtsonder</source>
        <translation>bottom right</translation>
    </message>
    <message>
        <source>linksonder</source>
        <translation>bottom left</translation>
    </message>
    <message>
        <source>Klik op de hoek &lt;b&gt;{corner}&lt;/b&gt; van het bord ({number} van 4). Backspace haalt de laatste hoek weg.</source>
        <translation>Click the &lt;b&gt;{corner}&lt;/b&gt; corner of the board ({number} of 4). Backspace removes the last corner.</translation>
    </message>
    <message>
        <source>Alle vier hoeken staan er; de foto wordt opnieuw gelezen.</source>
        <translation>All four corners are set; the photo is read again.</translation>
    </message>
    <message>
        <source>schittering: niet te lezen</source>
        <translation>glare: unreadable</translation>
    </message>
    <message>
        <source>niet op de foto</source>
        <translation>not in the photo</translation>
    </message>
    <message>
        <source>Notities ({count})</source>
        <translation>Notes ({count})</translation>
    </message>
    <message>
        <source>{notes} notities, {dots} stippen, {doubtful} twijfelachtig</source>
        <translation>{notes} notes, {dots} dots, {doubtful} doubtful</translation>
    </message>
    <message>
        <source>{count} vak(ken) met een onzekere telling</source>
        <translation>{count} zone(s) with an uncertain count</translation>
    </message>
    <message>
        <source>{count} stip(pen) tellen niet mee (niet in een zone voor die soort)</source>
        <translation>{count} dot(s) do not count (not in a zone for that kind)</translation>
    </message>
    <message>
        <source>Geen twijfelgevallen meer.</source>
        <translation>No doubtful ones left.</translation>
    </message>
    <message>
        <source>Vak &apos;{zone}&apos;: telling niet zeker ({reasons}). Tel de stippen en post-its hier zelf na.</source>
        <translation>Zone &apos;{zone}&apos;: count uncertain ({reasons}). Count the dots and notes here yourself.</translation>
    </message>
    <message>
        <source>Niets geselecteerd</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Notitie, zekerheid {percent} %</source>
        <translation>Note, confidence {percent} %</translation>
    </message>
    <message>
        <source>Stip, zekerheid {percent} %</source>
        <translation>Dot, confidence {percent} %</translation>
    </message>
    <message>
        <source>telt niet mee: deze plek verzamelt geen stippen van deze soort</source>
        <translation>does not count: this place collects no dots of this kind</translation>
    </message>
    <message>
        <source>twijfelachtig, graag controleren</source>
        <translation>doubtful, please check</translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Stip toevoegen</source>
        <translation>Add dot</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Zone wijzigen</source>
        <translation>Change zone</translation>
    </message>
    <message>
        <source>Kleur wijzigen</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <source>Soort wijzigen</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <source>Overgenomen: {notes} notities en {dots} stippen.</source>
        <translation>Accepted: {notes} notes and {dots} dots.</translation>
    </message>
    <message>
        <source>Niet overgenomen; de resultaten staan hier nog.</source>
        <translation>Not taken over; the results are still here.</translation>
    </message>
</context>
<context>
    <name>Ruler</name>
    <message>
        <source>Liniaal boven</source>
        <extracomment>The rulers&apos; thickness in pixels. Steps between ticks, in mm: the finest whose ticks stay this many pixels apart is used.</extracomment>
        <translation>Top ruler</translation>
    </message>
    <message>
        <source>Liniaal links</source>
        <translation>Left ruler</translation>
    </message>
    <message>
        <source>Liniaal in millimeter; volgt zoomen en schuiven</source>
        <translation>Ruler in millimetres; follows zooming and scrolling</translation>
    </message>
</context>
<context>
    <name>RulerCorner</name>
    <message>
        <source>Eenheid van de linialen</source>
        <translation>Unit of the rulers</translation>
    </message>
    <message>
        <source>De linialen tellen in millimeter vanaf de linkerbovenhoek van het papier</source>
        <translation>The rulers count in millimetres from the top left corner of the paper</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>{method} · stap {nr} {step}</source>
        <translation>{method} · step {nr} {step}</translation>
    </message>
    <message>
        <source>Opslaan als sjabloon</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Naam van het sjabloon</source>
        <translation>Name of the template</translation>
    </message>
    <message>
        <source>De naam op de kaart bij Mijn sjablonen</source>
        <translation>The name on the card in My templates</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>De methode waar het bord bij hoort; de zoekfunctie en het filter gebruiken hem</source>
        <translation>The method the board belongs to; the search and the filter use it</translation>
    </message>
    <message>
        <source>(geen methode)</source>
        <translation>(no method)</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Staat op de kaart van het sjabloon</source>
        <translation>Is shown on the template&apos;s card</translation>
    </message>
    <message>
        <source>Waar is het bord voor, hoe gebruik je het?</source>
        <translation>What is the board for, how do you use it?</translation>
    </message>
    <message>
        <source>Gemaakt door</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>bijv. je naam en school (niet verplicht)</source>
        <translation>e.g. your name and school (optional)</translation>
    </message>
    <message>
        <source>Staat in het sjabloonbestand als je het met collega&apos;s deelt</source>
        <translation>Is in the template file when you share it with colleagues</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Methode</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>S&amp;tap</source>
        <translation>S&amp;tep</translation>
    </message>
    <message>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Gemaakt door</source>
        <translation>Made &amp;by</translation>
    </message>
    <message>
        <source>Het sjabloon komt bij &apos;Mijn sjablonen&apos; op de pagina Start; het bord zelf blijft open zoals het is.</source>
        <translation>The template goes to &apos;My templates&apos; on the Start page; the board itself stays open as it is.</translation>
    </message>
    <message>
        <source>Geen sjabloon bewaren</source>
        <translation>Keep no template</translation>
    </message>
    <message>
        <source>(geen stap)</source>
        <translation>(no step)</translation>
    </message>
    <message>
        <source>Kies eerst een methode</source>
        <translation>Choose a method first</translation>
    </message>
    <message>
        <source>De stap van de methode waarin het bord wordt gebruikt</source>
        <translation>The step of the method in which the board is used</translation>
    </message>
    <message>
        <source>Stap {nr} · {title}</source>
        <translation>Step {nr} · {title}</translation>
    </message>
    <message>
        <source>Een kopie van het bord bewaren bij Mijn sjablonen</source>
        <translation>Keep a copy of the board in My templates</translation>
    </message>
    <message>
        <source>Geef het sjabloon een naam</source>
        <translation>Give the template a name</translation>
    </message>
</context>
<context>
    <name>SessionDetailsForm</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>bijv. OBS Akkrum</source>
        <translation>e.g. OBS Akkrum</translation>
    </message>
    <message>
        <source>Team of groep</source>
        <translation>Team or group</translation>
    </message>
    <message>
        <source>bijv. bovenbouw</source>
        <translation>e.g. upper school</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>bijv. speciale aandacht leerlingen</source>
        <translation>e.g. pupils needing extra attention</translation>
    </message>
    <message>
        <source>Sessiecode</source>
        <translation>Session code</translation>
    </message>
    <message>
        <source>initialen of schuilnamen, gescheiden door komma&apos;s</source>
        <translation>initials or pseudonyms, separated by commas</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Hoeveel mensen de vragenlijst invulden. Bij een vraag met meer antwoorden per persoon is het percentage per antwoord een deel van de respondenten.</source>
        <translation>How many people filled in the questionnaire. For a question with several answers per person, the percentage of an answer is a share of the respondents.</translation>
    </message>
    <message>
        <source>Respondenten</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Vrije opmerkingen</source>
        <translation>Free remarks</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is te lang; gebruik initialen of een schuilnaam</source>
        <translation>&apos;{name}&apos; is too long; use initials or a pseudonym</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; lijkt een volledige naam; initialen of een schuilnaam zijn genoeg</source>
        <translation>&apos;{name}&apos; looks like a full name; initials or a pseudonym are enough</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Bew&amp;aren</source>
        <translation>Save sessi&amp;on</translation>
    </message>
    <message>
        <source>Sessie bewaren in het archief of het traject (Ctrl+Alt+S)</source>
        <translation>Save the session in the archive or the trajectory (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>Ex&amp;porteren…</source>
        <translation>Ex&amp;port…</translation>
    </message>
    <message>
        <source>De resultaten als Excel, CSV, JSON of sessiebestand bewaren</source>
        <translation>Save the results as Excel, CSV, JSON or a session file</translation>
    </message>
    <message>
        <source>A&amp;nalyseren</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Tellingen, conclusies en grafieken van deze sessie</source>
        <translation>Counts, conclusions and charts of this session</translation>
    </message>
    <message>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Hier zet je na de workshop de resultaten van het bord in de app: notities, stippen en actiepunten typen, importeren of van een foto overnemen.</source>
        <translation>After the workshop, this is where you bring the board&apos;s results into the app: type notes, dots and action items, import them or take them over from a photo.</translation>
    </message>
    <message>
        <source>Er is nog geen sessie open</source>
        <translation>No session is open yet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>geen (alleen ingebouwde en eigen sjablonen)</source>
        <translation>none (built-in and own templates only)</translation>
    </message>
    <message>
        <source>Map met schoolsjablonen</source>
        <translation>Folder of school templates</translation>
    </message>
    <message>
        <source>Een gedeelde map (netwerkschijf, gedeelde cloudmap) met sjablonen (.bpsjabloon) van je school; Bruinpapier leest er alleen uit</source>
        <translation>A shared folder (network drive, shared cloud folder) with your school&apos;s templates (.bpsjabloon); Bruinpapier only reads from it</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Een map kiezen</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>App language</translation>
    </message>
    <message>
        <source>&amp;Schoolsjablonen</source>
        <translation>&amp;School templates</translation>
    </message>
    <message>
        <source>Het venster wordt opnieuw opgebouwd in de gekozen taal; open borden blijven open. De sjablonen uit de schoolmap staan op de pagina Start onder &apos;Schoolsjablonen&apos;; leeg laten om geen schoolmap te gebruiken.</source>
        <translation>The window is rebuilt in the chosen language; open boards stay open. The templates from the school folder are on the Start page under &apos;School templates&apos;; leave it empty to use no school folder.</translation>
    </message>
    <message>
        <source>leeg: het archief in uw gebruikersmap (SQLite)</source>
        <translation>empty: the archive in your user folder (SQLite)</translation>
    </message>
    <message>
        <source>Een gedeeld archief van het schoolbestuur: postgresql://gebruiker@server/database. Laat het wachtwoord liever weg en zet het in het bestand .pgpass.</source>
        <translation>A school board&apos;s shared archive: postgresql://user@server/database. Better leave the password out and put it in the .pgpass file.</translation>
    </message>
    <message>
        <source>Adres van het archief</source>
        <translation>Address of the archive</translation>
    </message>
    <message>
        <source>Verbinding testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Probeert het adres hierboven zonder iets te veranderen</source>
        <translation>Tries the address above without changing anything</translation>
    </message>
    <message>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Let op: de omgevingsvariabele {name} gaat voor dit adres; nu gebruikt: {url}</source>
        <translation>Note: the environment variable {name} takes precedence over this address; now in use: {url}</translation>
    </message>
    <message>
        <source>De taal van menu&apos;s, knoppen en meldingen; de borden blijven zoals ze zijn</source>
        <translation>The language of menus, buttons and messages; the boards stay as they are</translation>
    </message>
    <message>
        <source>De gekozen taal gebruiken</source>
        <translation>Use the chosen language</translation>
    </message>
    <message>
        <source>Niets veranderen</source>
        <translation>Change nothing</translation>
    </message>
    <message>
        <source>Verbinden …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <source>Verbonden ({kind}), maar het archief komt uit een nieuwere Bruinpapier: werk eerst bij.</source>
        <translation>Connected ({kind}), but the archive comes from a newer Bruinpapier: update first.</translation>
    </message>
    <message>
        <source>Verbonden ({kind}); het archief is nog leeg en wordt bij het eerste gebruik ingericht.</source>
        <translation>Connected ({kind}); the archive is still empty and will be set up when first used.</translation>
    </message>
    <message>
        <source>Verbonden ({kind}): u ziet 1 sessie in dit archief.</source>
        <translation>Connected ({kind}): you see 1 session in this archive.</translation>
    </message>
    <message>
        <source>Verbonden ({kind}): u ziet {count} sessies in dit archief.</source>
        <translation>Connected ({kind}): you see {count} sessions in this archive.</translation>
    </message>
    <message>
        <source>Map met schoolsjablonen kiezen</source>
        <translation>Choose the folder of school templates</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Volgende sessie starten</source>
        <translation>Start the next session</translation>
    </message>
    <message>
        <source>{board} (stap {nr} · {step})</source>
        <translation>{board} (step {nr} · {step})</translation>
    </message>
    <message>
        <source>Datum van de sessie</source>
        <translation>Date of the session</translation>
    </message>
    <message>
        <source>De datum waarop de sessie wordt gehouden; standaard vandaag</source>
        <translation>The date the session is held; today by default</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Proces om verder uit te werken</source>
        <translation>Process to work out further</translation>
    </message>
    <message>
        <source>Het proces waar deze sessie over gaat; het voorstel staat eronder</source>
        <translation>The process this session is about; the suggestion is below</translation>
    </message>
    <message>
        <source>(kies een proces)</source>
        <translation>(choose a process)</translation>
    </message>
    <message>
        <source>{process} ({count} stippen {kind})</source>
        <translation>{process} ({count} {kind} dots)</translation>
    </message>
    <message>
        <source>&amp;Proces</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <source>Welk bord</source>
        <translation>Which board</translation>
    </message>
    <message>
        <source>Het bord zoals je het in de editor aanpaste, of het sjabloon</source>
        <translation>The board as you changed it in the editor, or the template</translation>
    </message>
    <message>
        <source>het bord in de editor ({title}), zoals je het bewerkt hebt</source>
        <translation>the board in the editor ({title}), as you edited it</translation>
    </message>
    <message>
        <source>het sjabloon ({title})</source>
        <translation>the template ({title})</translation>
    </message>
    <message>
        <source>&amp;Bord</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Sessie starten</source>
        <translation>Start session</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De sessie starten, voorgevuld met wat eerdere stappen opleverden</source>
        <translation>Start the session, pre-filled with what earlier steps yielded</translation>
    </message>
    <message>
        <source>Geen sessie starten</source>
        <translation>Start no session</translation>
    </message>
    <message>
        <source>Kies eerst het proces</source>
        <translation>Choose the process first</translation>
    </message>
</context>
<context>
    <name>StepTimesDialog</name>
    <message>
        <source>Tijden van de processtap</source>
        <translation>Times of the process step</translation>
    </message>
    <message>
        <source>bijv. 10 min of 1,5 uur</source>
        <translation>e.g. 10 min or 1,5 uur</translation>
    </message>
    <message>
        <source>bijv. 2 dagen</source>
        <translation>e.g. 2 dagen</translation>
    </message>
    <message>
        <source>Bewerkingstijd</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Wachttijd vóór deze stap</source>
        <translation>Waiting time before this step</translation>
    </message>
</context>
<context>
    <name>StyleSection</name>
    <message>
        <source>Opmaak</source>
        <extracomment>Text colours: the dark palette, and white for dark fills (a heading band).</extracomment>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>eigen opmaak</source>
        <translation>own formatting</translation>
    </message>
    <message>
        <source>Een kant-en-klare opmaak (vulling, rand en tekst) voor alle gekozen zones, koppen en tekstvakken</source>
        <translation>A ready-made look (fill, border and text) for all chosen zones, headings and text boxes</translation>
    </message>
    <message>
        <source>De vorm van de zone: rechthoek, afgerond, ellips, cirkel of post-it-plek</source>
        <translation>The shape of the zone: rectangle, rounded, ellipse, circle or sticky-note place</translation>
    </message>
    <message>
        <source>geen vulling</source>
        <translation>no fill</translation>
    </message>
    <message>
        <source>Vulkleur</source>
        <translation>Fill colour</translation>
    </message>
    <message>
        <source>De vulkleur; de kleuren van het palet drukken goed af op bruin en op wit papier</source>
        <translation>The fill colour; the palette&apos;s colours print well on brown and on white paper</translation>
    </message>
    <message>
        <source>Vulling</source>
        <translation>Fill</translation>
    </message>
    <message>
        <source>standaard (inkt)</source>
        <translation>default (ink)</translation>
    </message>
    <message>
        <source>Lijnkleur</source>
        <translation>Line colour</translation>
    </message>
    <message>
        <source>De kleur van de rand, de lijn, de pijl of het symbool</source>
        <translation>The colour of the border, the line, the arrow or the symbol</translation>
    </message>
    <message>
        <source>De dikte van de rand of de lijn, in mm</source>
        <translation>The width of the border or the line, in mm</translation>
    </message>
    <message>
        <source>Lijndikte</source>
        <translation>Line width</translation>
    </message>
    <message>
        <source>doorgetrokken</source>
        <translation>solid</translation>
    </message>
    <message>
        <source>gestreept</source>
        <translation>dashed</translation>
    </message>
    <message>
        <source>gestippeld</source>
        <translation>dotted</translation>
    </message>
    <message>
        <source>geen rand</source>
        <translation>no border</translation>
    </message>
    <message>
        <source>De rand: doorgetrokken, gestreept, gestippeld of geen</source>
        <translation>The border: solid, dashed, dotted or none</translation>
    </message>
    <message>
        <source>Rand</source>
        <translation>Border</translation>
    </message>
    <message>
        <source>pijlpunt</source>
        <translation>arrowhead</translation>
    </message>
    <message>
        <source>Een pijlpunt aan het eind van de lijn</source>
        <translation>An arrowhead at the end of the line</translation>
    </message>
    <message>
        <source>Een gestippelde lijn</source>
        <translation>A dotted line</translation>
    </message>
    <message>
        <source>haaks</source>
        <translation>right angles</translation>
    </message>
    <message>
        <source>De pijl loopt met rechte hoeken (een elleboogverbinding)</source>
        <translation>The arrow runs at right angles (an elbow connector)</translation>
    </message>
    <message>
        <source>standaard</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Tekstkleur</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <source>De kleur van de tekst; wit alleen op een donkere vulling</source>
        <translation>The colour of the text; white only on a dark fill</translation>
    </message>
    <message>
        <source>passend</source>
        <translation>fitting</translation>
    </message>
    <message>
        <source>Lettergrootte in punten; passend (0): zo groot als in het vak past</source>
        <translation>Font size in points; fitting (0): as large as fits the box</translation>
    </message>
    <message>
        <source>Lettergrootte</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>vet</source>
        <translation>bold</translation>
    </message>
    <message>
        <source>Vette tekst</source>
        <translation>Bold text</translation>
    </message>
    <message>
        <source>links</source>
        <translation>left</translation>
    </message>
    <message>
        <source>midden</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>rechts</source>
        <translation>right</translation>
    </message>
    <message>
        <source>Tekst links, in het midden of rechts</source>
        <translation>Text left, centred or right</translation>
    </message>
    <message>
        <source>Uitlijning</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>vergrendeld</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Vergrendeld: niet te verplaatsen, te vergroten of te verwijderen</source>
        <translation>Locked: cannot be moved, resized or deleted</translation>
    </message>
    <message>
        <source>afdrukken</source>
        <translation>print</translation>
    </message>
    <message>
        <source>Uit: alleen een hulpmiddel in de editor, niet op de afdruk</source>
        <translation>Off: only an aid in the editor, not on the print</translation>
    </message>
    <message>
        <source>Stijl</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Lijn</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Verloop</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stippen</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>De tabellen van de samenvatting als Excel-werkmap</source>
        <translation>The summary&apos;s tables as an Excel workbook</translation>
    </message>
    <message>
        <source>Sessies &amp;apart bekijken</source>
        <extracomment>Up to this many sessions the summary offers to analyse them one by one (each is loaded then).</extracomment>
        <translation>View sessions &amp;one by one</translation>
    </message>
    <message>
        <source>Ex&amp;cel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;PDF-rapport…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <source>Rapport van de samenvatting: overzicht, per bord, scholen vergeleken</source>
        <translation>Report of the summary: overview, per board, schools compared</translation>
    </message>
    <message>
        <source>Wat de kleur van de vakken laat zien, opgeteld over alle sessies: één soort stippen, de briefjes of de balans</source>
        <translation>What the colour of the zones shows, added up over all sessions: one kind of dots, the notes or the balance</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Welk bord van de samenvatting je ziet</source>
        <translation>Which board of the summary you see</translation>
    </message>
    <message>
        <source>Het bord met de tellingen van alle sessies per vak; hoe donkerder, hoe meer</source>
        <translation>The board with the counts of all sessions per zone; the darker, the more</translation>
    </message>
    <message>
        <source>Bord:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>Samenvatting van {selection}: {sessions} sessies van {schools} scholen{period}</source>
        <translation>Summary of {selection}: {sessions} sessions of {schools} schools{period}</translation>
    </message>
    <message>
        <source>Elke sessie apart analyseren (tot {limit} sessies)</source>
        <translation>Analyse each session on its own (up to {limit} sessions)</translation>
    </message>
    <message>
        <source>{title} ({count} sessies)</source>
        <translation>{title} ({count} sessions)</translation>
    </message>
    <message>
        <source>Geen sessies gekozen.</source>
        <translation>No sessions chosen.</translation>
    </message>
    <message>
        <source>Per vak (alle sessies)</source>
        <translation>Per zone (all sessions)</translation>
    </message>
    <message>
        <source>Procesplaat: rangorde</source>
        <translation>Process board: ranking</translation>
    </message>
    <message>
        <source>Procesplaat: per groep</source>
        <translation>Process board: per group</translation>
    </message>
    <message>
        <source>Scholen vergeleken: {measure}</source>
        <translation>Schools compared: {measure}</translation>
    </message>
    <message>
        <source>Per {unit} (gemiddeld per sessie)</source>
        <translation>Per {unit} (mean per session)</translation>
    </message>
    <message>
        <source>Verloop per vak</source>
        <translation>Change per zone</translation>
    </message>
    <message>
        <source>Scholen</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Per {unit}</source>
        <translation>Per {unit}</translation>
    </message>
    <message>
        <source>Borden</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>Kleuren briefjes</source>
        <translation>Note colours</translation>
    </message>
    <message>
        <source>Er wordt nog een bestand geschreven</source>
        <translation>A file is still being written</translation>
    </message>
    <message>
        <source>Bezig met {file} …</source>
        <translation>Writing {file} …</translation>
    </message>
    <message>
        <source>Geschreven: {file}</source>
        <translation>Written: {file}</translation>
    </message>
    <message>
        <source>Opslaan mislukt: {reason}</source>
        <translation>Saving failed: {reason}</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Tabel of raster invoegen</source>
        <translation>Insert table or grid</translation>
    </message>
    <message>
        <source>Kopregel (kolomnamen)</source>
        <translation>Header row (column names)</translation>
    </message>
    <message>
        <source>Kopkolom (rijnamen)</source>
        <translation>Header column (row names)</translation>
    </message>
    <message>
        <source>Rijen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Invoegen</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>voorbeeld…</source>
        <translation>preview…</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Sjabloon bestaat al</source>
        <translation>Template exists already</translation>
    </message>
    <message>
        <source>Er is al een eigen sjabloon &apos;{title}&apos;. Wil je het vervangen of beide bewaren?</source>
        <translation>There is an own template &apos;{title}&apos; already. Do you want to replace it or keep both?</translation>
    </message>
    <message>
        <source>Bij &apos;Beide bewaren&apos; krijgt het nieuwe sjabloon een nummer achter de naam.</source>
        <translation>With &apos;Keep both&apos; the new template gets a number after its name.</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Beide bewaren</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Opslaan als sjabloon</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Sjabloon &apos;{title}&apos; bewaard bij Mijn sjablonen (pagina Start).</source>
        <translation>Template &apos;{title}&apos; kept in My templates (Start page).</translation>
    </message>
    <message>
        <source>Sjabloon importeren</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>Bruinpapier-sjablonen (*{suffix});;Bruinpapier-borden (*.bpbord);;Alle bestanden (*)</source>
        <translation>Bruinpapier templates (*{suffix});;Bruinpapier boards (*.bpbord);;All files (*)</translation>
    </message>
    <message>
        <source>Geïmporteerd bij Mijn sjablonen: {titles}</source>
        <translation>Imported into My templates: {titles}</translation>
    </message>
    <message>
        <source>Sjabloon exporteren</source>
        <translation>Export template</translation>
    </message>
    <message>
        <source>Bruinpapier-sjablonen (*{suffix})</source>
        <translation>Bruinpapier templates (*{suffix})</translation>
    </message>
    <message>
        <source>Sjabloon &apos;{title}&apos; geëxporteerd naar {path}</source>
        <translation>Template &apos;{title}&apos; exported to {path}</translation>
    </message>
    <message>
        <source>Sjabloon verwijderen</source>
        <translation>Remove template</translation>
    </message>
    <message>
        <source>Het eigen sjabloon &apos;{title}&apos; verwijderen? Borden die je ermee maakte blijven bestaan. Dit kun je niet ongedaan maken; exporteer het eerst als je het wilt bewaren.</source>
        <translation>Remove the own template &apos;{title}&apos;? Boards you made with it stay. This cannot be undone; export it first if you want to keep it.</translation>
    </message>
    <message>
        <source>Sjabloon &apos;{title}&apos; verwijderd.</source>
        <translation>Template &apos;{title}&apos; removed.</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <source>&amp;Nieuw traject…</source>
        <extracomment>The board open in the editor, offered instead of the template when it is the board that starts.</extracomment>
        <translation>&amp;New trajectory…</translation>
    </message>
    <message>
        <source>Traject &amp;openen…</source>
        <translation>&amp;Open trajectory…</translation>
    </message>
    <message>
        <source>&amp;Volgende sessie starten</source>
        <translation>Start ne&amp;xt session</translation>
    </message>
    <message>
        <source>Volgende sessie starten</source>
        <translation>Start next session</translation>
    </message>
    <message>
        <source>Start het volgende bord, voorgevuld met eerdere resultaten (Ctrl+Enter)</source>
        <translation>Start the next board, prefilled with earlier results (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sessiepakket &amp;afdrukken…</source>
        <translation>Print session &amp;pack…</translation>
    </message>
    <message>
        <source>Stap a&amp;fronden</source>
        <translation>&amp;Complete step</translation>
    </message>
    <message>
        <source>&amp;Resultaten invoeren</source>
        <translation>Enter &amp;results</translation>
    </message>
    <message>
        <source>Een methode kiezen en de school; het traject wordt een bestand</source>
        <translation>Choose a method and the school; the trajectory becomes a file</translation>
    </message>
    <message>
        <source>Een traject openen dat je eerder bewaarde (.bptraject)</source>
        <translation>Open a trajectory you saved earlier (.bptraject)</translation>
    </message>
    <message>
        <source>De gekozen stap of sessie als PDF met borden en instructies</source>
        <translation>The chosen step or session as a PDF with boards and instructions</translation>
    </message>
    <message>
        <source>De gekozen stap als gedaan markeren</source>
        <translation>Mark the chosen step as done</translation>
    </message>
    <message>
        <source>De resultaten van de gekozen sessie op de pagina Sessie invoeren</source>
        <translation>Enter the results of the chosen session on the Session page</translation>
    </message>
    <message>
        <source>Stap / sessie</source>
        <translation>Step / session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>De stappen en hun sessies; Enter of dubbelklik opent een sessie</source>
        <translation>The steps and their sessions; Enter or double-click opens a session</translation>
    </message>
    <message>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Wat bij de gekozen stap of sessie hoort</source>
        <translation>What belongs to the chosen step or session</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Een traject zet de stappen van een methode als reeks sessies achter elkaar; wat een stap oplevert, gaat mee naar de volgende.</source>
        <translation>A trajectory runs the steps of a method as a series of sessions; what one step yields is carried on to the next.</translation>
    </message>
    <message>
        <source>Traject bewaren</source>
        <translation>Save trajectory</translation>
    </message>
    <message>
        <source>Bruinpapier-traject (*.bptraject)</source>
        <translation>Bruinpapier trajectory (*.bptraject)</translation>
    </message>
    <message>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <source>Traject bewaard: {path}</source>
        <translation>Trajectory saved: {path}</translation>
    </message>
    <message>
        <source>Traject openen</source>
        <translation>Open trajectory</translation>
    </message>
    <message>
        <source>Volgende sessie</source>
        <translation>Next session</translation>
    </message>
    <message>
        <source>Dit traject is klaar: alle stappen zijn afgerond.</source>
        <translation>This trajectory is finished: all steps are closed.</translation>
    </message>
    <message>
        <source>Sessiepakket</source>
        <translation>Session pack</translation>
    </message>
    <message>
        <source>Kies een stap of sessie met gestarte sessies.</source>
        <translation>Choose a step or session with started sessions.</translation>
    </message>
    <message>
        <source>Sessiepakket bewaren</source>
        <translation>Save session pack</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sessiepakket bewaard: {path}</source>
        <translation>Session pack saved: {path}</translation>
    </message>
    <message>
        <source>Alle stappen zijn gedaan.</source>
        <translation>All steps are done.</translation>
    </message>
    <message>
        <source>Volgende: {board} (stap {nr} {step})</source>
        <translation>Next: {board} (step {nr} {step})</translation>
    </message>
    <message>
        <source>Stap {nr} · {title}</source>
        <translation>Step {nr} · {title}</translation>
    </message>
    <message>
        <source>Alle stappen van dit traject zijn gedaan</source>
        <translation>All steps of this trajectory are done</translation>
    </message>
    <message>
        <source>Kies eerst een stap of sessie met sessies</source>
        <translation>First choose a step or session with sessions</translation>
    </message>
    <message>
        <source>Kies eerst een stap</source>
        <translation>First choose a step</translation>
    </message>
    <message>
        <source>Kies eerst een sessie</source>
        <translation>First choose a session</translation>
    </message>
    <message>
        <source>{notes} notities ({carried} meegenomen), {actions} actiepunten</source>
        <translation>{notes} notes ({carried} carried over), {actions} action items</translation>
    </message>
    <message>
        <source>Nog in te delen</source>
        <translation>Still to sort</translation>
    </message>
    <message>
        <source>Problemen zonder idee</source>
        <translation>Problems without an idea</translation>
    </message>
    <message>
        <source>{role}: {text}</source>
        <translation>{role}: {text}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Hier lees je foto&apos;s van het ingevulde bord terug: de app vindt de notities en stippen, jij controleert ze en neemt ze over in de sessie. De QR-code op het bord zegt welk bord het is.</source>
        <translation>This is where you read back photos of the filled-in board: the app finds the notes and dots, you check them and take them over into the session. The QR code on the board says which board it is.</translation>
    </message>
    <message>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Geen herstelkopie van de sessie bewaard: {reason}</source>
        <translation>No recovery copy of the session saved: {reason}</translation>
    </message>
    <message>
        <source>S&amp;essie</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Nieuwe sessie met dit bord</source>
        <translation>New session with this board</translation>
    </message>
    <message>
        <source>Sessiebestand openen…</source>
        <translation>Open session file…</translation>
    </message>
    <message>
        <source>Sessie bewaren</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>Foto&apos;s van het bord teruglezen…</source>
        <translation>Read photos of the board…</translation>
    </message>
    <message>
        <source>Resultaten importeren (CSV/Excel)…</source>
        <translation>Import results (CSV/Excel)…</translation>
    </message>
    <message>
        <source>Sessie exporteren…</source>
        <translation>Export session…</translation>
    </message>
    <message>
        <source>Sessie analyseren</source>
        <translation>Analyse session</translation>
    </message>
    <message>
        <source>&amp;Nieuwe sessie met dit bord</source>
        <translation>&amp;New session with this board</translation>
    </message>
    <message>
        <source>Een sessie starten met het bord dat op de pagina Bord open is</source>
        <translation>Start a session with the board open on the Board page</translation>
    </message>
    <message>
        <source>&amp;Uit het archief…</source>
        <translation>From the a&amp;rchive…</translation>
    </message>
    <message>
        <source>Een bewaarde sessie kiezen op de pagina Archief</source>
        <translation>Choose a saved session on the Archive page</translation>
    </message>
    <message>
        <source>Van een &amp;foto…</source>
        <translation>From a &amp;photo…</translation>
    </message>
    <message>
        <source>Een foto van het ingevulde bord kiezen; de QR-code zegt welk bord het is</source>
        <translation>Choose a photo of the filled-in board; the QR code says which board it is</translation>
    </message>
    <message>
        <source>Sessiebestand &amp;openen…</source>
        <translation>&amp;Open session file…</translation>
    </message>
    <message>
        <source>Een sessie openen die als bestand (.bpsessie) is bewaard</source>
        <translation>Open a session saved as a file (.bpsessie)</translation>
    </message>
    <message>
        <source>&amp;Foto&apos;s kiezen…</source>
        <translation>&amp;Choose photos…</translation>
    </message>
    <message>
        <source>Foto&apos;s van het ingevulde bord kiezen om terug te lezen</source>
        <translation>Choose photos of the filled-in board to read back</translation>
    </message>
    <message>
        <source>&amp;Open sessie analyseren</source>
        <translation>Analyse the &amp;open session</translation>
    </message>
    <message>
        <source>De sessie van de pagina Sessie analyseren</source>
        <translation>Analyse the session on the Session page</translation>
    </message>
    <message>
        <source>Sessies &amp;kiezen in het archief</source>
        <translation>&amp;Choose sessions in the archive</translation>
    </message>
    <message>
        <source>Zoek sessies op de pagina Archief en kies &quot;Getoonde sessies analyseren&quot;</source>
        <translation>Find sessions on the Archive page and choose &quot;Analyse the sessions shown&quot;</translation>
    </message>
    <message>
        <source>Open of maak eerst een bord op de pagina Bord</source>
        <translation>First open or make a board on the Board page</translation>
    </message>
    <message>
        <source>Er is geen sessie open op de pagina Sessie</source>
        <translation>No session is open on the Session page</translation>
    </message>
    <message>
        <source>Hoort bij het traject {title} van {school}; wordt ook in het archief bewaard</source>
        <translation>Belongs to the trajectory {title} of {school}; also kept in the archive</translation>
    </message>
    <message>
        <source>Wordt bewaard in het archief</source>
        <translation>Saved in the archive</translation>
    </message>
    <message>
        <source>Er is nog geen sessie open; start er hier een.</source>
        <translation>No session is open yet; start one here.</translation>
    </message>
    <message>
        <source>Sessie niet bewaard</source>
        <translation>Session not saved</translation>
    </message>
    <message>
        <source>De resultaten van deze sessie zijn nog niet bewaard. Nu bewaren?</source>
        <translation>The results of this session have not been saved yet. Save them now?</translation>
    </message>
    <message>
        <source>Herstelbestand beschadigd</source>
        <translation>Recovery file damaged</translation>
    </message>
    <message>
        <source>{error}

Het is niet verwijderd maar apart gezet als {path}.</source>
        <translation>{error}

It was not deleted but set aside as {path}.</translation>
    </message>
    <message>
        <source>Sessie herstellen?</source>
        <translation>Restore session?</translation>
    </message>
    <message>
        <source>Er is een automatisch bewaarde sessie van {school} ({board}, {time}) die nog niet bewaard was. Wil je die herstellen?</source>
        <translation>There is an automatically saved session of {school} ({board}, {time}) that was not saved. Do you want to restore it?</translation>
    </message>
    <message>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Open of maak eerst een bord.</source>
        <translation>Open or create a board first.</translation>
    </message>
    <message>
        <source>Sessie openen</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>Bruinpapier-sessie (*{suffix})</source>
        <translation>Bruinpapier session (*{suffix})</translation>
    </message>
    <message>
        <source>teruggelezen</source>
        <translation>read back</translation>
    </message>
    <message>
        <source>Sessie bewaard in het traject {file} en het archief</source>
        <translation>Session saved in the trajectory {file} and the archive</translation>
    </message>
    <message>
        <source>Sessie bewaard in het archief {where}</source>
        <translation>Session saved in the archive {where}</translation>
    </message>
    <message>
        <source>Foto&apos;s van het bord kiezen</source>
        <translation>Choose photos of the board</translation>
    </message>
    <message>
        <source>Foto&apos;s ({patterns});;Alle bestanden (*)</source>
        <translation>Photos ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>{title} (open op de pagina Bord)</source>
        <translation>{title} (open on the Board page)</translation>
    </message>
    <message>
        <source>{title} ({file})</source>
        <translation>{title} ({file})</translation>
    </message>
    <message>
        <source>{title} (sjabloon)</source>
        <translation>{title} (template)</translation>
    </message>
    <message>
        <source>QR-code op de foto lezen…</source>
        <translation>Reading the QR code on the photo…</translation>
    </message>
    <message>
        <source>De QR-code noemt het bord &apos;{title}&apos;.</source>
        <translation>The QR code names the board &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>De QR-code noemt het bord &apos;{board}&apos;, maar dat bord is hier niet bekend. Welk bord is het?</source>
        <translation>The QR code names the board &apos;{board}&apos;, but that board is not known here. Which board is it?</translation>
    </message>
    <message>
        <source>De QR-code op de foto is niet te lezen. Welk bord staat op de foto?</source>
        <translation>The QR code on the photo cannot be read. Which board is on the photo?</translation>
    </message>
    <message>
        <source>Welk bord?</source>
        <translation>Which board?</translation>
    </message>
    <message>
        <source>{notes} notities en {dots} stiptellingen van de foto overgenomen</source>
        <translation>{notes} notes and {dots} dot counts taken over from the photo</translation>
    </message>
    <message>
        <source>; {kept} keer bleef wat al getypt was</source>
        <translation>; {kept} time(s) what was typed stayed</translation>
    </message>
    <message>
        <source>Sessie geëxporteerd: {path}</source>
        <translation>Session exported: {path}</translation>
    </message>
    <message>
        <source>De sessies worden geladen en geanalyseerd …</source>
        <translation>Loading and analysing the sessions …</translation>
    </message>
    <message>
        <source>Analyseren lukte niet: {reason}</source>
        <translation>Analysis failed: {reason}</translation>
    </message>
    <message>
        <source>Foto&apos;s teruglezen</source>
        <translation>Read photos</translation>
    </message>
    <message>
        <source>De vorige foto&apos;s zijn nog niet overgenomen. Weggooien?</source>
        <translation>The previous photos have not been taken over yet. Discard them?</translation>
    </message>
    <message>
        <source>Sessie exporteren</source>
        <translation>Export session</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json);;Bruinpapier-sessie (*{suffix})</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json);;Bruinpapier session (*{suffix})</translation>
    </message>
</context>
<context>
    <name>WrittenPanel</name>
    <message>
        <source>Geschreven op het bord</source>
        <extracomment>The most room a cut-out takes in the panel (px).</extracomment>
        <translation>Written on the board</translation>
    </message>
    <message>
        <source>Handschrift op het bord zelf leest Bruinpapier niet; typ over wat er staat.</source>
        <translation>Bruinpapier does not read handwriting on the board itself; type what it says.</translation>
    </message>
    <message>
        <source>Typ over wat er staat</source>
        <translation>Type what it says</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>sessies</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>(geen school)</source>
        <translation>(no school)</translation>
    </message>
    <message>
        <source>antwoorden</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>dag</source>
        <translation>day</translation>
    </message>
    <message>
        <source>bewerkingstijd</source>
        <translation>processing time</translation>
    </message>
    <message>
        <source>wachttijd</source>
        <translation>waiting time</translation>
    </message>
    <message>
        <source>overige ({n})</source>
        <translation>others ({n})</translation>
    </message>
    <message>
        <source>overige {n} (gemiddeld)</source>
        <translation>others {n} (average)</translation>
    </message>
    <message>
        <source>gemiddelde overige ({n})</source>
        <translation>average of others ({n})</translation>
    </message>
    <message>
        <source>{burden} en {positive} per proces</source>
        <translation>{burden} and {positive} per process</translation>
    </message>
    <message>
        <source>per groep</source>
        <translation>per group</translation>
    </message>
    <message>
        <source>tijd per processtap (minuten)</source>
        <translation>time per process step (minutes)</translation>
    </message>
    <message>
        <source>{subject} per {area}</source>
        <translation>{subject} per {area}</translation>
    </message>
    <message>
        <source>per cel</source>
        <translation>per cell</translation>
    </message>
    <message>
        <source>{measure} per vak</source>
        <translation>{measure} per zone</translation>
    </message>
    <message>
        <source>{board} bij {school}</source>
        <translation>{board} at {school}</translation>
    </message>
    <message>
        <source>{measure} per school</source>
        <translation>{measure} per school</translation>
    </message>
    <message>
        <source>{burden} en {positive} per proces, alle sessies</source>
        <translation>{burden} and {positive} per process, all sessions</translation>
    </message>
    <message>
        <source>{measure} per vak, alle sessies</source>
        <translation>{measure} per zone, all sessions</translation>
    </message>
    <message>
        <source>sessies per school</source>
        <translation>sessions per school</translation>
    </message>
    <message>
        <source>sessies per {unit}</source>
        <translation>sessions per {unit}</translation>
    </message>
    <message>
        <source>{measure} per school (meest recente sessie)</source>
        <translation>{measure} per school (most recent session)</translation>
    </message>
    <message>
        <source>problemen</source>
        <translation>problems</translation>
    </message>
    <message>
        <source>ideeën</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>briefjes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>briefjes en stippen</source>
        <translation>notes and dots</translation>
    </message>
    <message>
        <source>fase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>kwadrant</source>
        <translation>quadrant</translation>
    </message>
    <message>
        <source>vak</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <source>Er zijn (nog) geen {subject} geplaatst.</source>
        <translation>No {subject} have been placed (yet).</translation>
    </message>
    <message>
        <source>De meeste {subject} ({top} van {total}) vallen in {area} {leader}{end}</source>
        <translation>Most {subject} ({top} of {total}) are in {area} {leader}{end}</translation>
    </message>
    <message>
        <source>De {subject} zijn gelijk verdeeld: {top} per {area} ({total} in totaal).</source>
        <translation>The {subject} are spread evenly: {top} per {area} ({total} in all).</translation>
    </message>
    <message>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>Evenveel {subject} (elk {top} van {total}) in {names}.</source>
        <translation>As many {subject} (each {top} of {total}) in {names}.</translation>
    </message>
    <message>
        <source>Er staat (nog) niets in de matrix.</source>
        <translation>There is nothing in the matrix (yet).</translation>
    </message>
    <message>
        <source>Van de {total} briefjes staan er de meeste in kolom {column} ({column_count}) en in rij {row} ({row_count}).</source>
        <translation>Of the {total} notes, most are in column {column} ({column_count}) and in row {row} ({row_count}).</translation>
    </message>
    <message>
        <source>Conclusie van het team: {text}</source>
        <extracomment>What the team wrote in the board&apos;s CONCLUSIE area: its own words (&quot;&quot; when nothing). A conclusion Bruinpapier derives from the counts: only ever shown as a suggestion. The board&apos;s areas for written text (the answers to the plate&apos;s question, the CONCLUSIE). Conclusion, suggestion and summaries as Dutch sentences, each marked with what it is. The findings as translatable messages; ``findings`` is their Dutch. How a finding says whose words it is (the prefixes of ``boards.written``, translatable).</extracomment>
        <translation>The team&apos;s conclusion: {text}</translation>
    </message>
    <message>
        <source>Suggestie van Bruinpapier: {text}</source>
        <translation>Bruinpapier&apos;s suggestion: {text}</translation>
    </message>
    <message>
        <source>(nog niet ingevuld)</source>
        <translation>(not filled in yet)</translation>
    </message>
    <message>
        <source>Er zijn (nog) geen stippen geplakt.</source>
        <translation>No dots have been stuck on (yet).</translation>
    </message>
    <message>
        <source>{count} actiepunt, waarvan {open} open.</source>
        <translation>{count} action item, {open} of it open.</translation>
    </message>
    <message>
        <source>{count} actiepunten, waarvan {open} open.</source>
        <translation>{count} action items, {open} of them open.</translation>
    </message>
    <message>
        <source>IN DE {group} PROCESSEN</source>
        <translation>IN THE {group} PROCESSES</translation>
    </message>
    <message>
        <source>BIJ {process}</source>
        <translation>AT {process}</translation>
    </message>
    <message>
        <source>ER WORDEN (NOG) GEEN KANSEN VOOR ICT GEZIEN</source>
        <translation>NO OPPORTUNITIES FOR ICT ARE SEEN (YET)</translation>
    </message>
    <message>
        <source>ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN {where}</source>
        <translation>MORE OPPORTUNITIES FOR ICT ARE SEEN {where}</translation>
    </message>
    <message>
        <source>ER WORDT DOOR LEERKRACHTEN GEEN WERKDRUK ERVAREN</source>
        <translation>TEACHERS EXPERIENCE NO WORKLOAD</translation>
    </message>
    <message>
        <source>ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK {where} ERVAREN</source>
        <translation>TEACHERS EXPERIENCE WORKLOAD MAINLY {where}</translation>
    </message>
    <message>
        <source>{kind} MET NAME {where}</source>
        <translation>{kind} MAINLY {where}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>(geen datum)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Bord-id</source>
        <translation>Board id</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Vak-id</source>
        <translation>Zone id</translation>
    </message>
    <message>
        <source>Vak</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Kleur-id</source>
        <translation>Colour id</translation>
    </message>
    <message>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Soort-id</source>
        <translation>Kind id</translation>
    </message>
    <message>
        <source>Soort stip</source>
        <translation>Dot kind</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Briefjes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stippen</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Concreet actiepunt</source>
        <translation>Concrete action item</translation>
    </message>
    <message>
        <source>Initiatiefnemer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tijdpad</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Werkbelasting</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>To do&apos;s</source>
        <translation>To-dos</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Burden</translation>
    </message>
    <message>
        <source>Aandeel last (%)</source>
        <translation>Burden share (%)</translation>
    </message>
    <message>
        <source>Processen</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Positief</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Balans</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Aandeel (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Soort vraag</source>
        <translation>Question type</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Van (aantal)</source>
        <translation>Out of (count)</translation>
    </message>
    <message>
        <source>Percentage (%)</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Aantal (percentage)</source>
        <translation>Count (percentage)</translation>
    </message>
    <message>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Respondenten</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Gemiddelde</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Gemiddelde (tekst)</source>
        <translation>Mean (text)</translation>
    </message>
    <message>
        <source>Bewerkingstijd (min)</source>
        <translation>Processing time (min)</translation>
    </message>
    <message>
        <source>Wachttijd (min)</source>
        <translation>Waiting time (min)</translation>
    </message>
    <message>
        <source>Bewerkingstijd</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Wachttijd</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Eerste</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Laatste</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Eerste datum</source>
        <translation>First date</translation>
    </message>
    <message>
        <source>Laatste datum</source>
        <translation>Last date</translation>
    </message>
    <message>
        <source>Verandering</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sessies</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Gemiddeld per sessie</source>
        <translation>Mean per session</translation>
    </message>
    <message>
        <source>Telling</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Scholen</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Open actiepunten</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <source>Minste</source>
        <translation>Fewest</translation>
    </message>
    <message>
        <source>Meeste</source>
        <translation>Most</translation>
    </message>
    <message>
        <source>overige vakken ({n})</source>
        <extracomment>Period lengths, longest first: ``(name, characters of the JJJJ-MM-DD date)``. The column of :func:`schools_by_measure` that adds up the zones not shown one by one.</extracomment>
        <translation>other zones ({n})</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <source>school ‘{school}’</source>
        <translation>school ‘{school}’</translation>
    </message>
    <message>
        <source>bord {board}</source>
        <translation>board {board}</translation>
    </message>
    <message>
        <source>methode {method}</source>
        <translation>method {method}</translation>
    </message>
    <message>
        <source>stap {step}</source>
        <translation>step {step}</translation>
    </message>
    <message>
        <source>{start} t/m {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>vanaf {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>t/m {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <source>met ‘{text}’</source>
        <translation>with ‘{text}’</translation>
    </message>
    <message>
        <source>alle sessies in het archief</source>
        <translation>all sessions in the archive</translation>
    </message>
</context>
<context>
    <name>capture</name>
    <message>
        <source>linksboven</source>
        <extracomment>A detection found with less confidence than this is doubtful: the review marks it with a ?, the command line says &quot;controleren&quot;. Parts of a board, named by where they lie: (code, x, y) with x, y as fractions of the zones&apos; area.</extracomment>
        <translation>top left</translation>
    </message>
    <message>
        <source>bovenkant</source>
        <translation>top</translation>
    </message>
    <message>
        <source>rechtsboven</source>
        <translation>top right</translation>
    </message>
    <message>
        <source>linkerkant</source>
        <translation>left side</translation>
    </message>
    <message>
        <source>rechterkant</source>
        <translation>right side</translation>
    </message>
    <message>
        <source>linksonder</source>
        <translation>bottom left</translation>
    </message>
    <message>
        <source>onderkant</source>
        <translation>bottom</translation>
    </message>
    <message>
        <source>rechtsonder</source>
        <translation>bottom right</translation>
    </message>
    <message>
        <source>grotendeels bedekt, plaats onzeker</source>
        <extracomment>Why a note or a zone is doubtful: code (in the JSON output) → Dutch text for people.</extracomment>
        <translation>mostly covered, position uncertain</translation>
    </message>
    <message>
        <source>ongewone maat</source>
        <translation>unusual size</translation>
    </message>
    <message>
        <source>onduidelijke groep post-its</source>
        <translation>unclear group of notes</translation>
    </message>
    <message>
        <source>schittering</source>
        <translation>glare</translation>
    </message>
    <message>
        <source>(deels) buiten de foto</source>
        <translation>(partly) outside the photo</translation>
    </message>
    <message>
        <source>onduidelijke groep stippen</source>
        <translation>unclear group of dots</translation>
    </message>
    <message>
        <source>plaats op het bord onzeker (ver van de herkende markers)</source>
        <translation>position on the board uncertain (far from the recognised markers)</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>geel</source>
        <extracomment>The usual sticky-note colours, in the order a keyboard shortcut cycles them.</extracomment>
        <translation>yellow</translation>
    </message>
    <message>
        <source>roze</source>
        <translation>pink</translation>
    </message>
    <message>
        <source>oranje</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <source>blauw</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>wit</source>
        <extracomment>Light fills for zones, headings and text boxes.</extracomment>
        <translation>white</translation>
    </message>
    <message>
        <source>crème</source>
        <translation>cream</translation>
    </message>
    <message>
        <source>zandgeel</source>
        <translation>sand yellow</translation>
    </message>
    <message>
        <source>perzik</source>
        <translation>peach</translation>
    </message>
    <message>
        <source>lichtroze</source>
        <translation>light pink</translation>
    </message>
    <message>
        <source>lavendel</source>
        <translation>lavender</translation>
    </message>
    <message>
        <source>ijsblauw</source>
        <translation>ice blue</translation>
    </message>
    <message>
        <source>mint</source>
        <translation>mint</translation>
    </message>
    <message>
        <source>lichtgrijs</source>
        <translation>light grey</translation>
    </message>
    <message>
        <source>inkt</source>
        <extracomment>Dark colours for text, borders, lines and symbols.</extracomment>
        <translation>ink</translation>
    </message>
    <message>
        <source>nachtblauw</source>
        <translation>midnight blue</translation>
    </message>
    <message>
        <source>steenrood</source>
        <translation>brick red</translation>
    </message>
    <message>
        <source>bosgroen</source>
        <translation>forest green</translation>
    </message>
    <message>
        <source>aubergine</source>
        <translation>aubergine</translation>
    </message>
    <message>
        <source>antraciet</source>
        <translation>anthracite</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Sleep om de knik te verplaatsen; dubbelklik: weghalen</source>
        <extracomment>As printed (printing.draw_board): padding inside a zone and the size of its dot stickers, in mm. The height of an arrow&apos;s label (mm), as printed.</extracomment>
        <translation>Drag to move the bend; double-click: remove</translation>
    </message>
    <message>
        <source>Sleep om hier een knik in de pijl te maken</source>
        <translation>Drag to make a bend in the arrow here</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>(geen bestand)</source>
        <translation>(no file)</translation>
    </message>
    <message>
        <source>{file}: {path}: {problem}</source>
        <translation>{file}: {path}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>de schijf is vol; maak ruimte vrij of kies een andere plek</source>
        <translation>the disk is full; free some space or choose another place</translation>
    </message>
    <message>
        <source>uw schijfruimte (quotum) is op; maak ruimte vrij of kies een andere plek</source>
        <translation>your disk space (quota) is used up; free some space or choose another place</translation>
    </message>
    <message>
        <source>geen toestemming om hier te schrijven; kies een andere map</source>
        <translation>no permission to write here; choose another folder</translation>
    </message>
    <message>
        <source>deze schijf is alleen-lezen; kies een andere plek</source>
        <translation>this disk is read-only; choose another place</translation>
    </message>
    <message>
        <source>de map bestaat niet; kies een bestaande map</source>
        <translation>the folder does not exist; choose an existing folder</translation>
    </message>
    <message>
        <source>dit is een map; geef een bestandsnaam op</source>
        <translation>this is a folder; give a file name</translation>
    </message>
    <message>
        <source>een deel van het pad is geen map</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>schrijven mislukt ({detail})</source>
        <translation>writing failed ({detail})</translation>
    </message>
    <message>
        <source>{file}: kan het bestand niet schrijven: {problem}</source>
        <translation>{file}: cannot write the file: {problem}</translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand (maar een apparaat of pijp); kies een andere bestandsnaam</source>
        <translation>this is not a regular file (but a device or pipe); choose another file name</translation>
    </message>
    <message>
        <source>dit is geen geldig JSON-bestand (regel {line}, kolom {column}: {detail}); is het afgebroken of door een ander programma gemaakt?</source>
        <extracomment>Limits checked before a document is validated: nesting depth, items in one list, values in all.</extracomment>
        <translation>this is not a valid JSON file (line {line}, column {column}: {detail}); was it cut off or made by another program?</translation>
    </message>
    <message>
        <source>bevat het getal &apos;{value}&apos;; alleen gewone (eindige) getallen kunnen, geen NaN of Infinity</source>
        <translation>contains the number &apos;{value}&apos;; only ordinary (finite) numbers are allowed, not NaN or Infinity</translation>
    </message>
    <message>
        <source>bevat een getal met veel te veel cijfers</source>
        <translation>contains a number with far too many digits</translation>
    </message>
    <message>
        <source>is te diep genest (meer dan {limit} niveaus); dit is geen Bruinpapier-bestand</source>
        <translation>is nested too deeply (more than {limit} levels); this is not a Bruinpapier file</translation>
    </message>
    <message>
        <source>bevat te veel gegevens (meer dan {limit} waarden)</source>
        <translation>contains too much data (more than {limit} values)</translation>
    </message>
    <message>
        <source>bevat te veel items ({count}; hoogstens {limit})</source>
        <translation>contains too many items ({count}; at most {limit})</translation>
    </message>
    <message>
        <source>dit is geen Bruinpapier-bestand (het veld &apos;format&apos; ontbreekt)</source>
        <translation>this is not a Bruinpapier file (the field &apos;format&apos; is missing)</translation>
    </message>
    <message>
        <source>dit is een {actual}-bestand, geen {expected}-bestand</source>
        <translation>this is a {actual} file, not a {expected} file</translation>
    </message>
    <message>
        <source>dit is geen Bruinpapier-bestand (format is &apos;{actual}&apos;)</source>
        <translation>this is not a Bruinpapier file (format is &apos;{actual}&apos;)</translation>
    </message>
    <message>
        <source>ontbreekt of is geen geheel getal</source>
        <translation>is missing or not a whole number</translation>
    </message>
    <message>
        <source>dit bestand heeft schemaversie {version} en komt uit een nieuwere Bruinpapier; deze versie leest t/m versie {supported}. Werk Bruinpapier bij om het te openen.</source>
        <translation>this file has schema version {version} and comes from a newer Bruinpapier; this version reads up to version {supported}. Update Bruinpapier to open it.</translation>
    </message>
    <message>
        <source>schemaversie {version} bestaat niet</source>
        <translation>schema version {version} does not exist</translation>
    </message>
    <message>
        <source>bord</source>
        <translation>board</translation>
    </message>
    <message>
        <source>sessie</source>
        <translation>session</translation>
    </message>
    <message>
        <source>traject</source>
        <translation>trajectory</translation>
    </message>
    <message>
        <source>sjabloon</source>
        <translation>template</translation>
    </message>
    <message>
        <source>het bestand is te groot ({size} MB; hoogstens {limit} MB)</source>
        <translation>the file is too large ({size} MB; at most {limit} MB)</translation>
    </message>
    <message>
        <source>foto &apos;{name}&apos; ontbreekt; de bundel is niet geschreven</source>
        <translation>photo &apos;{name}&apos; is missing; the bundle was not written</translation>
    </message>
    <message>
        <source>onveilige bestandsnaam &apos;{name}&apos; in de bundel (absoluut pad of &apos;..&apos;); de bundel is geweigerd</source>
        <translation>unsafe file name &apos;{name}&apos; in the bundle (absolute path or &apos;..&apos;); the bundle was refused</translation>
    </message>
    <message>
        <source>het bestand bestaat niet</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>de bundel is te groot ({size} MB; hoogstens {limit} MB)</source>
        <translation>the bundle is too large ({size} MB; at most {limit} MB)</translation>
    </message>
    <message>
        <source>dit is geen sessiebundel (geen zip-bestand); kies een {suffix}-bestand dat met Bruinpapier is gemaakt</source>
        <translation>this is not a session bundle (not a zip file); choose a {suffix} file made with Bruinpapier</translation>
    </message>
    <message>
        <source>de bundel bevat te veel bestanden ({count}; hoogstens {limit})</source>
        <translation>the bundle holds too many files ({count}; at most {limit})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; staat twee keer in de bundel; welke geldt is onduidelijk, de bundel is geweigerd</source>
        <translation>&apos;{name}&apos; appears twice in the bundle; which one counts is unclear, the bundle was refused</translation>
    </message>
    <message>
        <source>dit is een schoolbundel (alle sessies van één school), geen sessiebundel; importeer hem met &apos;bruinpapier session import&apos; of in de app met &apos;Bundel importeren&apos;</source>
        <translation>this is a school bundle (all sessions of one school), not a session bundle; import it with &apos;bruinpapier session import&apos; or in the app with &apos;Import bundle&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in de bundel is een snelkoppeling (symlink) of apparaat; de bundel is geweigerd</source>
        <translation>&apos;{name}&apos; in the bundle is a symbolic link or a device; the bundle was refused</translation>
    </message>
    <message>
        <source>de bundel is versleuteld; dat wordt niet ondersteund</source>
        <translation>the bundle is encrypted; that is not supported</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in de bundel is te groot ({size} MB; hoogstens {limit} MB)</source>
        <translation>&apos;{name}&apos; in the bundle is too large ({size} MB; at most {limit} MB)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in de bundel pakt verdacht ver uit (zip-bom); de bundel is geweigerd</source>
        <translation>&apos;{name}&apos; in the bundle unpacks suspiciously far (zip bomb); the bundle was refused</translation>
    </message>
    <message>
        <source>de bundel pakt uit tot meer dan {limit} MB; de bundel is geweigerd</source>
        <translation>the bundle unpacks to more than {limit} MB; the bundle was refused</translation>
    </message>
    <message>
        <source>onverwacht bestand &apos;{name}&apos; in de bundel; een sessiebundel bevat alleen session.json en photos/</source>
        <translation>unexpected file &apos;{name}&apos; in the bundle; a session bundle holds only session.json and photos/</translation>
    </message>
    <message>
        <source>dit is geen sessiebundel: session.json ontbreekt; kies een {suffix}-bestand dat met Bruinpapier is gemaakt</source>
        <translation>this is not a session bundle: session.json is missing; choose a {suffix} file made with Bruinpapier</translation>
    </message>
    <message>
        <source>session.json in de bundel is geen UTF-8-tekst</source>
        <translation>session.json in the bundle is not UTF-8 text</translation>
    </message>
    <message>
        <source>foto &apos;{name}&apos; staat in session.json maar ontbreekt in de bundel</source>
        <translation>photo &apos;{name}&apos; is listed in session.json but missing from the bundle</translation>
    </message>
    <message>
        <source>foto &apos;{name}&apos; heeft in session.json geen controlegetal (sha256); de bundel is geweigerd</source>
        <translation>photo &apos;{name}&apos; has no checksum (sha256) in session.json; the bundle was refused</translation>
    </message>
    <message>
        <source>foto &apos;{name}&apos; in de bundel is beschadigd (controlegetal klopt niet)</source>
        <translation>photo &apos;{name}&apos; in the bundle is damaged (checksum does not match)</translation>
    </message>
    <message>
        <source>foto &apos;{name}&apos; zit in de bundel maar staat niet in session.json; de bundel is geweigerd</source>
        <translation>photo &apos;{name}&apos; is in the bundle but not listed in session.json; the bundle was refused</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in de bundel is beschadigd ({detail})</source>
        <translation>&apos;{name}&apos; in the bundle is damaged ({detail})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in de bundel is te groot</source>
        <translation>&apos;{name}&apos; in the bundle is too large</translation>
    </message>
    <message>
        <source>dit is een map, geen bestand</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>geen toestemming om het bestand te lezen</source>
        <translation>no permission to read the file</translation>
    </message>
    <message>
        <source>het bestand is niet te openen ({detail})</source>
        <translation>the file cannot be opened ({detail})</translation>
    </message>
    <message>
        <source>dit is geen gewoon bestand (maar een apparaat, pijp of socket); kies een bestand</source>
        <translation>this is not a regular file (but a device, pipe or socket); choose a file</translation>
    </message>
    <message>
        <source>het bestand is niet te lezen ({detail})</source>
        <translation>the file cannot be read ({detail})</translation>
    </message>
    <message>
        <source>dit is geen tekstbestand (geen UTF-8); kies een Bruinpapier-bestand</source>
        <translation>this is not a text file (not UTF-8); choose a Bruinpapier file</translation>
    </message>
    <message>
        <source>methode &apos;{method}&apos; heeft geen stap &apos;{step}&apos;; stappen: {steps}</source>
        <translation>method &apos;{method}&apos; has no step &apos;{step}&apos;; steps: {steps}</translation>
    </message>
    <message>
        <source>dit is geen geldig JSON-bestand (regel {line}: {detail})</source>
        <translation>this is not a valid JSON file (line {line}: {detail})</translation>
    </message>
    <message>
        <source>methode &apos;{id}&apos; bestaat niet; bekende methodes: {known}</source>
        <translation>method &apos;{id}&apos; does not exist; known methods: {known}</translation>
    </message>
    <message>
        <source>onbekend papierformaat &apos;{name}&apos;; kies A0, A1, A2, A3, A4 of BxH in mm (bijv. 900x2000)</source>
        <extracomment>ISO 216 A-series sheets, portrait (width, height) in mm. Largest custom size we accept (a long brown-paper roll), in mm.</extracomment>
        <translation>unknown paper size &apos;{name}&apos;; choose A0, A1, A2, A3, A4 or WxH in mm (e.g. 900x2000)</translation>
    </message>
    <message>
        <source>papiermaat {width} × {height} mm kan niet: elke zijde moet tussen {low:g} en {high:g} mm liggen</source>
        <translation>paper size {width} × {height} mm is not possible: each side must be between {low:g} and {high:g} mm</translation>
    </message>
    <message>
        <source>te veel vellen om allemaal van markers te voorzien; kies een groter vel</source>
        <extracomment>Marker sides tried for the extra markers of a tiled print, largest first (capped at the frame&apos;s size).</extracomment>
        <translation>too many sheets to give them all markers; choose a larger sheet</translation>
    </message>
    <message>
        <source>sjabloon &apos;{id}&apos; bestaat niet; &apos;bruinpapier templates&apos; toont alle sjablonen</source>
        <translation>template &apos;{id}&apos; does not exist; &apos;bruinpapier templates&apos; lists all templates</translation>
    </message>
    <message>
        <source>de printermarge van {margin:g} mm laat te weinig ruimte over op {sheet}</source>
        <translation>the printer margin of {margin:g} mm leaves too little room on {sheet}</translation>
    </message>
    <message>
        <source>de overlap moet 0 mm of meer zijn, niet {overlap:g} mm</source>
        <translation>the overlap must be 0 mm or more, not {overlap:g} mm</translation>
    </message>
    <message>
        <source>een overlap van {overlap:g} mm is te groot voor {sheet}: het bedrukbare deel is {width:g} × {height:g} mm; kies hoogstens {limit:g} mm</source>
        <translation>an overlap of {overlap:g} mm is too large for {sheet}: the printable part is {width:g} × {height:g} mm; choose at most {limit:g} mm</translation>
    </message>
    <message>
        <source>dat worden {count} vellen ({rows} × {cols}); meer dan {limit} is niet te plakken. Kies een groter vel of druk als poster af.</source>
        <translation>that makes {count} sheets ({rows} × {cols}); more than {limit} cannot be taped together. Choose a larger sheet or print as a poster.</translation>
    </message>
    <message>
        <source>tekst</source>
        <extracomment>The session schema with its board taken as any object: for a session whose board is equal to one checked in full before (see ``boards.fileformat.BoardSnapshots``), so the board is not walked again. Keywords that apply to one JSON type only (JSON Schema ignores them for values of other types).</extracomment>
        <translation>text</translation>
    </message>
    <message>
        <source>een getal</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>een geheel getal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true of false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>een object { }</source>
        <translation>an object { }</translation>
    </message>
    <message>
        <source>een lijst [ ]</source>
        <translation>a list [ ]</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>moet {expected} zijn, maar is {actual}</source>
        <translation>must be {expected}, but is {actual}</translation>
    </message>
    <message>
        <source>ontbreekt (verplicht veld)</source>
        <translation>is missing (required field)</translation>
    </message>
    <message>
        <source>onbekend veld</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>moet groter zijn dan {limit:g} (is {value})</source>
        <translation>must be greater than {limit:g} (is {value})</translation>
    </message>
    <message>
        <source>moet minstens {limit:g} zijn (is {value})</source>
        <translation>must be at least {limit:g} (is {value})</translation>
    </message>
    <message>
        <source>mag hoogstens {limit:g} zijn (is {value})</source>
        <translation>may be at most {limit:g} (is {value})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; kan niet; kies uit: {options}</source>
        <translation>&apos;{value}&apos; is not possible; choose from: {options}</translation>
    </message>
    <message>
        <source>moet &apos;{expected}&apos; zijn, niet &apos;{value}&apos;</source>
        <translation>must be &apos;{expected}&apos;, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen kleur; schrijf #rrggbb, bijv. #e53935</source>
        <translation>&apos;{value}&apos; is not a colour; write #rrggbb, e.g. #e53935</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen datum; schrijf JJJJ-MM-DD</source>
        <translation>&apos;{value}&apos; is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen geldige id (letters, cijfers, &apos;-&apos;, &apos;_&apos; of &apos;.&apos;, zonder spaties)</source>
        <translation>&apos;{value}&apos; is not a valid id (letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, without spaces)</translation>
    </message>
    <message>
        <source>mag niet leeg zijn</source>
        <translation>may not be empty</translation>
    </message>
    <message>
        <source>is te lang (meer dan {limit} tekens)</source>
        <translation>is too long (more than {limit} characters)</translation>
    </message>
    <message>
        <source>bevat te veel items (meer dan {limit})</source>
        <translation>has too many items (more than {limit})</translation>
    </message>
    <message>
        <source>ongeldige waarde: {detail}</source>
        <translation>invalid value: {detail}</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; komt al voor bij {other}; elke id moet uniek zijn</source>
        <translation>id &apos;{id}&apos; is already used by {other}; every id must be unique</translation>
    </message>
    <message>
        <source>valt buiten het papier ({width:g} × {height:g} mm)</source>
        <translation>lies outside the paper ({width:g} × {height:g} mm)</translation>
    </message>
    <message>
        <source>groep &apos;{id}&apos; bestaat niet op dit bord</source>
        <translation>group &apos;{id}&apos; does not exist on this board</translation>
    </message>
    <message>
        <source>zone &apos;{id}&apos; bestaat niet op dit bord (of is de zone zelf)</source>
        <translation>zone &apos;{id}&apos; does not exist on this board (or is the zone itself)</translation>
    </message>
    <message>
        <source>ligt niet binnen de zone &apos;{id}&apos; waarin ze genest is</source>
        <translation>does not lie inside the zone &apos;{id}&apos; it is nested in</translation>
    </message>
    <message>
        <source>stipsoort &apos;{id}&apos; staat er twee keer in</source>
        <translation>dot kind &apos;{id}&apos; is listed twice</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is geen zone, tekst of symbool op dit bord</source>
        <translation>&apos;{id}&apos; is not a zone, text or symbol on this board</translation>
    </message>
    <message>
        <source>marker-id&apos;s moeten uniek zijn</source>
        <translation>marker ids must be unique</translation>
    </message>
    <message>
        <source>een cirkel is even breed als hoog ({width:g} × {height:g} mm)</source>
        <translation>a circle is as wide as it is high ({width:g} × {height:g} mm)</translation>
    </message>
    <message>
        <source>de afbeelding is beschadigd (geen base64)</source>
        <translation>the picture is damaged (not base64)</translation>
    </message>
    <message>
        <source>de afbeeldingen op dit bord zijn samen te groot (hoogstens {limit} MB); verklein er een</source>
        <translation>the pictures on this board are too big together (at most {limit} MB); make one smaller</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; bestaat niet op dit bord</source>
        <translation>&apos;{id}&apos; does not exist on this board</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; hoort al bij groep &apos;{other}&apos;; een onderdeel zit in één groep</source>
        <translation>&apos;{id}&apos; already belongs to group &apos;{other}&apos;; a part is in one group</translation>
    </message>
    <message>
        <source>groep &apos;{id}&apos; zit (via andere groepen) in zichzelf</source>
        <translation>group &apos;{id}&apos; contains itself (through other groups)</translation>
    </message>
    <message>
        <source>ontbreekt: een eigen papiermaat heeft breedte en hoogte nodig</source>
        <translation>is missing: a custom paper size needs a width and a height</translation>
    </message>
    <message>
        <source>{value:g} mm past niet bij {format} {orientation} ({expected:g} mm)</source>
        <translation>{value:g} mm does not match {format} {orientation} ({expected:g} mm)</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; komt twee keer voor</source>
        <translation>id &apos;{id}&apos; occurs twice</translation>
    </message>
    <message>
        <source>zone &apos;{id}&apos; bestaat niet op het bord van deze sessie</source>
        <translation>zone &apos;{id}&apos; does not exist on this session&apos;s board</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; verzamelt geen stippen van soort &apos;{kind}&apos;</source>
        <translation>zone &apos;{zone}&apos; does not collect dots of kind &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>vraag &apos;{id}&apos; staat niet op het bord van deze sessie</source>
        <translation>question &apos;{id}&apos; is not on this session&apos;s board</translation>
    </message>
    <message>
        <source>twee foto&apos;s hebben dezelfde naam</source>
        <translation>two photos have the same name</translation>
    </message>
    <message>
        <source>geen sessies om te vergelijken</source>
        <translation>no sessions to compare</translation>
    </message>
    <message>
        <source>geen sessies met bord &apos;{board}&apos; voor school &apos;{school}&apos;</source>
        <translation>no sessions with board &apos;{board}&apos; for school &apos;{school}&apos;</translation>
    </message>
    <message>
        <source>geen sessies met bord &apos;{board}&apos;</source>
        <translation>no sessions with board &apos;{board}&apos;</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is geen sessiebestand ({suffix}) en geen sessie-id in het archief {url}; zie &apos;bruinpapier session list&apos;</source>
        <translation>&apos;{ref}&apos; is not a session file ({suffix}) nor a session id in the archive {url}; see &apos;bruinpapier session list&apos;</translation>
    </message>
    <message>
        <source>geen verbinding met het archief {url}: {detail}; controleer het adres, de gebruikersnaam en het wachtwoord, en of de server bereikbaar is</source>
        <translation>no connection to the archive {url}: {detail}; check the address, the user name and the password, and whether the server can be reached</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is geen geldig archiefadres; gebruik bijv. sqlite:///pad/archief.sqlite of postgresql+psycopg://gebruiker@server/database</source>
        <extracomment>Sessions written per bulk insert when many are stored at once (``Archive.add_many``). The columns of the archive list (SessionSummary) as stored; then ``updated_at`` and the photos.</extracomment>
        <translation>&apos;{url}&apos; is not a valid archive address; use e.g. sqlite:///path/archive.sqlite or postgresql+psycopg://user@server/database</translation>
    </message>
    <message>
        <source>archiefdatabase &apos;{backend}&apos; wordt niet ondersteund; gebruik SQLite of PostgreSQL</source>
        <translation>archive database &apos;{backend}&apos; is not supported; use SQLite or PostgreSQL</translation>
    </message>
    <message>
        <source>kan het archief {url} niet openen: {detail}</source>
        <translation>cannot open the archive {url}: {detail}</translation>
    </message>
    <message>
        <source>dit is geen bestand (maar een map of apparaat)</source>
        <translation>this is not a file (but a folder or device)</translation>
    </message>
    <message>
        <source>het bestand is leeg (0 bytes) en dus geen archief; is het afgebroken bij het kopiëren? Zet een reservekopie terug, of verwijder het lege bestand om een nieuw archief te beginnen</source>
        <translation>the file is empty (0 bytes) and so not an archive; was copying interrupted? Restore a backup, or delete the empty file to start a new archive</translation>
    </message>
    <message>
        <source>dit is geen Bruinpapier-archief (geen SQLite-database); kies het juiste bestand of zet een reservekopie terug</source>
        <translation>this is not a Bruinpapier archive (not a SQLite database); choose the right file or restore a backup</translation>
    </message>
    <message>
        <source>kan het archief {url} niet openen: {detail}; controleer het adres, of de server draait en of u toegang heeft</source>
        <translation>cannot open the archive {url}: {detail}; check the address, whether the server runs and whether you have access</translation>
    </message>
    <message>
        <source>archief {url}: {problem}</source>
        <translation>archive {url}: {problem}</translation>
    </message>
    <message>
        <source>het archief is bezet: een ander programma (of een tweede Bruinpapier) schrijft erin; probeer het zo opnieuw. Er is niets opgeslagen</source>
        <translation>the archive is busy: another program (or a second Bruinpapier) is writing to it; try again in a moment. Nothing was saved</translation>
    </message>
    <message>
        <source>de schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw</source>
        <translation>the disk is full; nothing was saved. Free some space and try again</translation>
    </message>
    <message>
        <source>het archief is beschadigd ({detail}); zet een reservekopie terug of kies een ander archief</source>
        <translation>the archive is damaged ({detail}); restore a backup or choose another archive</translation>
    </message>
    <message>
        <source>uw databaserol heeft geen toegang tot de school van deze sessie; er is niets opgeslagen. Vraag de beheerder van het archief om toegang (&apos;bruinpapier archive grant ROL SCHOOL&apos;)</source>
        <translation>your database role has no access to this session&apos;s school; nothing was saved. Ask the archive&apos;s administrator for access (&apos;bruinpapier archive grant ROLE SCHOOL&apos;)</translation>
    </message>
    <message>
        <source>geen toestemming voor deze handeling ({detail}); er is niets gewijzigd. Alleen de beheerder van het archief mag dit</source>
        <translation>not permitted ({detail}); nothing was changed. Only the archive&apos;s administrator may do this</translation>
    </message>
    <message>
        <source>geen toestemming om in het archief te schrijven ({detail}); er is niets opgeslagen</source>
        <translation>no permission to write to the archive ({detail}); nothing was saved</translation>
    </message>
    <message>
        <source>de verbinding met de archiefserver is verbroken en een tweede poging lukte ook niet ({detail}); er is niets half opgeslagen. Controleer de verbinding en of de server draait, en probeer het opnieuw</source>
        <translation>the connection to the archive server was lost and a second attempt failed too ({detail}); nothing was half saved. Check the connection and whether the server is running, and try again</translation>
    </message>
    <message>
        <source>de database gaf een fout ({detail}); er is niets opgeslagen</source>
        <translation>the database reported an error ({detail}); nothing was saved</translation>
    </message>
    <message>
        <source>het archief komt uit een nieuwere Bruinpapier (schemaversie onbekend: {detail}); werk Bruinpapier bij om het te openen. Er is niets gewijzigd</source>
        <translation>the archive comes from a newer Bruinpapier (unknown schema version: {detail}); update Bruinpapier to open it. Nothing was changed</translation>
    </message>
    <message>
        <source>deze databaserol heeft geen toegang tot het archief ({detail}); vraag de beheerder om toegang tot uw scholen (&apos;bruinpapier archive grant ROL SCHOOL&apos;)</source>
        <translation>this database role has no access to the archive ({detail}); ask the administrator for access to your schools (&apos;bruinpapier archive grant ROLE SCHOOL&apos;)</translation>
    </message>
    <message>
        <source>sessie &apos;{id}&apos; staat niet in het archief {url}; zie &apos;bruinpapier session list&apos;</source>
        <translation>session &apos;{id}&apos; is not in the archive {url}; see &apos;bruinpapier session list&apos;</translation>
    </message>
    <message>
        <source>foto &apos;{name}&apos; hoort bij de sessie maar staat niet in het archief; voeg hem toe met add_photo</source>
        <translation>photo &apos;{name}&apos; belongs to the session but is not in the archive; add it with add_photo</translation>
    </message>
    <message>
        <source>foto &apos;{name}&apos; is te groot ({size} MB; hoogstens {limit} MB); verklein hem eerst</source>
        <translation>photo &apos;{name}&apos; is too large ({size} MB; at most {limit} MB); make it smaller first</translation>
    </message>
    <message>
        <source>sessie &apos;{id}&apos; heeft geen foto &apos;{name}&apos;</source>
        <translation>session &apos;{id}&apos; has no photo &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>foto &apos;{name}&apos; is te groot</source>
        <translation>photo &apos;{name}&apos; is too large</translation>
    </message>
    <message>
        <source>de foto&apos;s kloppen niet met de lijst in de sessie</source>
        <translation>the photos do not match the list in the session</translation>
    </message>
    <message>
        <source>sessie &apos;{id}&apos; staat al in het archief</source>
        <translation>session &apos;{id}&apos; is already in the archive</translation>
    </message>
    <message>
        <source>fotonaam &apos;{name}&apos; kan niet: gebruik letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos;, zonder mappen (bijv. bord-1.jpg)</source>
        <extracomment>Largest photo in pixels (a 100-megapixel camera; phones take 12 to 50). Checked from the file&apos;s header before any decoding: a 30000 × 30000 PNG of a few MB would need gigabytes of memory.</extracomment>
        <translation>photo name &apos;{name}&apos; is not possible: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, without folders (e.g. board-1.jpg)</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>de foto is leeg (0 bytes)</source>
        <translation>the photo is empty (0 bytes)</translation>
    </message>
    <message>
        <source>{kind}-afbeeldingen worden niet bewaard; gebruik JPEG of PNG</source>
        <translation>{kind} images are not stored; use JPEG or PNG</translation>
    </message>
    <message>
        <source>een deel van de foto is beschadigd en niet te lezen; kopieer hem opnieuw van de telefoon of camera, of maak een nieuwe foto</source>
        <translation>part of the photo is damaged and cannot be read; copy it from the phone or camera again, or take a new photo</translation>
    </message>
    <message>
        <source>de foto heeft veel te veel pixels (hoogstens {limit} miljoen)</source>
        <translation>the photo has far too many pixels (at most {limit} million)</translation>
    </message>
    <message>
        <source>dit is geen foto (geen JPEG- of PNG-afbeelding)</source>
        <translation>this is not a photo (not a JPEG or PNG image)</translation>
    </message>
    <message>
        <source>de foto is beschadigd of onvolledig ({detail}); maak of kopieer hem opnieuw</source>
        <translation>the photo is damaged or incomplete ({detail}); take or copy it again</translation>
    </message>
    <message>
        <source>de foto is {width} × {height} pixels, meer dan {limit} miljoen; verklein hem eerst</source>
        <translation>the photo is {width} × {height} pixels, more than {limit} million; make it smaller first</translation>
    </message>
    <message>
        <source>{file}: onbekend exportformaat &apos;{suffix}&apos;; kies .csv, .xlsx, .json of {session}</source>
        <extracomment>Columns of a note: where it is, what it says, and what the method does with it. The link a reference column writes (see ``boards.sessionio.preview``).</extracomment>
        <translation>{file}: unknown export format &apos;{suffix}&apos;; choose .csv, .xlsx, .json or {session}</translation>
    </message>
    <message>
        <source>zone &apos;{id}&apos; bestaat niet op het bord &apos;{board}&apos;</source>
        <translation>zone &apos;{id}&apos; does not exist on the board &apos;{board}&apos;</translation>
    </message>
    <message>
        <source>{count} rij(en) kloppen niet: {rows}{more}. Verbeter ze of sla ze over; er is niets opgeslagen.</source>
        <translation>{count} row(s) are not right: {rows}{more}. Correct them or skip them; nothing was saved.</translation>
    </message>
    <message>
        <source>de controle is gedaan voor een ander bord dan dat van deze sessie</source>
        <translation>the check was done for another board than this session&apos;s</translation>
    </message>
    <message>
        <source>{count} rij(en) kloppen niet bij deze sessie: {rows}</source>
        <translation>{count} row(s) do not fit this session: {rows}</translation>
    </message>
    <message>
        <source>vraag &apos;{value}&apos; staat niet op het bord &apos;{board}&apos;</source>
        <translation>question &apos;{value}&apos; is not on the board &apos;{board}&apos;</translation>
    </message>
    <message>
        <source>dit is het oude Excel-formaat (.xls); sla het in Excel op als .xlsx of als CSV en probeer opnieuw</source>
        <extracomment>An .xlsx file is a zip of XML files; what it unpacks to is checked before Excel&apos;s reader sees it (a 4 MB &quot;decompression bomb&quot; unpacks to gigabytes). A workbook of 20,000 rows unpacks to ~20 MB. canonical column → accepted headers (compared with ``header_key``). Columns that carry content; a table needs at least one of them. Sheet names of our own Excel export → row kind, used when there is no ``soort`` column.</extracomment>
        <translation>this is the old Excel format (.xls); save it in Excel as .xlsx or as CSV and try again</translation>
    </message>
    <message>
        <source>onbekend bestandstype &apos;{suffix}&apos;; kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx)</source>
        <translation>unknown file type &apos;{suffix}&apos;; choose a CSV file (.csv) or an Excel file (.xlsx)</translation>
    </message>
    <message>
        <source>het bestand is te groot ({size} MB; hoogstens {limit} MB); splits het in kleinere bestanden</source>
        <translation>the file is too large ({size} MB; at most {limit} MB); split it into smaller files</translation>
    </message>
    <message>
        <source>het bestand is leeg; vul minstens een kopregel en één rij in (zie de voorbeeld-CSV in de handleiding)</source>
        <translation>the file is empty; fill in at least a header row and one row (see the sample CSV in the manual)</translation>
    </message>
    <message>
        <source>dit is geen CSV-bestand maar lijkt een Excel-bestand; geef het de extensie .xlsx of sla het op als CSV</source>
        <translation>this is not a CSV file but looks like an Excel file; give it the extension .xlsx or save it as CSV</translation>
    </message>
    <message>
        <source>dit is geen CSV-bestand (het bevat binaire gegevens); sla de tabel op als CSV (UTF-8) of .xlsx</source>
        <translation>this is not a CSV file (it contains binary data); save the table as CSV (UTF-8) or .xlsx</translation>
    </message>
    <message>
        <source>dit CSV-bestand is niet te lezen ({detail}); controleer scheidingstekens en aanhalingstekens</source>
        <translation>this CSV file cannot be read ({detail}); check the separators and quotes</translation>
    </message>
    <message>
        <source>dit is geen Excel-bestand (.xlsx); is het een CSV-bestand met de verkeerde extensie?</source>
        <translation>this is not an Excel file (.xlsx); is it a CSV file with the wrong extension?</translation>
    </message>
    <message>
        <source>dit Excel-bestand is niet te lezen ({detail}); open het in Excel en sla het opnieuw op als .xlsx</source>
        <translation>this Excel file cannot be read ({detail}); open it in Excel and save it again as .xlsx</translation>
    </message>
    <message>
        <source>dit Excel-bestand bestaat uit te veel delen ({count}; hoogstens {limit})</source>
        <translation>this Excel file consists of too many parts ({count}; at most {limit})</translation>
    </message>
    <message>
        <source>dit Excel-bestand pakt uit tot {size} MB ({packed} MB ingepakt; hoogstens {limit} MB): te groot of een &apos;zip-bom&apos;; het is niet geopend. Sla alleen de tabel op als CSV of als een kleiner .xlsx</source>
        <translation>this Excel file unpacks to {size} MB ({packed} MB packed; at most {limit} MB): too large or a &apos;zip bomb&apos;; it was not opened. Save just the table as CSV or as a smaller .xlsx</translation>
    </message>
    <message>
        <source>meer dan {limit} rijen; splits het bestand</source>
        <translation>more than {limit} rows; split the file</translation>
    </message>
    <message>
        <source>geen bruikbare kolommen gevonden (gevonden: {found}); de kopregel moet minstens &apos;tekst&apos;, &apos;aantal&apos; of &apos;Concreet actiepunt&apos; bevatten, met &apos;soort&apos; en &apos;zone&apos; (zie de voorbeeld-CSV in de handleiding)</source>
        <translation>no usable columns found (found: {found}); the header row must contain at least &apos;tekst&apos;, &apos;aantal&apos; or &apos;Concreet actiepunt&apos;, with &apos;soort&apos; and &apos;zone&apos; (see the sample CSV in the manual)</translation>
    </message>
    <message>
        <source>het bestand heeft een kopregel maar geen rijen met inhoud</source>
        <translation>the file has a header row but no rows with content</translation>
    </message>
    <message>
        <source>kies het proces om verder uit te werken; bekende processen: {zones}</source>
        <translation>choose the process to work out further; known processes: {zones}</translation>
    </message>
    <message>
        <source>regel {source} → {target}: geef twee doelkolommen op (to_zones)</source>
        <translation>rule {source} → {target}: give two target columns (to_zones)</translation>
    </message>
    <message>
        <source>het bord &apos;{given}&apos; is niet het bord &apos;{board}&apos; van deze stap</source>
        <translation>the board &apos;{given}&apos; is not the board &apos;{board}&apos; of this step</translation>
    </message>
    <message>
        <source>bord &apos;{board}&apos; hoort niet bij de methode &apos;{method}&apos;</source>
        <translation>board &apos;{board}&apos; does not belong to the method &apos;{method}&apos;</translation>
    </message>
    <message>
        <source>dit traject is klaar: alle stappen zijn afgerond</source>
        <translation>this trajectory is finished: all steps are done</translation>
    </message>
    <message>
        <source>bord &apos;{board}&apos; hoort niet bij een open stap van de methode &apos;{method}&apos;</source>
        <translation>board &apos;{board}&apos; does not belong to an open step of the method &apos;{method}&apos;</translation>
    </message>
    <message>
        <source>dit traject heeft geen stap &apos;{step}&apos;; stappen: {steps}</source>
        <translation>this trajectory has no step &apos;{step}&apos;; steps: {steps}</translation>
    </message>
    <message>
        <source>dit traject heeft geen sessie &apos;{id}&apos;</source>
        <translation>this trajectory has no session &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>geef de school op (--school)</source>
        <translation>give the school (--school)</translation>
    </message>
    <message>
        <source>{given} datums opgegeven, maar de methode &apos;{method}&apos; heeft {steps} stappen</source>
        <translation>{given} dates given, but the method &apos;{method}&apos; has {steps} steps</translation>
    </message>
    <message>
        <source>onbekend tegelvel &apos;{value}&apos;; kies A4 of A3 (eventueel A4L/A3L voor liggend, A4P/A3P voor staand)</source>
        <translation>unknown tile sheet &apos;{value}&apos;; choose A4 or A3 (or A4L/A3L for landscape, A4P/A3P for portrait)</translation>
    </message>
    <message>
        <source>{what} van &apos;{value}&apos; kan niet; geef een getal van {low:g} tot {high:g} mm</source>
        <translation>{what} of &apos;{value}&apos; is not possible; give a number from {low:g} to {high:g} mm</translation>
    </message>
    <message>
        <source>papiermaat &apos;{value}&apos; kan niet: maten zijn positief, bijv. 900x2000</source>
        <translation>paper size &apos;{value}&apos; is not possible: sizes are positive, e.g. 900x2000</translation>
    </message>
    <message>
        <source>rolbreedte &apos;{value}&apos; kan niet; geef de breedte in mm (914) of breedte x lengte (914x3000)</source>
        <translation>roll width &apos;{value}&apos; is not possible; give the width in mm (914) or width x length (914x3000)</translation>
    </message>
    <message>
        <source>het uitvoerbestand moet op .pdf eindigen, niet &apos;{path}&apos;</source>
        <translation>the output file must end in .pdf, not &apos;{path}&apos;</translation>
    </message>
    <message>
        <source>kies tegels (--tile) of rolpanelen (--panels), niet allebei</source>
        <translation>choose tiles (--tile) or roll panels (--panels), not both</translation>
    </message>
    <message>
        <source>&apos;{items}&apos; heeft geen borden om af te drukken</source>
        <translation>&apos;{items}&apos; has no boards to print</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; bestaat niet of is geen bestand</source>
        <translation>&apos;{path}&apos; does not exist or is not a file</translation>
    </message>
    <message>
        <source>datum &apos;{value}&apos; kan niet; schrijf JJJJ-MM-DD, bijv. 2019-03-12</source>
        <extracomment>The first character of an id: a letter other than e, so that a spreadsheet program opening an exported CSV never reads an id as a number (``123e45…`` as 1.23E+47, ``000123…`` without its zeros) and its links hold. The most dots one zone can count of one kind. The key of :attr:`Results.respondents` that counts for every question of the board. How many people answered a questionnaire: question (group) id → number, ``&quot;&quot;`` for all questions. A multiple-choice question&apos;s shares are of its respondents (the seed&apos;s 9 of 11). A session&apos;s date: ISO, four-digit year (``2019-03-12``).</extracomment>
        <translation>date &apos;{value}&apos; is not possible; write YYYY-MM-DD, e.g. 2019-03-12</translation>
    </message>
    <message>
        <source>een bundel met foto&apos;s kan alleen uit het archief worden gemaakt</source>
        <translation>a bundle with photos can only be made from the archive</translation>
    </message>
    <message>
        <source>verwijderen kan niet ongedaan worden gemaakt; bevestig met --ja</source>
        <translation>deleting cannot be undone; confirm with --ja</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen aantal respondenten (0 of meer)</source>
        <translation>&apos;{value}&apos; is not a number of respondents (0 or more)</translation>
    </message>
    <message>
        <source>{count} rij(en) in {file} kloppen niet; er is niets opgeslagen. Verbeter het bestand of gebruik --skip-bad om ze over te slaan</source>
        <translation>{count} row(s) in {file} are not right; nothing was saved. Correct the file or use --skip-bad to skip them</translation>
    </message>
    <message>
        <source>geef ten minste één sessie op</source>
        <translation>give at least one session</translation>
    </message>
    <message>
        <source>onbekende achtergrond &apos;{value}&apos;; kies brown (kraftbruin) of none (geen)</source>
        <translation>unknown background &apos;{value}&apos;; choose brown (kraft brown) or none</translation>
    </message>
    <message>
        <source>tegels kunnen alleen op A4 of A3, niet op {sheet}</source>
        <translation>tiles can only be A4 or A3, not {sheet}</translation>
    </message>
    <message>
        <source>afloop van {bleed:g} mm kan niet; kies 0 tot {limit:g} mm (drukkerij: 3 mm)</source>
        <translation>a bleed of {bleed:g} mm is not possible; choose 0 to {limit:g} mm (print shop: 3 mm)</translation>
    </message>
    <message>
        <source>afloop en snijtekens zijn voor een poster, niet voor tegels</source>
        <translation>bleed and crop marks are for a poster, not for tiles</translation>
    </message>
    <message>
        <source>op {paper} worden de leesmarkers {size} mm; kleiner dan {minimum:g} mm leest een foto ze niet. Kies groter papier of druk af in tegels (--tile A4).</source>
        <translation>on {paper} the read-back markers become {size} mm; a photo cannot read them below {minimum:g} mm. Choose larger paper or print as tiles (--tile A4).</translation>
    </message>
    <message>
        <source>schrijven mislukt</source>
        <extracomment>PDF viewers and RIPs take pages up to 14,400 units a side (5.08 m at 1/72 inch per unit).</extracomment>
        <translation>writing failed</translation>
    </message>
    <message>
        <source>kan &apos;{path}&apos; niet schrijven: {reason}</source>
        <translation>cannot write &apos;{path}&apos;: {reason}</translation>
    </message>
    <message>
        <source>de map bestaat niet</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>geen schrijfrechten</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>alleen-lezen schijf</source>
        <translation>read-only disk</translation>
    </message>
    <message>
        <source>dat is een map</source>
        <translation>that is a folder</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen leesbare foto ({reason}); gebruik een JPEG- of PNG-bestand</source>
        <translation>&apos;{name}&apos; is not a readable photo ({reason}); use a JPEG or PNG file</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen leesbare foto; gebruik een JPEG- of PNG-bestand</source>
        <translation>&apos;{name}&apos; is not a readable photo; use a JPEG or PNG file</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is beschadigd: een deel van de foto is niet te lezen. Kopieer de foto opnieuw van de telefoon of camera, of maak een nieuwe foto</source>
        <translation>&apos;{name}&apos; is damaged: part of the photo cannot be read. Copy the photo from the phone or camera again, or take a new photo</translation>
    </message>
    <message>
        <source>geen bord gevonden op &apos;{name}&apos;: {count} marker(s) van het bord herkend, er zijn er minstens 2 nodig. Fotografeer het bord met de zwart-witte hoekmarkers goed in beeld, of geef de vier hoeken van het bord zelf aan</source>
        <translation>no board found on &apos;{name}&apos;: {count} marker(s) of the board recognised, at least 2 are needed. Photograph the board with the black-and-white corner markers clearly in view, or mark the four corners of the board yourself</translation>
    </message>
    <message>
        <source>geen bord gevonden op &apos;{name}&apos;: de {count} herkende markers liggen niet zoals op dit bord. Is het een foto van een ander bord? Kies dan het juiste bord; anders: fotografeer het bord met de hoekmarkers goed in beeld, of geef de vier hoeken van het bord zelf aan</source>
        <translation>no board found on &apos;{name}&apos;: the {count} markers recognised do not lie as they do on this board. Is it a photo of another board? Then choose the right board; otherwise photograph the board with the corner markers clearly in view, or mark the four corners of the board yourself</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is een foto van bord &apos;{photo_board}&apos; (volgens de QR-code), niet van &apos;{board}&apos;; kies het juiste bord</source>
        <translation>&apos;{name}&apos; is a photo of board &apos;{photo_board}&apos; (according to its QR code), not of &apos;{board}&apos;; choose the right board</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; lijkt geen foto van bord &apos;{board}&apos;: de QR-code is niet te lezen en de randen van de vakken staan niet waar ze op dit bord staan; kies het juiste bord</source>
        <translation>&apos;{name}&apos; does not look like a photo of board &apos;{board}&apos;: its QR code cannot be read and the borders of the zones are not where this board has them; choose the right board</translation>
    </message>
    <message>
        <source>bestand niet gevonden</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>verwacht een 8-bits kleurenbeeld</source>
        <translation>expected an 8-bit colour image</translation>
    </message>
    <message>
        <source>het teruglezen van de foto&apos;s is afgebroken</source>
        <translation>reading back the photos was cancelled</translation>
    </message>
    <message>
        <source>{message}: met --corners x1,y1,x2,y2,x3,y3,x4,y4 (linksboven, rechtsboven, rechtsonder, linksonder, in pixels van de foto; bij ander papier ook --paper)</source>
        <translation>{message}: with --corners x1,y1,x2,y2,x3,y3,x4,y4 (top left, top right, bottom right, bottom left, in photo pixels; with other paper also --paper)</translation>
    </message>
    <message>
        <source>{message}, of lees de foto toch als &apos;{board}&apos; met --force</source>
        <translation>{message}, or read the photo as &apos;{board}&apos; anyway with --force</translation>
    </message>
    <message>
        <source>--corners verwacht 8 getallen x1,y1,x2,y2,x3,y3,x4,y4, niet &apos;{value}&apos;</source>
        <translation>--corners expects 8 numbers x1,y1,x2,y2,x3,y3,x4,y4, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>--corners werkt met precies één foto</source>
        <translation>--corners works with exactly one photo</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is beveiligd met een wachtwoord; sla hem onbeveiligd op</source>
        <translation>&apos;{name}&apos; is protected with a password; save it unprotected</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen leesbare PDF ({reason})</source>
        <translation>&apos;{name}&apos; is not a readable PDF ({reason})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; heeft geen pagina&apos;s</source>
        <translation>&apos;{name}&apos; has no pages</translation>
    </message>
    <message>
        <source>toegang per school geldt alleen voor een gedeeld PostgreSQL-archief; een SQLite-archief is van één gebruiker (wie het bestand kan lezen, ziet alles)</source>
        <extracomment>Tables whose rows belong to one session (``session_id``): visible when that session is.</extracomment>
        <translation>access per school applies only to a shared PostgreSQL archive; a SQLite archive has one user (whoever can read the file sees everything)</translation>
    </message>
    <message>
        <source>databaserol &apos;{role}&apos; bestaat niet op de server; maak hem eerst aan, bijvoorbeeld met CREATE ROLE &quot;{role}&quot; LOGIN PASSWORD &apos;…&apos;</source>
        <translation>database role &apos;{role}&apos; does not exist on the server; create it first, for example with CREATE ROLE &quot;{role}&quot; LOGIN PASSWORD &apos;…&apos;</translation>
    </message>
    <message>
        <source>de groepsrollen {roles} bestaan nog niet en deze verbinding mag geen rollen maken; voer dit uit als de beheerder van de server (CREATEROLE)</source>
        <translation>the group roles {roles} do not exist yet and this connection may not create roles; run this as the server&apos;s administrator (CREATEROLE)</translation>
    </message>
    <message>
        <source>geef de naam van de school op</source>
        <translation>give the name of the school</translation>
    </message>
    <message>
        <source>geen gegevens van school &apos;{school}&apos; in het archief {url}; bedoelt u: {names}? Geef de naam precies zoals hij in het archief staat</source>
        <translation>no data of school &apos;{school}&apos; in the archive {url}; did you mean: {names}? Give the name exactly as it is in the archive</translation>
    </message>
    <message>
        <source>geen gegevens van school &apos;{school}&apos; gevonden (archief {url}, herstelkopieën)</source>
        <translation>no data of school &apos;{school}&apos; found (archive {url}, recovery copies)</translation>
    </message>
    <message>
        <source>{file} is een traject van &apos;{other}&apos;, niet van &apos;{school}&apos;</source>
        <translation>{file} is a trajectory of &apos;{other}&apos;, not of &apos;{school}&apos;</translation>
    </message>
    <message>
        <source>dit is geen schoolbundel (geen zip-bestand)</source>
        <translation>this is not a school bundle (not a zip file)</translation>
    </message>
    <message>
        <source>school.json in de bundel is geen overzicht van een schoolbundel</source>
        <translation>school.json in the bundle is not the contents list of a school bundle</translation>
    </message>
    <message>
        <source>onverwacht bestand &apos;{name}&apos; in de schoolbundel; die bevat alleen school.json, sessies/ en trajecten/</source>
        <translation>unexpected file &apos;{name}&apos; in the school bundle; it holds only school.json, sessies/ and trajecten/</translation>
    </message>
    <message>
        <source>stap &apos;{step}&apos; hoort bij een methode; geef ook de methode op (--method)</source>
        <translation>step &apos;{step}&apos; belongs to a method; give the method too (--method)</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, meer dan {limit} miljoen</source>
        <extracomment>The photo files the app offers to open (what OpenCV and Pillow read here). Largest working image; a 12 MP photo is decoded at half size (3 MP). How libjpeg&apos;s warnings about damaged data begin (it decodes on and fills the rest with grey).</extracomment>
        <translation>{width} × {height} pixels, more than {limit} million</translation>
    </message>
    <message>
        <source>breedte en hoogte moeten minstens {minimum:g} mm zijn</source>
        <extracomment>Positions are kept to a hundredth of a millimetre. Nothing is made smaller than this (mm).</extracomment>
        <translation>width and height must be at least {minimum:g} mm</translation>
    </message>
    <message>
        <source>valt buiten het papier: x loopt van 0 tot {max_x:g} mm en y van 0 tot {max_y:g} mm bij deze maat ({width:g} × {height:g} mm)</source>
        <translation>falls off the paper: x runs from 0 to {max_x:g} mm and y from 0 to {max_y:g} mm at this size ({width:g} × {height:g} mm)</translation>
    </message>
    <message>
        <source>een tabel heeft 1 tot {limit} rijen en kolommen (gevraagd: {rows} × {columns})</source>
        <translation>a table has 1 to {limit} rows and columns (asked: {rows} × {columns})</translation>
    </message>
    <message>
        <source>de tabel valt buiten het papier</source>
        <translation>the table falls off the paper</translation>
    </message>
    <message>
        <source>de vakken worden te klein ({width:.0f} × {height:.0f} mm; minstens {minimum:g} mm): kies minder rijen of kolommen of een groter vlak</source>
        <translation>the cells become too small ({width:.0f} × {height:.0f} mm; at least {minimum:g} mm): choose fewer rows or columns or a larger area</translation>
    </message>
    <message>
        <source>de afbeelding is te groot ({size:.1f} MB; hoogstens {limit} MB per afbeelding); verklein of comprimeer haar eerst, bijvoorbeeld als JPEG</source>
        <extracomment>One picture at most this big (bytes of the file). All pictures of one board together at most this big. A PNG/JPEG with more pixels than this is refused (a &quot;decompression bomb&quot;). Pictures are placed at this resolution when they say none (pixels per inch).</extracomment>
        <translation>the picture is too big ({size:.1f} MB; at most {limit} MB per picture); make it smaller or compress it first, for example as JPEG</translation>
    </message>
    <message>
        <source>dit is geen PNG-, JPEG- of SVG-afbeelding</source>
        <translation>this is not a PNG, JPEG or SVG picture</translation>
    </message>
    <message>
        <source>de afbeelding is {actual}, maar het bord noemt haar {declared}</source>
        <translation>the picture is {actual}, but the board calls it {declared}</translation>
    </message>
    <message>
        <source>de afbeelding is beschadigd of onvolledig en kan niet gelezen worden</source>
        <translation>the picture is damaged or incomplete and cannot be read</translation>
    </message>
    <message>
        <source>de afbeelding is leeg (0 pixels)</source>
        <translation>the picture is empty (0 pixels)</translation>
    </message>
    <message>
        <source>de afbeelding heeft te veel pixels ({width} × {height}); verklein haar eerst</source>
        <translation>the picture has too many pixels ({width} × {height}); make it smaller first</translation>
    </message>
    <message>
        <source>dit SVG-bestand is geen geldige SVG-afbeelding (XML met &lt;svg&gt;)</source>
        <translation>this SVG file is not a valid SVG picture (XML with &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>SVG-bestanden met eigen entiteiten (&lt;!ENTITY&gt;) worden niet geopend</source>
        <translation>SVG files with their own entities (&lt;!ENTITY&gt;) are not opened</translation>
    </message>
    <message>
        <source>{file}: kan het bestand niet lezen ({reason})</source>
        <translation>{file}: cannot read the file ({reason})</translation>
    </message>
    <message>
        <source>het bord &apos;{board}&apos; heeft geen vak voor een conclusie</source>
        <extracomment>How every conclusion Bruinpapier derives itself is shown: never as the team&apos;s or the publication&apos;s words. How the team&apos;s own conclusion (the text in the board&apos;s CONCLUSIE area) is shown.</extracomment>
        <translation>the board &apos;{board}&apos; has no area for a conclusion</translation>
    </message>
    <message>
        <source>de conclusie is leeg</source>
        <translation>the conclusion is empty</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen duur; schrijf bijv. 10 min, 1,5 uur, 2 dagen of een aantal minuten</source>
        <extracomment>Longest duration a note can carry (a school year and then some), in minutes.</extracomment>
        <translation>&apos;{value}&apos; is not a duration; write e.g. 10 min, 1,5 uur, 2 dagen or a number of minutes</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is langer dan de langste duur die kan</source>
        <translation>&apos;{value}&apos; is longer than the longest possible duration</translation>
    </message>
    <message>
        <source>er is al een eigen sjabloon &apos;{title}&apos;; kies vervangen of beide bewaren (met een nieuwe naam)</source>
        <extracomment>How many files of a folder are read at most (a school folder of thousands of files would keep the Start page waiting for minutes; more are named in a problem, not read).</extracomment>
        <translation>there is an own template &apos;{title}&apos; already; choose replace, or keep both (with a new name)</translation>
    </message>
    <message>
        <source>is geen mapnaam</source>
        <translation>is not a folder name</translation>
    </message>
    <message>
        <source>de map met schoolsjablonen &apos;{folder}&apos; is niet gevonden; is de netwerkschijf verbonden? Kies anders een andere map bij Instellingen</source>
        <translation>the folder of school templates &apos;{folder}&apos; was not found; is the network drive connected? Otherwise choose another folder in Settings</translation>
    </message>
    <message>
        <source>de map met schoolsjablonen &apos;{folder}&apos; is niet te lezen (geen toegang, of de schijf antwoordt niet); vraag wie de map beheert om leesrechten, of kies een andere map bij Instellingen</source>
        <translation>the folder of school templates &apos;{folder}&apos; cannot be read (no access, or the drive does not answer); ask whoever manages the folder for read access, or choose another folder in Settings</translation>
    </message>
    <message>
        <source>{error} (de map met schoolsjablonen wordt niet gebruikt; kies hem opnieuw bij Instellingen)</source>
        <translation>{error} (the folder of school templates is not used; choose it again in Settings)</translation>
    </message>
    <message>
        <source>{folder}: de map is niet te lezen ({detail})</source>
        <translation>{folder}: the folder cannot be read ({detail})</translation>
    </message>
    <message>
        <source>{folder}: bevat {count} sjablonen; alleen de eerste {limit} (op naam) zijn gelezen</source>
        <translation>{folder}: holds {count} templates; only the first {limit} (by name) were read</translation>
    </message>
    <message>
        <source>overgeslagen: {error}</source>
        <translation>skipped: {error}</translation>
    </message>
    <message>
        <source>een sjabloon heeft een naam nodig</source>
        <translation>a template needs a name</translation>
    </message>
    <message>
        <source>de naam van de maker is te lang (hoogstens {limit} tekens)</source>
        <translation>the maker&apos;s name is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>er is geen eigen sjabloon &apos;{id}&apos;</source>
        <translation>there is no own template &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>{file}: kan het sjabloon niet verwijderen ({detail})</source>
        <translation>{file}: cannot remove the template ({detail})</translation>
    </message>
    <message>
        <source>&apos;{path}&apos;: een afbeelding wordt .png of .svg; geef een bestandsnaam met een van die twee</source>
        <translation>&apos;{path}&apos;: an image is .png or .svg; give a file name with one of those two</translation>
    </message>
    <message>
        <source>een resolutie van {dpi} dpi kan niet; kies {low:g} tot {high:g} dpi</source>
        <translation>a resolution of {dpi} dpi is not possible; choose {low:g} to {high:g} dpi</translation>
    </message>
    <message>
        <source>een breedte van {width} pixels kan niet; kies {low} tot {high} pixels</source>
        <translation>a width of {width} pixels is not possible; choose {low} to {high} pixels</translation>
    </message>
    <message>
        <source>{width} × {height} pixels is te groot (hoogstens {limit} miljoen pixels); voor dit bord kan het tot ongeveer {dpi} dpi of {fit} pixels breed</source>
        <translation>{width} × {height} pixels is too large (at most {limit} million pixels); for this board it can go up to about {dpi} dpi or {fit} pixels wide</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; bestaat niet (geen bestand en geen map)</source>
        <extracomment>What a folder is searched for (and its sub-folders).</extracomment>
        <translation>&apos;{path}&apos; does not exist (neither a file nor a folder)</translation>
    </message>
    <message>
        <source>geen sessiebestanden ({suffixes}) gevonden in {paths}</source>
        <translation>no session files ({suffixes}) found in {paths}</translation>
    </message>
    <message>
        <source>de periode {start} t/m {end} is leeg: &apos;van&apos; ligt na &apos;t/m&apos;</source>
        <translation>the period {start} to {end} is empty: &apos;from&apos; is after &apos;to&apos;</translation>
    </message>
    <message>
        <source>geef sessies op óf kies ze met filters (--school, --board, … of --all), niet allebei</source>
        <translation>give sessions or choose them with filters (--school, --board, … or --all), not both</translation>
    </message>
    <message>
        <source>geef sessies op (bestanden of archief-id&apos;s), of kies ze uit het archief met --school, --board, --method, --step, --from, --to, --search of --all</source>
        <translation>give sessions (files or archive ids), or choose them from the archive with --school, --board, --method, --step, --from, --to, --search or --all</translation>
    </message>
    <message>
        <source>--summary en --per-session gaan niet samen; kies er één</source>
        <translation>--summary and --per-session do not go together; choose one</translation>
    </message>
    <message>
        <source>geen sessies gevonden met deze filters</source>
        <translation>no sessions found with these filters</translation>
    </message>
    <message>
        <source>geef een school óf --bestuur op (alle scholen), één van de twee</source>
        <translation>give a school or --bestuur (all schools), one of the two</translation>
    </message>
    <message>
        <source>--all kiest alle sessies; laat het weg als u filtert</source>
        <translation>--all chooses every session; leave it out when you filter</translation>
    </message>
    <message>
        <source>een lettergrootte is passend (0) of {low:g} tot {high:g} pt, niet {value:g}</source>
        <extracomment>The numbers a look may have (the file format&apos;s limits): text size in pt (None: fitted), line width in mm. A value that differs across a multi-selection.</extracomment>
        <translation>a font size is fitting (0) or {low:g} to {high:g} pt, not {value:g}</translation>
    </message>
    <message>
        <source>een lijndikte is {low:g} tot {high:g} mm, niet {value:g}</source>
        <translation>a line width is {low:g} to {high:g} mm, not {value:g}</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>stippen {kind}</source>
        <translation>dots {kind}</translation>
    </message>
    <message>
        <source>balans: {positive} − {burden}</source>
        <translation>balance: {positive} − {burden}</translation>
    </message>
    <message>
        <source>briefjes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>{count} meer {kind}</source>
        <translation>{count} more {kind}</translation>
    </message>
    <message>
        <source>evenveel</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>telt hier niet mee</source>
        <translation>does not count here</translation>
    </message>
    <message>
        <source>Per vak {positive} min {burden}: de kleur van de soort die meer stippen kreeg.</source>
        <translation>Per zone {positive} minus {burden}: the colour of the kind that got more dots.</translation>
    </message>
    <message>
        <source>Hoe donkerder het vak, hoe meer briefjes erop.</source>
        <translation>The darker the zone, the more notes on it.</translation>
    </message>
    <message>
        <source>Hoe donkerder het vak, hoe meer stippen {kind} erop.</source>
        <translation>The darker the zone, the more {kind} dots on it.</translation>
    </message>
</context>
<context>
    <name>merging</name>
    <message>
        <source>sessie houden</source>
        <translation>keep session</translation>
    </message>
    <message>
        <source>nieuwe overnemen</source>
        <translation>take new</translation>
    </message>
    <message>
        <source>optellen</source>
        <translation>add up</translation>
    </message>
    <message>
        <source>stippen</source>
        <translation>dots</translation>
    </message>
    <message>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>(niet geplaatst)</source>
        <translation>(not placed)</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>cel</source>
        <extracomment>Dutch display names of the zone kinds.</extracomment>
        <translation>cell</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <source>rij</source>
        <translation>row</translation>
    </message>
    <message>
        <source>kwadrant</source>
        <translation>quadrant</translation>
    </message>
    <message>
        <source>baan</source>
        <translation>lane</translation>
    </message>
    <message>
        <source>vrij vlak</source>
        <translation>free area</translation>
    </message>
    <message>
        <source>tabelkolom</source>
        <translation>table column</translation>
    </message>
    <message>
        <source>rechthoek</source>
        <extracomment>Dutch display names of the shapes.</extracomment>
        <translation>rectangle</translation>
    </message>
    <message>
        <source>afgeronde rechthoek</source>
        <translation>rounded rectangle</translation>
    </message>
    <message>
        <source>ellips</source>
        <translation>ellipse</translation>
    </message>
    <message>
        <source>cirkel</source>
        <translation>circle</translation>
    </message>
    <message>
        <source>plek voor een post-it</source>
        <translation>spot for a sticky note</translation>
    </message>
    <message>
        <source>getypt</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>van foto</source>
        <translation>from photo</translation>
    </message>
    <message>
        <source>meegenomen</source>
        <translation>carried over</translation>
    </message>
</context>
<context>
    <name>paper</name>
    <message>
        <source>{width} × {height} mm</source>
        <translation>{width} × {height} mm</translation>
    </message>
    <message>
        <source>{format} liggend</source>
        <translation>{format} landscape</translation>
    </message>
    <message>
        <source>{format} staand</source>
        <translation>{format} portrait</translation>
    </message>
</context>
<context>
    <name>sessionio</name>
    <message>
        <source>in orde</source>
        <extracomment>A ``soort`` that is a note of a category: &quot;probleem&quot; and &quot;idee&quot; rows are notes that stand for one. How a spreadsheet names the respondents row that counts for every question. The ids Bruinpapier gives notes (twelve hex digits), as an export writes a link to another session. Note ids as session files write them (the ``id`` column of our own export). Action fields a row fills in, by column. Reference columns: (column, link name kept on the note or action, category looked for).</extracomment>
        <translation>fine</translation>
    </message>
    <message>
        <source>onbekende zone</source>
        <translation>unknown zone</translation>
    </message>
    <message>
        <source>foute waarde</source>
        <translation>wrong value</translation>
    </message>
    <message>
        <source>geen zone ingevuld; kies een zone van het bord</source>
        <translation>no zone filled in; choose a zone of the board</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; past bij meer dan één zone; gebruik de zone-id</source>
        <translation>&apos;{value}&apos; matches more than one zone; use the zone id</translation>
    </message>
    <message>
        <source>zone &apos;{value}&apos; staat niet op het bord &apos;{board}&apos;</source>
        <translation>zone &apos;{value}&apos; is not on the board &apos;{board}&apos;</translation>
    </message>
    <message>
        <source>de tekst van de notitie is leeg</source>
        <translation>the text of the note is empty</translation>
    </message>
    <message>
        <source>de tekst is te lang ({length} tekens; hoogstens {limit})</source>
        <translation>the text is too long ({length} characters; at most {limit})</translation>
    </message>
    <message>
        <source>in zone &apos;{zone}&apos; horen geen notities</source>
        <translation>zone &apos;{zone}&apos; takes no notes</translation>
    </message>
    <message>
        <source>kleur &apos;{value}&apos; onbekend; gebruik geel, roze, oranje, groen of blauw</source>
        <translation>colour &apos;{value}&apos; unknown; use geel, roze, oranje, groen or blauw</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; verzamelt geen stippen</source>
        <translation>zone &apos;{zone}&apos; collects no dots</translation>
    </message>
    <message>
        <source>soort &apos;{value}&apos; onbekend; gebruik notitie, probleem, idee, stip, actie of respondenten</source>
        <translation>unknown type &apos;{value}&apos;; use notitie, probleem, idee, stip, actie or respondenten</translation>
    </message>
    <message>
        <source>stipsoort &apos;{value}&apos; onbekend in zone &apos;{zone}&apos;; kies uit: {choices}</source>
        <translation>dot kind &apos;{value}&apos; unknown in zone &apos;{zone}&apos;; choose from: {choices}</translation>
    </message>
    <message>
        <source>aantal &apos;{value}&apos; is geen geheel getal van 0 t/m {limit}</source>
        <translation>count &apos;{value}&apos; is not a whole number from 0 to {limit}</translation>
    </message>
    <message>
        <source>categorie &apos;{value}&apos; onbekend; gebruik probleem, idee, processtap of pijnpunt</source>
        <translation>unknown category &apos;{value}&apos;; use probleem, idee, processtap or pijnpunt</translation>
    </message>
    <message>
        <source>bron &apos;{value}&apos; onbekend; gebruik getypt, geïmporteerd, van foto of meegenomen</source>
        <translation>unknown source &apos;{value}&apos;; use getypt, geïmporteerd, van foto or meegenomen</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>id &apos;{value}&apos; kan niet (letters, cijfers, - _ en ., hoogstens 80)</source>
        <translation>id &apos;{value}&apos; is not possible (letters, digits, - _ and ., at most 80)</translation>
    </message>
    <message>
        <source>vraag &apos;{value}&apos; staat niet op het bord &apos;{board}&apos;; laat de zone leeg voor alle vragen</source>
        <translation>question &apos;{value}&apos; is not on the board &apos;{board}&apos;; leave the zone empty for all questions</translation>
    </message>
    <message>
        <source>aantal respondenten &apos;{value}&apos; is geen geheel getal van 0 t/m {limit}</source>
        <translation>number of respondents &apos;{value}&apos; is not a whole number from 0 to {limit}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; ({column}) staat niet in deze sessie of in dit bestand, of past bij meer dan één notitie; gebruik de id</source>
        <translation>&apos;{value}&apos; ({column}) is not in this session or in this file, or fits more than one note; use the id</translation>
    </message>
    <message>
        <source>&apos;Concreet actiepunt&apos; is leeg</source>
        <translation>&apos;Concreet actiepunt&apos; is empty</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is te lang (hoogstens 300 tekens)</source>
        <translation>&apos;{column}&apos; is too long (at most 300 characters)</translation>
    </message>
    <message>
        <source>Nr. &apos;{value}&apos; is geen geheel getal</source>
        <translation>No. &apos;{value}&apos; is not a whole number</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>gemengd</source>
        <translation>mixed</translation>
    </message>
    <message>
        <source>Andere kleur…</source>
        <translation>Other colour…</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Standaard</source>
        <extracomment>The dark band of a heading: white text on it.</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Kop (donker, witte tekst)</source>
        <translation>Heading (dark, white text)</translation>
    </message>
    <message>
        <source>Accent (zandgeel, dikke rand)</source>
        <translation>Accent (sand yellow, thick border)</translation>
    </message>
    <message>
        <source>Zacht (crème, gestreepte rand)</source>
        <translation>Soft (cream, dashed border)</translation>
    </message>
    <message>
        <source>Kader (geen vulling, dikke rand)</source>
        <translation>Frame (no fill, thick border)</translation>
    </message>
    <message>
        <source>Blauw (ijsblauw, blauwe tekst)</source>
        <translation>Blue (ice blue, blue text)</translation>
    </message>
    <message>
        <source>Groen (mint, groene tekst)</source>
        <translation>Green (mint, green text)</translation>
    </message>
    <message>
        <source>Plek voor post-its (gestippeld)</source>
        <translation>Place for sticky notes (dotted)</translation>
    </message>
</context>
<context>
    <name>symbols</name>
    <message>
        <source>persoon</source>
        <extracomment>Dutch display names (the ids are already the seed&apos;s Dutch words).</extracomment>
        <translation>person</translation>
    </message>
    <message>
        <source>processtap</source>
        <translation>process step</translation>
    </message>
    <message>
        <source>probleem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>verstoring</source>
        <translation>disruption</translation>
    </message>
    <message>
        <source>wacht</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>ict</source>
        <translation>ICT</translation>
    </message>
    <message>
        <source>extern</source>
        <translation>external party</translation>
    </message>
</context>
<context>
    <name>trajectory</name>
    <message>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>probleem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>processtap</source>
        <translation>process step</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Op {board} zijn nog geen stippen {kind} geplakt; kies zelf een proces.</source>
        <translation>No {kind} dots have been stuck on {board} yet; choose a process yourself.</translation>
    </message>
    <message>
        <source>Voorstel: {process}, met de meeste stippen {kind} ({count}) op {board}{date}.</source>
        <translation>Suggestion: {process}, with the most {kind} dots ({count}) on {board}{date}.</translation>
    </message>
</context>
</TS>
