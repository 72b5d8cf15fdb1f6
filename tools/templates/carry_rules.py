"""Carry-forward rules per method: which results start which later board (see boards.trajectory)."""

CARRY_FORWARD: dict[str, list[dict]] = {
    "verbetering-in-beeld": [
        # "De pijnpunten worden gedefinieerd, gegroepeerd en gewaardeerd aan de hand van twee matrices: de
        # Procesmatrix en de Werkdruk-frequentiematrix" (Brainstorm 1); the case text places the same
        # onderwerpen in the matrix with two dimensions.
        *(
            {
                "from": "brainstorm",
                "to": matrix,
                "mode": "notes",
                "from_zones": ["waar-zit-de-pijn-als-het-gaat-om-het-thema-werkdruk"],
                "category": "pijnpunt",
                "role": "sort",
                "note": note,
            }
            for matrix, note in (
                (
                    "werkdruk-frequentiematrix",
                    "De pijnpunten worden gegroepeerd en gewaardeerd in de Werkdruk-frequentiematrix.",
                ),
                ("procesmatrix-stappenplan", "De pijnpunten worden gegroepeerd en gewaardeerd in de Procesmatrix."),
                ("procesmatrix", "De onderwerpen worden geplaatst in de matrix met twee dimensies."),
            )
        ),
        {
            "from": "vsm-schema",
            "to": "problemen-lokaliseren",
            "mode": "notes",
            "from_zones": ["datazijde"],
            "category": "probleem",
            "role": "sort",
            "note": "De problemen aan de datazijde van de VSM worden ingedeeld in Voorbereiding, Uitvoering en "
            "Evaluatie/reflectie.",
        },
        {
            "from": "problemen",
            "to": "problemen-lokaliseren",
            "mode": "notes",
            "category": "probleem",
            "role": "sort",
            "note": "De problemen van het postervel Problemen worden ook ingedeeld.",
        },
        {
            "from": "vsm-schema",
            "to": "ideeen-genereren",
            "mode": "notes",
            "from_zones": ["datazijde"],
            "category": "idee",
            "only_category": True,
            "role": "sort",
            "note": "De ideeën (wolken) aan de datazijde van de VSM komen in het kwadrant Ideeën genereren.",
        },
        {
            "from": "ideeen",
            "to": "ideeen-genereren",
            "mode": "notes",
            "category": "idee",
            "role": "sort",
            "note": "De ideeën van het postervel Ideeën komen in het kwadrant Ideeën genereren.",
        },
        {
            "from": "problemen-lokaliseren",
            "to": "ideeen-genereren",
            "mode": "notes",
            "category": "probleem",
            "role": "answer",
            "note": "Bij ieder probleem minstens één idee.",
        },
        {
            "from": "ideeen-genereren",
            "to": "actiepunten",
            "mode": "chosen_to_actions",
            "link": "idea",
            "note": "De gekozen ideeën worden actiepunten met een initiatiefnemer.",
        },
    ],
    "vernieuwend-werken": [
        {
            "from": "wie-zijn-blij-als",
            "to": "brown-paper-nieuwe-mogelijkheden",
            "mode": "notes",
            "role": "sort",
            "note": "De bedoeling per stakeholder is het vertrekpunt voor nieuwe mogelijkheden.",
        },
        {
            "from": "brown-paper-nieuwe-mogelijkheden",
            "to": "beleidsthema-inventarisatie",
            "mode": "chosen_notes_per_session",
            "to_zones": ["beleidsthema"],
            "note": "Ieder gekozen thema krijgt een eigen inventarisatievel.",
        },
        {
            "from": "beleidsthema-inventarisatie",
            "to": "samenvatting-beleidsthemas",
            "mode": "selected_to_rows",
            "from_zones": ["initiatief-1", "initiatief-2"],
            "to_zones": ["beleidsthemas", "geselecteerde-vernieuwende-intitatieven"],
            "note": "Per beleidsthema de twee geselecteerde initiatieven.",
        },
    ],
    "design-thinking-lean": [
        {
            "from": "procesplaat-1",
            "to": "rapportageproces",
            "mode": "chosen_zone_subject",
            "dot_kind": "werkdruk",
            "note": "Het gekozen proces (voorstel: de meeste werkdruk) wordt in de workshops uitgewerkt.",
        },
        {
            "from": "procesplaat-1",
            "to": "verbeterplan",
            "mode": "chosen_zone_subject",
            "dot_kind": "werkdruk",
            "note": "Het verbeterplan hoort bij het gekozen proces.",
        },
    ],
}
