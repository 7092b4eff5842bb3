"""Saving or deleting a glossary entry bumps the content version: the guide pages, the cached
term lists and every process's compiled matcher then follow at once."""

from django.db.models.signals import m2m_changed, post_delete, post_save


def connect():
    from website.caching import content_cache

    from .models import GlossaryEntry

    for signal in (post_save, post_delete):
        signal.connect(content_cache.bump, sender=GlossaryEntry, dispatch_uid=f"glossary-{signal}")
    m2m_changed.connect(content_cache.bump, sender=GlossaryEntry.themes.through, dispatch_uid="glossary-themes")
