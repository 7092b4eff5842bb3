"""Demo toolkits, drawn from the organisation's work (shared/seeds): Hands On Inclusion for
employers, diversity in school staff, support for local policy participation, nuanced media
imaging; with the editors' picks and the home page's ways in. Texts and rows only: the steps that
build the pages from them are in ``toolkits/demo.py``."""

from wagtail.rich_text import RichText

INDEX_SLUG = "toolkits"
INDEX = {
    "nl": {
        "title": "Toolkits",
        "intro": "Pakketten met instrumenten, adviezen, methodes en goede praktijken om inclusie waar te maken, voor werkgevers, het middenveld en lokale besturen.",
    },
    "fr": {
        "title": "Boîtes à outils",
        "slug": "boites-a-outils",
        "intro": "Des outils, conseils, méthodes et bonnes pratiques pour réaliser l'inclusion, pour les employeurs, la société civile et les pouvoirs locaux.",
    },
    "en": {
        "title": "Toolkits",
        "slug": "toolkits",
        "intro": "Packages of tools, advice, methods and good practices to make inclusion real, for employers, civil society and local governments.",
    },
}


def _steps(title, steps):
    return ("steps", {"title": title, "steps": [{"title": t, "text": RichText(f"<p>{x}</p>")} for t, x in steps]})


def _checklist(title, items):
    return ("checklist", {"title": title, "items": items})


def _tool(name, text):
    return ("tool", {"name": name, "description": RichText(f"<p>{text}</p>"), "link": ""})


TOOLKITS = [
    {
        "slug": "inclusief-werven",
        "themes": ["werk", "antidiscriminatie-en-antiracisme"],
        "audiences": ["werkgevers"],
        "sectors": ["zorg-en-welzijn", "industrie", "dienstverlening"],
        "regions": ["vlaanderen", "brussel"],
        "image": "Sollicitatiegesprek",
        "contact": ("Team Hands On Inclusion", "hoi@example.org"),
        "reviewed": "2025-09-01",
        "resources": [
            (
                "Sjabloon inclusieve vacature",
                "nl",
                ["Schrijf functie-eisen die er echt toe doen.", "Vermeld opleidingskansen."],
            ),
            ("Modèle d'offre d'emploi inclusive", "fr", ["Décrivez les exigences vraiment nécessaires."]),
            ("Actieplan inclusief personeelsbeleid", "nl", ["Doelen, acties, timing en verantwoordelijken."]),
        ],
        "nl": {
            "title": "Inclusief werven en selecteren",
            "intro": "Een pakket voor werkgevers die meer talent willen aantrekken en behouden, los van afkomst of naam.",
            "summary": "<p>Gebaseerd op Hands On Inclusion: sensibilisering, bootcamps, actieplannen op maat en ondersteuning bij inclusieve vacatures en instroomacties.</p>",
            "for_whom": "<p>Werkgevers, HR-verantwoordelijken en sociale ondernemingen, ongeacht hun grootte.</p>",
            "what_you_get": "<p>Een stappenplan, een checklist voor vacatures, een sjabloon en een actieplan op maat.</p>",
            "body": [
                _steps(
                    "In vier stappen naar een inclusieve werving",
                    [
                        (
                            "Breng je personeelsbestand in kaart",
                            "Weerspiegelt je team de superdiverse bevolking van je regio?",
                        ),
                        ("Herschrijf je vacatures", "Schrap eisen die niet nodig zijn en vermeld wat je biedt."),
                        ("Verbreed je kanalen", "Werk samen met VDAB, Atlas en lokale organisaties."),
                        (
                            "Selecteer op competenties",
                            "Gebruik gestructureerde interviews en een divers selectiepanel.",
                        ),
                    ],
                ),
                _checklist(
                    "Checklist voor je vacature",
                    [
                        "Heldere taal, geen jargon",
                        "Alleen noodzakelijke diploma-eisen",
                        "Taaleisen afgestemd op de job",
                    ],
                ),
                _tool(
                    "Inclusiescan", "Een korte zelftest die toont waar je organisatie staat en waar je kan beginnen."
                ),
                ("quote", {"quote": "Niet je kleur, maar je competenties bepalen je kansen.", "attribution": "LEVL"}),
            ],
        },
        "fr": {
            "title": "Recruter et sélectionner de manière inclusive",
            "slug": "recruter-de-maniere-inclusive",
            "intro": "Un ensemble d'outils pour les employeurs qui veulent attirer et garder plus de talents, quelle que soit leur origine ou leur nom.",
            "summary": "<p>Basé sur Hands On Inclusion : sensibilisation, bootcamps, plans d'action sur mesure et soutien pour des offres d'emploi inclusives.</p>",
            "for_whom": "<p>Employeurs, responsables RH et entreprises sociales, quelle que soit leur taille.</p>",
            "what_you_get": "<p>Un plan par étapes, une liste de contrôle pour les offres, un modèle et un plan d'action sur mesure.</p>",
            "body": [
                _steps(
                    "Quatre étapes vers un recrutement inclusif",
                    [
                        (
                            "Analysez votre personnel",
                            "Votre équipe reflète-t-elle la population super-diverse de votre région ?",
                        ),
                        ("Réécrivez vos offres", "Supprimez les exigences inutiles et dites ce que vous offrez."),
                        (
                            "Élargissez vos canaux",
                            "Travaillez avec les services de l'emploi et les associations locales.",
                        ),
                        (
                            "Sélectionnez sur les compétences",
                            "Utilisez des entretiens structurés et un jury diversifié.",
                        ),
                    ],
                ),
                _checklist(
                    "Liste de contrôle pour votre offre",
                    [
                        "Langage clair, sans jargon",
                        "Seulement les diplômes nécessaires",
                        "Exigences linguistiques adaptées",
                    ],
                ),
                _tool("Scan d'inclusion", "Un court test qui montre où en est votre organisation et par où commencer."),
                (
                    "quote",
                    {
                        "quote": "Ce ne sont pas vos origines mais vos compétences qui déterminent vos chances.",
                        "attribution": "LEVL",
                    },
                ),
            ],
        },
        "en": {
            "title": "Inclusive recruitment and selection",
            "slug": "inclusive-recruitment",
            "intro": "A package for employers who want to attract and keep more talent, whatever people's origin or name.",
            "summary": "<p>Based on Hands On Inclusion: awareness, bootcamps, tailored action plans and support for inclusive vacancies.</p>",
            "for_whom": "<p>Employers, HR managers and social enterprises of any size.</p>",
            "what_you_get": "<p>A step-by-step plan, a vacancy checklist, a template and a tailored action plan.</p>",
            "body": [
                _steps(
                    "Four steps to inclusive recruitment",
                    [
                        ("Map your workforce", "Does your team mirror the super-diverse population of your region?"),
                        ("Rewrite your vacancies", "Drop requirements you do not need and say what you offer."),
                        ("Widen your channels", "Work with employment services and local organisations."),
                        ("Select on competences", "Use structured interviews and a diverse panel."),
                    ],
                ),
                _checklist(
                    "Checklist for your vacancy",
                    ["Plain language", "Only necessary diplomas", "Language requirements fit the job"],
                ),
                _tool("Inclusion scan", "A short self-test showing where your organisation stands and where to begin."),
                (
                    "quote",
                    {"quote": "Your skills, not your colour, should decide your chances.", "attribution": "LEVL"},
                ),
            ],
        },
    },
    {
        "slug": "diversiteit-onderwijspersoneel",
        "themes": ["onderwijs", "werk"],
        "audiences": ["onderwijsactoren", "beleidsmakers"],
        "sectors": ["onderwijs"],
        "regions": ["vlaanderen", "brussel"],
        "image": "Leraar voor de klas",
        "contact": ("Team Onderwijs", "onderwijs@example.org"),
        "reviewed": "2025-06-15",
        "resources": [
            (
                "Gids divers schoolteam",
                "nl",
                ["Aanwerving, onthaal en begeleiding van leraren met een migratieachtergrond."],
            )
        ],
        "nl": {
            "title": "Meer diversiteit in het onderwijspersoneel",
            "intro": "Inspiratie en instrumenten voor scholen die leraren met een buitenlandse herkomst willen aanwerven en houden.",
            "summary": "<p>Scholen die hun leerlingen weerspiegelen, bieden rolmodellen en begrijpen ouders beter.</p>",
            "for_whom": "<p>Directies, schoolbesturen, lerarenopleidingen en CLB's.</p>",
            "what_you_get": "<p>Een stappenplan voor aanwerving en begeleiding, en inspirerende praktijken.</p>",
            "body": [
                _steps(
                    "Aan de slag in je school",
                    [
                        ("Kijk naar je team", "Hoe divers is je personeel vandaag, en in welke functies?"),
                        ("Werf breder aan", "Erken buitenlandse diploma's en verworven competenties."),
                        ("Begeleid nieuwe collega's", "Voorzie een mentor en ruimte voor taalondersteuning."),
                    ],
                ),
                _checklist(
                    "Checklist onthaal",
                    ["Mentor aangeduid", "Uitleg over de schoolcultuur", "Opvolggesprek na drie maanden"],
                ),
                _tool("Gesprekskaarten", "Kaarten om in het schoolteam te praten over verwachtingen en vooroordelen."),
            ],
        },
        "fr": {
            "title": "Plus de diversité dans le personnel enseignant",
            "slug": "diversite-personnel-enseignant",
            "intro": "Inspiration et outils pour les écoles qui veulent recruter et garder des enseignants d'origine étrangère.",
            "summary": "<p>Les écoles qui reflètent leurs élèves offrent des modèles et comprennent mieux les parents.</p>",
            "for_whom": "<p>Directions, pouvoirs organisateurs, formations d'enseignants et centres PMS.</p>",
            "what_you_get": "<p>Un plan pour le recrutement et l'accompagnement, et des pratiques inspirantes.</p>",
            "body": [
                _steps(
                    "Passer à l'action dans votre école",
                    [
                        (
                            "Regardez votre équipe",
                            "Quelle est la diversité de votre personnel, et dans quelles fonctions ?",
                        ),
                        ("Recrutez plus largement", "Reconnaissez les diplômes étrangers et les compétences acquises."),
                        ("Accompagnez les nouveaux collègues", "Prévoyez un mentor et un soutien linguistique."),
                    ],
                ),
                _checklist(
                    "Liste d'accueil",
                    ["Mentor désigné", "Explication de la culture scolaire", "Entretien de suivi après trois mois"],
                ),
                _tool("Cartes de dialogue", "Des cartes pour parler en équipe des attentes et des préjugés."),
            ],
        },
    },
    {
        "slug": "ondersteuningspakket-beleidsparticipatie",
        "themes": ["beleidsparticipatie"],
        "audiences": ["lokale-besturen", "middenveldorganisaties"],
        "sectors": ["openbaar-bestuur"],
        "regions": ["vlaanderen"],
        "image": "Burgerpanel in het gemeentehuis",
        "contact": ("Team Beleidsparticipatie", "participatie@example.org"),
        "reviewed": "2025-03-20",
        "resources": [
            (
                "Ondersteuningspakket beleidsparticipatie",
                "nl",
                ["Ontwikkeld in afstemming met het Agentschap Integratie en Inburgering en de VVSG."],
            ),
            ("Participation policy support package", "en", ["Methods for local governments."]),
        ],
        "nl": {
            "title": "Ondersteuningspakket beleidsparticipatie voor lokale besturen",
            "intro": "Hoe betrek je inwoners met een buitenlandse herkomst bij het lokale beleid? Methodes, voorbeelden en valkuilen.",
            "summary": "<p>Ontwikkeld in afstemming met het Agentschap Integratie en Inburgering en de VVSG, met aandacht voor lokale spreiding.</p>",
            "for_whom": "<p>Schepenen, beleidsmedewerkers, adviesraden en lokale verenigingen.</p>",
            "what_you_get": "<p>Methodes (burgerpanels, focusgroepen, discussietafels), een planningsinstrument en voorbeelden.</p>",
            "body": [
                _steps(
                    "Een participatietraject opzetten",
                    [
                        ("Bepaal de beleidsvraag", "Waarover wil je advies en wat gebeurt er met de resultaten?"),
                        (
                            "Zoek brugfiguren",
                            "Sleutelfiguren en verenigingen openen deuren die voor de gemeente dicht blijven.",
                        ),
                        ("Kies een methode", "Burgerpanel, focusgroep of 1-op-1-gesprekken, afhankelijk van je vraag."),
                        ("Koppel terug", "Laat deelnemers weten wat er met hun inbreng gebeurde."),
                    ],
                ),
                _checklist(
                    "Checklist toegankelijkheid",
                    ["Uitnodiging in eenvoudige taal", "Tolk of meertalige begeleiding", "Kinderopvang en vergoeding"],
                ),
                _tool("Participatieladder", "Helpt kiezen tussen informeren, raadplegen, adviseren en coproduceren."),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Begin klein",
                        "text": RichText(
                            "<p>Eén goed opgevolgd traject zegt meer dan tien bevragingen zonder terugkoppeling.</p>"
                        ),
                    },
                ),
            ],
        },
        "fr": {
            "title": "Kit de soutien à la participation politique pour les pouvoirs locaux",
            "slug": "kit-participation-politique",
            "intro": "Comment associer les habitants d'origine étrangère à la politique locale ? Méthodes, exemples et pièges.",
            "summary": "<p>Développé avec l'Agence Intégration et Insertion civique et la VVSG, avec une attention à la répartition locale.</p>",
            "for_whom": "<p>Échevins, agents communaux, conseils consultatifs et associations locales.</p>",
            "what_you_get": "<p>Des méthodes (panels citoyens, groupes de discussion, tables rondes), un outil de planification et des exemples.</p>",
            "body": [
                _steps(
                    "Mettre en place un trajet participatif",
                    [
                        ("Définissez la question", "Sur quoi voulez-vous un avis et que deviendront les résultats ?"),
                        (
                            "Trouvez des personnes-relais",
                            "Les associations ouvrent des portes qui restent fermées à la commune.",
                        ),
                        ("Choisissez une méthode", "Panel citoyen, groupe de discussion ou entretiens individuels."),
                        ("Faites un retour", "Dites aux participants ce qu'il est advenu de leur contribution."),
                    ],
                ),
                _checklist(
                    "Liste d'accessibilité",
                    [
                        "Invitation en langage simple",
                        "Interprète ou accompagnement multilingue",
                        "Garde d'enfants et défraiement",
                    ],
                ),
                _tool(
                    "Échelle de participation", "Aide à choisir entre informer, consulter, conseiller et coproduire."
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Commencez petit",
                        "text": RichText("<p>Un trajet bien suivi vaut mieux que dix enquêtes sans retour.</p>"),
                    },
                ),
            ],
        },
    },
    {
        "slug": "gids-genuanceerde-beeldvorming",
        "themes": ["beeldvorming-en-media", "antidiscriminatie-en-antiracisme"],
        "audiences": ["media", "middenveldorganisaties"],
        "sectors": ["media-en-cultuur"],
        "regions": ["vlaanderen", "brussel"],
        "image": "Camera en microfoon",
        "contact": ("Team Media en beeldvorming", "media@example.org"),
        "reviewed": "2024-11-05",
        "resources": [
            ("Gids genuanceerde berichtgeving", "nl", ["Voor en achter de schermen: wie spreekt, wie wordt getoond?"])
        ],
        "nl": {
            "title": "Gids voor genuanceerde beeldvorming",
            "intro": "Voor redacties, communicatiediensten en beeldmakers die superdiversiteit eerlijk en genuanceerd in beeld willen brengen.",
            "summary": "<p>Een genuanceerde beeldvorming vraagt evenredige participatie van mensen met een buitenlandse herkomst, voor en achter de schermen.</p>",
            "for_whom": "<p>Journalisten, redacties, communicatiemedewerkers en campagnemakers.</p>",
            "what_you_get": "<p>Een checklist voor berichtgeving, tips voor een divers expertenbestand en voorbeelden.</p>",
            "body": [
                _checklist(
                    "Checklist voor je artikel of campagne",
                    [
                        "Spreken mensen zelf, of wordt over hen gesproken?",
                        "Is herkomst relevant voor het verhaal?",
                        "Zijn beelden niet stereotiep?",
                    ],
                ),
                _tool("Expertenlijst", "Een lijst met experten met een migratieachtergrond, per thema."),
                (
                    "quote",
                    {
                        "quote": "Verbindende verhalen versterken de sociale samenhang.",
                        "attribution": "Werking media en beeldvorming",
                    },
                ),
            ],
        },
        "en": {
            "title": "Guide to nuanced representation",
            "slug": "guide-nuanced-representation",
            "intro": "For newsrooms, communication teams and image makers who want to portray super-diversity fairly and with nuance.",
            "summary": "<p>Nuanced representation needs people with a migration background in front of and behind the camera.</p>",
            "for_whom": "<p>Journalists, editors, communication staff and campaign makers.</p>",
            "what_you_get": "<p>A reporting checklist, tips for a diverse list of experts and examples.</p>",
            "body": [
                _checklist(
                    "Checklist for your article or campaign",
                    [
                        "Do people speak for themselves?",
                        "Is origin relevant to the story?",
                        "Are images free of stereotypes?",
                    ],
                ),
                _tool("Expert list", "A list of experts with a migration background, by theme."),
                (
                    "quote",
                    {
                        "quote": "Connecting stories strengthen social cohesion.",
                        "attribution": "Media and representation team",
                    },
                ),
            ],
        },
    },
]


# Editors' picks: toolkit slug -> practice slugs (looked up as pages, no import of practices).
PICKS = {
    "inclusief-werven": ["hands-on-inclusion-bootcamps", "buddywerking-zorg"],
    "diversiteit-onderwijspersoneel": ["zij-instromers-onderwijs"],
    "ondersteuningspakket-beleidsparticipatie": ["burgerpanel-genk"],
}


# The home page's ways in by audience (each opens the toolkit library filtered on it) and the
# toolkits its editors feature.
HOME_AUDIENCES = [
    ("werkgevers", {"nl": "Ik ben werkgever", "fr": "Je suis employeur", "en": "I am an employer"}),
    (
        "middenveldorganisaties",
        {
            "nl": "Ik werk in het middenveld",
            "fr": "Je travaille dans la société civile",
            "en": "I work in civil society",
        },
    ),
    (
        "lokale-besturen",
        {
            "nl": "Ik werk bij een lokaal bestuur",
            "fr": "Je travaille pour un pouvoir local",
            "en": "I work for a local government",
        },
    ),
]
HOME_FEATURED = ["inclusief-werven", "ondersteuningspakket-beleidsparticipatie", "gids-genuanceerde-beeldvorming"]
