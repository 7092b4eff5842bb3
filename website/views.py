"""Site-wide views that are not Wagtail pages: health check, uploaded images, error pages."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.http import FileResponse, Http404, HttpResponseNotModified, JsonResponse
from django.shortcuts import render
from django.utils.http import http_date
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since


@never_cache
def healthz(request):
    """Liveness and readiness in one: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any database failure means "not healthy"
        return JsonResponse({"status": "error", "database": type(exc).__name__}, status=503)
    body = {"status": "ok", "database": "ok"}
    from website import slots

    # The search engine (a feature app's): reported, never a 503, since search falls back to the database.
    for name, probe in slots.health_probes():
        body[name] = probe()
    return JsonResponse(body)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


# Uploaded images and their renditions. Documents are deliberately absent: they go through
# Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD) so privacy settings apply to them.
IMAGE_DIRECTORIES = ("images", "original_images")
IMAGE_TYPES = {".gif", ".jpg", ".jpeg", ".png", ".webp", ".avif"}
# Rendition names carry their filter spec and a new upload gets a new name, so a URL's bytes
# never change: browsers and proxies may keep them for a year.
IMAGE_CACHE_CONTROL = "public, max-age=31536000, immutable"


@require_safe
def media_image(request, path):
    """Serve an uploaded image or rendition from MEDIA_ROOT, and nothing else from there."""
    root = Path(settings.MEDIA_ROOT).resolve()
    target = (root / path).resolve()
    allowed = any(target.is_relative_to(root / directory) for directory in IMAGE_DIRECTORIES)
    if not allowed or target.suffix.lower() not in IMAGE_TYPES or not target.is_file():
        raise Http404("No such image")
    stat = target.stat()
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        response = HttpResponseNotModified()
    else:
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        response = FileResponse(target.open("rb"), content_type=content_type)
        response["Content-Length"] = str(stat.st_size)
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = IMAGE_CACHE_CONTROL
    return response
