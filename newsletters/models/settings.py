"""Who sends the newsletter: the organisation's name and postal address, per site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class NewsletterSettings(BaseSiteSetting):
    """The sender's identity shown in every newsletter footer and in the ``From`` display name.

    EU rules (and spam filters) expect a newsletter to name an identifiable sender with a postal
    address. It is a site setting so editors can correct a move or a new name without a developer.
    """

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=100,
        default="LEVL",
        help_text=_("Shown in the footer of every newsletter and as the sender's name."),
    )
    postal_address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_("Street, number, postcode and town; shown in the footer of every newsletter."),
    )

    panels = [FieldPanel("organisation_name"), FieldPanel("postal_address")]

    class Meta:
        verbose_name = _("newsletter sender")

    @property
    def address_line(self) -> str:
        """The postal address on one line, as footers show it."""
        return ", ".join(line.strip() for line in self.postal_address.splitlines() if line.strip())

    @classmethod
    def for_default_site(cls):
        """The settings of the default site, for mails sent outside a request (sign-up, tasks)."""
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        return cls.for_site(site) if site else cls()
