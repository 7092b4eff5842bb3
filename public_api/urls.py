"""The API's URLconf, imported on the first request under ``/api/v1/`` (see ``website.workarounds.lazy_urls``)."""

from .api import urls

urlpatterns, app_name, _namespace = urls()
