from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import document_text, documents, indexing, signals  # noqa: F401 - documents: its tasks

        document_text.attach_document_text_field()
        signals.connect()
        indexing.connect()

        from django.template.loader import render_to_string

        from website import slots

        # /healthz reports the engine (degraded search is not an outage: the database answers).
        slots.register_health_probe("search_engine", lambda: __import__("search.engines").engines.get_engine().health())

        # The search form in every page's header (website/slots.py keeps website/ free of this app).
        slots.register(
            "header-search",
            lambda context, **options: render_to_string(
                "search/includes/header_search.html", {}, request=context.get("request")
            ),
        )
