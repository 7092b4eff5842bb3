"""``{% newsletter_signup %}``: the sign-up form anywhere (footer, blocks, archive page)."""

from django import template

from ..signup import signup_html

register = template.Library()


@register.simple_tag(takes_context=True)
def newsletter_signup(context, placement="footer", heading="", text=""):
    state = context.get("signup_state", "")
    return signup_html(context.get("request"), placement=placement, heading=heading, text=text, state=state)
