"""``{% syndication_head %}``: social cards, JSON-LD, feed links and robots rules for any page."""

from django import template

from syndication import metadata

register = template.Library()


@register.inclusion_tag("syndication/includes/head.html", takes_context=True)
def syndication_head(context):
    request = context.get("request")
    page = context.get("page")
    if not page or not getattr(page, "pk", None) or not hasattr(page, "locale_id"):
        # 404s, search results, forms: no page to describe, but query-string URLs stay noindex.
        return {"meta": None, "noindex": bool(request is not None and request.GET), "request": request}
    return {"meta": metadata.head(page, request, context.get("listing")), "request": request}
