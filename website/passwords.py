"""Passwords this code base publishes (the demo accounts' in the README) are no staff password.

Django's CommonPasswordValidator lists leaked passwords, not ours: ``changeme-demo`` is 13
characters and passed every validator. Demo accounts are created without validation, so
``make run`` (``DEMO_PUBLISHED_PASSWORDS``, on in the dev settings) keeps its documented
passwords; anywhere else the demo loader gives them a random one instead
(website.demo.helpers.demo_password).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from website.project.settings.environment import DEFAULT_DEMO_ADMIN_PASSWORD

# Passwords of the demo roles (at least 12 characters); the admin's comes from DEMO_ADMIN_PASSWORD.
DEMO_PASSWORDS = {
    "editor": "editor-demo-pass",
    "reviewer": "reviewer-demo-pass",
    "translator": "translator-demo-pass",
}
KNOWN_PASSWORDS = frozenset(p.casefold() for p in [DEFAULT_DEMO_ADMIN_PASSWORD, *DEMO_PASSWORDS.values()])


class KnownPasswordValidator:
    """Refuses the published demo passwords, whatever their case or surrounding spaces."""

    def validate(self, password, user=None):
        if password.strip().casefold() in KNOWN_PASSWORDS:
            raise ValidationError(
                _("This password is published with the demo content. Choose your own."), code="password_published"
            )

    def get_help_text(self):
        return _("Your password can't be one of the demo accounts' published passwords.")
