from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitsConfig(AppConfig):
    name = "toolkits"
    verbose_name = _("Toolkits")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website import slots

        from . import signals  # noqa: F401

        # The home page features toolkits and leads audiences to the toolkit library
        # (website/slots.py keeps website/ free of this app).
        slots.register_page_type("home-featured", "toolkits.ToolkitPage")
        slots.register_page_type("home-audience-listing", "toolkits.ToolkitIndexPage")
