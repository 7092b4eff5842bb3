"""Partners appear on cached campaign pages: editing one shows at once, like publishing a page."""

from django.db.models.signals import post_delete, post_save

from website.caching import content_cache
from website.taxonomy.models import Partner

for _signal in (post_save, post_delete):
    _signal.connect(content_cache.bump, sender=Partner, dispatch_uid=f"campaigns-partner-{_signal is post_save}")
