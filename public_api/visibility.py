"""What the outside world may see: live, public, reachable pages and the files they use.

A page is exposed only if it is live, has no view restriction on itself or an ancestor, and no
ancestor is unpublished (such a page is "live" in the database but no visitor can reach it).
Documents and images are exposed only if a page exposed this way refers to them (Wagtail's
ReferenceIndex, which indexes the live row of a page, never a draft revision) and their
collection carries no view restriction: a PDF uploaded for an embargoed press release stays
hidden until the release is published.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex

from website.pages import visibility


def reachable(queryset):
    """``queryset`` limited to live, public pages under published ancestors (website.pages.visibility)."""
    return visibility.reachable(queryset)


def used_by_public_pages(model, page_ids=None):
    """Rows of ``model`` (a document or image model) referred to by reachable pages."""
    pages = reachable(Page.objects.all())
    if page_ids is not None:
        pages = pages.filter(id__in=page_ids)
    references = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(model),
        object_id__in=pages.annotate(text_id=Cast("id", CharField())).values("text_id"),
    ).values("to_object_id")
    return visibility.public_media(
        model.objects.annotate(text_id=Cast("id", CharField())).filter(text_id__in=references)
    )
