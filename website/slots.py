"""Named places in website templates that feature apps fill in, without website/ importing them.

The footer, the home page and campaign pages have a "newsletter-signup" slot. The newsletters
app registers what renders there when it is installed; without it, the slot renders nothing and
templates fall back to their own content (e.g. a link to the newsletter page).
"""

from django.utils.safestring import SafeString, mark_safe

_renderers = {}


def register(name: str, renderer) -> None:
    """``renderer(context, **options)`` returns the HTML for slot ``name``."""
    _renderers[name] = renderer


def render(name: str, context, **options) -> SafeString:
    renderer = _renderers.get(name)
    return mark_safe(renderer(context, **options)) if renderer else mark_safe("")


_health_probes = {}


def register_health_probe(name: str, probe) -> None:
    """``probe()`` returns a JSON-able report that /healthz adds under ``name`` (e.g. the search engine)."""
    _health_probes[name] = probe


def health_probes():
    return list(_health_probes.items())
