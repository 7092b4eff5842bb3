"""Demo press room: press releases and opinion pieces on the subjects of the organisation's plan.

Subjects come from the seeds (housing discrimination and correspondence tests, diversity in
school staff, inclusive vacancies with Hands-on-Inclusion, local policy participation, nuanced
media imaging, an anti-racism action plan). Outlet links point at example.org on purpose.

Texts and rows only: the step that builds the pages from them is in ``press/demo.py``.
"""

import datetime

INDEX = {
    "nl": {
        "title": "Pers",
        "slug": "pers",
        "intro": "Persberichten en opiniestukken van LEVL, en wie je contacteert als journalist.",
        "contact_role": "Woordvoerder",
    },
    "fr": {
        "title": "Presse",
        "slug": "presse",
        "intro": "Communiqués de presse et cartes blanches de LEVL, et qui contacter en tant que journaliste.",
        "contact_role": "Porte-parole",
    },
    "en": {
        "title": "Press",
        "slug": "press",
        "intro": "LEVL's press releases and opinion pieces, and whom to contact as a journalist.",
        "contact_role": "Spokesperson",
    },
}

RELEASES = [
    {
        "slug": "correspondentietesten-woningmarkt",
        "date": datetime.date(2025, 3, 12),
        "themes": ["wonen", "antidiscriminatie-en-antiracisme"],
        "nl": (
            "LEVL vraagt praktijktesten tegen discriminatie op de woningmarkt",
            "Een buitenlandse naam of huidskleur mag niet bepalen of je een woning vindt. LEVL vraagt structurele praktijktesten.",
            "Of je een gezonde en betaalbare woning vindt, mag niet afhangen van je afkomst, taal, naam of verblijfsstatus. Toch tonen correspondentietesten telkens opnieuw dat kandidaat-huurders met een buitenlandse naam minder vaak worden uitgenodigd.",
        ),
        "fr": (
            "LEVL demande des tests de situation contre la discrimination au logement",
            "Un nom étranger ou une couleur de peau ne peut décider de l'accès au logement. LEVL demande des tests structurels.",
            "Trouver un logement sain et abordable ne peut dépendre de l'origine, de la langue, du nom ou du statut de séjour. Les tests de correspondance montrent pourtant que les candidats au nom étranger sont moins souvent invités.",
        ),
    },
    {
        "slug": "diversiteit-onderwijspersoneel",
        "date": datetime.date(2024, 9, 2),
        "themes": ["onderwijs"],
        "nl": (
            "Meer diversiteit bij het onderwijspersoneel: LEVL bundelt inspirerende praktijken",
            "Scholen die leerkrachten met een migratieachtergrond aanwerven en begeleiden, delen hoe ze het aanpakken.",
            "LEVL bundelt de krachten voor een diverse werkvloer in onderwijsinstellingen en maakt inspirerende praktijken bekend bij jongeren en volwassenen die overwegen om zelf in het onderwijs te starten.",
        ),
        "fr": (
            "Plus de diversité parmi le personnel enseignant : LEVL rassemble des pratiques inspirantes",
            "Des écoles qui recrutent et accompagnent des enseignants issus de l'immigration partagent leur approche.",
            "LEVL unit les forces pour des équipes diversifiées dans l'enseignement et fait connaître des pratiques inspirantes aux jeunes et adultes qui envisagent d'enseigner.",
        ),
    },
    {
        "slug": "hands-on-inclusion-inclusieve-vacatures",
        "date": datetime.date(2025, 5, 20),
        "themes": ["werk"],
        "nl": (
            "Hands-on-Inclusion: bedrijven schrijven inclusievere vacatures",
            "Met bootcamps, actieplannen op maat en good practices helpt LEVL werkgevers hun personeelsbeleid inclusiever te maken.",
            "Samen met VERSO en tewerkstellingspartners ondersteunt LEVL bedrijven en sociale ondernemingen bij de opmaak van inclusieve vacatures en concrete instroomacties.",
        ),
        "fr": None,
    },
    {
        "slug": "beleidsparticipatie-lokale-besturen",
        "date": datetime.date(2024, 11, 18),
        "themes": ["beleidsparticipatie"],
        "nl": (
            "Lokale besturen versterken de beleidsparticipatie van inwoners met een migratieachtergrond",
            "Burgerpanels, focusgroepen en sleutelfiguren: zo laten gemeenten meer inwoners meedenken over hun beleid.",
            "LEVL ondersteunt lokale actoren om beleidsparticipatie en actief burgerschap te bevorderen, in afstemming met het Agentschap Integratie en Inburgering en de VVSG.",
        ),
        "fr": None,
    },
]

OPINIONS = [
    {
        "slug": "een-naam-mag-je-woning-niet-bepalen",
        "date": datetime.date(2025, 2, 4),
        "themes": ["wonen"],
        "outlet": "De Standaard",
        "author": "Directie LEVL",
        "nl": (
            "Een naam mag niet bepalen waar je woont",
            "Discriminatie op de huurmarkt is geen incident maar een structureel probleem dat om structurele antwoorden vraagt.",
            "Wie een woning zoekt met een buitenlandse naam, moet vaker bellen, vaker mailen en vaker wachten. Dat remt volwaardige participatie af en tast de menswaardigheid aan.",
        ),
        "fr": (
            "Un nom ne peut décider de l'endroit où l'on vit",
            "La discrimination sur le marché locatif n'est pas un incident mais un problème structurel qui appelle des réponses structurelles.",
            "Quiconque cherche un logement avec un nom étranger doit appeler plus souvent, écrire plus souvent et attendre plus longtemps. Cela freine la participation et porte atteinte à la dignité.",
        ),
    },
    {
        "slug": "superdiversiteit-genuanceerd-in-beeld",
        "date": datetime.date(2024, 6, 14),
        "themes": ["beeldvorming-en-media"],
        "outlet": "Knack",
        "author": "Stafmedewerker media en beeldvorming, LEVL",
        "nl": (
            "Superdiversiteit verdient genuanceerde beeldvorming, voor en achter de schermen",
            "Eerlijke berichtgeving over onze samenleving begint bij wie de verhalen maakt.",
            "Een genuanceerde beeldvorming kan enkel mits gelijkwaardige en evenredige participatie van mensen met een buitenlandse herkomst in de media.",
        ),
        "fr": None,
    },
    {
        "slug": "actieplan-tegen-racisme",
        "date": datetime.date(2025, 3, 21),
        "themes": ["antidiscriminatie-en-antiracisme"],
        "outlet": "De Morgen",
        "author": "Directie LEVL",
        "nl": (
            "Een actieplan tegen racisme is geen luxe",
            "Op de internationale dag tegen racisme vraagt LEVL een plan met meetbare doelen.",
            "Discriminatie en racisme zijn voor veel mensen met een buitenlandse herkomst een dagelijkse realiteit. Een samenleving waarin niet je kleur maar je competenties je kansen bepalen, vraagt een plan met meetbare doelen.",
        ),
        "fr": (
            "Un plan d'action contre le racisme n'est pas un luxe",
            "À l'occasion de la journée internationale contre le racisme, LEVL demande un plan aux objectifs mesurables.",
            "Pour beaucoup de personnes issues de l'immigration, la discrimination et le racisme sont une réalité quotidienne. Une société où vos compétences, et non votre couleur, décident de vos chances exige un plan mesurable.",
        ),
    },
    {
        "slug": "arbeidsmarkt-als-spiegel",
        "date": datetime.date(2023, 10, 10),
        "themes": ["werk"],
        "outlet": "Bruzz",
        "author": "Directie LEVL",
        "nl": (
            "Onze arbeidsmarkt moet de samenleving weerspiegelen",
            "Om de werkzaamheidsgraad te verhogen, moet de etnische kloof op de arbeidsmarkt dicht.",
            "Sectoren en bedrijven moeten in hun personeelsbestand een correcte afspiegeling vormen van de superdiverse bevolking. Iedereen moet de kans krijgen om een kwaliteitsvolle job te vinden.",
        ),
        "fr": None,
    },
]
