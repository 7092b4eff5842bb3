"""``{% newsletter_signup %}``: the sign-up form anywhere (footer, blocks, archive page)."""

from django import template
from django.utils.translation import gettext as _

from ..signup import form_context, signup_form

register = template.Library()


@register.inclusion_tag("newsletters/includes/signup.html", takes_context=True)
def newsletter_signup(context, placement="footer", heading="", text=""):
    request = context.get("request")
    # Ids must be unique when a page shows the form twice (a block plus the footer).
    count = getattr(request, "_newsletter_forms", 0) + 1 if request is not None else 1
    if request is not None:
        request._newsletter_forms = count
    prefix = placement if count == 1 else f"{placement}{count}"
    form = signup_form(request, prefix_id=f"nl-{prefix}")
    result = form_context(request, form, placement, heading=heading or _("Subscribe to our newsletter"), text=text)
    result["archive_label"] = _("Read previous newsletters")
    if placement == "footer" and not text:
        result["text"] = _("News, tools and recommendations for an inclusive society, about once a month.")
    return result
