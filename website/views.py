"""Site-wide views that are not Wagtail pages: health check, uploaded images, error pages."""

import mimetypes
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import FileResponse, Http404, HttpResponseNotModified, JsonResponse
from django.shortcuts import render
from django.utils.http import http_date
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

from website.pages.params import safe_path


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    # A round trip to the shared cache (Redis in production): written, read back, removed.
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was written")
    cache.delete(key)


def _search() -> None:
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    list(get_search_backend().search("healthz", Page)[:1])


def _checks() -> dict:
    shared = "redis" if "redis" in settings.CACHES["default"]["BACKEND"].lower() else "cache"
    return {"database": _database, shared: _cache, "search": _search}


@never_cache
def healthz(request):
    """Liveness and readiness in one: each dependency (database, shared cache, search engine) with
    "ok" or its error's type; 200 when all answer, 503 when one does not."""
    report, healthy = {}, True
    for name, check in _checks().items():
        try:
            check()
            report[name] = "ok"
        except Exception as exc:  # noqa: BLE001 - any failure means "not healthy"
            report[name], healthy = type(exc).__name__, False
    from website import slots

    # A feature app's engine (search: OpenSearch or the database), reported but never a 503:
    # search falls back to the database while the engine is down.
    for name, probe in slots.health_probes():
        report[name] = probe()
    return JsonResponse({"status": "ok" if healthy else "error", **report}, status=200 if healthy else 503)


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
    if not safe_path(path):  # a NUL byte would make resolve() raise; ".." is never an image
        raise Http404("No such image")
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
