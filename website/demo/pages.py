"""Texts of the organisation's fixed pages in Dutch, French and English (from shared/seeds)."""

STANDARD_PAGES = [
    (
        "over-ons",
        {"menu": True},
        {
            "nl": {
                "title": "Over ons",
                "slug": "over-ons",
                "intro": "LEVL is een onafhankelijke organisatie die werkt aan een inclusieve samenleving, waar iedereen evenredig en evenwaardig kan participeren.",
                "body": [
                    ("heading", "Visie"),
                    (
                        "paragraph",
                        "<p>Wij streven naar een samenleving waar mensen met elkaar en niet naast elkaar leven, waar mensen erkend worden in hun meerlagige identiteit en in hun actieve bijdrage aan de samenleving, waar gelijke kansen en gelijke uitkomsten centraal staan en waar discriminatie en racisme geen plaats hebben.</p>",
                    ),
                    ("heading", "Missie"),
                    (
                        "paragraph",
                        "<p>We werken aan een evenredige en evenwaardige participatie en komen op voor gelijke kansen en gelijke uitkomsten van personen met een migratieachtergrond binnen alle levens- en beleidsdomeinen. De mensenrechten zoals opgenomen in het Europees verdrag van de mensenrechten vormen onze gemeenschappelijke sokkel.</p>",
                    ),
                    ("quote", ("Inclusie waarmaken in een superdiverse realiteit.", "Missie van LEVL")),
                ],
            },
            "fr": {
                "title": "Qui sommes-nous",
                "slug": "qui-sommes-nous",
                "intro": "LEVL est une organisation indépendante qui œuvre pour une société inclusive, où chacun peut participer de manière proportionnelle et équivalente.",
                "body": [
                    ("heading", "Vision"),
                    (
                        "paragraph",
                        "<p>Nous aspirons à une société où les gens vivent ensemble et non côte à côte, où chacun est reconnu dans son identité plurielle et dans sa contribution active, où l'égalité des chances et des résultats est centrale et où la discrimination et le racisme n'ont pas leur place.</p>",
                    ),
                    ("heading", "Mission"),
                    (
                        "paragraph",
                        "<p>Nous œuvrons pour une participation proportionnelle et équivalente et défendons l'égalité des chances et des résultats des personnes issues de l'immigration dans tous les domaines de la vie et des politiques. Les droits humains inscrits dans la Convention européenne des droits de l'homme constituent notre socle commun.</p>",
                    ),
                    ("quote", ("Réaliser l'inclusion dans une réalité super-diverse.", "Mission de LEVL")),
                ],
            },
            "en": {
                "title": "About us",
                "slug": "about-us",
                "intro": "LEVL is an independent organisation working for an inclusive society in which everyone can take part equally and equitably.",
                "body": [
                    ("heading", "Vision"),
                    (
                        "paragraph",
                        "<p>We strive for a society where people live with each other rather than side by side, where people are recognised in their layered identity and their active contribution, where equal chances and equal outcomes are central, and where discrimination and racism have no place.</p>",
                    ),
                    ("heading", "Mission"),
                    (
                        "paragraph",
                        "<p>We work for proportional and equitable participation and stand up for equal chances and outcomes for people with a migration background in every area of life and policy. The human rights of the European Convention on Human Rights are our common foundation.</p>",
                    ),
                    ("quote", ("Making inclusion real in a super-diverse society.", "LEVL's mission")),
                ],
            },
        },
    ),
    (
        "onze-werkwijze",
        {"menu": True},
        {
            "nl": {
                "title": "Onze werkwijze",
                "slug": "onze-werkwijze",
                "intro": "In ons gezamenlijk pad naar oplossingen voor meer inclusie zien wij vier stappen als essentieel.",
                "body": [
                    ("heading", "Stap 1: grondige analyse van de problematiek"),
                    (
                        "paragraph",
                        "<p>We vertrekken vanuit de realiteiten van personen met een buitenlandse herkomst. Via burgerpanels, surveys, focusgroepen en 1-op-1-gesprekken krijgen we inzicht in hun noden, drempels en hun visie op oplossingen.</p>",
                    ),
                    ("heading", "Stap 2: partners samenbrengen"),
                    (
                        "paragraph",
                        "<p>We brengen middenveldorganisaties, experten, innovators en overheden samen: een coalitie van de welwillenden die in Vlaanderen en Brussel het verschil wil maken.</p>",
                    ),
                    ("heading", "Stap 3: in actie met adviezen en oplossingspistes"),
                    (
                        "paragraph",
                        "<p>We formuleren constructieve adviezen, behartigen de belangen van de doelgroep en ondersteunen lokale actoren bij beleidsparticipatie.</p>",
                    ),
                    ("heading", "Stap 4: strategische communicatie"),
                    (
                        "paragraph",
                        "<p>We geven zichtbaarheid aan de sterke boodschappen van ons netwerk en inspireren een ruim publiek naar een nieuw normaal waarin inclusie de standaard is.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Notre méthode",
                "slug": "notre-methode",
                "intro": "Sur notre chemin commun vers plus d'inclusion, quatre étapes nous semblent essentielles.",
                "body": [
                    ("heading", "Étape 1 : une analyse approfondie"),
                    (
                        "paragraph",
                        "<p>Nous partons des réalités des personnes d'origine étrangère. Panels citoyens, enquêtes, groupes de discussion et entretiens individuels nous éclairent sur leurs besoins, les obstacles et leur vision des solutions.</p>",
                    ),
                    ("heading", "Étape 2 : réunir les partenaires"),
                    (
                        "paragraph",
                        "<p>Nous réunissons société civile, experts, innovateurs et pouvoirs publics : une coalition de bonnes volontés qui veut faire la différence en Flandre et à Bruxelles.</p>",
                    ),
                    ("heading", "Étape 3 : passer à l'action"),
                    (
                        "paragraph",
                        "<p>Nous formulons des avis constructifs, défendons les intérêts du public cible et soutenons les acteurs locaux en matière de participation politique.</p>",
                    ),
                    ("heading", "Étape 4 : une communication stratégique"),
                    (
                        "paragraph",
                        "<p>Nous donnons de la visibilité aux messages forts de notre réseau et inspirons un large public vers une nouvelle normalité où l'inclusion est la règle.</p>",
                    ),
                ],
            },
            "en": {
                "title": "How we work",
                "slug": "how-we-work",
                "intro": "On our shared path towards more inclusion, we see four steps as essential.",
                "body": [
                    ("heading", "Step 1: a thorough analysis"),
                    (
                        "paragraph",
                        "<p>We start from the realities of people with a foreign background. Citizen panels, surveys, focus groups and one-to-one interviews show us their needs, the barriers they meet and their view of solutions.</p>",
                    ),
                    ("heading", "Step 2: bringing partners together"),
                    (
                        "paragraph",
                        "<p>We bring together civil society, experts, innovators and governments: a coalition of the willing that wants to make a difference in Flanders and Brussels.</p>",
                    ),
                    ("heading", "Step 3: taking action"),
                    (
                        "paragraph",
                        "<p>We formulate constructive advice, represent the interests of the people concerned and support local actors on policy participation.</p>",
                    ),
                    ("heading", "Step 4: strategic communication"),
                    (
                        "paragraph",
                        "<p>We give visibility to the strong messages of our network and inspire a wide public towards a new normal in which inclusion is the standard.</p>",
                    ),
                ],
            },
        },
    ),
    (
        "contact",
        {"menu": True, "footer": True},
        {
            "nl": {
                "title": "Contact",
                "slug": "contact",
                "intro": "Vragen over een toolkit, een advies of samenwerking? Neem contact met ons op.",
                "body": [
                    (
                        "paragraph",
                        '<p>Mail naar <a href="mailto:info@example.org">info@example.org</a> of bel ons tijdens de kantooruren. We antwoorden binnen drie werkdagen.</p>',
                    )
                ],
            },
            "fr": {
                "title": "Contact",
                "slug": "contact",
                "intro": "Une question sur un outil, un avis ou une collaboration ? Contactez-nous.",
                "body": [
                    (
                        "paragraph",
                        '<p>Écrivez à <a href="mailto:info@example.org">info@example.org</a> ou appelez-nous pendant les heures de bureau. Nous répondons dans les trois jours ouvrables.</p>',
                    )
                ],
            },
            "en": {
                "title": "Contact",
                "slug": "contact",
                "intro": "Questions about a toolkit, a piece of advice or working together? Get in touch.",
                "body": [
                    (
                        "paragraph",
                        '<p>Email <a href="mailto:info@example.org">info@example.org</a> or call us during office hours. We reply within three working days.</p>',
                    )
                ],
            },
        },
    ),
    (
        "privacy",
        {"footer": True},
        {
            "nl": {
                "title": "Privacyverklaring",
                "slug": "privacy",
                "intro": "Hoe wij omgaan met je persoonsgegevens, bijvoorbeeld wanneer je je inschrijft op onze nieuwsbrief.",
                "body": [
                    ("heading", "Welke gegevens"),
                    (
                        "paragraph",
                        "<p>Voor de nieuwsbrief bewaren we je e-mailadres, je taalkeuze, je thema's en het bewijs van je toestemming. We gebruiken die gegevens alleen om je de nieuwsbrief te sturen.</p>",
                    ),
                    ("heading", "Je rechten"),
                    (
                        "paragraph",
                        "<p>Je kan je altijd met één klik uitschrijven, je gegevens opvragen of laten wissen.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Déclaration de confidentialité",
                "slug": "vie-privee",
                "intro": "Comment nous traitons vos données personnelles, par exemple lorsque vous vous abonnez à notre lettre d'information.",
                "body": [
                    ("heading", "Quelles données"),
                    (
                        "paragraph",
                        "<p>Pour la lettre d'information, nous conservons votre adresse e-mail, votre langue, vos thèmes et la preuve de votre consentement. Nous ne les utilisons que pour vous envoyer la lettre.</p>",
                    ),
                    ("heading", "Vos droits"),
                    (
                        "paragraph",
                        "<p>Vous pouvez vous désabonner en un clic, demander vos données ou les faire effacer à tout moment.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Privacy statement",
                "slug": "privacy",
                "intro": "How we handle your personal data, for example when you subscribe to our newsletter.",
                "body": [
                    ("heading", "What data"),
                    (
                        "paragraph",
                        "<p>For the newsletter we keep your email address, your language, your themes and the record of your consent. We use them only to send you the newsletter.</p>",
                    ),
                    ("heading", "Your rights"),
                    (
                        "paragraph",
                        "<p>You can unsubscribe in one click, ask for your data or have it erased at any time.</p>",
                    ),
                ],
            },
        },
    ),
    (
        "toegankelijkheid",
        {"footer": True},
        {
            "nl": {
                "title": "Toegankelijkheidsverklaring",
                "slug": "toegankelijkheid",
                "intro": "Deze website wil voor iedereen bruikbaar zijn en volgt de WCAG 2.1-richtlijnen op niveau AA.",
                "body": [
                    (
                        "paragraph",
                        "<p>We testen elke paginasoort automatisch met axe-core en met het toetsenbord. Loop je toch ergens vast? Laat het ons weten via de contactpagina.</p>",
                    )
                ],
            },
            "fr": {
                "title": "Déclaration d'accessibilité",
                "slug": "accessibilite",
                "intro": "Ce site veut être utilisable par tous et suit les règles WCAG 2.1 au niveau AA.",
                "body": [
                    (
                        "paragraph",
                        "<p>Chaque type de page est testé automatiquement avec axe-core et au clavier. Vous rencontrez un obstacle ? Signalez-le via la page de contact.</p>",
                    )
                ],
            },
            "en": {
                "title": "Accessibility statement",
                "slug": "accessibility",
                "intro": "This website aims to be usable by everyone and follows WCAG 2.1 at level AA.",
                "body": [
                    (
                        "paragraph",
                        "<p>Every page type is tested automatically with axe-core and by keyboard. Still stuck somewhere? Let us know through the contact page.</p>",
                    )
                ],
            },
        },
    ),
]
