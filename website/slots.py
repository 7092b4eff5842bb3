"""Named places in website templates that feature apps fill in, without website/ importing them.

The footer, the home page and campaign pages have a "newsletter-signup" slot. The newsletters
app registers what renders there when it is installed; without it, the slot renders nothing and
templates fall back to their own content (e.g. a link to the newsletter page). The home page has
"home-themes" (the theme hubs) and "home-recommendations" (the latest recommendations with their
status), filled by the apps that own them.

Page types work the same way: the home page features pages of the types registered under
"home-featured" (toolkits), so its chooser and its fallback know them without importing the app.
"""

from django.utils.safestring import SafeString, mark_safe

_renderers = {}


def register(name: str, renderer) -> None:
    """``renderer(context, **options)`` returns the HTML for slot ``name``."""
    _renderers[name] = renderer


def render(name: str, context, **options) -> SafeString:
    renderer = _renderers.get(name)
    return mark_safe(renderer(context, **options)) if renderer else mark_safe("")


_page_types: dict[str, list[str]] = {}


def register_page_type(name: str, model_label: str) -> None:
    """Offer pages of ``model_label`` ("app.ModelName") wherever ``name`` is used."""
    labels = _page_types.setdefault(name, [])
    if model_label not in labels:
        labels.append(model_label)


def page_types(name: str) -> list[str]:
    """The model labels registered under ``name``, in registration order (empty: none)."""
    return list(_page_types.get(name, []))


def page_models(name: str) -> list:
    from django.apps import apps

    return [apps.get_model(label) for label in page_types(name)]


_health_probes = {}


def register_health_probe(name: str, probe) -> None:
    """``probe()`` returns a JSON-able report that /healthz adds under ``name`` (e.g. the search engine)."""
    _health_probes[name] = probe


def health_probes():
    return list(_health_probes.items())
