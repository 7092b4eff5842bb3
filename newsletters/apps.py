from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    name = "newsletters"
    verbose_name = _("Newsletters")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.template.loader import render_to_string

        from website import slots

        from .templatetags.newsletter_tags import newsletter_signup

        def render_signup(context, placement="footer", heading="", text=""):
            data = newsletter_signup(context, placement=placement, heading=heading, text=text)
            return render_to_string("newsletters/includes/signup.html", data, request=context.get("request"))

        # The sign-up form in the footer, on the home page and on campaign pages.
        slots.register("newsletter-signup", render_signup)
