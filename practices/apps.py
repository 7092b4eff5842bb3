from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Good practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website import slots

        # A home page's way in by audience may open the practices, filtered on that audience.
        slots.register_page_type("home-audience-listing", "practices.PracticeIndexPage")
