from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicApiConfig(AppConfig):
    name = "public_api"
    verbose_name = _("Public API")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import CollectionViewRestriction

        from website.caching import content_cache

        # A collection becoming private must hide its files from the API at once.
        for signal in (post_save, post_delete):
            signal.connect(content_cache.bump, sender=CollectionViewRestriction, dispatch_uid=f"api-{signal}")
