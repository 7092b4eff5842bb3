"""The home page's latest recommendations with their status, for website's "home-recommendations" slot."""

import hashlib

from django.template.loader import render_to_string
from django.utils import translation

from website.caching.content_cache import cached_fragment, public
from website.pages.listings import card_queryset, prepare_cards

LATEST_COUNT = 3


def home_recommendations_html(context, heading: str = "") -> str:
    """The newest recommendations of this home's board (by date sent), each with its status badge
    in the board's colour and a link to the board. Rendered once per home and content version."""
    from .models import RecommendationIndexPage, RecommendationPage

    request, home = context.get("request"), context.get("page")
    if home is None or not home.pk:
        return ""

    def render():
        board = public(RecommendationIndexPage.objects.live().child_of(home)).first()
        if board is None:
            return ""
        latest = public(RecommendationPage.objects.live().child_of(board)).order_by("-date_issued", "-pk")
        cards = prepare_cards(list(card_queryset(latest)[:LATEST_COUNT]))
        if not cards:
            return ""
        return render_to_string(
            "recommendations/includes/home_latest.html",
            {"cards": cards, "board": board, "heading": heading},
            request,
        )

    key = hashlib.sha1(f"{home.pk}|{translation.get_language()}|{heading}".encode()).hexdigest()[:16]
    return cached_fragment(request, f"home-recommendations:{key}", render)
