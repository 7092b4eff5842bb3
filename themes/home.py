"""The home page's ways in by theme, rendered into website's "home-themes" slot (website/slots.py)."""

import hashlib

from django.template.loader import render_to_string
from django.utils import translation

from website.caching.content_cache import cached_fragment, public


def home_themes_html(context, heading: str = "") -> str:
    """Every theme hub under this home's theme overview, as a band of coloured links with counts.

    Rendered once per home and content version (a warm home page spends no query on it).
    """
    from .models import ThemeIndexPage

    request, home = context.get("request"), context.get("page")
    if home is None or not home.pk:
        return ""

    def render():
        index = public(ThemeIndexPage.objects.live().child_of(home)).first()
        hubs = index.hubs() if index is not None else []
        if not hubs:
            return ""
        return render_to_string(
            "themes/includes/home_themes.html", {"hubs": hubs, "index": index, "heading": heading}, request
        )

    key = hashlib.sha1(f"{home.pk}|{translation.get_language()}|{heading}".encode()).hexdigest()[:16]
    return cached_fragment(request, f"home-themes:{key}", render)
