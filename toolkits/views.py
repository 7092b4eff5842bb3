"""Counted downloads: one link per toolkit resource that adds one to its counter, then hands the
file over to Wagtail's own document serve view (which applies collection privacy rules)."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from website.pages.visibility import is_public

from .models import DownloadCounter, ToolkitResource


@never_cache
@require_safe
def download(request, pk):
    resource = get_object_or_404(ToolkitResource.objects.select_related("page", "document"), pk=pk)
    page = resource.page
    if not page.live or not is_public(page):
        raise Http404
    # HEAD requests (link checkers, previews) do not count as downloads.
    if request.method == "GET":
        DownloadCounter.increment(resource.translation_key)
    return redirect(resource.document.url)
