from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from website import views
from website.workarounds.lazy_urls import lazy_include

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("", include("syndication.urls")),
    # Imported on the first API request: page-serving workers never load django-ninja's schemas.
    lazy_include("api/v1/", "public_api.urls", app_name="ninja", namespace="public_api"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Uploaded images in every environment (MEDIA_URL is /media/); documents never directly.
    re_path(r"^media/(?P<path>(?:images|original_images)/.+)$", views.media_image, name="media-image"),
    # Counted toolkit downloads; outside i18n_patterns because a file has no language URL.
    path("downloads/", include("toolkits.urls")),
]

# Every public page carries its language in the URL: /nl/..., /fr/..., /en/...
# A bare "/" is redirected by LocaleMiddleware to the best match for Accept-Language.
urlpatterns += i18n_patterns(
    path("subscriptions/", include("newsletters.urls")),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "website.views.page_not_found"
