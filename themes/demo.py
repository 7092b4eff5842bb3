"""Demo theme hubs: the step that builds the overview page and one hub per theme, in Dutch,
French and English, from the texts in ``demo_texts.py``."""

from website.demo.helpers import child_page, translations
from website.demo.registry import step
from website.taxonomy.models import Theme

from .demo_texts import INDEX, INDEX_SLUG
from .factories import ThemeIndexPageFactory, ThemePageFactory


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
