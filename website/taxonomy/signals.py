"""A saved or deleted term changes pages that show it: new content version, HTTP cache purged."""

from django.db.models.signals import post_delete, post_save

from website.caching import content_cache

from .models import Audience, Region, Sector, Theme


def _taxonomy_changed(sender, **kwargs):
    content_cache.bump()


for _model in (Theme, Audience, Region, Sector):
    post_save.connect(_taxonomy_changed, sender=_model, dispatch_uid=f"taxonomy-save-{_model.__name__}")
    post_delete.connect(_taxonomy_changed, sender=_model, dispatch_uid=f"taxonomy-delete-{_model.__name__}")
