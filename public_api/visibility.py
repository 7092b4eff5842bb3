"""What the outside world may see: live, public, reachable pages and the files they use.

A page is exposed only if it is live, has no view restriction on itself or an ancestor, and no
ancestor is unpublished (such a page is "live" in the database but no visitor can reach it).
Documents and images are exposed only if a page exposed this way refers to them (Wagtail's
ReferenceIndex, which indexes the live row of a page, never a draft revision) and their
collection carries no view restriction: a PDF uploaded for an embargoed press release stays
hidden until the release is published.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from website.content_cache import cached, public


def unpublished_branch_paths() -> tuple[str, ...]:
    """Paths of non-live pages that have children (their subtree is unreachable)."""
    return cached(
        "unpublished-branches",
        lambda: tuple(Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True)),
    )


def reachable(queryset):
    """``queryset`` limited to live, public pages under published ancestors."""
    queryset = public(queryset.live())
    condition = Q()
    for path in unpublished_branch_paths():
        condition |= Q(path__startswith=path)
    return queryset.exclude(condition) if condition else queryset


def restricted_collection_ids() -> list[int]:
    def build():
        ids = set()
        for collection in Collection.objects.filter(id__in=CollectionViewRestriction.objects.values("collection_id")):
            ids |= set(Collection.objects.filter(path__startswith=collection.path).values_list("id", flat=True))
        return sorted(ids)

    return cached("restricted-collections", build)


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
    return (
        model.objects.annotate(text_id=Cast("id", CharField()))
        .filter(text_id__in=references)
        .exclude(collection_id__in=restricted_collection_ids())
    )
