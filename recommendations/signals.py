"""Attach the review workflow to each new recommendations index, in any language."""

from django.db.models.signals import post_save

from .models import RecommendationIndexPage
from .workflow import ensure_review_workflow


def _index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_review_workflow(instance)


post_save.connect(_index_created, sender=RecommendationIndexPage, dispatch_uid="recommendations-review-workflow")
