"""Demo content of the newsletter: an archive per language with two sent issues, and subscribers.

Texts and rows only: the step that builds them is in ``newsletters/demo.py``."""

ARCHIVE = {
    "nl": {
        "title": "Nieuwsbrief",
        "intro": "Nieuws, toolkits, goede praktijken en beleidsaanbevelingen voor een inclusieve samenleving.",
    },
    "fr": {
        "title": "Newsletter",
        "slug": "newsletter",
        "intro": "Actualités, boîtes à outils, bonnes pratiques et recommandations pour une société inclusive.",
    },
    "en": {
        "title": "Newsletter",
        "slug": "newsletter",
        "intro": "News, toolkits, good practices and policy recommendations for an inclusive society.",
    },
}

# Each issue in full in every language: title, intro, heading and paragraph, and a slug in that
# language (a reader of the English archive sees an English address, not "nieuwsbrief-…-en").
ISSUES = [
    {
        "nl": {
            "slug": "nieuwsbrief-2025-01",
            "title": "Samen naar een inclusieve arbeidsmarkt",
            "intro": "Wat werkgevers vandaag kunnen doen tegen discriminatie bij aanwerving.",
            "heading": "Eerlijk aanwerven begint bij de vacature",
            "paragraph": "We vertrekken vanuit de realiteiten van personen met een buitenlandse herkomst en "
            "brengen partners samen om impact te realiseren op het terrein en in het beleid.",
        },
        "fr": {
            "slug": "lettre-2025-01",
            "title": "Ensemble vers un marché du travail inclusif",
            "intro": "Ce que les employeurs peuvent faire aujourd'hui contre la discrimination à l'embauche.",
            "heading": "Un recrutement équitable commence par l'offre d'emploi",
            "paragraph": "Nous partons des réalités des personnes d'origine étrangère et réunissons des "
            "partenaires pour avoir un impact sur le terrain et dans les politiques.",
        },
        "en": {
            "slug": "newsletter-2025-01",
            "title": "Towards an inclusive labour market",
            "intro": "What employers can do today against discrimination in hiring.",
            "heading": "Fair hiring starts with the vacancy",
            "paragraph": "We start from the realities of people with a migration background and bring "
            "partners together to make a difference in the field and in policy.",
        },
    },
    {
        "nl": {
            "slug": "nieuwsbrief-2025-02",
            "title": "Wonen zonder drempels",
            "intro": "Een gezonde en betaalbare woning vinden mag niet afhangen van je afkomst.",
            "heading": "Van onderzoek naar beleid",
            "paragraph": "Vanuit onderzoek en praktijkervaring komen wij samen met onze netwerken tot "
            "gedragen beleidsaanbevelingen.",
        },
        "fr": {
            "slug": "lettre-2025-02",
            "title": "Se loger sans obstacles",
            "intro": "Trouver un logement sain et abordable ne peut dépendre de son origine.",
            "heading": "De la recherche aux politiques",
            "paragraph": "À partir de la recherche et de l'expérience de terrain, nous formulons avec nos "
            "réseaux des recommandations politiques largement soutenues.",
        },
        "en": {
            "slug": "newsletter-2025-02",
            "title": "Housing without barriers",
            "intro": "Finding a healthy, affordable home must not depend on your origin.",
            "heading": "From research to policy",
            "paragraph": "Drawing on research and experience in the field, we work with our networks "
            "towards policy recommendations that are widely supported.",
        },
    },
]

# The sender shown in every newsletter footer; editors change it in Settings → Newsletter sender.
DEMO_POSTAL_ADDRESS = "Voorbeeldstraat 1\n1000 Brussel"


SUBSCRIBERS = [
    ("amina@example.org", "nl"),
    ("jonas@example.org", "nl"),
    ("sarah@example.org", "fr"),
    ("youssef@example.org", "fr"),
    ("emma@example.org", "en"),
]
