"""Factories for theme hubs, used by the tests and the demo content."""

import wagtail_factories

from .models import ThemeIndexPage, ThemePage


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thema's"
    slug = "themas"
    intro = "Alles wat we doen, per thema: toolkits, goede praktijken, aanbevelingen en campagnes."

    class Meta:
        model = ThemeIndexPage


class ThemePageFactory(wagtail_factories.PageFactory):
    """Pass ``theme``; the title is usually the theme's name."""

    class Meta:
        model = ThemePage
