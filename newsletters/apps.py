from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    name = "newsletters"
    verbose_name = _("Newsletters")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website import slots

        from .signup import signup_html

        def render_signup(context, placement="footer", heading="", text=""):
            # Pages that follow a sign-up set ``signup_state``: the footer shows it, not the form.
            state = context.get("signup_state", "")
            return signup_html(context.get("request"), placement=placement, heading=heading, text=text, state=state)

        # The sign-up form in the footer, on the home page and on campaign pages.
        slots.register("newsletter-signup", render_signup)
