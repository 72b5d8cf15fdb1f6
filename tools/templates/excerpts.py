"""Verbatim excerpts of the source publications that the built-in templates quote.

Generated from the source documents and committed, so the check in
tests/boards/test_template_sources.py runs without them; see tools/templates/verbatim.py.
Each excerpt: publication, where in it (a heading or figure caption), the text.
"""

from verbatim import Excerpt

EXCERPTS: dict[str, tuple[Excerpt, ...]] = {
    "brainstorm": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Brainstorm 1",
            (
                "Brainstorm 1 Doel: Identificeren waar men wel en niet blij mee is Tijd 60-90 minuten Vragen "
                "Onderstaande vragen worden klassikaal behandeld en de antwoorden worden opgeschreven. Het is "
                "belangrijk eerst stil te staan bij wat er goed gaat alvorens de pijnpunten te bespreken. Zo blijft "
                "een positieve houding aanwezig. • Wat gaat er goed? • Waar bent u trots op? • Waar zit de pijn als "
                "het gaat om het thema ‘Werkdruk’? Pijnpunten De pijnpunten worden gedefinieerd, gegroepeerd en "
                "gewaardeerd aan de hand van twee matrices: de Procesmatrix en de Werkdruk- frequentiematrix. "
                "Selectie Uit de geïdentificeerde pijnpunten wordt een selectie gemaakt. Deze geselecteerde "
                "pijnpunten zullen in de workshopreeks behandeld worden. Voor deze selectie wordt gebruik gemaakt van"
                " de volgende criteria: • Neemt de eigenaar van het proces deel aan de workshops? • Is er support en "
                "enthousiasme vanuit andere collega’s? • Is het proces te observeren binnen twee maanden?"
            ),
        ),
    ),
    "selectie": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Brainstorm 1",
            (
                "Brainstorm 1 Doel: Identificeren waar men wel en niet blij mee is Tijd 60-90 minuten Vragen "
                "Onderstaande vragen worden klassikaal behandeld en de antwoorden worden opgeschreven. Het is "
                "belangrijk eerst stil te staan bij wat er goed gaat alvorens de pijnpunten te bespreken. Zo blijft "
                "een positieve houding aanwezig. • Wat gaat er goed? • Waar bent u trots op? • Waar zit de pijn als "
                "het gaat om het thema ‘Werkdruk’? Pijnpunten De pijnpunten worden gedefinieerd, gegroepeerd en "
                "gewaardeerd aan de hand van twee matrices: de Procesmatrix en de Werkdruk- frequentiematrix. "
                "Selectie Uit de geïdentificeerde pijnpunten wordt een selectie gemaakt. Deze geselecteerde "
                "pijnpunten zullen in de workshopreeks behandeld worden. Voor deze selectie wordt gebruik gemaakt van"
                " de volgende criteria: • Neemt de eigenaar van het proces deel aan de workshops? • Is er support en "
                "enthousiasme vanuit andere collega’s? • Is het proces te observeren binnen twee maanden?"
            ),
        ),
    ),
    "werkdruk-frequentiematrix": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld OBS Akkrum, Werkdruk-frequentie matrix",
            (
                "Werkdruk-frequentie matrix Vervolgens brengt het team de processen onder in een zogeheten "
                "Werkdruk-frequentiematrix, een aangepast werkdruk-model van TNO uit 2012. Hiermee achterhalen ze hoe"
                " vaak en in welke context de taken en opdrachten zich voordoen. Voor alle werkprocessen ontstaat zo "
                "een beeld hoe vaak ze voorkomen en welke reële werkdruk ze veroorzaken. Ook de oorzaak van de "
                "werkdruk valt af te lezen. Om het model beter te laten aansluiten bij Value Stream Mapping hanteren "
                "de onderzoekers drie categorieën die overeenkomen met categorieën uit het TNO-model. • "
                "Afhankelijkheid: deze categorie heeft betrekking op de verschillende taken en informatie en de mate "
                "waarin je afhankelijk bent van anderen. Moet je bijvoorbeeld wachten op iemand anders? Wie bepaalt "
                "de criteria? Kan een buitenstaander de uitvoering van de taak zomaar verstoren? • Inhoud: de omvang,"
                " kwaliteitseisen aan en complexiteit van de uit te voeren werkzaamheden. • Autonomie: het vermogen "
                "om te bepalen waar, wanneer en hoe je de dingen doet."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Brainstorm 1, Werkdruk-frequentiematrix",
            (
                "Werkdruk- frequentiematrix VERBETERING IN BEELD Brainstorm 1 Afhankelijkheid Inhoud Autonomie J aa "
                "rl ijk s M aa n d e lij ks D ag e lij ks Werkdruk wordt gedefinieerd volgens één van deze drie "
                "aspecten: Afhankelijkheid: Werkdruk ontstaat door afhankelijkheid van anderen/de situatie. Inhoud: "
                "Werkdruk ontstaat door de inhoud van de taak. Autonomie: Werkdruk ontstaat door zaken waar men zelf "
                "invloed op heeft."
            ),
        ),
    ),
    "procesmatrix": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld OBS Akkrum, Werkdruk-frequentie matrix",
            (
                "Na het inventariseren van de onderwerpen krijgen de leraren de opdracht om de onderwerpen in een "
                "matrix met twee dimensies te plaatsen: ‘niet nuttig - nuttig’ en ‘kost veel tijd - ‘kost weinig "
                "tijd’. Processen in de categorie ‘niet nuttig’ vallen af."
            ),
        ),
    ),
    "procesmatrix-stappenplan": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Brainstorm 1",
            (
                "De pijnpunten worden gedefinieerd, gegroepeerd en gewaardeerd aan de hand van twee matrices: de "
                "Procesmatrix en de Werkdruk- frequentiematrix."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Brainstorm 1, Procesmatrix",
            ("Brainstorm 1 Procesmatrix Ja ar lij ks M aa nd el ijk s D ag el ijk s Afhankelijkheid Inhoud Autonomie"),
        ),
    ),
    "observatie-aandachtspunten": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Observatie 2",
            (
                "Observatie 2 Doel: Objectief beeld krijgen van de huidige situatie Tijd: 30-60 minuten per "
                "observatie Benodigdheden • Video- of fotocamera • Geluidsrecorder • Toestemming voor observatie en "
                "gebruik ervan in workshops • Observator (per observatie minimaal één observator) Voorbereiding • "
                "Afspraak voor observatiemoment • Opstellen en aanzetten van video- en geluidsmateriaal Werkwijze • "
                "Laat de persoon hardop denken en handelingen omschrijven. • Houd in de gaten wanneer het proces is "
                "beëindigd. • Beëindig de video- en geluidsopname zodra het proces is afgelopen. Belangrijk Regel "
                "toestemming voor video-, foto- of geluidsopnames. Communiceer dat deze opnames collega’s objectief "
                "inzicht geven in het proces. Probeer wanneer dit niet mogelijk is m.b.v. van aantekeningen het "
                "proces te beschrijven om tot een zo goed mogelijk beeld van het proces te komen. Observatie "
                "VERBETERING IN BEELD Brainstorm Interpretatie Value Stream Mapping Verandering 2 #1 Stappenplan "
                "VERBETERING IN BEELD Observatie 2 Aandachtspunten observatie Observeer activiteiten: • Hoe verloopt "
                "de start? • Hoe verloopt de afronding? • Is duidelijk waarom de activiteit op dat moment nodig is? •"
                " Voegt de activiteit waarde toe? Observeer tijdsbesteding aan: • Losse activiteiten (waardevol en "
                "niet-waardevol) • Wachten, zoeken, voorbereiden, overleggen, etc. Observeer afhankelijkheden: • "
                "Verstoringen van activiteiten • Onduidelijkheden m.b.t. correct uitvoeren activiteiten • "
                "Herhaaldelijk uitvoeren van vergelijkbare activiteiten • Invloed van omgeving op activiteiten • "
                "Oorsprong van vertraging"
            ),
        ),
    ),
    "aantekeningen-interpretatie": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Interpretatie 3",
            (
                "Interpretatie 3 Doel: Overzicht krijgen van processtappen Tijd: 60-120 minuten per observatie "
                "Benodigdheden • Video-, foto- en/of geluidsopnames van de observatie • Computer • Ruimte voor "
                "aantekeningen • Onderzoeker(s) Werkwijze • Start de video- of geluidsopname of bekijk de foto’s en "
                "aantekeningen. • Probeer duidelijk de stappen van het proces te onderscheiden. • Noteer per "
                "processtap de tijden van het fragment en geef dit fragment een duidelijke naam. • Maak een selectie "
                "van 5-10 meest relevante fragmenten voor de komende workshop. Belangrijk Houd de eventuele andere "
                "processen in je achterhoofd. Het kan voorkomen dat fragmenten bruikbaar zijn voor een ander proces. "
                "Observatie VERBETERING IN BEELD Brainstorm Interpretatie Value Stream Mapping Verandering 3 "
                "VERBETERING IN BEELD Interpretatie 3 Aantekeningen interpretatie Fragment Titel Relevantie"
            ),
        ),
    ),
    "problemen": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4",
            (
                "Plaats twee postervellen met markers voor problemen en ideeën. • Leg drie postervellen met markers "
                "neer op een andere tafel. • Geef een introductie over VSM aan de hand van de presentatie. "
                "Procesbespreking • Laat de fragmenten één voor één zien. Standaard media-software op computers is "
                "voldoende om deze fragmenten te tonen in de workshopruimte. Spoel door naar de tijden van de "
                "desbetreffende fragmenten binnen iedere video-opname. • Geef ruimte voor overleg en discussie na elk"
                " fragment. • Laat problemen en ideeën voor verbetering opschrijven op de vellen. Vervolg op volgende"
                " pagina Observatie VERBETERING IN BEELD Brainstorm Interpretatie Value Stream Verandering 4 Mapping "
                "VERBETERING IN BEELD Value Stream Mapping 4 Problemen Ruimte voor noteren van problemen:"
            ),
        ),
    ),
    "ideeen": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4",
            (
                "Plaats twee postervellen met markers voor problemen en ideeën. • Leg drie postervellen met markers "
                "neer op een andere tafel. • Geef een introductie over VSM aan de hand van de presentatie. "
                "Procesbespreking • Laat de fragmenten één voor één zien. Standaard media-software op computers is "
                "voldoende om deze fragmenten te tonen in de workshopruimte. Spoel door naar de tijden van de "
                "desbetreffende fragmenten binnen iedere video-opname. • Geef ruimte voor overleg en discussie na elk"
                " fragment. • Laat problemen en ideeën voor verbetering opschrijven op de vellen."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4, Ideeën",
            "Mapping 4 Ideeën Ruimte voor noteren van ideeën ter verbetering:",
        ),
    ),
    "vsm-schema": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4",
            (
                "Proces tekenen • Laat de deelnemers bepalen wie de klant, de leverancier, andere actoren en "
                "ict-systemen zijn van het proces. Noteer deze in het VSM- schema. • Vraag de geobserveerde persoon "
                "de processtappen nogmaals één voor één kort te beschrijven. • Laat de andere deelnemers deze "
                "procesactiviteiten noteren in het VSM-schema. • Geef de volgorde van de activiteiten aan met pijlen."
                " • Plaats alle problemen die naar boven zijn gekomen tijdens het bekijken van de videofragmenten. "
                "Geef deze weer met een ster. • Voeg eventuele andere problemen toe. • Geef eventuele oplossingen "
                "weer in een wolk. • Controleer of alle processtappen zijn opgenomen in het VSM. • Link actoren en "
                "ict-processen aan de activiteiten. • Kwantificeer processtappen waar mogelijk. Noteer dit in de "
                "datazijde."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4, VSM-schema",
            "Mapping 4 VSM-schema Inputzijde Besturingszijde Proceszijde Datazijde Outputzijde",
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4, VSM-symbolen",
            "Mapping 4 VSM-symbolen persoon processtap probleem data idee verstoring wacht ict extern",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld OBS Akkrum, Afbeelding 1.4",
            "LEVERANCIER LERAAR KLANT LEERLING",
        ),
    ),
    "vsm-symbolen": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4, VSM-symbolen",
            "Mapping 4 VSM-symbolen persoon processtap probleem data idee verstoring wacht ict extern",
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Value Stream Mapping 4",
            (
                "Plaats alle problemen die naar boven zijn gekomen tijdens het bekijken van de videofragmenten. Geef "
                "deze weer met een ster. • Voeg eventuele andere problemen toe. • Geef eventuele oplossingen weer in "
                "een wolk."
            ),
        ),
    ),
    "problemen-lokaliseren": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Verandering 5",
            (
                "Bereid het postervel ‘Problemen lokaliseren’ voor. • Bereid het postervel ‘Ideeën genereren’ voor. "
                "Probleem lokaliseren • Loop met de deelnemers het proces door a.d.h.v. de ingevulde VSM. • Fris de "
                "problemen op. Kom tot overeenstemming over de volledigheid van de problemen in het proces. • Laat de"
                " deelnemers elk probleem in één van de kolommen van het postervel ‘Problemen lokaliseren’ plaatsen: "
                "‘voorbereiding’, ‘uitvoering’ of ‘evaluatie’. • Bekijk met de deelnemers in welk gebied de meeste "
                "problemen zich voordoen. Vervolg op volgende pagina Verandering Observatie VERBETERING IN BEELD "
                "Brainstorm Interpretatie Value Stream Mapping Verandering 5 VERBETERING IN BEELD 5 Problemen "
                "lokaliseren Verandering Ieder probleem wordt geplaatst onder één van deze drie stappen: "
                "Voorbereiding: Het probleem ontstaat tijdens de voorbereiding van het proces. Uitvoering: Het "
                "probleem ontstaat tijdens de uitvoering van het proces. Evaluatie/reflectie: Het probleem ontstaat "
                "door de gestelde eisen aangaande het proces. Voorbereiding Uitvoering Evaluatie/reflectie"
            ),
        ),
    ),
    "ideeen-genereren": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Verandering 5",
            (
                "Ideeën genereren • Laat de deelnemers voor elk probleem ten minste één oplossing bedenken. • Laat "
                "deze ideeën in het kwadrant ‘Ideeën genereren’ noteren onder ‘organisatie’, ‘ict’, ‘persoonlijk’ of "
                "‘samenwerken’. • Bespreek alle ideeën en bepaal welke te realiseren zijn."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Verandering 5, Ideeën genereren",
            (
                "Ideeën genererenVerandering Voor ieder probleem wordt ten minste één idee geplaatst onder deze vier "
                "vlakken: Organisatie: ict: Het probleem is op te lossen door iets in de structuur van het proces aan"
                " te passen. Het probleem is op te lossen met behulp van ict. Samenwerking: Samenwerking vermindert "
                "het probleem. Persoonlijk: Individuele acties verminderen het probleem. Samenwerking Persoonlijk "
                "Organisatie ict"
            ),
        ),
    ),
    "actiepunten": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Verandering 5",
            (
                "Maak een lijst van deze concrete actiepunten en communiceer deze met collega’s die niet aan de "
                "workshop hebben deelgenomen. • Benoem leiders/verantwoordelijken per actiepunt."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan VERBETERING IN BEELD, Verandering 5, Actiepunten presenteren",
            (
                "5 Actiepunten presenteren Verandering Naam werkdrukveroorzakend proces Nr. Concreet actiepunt "
                "Initiatiefnemer"
            ),
        ),
    ),
    "waarom-hoe-wat": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, 1. Vernieuwend werken",
            (
                "1. Vernieuwend werken Een externe partij heeft SWS Balans begeleid bij het toepassen van de methode "
                "‘Vernieuwend werken’. Het doel van de werkwijze is systemen en structuren binnen een organisatie te "
                "doorbreken door terug te gaan naar de bedoeling van het werk. Via ‘Vernieuwend werken’ wordt op "
                "systematische wijze met de direct betrokkenen onderzocht: • wat de bedoeling is van de organisatie "
                "(waarom?) • volgens welke organisatieprincipes ze aan de bedoeling willen werken (hoe?) • welke "
                "concrete initiatieven opgepakt kunnen worden (wat?)"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Afbeelding 1.1",
            (
                "Vernieuwend werken is het werken vanuit de bedoeling van de organisatie WAAROM Wat is ‘de bedoeling’"
                " en waar worden stakeholders blij van? HOE willen we werken aan de bedoeling; volgens welke "
                "organisatieprinciper WAT zijn de initiatieven die we gaan uitvoeren om de bedoeling te "
                "realiseren?WHAT HOW WHY Werkdrukverlaging door elimineren van onnodige werkdruk Werkdrukverlaging "
                "door benutten van ict-oplossingen Afbeelding 1.1"
            ),
        ),
    ),
    "wie-zijn-blij-als": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, De bedoeling van SWS Balans",
            "WIE ZIJN BLIJ ALS.... / DE BALANS IS SUCCESVOL ALS....",
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan Vernieuwend werken, Stap 2",
            (
                "In ronde 2 gaan de deelnemers uiteen in subgroepen per stakeholder. De centrale vraag voor de "
                "subgroep is: Waar word je blij van? Deze vraag is een positieve herformulering van de vraag naar de "
                "bedoeling van de school. De deelnemers formuleren eerst hun antwoord op de vraag individueel, "
                "vervolgens bespreken ze hun antwoorden en komen tot één gezamenlijk formulering. De uitkomsten van "
                "de subgroepen worden geordend en plenair gedeeld. Gebruik eventueel het schema op pagina 2.8. Ronde "
                "2: vaststellen bedoeling door subgroepen van • leerlingen (‘leerlingen zijn blij als…’) • ouders "
                "(‘ouders zijn blij als…’) • leraren (‘leraren zijn blij als…’) • directie & intern begeleider "
                "(‘directie & intern begeleider zijn blij als…’) • bestuur (‘het bestuur is blij als…’)"
            ),
        ),
    ),
    "brown-paper-nieuwe-mogelijkheden": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan Vernieuwend werken, Stap 2",
            (
                "In ronde 3 gaan de deelnemers uiteen in subgroepen met een nieuwe samenstelling. In elke subgroep "
                "zit een vertegenwoordiging van de verschillende subgroepen uit ronde 2. De centrale vraag voor de "
                "subgroep is: Welke nieuwe mogelijkheden die bijdragen aan de bedoeling van de school kunnen de "
                "stakeholders bedenken? Wat is nodig om de bedoeling te realiseren? Tijdens een brainstorm inven "
                "tariseren de deelnemers nieuwe mogelijkheden. Ze houden het gesprek bij op een zogeheten brown "
                "paper. Aan het einde van het gesprek wordt expliciet geïnventariseerd op een apart papier waar de "
                "deelnemers in de subgroep werkdruk ervaren."
            ),
        ),
    ),
    "werkdruk-subgroep": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan Vernieuwend werken, Stap 2",
            (
                "Tijdens een brainstorm inven tariseren de deelnemers nieuwe mogelijkheden. Ze houden het gesprek bij"
                " op een zogeheten brown paper. Aan het einde van het gesprek wordt expliciet geïnventariseerd op een"
                " apart papier waar de deelnemers in de subgroep werkdruk ervaren. Resultaten: • eerste versie van de"
                " bedoeling (why) van de school vanuit verschillende stakeholders • nieuwe mogelijkheden die "
                "bijdragen aan de realisatie van die bedoeling • overzicht waar de stakeholders werkdruk ervaren"
            ),
        ),
    ),
    "batenlogica": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan Vernieuwend werken, Stap 3",
            (
                "Werkwijze: de facilitator stelt een batenlogica, een oorzaak-gevolg diagram op. Hierin wordt de "
                "samenhang tussen bedoeling, activiteiten en concrete oplossingen gevisualiseerd. Ook worden op basis"
                " van deze samenhang beleidsthema’s geformuleerd."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Stap 3",
            (
                "Na de sessie vertaalt de facilitator de uitkomsten in een ‘batenlogica’. Dit is een "
                "oorzaak-gevolgdiagram dat uitgaat van de beoogde doelen (bedoeling) en systematisch terug redeneert "
                "naar wat nodig is om te werken aan deze bedoeling."
            ),
        ),
    ),
    "waar-wordt-werkdruk-ervaren": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Waar wordt werkdruk ervaren?",
            (
                "Tot slot ordent de facilitator de antwoorden op de vragen naar de werkdruk. In een overzicht ziet "
                "dat er voor SWS Balans er als volgt uit: In het werken aan ‘de bedoeling’ • �Persoonlijke aanpak "
                "voor leerlingen (kindplan, maandelijkse persoonlijke feedback) • �Complexe thuissituaties van "
                "leerlingen • �Informatie over leerlingen op teveel verschillende plekken • �Hanteerbaarheid van "
                "ict-systemen (niet efficiënt, fragmentatie, onoverzichtelijk, doublures) • Verwachtingen van ouders "
                "• Externen (regeldruk, procedures, protocollen) In de organisatie en manier van werken: • �Veelheid "
                "van taken (niet-lesgebonden taken, administratieve taken, diversiteit werkzaamheden) • Ad hoc zaken "
                "en incidenten (brandjes blussen) • Afhandeling van mail • Vergaderingen en overleg (zitten en "
                "luisteren) • Informatievoorziening (waar staat wat) • � Aspecten van cultuur (gevoelde "
                "verantwoordelijkheid, niet durven loslaten, gemopper en geklaag) • Verschillende plannen Waar wordt "
                "werkdruk ervaren?"
            ),
        ),
    ),
    "beleidsthema-inventarisatie": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Stap 5",
            (
                "Elke subgroep werkt aan de concretisering van één beleidsthema aan de hand van de vragen: • Wat doen"
                " we al? • Welke vernieuwende initiatieven zijn er te bedenken? • Welke kansen zie je om werkdruk (op"
                " dit beleidsthema) te verlagen? In een tweede ronde werken de subgroepen de vernieuwende "
                "initiatieven uit. De deelnemers kiezen zelf hun subgroep. Bij de uitwerking beantwoorden ze de "
                "volgende vragen: • Welke activiteiten ondernemen we? • Wie kan dat oppakken? • Als controlevraag: "
                "hoe verhoudt zich dit tot de manier van werken die de organisatie wil?"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Uitwerking van werken aan de bedoeling",
            (
                "Uitwerking van werken aan de bedoeling INVENTARISATIE LOPENDE ACTIVITEITEN EN VERNIEUWENDE "
                "INITIATIEVEN OP HET BELEIDSTHEMA Wat doen we al? Welke vernieuwende initiatieven zijn er te "
                "bedenken?"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Uitwerking van werken aan de bedoeling",
            "SELECTIE VAN TWEE (VERNIEUWENDE) INITIATIEVEN OM CONCREET MEE AAN DE SLAG TE GAAN",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Uitwerking van werken aan de bedoeling",
            "Beleidsthema 1 |",
        ),
    ),
    "samenvatting-beleidsthemas": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Hoe passen we organisatieprincipes toe?",
            (
                "BELEIDSTHEMA’S GESELECTEERDE (VERNIEUWENDE) INTITATIEVEN HOE GAAN WE DE (NIEUWE) "
                "ORGANISATIEPRINCIPES TOEPASSEN?"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Hoe passen we organisatieprincipes toe?",
            "Hoe passen we organisatieprincipes toe?",
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan Vernieuwend werken, Stap 5",
            (
                "Ronde 3 is ook in subgroepen per beleidsthema. Deze keer kunnen de deelnemers zelf kiezen voor een "
                "subgroep. De centrale vraag is nu om twee vernieuwende initiatieven te kiezen en daar concreet "
                "invulling aan te geven: wat kunnen we concreet oppakken en wie zou dat kunnen doen? Hoe verhoudt "
                "zich dat tot de manier van werken die de school wil (organisatieprincipes)?"
            ),
        ),
    ),
    "kansen-werkdrukverlaging": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Hoe kan werkdruk worden verlaagd?",
            "Hoe kan werkdruk worden verlaagd? ICT-KANSEN VOOR WERKDRUKVERLAGING",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Hoe kan werkdruk worden verlaagd?",
            "In kaart brengen van ict-kansen en overige verbeterkansen",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Hoe kan werkdruk worden verlaagd?",
            "OVERIGE VERBETERKANSEN VOOR WERKDRUKVERLAGING",
        ),
    ),
    "resultaten": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Tot slot",
            "RESULTATEN VOOR MEDEWERKERS RESULTATEN VOOR LEERLINGEN",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld SWS Balans, Tot slot",
            "Wat levert vernieuwend werken op voor mede- werkers en leerlingen?",
        ),
        Excerpt(
            "ict-werkdruk",
            "Stappenplan Vernieuwend werken, Stap 6",
            (
                "anderhalve maand na sessie 2 bespreekt de supportgroep hoe de school verder gaat met de resultaten "
                "van ‘Vernieuwend werken’."
            ),
        ),
    ),
    "ict-situatie": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, 1. Schets van de ict-situatie",
            (
                "1. Schets van de ict-situatie Leraren en andere medewerkers van ‘t Blokhuus gebruiken ict op "
                "verschillende manieren."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, 1. Schets van de ict-situatie",
            "Lesvoorbereiding 1 Zoeken",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, 1. Schets van de ict-situatie",
            "Tijdens de lessen 1 Smartboard",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, 1. Schets van de ict-situatie",
            "Buiten de lessen om",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, 1. Schets van de ict-situatie",
            "Ondersteunende processen 1 Thuis",
        ),
    ),
    "dagoverzicht": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, 3. Uitvoering",
            (
                "Tijdens de verkenning hebben de onderzoekers bij vier leraren een dag meegekeken in de klas. Dit "
                "waren vier drukke dagen waarin van alles gebeurde. Tijdens de observatie in de klas hebben de "
                "onderzoekers het rooster gevolgd. Hierbij geven ze steeds aan wanneer de leraar ict-toepassingen "
                "gebruikte en wanneer dat problemen opleverde of tot werkdruk leidde. Veelvoorkomende obstakels "
                "waren: 1 � Leraar is extra tijd kwijt, leerlingen moeten ondertussen wachten doordat װװ programma’s "
                "traag of niet goed opstarten װװ programma’s niet gebruiksvriendelijk zijn en veel omslachtige acties"
                " vragen, bijvoorbeeld veel kliks om bij de juiste pagina in het digitale werkboek te komen װװ "
                "internet niet altijd stabiel is 2 Leraar werkt om onhandigheden heen, wat frustratie oplevert װװ De "
                "leraar moet telkens de toolset van smartboard verschuiven omdat deze in de weg staat. װװ De "
                "‘intellipen’ werkt niet bij alle software. 3 Administratie kost leraren veel tijd װװ handmatig "
                "invoeren van resultaten in verschillende overzichten en systemen (zoals papieren lijsten, Excel en "
                "ParnasSys) װװ groepsplannen invoeren is lastig Een dagoverzicht ziet er bijvoorbeeld als volgt uit. "
                "De momenten waarop de leraar ict gebruikt, zijn vetgedrukt. EEN DAG BIJ GROEP 4 08.00 Voorbereiden "
                "les 08.30 Taalles vrije tijd: woordflitsen en voorlezen 08.50 Voor jezelf lezen 09.00 Opdrachten "
                "doornemen en uitvoeren werkboek 09.15 Uitleg werkwoorden 09.35 Klassikaal nakijken met smartboard "
                "09.45 Zelf werken 10.00 Naar buiten 10.15 Drinken en eten 10.30 Rekenen: klokkijken adhv klokjes "
                "10.45 Rekenen: klokkijken werkboeken oefening 11.15 Klassikaal nakijken met smartboard 11.30 Zes "
                "heksen liedje dans (YouTube) 11.40 Instructieopdracht rijmwoorden 12.00 Voorbereiding middag 12.35 "
                "Lunch 13.00 Rondje kletsen 13.10 Instructie en opdracht hoofdrekenen 13.35 Spring naar een getal "
                "13.50 Burenbingo circuit 14.35 Zelf spelen 15.00 Hoofdrekenen nakijken 15.30 Invoer resultaten 15.45"
                " Overdracht opschrijven 16.00 Mail en aanwezigheid 16.30 Bellen voor overdracht"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, Observaties",
            (
                "Tijdens deze observaties hebben de onderzoekers vastgelegd op welke momenten leraren ict gebruiken "
                "in hun les en wanneer dat knelpunten opleverde."
            ),
        ),
    ),
    "observaties-en-oplossingen": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, 4. Concrete observaties en verbetersuggesties",
            (
                "4. Concrete observaties en verbetersuggesties Uit de observaties en interviews zijn globaal drie "
                "‘hoofdobservaties’ naar voren gekomen: 1 Ict levert soms tijd op, maar kost vaak ook veel tijd. 2 � "
                "De inrichting van de netwerkinfrastructuur sluit onvoldoende aan bij de behoefte van medewerkers. 3 "
                "Bij een aantal processen is sprake van extreme taakscheiding. In het navolgende komen per algemene "
                "conclusie de diverse knelpunten in het werken met ict aan bod. Daarnaast zijn steeds de oplossingen "
                "te vinden die de onderzoekers voor de afzonderlijke knelpunten aandragen."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, Observatie 1",
            "OBSERVATIES OPLOSSINGEN",
        ),
    ),
    "card-sorting": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, Card sorting",
            (
                "CARD SORTING Met card sorting kan het team van ‘t Blokhuus gezamenlijk een handige indeling vinden "
                "voor een gezamenlijke mappenstruc- tuur. Card sorting is een prettige manier om, samen met een groep"
                " gebruikers, te onderzoeken wat de ideale indeling van de inhoud (‘content’) is. Het is bruikbaar "
                "als de structuur van de content te wensen overlaat en het voor de gebruiker niet snel duidelijk is "
                "waar hij iets kan vinden. Bij card sorting wordt de totale verzameling content per stukje op een "
                "kaart geschreven. De gebruiker leest de kaartjes hardop voor en brengt ze onder in een groep. In "
                "totaal moeten er zes tot zeven groepen ontstaan. Zijn alle groepen samengesteld, dan krijgen ze stuk"
                " voor stuk een naam. Het is een gemakkelijke en duidelijke manier om de verwachtingen en het begrip "
                "van een gebruiker in kaart te brengen. Uiteindelijk leidt het tot een verbeterde structuur van de "
                "content."
            ),
        ),
    ),
    "adviezen": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld ’t Blokhuus, 5. Adviezen",
            (
                "5. Adviezen Na analyse van de observaties kwamen de onderzoekers tot een aantal adviezen voor de "
                "lange, middellange en korte termijn: װװ Op de lange termijn doet ‘t Blokhuus er goed aan een "
                "integraal ict-plan en ict-beleid op te stellen en de verantwoordelijkheid daarvoor te beleggen bij "
                "één persoon. Dit gaat over inrichting van ict op meerdere niveaus: van mensen tot aan (inkoop van) "
                "netwerkinfrastructuur en hardware. Een concrete verandering is de stap van een fysieke server in de "
                "school naar een cloudomgeving (inclusief de bijbehorende verandering die de mensen op school moeten "
                "doormaken). װװ Op de middellange termijn kan ‘t Blokhuus investeren in de versimpeling van de "
                "ict-inrichting. Deze sluit nu onvoldoende aan bij het mentaal model en vaardigheidsniveau van de "
                "gebruikers. In sommige gevallen ontstaan daardoor obstakels, zoals heel vaak inloggen op één dag. "
                "Een voorbeeld is een optimaler gebruik van single sign-on, zoals Basispoort of de Entree Federatie. "
                "Een tweede suggestie is om een mechanisme in te richten waarmee het team doorlopend werkt aan "
                "verbetering van bestaande processen. De inrichting van sommige processen kan slimmer door "
                "bijvoorbeeld scherper te kiezen wat de school wel en niet registreert. װװ Op de korte termijn"
            ),
        ),
    ),
    "procesplaat-1": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan Design Thinking en Lean, Invullen procesplaten",
            (
                "Procesplaat 1 Doel: Met het team in beeld krijgen welke processen op school werkplezier en werkdruk "
                "veroorzaken. Tijdsduur: 2 uur Werkwijze: Teamleden geven met behulp van stickers of post-its aan in "
                "welke schoolprocessen zij werkdruk en/of plezier ervaren. Procesplaat 1 WAAR KRIJG IK ENERGIE VAN IN"
                " MIJN WERK EN WAARVAN JUIST NIET? PRIMAIR (lesgeven) Lessen vormgeven (lesmaterialen) Toetsen "
                "afnemen Resultaten nabespreken Portfolio van leerlingen bijhouden Leerlingen individueel begeleiden "
                "SECUNDAIR (ondersteunend) Leerlingvolgsysteem bijhouden Huiswerk/toetsen nakijken Oudercontact "
                "onderhouden Groepsplannen maken Handelingsplannen schrijven Administratie zorgleerlingen bijhouden "
                "Vergaderingen bijwonen Correspondentie afhandelen Informatieavonden en open dagen organiseren "
                "Rapporten schrijven Entreegesprekken en huisbezoeken verrichten Groepsoverdrachten maken Gesprekken "
                "met externen voeren Jaarrooster opstellen Leerling- en groepsbespreking Nascholing en "
                "professionalisering Eigenaarschap leerlingen vergroten Kindgesprekken voeren MR taken uitvoeren"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Procesplaat 1",
            "CONCLUSIE: ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE ADMINISTRATIEVE PROCESSEN ERVAREN",
        ),
    ),
    "procesplaat-2": (
        Excerpt(
            "ict-werkdruk",
            "Stappenplan Design Thinking en Lean, Invullen procesplaten",
            (
                "Procesplaat 2 Doel: Met het team in beeld krijgen in welke processen op school leraren ict gebruiken"
                " en wanneer dat meer en beter zou kunnen. Tijdsduur: 2 uur Werkwijze: Teamleden geven met behulp van"
                " stickers of post-its aan in welke schoolprocessen zij gebruikmaken van ict en waar zij denken dat "
                "dit anders/beter kan.Procesplaat 2 WANNEER MAAK IK GEBRUIK VAN ICT IN MIJN WERK? EN WANNEER ZOU DAT "
                "NOG MEER OF BETER KUNNEN? • • PRIMAIR (lesgeven) Lessen vormgeven (lesmaterialen) Toetsen afnemen "
                "Resultaten nabespreken Portfolio van leerlingen bijhouden Leerlingen individueel begeleiden "
                "SECUNDAIR (ondersteunend) Leerlingvolgsysteem bijhouden Huiswerk/toetsen nakijken Oudercontact "
                "onderhouden Groepsplannen maken Handelingsplannen schrijven Administratie zorgleerlingen bijhouden "
                "Vergaderingen bijwonen Correspondentie afhandelen Informatieavonden en open dagen organiseren "
                "Rapporten schrijven Entreegesprekken en huisbezoeken verrichten Groepsoverdrachten maken Gesprekken "
                "met externen voeren Jaarrooster opstellen Leerling- en groepsbespreking Nascholing en "
                "professionalisering Eigenaarschap leerlingen vergroten Kindgesprekken voeren MR taken uitvoeren"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Procesplaat 2",
            "CONCLUSIE: ER WORDEN NOG MEER KANSEN VOOR ICT GEZIEN IN DE ADMINISTRATIEVE PROCESSEN",
        ),
    ),
    "zelfevaluatie": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Zelfevaluatie",
            (
                "Zelfevaluatie Na de invulling van de procesplaten door de kerngroep, zet De Borgstee een "
                "zelfevaluatie uit binnen het team. Het doel hiervan is niet alleen de kopgroep van leraren met "
                "interesse in ict te betrekken bij het onder- zoek, maar het gehele lerarenteam. Bovendien kan de "
                "school zo de resultaten van de procesplaten toetsen bij een bredere groep. Alle leraren van De "
                "Borgstee houden gedurende een werkweek in een logboek (op papier) hun tijdsbesteding bij en geven "
                "hun energiebalans aan. De zelfevaluatie bevat een aantal gerichte vragen over de beleving van "
                "werkdruk en werkplezier en het gebruik van ict bij leraren: 1 � In hoeverre maak je gebruik van de "
                "verschillende beschikbare ict-systemen voor je werk op school? 2 � Bij welke (primaire) "
                "werkprocessen maak je gebruik van ict? (Voor De Borgstee ging het om Snappet, Parnassus, Office 365,"
                " MOO en DORR.) װװ portfolio van leerlingen bijhouden װװ lessen vormgeven װװ toetsen afnemen װװ "
                "resultaten bespreken װװ leerlingen individueel begeleiden"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Zelfevaluatie",
            (
                "3 � Bij welke (secundaire) werkprocessen maak je gebruik van ict? (Voor De Borgstee ging het om "
                "Snappet, Parnassus, Office 365, MOO en DORR.) װװ leerlingvolgsysteem bijhouden װװ huiswerk/toetsen "
                "nakijken װװ oudercontact onderhouden װװ administratie leerlingen bijhouden װװ vergaderingen bijwonen"
                " װװ correspondentie afhandelen װװ gesprekken met externen voeren װװ roosters opstellen װװ "
                "leerlingen- en groepsbesprekingen װװ nascholing/professionalisering volgen װװ eindgesprekken voeren "
                "4 � In hoeverre vind je het gemakkelijk of moeilijk met de verschillende beschikbare ict-systemen op"
                " school te werken? 5 � Welke ict-aspecten hebben volgens jou invloed op de snelheid waarmee je "
                "activiteiten kunt afhandelen? װװ snelheid van het internet (internet is te traag) װװ te weinig "
                "devices (tablets, computers, laptops e.d.) װװ incidenten met de systemen (bijvoorbeeld het systeem "
                "kan niet opgestart worden of loopt vast) װװ onbekendheid met de systemen װװ snelheid van het systeem"
                " (systeem is te traag)"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Zelfevaluatie",
            (
                "6 � Bij welke (primaire) werkprocessen zie je kansen voor ict? װװ lessen vormgeven װװ toetsen "
                "afnemen װװ resultaten bespreken װװ portfolio van leerlingen bijhouden װװ leerlingen individueel "
                "begeleiden 7 � Bij welke (secundaire) werkprocessen zie je kansen voor ict? װװ leerlingvolgsysteem "
                "bijhouden װװ huiswerk/toetsen nakijken װװ oudercontact onderhouden װװ administratie leerlingen "
                "bijhouden װװ vergaderingen bijwonen װװ correspondentie afhandelen װװ gesprekken met externen voeren "
                "װװ roosters opstellen װװ leerlingen- en groepsbesprekingen װװ nascholing/professionalisering volgen "
                "װװ eindgesprekken voeren"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Zelfevaluatie",
            "*1 = helemaal niet, 5 = helemaal wel",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Zelfevaluatie",
            "*1 = heel moeilijk, 9 = heel makkelijk",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Zelfevaluatie",
            (
                "Werkplezier en werkdruk (zelfevaluatie) Wat maakt dat je werkdruk ervaart in de door jou "
                "aangekruiste processen? Kruis aan welke optie het meest op jou van toepassing is = 8,3 = 6,1 "
                "Tijdsdruk Moeilijkheidsgraad Hoeveelheid werk"
            ),
        ),
    ),
    "logboek": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Zelfevaluatie",
            (
                "Alle leraren van De Borgstee houden gedurende een werkweek in een logboek (op papier) hun "
                "tijdsbesteding bij en geven hun energiebalans aan."
            ),
        ),
    ),
    "rapportageproces": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Vernieuwing rapportageproces (Afbeelding 4.2)",
            (
                "Op basis van reeds beschikbare informatie verdeelt de kerngroep het rapportageproces in "
                "processtappen: Waar loopt de CBS De Borgstee tegenaan in het rapportageproces? Daarnaast kost het "
                "roosteren van de ouderprocessen veel tijd 1 � CITO toets resultaten invoeren In het LOVS 2 � Lijst "
                "uitdraaien per leerling 3 � Toevoegen tekeningen/ verslagen van leerlingen 4 � Ringband map maken "
                "voor rapport gesprek door administratief medewerker door administratief medewerker door "
                "administratief medewerker door administratief medewerker 5 � Uitnodigingsstrookje maken voor rapport"
                " gesprek 6 � Verzamelen strookjes en rooster maken 7 � Papier uitprinten met afspraken die de leraar"
                " aan leerlingen megeven 8 � Gesprek met ouders voeren"
            ),
        ),
    ),
    "ontwikkelingscategorieen": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Vernieuwing rapportageproces",
            (
                "Daarna brengt de kerngroep de huidige en gewenste situatie in kaart voor cognitieve ontwikkeling, "
                "zaakvakken en sociaal-emotionele ontwikkeling. Ook gaan ze na wat wel en niet wettelijk verplicht is"
                " (volgens de publicatie Ruimte in regels). Vervolgens zoeken de deel nemers naar praktische "
                "oplossingen voor de korte termijn en concrete actiepunten voor verbetering op de lange termijn. Dit "
                "levert per ontwikkelingscategorie de volgende overzichten op: COGNITIEVE ONTWIKKELINGEN • Huidige "
                "situatie: overgang van methodetoetsen naar leer- lijnen en fases, ontwikkeling voor ouders niet "
                "inzichtelijk, verschillende systemen en werkwijzen tussen groepen. • Actiepunten: printscreen maken "
                "in Snappet, dossier door kind laten bijhouden, binnen alle groepen op dezelfde/ vergelijkbare manier"
                " werken en professionalisering op het gebied van mogelijkheden van systemen. Dit zal starten vanaf "
                "volgend jaar, want dit jaar blijft groep 3/4 op dezelfde wijze werken (met de huidige rapporten). Er"
                " moet uitgezocht worden op welke wijze dat zou kunnen, omdat groep 3 niet aangesloten kan worden op "
                "Snappet. • Langetermijnperspectief: integraal systeem."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Vernieuwing rapportageproces",
            "ONTWIKKELING/VOORTGANG ZAAKVAKKEN",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Vernieuwing rapportageproces",
            "SOCIAAL-EMOTIONELE ONTWIKKELING • Huidige",
        ),
    ),
    "wensbeeld": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Studiedag",
            (
                "Na deze inleiding brainstormen de deelnemers in drie groepen over welke ict-vernieuwingen de "
                "verschillende niveaus van ontwikkeling van leerlingen inzichtelijk maken. Per niveau van "
                "ontwikkeling beantwoorden de deelnemers drie vragen: • Wat is het wensbeeld? • Wat is daarvoor "
                "nodig? • Welke tools en systemen kunnen we inzetten?"
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Vernieuwing rapportageproces",
            "COGNITIEVE ONTWIKKELINGEN • Huidige",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Vernieuwing rapportageproces",
            "ONTWIKKELING/VOORTGANG ZAAKVAKKEN",
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, Vernieuwing rapportageproces",
            "SOCIAAL-EMOTIONELE ONTWIKKELING • Huidige",
        ),
    ),
    "verbeterplan": (
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, 3. De afrondingsfase",
            (
                "Concept-verbeterplan De workshops met de kerngroep en de studiedag met het lerarenteam leveren "
                "oplossingen en actiepunten op voor de realisatie van de toekomstvisie. Deze verwerkt de school in "
                "een verbeterplan."
            ),
        ),
        Excerpt(
            "ict-werkdruk",
            "Praktijkvoorbeeld De Borgstee, 3. De afrondingsfase",
            "Actiepunt To do’s Tijdpad Impact Werkbelasting",
        ),
    ),
    "vijf-cyclische-stappen": (
        Excerpt(
            "zmolk",
            "Thema 1: Vijf cyclische stappen (borgen van innovatie)",
            (
                "Thema 1: Vijf cyclische stappen (borgen van innovatie) We onderscheiden vijf stappen in de "
                "voortdurende, cyclische vernieuwing in een lerende organisatie. De cyclus loopt van doelbepaling tot"
                " het borgen in het beleid4. 1. Doel Doelgerichtheid leidt tot actie en activering leidt tot leren en"
                " opbrengst. Hoe duidelijker het doel en de mogelijke opbrengsten, hoe groter de kans dat de "
                "professionals de aanpak eigen maken. 2. Denken over het resultaat Denken over het resultaat laat je "
                "stilstaan bij de praktijk zoals die op de werkvloer is; wat zijn reële verwachtingen over het "
                "behalen van de doelen? Hoe passen doelen zo goed mogelijk bij de huidige werkwijze, waarden en "
                "normen van betrokkenen? 3. Proces ontlokken Door ‘ontlokkers’ (opdrachten en werkvormen die het "
                "leerproces in de praktijk beïnvloeden) wisselen professionals op stimulerende manieren kennis en "
                "ervaring uit; ze leren van en met elkaar. Ontlokkers zijn belangrijke tools in kennisproductiviteit."
                " 4. Proces monitoren Door de uitvoering van de basisaanpak te monitoren, resultaten te bespreken en "
                "werkwijzen bij te stellen, werk je gezamenlijk volgens de visie van de organisatie. 5. Borging in "
                "het beleid en inbedding in kwaliteitscyclus Behalve in het handelen van de professionals, dient de "
                "basisaanpak ook ingebed te worden in het beleid en de gehanteerde kwaliteitscyclus van de "
                "organisatie. Het inbedden van de kerncompetenties in aannamebeleid en functioneringsgesprekken is "
                "daarvan een voorbeeld, evenals het regelmatig reflecteren op de aanpak of het ondersteunen van "
                "intervisie."
            ),
        ),
    ),
    "model-menselijk-functioneren": (
        Excerpt(
            "zmolk",
            "Tool Model menselijk functioneren",
            (
                "Tool Model menselijk functioneren, ontleend aan AAIDD-20105 Behorend bij stap 1: Doel In de "
                "basisaanpak gaan we uit van onderstaand model van menselijk functioneren. De toelichting op de "
                "dimensies vindt u in de basisaanpak, pagina xx. Niet zozeer de diagnostische kenmerken van een "
                "leerling worden beschreven, maar zijn dagelijks functioneren. Het gaat er namelijk om welke invloed "
                "bepaalde kenmerken van een leerling hebben op zijn gedrag en handelen. Daaruit kun je makkelijker de"
                " ondersteuningsbehoefte aflezen. Opdracht 1 NB: deze en de volgende opdracht sluiten aan bij deel 1 "
                "van de toolkit voor professionals. Hierin staat centraal: zicht krijgen op de doelgroep en de "
                "inrichting van de ruimte. Vraag de medewerkers naar hun materialen en ervaringen. Het materiaal "
                "geeft een aanzet om te experimenteren in de eigen praktijk. Bepaal wat u vanuit uw rol kunt doen om "
                "dit model in te bedden in het denken van professionals. 5 AAIDD-model: American Association on "
                "Intellectual and Developmental Disabilities. Voorheen het AAMR model (2002). American Assiociation "
                "on Mental Retardation Model menselijk functioneren Ondersteuning Functioneren I Verstandelijke "
                "mogelijkheden II Adaptief gedrag III Gezondheid IV Participatie, interactie & Sociale rollen V "
                "Context"
            ),
        ),
    ),
    "doel-opdracht": (
        Excerpt(
            "zmolk",
            "Opdracht 2 (bij stap 1: Doel)",
            (
                "Opdracht 2 Medewerkers hebben in deel 1 bij de thema’s ‘model menselijk functioneren’ en ‘klimaat "
                "creëren’ drie kernconsequenties voor het eigen handelen geformuleerd. Als huiswerkopdracht voeren "
                "zij dit in de klas uit, in de komende periode. Faciliteer het experimenteren van de medewerkers Wat "
                "is het doel? Welke actie volgt? Wat is de opbrengst? Doel-opdracht Wat is het doel dat je beoogt bij"
                " de medewerkers, ten aanzien van kernconsequenties voor het handelen? Periode: de komende drie "
                "maanden. (Kernconsequenties op basis van het model van menselijk functioneren en ruimte) Doel "
                "kernconsequenties menselijk functioneren: Doel ruimte: Welke acties zijn nodig om dat te behalen? "
                "Actie kernconsequenties menselijk functioneren: Actie ruimte: Welke opbrengsten genereer je? "
                "Evalueer dit na een aantal weken. Opbrengst kernconsequenties menselijk functioneren: Opbrengst "
                "ruimte:"
            ),
        ),
    ),
    "denk-opdracht": (
        Excerpt(
            "zmolk",
            "Opdracht: Wat wilt u bereiken met de basisaanpak?",
            (
                "Wat wilt u bereiken met de basisaanpak? Weet u welke acties de professionals in uw organisatie "
                "ingezet hebben? Welk resultaat verwacht u bij: uitvoerende professionals uzelf en andere "
                "ondersteuners leerlingen ouders anderen. Gezien de feitelijke situatie op de werkvloer: welke "
                "resultaten verwacht u op basis van de ingezette acties? Komen deze overeen met de verwachte "
                "opbrengsten uit de opdracht, behorende bij stap 1: doel (pagina 6)? Zo nee, wat kunt u doen om de "
                "doelen te behalen door uit te gaan van de huidige werkwijzen, waarden en normen en vandaaruit te "
                "bouwen? Denk-opdracht Welke acties zijn door uw collega’s uitgezet? Actie kernconsequenties "
                "menselijk functioneren: Actie ruimte: Verwachte resultaten bij: Kernconsequenties menselijk "
                "functioneren (zie ook het model menselijk functioneren op pagina 12): • uitvoerende professionals • "
                "uzelf en andere ondersteuners • leerlingen • ouders • anderen Ruimte: • uitvoerende professionals • "
                "uzelf en andere ondersteuners • leerlingen • ouders • anderen Als u de gestelde doelen wilt "
                "bereiken: wat kunt u doen door zo goed mogelijk aan te sluiten bij de huidige werkwijze, waarden en "
                "normen van betrokkenen?"
            ),
        ),
    ),
    "methodische-werkplaats": (
        Excerpt(
            "zmolk",
            "Tool: De Methodische Werkplaats",
            "Tool: De Methodische Werkplaats",
        ),
        Excerpt(
            "zmolk",
            "Tool: De Methodische Werkplaats, Hoe werkt het?",
            (
                "Hoe werkt het? De bijeenkomsten worden gehouden met vier tot zes deelnemers vanuit de verschillende "
                "gebiedsteams. Ze duren gemiddeld 2,5 uur. Maximaal worden drie casussen ingebracht. Een bespreking "
                "van een casus vraagt 45 tot 60 minuten. Degene die verantwoordelijk is voor het methodisch handelen,"
                " zit de bijeenkomst voor. Hij zorgt ervoor dat de methodische principes kort uitgewerkt zijn of pakt"
                " de checklist van de basisaanpak erbij; er is een inbrenger die de beschrijving van een situatie "
                "voorbereid op basis van de principes. Tijdens de bijeenkomst leidt de voorzitter de bespreking en "
                "zorgt dat conclusies worden vastgelegd. Ook is hij verantwoordelijk voor de inbreng van de laatste "
                "wetenschappelijke inzichten, of heeft die taak gedelegeerd. De betrokken uitvoerders nemen twee maal"
                " per jaar deel aan een MW en brengen minimaal jaarlijks één situatie in. De inbrenger heeft een "
                "actieve rol bij de bespreking. Hij vertelt stap voor stap hoe de methodische principes in de "
                "werkpraktijk zijn toegepast. De overige deelnemers hebben een actieve rol; zij stellen vragen om de "
                "situatie verder te verduidelijken. De voorzitter ziet erop toe dat gesproken wordt op basis van "
                "waargenomen gedrag en niet op basis van interpretatie. Tijdens de bijeenkomst wordt aan de hand van "
                "een afgesloten situatie stap voor stap de methodische werkwijze doorgenomen: Is er in deze situatie "
                "op basis van de principes van de basisaanpak gehandeld? Wat waren de succesfactoren? Wat ging er "
                "anders dan beschreven in de basisaanpak ? Wat was het resultaat? Wat leren we ervan met betrekking "
                "tot de principes van de basisaanpak? Is bijstelling gewenst? Zo ja, kunnen we dat theoretisch "
                "onderbouwen?"
            ),
        ),
    ),
    "kwaliteitsborging-methodische-werkplaats": (
        Excerpt(
            "zmolk",
            "Opdracht behorende bij de tool Methodische Werkplaats",
            (
                "Kwaliteitsborging – Methodische Werkplaats Op welke wijze wordt in uw organisatie de "
                "kwaliteitsborging gerealiseerd? Hoe legt u afspraken vast met het team? De Methodische Werkplaats is"
                " een manier om kwaliteit van handelen te borgen. Is de Methodische Werkplaats een aanvulling op wat "
                "er al is en wilt u het inzetten?"
            ),
        ),
    ),
    "kijken-bij-de-buurvrouw": (
        Excerpt(
            "zmolk",
            "Tool: Ondersteunen van observatieopdracht ‘Kijken bij de buurvrouw’",
            (
                "Kijken bij de buurvrouw (let op: opdracht voor professionals) Je gaat een tijdje observeren in een "
                "andere klas. Opdracht: Bedenk vooraf welke situatie je wilt observeren omdat je daarover wilt leren."
                " Maak een afspraak. Focus op dat wat volgens jou goed werkte. Noteer dat eventueel hieronder. Kies "
                "samen een moment waarop je feedback kunt geven aan degene bij wie je in de klas was. Geef je "
                "feedback over (minimaal) drie handelingen die de professional uitvoerde en die goed gingen of het "
                "gewenste effect hadden. Formuleer actiepunten voor jezelf: wat ga je zelf uitproberen? Bepaal de "
                "periode waarin je dit gaat doen. Bepaal wanneer je de actiepunten gaat evalueren. Doe dit bij "
                "voorkeur samen een collega. Bijvoorbeeld met degene bij wie je in de klas was. Opdracht: ‘Kijken bij"
                " de buurvrouw’ (opdracht voor directie, management en staf). Observatie 1: Dit werkte goed! Wat "
                "gebeurde er? Wat deed de professional? Welk gewenst effect had dit? Observatie 2: Dit werkte goed! "
                "Wat gebeurde er? Wat deed de professional? Welk gewenst effect had dit? 15Toolkit bij de "
                "implementatie van de ‘basisaanpak’ voor gespecialiseerde zmolk-directie, -management en -staf "
                "Opdracht: ‘Kijken bij de buurvrouw’ (opdracht voor directie, management en staf). Hoe is deze "
                "werkvorm in uw organisatie opgepakt? Wat hebben jullie ervan geleerd? Kunt u dit ordenen naar de "
                "leerfuncties? Observatie 3: Dit werkte goed! Wat gebeurde er? Wat deed de professional? Welk gewenst"
                " effect had dit? Actieplan: Ik ga de komende (aantal) weken het volgende uitproberen:"
            ),
        ),
    ),
    "kessels-leervoorwaarden": (
        Excerpt(
            "zmolk",
            "Tool: Verleiden tot kennisproductiviteit (theorie)",
            (
                "Tool: Verleiden tot kennisproductiviteit (theorie) (Naar oratie Kessels, 2001) NB: Deze tool is "
                "gerelateerd aan stap 3 in de vijfstappencyclus: Proces ontlokken. Het zet aan tot leren, en "
                "correspondeert met name met deel 2 van de toolkit voor professionals. Kessels noemt twee "
                "leervoorwaarden als conditie voor kennisproductiviteit in de organisatie."
            ),
        ),
        Excerpt(
            "zmolk",
            "Tool: Verleiden tot kennisproductiviteit (theorie), Opdracht",
            (
                "Opdracht: Ga na welke acties u al hebt ingezet of nog zou willen inzetten om de twee leervoorwaarden"
                " van Kessels te realiseren. U kunt dit alleen doen, met collega’s en met uw samenwerkingspartner van"
                " het OZA. 1. Het creëren van een constructief sociaal klimaat 2. Benutten van passie en motivatie"
            ),
        ),
    ),
    "zeven-leerfuncties": (
        Excerpt(
            "zmolk",
            "Tool: Het leerplan van een organisatie: zeven leerfuncties",
            "Tool: Het leerplan van een organisatie: zeven leerfuncties",
        ),
        Excerpt(
            "zmolk",
            "Tool: Het leerplan van een organisatie: zeven leerfuncties, Opdracht 1",
            (
                "Opdracht 1: Welke (extra) mogelijkheden ziet u om in de eigen organisatie de werkomgeving in te "
                "richten als een krachtige leeromgeving? Het verwerken van materiedeskundigheid experimenteren met "
                "probleem-oplos-aanpakken het ontwikkelen van reflectieve vaardigheden en metacognities verwerven van"
                " communicatieve en sociale vaardigheden reguleren van motivatie en emoties rust en stabiliteit "
                "creatieve onrust. Leerfuncties Mogelijkheden voor het inrichten van de werkomgeving om die "
                "leerfunctie te ondersteunen 1. Het verwerken van materiedeskundigheid 2. Experimenteren met "
                "probleem-oplos-aanpakken 3. Het ontwikkelen van reflectieve vaardigheden en metacognities 4. "
                "Verwerven van communicatieve en sociale vaardigheden 5. Reguleren van motivatie en emoties 6. Rust "
                "en stabiliteit 7. Creatieve onrust Ga actief aan de slag met enkele leerfuncties. Reflecteer na een "
                "aantal weken op de volgende vragen: Welke van de leerfuncties heeft u opgepakt? Wat heeft het "
                "opgeleverd?"
            ),
        ),
    ),
    "actief-monitoren": (
        Excerpt(
            "zmolk",
            "Tool: Monitoren",
            (
                "Het model ‘Actief monitoren’ toont hoe u systematisch ondersteuning kunt bieden in het leerproces "
                "van teams en leerkrachten."
            ),
        ),
        Excerpt(
            "zmolk",
            "Tool: Monitoren, Het monitoren van het proces",
            (
                "1. Feed up: waar werk ik naartoe? Wat wil ik bereiken? Wat is het doel? 2. Feed back: hoe doe ik het"
                " tot nu toe? Ben ik dicht of ver van het doel af? 3. Feed forward: hoe nu verder? Wat moet ik nog "
                "doen om dichter bij het doel te komen?"
            ),
        ),
        Excerpt(
            "zmolk",
            "(Vervolg-)opdracht: Reflectie op actief monitoren",
            (
                "(Vervolg-)opdracht: Reflectie op actief monitoren We pakken het model ‘Actief monitoren’ er opnieuw "
                "bij. Op pagina 21 legden uit wat de waarde ervan is: het toont hoe u systematisch ondersteuning kunt"
                " bieden in het leerproces van teams en leerkrachten. Managers in een onderwijs-zorgarrangement "
                "dienen zich steeds de vraag te stellen: ‘hoe betrek ik de zorgpartners?’ 1 Feed up 2 Feed back 3 "
                "Feed forward 4 Experimenteren 5 Nieuw handelen 6 Werkafspraken 7 Toegang partijen"
            ),
        ),
        Excerpt(
            "zmolk",
            "(Vervolg-)opdracht: Reflectie op actief monitoren",
            (
                "Welke aspecten van Actief Monitoren heeft u toegepast in de praktijk bij dit ‘zmolk-traject’? Welke "
                "aspecten van Actief Monitoren heeft u toegepast in het betrekken van zorgpartners?"
            ),
        ),
    ),
    "feedbackniveaus": (
        Excerpt(
            "zmolk",
            "Tool: Monitoren, De effectiviteit van feedback",
            (
                "De effectiviteit van feedback Welke feedback is het meest doeltreffend? Hattie en Timperley (2007) "
                "onderscheiden feedback op vier verschillende niveaus: taak-, proces-, zelfregulerend en persoonlijk "
                "niveau. Ze geven aan op welk niveau de feedback het meest doeltreffend is en waarom dit het geval "
                "is. Feedback op taak (FT) Feedback op taak bevordert het resultaat van de taak. Bij FT is meestal "
                "sprake van corrigerende feedback. Deze kan betrekking hebben op correctheid (goed/fout, in orde/niet"
                " in orde) in relatie met de uit te voeren taak en de opbrengsten. FT kan zeer krachtig zijn. Een "
                "voorwaarde is commitment en begrip voor de ander. Feedback op proces (FP) Feedback op proces "
                "bevordert de processen die nodig zijn om de taak te kunnen begrijpen en uit te voeren. Vooral "
                "positief stimulerende FP is effectief: ‘Dat heb je snel en handig aangepakt’. Ook het meedenken in "
                "het proces door het stellen van vragen is stimulerend."
            ),
        ),
        Excerpt(
            "zmolk",
            "Tool: Monitoren, De effectiviteit van feedback",
            (
                " Feedback op zelfregulatie (FZR) Feedback op zelfregulatie betreft strategieën waarmee iemand "
                "voortdurend zelfreflectie toepast bij het bereiken van het doel. FZR verwijst naar autonomie, "
                "zelfsturing, zelfevaluatie en zelfdiscipline. Dit zijn metacognitieve vaardigheden die een persoon "
                "helpen zijn eigen functioneren in te schatten. Deze vragen horen er bijvoorbeeld bij: ‘Heb ik een "
                "handige strategie gebruikt?’ ‘Zijn mijn eigen verklaringen van succes of falen terecht?’ Feedback op"
                " de persoon van de professional (FPP) Feedback op de persoon van de professional richt zich op de "
                "waarneming van de begeleider over de professional als persoon. Het gaat om evaluerende, vaak "
                "positieve opmerkingen zoals ‘Je bent een topper’ of ‘Je bent goed in je vak’. FPP is over het "
                "algemeen niet zo krachtig, omdat we meestal geen relatie leggen met FT, FP of FZR. Vaak komt het er "
                "voor in de plaats. Bovendien geeft FPP geen antwoord op de drie belangrijke vragen: Waar werk ik "
                "naartoe? Hoe doe ik het tot nu toe? Hoe nu verder? FPP blijkt alleen effectief als het leidt tot een"
                " verandering in inspanning, betrokkenheid of gevoel van doelmatigheid bij de leerling ten aanzien "
                "van het leren of de gekozen aanpak."
            ),
        ),
    ),
    "rogers-adoptiecurve": (
        Excerpt(
            "zmolk",
            "Tool: Professionals en innovatie",
            "Tool: Professionals en innovatie",
        ),
        Excerpt(
            "zmolk",
            "Tool: Professionals en innovatie",
            (
                "In haar publicatie gebruikt Daamen de vijf menstypen van Rogers (1993). Elk type vraagt een eigen "
                "benadering en is van invloed op het implementatieproces. Onderstaand figuur geeft weer hoe "
                "verschillende typen zich tot elkaar verhouden, wanneer welk type in beweging komt en hoe groot die "
                "groep percentueel is."
            ),
        ),
        Excerpt(
            "zmolk",
            "Tool: Professionals en innovatie",
            "2,5 % 13,5 % 34 % 34 % 16 % Tijd Innovators Early Adopters Early Majority Late Majority Laggards",
        ),
        Excerpt(
            "zmolk",
            "Tool: Professionals en innovatie, Opdracht",
            (
                "Opdracht Berwick (2003) is van mening dat het voor een succesvolle implementatie vooral belangrijk "
                "is hoe de organisatie omgaat met de verschillende typen, en hoeveel ruimte de organisatie biedt voor"
                " het leren en ontdekken van de vernieuwing. Dit zou belangrijker zijn dan welke "
                "implementatiestrategie dan ook. 1 Bent u het eens met deze stelling? Uw motivatie? 2 Hoe zijn de "
                "professionals die de basisaanpak uitvoeren verdeeld over deze typen? Maak een grove schatting in "
                "percentages. Gaat bovenstaande verdeling op voor uw organisatie? 3 Hoe kunt u de professionals van "
                "het ene type inzetten om de andere typen te betrekken/mee te krijgen?"
            ),
        ),
    ),
    "proces-opdracht": (
        Excerpt(
            "zmolk",
            "Tool: Ontlokkers, Opdracht",
            (
                "Opdracht NB: Deze opdracht correspondeert met deel 1 van de toolkit van professionals. Maak een "
                "keuze uit de ontlokkers en gebruik hiervan wekelijks een opdracht, bijvoorbeeld tijdens het "
                "teamoverleg. Besteed hieraan maximaal dertig minuten. Breng regelmatig een flitsbezoek aan een "
                "groep. Proces-opdracht Welke ontlokkers wilt u gebruiken? Bijvoorbeeld tijdens teamoverleg / "
                "debriefing Ontlokkers kernconsequenties menselijk functioneren (zie ook het model menselijk "
                "functioneren, pagina 12): Ontlokkers ruimte:"
            ),
        ),
    ),
    "ontlokkers": (
        Excerpt(
            "zmolk",
            "Tool: Ontlokkers",
            (
                "Tool: Ontlokkers Behorende bij stap 3: Proces ontlokken Ontlokkers zijn opdrachten en werkvormen die"
                " het leerproces van professionals in de praktijk beïnvloeden. Ze vragen op speelse wijze naar "
                "serieuze processen en inhoud. Het is aan u om de tool in te zetten; op pagina 14/15 vindt u daarover"
                " meer informatie in de vorm van een opdracht. Let op: in enkele ontlokkers heeft u zelf een rol. "
                "Ontlokkers Posterportretten Stel een collega drie vragen over zijn leerproces. Bijvoorbeeld: Wat heb"
                " je recentelijk geleerd? Wie steunt jou in je leerproces? Wat zou je nog willen leren? Maak een "
                "posterportret van je collega. Teken zijn gezicht en schrijf de vragen en antwoorden erbij. Kies "
                "hierbij de leukste uitspraken, hou het kort en krachtig. Couponposter Maak coupons en laat collega’s"
                " deze invullen. Bijvoorbeeld: ‘Deze coupon geeft je recht op een inspirerend leermoment/een helder "
                "idee/een bijzondere ontmoeting met…...’ Geluk(t)berichtjes Schrijf op elke strook een andere "
                "boodschap over leren. Bijvoorbeeld: wat jij je leerlingen hebt geleerd met behulp van de "
                "basisaanpak. Het onverwachte object Kies een object dat kan inspireren tot leren. Bijvoorbeeld: een "
                "cartoon (zoals het werk van Hugh MacLeod ) een voorwerp uit de natuur dat je aan het denken zet een "
                "kunstwerk dat je inspireert. Als opdracht voor professionals Als ondersteunende opdracht voor "
                "directie, management en staf Posterportretten Couponposter Geluk(t)briefjes Het onverwachte object "
                "Boekenplan Kijken bij de buurvrouw Kijken bij de buurvrouw Flitsbezoeken Boekenplank 1. Kies boeken "
                "die jou inspireren en koop van elk een tweede versie. 2. Koop of maak een boekenplank. Je kunt deze "
                "beschilderen met beelden of uitspraken over leren. 3. Hang de boekenplank op in de lerarenruimte en "
                "zet de boeken op de plank. Nodig anderen uit om boeken toe te voegen. 4. Leg er een mooi notitieboek"
                " bij waarin mensen met elkaar in gesprek kunnen gaan over de boeken. 5. Organiseer eventueel een "
                "boekbijeenkomst. Per bijeenkomst staat een boek centraal dat je bespreekt. Flitsbezoeken Het "
                "drieminutenflitsbezoek helpt u als directie, manager of staf inhoudelijk goed op de hoogte te "
                "blijven van de kwaliteit van het lesgeven in de school. Denk om uw rol! Die is bij een flitsbezoek "
                "stimulerend, niet beoordelend. Het flitsbezoek is gebaseerd op het boek The Threeminute Classroom "
                "Walk Through van Carolyn Downey. Het gaat uit van de gedachte dat u door focus in uw manier van "
                "observeren in drie minuten veel kunt bereiken. Door kort een klas te bezoeken, is het mogelijk om "
                "bij alle collega’s regelmatig langs te gaan. Een klassenbezoek wordt zo een vast onderdeel van de "
                "routine. Tijdens een flitsbezoek richt u zich vooral op de uitvoerende professionals: voor welke "
                "activiteiten en interventies kiezen zij? Hoe sluiten deze keuzes aan bij het leerdoel en bij wat de "
                "leerling of de groep aankan? Uiteraard kunnen leerkrachten ook afspreken drie minuten bij elkaar "
                "binnen te lopen. Let op: zorg ervoor dat leerlingen voorbereid zijn op deze flitsbezoeken."
            ),
        ),
        Excerpt(
            "zmolk",
            "Tool: Ondersteunen van observatieopdracht ‘Kijken bij de buurvrouw’",
            (
                "Kijken bij de buurvrouw (let op: opdracht voor professionals) Je gaat een tijdje observeren in een "
                "andere klas."
            ),
        ),
    ),
    "leerkracht-bordsessie": (
        Excerpt(
            "wijkteams",
            "Leren van de buren: Stichting LeerKRACHT",
            (
                "1. Bordsessie: effectieve, korte werksessie waarin leraren en schoolleiding wekelijks (leerling) "
                "resultaten bespreken, doelen bepalen en verbeteracties afspreken. In vijftien minuten worden staand "
                "de volgende elementen besproken: check-in, successen, doelen, acties en planning."
            ),
        ),
    ),
    "70-20-10": (
        Excerpt(
            "wijkteams",
            "De praktijk als plek om te leren",
            (
                "Jennings introduceerde de 70 – 20 – 10 regel, om zichtbaar te maken waar mensen veel van le- ren. "
                "Zeventig procent van wat wij leren voor ons werk gebeurt in de praktijk, twintig procent in sociale "
                "relaties door interactie met collega’s en tien procent in formele leersituaties."
            ),
        ),
    ),
    "waarderend-organiseren": (
        Excerpt(
            "wijkteams",
            "Leren van inwoners en cliënten: Waarderend organiseren",
            (
                "Het proces van waarderend organiseren bestaat uit vijf stappen: 1. Verwoorden: alle partners (bijv. "
                "gemeente, inwoners, cliënten, professionals, organisaties) formuleren samen de vraagstukken waar ze "
                "zich voor gesteld zien. 2. Verdiepen: partners gaan samen op zoek naar successen en goede "
                "voorbeelden die er al zijn. 3. Verbeelden: bij het verbeelden formuleren de partners in co-creatie "
                "een gewenst toekomstbeeld. 4. Vormgeven: partners onderzoeken mogelijkheden om de visie te "
                "realiseren. 5. Verwezenlijken: men maakt een concreet plan van aanpak en verdeelt de acties over "
                "partners."
            ),
        ),
    ),
    "actieleren": (
        Excerpt(
            "wijkteams",
            "Leren van acties: Actieleren",
            (
                "Actieleren: methodisch vraagstukken bespreken en acties bepalen Waarom? De grondlegger van het "
                "actieleren is Reg Revans. Hij introduceerde actieleren bij managers om al doende te leren. Om verder"
                " te komen met een vraagstuk probeer je uit wat werkt. Om hier- van te leren is het belangrijk dat je"
                " hierop reflecteert, dat iemand je een spiegel voorhoudt én je voedt met andere ideeën. Met het "
                "samen zoeken naar antwoorden, op een gestructureerde manier, bouw je als team aan een gezamenlijk "
                "afwegingskader en handelingsrepertoire. Hoe? Actieleren is een manier van leren die dichtbij de "
                "praktijk staat. Het is een continu proces van leren en reflecteren, met als doel iets (beter) gedaan"
                " te krijgen. Uitgangspunt is een praktijk- situatie waar deelnemers over in dialoog gaan. Door open "
                "vragen te stellen wordt het niet weten en de twijfel over een kwestie naar boven gehaald en "
                "doordacht. De leercoach bewaakt het proces en de structuur."
            ),
        ),
        Excerpt(
            "wijkteams",
            "Leren van acties: Actieleren",
            (
                "De stappen die je doorloopt met actieleren zijn: 1. Een deelnemer brengt een praktijkvraagstuk of "
                "casus in en schetst de eigen ontwikkelingsvraag. 2. Het stellen van open vragen om de aard van de "
                "situatie helder te krijgen. 3. Het bepalen van mogelijke richtingen, ideeën, tips en oplossingen. 4."
                " Het bepalen van de actie-eigenaar. 5. Het ondernemen van actie."
            ),
        ),
    ),
    "hoe-landt-kennis": (
        Excerpt(
            "wijkteams",
            "De praktijk als plek om te leren",
            (
                "Hoe landt kennis het beste bij professionals? Leerstijl Voorkeur leeromgeving Passende "
                "leeractiviteiten Kunst afkijken Geen opleiding, snelle oplossing voor complexe vragen Wandelgangen, "
                "werkbezoek, gesprek met deskundige, reguliere vergadering, best practices Participeren Inspirerende "
                "ontmoetingen Communities of practice, storytelling, intervisie, leerkringen Kennis verwerven "
                "Aanwezigheid kennisbronnen Onderzoeksrapporten, experts raadplegen, internet, zelf onderzoek doen "
                "Oefenen Tijd en ruimte om te oefenen Rollenspel, simulaties, workshops, trainingen Ontdekken "
                "Onverwachte setting Leren rond praktijkopdracht, brainstormsessies Bron: Simons en Ruijters, 2012"
            ),
        ),
    ),
    "matrix-van-camp": (
        Excerpt(
            "leerwerkgemeenschappen",
            "7.3 De matrix van Camp",
            (
                "Kern van de matrix is dat veranderingen van welke aard of thema dan ook in een organisatie "
                "consistent moeten worden doorvertaald in alle aspecten en in alle lagen."
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.3 De matrix van Camp (Figuur 12)",
            (
                "Beleid (richten) Organisatie (inrichten) Personeel (verrichten) Technisch (formeel, instrumenteel) "
                "Waarom willen we dit? Hoe zit het met taken en bevoegdheden? Hebben we de juiste deskundigheid in "
                "huis? Politiek (sociale verhoudingen) Wat vinden: ouders, leerlingen, directie, overheid? Hoe komen "
                "de beslissingen tot stand? Is er draagvlak of weerstand bij docenten? Cultuur (waarden en normen) "
                "Wat voor school willen we zijn? Gewend om in een projectteam te werken? Hoe is de werkhouding van de"
                " betrokken docenten? Figuur 12 De matrix van Camp"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.3 De matrix van Camp, Toepassingen",
            (
                "3 Op basis van een werkend project met elkaar de analyse doen naar blinde vlekken. Wat is er al "
                "gedaan, wat staat nog op de rol, wat denken we te moeten doen en wat zien we over het hoofd?"
            ),
        ),
    ),
    "activiteitensysteem-engestrom": (
        Excerpt(
            "leerwerkgemeenschappen",
            "Activiteitenmodel, Componenten",
            (
                "Een activiteitensysteem bestaat uit zes componenten: object, subject, community, regels, "
                "instrumenten en arbeidsverdeling. Tools and signs Subject Mediating artifacts Sence, meaning Rules "
                "Community Division of labour Figuur 3 De structuur van een activiteitensysteem"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "Activiteitenmodel, Processen en gebieden",
            (
                "• subjecten (leidinggevenden, leraren, anderen); • objecten (doelen, doelgroepen en beoogde "
                "resultaten); • instrumenten (‘communities of practice’ en de methodes en werkvormen die je daarin "
                "gebruikt); • regels (wederkerige uitspraken en afspraken in de organisatie); • communities "
                "(ondersteunende netwerken); • arbeidsverdeling (functies, taken, rollen). Het duidt ook op gebieden "
                "die met het oog op onze onderzoeksvraag van belang zijn, met betrekking tot het verduurzamen van "
                "leerwerkgemeenschappen. Naast productie van leerwerkgemeenschappen, ook consumptie (uit een voedende"
                " cultuur), uit- wisseling (wederkerigheid, afhankelijkheid in wederzijdse aantrekkelijkheid) en "
                "distributie (over- dracht aan anderen). Outcome Object"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "Activiteitenmodel, Achtergronden",
            "De uitkomst is bijvoorbeeld een leerproces, een methode of een projectresultaat.",
        ),
    ),
    "de-caluwe-denken-doen": (
        Excerpt(
            "leerwerkgemeenschappen",
            "Figuur 8 Voorbeeld van een changelab resultaat",
            (
                "Visie/uitgangspunten Werkblad Spiegel Cultuur volgt structuur Leren Veranderen (De Caluwé) "
                "‘communities of practice’ (Wenger) Naar aanleiding van De Caluwé • We hebben van alles wat. • Ik "
                "denk wit, maar ik doe het niet (Ik ben er misschien wel huiverig voor). • In wit zit de meeste "
                "uitdaging. • Wit (of een andere kleur durven kiezen) vraagt vertrouwen van je zelf. • Onze taak als "
                "MT lid vraagt dat we blauw gedrag vertonen. Damage control. • Geel is een belangrijke voorfase. Weg "
                "naar een gewenste structuur met behulp van De Caluwé: • Zie aantekeningen, hand-outs, flip- overs. •"
                " Geel: Vergelijking met de ontwikke- ling van project L. Zie hand-out. • Blauw: zie hand-out. • "
                "Groen: Simulatie + flip-over. • Rood: presentatie met als thema’s belonen en straffen, innovatie "
                "(verwijzing naar artikel van Runhaar e.a. (2009) en ontwikkeling van een stimulerende werkomgeving)."
                " • Wit: Zie flip-over. Welke nieuwe opdracht formuleren we voor onszelf? MT leden Denken Doen"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.5 Kleuren van verandering, Figuur 14",
            (
                "Geeldruk – Socio-politiek Bijvoorbeeld standpunten uitwisselen, gezamenlijk visie ontwikkelen, "
                "draagvlak creëren. Blauwdruk – Projectmatig Bijvoorbeeld sturen; taken, rollen; bevoegdheden; "
                "controle. Rooddruk – HR benadering Bijvoorbeeld talenten aanboren, kansen creëren, belonen. "
                "Groendruk – Leerbenadering Bijvoorbeeld experimenteren, leercycli doorlopen, feedback geven. Witdruk"
                " – Complexiteitsbenadering Bijvoorbeeld chaos, herkennen van patronen, betekenisgeving. Figuur 14 "
                "Veranderen in vijf kleuren"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.5 Kleuren van verandering, Mogelijk effect",
            (
                "De deelnemers aan leerwerkgemeenschappen kunnen de theorie gebruiken om problemen of plannen "
                "gezamenlijk vanuit achtereenvolgens verschillende perspectieven te bekijken."
            ),
        ),
    ),
    "bouwen-en-verduurzamen-van-leerwerkgemeenschappen": (
        Excerpt(
            "leerwerkgemeenschappen",
            "Figuur 10 Bouwen en verduurzamen van leerwerkgemeenschappen",
            (
                "Engeström onderscheidt vier gebieden waarop ontwikkeling plaats zou kunnen vinden. Wij hebben als "
                "onderzoekers de reflecties in de changelab bijeenkomsten in dit theoretisch kader geplaatst. Van "
                "Naar Productie: Zelfbetrokkenheid / referentie. Defensieve mechanismen. Versplintering. Single loop "
                "en Double loop leren. Productieve mechanismen. Verbinding. Consumptie Roddels. Frustratie. "
                "Klaagcultuur. Externe oriëntatie. Persoonlijke ontwikkeling. Collectief leren. Onderlinge steun. "
                "Uitwisseling Leraren, teamleiders en directie hebben uitwisseling in de horizon- tale dimensie. Er "
                "zijn ongeschreven regels. Er is kliekvorming. Uitwisseling staat vooral in het teken van wantrouwen."
                " Er worden klachten en bezwaren uitgewisseld. Er is uitwisseling op de horizontale en verticale "
                "dimensie. Er zijn expliciete regels over wat goed werk is. Er zijn professionele netwerken: "
                "projectteams, intervisiegroepen en onderzoeksgroepen. Uitwisseling is vooral gericht op sociale "
                "cohesie en het geven van vertrouwen. Er worden complimenten uitgewisseld. Distributie Studiedagen "
                "georganiseerd door de leiding. Individuele leraar zoekt zijn heil in de lerarenkamer. Externe "
                "sturing – Adhocratie. Conferenties georganiseerd door professionele groepen. Individuele leraar "
                "vindt een voedingsbodem in professionele groepen. Zelfsturing en productieve frictie. Figuur 10 "
                "Bouwen en verduurzamen van leerwerkgemeenschappen"
            ),
        ),
    ),
    "zes-subruimtes-coenders": (
        Excerpt(
            "leerwerkgemeenschappen",
            "Ontwerpprincipes, Figuur 5b",
            (
                "2 Arrangeer een multifunctionele ruimte en gebruik daarvoor zes leeroriëntaties als ontwerp- "
                "richtlijnen (zie figuur 5a en figuur 5b). 3 Faciliteer met waardering voor de sociale setting en "
                "geef feedback. 4 Zoek naar collectieve balans/zelfbalans door het werk op een lerende manier te "
                "organiseren. Figuur 5a Ontwikkelingsruimte en de factoren die haar beïnvloeden106 Dimensie A "
                "Dimensie B Leeroriëntatie Subruimte Synchroniciteit Reflexiviteit Idee Denkruimte Reflexiviteit "
                "Finaliteit Concept Oplossingsruimte Finaliteit Regulativiteit Afstemming Beslisruimte Regulativiteit"
                " Synchroniciteit Afspraak Speelruimte Synchroniciteit Finaliteit Opbrengst Werkruimte Reflexiviteit "
                "Regulativiteit Betekenis Gespreksruimte Figuur 5b Zes leeroriëntaties en subruimtes van "
                "ontwikkelingsruimtes"
            ),
        ),
    ),
    "tegeltjes-aan-de-muur": (
        Excerpt(
            "leerwerkgemeenschappen",
            "5.3 Tegeltjes aan de muur",
            (
                "5.3 Tegeltjes aan de muur In deze paragraaf zijn de reflecties met teamleiders en directieteamleden "
                "opgenomen in de vorm van tegeltjeswijsheden. We verklaren ze nader in korte bondige teksten en "
                "citaten. 1 Stap uit de cirkel en ontdek wat er buiten is 2 Pak de ruimte binnen de kaders 3 De regel"
                " is niet de oplossing 4 Ontwikkelen laat zich niet regelen 5 Hoor de vele stemmen 6 In de "
                "belemmering schuilt de kans 7 Samen is meer 8 Van buiten leren 10 Spanning vraagt om ontspanning 11 "
                "Zie elkaar staan 12 Geef ruimte en vraag wat de ruimte oplevert 13 Dien elkaar 14 Onderzoek, verken "
                "en probeer uit 15 Ik, de ander en wij samen 16 Durf los te laten 17 Verleid jezelf en de ander tot "
                "beweging 18 Ben elkaars vangnet 19 De dialoog is als een mooie, prikkelende spiegel 20 Vertrouw op "
                "het hier en nu"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "5.3 Tegeltjes aan de muur",
            "9 Nodig de ander uit",
        ),
    ),
    "betrokkenheidsmodel": (
        Excerpt(
            "leerwerkgemeenschappen",
            "7.6 Betrokkenheidsmodel",
            (
                "7.6 Betrokkenheidsmodel Betrokkenheid van leraren blijkt een belangrijke factor te zijn bij "
                "schoolontwikkeling en de invulling ervan, en is dus van belang bij het met elkaar leren en "
                "uitwisselen. Het betrokkenheids model biedt een basis voor het stellen van een diagnose van de "
                "actuele situatie van de betrokkenen."
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.6 Betrokkenheidsmodel, Figuur 15",
            (
                "Fasen Mogelijke interventies Zelfbetrokken heid • Lezingen/workshops (binnen en buiten de school). •"
                " Voorzien van adequate informatie via diverse bronnen, bijvoorbeeld de ELO. • Elkaar informeren "
                "binnen de school. • Op gang brengen van meningsvorming door middel van informe le gesprekken. • "
                "Ingaan op behoefte aan individueel contact met directie, afdeling en/of teamleiders. • Vermijden van"
                " te vroege evaluatieve uitspraken (door ouders, in spec tie en begeleiders). • Verzamelen van "
                "bestaand materiaal/input via internet. • Contacten in werkgroepen of kleine groepen stimuleren. • "
                "Informele gesprekken met collega’s uit andere school stimuleren. • Aangepaste informatie doorspelen;"
                " signaleren van professionaliserings initiatieven. • Tijdsdruk zoveel mogelijk vermijden. "
                "Taakbetrokken heid • Voorzien van de nodige input en materiaal. • Uitbreiden van mogelijkheden van "
                "ondersteuning. • Verzamelen van voorbeeldmateriaal en -procedu res uit andere scho len en via "
                "internet. • Tot stand brengen van ontwikkel- of werkgroepen binnen teams. → • Flexibel omgaan met "
                "tijd en bezetting met het oog op werkoverleg. • Contacten met begeleiders voor onderzoek van "
                "evaluatiemogelijk he den. • Informele gesprekken met inspectie, bestuur en ouders. Ander (collega-) "
                "betrokken heid • Duidelijke afspraken inzake opdrachten en uitvoering. • Delegeren van bepaalde "
                "taken. • Duidelijk structureren van verantwoordelijkhe den (deze kunnen veranderen na verloop van "
                "tijd). • Activiteiten om vaardigheden van de leraren als functionerend lid van een organisatie te "
                "verbe teren (verbeteren van communica tie vaardigheden; oefeningen om doelen te verantwoorden en te "
                "ver duidelijken; oefeningen om conflicten op te los sen; oefeningen om proble men meer efficiënt op "
                "te lossen en om meer efficiënt beslissingen te nemen; oefeningen om gevolg van eigen activitei ten "
                "te evalueren). Figuur 15 Betrokkenheid"
            ),
        ),
    ),
    "betrokkenheidsmodel-kaartjes": (
        Excerpt(
            "leerwerkgemeenschappen",
            "7.6 Betrokkenheidsmodel, Principes",
            (
                "• Kan ik dit wel aan? • Doe ik het dan niet goed? • Ik heb nu alles net zo goed voor elkaar en moet "
                "ik nu wéér veranderen? • Voor de ontwikkeling die nu wordt voorgesteld, ben ik niet opgeleid. • "
                "Hoeveel extra tijd kost het me en haal ik dat er straks weer uit? • Door mee te werken bestaat de "
                "kans dat ik mijn prestige verlies ten opzichte van mijn collega’s. • Wat voor daadwerkelijke hulp "
                "kan ik verwachten? • Dat doen we zo toch altijd, al jaren. • Ik wil wel, maar ik heb toch geen "
                "inbreng. • Ik heb het nooit geleerd. • De jongeren moeten het maar doen, die zijn ervoor opgeleid."
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.6 Betrokkenheidsmodel, Principes",
            (
                "• Zijn de inrichting en de organisatie van wat als nieuw wordt voorgesteld, wel efficiënt? • Staat "
                "de geïnvesteerde tijd wel in verhouding tot de resultaten die behaald moeten worden? • Worden mijn "
                "leerlingen wel beter van de ingevoerde vernieuwingen? • We missen het materiaal om de vernieuwing "
                "mogelijk te maken. • De vernieuwing gaat hier veel te vlug. • Ik weet niet hoe ik alle activiteiten "
                "moet voorbereiden en organiseren. • Het kost ons heel veel energie. • Hoe moeten we dat praktisch "
                "organiseren?"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.6 Betrokkenheidsmodel, Principes",
            (
                "• Wanneer een verandering wordt ingevoerd, zijn het steeds dezelfde personen die zich engageren. • "
                "Het is soms zeer moeilijk om met een ander persoon van gedachten te wisselen over de verandering. • "
                "Wat mag er nog van collega’s gevraagd worden in verband met de samenwerking van de groep? • "
                "Bemerkingen of andere interpretaties worden door mijn collega’s niet in dank afgenomen. • Ik heb "
                "zorgen over de samenwerking met andere collega’s."
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.6 Betrokkenheidsmodel",
            "7.6 Betrokkenheidsmodel",
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.6 Betrokkenheidsmodel, Principes",
            (
                "In eerste instantie zal een betrokkene (dit is een persoon die met schoolontwikkeling in welke vorm "
                "dan ook te maken krijgt) zich dikwijls afvragen wat de schoolontwikkeling voor hem of haar betekent."
                " Veel gehoorde overwegingen zijn dan de volgende."
            ),
        ),
    ),
    "achtbaan": (
        Excerpt(
            "leerwerkgemeenschappen",
            "7.4 De Achtbaan",
            (
                "7.4 De Achtbaan Rijkschroeff en Van Roosmalen130 hebben met het instrument de Achtbaan inzichtelijk "
                "gemaakt hoe de cyclus van beleidsontwikkeling dient te verlopen in een schoolorganisatie. De "
                "Achtbaan helpt bij het structureren van het proces van strategische beleidsvorming. Wie heeft welke "
                "verantwoordelijkheid en op welk moment in het jaar moet welk product af zijn?"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.4 De Achtbaan, Figuur 13 Achtbaanmodel",
            (
                "Strategisch denken en handelen: een opeenvolging van vragen, antwoorden en producten Missie: Wat "
                "willen we? Extern: Intern: Wat mogen/moeten we? Wat kunnen we? Figuur 13 Achtbaanmodel"
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.4 De Achtbaan, Toepassingen",
            "Waar zitten we nu in de Achtbaan? Wat is er al gedaan? Wat nemen we waar?",
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "7.4 De Achtbaan, Figuur 13 Achtbaanmodel",
            (
                "Conclusies aangaande wijzigingen Huidige strategische positie Welke wijzigingsvoorstellen zijn er? "
                "Wat gaan we doen? Jaarverslag Hoofdlijnennotitie Afweging Beslissing Wat gaan we komend jaar doen? "
                "Zijn er tussentijdse bijstellingen nodig? Jaarbeleidsplan Overleg aan de hand van tussentijdse "
                "evaluatiesWat doen we/hoe doen we het? Hoe verloopt de implementatie Wat gebeurt er?Deelplannen "
                "Implementatie in het primaire procesZijn de plannen bekend en uitvoerbaar?"
            ),
        ),
    ),
    "gemeenschapsgestuurd-leren": (
        Excerpt(
            "leerwerkgemeenschappen",
            "2.6, Figuur 2",
            (
                "Op basis van enkele designstudies werkte hij een aantal richtlijnen uit voor een meer "
                "gemeenschapsgestuurde benadering van het leren."
            ),
        ),
        Excerpt(
            "leerwerkgemeenschappen",
            "2.6, Figuur 2",
            (
                "Groepsactiviteiten (inclusief begeleider) Begeleider Aanloopfase Deelnemers expliciteren rol, "
                "positie en verwachtingen. Ze bespreken individuele en collectieve interesses en leerdoelen. Ze maken"
                " een gezamenlijke leeragenda. Introductie van de deelnemers in de manier van werken. Startfase "
                "Deelnemers geven vorm aan leertaken. Ondersteuning bij het vormgeven van taken en groepsprocessen. "
                "De competentie van de groep om dit al dan niet zelfstandig te doen, bepaalt of de begeleider zich "
                "terugtrekt. Middenfase Deelnemers werken aan leertaken. Ze reflecteren op de werkwijze om zo nodig "
                "aanpassingen te kunnen maken gebaseerd op participatie en interactie, aard van leeractiviteiten, "
                "wenselijke strategieën van deelnemers en benodigde rollen om het gezamenlijk leren te faciliteren. "
                "Eindfase Aandacht verschuift van het werken aan leertaken naar kritische reflectie. Afronding van "
                "werkzaamheden. Actieve deelname om de groep te begeleiden en te informeren over de wijze waarop de "
                "leertaak kan worden afgerond en opgeleverd. Figuur 2 Richtlijnen voor een gemeenschapsgestuurde "
                "benadering van leren"
            ),
        ),
    ),
    "dialoog-debat-discussie": (
        Excerpt(
            "leerwerkgemeenschappen",
            "7.8 Dialoog",
            (
                "Principes We maken de principes van dialoog duidelijk aan de hand van de verschillen met debat en "
                "discussie. Dialoog Debat Discussie Verkennend Antwoord op stelling Oplossing van de sterkste Ruimte "
                "voor context Pro en contra Twee of meer opties Onderzoekend Stellingen Meningen tegenover elkaar "
                "Coöperatief Competitief Competitief Openend proces Sluitend proces Sluitend proces Vrouwelijke "
                "benadering Mannelijke benadering Mannelijke benadering Rechterhersenhelft Linkerhersenhelft "
                "Linkerhersenhelft Figuur 17 Debat, dialoog en discussie Mogelijk effect De dialoog gaat uit van "
                "aansluiten bij elkaar in het gesprek, onderzoekend zijn naar de ander, je oordeel uit te stellen, "
                "met elkaar de verantwoording nemen en aangaan om een vraag of dilemma te verkennen en te verdiepen. "
                "In debat en discussie wordt vaak oppositie en tegenstelling opge- roepen. Dit werkt contraproductief"
                " in het proces van kennisconstructie. Daarom is het van belang gericht te kiezen voor de vorm van "
                "dialoog voeren met elkaar en daar ook bewust op te sturen. Toepassing Toepassen van dialoog en het "
                "creëren van de juiste omstandigheden. • Ga in een kring zitten. • Stel je oordeel uit. • Spreek "
                "reacties op anderen niet meteen uit. • Luister vooral. • Wees op je gemak met stilte. • Spreek "
                "vanuit je hart. • Voel je verantwoordelijk voor het proces. • Je voert een dialoog om te leren. • "
                "Voel je niet meer of minder dan een ander. • Heb geduld met het proces."
            ),
        ),
    ),
    "zeven-bouwstenen": (
        Excerpt(
            "bouwstenen",
            "Inleiding",
            "Bouwstenen zijn zowel als succes- en faalfactor te zien.",
        ),
        Excerpt(
            "bouwstenen",
            "Inleiding",
            (
                "De volgende stap in het actieonderzoek is het inzetten van de bouwstenen als analysemodel, door met "
                "betrokkenen bij een lopende innovatie in kaart te brengen in welke mate een bouwsteen aanwezig is en"
                " waar een interventie mogelijk relevant is."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "Zeven bouwstenen voor innovatie 1. Werken vanuit een gezamenlijk aanstekelijk doel Innovatieteam: de"
                " groepsleden besteden aandacht aan het expliciteren van het doel waar ze naartoe werken en doen dit "
                "in afstemming met de omgeving. Het doel is ontwikkelingsgericht geformuleerd en gebaseerd op een "
                "gedeeld beeld van het achterliggende vraagstuk. Vanuit dit doel is helder waartoe de innovatie bij "
                "de verschillende doelgroepen moet leiden (bijv. door doelen per doelgroep te formuleren). Aanvullend"
                " is er een gezamenlijke opvatting over de oplossingsrichting en de manier om daar te komen (het "
                "proces). Het doel geeft een gevoel van focus en structuur in het proces, en energie om aan de slag "
                "te blijven. Gedurende het proces wordt regelmatig gereflecteerd met de omgeving of het doel nog "
                "relevant is en het proces bijdraagt aan het bereiken hiervan."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "Omgeving: bij het expliciteren van het doel leveren relevante stakeholders hun input en bijdrage. De"
                " omgeving ervaart de urgentie en relevantie van het doel en onderschrijft de manier waarop het "
                "innovatieteam tot een oplossing wil komen. Gedurende het proces geven de relevante stakeholders "
                "feedback aan het innovatieteam of het doel dichterbij komt."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "2. Bundelen van de aanwezige talenten en expertise Innovatieteam: er is zicht op welke expertise en "
                "talenten nodig zijn om het doel te bereiken. De groepsleden zijn op de hoogte van elkaars expertise "
                "en talenten, en benutten deze diversiteit om van elkaar te leren. Gedurende het proces is gericht "
                "aandacht voor wie de meest passende expertise heeft voor dat moment. Deze collega’s krijgen ook de "
                "ruimte om juist dan invloed te nemen op het proces. Regelmatig wordt ook de expertise uit de "
                "omgeving benut, als aanvulling voor missende expertise in de groep of als kritische vriend (om bijv."
                " blinde vlekken te voorkomen)."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "Omgeving: er is gelegenheid voor individuele professionalisering voor de leden van het "
                "innovatieteam, bijvoorbeeld het volgen van een opleiding of het bezoeken van een lezing. Aanvullend "
                "biedt de omgeving haar expertise aan, bijvoorbeeld door het delen van wetenschappelijke inzichten, "
                "goede voorbeelden en relevante ontwikkelingen zoals wetswijzigingen."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "3. Aandacht voor het samenwerkingsproces en de relatie Innovatieteam: de groepsleden hebben een "
                "professionele verstandhouding met elkaar, waarbij er oog is voor het proces en de relatie. Ook is er"
                " ruimte om elkaar feedback te geven. Er wordt met enige regelmaat gereflecteerd (eventueel met "
                "behulp van een methode) op de kwaliteit van het samenwerkingsproces, aan de hand van vragen als; "
                "Doen we het samen goed? Hebben we het naar ons zin? Krijgt iedereen voldoende ruimte? En krijgen we "
                "energie van wat we doen?"
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "Omgeving: wanneer nodig schakelt het innovatieteam externe hulp in om het proces te ondersteunen "
                "(denk bijv. aan een procesbegeleider). Aanvullend zijn er tussen de omgeving (stakeholders) en het "
                "innovatieteam regelmatig momenten waarbij de samenwerking en relatie geëvalueerd worden."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "4. Onderzoekende en waarderende houding van alle betrokkenen Innovatieteam: de groepsleden zijn "
                "gericht op wat de best mogelijke oplossing is voor alle betrokkenen (i.p.v. de snelle of makkelijke "
                "oplossing). Er wordt erkend dat lastige vraagstukken om een onderzoekende houding vragen: het "
                "benutten van meerdere perspectieven, nieuwe dingen uitproberen in de praktijk en reflecteren op wat "
                "werkt. Daarbij heeft de groep niet alleen oog voor problemen en uitdagingen, maar ook voor successen"
                " en kansen. Gedurende het proces is er, samen met de omgeving, regelmatig aandacht voor de inzichten"
                " die tot nu toe zijn opgedaan. Dit zijn zowel inzichten over wat tot het gewenste resultaat leidt, "
                "als welke vraagstukken er nog spelen."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "Omgeving: de omgeving toont interesse in wat het innovatieteam doet en tot welke resultaten dit "
                "leidt. Er is ruimte om te experimenteren. Dit houdt in dat de omgeving niet verwacht dat er op korte"
                " termijn tastbare resultaten volgen, maar dat er stappen gezet worden die inzicht geven in wat wel "
                "en niet werkt. De nieuwe dingen die het innovatieteam probeert, worden nieuwsgierig benaderd en niet"
                " argwanend bekeken."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "5. Mogelijkheid om samen te werken Innovatieteam: de groepsleden zoeken elkaar regelmatig op. Dit "
                "zijn niet alleen momenten waarop overlegd wordt. Er wordt ook gewerkt met elkaar in het ‘primaire "
                "proces’, daar waar de verbetering/vernieuwing zich op richt. De groep werkt ook samen met relevante "
                "betrokkenen, bijvoorbeeld door informatie bij de doelgroep op te halen (over wat wel en niet werkt) "
                "en met ze na te denken over oplossingen. Het innovatieteam houdt oog voor kansen om met mensen uit "
                "de omgeving samen te werken."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "Omgeving: er zijn faciliteiten (tijd en middelen) aanwezig om de samenwerking van het innovatieteam "
                "makkelijk mogelijk te maken. Aanvullend nodigt de omgeving het innovatieteam uit hen op de hoogte te"
                " houden en te betrekken. Bijvoorbeeld door te communiceren over de voortgang en door stakeholders "
                "mee te laten denken en onderzoeken. De omgeving blijft contact houden met het innovatieteam en wijst"
                " hen op kansen tot samenwerken met anderen."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "6. Contact met relevante betrokkenen Innovatieteam: de teamleden hebben oog voor wie de innovatie "
                "consequenties heeft, en op welke manier en welk moment deze mensen (bijvoorbeeld collega’s, "
                "partners, jongeren en ouders) het beste betrokken kunnen worden. De doelgroep is in het bijzonder "
                "belangrijk, in het onderwijs zijn dit uiteraard de leerlingen. Dit kunnen aanvullend ook andere "
                "groepen, zoals ouders, docenten of mentoren zijn, afhankelijk van de betreffende innovatie. De leden"
                " van het innovatieteam zien de betrokkenen niet als een passief object die de innovatie ondergaan, "
                "maar als subjecten met wie ze samenwerken om tot de innovatie te komen (co-creatie). Het "
                "innovatieteam maakt een bewuste keuze in hoe ze in contact zijn met de relevante betrokkenen, dat "
                "kan gaan van informeren over de voortgang tot co-creatie."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "Omgeving: de omgeving is primair geïnteresseerd in welke verbetering de innovatie oplevert voor de "
                "doelgroep. Samen met het innovatieteam is er een gezamenlijk concreet beeld over wat positieve "
                "opbrengsten zijn, bijvoorbeeld wat het betekent dat het onderwijs passender voor de leerlingen is of"
                " nog beter samen te werken met ouders. De doelgroep is hierin een gesprekspartner."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "7. Delen wat werkt Innovatieteam: gedurende het proces (en zeker als afsluiting) is er aandacht voor"
                " het delen van successen en inzichten met relevante betrokkenen en andere geïnteresseerden "
                "(bijvoorbeeld collega-scholen). Aanvullend wordt de omgeving uitgenodigd aan te geven wat zij met "
                "deze inzichten heeft gedaan en wat dit weer opleverde."
            ),
        ),
        Excerpt(
            "bouwstenen",
            "Zeven bouwstenen voor innovatie",
            (
                "Omgeving: geïnteresseerden uit de omgeving nodigen het innovatieteam uit om hun inzichten met ze te "
                "delen. De geïnteresseerden koppelen terug naar het innovatieteam wat ze hiermee doen, wat het ze "
                "heeft opgeleverd en welke vragen er nog openliggen."
            ),
        ),
    ),
}
