"""``sitemap.xml`` for every live, public page in every language, with hreflang alternates.

Built from ONE query over the page table (plus Wagtail's cached site root paths), whatever the
number of pages: URLs are assembled from ``url_path`` the same way ``Page.get_url_parts`` does,
without loading page objects. Translations share a ``translation_key``; each URL lists every
live translation (itself included) and an ``x-default`` (the default language), so the hreflang
pairs are symmetric by construction, as search engines require.
"""

from collections import defaultdict
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site, get_page_models

from website.caching.content_cache import cached, public

# The sitemap protocol allows 50,000 URLs per file; beyond that we would need a sitemap index.
MAX_URLS = 50_000


def excluded_content_type_ids() -> list[int]:
    """Page types that opt out with ``in_sitemap = False`` (thank-you pages, unsubscribe confirmations)."""
    from django.contrib.contenttypes.models import ContentType

    models = [model for model in get_page_models() if getattr(model, "in_sitemap", True) is False]
    return [ct.id for ct in ContentType.objects.get_for_models(*models).values()] if models else []


def _prefixes() -> dict[str, str]:
    """``{language: "/nl/"}``: what ``reverse('wagtail_serve')`` puts before a page path."""
    prefixes = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            prefixes[code] = reverse("wagtail_serve", args=("",))
    return prefixes


def entries() -> list[dict]:
    """``[{"loc", "lastmod", "alternates": [(lang, url), ...]}]`` for every live public page."""
    root_paths = Site.get_site_root_paths()
    prefixes = _prefixes()
    rows = (
        public(Page.objects.live())
        .filter(depth__gt=1)
        .exclude(content_type_id__in=excluded_content_type_ids())
        .order_by("path")
        .values_list("url_path", "translation_key", "locale__language_code", "last_published_at")[:MAX_URLS]
    )
    urls = []
    by_key = defaultdict(list)
    for url_path, key, language, lastmod in rows:
        for _site_id, root_path, root_url, root_language in root_paths:
            if url_path.startswith(root_path):
                prefix = prefixes.get(root_language, prefixes.get(language, "/"))
                url = f"{root_url}{prefix}{url_path[len(root_path) :]}"
                entry = {"loc": url, "lastmod": lastmod, "language": root_language or language, "key": key}
                urls.append(entry)
                by_key[key].append((entry["language"], url))
                break
    default = settings.LANGUAGE_CODE
    for entry in urls:
        alternates = sorted(by_key[entry["key"]])
        if len(alternates) > 1:
            defaults = [url for code, url in alternates if code == default]
            entry["alternates"] = alternates + ([("x-default", defaults[0])] if defaults else [])
        else:
            entry["alternates"] = []
    return urls


def render(items: list[dict]) -> str:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    ]
    for entry in items:
        parts.append(f"<url><loc>{xml_escape(entry['loc'])}</loc>")
        if entry["lastmod"]:
            parts.append(f"<lastmod>{entry['lastmod'].isoformat(timespec='seconds')}</lastmod>")
        for code, url in entry["alternates"]:
            parts.append(f'<xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(url)}/>')
        parts.append("</url>\n")
    parts.append("</urlset>\n")
    return "".join(parts)


def sitemap_xml() -> str:
    """The whole document, cached until the next publish/unpublish/move (content version)."""
    return cached("sitemap.xml", lambda: render(entries()))
