"""Read-only public JSON API for partners: content pages, documents and images.

Why django-ninja rather than Wagtail's API v2: the OpenAPI description comes for free from the
typed parameters and schemas (``/api/v1/openapi.json``), bad input is rejected by declared
bounds before any query runs, and each list is one hand-written queryset whose query count is a
tested budget (Wagtail's v2 pages endpoint loads ``.specific`` per type and has no OpenAPI).

Families plug in without touching this module: a page model lists simple fields to publish in
``api_fields`` (e.g. ``["status", "level", "date_issued"]``) and may add computed data with
``api_detail(request) -> dict`` (e.g. a recommendation's follow-up history). List items carry the
``api_fields`` of their type when the list is filtered on one ``type``.
"""

import datetime
import decimal
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Prefetch, Value
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Path, Query, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import Field
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, get_page_models

from website.caching.content_cache import cached
from website.models import BasePage
from website.no_language_redirect import no_language_redirect
from website.pages.listings import content_type_ids
from website.pages.params import MAX_VALUES, is_tracking
from website.taxonomy.lookup import slugs_by_id, terms_by_key
from website.taxonomy.models import Audience, Region, Theme

from . import visibility

MAX_LIMIT = 100
MAX_OFFSET = 100_000
MAX_ID = 2**31 - 1  # a PostgreSQL integer: a larger id is no id, not a database error
THUMBNAIL = "fill-640x360"
BASE_FIELDS = ["id", "type", "title", "locale", "url"]
PAGE_FIELDS = ["intro", "themes", "audiences", "regions", "image", "first_published_at", "last_published_at", "data"]


class PublicAPI(NinjaAPI):
    """Ninja's API, whose description also states the values the parsers below accept
    (``PARAMETER_SCHEMAS``): the parsers keep their translated 400s, where Ninja's own constraints
    would answer an English 422."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        for path, operations in schema["paths"].items():
            for operation in operations.values():
                for parameter in operation.get("parameters", []):
                    extra = PARAMETER_SCHEMAS.get((path.rsplit("/v1", 1)[-1], parameter["name"]))
                    if extra:
                        parameter["schema"] = {
                            **extra(),
                            **{k: v for k, v in parameter["schema"].items() if k == "title"},
                        }
        return schema


api = PublicAPI(
    title="LEVL public API",
    version="1",
    description=(
        "Read-only access to published toolkits, good practices, recommendations, campaigns, press items, "
        "documents and images, so partners can reuse and embed them. Only live, public content is ever returned."
    ),
    urls_namespace="public_api",
    docs_url=None,
)


# -- schemas (they make the OpenAPI description)
class Term(Schema):
    slug: str
    name: str


class ImageRef(Schema):
    id: int
    title: str
    url: str = Field(description="640×360 rendition")


class PageItem(Schema):
    id: int
    type: str = Field(description="app_label.ModelName, e.g. press.PressReleasePage")
    title: str
    locale: str
    url: str
    intro: str | None = None
    themes: list[Term] | None = None
    audiences: list[Term] | None = None
    regions: list[Term] | None = None
    image: ImageRef | None = None
    first_published_at: datetime.datetime | None = None
    last_published_at: datetime.datetime | None = None
    data: dict | None = Field(None, description="Type-specific fields (when the list is filtered on one type)")


class PageDetail(PageItem):
    translations: dict[str, int] = Field(description="Ids of the same page in other languages")


class Meta(Schema):
    total_count: int
    limit: int
    offset: int


class PageList(Schema):
    meta: Meta
    items: list[PageItem]


class DocumentItem(Schema):
    id: int
    title: str
    url: str
    file_extension: str
    file_size: int | None
    created_at: datetime.datetime


class DocumentList(Schema):
    meta: Meta
    items: list[DocumentItem]


class ImageItem(Schema):
    id: int
    title: str
    width: int
    height: int
    url: str = Field(description="The original file")


class ImageList(Schema):
    meta: Meta
    items: list[ImageItem]


class Error(Schema):
    detail: str


# -- helpers
def reject_unknown_params(request, allowed):
    """A 400 naming a parameter the endpoint does not know (a typo would otherwise go unnoticed),
    except trackers' parameters, which a shared link of a newsletter carries."""
    unknown = sorted(name for name in set(request.GET) - set(allowed) if not is_tracking(name))
    if unknown:
        raise HttpError(
            400,
            _("Unknown parameter %(names)s. Allowed: %(allowed)s.")
            % {"names": ", ".join(name[:40] for name in unknown), "allowed": ", ".join(sorted(allowed))},
        )


def locale_by_code(code) -> int | None:
    """The id of the locale of a language code; None when that language has no content yet."""
    codes = dict(settings.LANGUAGES)
    if code not in codes:
        raise HttpError(
            400, _("Unknown locale %(code)s. Use one of: %(codes)s.") % {"code": code[:20], "codes": ", ".join(codes)}
        )
    return {language: pk for pk, language in locale_codes().items()}.get(code)


def known_slugs(model, values) -> list[str]:
    """The values that are slugs of ``model``'s terms, at most ``MAX_VALUES``; unknown ones are
    dropped, as the website's listings drop them (website.pages.facets): a partner's link made before a
    term was renamed keeps working, and a schema-valid value is never refused."""
    slugs = set(slugs_by_id(model).values())
    return [value for value in values[:MAX_VALUES] if value in slugs]


def content_models() -> dict[str, type]:
    return {
        model._meta.label: model
        for model in get_page_models()
        if issubclass(model, BasePage) and getattr(model, "is_content", False)
    }


def parse_fields(raw: str | None) -> list[str]:
    if raw is None:
        return PAGE_FIELDS
    fields = [name.strip() for name in raw.split(",")]
    unknown = [name for name in fields if name not in PAGE_FIELDS and name not in BASE_FIELDS]
    if unknown or not FIELDS_PATTERN.fullmatch(raw):
        raise HttpError(
            400,
            _("Unknown field %(names)s. Available: %(fields)s.")
            % {"names": ", ".join(n[:40] for n in unknown[:5]), "fields": ", ".join(BASE_FIELDS + PAGE_FIELDS)},
        )
    return fields


def plain(value):
    """A model value as JSON: dates as ISO text, stream fields as their raw block data."""
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if hasattr(value, "raw_data"):
        return list(value.raw_data)
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    return str(value)


def api_data(page) -> dict:
    return {name: plain(getattr(page, name, None)) for name in getattr(page, "api_fields", [])}


def locale_codes() -> dict[int, str]:
    return cached("locale-codes", lambda: dict(Locale.objects.values_list("id", "language_code")))


def locale_code(locale_id) -> str:
    return locale_codes()[locale_id]


TAXONOMIES = {"themes": Theme, "audiences": Audience, "regions": Region}


def taxonomy_map(page_ids, names) -> dict[str, dict[int, list[str]]]:
    """``{"themes": {page_id: [translation_key, ...]}}`` from the link tables in ONE query (a UNION
    over the taxonomies), much cheaper than prefetching ParentalManyToMany relations page by page."""
    result: dict[str, dict[int, list[str]]] = {name: {} for name in names}
    parts = []
    for name in names:
        through = BasePage._meta.get_field(name).remote_field.through
        target = TAXONOMIES[name]._meta.model_name
        parts.append(
            through.objects.filter(basepage_id__in=page_ids)
            .annotate(taxonomy=Value(name, output_field=CharField()))
            .values_list("taxonomy", "basepage_id", f"{target}__translation_key")
        )
    if not parts or not page_ids:
        return result
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    for name, page_id, key in rows:
        result[name].setdefault(page_id, []).append(key)
    return result


def localised_terms(model, keys, locale_id) -> list[dict]:
    terms = terms_by_key(model, locale_id)
    found = sorted((terms[key] for key in keys if key in terms), key=lambda t: (t.sort_order, t.name))
    return [{"slug": term.slug, "name": term.name} for term in found]


def rendition_url(image, request, memo: dict) -> str:
    """The thumbnail's URL, from the prefetched renditions when present (once per distinct image)."""
    if image.pk not in memo:
        prefetched = getattr(image, "_prefetched_objects_cache", {}).get("renditions")
        rendition = next((r for r in prefetched or () if r.filter_spec == THUMBNAIL), None)
        rendition = rendition or image.get_rendition(THUMBNAIL)
        memo[image.pk] = request.build_absolute_uri(rendition.url)
    return memo[image.pk]


def type_label(content_type_id) -> str:
    content_type = ContentType.objects.get_for_id(content_type_id)
    model = content_type.model_class()
    return model._meta.label if model else content_type.model


def serialize_page(page, request, fields, with_data, links=None, memo=None):
    memo = {} if memo is None else memo
    item = {
        "id": page.pk,
        "type": type_label(page.content_type_id),
        "title": page.title,
        "locale": locale_code(page.locale_id),
        "url": page.get_full_url(request),
    }
    if "intro" in fields:
        item["intro"] = page.intro
    for name, model in TAXONOMIES.items():
        if name in fields:
            keys = (
                links[name].get(page.pk, [])
                if links is not None
                else [t.translation_key for t in getattr(page, name).all()]
            )
            item[name] = localised_terms(model, keys, page.locale_id)
    if "image" in fields:
        image = page.listing_image
        item["image"] = (
            {"id": image.pk, "title": image.title, "url": rendition_url(image, request, memo)} if image else None
        )
    for name in ("first_published_at", "last_published_at"):
        if name in fields:
            item[name] = getattr(page, name)
    if "data" in fields and with_data:
        item["data"] = api_data(page)
    return item


def json_response(data) -> JsonResponse:
    """Lists are built to the schema by hand and sent as is: validating 50 items again through
    pydantic would double the cost of the endpoint for no safety gained."""
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


# -- endpoints
PAGE_PARAMS = {"locale", "theme", "audience", "type", "fields", "limit", "offset"}
# The description states what the parsers accept (schemathesis checks that it does, both ways);
# the parsers keep their own translated 400s rather than Ninja's English 422.
_FIELD_NAMES = "|".join(BASE_FIELDS + PAGE_FIELDS)
FIELDS_PATTERN = re.compile(rf"^ *(?:{_FIELD_NAMES}) *(?:, *(?:{_FIELD_NAMES}) *)*$")
PARAMETER_SCHEMAS = {
    ("/pages/", "locale"): lambda: {"type": "string", "enum": [code for code, _name in settings.LANGUAGES]},
    ("/pages/", "type"): lambda: {"type": "string", "enum": sorted(content_models())},
    ("/pages/", "fields"): lambda: {"type": "string", "pattern": FIELDS_PATTERN.pattern},
}
SLUGS = "Slugs of the terms; repeatable: any of. Unknown slugs are ignored, as on the website's listings."
FILE_PARAMS = {"limit", "offset", "page"}


@api.get(
    "/pages/",
    response={200: PageList, 400: Error, 422: Error},
    summary="Published content pages",
    description="Newest first. Filter by locale (nl, fr, en), theme and audience slugs (repeatable: any of), "
    "and type (e.g. press.PressReleasePage).",
)
def list_pages(
    request,
    locale: str | None = None,
    theme: list[str] = Query([], description=SLUGS),  # noqa: B008 - ninja's way to declare query parameters
    audience: list[str] = Query([], description=SLUGS),  # noqa: B008 - ninja's way to declare query parameters
    type: str | None = None,
    fields: str | None = Query(None, description="Comma-separated subset of: " + ", ".join(BASE_FIELDS + PAGE_FIELDS)),
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    reject_unknown_params(request, PAGE_PARAMS)
    chosen = parse_fields(fields)
    model = BasePage
    if type:
        models = content_models()
        if type not in models:
            raise HttpError(
                400,
                _("Unknown type %(type)s. Use one of: %(types)s.") % {"type": type[:80], "types": ", ".join(models)},
            )
        model = models[type]
    queryset = visibility.reachable(model.objects.filter(content_type_id__in=content_type_ids()))
    if locale is not None:
        queryset = queryset.filter(locale_id=locale_by_code(locale))
    theme, audience = known_slugs(Theme, theme), known_slugs(Audience, audience)
    if theme:
        queryset = queryset.filter(themes__slug__in=theme)
    if audience:
        queryset = queryset.filter(audiences__slug__in=audience)
    if theme or audience:
        queryset = queryset.distinct()
    total = queryset.count()
    rows = queryset.order_by("-first_published_at", "-pk")[offset : offset + limit]
    if "image" in chosen:
        images = get_image_model().objects.prefetch_renditions(THUMBNAIL)
        rows = rows.prefetch_related(Prefetch("listing_image", queryset=images))
    rows = list(rows)
    links = taxonomy_map([page.pk for page in rows], [name for name in TAXONOMIES if name in chosen])
    memo: dict = {}
    items = [serialize_page(page, request, chosen, model is not BasePage, links, memo) for page in rows]
    return json_response({"meta": {"total_count": total, "limit": limit, "offset": offset}, "items": items})


@api.get(
    "/pages/{page_id}/",
    response={200: PageDetail, 400: Error, 404: Error, 422: Error},
    summary="One published content page",
)
def page_detail(request, page_id: int = Path(..., ge=1, le=MAX_ID)):
    reject_unknown_params(request, set())
    queryset = visibility.reachable(BasePage.objects.filter(content_type_id__in=content_type_ids()))
    page = get_object_or_404(queryset, pk=page_id).specific
    item = serialize_page(page, request, PAGE_FIELDS, True)
    hook = getattr(page, "api_detail", None)
    if callable(hook):
        item["data"] = {**(item.get("data") or {}), **hook(request)}
    item["translations"] = {
        locale_code(other.locale_id): other.pk
        for other in visibility.reachable(BasePage.objects.filter(translation_key=page.translation_key)).exclude(
            pk=page.pk
        )
    }
    return item


def _file_list(request, model, limit, offset, page):
    reject_unknown_params(request, FILE_PARAMS)
    queryset = visibility.used_by_public_pages(model, [page] if page is not None else None)
    total = queryset.count()
    return total, list(queryset.order_by("-created_at", "-pk")[offset : offset + limit])


@api.get(
    "/documents/",
    response={200: DocumentList, 400: Error, 422: Error},
    summary="Documents used on published pages",
    description="Only documents that a live, public page uses; `page` limits to one page's documents.",
)
def list_documents(
    request,
    page: int | None = Query(None, ge=1, le=MAX_ID, description="Id of a page"),
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    total, rows = _file_list(request, get_document_model(), limit, offset, page)
    items = [
        {
            "id": doc.pk,
            "title": doc.title,
            "url": request.build_absolute_uri(doc.url),
            "file_extension": doc.file_extension,
            "file_size": doc.file_size,
            "created_at": doc.created_at,
        }
        for doc in rows
    ]
    return json_response({"meta": {"total_count": total, "limit": limit, "offset": offset}, "items": items})


@api.get(
    "/images/",
    response={200: ImageList, 400: Error, 422: Error},
    summary="Images used on published pages",
)
def list_images(
    request,
    page: int | None = Query(None, ge=1, le=MAX_ID, description="Id of a page"),
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    total, rows = _file_list(request, get_image_model(), limit, offset, page)
    items = [
        {
            "id": image.pk,
            "title": image.title,
            "width": image.width,
            "height": image.height,
            "url": request.build_absolute_uri(image.file.url),
        }
        for image in rows
    ]
    return json_response({"meta": {"total_count": total, "limit": limit, "offset": offset}, "items": items})


def mount_app_routes() -> dict[str, set[str]]:
    """Mount each installed app's ``api_routes.router`` under its ``prefix``, so apps add endpoints
    (e.g. the glossary's text check) without this module importing them. Returns the extra HTTP
    methods each prefix accepts besides GET (the API is otherwise read-only)."""
    from django.apps import apps
    from django.utils.module_loading import module_has_submodule

    extra = {}
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "api_routes"):
            module = __import__(f"{config.name}.api_routes", fromlist=["router"])
            api.add_router(module.prefix, module.router)
            extra["/" + module.prefix.strip("/") + "/"] = set(getattr(module, "methods", ()))
    return extra


EXTRA_METHODS = mount_app_routes()


@api.exception_handler(HttpError)
def http_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    """422 with ``detail`` as one sentence, a string as the OpenAPI's ``Error`` says (Ninja's
    default is a list of pydantic error objects, which no client of the description expects)."""
    problems = []
    for error in exc.errors:
        name = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        problems.append(_("Invalid value for %(name)s: %(reason)s") % {"name": name, "reason": error.get("msg", "")})
    return api.create_response(request, {"detail": " ".join(problems)}, status=422)


# -- CORS: anyone may read, nobody may write
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type",
    "Access-Control-Max-Age": "86400",
}


def with_cors(view, extra_methods=frozenset()):
    allowed = ["GET", "HEAD", *sorted(extra_methods), "OPTIONS"]

    @no_language_redirect
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        elif request.method not in allowed:
            response = JsonResponse({"detail": _("This API is read-only.")}, status=405)
            response["Allow"] = ", ".join(allowed)
        else:
            response = view(request, *args, **kwargs)
        for header, value in CORS_HEADERS.items():
            response[header] = value
        if extra_methods:
            response["Access-Control-Allow-Methods"] = ", ".join(allowed)
        return response

    wrapped.csrf_exempt = True
    return wrapped


def urls():
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        route = "/" + str(pattern.pattern)
        extra = next((methods for prefix, methods in EXTRA_METHODS.items() if route.startswith(prefix)), set())
        pattern.callback = with_cors(pattern.callback, frozenset(extra))
    return patterns, app_name, namespace
