"""What a page tells the world in its <head>: OpenGraph, Twitter card and schema.org JSON-LD.

Everything here is derived from fields every page already has (title, intro/search description,
listing image, tree position) and cached under the content version, so it adds no query to a
warm page. Page types refine it with optional hooks:

- ``structured_data(request) -> dict``: the page's main schema.org node (e.g. ``NewsArticle``,
  ``Article``, ``HowTo``/``CreativeWork``, ``Event``); merged with url, image, language and
  publisher defaults. Without it a page is a ``WebPage`` (the home page: ``Organization``).
- ``social_image``: an image to share instead of ``listing_image`` (e.g. a campaign's hero).
- ``og_type``: ``"article"`` by default for content pages, ``"website"`` otherwise.
"""

import hashlib
import json

from django.conf import settings
from django.utils import translation
from django.utils.html import mark_safe

from website.caching.content_cache import cached

SOCIAL_RENDITION = "fill-1200x630|format-jpeg|jpegquality-80"
OG_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


def social_image(page, request) -> dict | None:
    """``{"url", "width", "height", "alt"}`` of a 1200×630 rendition, cached per page and image."""
    image_id = getattr(page, "social_image_id", None) or getattr(page, "listing_image_id", None)
    if not image_id:
        home = getattr(page, "hero_image_id", None)
        image_id = home
    if not image_id:
        return None

    def build():
        from wagtail.images import get_image_model

        image = get_image_model().objects.filter(pk=image_id).first()
        if image is None:
            return {}
        rendition = image.get_rendition(SOCIAL_RENDITION)
        return {"url": rendition.full_url, "width": rendition.width, "height": rendition.height, "alt": image.title}

    data = cached(f"social-image:{image_id}", build)
    if not data:
        return None
    url = data["url"]
    if url.startswith("/"):
        url = request.build_absolute_uri(url) if request is not None else url
    return {**data, "url": url}


def breadcrumb_items(page, request) -> list[dict]:
    """Names and absolute URLs from the language's home down to the page (cached per page path)."""

    def build():
        ancestors = (
            page.get_ancestors(inclusive=True).filter(depth__gt=1).only("id", "title", "url_path", "path", "depth")
        )
        return [{"name": crumb.title, "url": crumb.get_full_url(request)} for crumb in ancestors]

    # The title is part of the key (a preview may rename the page); hashed, as keys must be plain.
    title_key = hashlib.sha1(page.title.encode(), usedforsecurity=False).hexdigest()[:12]
    return cached(f"crumbs:{page.path}:{title_key}", build)


def page_language(page) -> str:
    """The page's language without a query: the locale if loaded, else the active language
    (which serving a page sets to the page's own language)."""
    locale = page._state.fields_cache.get("locale")
    return locale.language_code if locale is not None else (translation.get_language() or settings.LANGUAGE_CODE)


def json_ld(page, request, image: dict | None) -> str:
    """The page's JSON-LD document (an ``@graph``), safe to embed in a <script> element."""
    url = page.get_full_url(request)
    language = page_language(page)
    site_name = getattr(settings, "WAGTAIL_SITE_NAME", "")
    crumbs = breadcrumb_items(page, request)
    home_url = crumbs[0]["url"] if crumbs else url
    organization = {"@type": "Organization", "@id": f"{home_url}#organization", "name": site_name, "url": home_url}
    description = getattr(page, "meta_description", "") or ""
    graph = [
        {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": number, "name": crumb["name"], "item": crumb["url"]}
                for number, crumb in enumerate(crumbs, start=1)
            ],
        }
    ]
    if page.depth <= 2:  # a language's home page
        organization.update({"description": description, "sameAs": []})
        if image:
            organization["logo"] = image["url"]
        graph.append(organization)
        graph.append(
            {
                "@type": "WebSite",
                "@id": f"{home_url}#website",
                "url": home_url,
                "name": site_name,
                "inLanguage": language,
                "publisher": {"@id": organization["@id"]},
            }
        )
    else:
        hook = getattr(page, "structured_data", None)
        node = {"@type": "WebPage", "name": page.title}
        if callable(hook):
            node.update(hook(request) or {})
        node.setdefault("url", url)
        node.setdefault("mainEntityOfPage", url)
        node.setdefault("inLanguage", language)
        if description:
            node.setdefault("description", description)
        if image:
            node.setdefault("image", image["url"])
        if node["@type"] != "WebPage":
            node.setdefault("publisher", organization)
            node.setdefault("author", organization)
        graph.append(node)
    document = {"@context": "https://schema.org", "@graph": graph}
    text = json.dumps(document, ensure_ascii=False, default=str)
    # Never let page text close the <script> element it lives in.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)


def head(page, request, listing=None) -> dict:
    from .feeds import feed_links

    image = social_image(page, request)
    is_content = getattr(page, "is_content", False)
    language = page_language(page)
    return {
        "noindex": bool(request is not None and request.GET),
        "title": page.seo_title or page.title,
        "description": getattr(page, "meta_description", "") or "",
        "url": page.get_full_url(request),
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
        "og_type": getattr(page, "og_type", "article" if is_content else "website"),
        "og_locale": OG_LOCALES.get(language, language),
        "image": image,
        "json_ld": json_ld(page, request, image),
        "feeds": feed_links(page, listing, request),
    }
