from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "website.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomie"

    def ready(self):
        from . import signals  # noqa: F401
