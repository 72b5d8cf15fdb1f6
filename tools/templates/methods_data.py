"""The methods of the seeds as data; written to resources/methods/<id>.json by make_templates.py.

Step titles, goals, durations and materials are taken from the seeds (source
gives the lines); ``boards`` names the template ids used in a step.
"""

from __future__ import annotations

VERBETERING_IN_BEELD = {
    "id": "verbetering-in-beeld",
    "title": "Verbetering in beeld",
    "subtitle": "Value Stream Mapping: leraren zoeken zelf naar oplossingen die hun werkdruk verlichten",
    "school": "OBS Akkrum",
    "source": "004, r. 80–1340",
    "order": 10,
    "summary": "Stappenplan VERBETERING IN BEELD in vijf stappen: Brainstorm, Observatie, Interpretatie, "
               "Value Stream Mapping, Verandering. Workshops met 3-4 deelnemers; postervellen (A1) met "
               "verschillende kleuren markers.",
    "steps": [
        {
            "id": "brainstorm", "nr": 1, "title": "Brainstorm",
            "goal": "Identificeren waar men wel en niet blij mee is",
            "duration": "60-90 minuten",
            "who": "het team, klassikaal",
            "materials": ["post-its", "postervellen (A1) met verschillende kleuren markers"],
            "boards": ["brainstorm", "werkdruk-frequentiematrix", "procesmatrix", "procesmatrix-stappenplan",
                       "selectie"],
            "results": ["pijnpunten, gedefinieerd, gegroepeerd en gewaardeerd met de Procesmatrix en de "
                        "Werkdruk-frequentiematrix", "een selectie van pijnpunten voor de workshopreeks"],
            "source": "004, r. 836–900",
        },
        {
            "id": "observatie", "nr": 2, "title": "Observatie",
            "goal": "Objectief beeld krijgen van de huidige situatie",
            "duration": "30-60 minuten per observatie",
            "who": "observator (per observatie minimaal één observator) en de leraar die het proces uitvoert",
            "materials": ["Video- of fotocamera", "Geluidsrecorder",
                          "Toestemming voor observatie en gebruik ervan in workshops",
                          "Observator (per observatie minimaal één observator)"],
            "boards": ["observatie-aandachtspunten"],
            "results": ["video-, foto- en/of geluidsopnames van het proces"],
            "source": "004, r. 960–1015",
        },
        {
            "id": "interpretatie", "nr": 3, "title": "Interpretatie",
            "goal": "Overzicht krijgen van processtappen",
            "duration": "60-120 minuten per observatie",
            "who": "onderzoeker(s)",
            "materials": ["Video-, foto- en/of geluidsopnames van de observatie", "Computer",
                          "Ruimte voor aantekeningen", "Onderzoeker(s)"],
            "boards": ["aantekeningen-interpretatie"],
            "results": ["een selectie van 5-10 meest relevante fragmenten voor de komende workshop"],
            "source": "004, r. 1016–1056",
        },
        {
            "id": "value-stream-mapping", "nr": 4, "title": "Value Stream Mapping",
            "goal": "Een gegeneraliseerd proces opstellen",
            "duration": "60-90 minuten per proces",
            "who": "Workshopdeelnemers (incl. geobserveerde persoon)",
            "materials": ["Beamer en computer", "Workshopruimte",
                          "Introductiepresentatie Value Stream Mapping (VSM)",
                          "Workshopdeelnemers (incl. geobserveerde persoon)", "Video-interpretatie",
                          "Postervellen (A1) met verschillende kleuren markers"],
            "boards": ["problemen", "ideeen", "vsm-schema", "vsm-symbolen"],
            "results": ["een ingevulde VSM: processtappen in volgorde, problemen (ster) en ideeën (wolk) per stap, "
                        "data per stap"],
            "source": "004, r. 1057–1215",
        },
        {
            "id": "verandering", "nr": 5, "title": "Verandering",
            "goal": "Problemen omvormen naar ideeën",
            "duration": "60-120 minuten per proces",
            "who": "Workshopdeelnemers (incl. geobserveerde persoon)",
            "materials": ["Ingevulde VSM", "Workshopruimte", "Workshopdeelnemers (incl. geobserveerde persoon)",
                          "Postervellen (A1) met verschillende kleuren markers"],
            "boards": ["problemen-lokaliseren", "ideeen-genereren", "actiepunten"],
            "results": ["problemen per gebied (voorbereiding, uitvoering, evaluatie)", "ideeën per kwadrant",
                        "concrete actiepunten met een initiatiefnemer"],
            "source": "004, r. 1216–1335",
        },
    ],
}

DESIGN_THINKING_LEAN = {
    "id": "design-thinking-lean",
    "title": "Design Thinking en Lean",
    "subtitle": "Vanuit analyses met Design Thinking en Lean werken aan een digitaal portfolio",
    "school": "De Borgstee",
    "source": "004, r. 3190–4774",
    "order": 40,
    "summary": "Eerst analyseren waar de knelpunten zitten en dit voor iedereen helder krijgen; pas daarna "
               "gezamenlijk in oplossingen denken. Fasen: Voorbereidingsfase, Uitvoeringsfase, Afrondingsfase. "
               "Stappen van Design Thinking: empathize, define, ideate, prototype, test. Een kerngroep doorloopt "
               "alle stappen; het hele team doet de zelfevaluatie en bespreekt het verbeterplan.",
    "steps": [
        {
            "id": "procesplaten", "nr": 1, "title": "Procesplaten",
            "goal": "Met het team in beeld krijgen welke processen op school werkplezier en werkdruk veroorzaken, "
                    "en in welke processen leraren ict gebruiken en wanneer dat meer en beter zou kunnen.",
            "duration": "2 uur per procesplaat",
            "who": "kerngroep (directeur, drie leraren, bovenschoolse ict'er, onderzoekers)",
            "materials": ["stickers of post-its"],
            "boards": ["procesplaat-1", "procesplaat-2"],
            "results": ["per proces het aantal stickers werkdruk en werkplezier",
                        "per proces het aantal stickers gebruik ict en kan beter met ict"],
            "source": "004, r. 3339–3760, 4500–4774",
        },
        {
            "id": "zelfevaluatie", "nr": 2, "title": "Zelfevaluatie en logboek",
            "goal": "Het gehele lerarenteam betrekken en de resultaten van de procesplaten toetsen bij een bredere "
                    "groep; alle leraren houden gedurende een werkweek in een logboek hun tijdsbesteding bij en "
                    "geven hun energiebalans aan.",
            "duration": "een werkweek (logboek)",
            "who": "alle leraren",
            "materials": ["logboek (op papier)", "vragenlijst zelfevaluatie"],
            "boards": ["zelfevaluatie", "logboek"],
            "results": ["de processen waar leraren de meeste tijd aan besteden en hoe ze die ervaren",
                        "werkplezier en werkdruk op een schaal van 1-10"],
            "source": "004, r. 3790–3990",
        },
        {
            "id": "workshops", "nr": 3, "title": "Workshops: vernieuwing rapportageproces",
            "goal": "De knelpunten en de mogelijkheden voor de verlaging van werkdruk met ict in kaart brengen en "
                    "experimenteren met verbetermogelijkheden; het gekozen proces in processtappen verdelen en de "
                    "huidige en gewenste situatie per ontwikkelingscategorie in kaart brengen.",
            "who": "kerngroep",
            "boards": ["rapportageproces", "ontwikkelingscategorieen"],
            "results": ["processtappen van het rapportageproces en wie ze uitvoert",
                        "per ontwikkelingscategorie huidige situatie, actiepunten en langetermijnperspectief"],
            "source": "004, r. 4000–4260",
        },
        {
            "id": "studiedag", "nr": 4, "title": "Studiedag: wensbeeld",
            "goal": "Het voltallige lerarenteam meenemen in het verloop en de uitkomsten; per niveau van "
                    "ontwikkeling brainstormen over welke ict-vernieuwingen de ontwikkeling van leerlingen "
                    "inzichtelijk maken.",
            "who": "het hele lerarenteam, in drie groepen",
            "boards": ["wensbeeld"],
            "results": ["wensbeeld, wat daarvoor nodig is en welke tools en systemen in te zetten"],
            "source": "004, r. 4200–4290",
        },
        {
            "id": "verbeterplan", "nr": 5, "title": "Concept-verbeterplan",
            "goal": "Oplossingen en actiepunten voor de realisatie van de toekomstvisie verwerken in een "
                    "verbeterplan; toets per actiepunt de impact en de werkbelasting.",
            "who": "kerngroep; het lerarenteam bespreekt het concept-verbeterplan",
            "boards": ["verbeterplan"],
            "results": ["actiepunten met to do's, tijdpad, impact en werkbelasting"],
            "source": "004, r. 4258–4370",
        },
        {
            "id": "evaluatie", "nr": 6, "title": "Evaluatie",
            "goal": "De kerngroep evalueert het doorlopen proces en kijkt naar de toolkit voor de school en de "
                    "po-sector.",
            "who": "kerngroep",
            "source": "004, r. 4380–4390",
        },
    ],
}

METHODS: list[dict] = [VERBETERING_IN_BEELD, DESIGN_THINKING_LEAN]
