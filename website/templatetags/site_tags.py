"""Page chrome as small inclusion tags: one component, one template, no queries once cached."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from website import slots
from website.pages import listings

register = template.Library()


def _chrome(request) -> dict:
    """Homes, menu and footer of the active language, from the versioned data cache."""
    site = Site.find_for_request(request) if request is not None else Site.objects.filter(is_default_site=True).first()
    root = site.root_page if site else None
    if root is None:
        return {"homes": {}, "menu": [], "footer": []}
    return listings.language_chrome(root, translation.get_language())


@register.inclusion_tag("website/includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in the other languages; where no translation exists, to that language's
    home page with a note, so the switcher never leads to a 404."""
    request = context.get("request")
    page = page or None  # templates pass "" when there is no page (404, search, forms)
    current = translation.get_language()
    translations = listings.translation_links(page) if page is not None else {}
    homes = _chrome(request)["homes"]
    same_view = _same_view_paths(request, current) if page is None else {}
    # Filters and the search query go along: taxonomy slugs are the same in every language, so
    # ?theme=wonen selects "Logement" in French. The page number does not (lists differ in length).
    kept = _kept_query(request)
    items = []
    for code, name in settings.LANGUAGES:
        fallback = code not in translations
        url = translations[code]["url"] if not fallback else same_view.get(code) or homes.get(code, f"/{code}/")
        fallback = fallback and page is not None and code != current
        if fallback:
            url = f"{url}?untranslated=1"
        elif kept and (code in translations or code in same_view):
            url = f"{url}?{kept}"
        items.append({"code": code, "name": name, "url": url, "current": code == current, "fallback": fallback})
    return {"items": items}


KEPT_PARAMS = ("q", "theme", "audience", "region", "sector", "year", "level", "status", "type", "period", "sort")


def _kept_query(request) -> str:
    if request is None:
        return ""
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for param in KEPT_PARAMS:
        values = [value[:200] for value in request.GET.getlist(param)[:20] if value]
        if values:
            query.setlist(param, values)
    return query.urlencode()


def _same_view_paths(request, current: str) -> dict:
    """For a view that is not a Wagtail page (search, newsletter forms): the same path under each
    language prefix. A 404 or an unknown path gets nothing (the switcher falls back to homes)."""
    match = getattr(request, "resolver_match", None) if request is not None else None
    prefix = f"/{current}/"
    if match is None or match.url_name == "wagtail_serve" or not request.path.startswith(prefix):
        return {}
    rest = request.path[len(prefix) :]
    return {code: f"/{code}/{rest}" for code, _name in settings.LANGUAGES}


@register.inclusion_tag("website/includes/alternate_links.html")
def alternate_links(page):
    """Canonical URL and one hreflang alternate per existing translation (plus x-default)."""
    translations = listings.translation_links(page)
    default = translations.get(settings.LANGUAGE_CODE)
    return {
        "canonical": page.get_full_url(),
        "alternates": [(code, links["full_url"]) for code, links in sorted(translations.items())],
        "x_default": default["full_url"] if default else None,
    }


@register.inclusion_tag("website/includes/main_menu.html", takes_context=True)
def main_menu(context, page=None):
    current_path = page.path if page else ""
    items = [
        {**item, "active": bool(current_path) and current_path.startswith(item["path"])}
        for item in _chrome(context.get("request"))["menu"]
    ]
    return {"items": items}


@register.inclusion_tag("website/includes/breadcrumbs.html")
def breadcrumbs(page):
    ancestors = list(page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "path", "depth"))
    return {"ancestors": ancestors, "page": page}


@register.inclusion_tag("website/includes/footer_links.html", takes_context=True)
def footer_links(context):
    return {"items": _chrome(context.get("request"))["footer"]}


@register.simple_tag
def localised_themes(page):
    return page.get_localised_themes()


@register.simple_tag(takes_context=True)
def slot(context, name, **options):
    """Whatever an installed app renders in slot ``name`` (see website/slots.py), or nothing."""
    return slots.render(name, context, **options)
