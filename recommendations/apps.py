from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecommendationsConfig(AppConfig):
    name = "recommendations"
    verbose_name = _("Policy recommendations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website import slots

        from . import signals  # noqa: F401
        from .home import home_recommendations_html

        # The home page's latest recommendations (website/slots.py keeps website/ free of this app).
        slots.register("home-recommendations", home_recommendations_html)
