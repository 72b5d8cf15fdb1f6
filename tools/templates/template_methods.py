"""The methods of the seeds as data; written to resources/methods/<id>.json by make_templates.py.

Step titles, goals, durations and materials are taken from the source publications; ``source``
names the publication and the section (never a file or line number); ``boards`` names the template
ids used in a step.
"""

from __future__ import annotations

VERBETERING_IN_BEELD = {
    "id": "verbetering-in-beeld",
    "title": "Verbetering in beeld",
    "subtitle": "Value Stream Mapping: leraren zoeken zelf naar oplossingen die hun werkdruk verlichten",
    "school": "OBS Akkrum",
    "source": "Meer ict, minder werkdruk? — Praktijkvoorbeeld OBS Akkrum; Stappenplan VERBETERING IN BEELD",
    "order": 10,
    "summary": "Stappenplan VERBETERING IN BEELD in vijf stappen: Brainstorm, Observatie, Interpretatie, "
    "Value Stream Mapping, Verandering. Workshops met 3-4 deelnemers; postervellen (A1) met "
    "verschillende kleuren markers.",
    "steps": [
        {
            "id": "brainstorm",
            "nr": 1,
            "title": "Brainstorm",
            "goal": "Identificeren waar men wel en niet blij mee is",
            "duration": "60-90 minuten",
            "who": "het team, klassikaal",
            "boards": [
                "brainstorm",
                "werkdruk-frequentiematrix",
                "procesmatrix",
                "procesmatrix-stappenplan",
                "selectie",
            ],
            "results": [
                "pijnpunten, gedefinieerd, gegroepeerd en gewaardeerd met de Procesmatrix en de "
                "Werkdruk-frequentiematrix",
                "een selectie van pijnpunten voor de workshopreeks",
            ],
            "source": "Stappenplan VERBETERING IN BEELD, Brainstorm 1",
        },
        {
            "id": "observatie",
            "nr": 2,
            "title": "Observatie",
            "goal": "Objectief beeld krijgen van de huidige situatie",
            "duration": "30-60 minuten per observatie",
            "who": "observator (per observatie minimaal één observator) en de leraar die het proces uitvoert",
            "materials": [
                "Video- of fotocamera",
                "Geluidsrecorder",
                "Toestemming voor observatie en gebruik ervan in workshops",
                "Observator (per observatie minimaal één observator)",
            ],
            "boards": ["observatie-aandachtspunten"],
            "results": ["video-, foto- en/of geluidsopnames van het proces"],
            "source": "Stappenplan VERBETERING IN BEELD, Observatie 2",
        },
        {
            "id": "interpretatie",
            "nr": 3,
            "title": "Interpretatie",
            "goal": "Overzicht krijgen van processtappen",
            "duration": "60-120 minuten per observatie",
            "who": "onderzoeker(s)",
            "materials": [
                "Video-, foto- en/of geluidsopnames van de observatie",
                "Computer",
                "Ruimte voor aantekeningen",
                "Onderzoeker(s)",
            ],
            "boards": ["aantekeningen-interpretatie"],
            "results": ["een selectie van 5-10 meest relevante fragmenten voor de komende workshop"],
            "source": "Stappenplan VERBETERING IN BEELD, Interpretatie 3",
        },
        {
            "id": "value-stream-mapping",
            "nr": 4,
            "title": "Value Stream Mapping",
            "goal": "Een gegeneraliseerd proces opstellen",
            "duration": "60-90 minuten per proces",
            "who": "Workshopdeelnemers (incl. geobserveerde persoon)",
            "materials": [
                "Beamer en computer",
                "Workshopruimte",
                "Introductiepresentatie Value Stream Mapping (VSM)",
                "Workshopdeelnemers (incl. geobserveerde persoon)",
                "Video-interpretatie",
                "Postervellen (A1) met verschillende kleuren markers",
            ],
            "boards": ["problemen", "ideeen", "vsm-schema", "vsm-symbolen"],
            "results": [
                "een ingevulde VSM: processtappen in volgorde, problemen (ster) en ideeën (wolk) per stap, "
                "data per stap"
            ],
            "source": "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4",
        },
        {
            "id": "verandering",
            "nr": 5,
            "title": "Verandering",
            "goal": "Problemen omvormen naar ideeën",
            "duration": "60-120 minuten per proces",
            "who": "Workshopdeelnemers (incl. geobserveerde persoon)",
            "materials": [
                "Ingevulde VSM",
                "Workshopruimte",
                "Workshopdeelnemers (incl. geobserveerde persoon)",
                "Postervellen (A1) met verschillende kleuren markers",
            ],
            "boards": ["problemen-lokaliseren", "ideeen-genereren", "actiepunten"],
            "results": [
                "problemen per gebied (voorbereiding, uitvoering, evaluatie)",
                "ideeën per kwadrant",
                "concrete actiepunten met een initiatiefnemer",
            ],
            "source": "Stappenplan VERBETERING IN BEELD, Verandering 5",
        },
    ],
}

DESIGN_THINKING_LEAN = {
    "id": "design-thinking-lean",
    "title": "Design Thinking en Lean",
    "subtitle": "Vanuit analyses met Design Thinking en Lean werken aan een digitaal portfolio",
    "school": "De Borgstee",
    "source": "Meer ict, minder werkdruk? — Praktijkvoorbeeld De Borgstee; Stappenplan Design Thinking en Lean",
    "order": 40,
    "summary": "Eerst analyseren waar de knelpunten zitten en dit voor iedereen helder krijgen; pas daarna "
    "gezamenlijk in oplossingen denken. Fasen: Voorbereidingsfase, Uitvoeringsfase, Afrondingsfase. "
    "Stappen van Design Thinking: empathize, define, ideate, prototype, test. Een kerngroep doorloopt "
    "alle stappen; het hele team doet de zelfevaluatie en bespreekt het verbeterplan.",
    "steps": [
        {
            "id": "procesplaten",
            "nr": 1,
            "title": "Procesplaten",
            "goal": "Voorbereidingsfase (inventarisatie). Met het team in beeld krijgen welke processen op school "
            "werkplezier en werkdruk veroorzaken, "
            "en in welke processen leraren ict gebruiken en wanneer dat meer en beter zou kunnen.",
            "duration": "2 uur per procesplaat",
            "who": "kerngroep (directeur, drie leraren, bovenschoolse ict'er, onderzoekers)",
            "materials": ["stickers of post-its"],
            "boards": ["procesplaat-1", "procesplaat-2"],
            "results": [
                "per proces het aantal stickers werkdruk en werkplezier",
                "per proces het aantal stickers gebruikmaken van ict en anders/beter kan",
                "per procesplaat de antwoorden op de vraag van de plaat en de CONCLUSIE van het team",
            ],
            "source": "Praktijkvoorbeeld De Borgstee, Procesplaten; Stappenplan, Invullen procesplaten",
        },
        {
            "id": "zelfevaluatie",
            "nr": 2,
            "title": "Zelfevaluatie en logboek",
            "goal": "Uitvoeringsfase (huidige situatie). Het gehele lerarenteam betrekken en de resultaten van de "
            "procesplaten toetsen bij een bredere "
            "groep; alle leraren houden gedurende een werkweek in een logboek hun tijdsbesteding bij en "
            "geven hun energiebalans aan.",
            "duration": "een werkweek (logboek)",
            "who": "alle leraren",
            "materials": ["logboek (op papier)"],
            "boards": ["zelfevaluatie", "logboek"],
            "results": [
                "de processen waar leraren de meeste tijd aan besteden en hoe ze die ervaren",
                "werkplezier en werkdruk op een schaal van 1-10",
            ],
            "source": "Praktijkvoorbeeld De Borgstee, Zelfevaluatie",
        },
        {
            "id": "workshops",
            "nr": 3,
            "title": "Workshops: vernieuwing rapportageproces",
            "goal": "Uitvoeringsfase (verbeteringen). De knelpunten en de mogelijkheden voor de verlaging van "
            "werkdruk met ict in kaart brengen en "
            "experimenteren met verbetermogelijkheden; het gekozen proces in processtappen verdelen en de "
            "huidige en gewenste situatie per ontwikkelingscategorie in kaart brengen.",
            "who": "kerngroep",
            "boards": ["rapportageproces", "ontwikkelingscategorieen"],
            "results": [
                "processtappen van het rapportageproces en wie ze uitvoert",
                "per ontwikkelingscategorie huidige situatie, actiepunten en langetermijnperspectief",
            ],
            "source": "Praktijkvoorbeeld De Borgstee, Workshops; Vernieuwing rapportageproces",
        },
        {
            "id": "studiedag",
            "nr": 4,
            "title": "Studiedag: wensbeeld",
            "goal": "Uitvoeringsfase (verbeteringen). Het voltallige lerarenteam meenemen in het verloop en de "
            "uitkomsten; per niveau van "
            "ontwikkeling brainstormen over welke ict-vernieuwingen de ontwikkeling van leerlingen "
            "inzichtelijk maken.",
            "who": "het hele lerarenteam, in drie groepen",
            "boards": ["wensbeeld"],
            "results": ["wensbeeld, wat daarvoor nodig is en welke tools en systemen in te zetten"],
            "source": "Praktijkvoorbeeld De Borgstee, Studiedag",
        },
        {
            "id": "verbeterplan",
            "nr": 5,
            "title": "Concept-verbeterplan",
            "goal": "Afrondingsfase (toolkit en verbeterplan). Oplossingen en actiepunten voor de realisatie van de "
            "toekomstvisie verwerken in een "
            "verbeterplan; toets per actiepunt de impact en de werkbelasting.",
            "who": "kerngroep; het lerarenteam bespreekt het concept-verbeterplan",
            "boards": ["verbeterplan"],
            "results": ["actiepunten met to do's, tijdpad, impact en werkbelasting"],
            "source": "Praktijkvoorbeeld De Borgstee, 3. De afrondingsfase: Concept-verbeterplan",
        },
        {
            "id": "evaluatie",
            "nr": 6,
            "title": "Evaluatie",
            "goal": "Afrondingsfase (evaluatie methodiek). De kerngroep evalueert het doorlopen proces en kijkt naar "
            "de toolkit voor de school en de "
            "po-sector.",
            "who": "kerngroep",
            "source": "Praktijkvoorbeeld De Borgstee, 3. De afrondingsfase: Evaluatie",
        },
    ],
}

VERNIEUWEND_WERKEN = {
    "id": "vernieuwend-werken",
    "title": "Vernieuwend werken",
    "subtitle": "Werken vanuit de bedoeling van de organisatie: waarom, hoe en wat",
    "school": "SWS Balans",
    "source": "Meer ict, minder werkdruk? — Praktijkvoorbeeld SWS Balans; Stappenplan Vernieuwend werken",
    "order": 20,
    "summary": "Met de direct betrokkenen systematisch onderzoeken wat de bedoeling is van de organisatie "
    "(waarom?), volgens welke organisatieprincipes ze aan de bedoeling willen werken (hoe?) en welke "
    "concrete initiatieven opgepakt kunnen worden (wat?). Drie supportgroepen en twee sessies met alle "
    "stakeholders, begeleid door een facilitator.",
    "steps": [
        {
            "id": "stap-1",
            "nr": 1,
            "title": "Supportgroep 1",
            "goal": "de supportgroep maakt kennis met de methode ‘Vernieuwend werken’ en bereidt de verdere stappen "
            "voor, met name sessie 1",
            "duration": "1,5 uur",
            "who": "supportgroep en facilitator",
            "boards": ["waarom-hoe-wat"],
            "results": [
                "een gedeeld vertrekpunt voor het traject",
                "de agenda voor de eerste sessie",
                "de taakverdeling voor de voorbereiding van de eerste sessie",
                "overzicht van de resultaten die we willen realiseren aan het einde van de eerste sessie.",
            ],
            "source": "Stappenplan Vernieuwend werken, Stap 1",
        },
        {
            "id": "stap-2",
            "nr": 2,
            "title": "Sessie 1",
            "goal": "opstellen van de bedoeling van de school en formuleren van nieuwe mogelijkheden",
            "duration": "ca. 3,5 uur",
            "who": "alle stakeholders in subgroepen",
            "materials": ["post-its", "brown paper", "een apart papier voor de werkdruk"],
            "boards": ["wie-zijn-blij-als", "brown-paper-nieuwe-mogelijkheden", "werkdruk-subgroep"],
            "results": [
                "eerste versie van de bedoeling (why) van de school vanuit verschillende stakeholders",
                "nieuwe mogelijkheden die bijdragen aan de realisatie van die bedoeling",
                "overzicht waar de stakeholders werkdruk ervaren",
            ],
            "source": "Stappenplan Vernieuwend werken, Stap 2",
        },
        {
            "id": "stap-3",
            "nr": 3,
            "title": "Uitwerking door de facilitator",
            "goal": "Uitwerken van de uitkomsten van sessie 1",
            "duration": "4 - 8 uur",
            "who": "facilitator",
            "boards": ["batenlogica", "waar-wordt-werkdruk-ervaren"],
            "results": [
                "een schematische weergave van de acties die bijdragen aan de doelstellingen van de school "
                "in de vorm van een batenlogica",
                "de beleidsthema’s (wat is nodig voor de bedoeling)",
                "de organisatieprincipes (hoe willen we werken aan de bedoeling)",
                "een analyse van waar werkdruk wordt ervaren bij het werken aan de bedoeling en in de "
                "organisatie en manier van werken",
            ],
            "source": "Stappenplan Vernieuwend werken, Stap 3",
        },
        {
            "id": "stap-4",
            "nr": 4,
            "title": "Supportgroep 2",
            "goal": "terugkoppelen van de uitkomsten uit sessie 1 en met elkaar vaststellen wat de vertrekpunten "
            "zijn voor sessie 2. Bepalen welke stakeholders een uitnodiging krijgen voor sessie 2.",
            "duration": "1,5 uur",
            "who": "supportgroep onder begeleiding van de facilitator",
            "boards": ["waarom-hoe-wat"],
            "results": [
                "gevalideerde uitkomsten van sessie 1",
                "de vervolgstappen en welke stakeholders daaraan meehelpen",
            ],
            "source": "Stappenplan Vernieuwend werken, Stap 4",
        },
        {
            "id": "stap-5",
            "nr": 5,
            "title": "Sessie 2",
            "goal": "formuleren van actiepunten / initiatieven die bijdragen aan de bedoeling",
            "duration": "3,5 uur",
            "who": "de stakeholders, uitgekozen door de supportgroep in de voorbereiding",
            "boards": ["beleidsthema-inventarisatie", "samenvatting-beleidsthemas", "kansen-werkdrukverlaging"],
            "results": [
                "overzicht van concrete initiatieven per beleidsthema",
                "overzicht van verbeterkansen",
                "ict-kansen voor werken aan de bedoeling",
                "ict-kansen voor werkdrukverlaging",
                "overige verbeterkansen voor werkdrukverlaging",
            ],
            "source": "Stappenplan Vernieuwend werken, Stap 5",
        },
        {
            "id": "stap-6",
            "nr": 6,
            "title": "Supportgroep 3",
            "goal": "verankeren van uitkomsten in de werkwijze van de school",
            "duration": "1,5 uur",
            "who": "de supportgroep",
            "boards": ["resultaten"],
            "results": ["verankering van de uitkomsten van het traject in de werkwijze van de school"],
            "source": "Stappenplan Vernieuwend werken, Stap 6",
        },
    ],
}

WERKOBSERVATIES = {
    "id": "werkobservaties",
    "title": "Werkobservaties",
    "subtitle": "Via werkobservaties minder ict-knelpunten",
    "school": "’t Blokhuus",
    "source": "Meer ict, minder werkdruk? — Praktijkvoorbeeld ’t Blokhuus",
    "order": 30,
    "summary": "Een expertmethode: externe onderzoekers observeren leraren tijdens hun werk en interviewen "
    "medewerkers, stellen vast op welke momenten ict wordt gebruikt en wanneer dat knelpunten oplevert, en "
    "formuleren concrete oplossingen. Doordat de observaties school-specifiek zijn, geeft de publicatie geen "
    "stappenplan; de stappen volgen de hoofdstukken van de casus.",
    "steps": [
        {
            "id": "ict-situatie",
            "nr": 1,
            "title": "Schets van de ict-situatie",
            "goal": "In kaart brengen hoe leraren en andere medewerkers ict gebruiken.",
            "who": "externe onderzoekers",
            "boards": ["ict-situatie"],
            "source": "Praktijkvoorbeeld ’t Blokhuus, 1. Schets van de ict-situatie",
        },
        {
            "id": "observaties",
            "nr": 2,
            "title": "Observaties en interviews",
            "goal": "Vastleggen op welke momenten leraren ict gebruiken in hun les en wanneer dat knelpunten "
            "opleverde; interviews over administratieve taken en de inrichting van de (werk)processen.",
            "duration": "een observatiedag per leraar",
            "who": "onderzoekers; vier leraren en een onderwijsassistent (observaties); administratief medewerker, "
            "intern begeleider, ict-verantwoordelijke en directeur (interviews)",
            "boards": ["dagoverzicht"],
            "source": "Praktijkvoorbeeld ’t Blokhuus, 2. Methode van onderzoek; 3. Uitvoering",
        },
        {
            "id": "observaties-en-oplossingen",
            "nr": 3,
            "title": "Concrete observaties en verbetersuggesties",
            "goal": "Per hoofdobservatie de knelpunten in het werken met ict en de oplossingen die de onderzoekers "
            "aandragen.",
            "who": "onderzoekers",
            "boards": ["observaties-en-oplossingen"],
            "source": "Praktijkvoorbeeld ’t Blokhuus, 4. Concrete observaties en verbetersuggesties",
        },
        {
            "id": "adviezen",
            "nr": 4,
            "title": "Adviezen",
            "goal": "Adviezen voor de lange, middellange en korte termijn; interne processen zelf doorgronden, "
            "bijvoorbeeld met card sorting.",
            "who": "onderzoekers en het team",
            "materials": ["kaartjes (card sorting)"],
            "boards": ["adviezen", "card-sorting"],
            "source": "Praktijkvoorbeeld ’t Blokhuus, 5. Adviezen",
        },
    ],
}

ZMOLK_BORGEN_VAN_INNOVATIE = {
    "id": "zmolk-borgen-van-innovatie",
    "title": "Vijf cyclische stappen (borgen van innovatie)",
    "subtitle": "Toolkit bij de implementatie van de ‘basisaanpak’ voor gespecialiseerde zmolk-directie, "
    "-management en -staf",
    "source": "Toolkit bij de implementatie van de ‘basisaanpak’ (zmolk) — Thema 1: Vijf cyclische stappen "
    "(borgen van innovatie); Thema 2: Kennisproductiviteit",
    "order": 50,
    "summary": "Vijf stappen in de voortdurende, cyclische vernieuwing in een lerende organisatie, van doelbepaling "
    "tot het borgen in het beleid. De cyclus herhaalt zich. Bij elke stap horen opdrachten en tools die "
    "directie, management en staf met de professionals uitvoeren.",
    "steps": [
        {
            "id": "doel",
            "nr": 1,
            "title": "Doel",
            "goal": "Doelgerichtheid leidt tot actie en activering leidt tot leren en opbrengst. Hoe duidelijker het "
            "doel en de mogelijke opbrengsten, hoe groter de kans dat de professionals de aanpak eigen maken.",
            "who": "directie, management en staf met de professionals",
            "boards": ["vijf-cyclische-stappen", "model-menselijk-functioneren", "doel-opdracht"],
            "results": [
                "doelen, acties en opbrengsten voor de kernconsequenties menselijk functioneren en de ruimte; "
                "evalueer na een aantal weken"
            ],
            "source": "Thema 1, stap 1: Doel",
        },
        {
            "id": "denken-over-het-resultaat",
            "nr": 2,
            "title": "Denken over het resultaat",
            "goal": "Stilstaan bij de praktijk zoals die op de werkvloer is; wat zijn reële verwachtingen over het "
            "behalen van de doelen?",
            "duration": "Methodische Werkplaats: 2,5 uur, maximaal drie casussen van 45 tot 60 minuten",
            "who": "vier tot zes deelnemers vanuit de verschillende gebiedsteams; een voorzitter en een inbrenger",
            "materials": [
                "Een afgesloten situatie en een inbrenger die deze voorbereidt door de methodische "
                "principes te analyseren in deze casus.",
                "2,5 uur tijd met vier tot zes deelnemers.",
            ],
            "boards": ["denk-opdracht", "methodische-werkplaats"],
            "results": [
                "conclusies en bijstellingen van de methodische principes, met wie daarvoor verantwoordelijk is"
            ],
            "source": "Thema 1, stap 2: Denken over het resultaat",
        },
        {
            "id": "proces-ontlokken",
            "nr": 3,
            "title": "Proces ontlokken",
            "goal": "Door ‘ontlokkers’ (opdrachten en werkvormen die het leerproces in de praktijk beïnvloeden) "
            "wisselen professionals op stimulerende manieren kennis en ervaring uit; ze leren van en met "
            "elkaar.",
            "duration": "ontlokkers wekelijks, maximaal 30 minuten",
            "who": "professionals; directie, management en staf ondersteunen",
            "boards": ["kijken-bij-de-buurvrouw", "proces-opdracht", "ontlokkers", "kessels-leervoorwaarden"],
            "results": ["de gekozen ontlokkers, wekelijks gebruikt (maximaal dertig minuten)"],
            "source": "Thema 1, stap 3: Proces ontlokken",
        },
        {
            "id": "proces-monitoren",
            "nr": 4,
            "title": "Proces monitoren",
            "goal": "Door de uitvoering van de basisaanpak te monitoren, resultaten te bespreken en werkwijzen bij te "
            "stellen, werk je gezamenlijk volgens de visie van de organisatie.",
            "who": "directie, management en staf",
            "boards": ["zeven-leerfuncties", "actief-monitoren", "feedbackniveaus"],
            "results": ["per leerfunctie mogelijkheden om de werkomgeving als leeromgeving in te richten"],
            "source": "Thema 1, stap 4: Proces monitoren (‘Voor de stap ‘Proces monitoren’ vindt u tools en "
            "opdrachten in het hoofdstuk ‘Kennisproductiviteit’.’)",
        },
        {
            "id": "borging",
            "nr": 5,
            "title": "Borging in het beleid en inbedding in kwaliteitscyclus",
            "goal": "Behalve in het handelen van de professionals, dient de basisaanpak ook ingebed te worden in het "
            "beleid en de gehanteerde kwaliteitscyclus van de organisatie.",
            "who": "directie, management en staf",
            "boards": ["kwaliteitsborging-methodische-werkplaats"],
            "source": "Thema 1, stap 5: Borging in het beleid en inbedding in kwaliteitscyclus",
        },
    ],
}

LEERKRACHT = {
    "id": "leerkracht",
    "title": "Stichting leerKRACHT",
    "subtitle": "Elke dag een beetje beter: vier instrumenten",
    "source": "Ruimte voor ontwikkeling in wijkteams — Leren van de buren: Stichting LeerKRACHT",
    "order": 60,
    "summary": "De basis van de werkwijze bestaat uit vier instrumenten. Essentiële voorwaarden zijn een "
    "gezamenlijke ambitie, een goed (wekelijks) ritme en reflectie.",
    "steps": [
        {
            "id": "bordsessie",
            "nr": 1,
            "title": "Bordsessie",
            "goal": "effectieve, korte werksessie waarin leraren en schoolleiding wekelijks (leerling)resultaten "
            "bespreken, doelen bepalen en verbeteracties afspreken.",
            "duration": "vijftien minuten, wekelijks, staand",
            "who": "leraren en schoolleiding",
            "boards": ["leerkracht-bordsessie"],
            "results": ["(leerling)resultaten besproken, doelen bepaald en verbeteracties afgesproken"],
            "source": "Leren van de buren: Stichting LeerKRACHT, Hoe?",
        },
        {
            "id": "gezamenlijk-lesontwerp",
            "nr": 2,
            "title": "Gezamenlijk lesontwerp",
            "goal": "vertaling van de doelen van het bord naar de dagelijkse lespraktijk. Leraren bereiden samen "
            "lessen voor en bepalen per les wat ze willen bereiken.",
            "who": "leraren",
            "source": "Leren van de buren: Stichting LeerKRACHT, Hoe?",
        },
        {
            "id": "lesbezoek-en-feedback",
            "nr": 3,
            "title": "Lesbezoek en feedback",
            "goal": "leraren observeren bij elkaar of het beoogde effect op de leerlingen wordt behaald en bespreken "
            "dit samen na.",
            "who": "leraren",
            "source": "Leren van de buren: Stichting LeerKRACHT, Hoe?",
        },
        {
            "id": "stem-van-de-leerling",
            "nr": 4,
            "title": "Stem van de leerling",
            "goal": "leerlingen geven leraren feedback over het onderwijs en doen suggesties voor verbeteringen.",
            "who": "leerlingen en leraren",
            "source": "Leren van de buren: Stichting LeerKRACHT, Hoe?",
        },
    ],
}

ACTIELEREN_METHOD = {
    "id": "actieleren",
    "title": "Actieleren",
    "subtitle": "Methodisch vraagstukken bespreken en acties bepalen",
    "source": "Ruimte voor ontwikkeling in wijkteams — Leren van acties: Actieleren",
    "order": 70,
    "summary": "Een manier van leren die dichtbij de praktijk staat: een continu proces van leren en reflecteren, "
    "met als doel iets (beter) gedaan te krijgen. Actieleerbijeenkomsten worden begeleid door "
    "leercoaches; de bekende cyclus van plan, do, check en act stuurt op actie.",
    # The source gives the five steps as sentences, without titles: the sentence is the title.
    "steps": [
        {
            "id": step_id,
            "nr": nr,
            "title": title,
            "boards": ["actieleren"],
            "who": "deelnemers en een leercoach",
            "source": "Leren van acties: Actieleren, De stappen die je doorloopt met actieleren",
        }
        for nr, (step_id, title) in enumerate(
            [
                (
                    "casus",
                    "Een deelnemer brengt een praktijkvraagstuk of casus in en schetst de eigen ontwikkelingsvraag.",
                ),
                ("open-vragen", "Het stellen van open vragen om de aard van de situatie helder te krijgen."),
                ("richtingen", "Het bepalen van mogelijke richtingen, ideeën, tips en oplossingen."),
                ("actie-eigenaar", "Het bepalen van de actie-eigenaar."),
                ("actie", "Het ondernemen van actie."),
            ],
            start=1,
        )
    ],
}

WAARDEREND_ORGANISEREN = {
    "id": "waarderend-organiseren",
    "title": "Waarderend organiseren",
    "subtitle": "Voortbouwen op wat werkt",
    "source": "Ruimte voor ontwikkeling in wijkteams — Leren van inwoners en cliënten: Waarderend organiseren",
    "order": 80,
    "summary": "De inbreng van alle betrokkenen is cruciaal en van waarde. Gezamenlijk onderzoek je wat werkt en je "
    "bouwt daarmee voort op successen die eerder al zijn behaald. Het proces bestaat uit vijf stappen.",
    "steps": [
        {
            "id": step_id,
            "nr": nr,
            "title": step_id.capitalize(),
            "goal": goal,
            "boards": ["waarderend-organiseren"],
            "who": "alle partners",
            "source": "Leren van inwoners en cliënten: Waarderend organiseren",
        }
        for nr, (step_id, goal) in enumerate(
            [
                (
                    "verwoorden",
                    "alle partners (bijv. gemeente, inwoners, cliënten, professionals, organisaties) "
                    "formuleren samen de vraagstukken waar ze zich voor gesteld zien.",
                ),
                ("verdiepen", "partners gaan samen op zoek naar successen en goede voorbeelden die er al zijn."),
                ("verbeelden", "bij het verbeelden formuleren de partners in co-creatie een gewenst toekomstbeeld."),
                ("vormgeven", "partners onderzoeken mogelijkheden om de visie te realiseren."),
                ("verwezenlijken", "men maakt een concreet plan van aanpak en verdeelt de acties over partners."),
            ],
            start=1,
        )
    ],
}

METHODS: list[dict] = [
    ZMOLK_BORGEN_VAN_INNOVATIE,
    VERBETERING_IN_BEELD,
    VERNIEUWEND_WERKEN,
    WERKOBSERVATIES,
    DESIGN_THINKING_LEAN,
    LEERKRACHT,
    ACTIELEREN_METHOD,
    WAARDEREND_ORGANISEREN,
]
