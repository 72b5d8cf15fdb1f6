"""Zeven bouwstenen voor innovatie (passend onderwijs): the seven building blocks, per level."""

from __future__ import annotations

from template_layout import worksheet

from boards.colors import DOT_GREEN, DOT_RED
from boards.model import Board, DotKind

#: (bouwsteen, what it looks like in the innovatieteam, what it looks like in the omgeving), in full.
BOUWSTENEN = [
    (
        "Werken vanuit een gezamenlijk aanstekelijk doel",
        "de groepsleden besteden aandacht aan het expliciteren van het doel waar ze naartoe werken en doen "
        "dit in afstemming met de omgeving. Het doel is ontwikkelingsgericht geformuleerd en gebaseerd op een"
        " gedeeld beeld van het achterliggende vraagstuk. Vanuit dit doel is helder waartoe de innovatie bij "
        "de verschillende doelgroepen moet leiden (bijv. door doelen per doelgroep te formuleren). Aanvullend"
        " is er een gezamenlijke opvatting over de oplossingsrichting en de manier om daar te komen (het "
        "proces). Het doel geeft een gevoel van focus en structuur in het proces, en energie om aan de slag "
        "te blijven. Gedurende het proces wordt regelmatig gereflecteerd met de omgeving of het doel nog "
        "relevant is en het proces bijdraagt aan het bereiken hiervan.",
        "bij het expliciteren van het doel leveren relevante stakeholders hun input en bijdrage. De omgeving "
        "ervaart de urgentie en relevantie van het doel en onderschrijft de manier waarop het innovatieteam "
        "tot een oplossing wil komen. Gedurende het proces geven de relevante stakeholders feedback aan het "
        "innovatieteam of het doel dichterbij komt.",
    ),
    (
        "Bundelen van de aanwezige talenten en expertise",
        "er is zicht op welke expertise en talenten nodig zijn om het doel te bereiken. De groepsleden zijn "
        "op de hoogte van elkaars expertise en talenten, en benutten deze diversiteit om van elkaar te leren."
        " Gedurende het proces is gericht aandacht voor wie de meest passende expertise heeft voor dat "
        "moment. Deze collega’s krijgen ook de ruimte om juist dan invloed te nemen op het proces. Regelmatig"
        " wordt ook de expertise uit de omgeving benut, als aanvulling voor missende expertise in de groep of"
        " als kritische vriend (om bijv. blinde vlekken te voorkomen).",
        "er is gelegenheid voor individuele professionalisering voor de leden van het innovatieteam, "
        "bijvoorbeeld het volgen van een opleiding of het bezoeken van een lezing. Aanvullend biedt de "
        "omgeving haar expertise aan, bijvoorbeeld door het delen van wetenschappelijke inzichten, goede "
        "voorbeelden en relevante ontwikkelingen zoals wetswijzigingen.",
    ),
    (
        "Aandacht voor het samenwerkingsproces en de relatie",
        "de groepsleden hebben een professionele verstandhouding met elkaar, waarbij er oog is voor het "
        "proces en de relatie. Ook is er ruimte om elkaar feedback te geven. Er wordt met enige regelmaat "
        "gereflecteerd (eventueel met behulp van een methode) op de kwaliteit van het samenwerkingsproces, "
        "aan de hand van vragen als; Doen we het samen goed? Hebben we het naar ons zin? Krijgt iedereen "
        "voldoende ruimte? En krijgen we energie van wat we doen?",
        "wanneer nodig schakelt het innovatieteam externe hulp in om het proces te ondersteunen (denk bijv. "
        "aan een procesbegeleider). Aanvullend zijn er tussen de omgeving (stakeholders) en het innovatieteam"
        " regelmatig momenten waarbij de samenwerking en relatie geëvalueerd worden.",
    ),
    (
        "Onderzoekende en waarderende houding van alle betrokkenen",
        "de groepsleden zijn gericht op wat de best mogelijke oplossing is voor alle betrokkenen (i.p.v. de "
        "snelle of makkelijke oplossing). Er wordt erkend dat lastige vraagstukken om een onderzoekende "
        "houding vragen: het benutten van meerdere perspectieven, nieuwe dingen uitproberen in de praktijk en"
        " reflecteren op wat werkt. Daarbij heeft de groep niet alleen oog voor problemen en uitdagingen, "
        "maar ook voor successen en kansen. Gedurende het proces is er, samen met de omgeving, regelmatig "
        "aandacht voor de inzichten die tot nu toe zijn opgedaan. Dit zijn zowel inzichten over wat tot het "
        "gewenste resultaat leidt, als welke vraagstukken er nog spelen.",
        "de omgeving toont interesse in wat het innovatieteam doet en tot welke resultaten dit leidt. Er is "
        "ruimte om te experimenteren. Dit houdt in dat de omgeving niet verwacht dat er op korte termijn "
        "tastbare resultaten volgen, maar dat er stappen gezet worden die inzicht geven in wat wel en niet "
        "werkt. De nieuwe dingen die het innovatieteam probeert, worden nieuwsgierig benaderd en niet "
        "argwanend bekeken.",
    ),
    (
        "Mogelijkheid om samen te werken",
        "de groepsleden zoeken elkaar regelmatig op. Dit zijn niet alleen momenten waarop overlegd wordt. Er "
        "wordt ook gewerkt met elkaar in het ‘primaire proces’, daar waar de verbetering/vernieuwing zich op "
        "richt. De groep werkt ook samen met relevante betrokkenen, bijvoorbeeld door informatie bij de "
        "doelgroep op te halen (over wat wel en niet werkt) en met ze na te denken over oplossingen. Het "
        "innovatieteam houdt oog voor kansen om met mensen uit de omgeving samen te werken.",
        "er zijn faciliteiten (tijd en middelen) aanwezig om de samenwerking van het innovatieteam makkelijk "
        "mogelijk te maken. Aanvullend nodigt de omgeving het innovatieteam uit hen op de hoogte te houden en"
        " te betrekken. Bijvoorbeeld door te communiceren over de voortgang en door stakeholders mee te laten"
        " denken en onderzoeken. De omgeving blijft contact houden met het innovatieteam en wijst hen op "
        "kansen tot samenwerken met anderen.",
    ),
    (
        "Contact met relevante betrokkenen",
        "de teamleden hebben oog voor wie de innovatie consequenties heeft, en op welke manier en welk moment"
        " deze mensen (bijvoorbeeld collega’s, partners, jongeren en ouders) het beste betrokken kunnen "
        "worden. De doelgroep is in het bijzonder belangrijk, in het onderwijs zijn dit uiteraard de "
        "leerlingen. Dit kunnen aanvullend ook andere groepen, zoals ouders, docenten of mentoren zijn, "
        "afhankelijk van de betreffende innovatie. De leden van het innovatieteam zien de betrokkenen niet "
        "als een passief object die de innovatie ondergaan, maar als subjecten met wie ze samenwerken om tot "
        "de innovatie te komen (co-creatie). Het innovatieteam maakt een bewuste keuze in hoe ze in contact "
        "zijn met de relevante betrokkenen, dat kan gaan van informeren over de voortgang tot co-creatie.",
        "de omgeving is primair geïnteresseerd in welke verbetering de innovatie oplevert voor de doelgroep. "
        "Samen met het innovatieteam is er een gezamenlijk concreet beeld over wat positieve opbrengsten "
        "zijn, bijvoorbeeld wat het betekent dat het onderwijs passender voor de leerlingen is of nog beter "
        "samen te werken met ouders. De doelgroep is hierin een gesprekspartner.",
    ),
    (
        "Delen wat werkt",
        "gedurende het proces (en zeker als afsluiting) is er aandacht voor het delen van successen en "
        "inzichten met relevante betrokkenen en andere geïnteresseerden (bijvoorbeeld collega-scholen). "
        "Aanvullend wordt de omgeving uitgenodigd aan te geven wat zij met deze inzichten heeft gedaan en wat"
        " dit weer opleverde.",
        "geïnteresseerden uit de omgeving nodigen het innovatieteam uit om hun inzichten met ze te delen. De "
        "geïnteresseerden koppelen terug naar het innovatieteam wat ze hiermee doen, wat het ze heeft "
        "opgeleverd en welke vragen er nog openliggen.",
    ),
]
BOUWSTEEN_SUCCES = DotKind("succesfactor", "succesfactor", DOT_GREEN)
BOUWSTEEN_FAAL = DotKind("faalfactor", "faalfactor", DOT_RED)


def zeven_bouwstenen() -> Board:
    sheet = worksheet(
        "zeven-bouwstenen",
        "Zeven bouwstenen voor innovatie",
        paper="A0",
        orientation="portrait",
        question="In welke mate een bouwsteen aanwezig is en waar een interventie mogelijk relevant is",
        description="Bouwstenen zijn zowel als succes- en faalfactor te zien.",
    )
    sheet.addition(BOUWSTEEN_SUCCES.label, "de publicatie schrijft ‘succes- en faalfactor’")
    sheet.dot_legend()
    grid = sheet.matrix(
        ["Innovatieteam:", "Omgeving:"],
        [f"{nr}. {label}" for nr, (label, _, _) in enumerate(BOUWSTENEN, start=1)],
        sheet.take(),
        label_width=150,
        dots=[BOUWSTEEN_SUCCES, BOUWSTEEN_FAAL],
        cell_label=lambda col, row: f"{row} – {col.rstrip(':')}",
    )
    for row, (_, team, omgeving) in zip(grid, BOUWSTENEN):
        row[0].definition, row[1].definition = team, omgeving
    return sheet.board


BUILDERS = [zeven_bouwstenen]
