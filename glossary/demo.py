"""Demo guide: the step that builds a glossary page per language and its entries from the texts
in ``demo_texts.py``. Idempotent: an entry is found by locale and slug."""

from website.demo.helpers import child_page, translations
from website.demo.registry import step
from website.taxonomy.models import Theme

from .demo_texts import ENTRIES, PAGE
from .factories import GlossaryPageFactory
from .models import GlossaryEntry


@step(160)
def glossary(ctx):
    home = ctx.homes["nl"]
    guide = child_page(home, GlossaryPageFactory, "taalgids", ctx, show_in_menus=False, **PAGE["nl"])
    translations(guide, ctx, {code: PAGE[code] for code in ("fr", "en")})
    for code, rows in ENTRIES.items():
        locale = ctx.locales[code]
        themes = {theme.slug: theme for theme in Theme.objects.filter(locale=locale)}
        for term, slug, forms, compounds, severity, explanation, alternatives, theme_slugs in rows:
            if GlossaryEntry.objects.filter(locale=locale, slug=slug).exists():
                continue
            entry = GlossaryEntry.objects.create(
                locale=locale,
                term=term,
                slug=slug,
                forms="\n".join(forms),
                match_compounds=compounds,
                severity=severity,
                explanation=explanation,
                alternatives="\n".join(alternatives),
                source="LEVL",
            )
            entry.themes.set([themes[s] for s in theme_slugs if s in themes])
            entry.save()
            ctx.made(f"glossary entry {code}:{slug}")
