from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    name = "themes"
    verbose_name = _("Theme hubs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website import slots

        from .home import home_themes_html

        # The home page's ways in by theme (website/slots.py keeps website/ free of this app).
        slots.register("home-themes", home_themes_html)
