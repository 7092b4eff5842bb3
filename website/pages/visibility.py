"""Who may see what: the one definition of "visible to an anonymous visitor", asked of the database.

A page is private when it or an ancestor carries a ``PageViewRestriction``; a document or image
is private when its collection or an ancestor collection carries a ``CollectionViewRestriction``.
Restrictions are saved by the admin of any app server, by a shell or a management command, so
no process may remember the answer: every decision here is part of the SQL that fetches the
pages (a ``NOT EXISTS`` over the small restriction tables, joined on the unique ``path``) or
one indexed query. Every channel (serving, search, suggest, listings, hubs, feeds, sitemap, API,
related cards, downloads, document indexing) goes through this module.

Values cached elsewhere (``website.caching.content_cache.cached``) are keyed on ``stamp()``: the list of
restricted paths as the database has it at the start of the request. A restriction added or
removed by any process changes the stamp, so no cached listing, suggestion or sitemap built
before it is ever served after it. The stamp is read once per request (``VisibilityMiddleware``)
and on every call outside a request (tasks, commands); nothing outlives the request.
"""

import hashlib
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection
from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith

_request_snapshot: ContextVar[dict | None] = ContextVar("visibility_snapshot", default=None)


# --- pages -------------------------------------------------------------------------------


def restricted_page_q(path_field: str = "path") -> Exists:
    """True for rows whose page (``path_field``) is, or is below, a page with a view restriction."""
    from wagtail.models import PageViewRestriction

    return Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef(path_field), F("page__path"))))


def private_page_ids():
    """A subquery of the ids of private pages (in the statement that uses it, never fetched)."""
    from wagtail.models import Page

    return Page.objects.filter(restricted_page_q()).values("pk")


def public(queryset):
    """``queryset`` without private pages; decided in the same SQL statement, never from memory.

    A ``NOT EXISTS`` correlated with each row: the database looks up the (small) restriction
    table for the rows it returns, so ten ids cost ten probes whatever the size of the site.
    The ``pk NOT IN (subquery)`` form (``public_to_search``) lists every private page first,
    which PostgreSQL does by scanning the whole page table: 11-23 ms at 50,000 pages.
    """
    return queryset.exclude(restricted_page_q())


def public_page_sql(alias: str) -> str:
    """``public()`` as an SQL condition on the page-table row ``alias``, for raw statements that
    check a handful of ids a search engine returned (no ORM compiling per request).

    The same rule as ``restricted_page_q``: no restricted page's path is a prefix of the row's.
    Wagtail's paths are base-36 digits and letters, so the prefix needs no LIKE escaping. The
    ``%%`` is a literal ``%`` in a statement executed with parameters, as every caller does.
    ``website/tests/test_visibility.py`` holds both forms to the same answer.
    """
    from wagtail.models import Page, PageViewRestriction

    return (
        f'NOT EXISTS (SELECT 1 FROM "{PageViewRestriction._meta.db_table}" r '
        f"JOIN \"{Page._meta.db_table}\" rp ON rp.id = r.page_id WHERE {alias}.path LIKE rp.path || '%%')"
    )


def public_to_search(queryset):
    """``public()`` for a queryset handed to Wagtail's search (``.search()``, ``.autocomplete()``).

    As ``pk NOT IN (subquery)``: Wagtail's search backends accept field lookups such as ``in``
    on a searched queryset, not bare expressions such as ``NOT EXISTS``.
    """
    return queryset.exclude(pk__in=private_page_ids())


def unreachable_q(path_field: str = "path") -> Exists:
    """True for pages below a page that is not live (no visitor can reach them)."""
    from wagtail.models import Page

    return Exists(
        Page.objects.filter(live=False, numchild__gt=0)
        .filter(StartsWith(OuterRef(path_field), F("path")))
        .exclude(path=OuterRef(path_field))
    )


def reachable(queryset):
    """Live, public pages whose ancestors are all published: what the outside world may see."""
    return public(queryset.live()).exclude(unreachable_q())


def ancestor_paths(path: str) -> list[str]:
    """``path`` and the paths of its ancestors (Wagtail's materialised path, ``steplen`` per level)."""
    from wagtail.models import Page

    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


def page_restrictions(page):
    """The restrictions that apply to ``page``, for Wagtail's serve hook and privacy admin.

    Decided from the request's fresh snapshot: a public page (most of them) costs no query beyond
    the snapshot; a page under a restricted path gets its restrictions in one indexed query.
    Aliases use their source's restrictions (Wagtail's own lookup, which resolves them).
    """
    from wagtail.models import Page, PageViewRestriction

    if page.alias_of_id is not None:
        return Page.get_view_restrictions(page)
    if not page.path.startswith(snapshot()["pages"]):
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(page__path__in=ancestor_paths(page.path))


def is_public(page) -> bool:
    """No view restriction applies to ``page`` (it and its ancestors)."""
    return not page_restrictions(page).exists()


# --- documents and images ----------------------------------------------------------------


def restricted_collection_q(path_field: str = "collection__path") -> Exists:
    """True for rows (documents, images) whose collection is, or is inside, a restricted collection."""
    from wagtail.models import CollectionViewRestriction

    return Exists(CollectionViewRestriction.objects.filter(StartsWith(OuterRef(path_field), F("collection__path"))))


def public_media(queryset, path_field: str = "collection__path"):
    """Documents or images whose collection carries no view restriction (on itself or above)."""
    return queryset.exclude(restricted_collection_q(path_field))


def is_public_collection(collection_id) -> bool:
    """The collection with this id, and every collection above it, carry no view restriction."""
    from wagtail.models import Collection

    if collection_id is None:
        return True
    return not Collection.objects.filter(pk=collection_id).filter(restricted_collection_q("path")).exists()


# --- the stamp of cached values ----------------------------------------------------------


def _read_snapshot() -> dict:
    """The restricted page and collection paths, in ONE query over two small tables."""
    from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

    sql = (
        f'SELECT 0, p.path FROM "{PageViewRestriction._meta.db_table}" r '
        f'JOIN "{Page._meta.db_table}" p ON p.id = r.page_id '
        "UNION ALL "
        f'SELECT 1, c.path FROM "{CollectionViewRestriction._meta.db_table}" r '
        f'JOIN "{Collection._meta.db_table}" c ON c.id = r.collection_id '
        "ORDER BY 1, 2"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        rows = cursor.fetchall()
    pages = tuple(path for kind, path in rows if kind == 0)
    collections = tuple(path for kind, path in rows if kind == 1)
    digest = hashlib.sha1(repr((pages, collections)).encode()).hexdigest()[:16]
    return {"pages": pages, "collections": collections, "stamp": digest}


def snapshot() -> dict:
    """The restricted paths: once per request (``VisibilityMiddleware``), otherwise every call."""
    current = _request_snapshot.get()
    if current is None:
        return _read_snapshot()
    if not current:
        current.update(_read_snapshot())
    return current


def stamp() -> str:
    """Changes whenever any process adds, removes or moves a view restriction."""
    return snapshot()["stamp"]


def forget() -> None:
    """This request changed a restriction: what it reads next must see the change."""
    current = _request_snapshot.get()
    if current:
        current.clear()


@contextmanager
def request_scope():
    """The snapshot is read at most once inside this block (one request, or one task's unit of work)."""
    token = _request_snapshot.set({})
    try:
        yield
    finally:
        _request_snapshot.reset(token)


class VisibilityMiddleware:
    """Scopes the snapshot to one request: read at most once, never kept past the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with request_scope():
            return self.get_response(request)
