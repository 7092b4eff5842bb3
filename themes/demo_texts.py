"""Demo theme hubs: the overview page's texts in Dutch, French and English (the hubs take their
names from the themes). Texts only: the step that builds the pages is in ``themes/demo.py``."""

INDEX_SLUG = "themas"
INDEX = {
    "nl": {
        "title": "Thema's",
        "intro": "Alles wat we doen, per thema: toolkits, goede praktijken, aanbevelingen en campagnes.",
    },
    "fr": {
        "title": "Thèmes",
        "slug": "themes",
        "intro": "Tout notre travail par thème : boîtes à outils, bonnes pratiques, recommandations et campagnes.",
    },
    "en": {
        "title": "Themes",
        "slug": "themes",
        "intro": "All our work by theme: toolkits, good practices, recommendations and campaigns.",
    },
}
