"""Demo theme hubs: an overview page and one hub per theme, in Dutch, French and English."""

from website.demo.helpers import child_page, translations
from website.demo.registry import step
from website.taxonomy.models import Theme

from .factories import ThemeIndexPageFactory, ThemePageFactory

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


@step(140)
def theme_hubs(ctx):
    index = child_page(ctx.homes["nl"], ThemeIndexPageFactory, INDEX_SLUG, ctx, show_in_menus=True, **INDEX["nl"])
    translations(index, ctx, {code: INDEX[code] for code in ("fr", "en")})
    for theme in Theme.objects.filter(locale=ctx.locales["nl"]).order_by("sort_order"):
        hub = child_page(index, ThemePageFactory, theme.slug, ctx, title=theme.name, theme=theme)
        values = {}
        for code in ("fr", "en"):
            local = Theme.objects.filter(translation_key=theme.translation_key, locale=ctx.locales[code]).first()
            if local is not None:
                values[code] = {"title": local.name, "slug": theme.slug}
        translations(hub, ctx, values)
