"""A document linked from a page: the one shape of every family's downloads."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

#: The languages a document itself may be in (not the page's: a French page may offer a Dutch file).
DOCUMENT_LANGUAGES = [("nl", _("Dutch")), ("fr", _("French")), ("en", _("English"))]


class LinkedDocument(TranslatableMixin, Orderable):
    """A file a page offers for download (a toolkit's resources, a practice's reports, a
    campaign's materials), with what visitors need before clicking: its title, format, size and
    language. Abstract: each family keeps its own table and adds the ``ParentalKey`` to its page
    (and any fields of its own), so nothing is copied between tables.
    """

    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The file visitors download (pdf, docx, xlsx...)."),
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("Title as visitors see it; empty keeps the document's title."),
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=DOCUMENT_LANGUAGES,
        default="nl",
        help_text=_("Language of the document itself (not of this page)."),
    )

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("language")]
    translatable_fields = [TranslatableField("title"), SynchronizedField("document"), SynchronizedField("language")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    @property
    def display_title(self) -> str:
        return self.title or self.document.title

    def as_download(self, url: str | None = None) -> dict:
        """What ``website/includes/detail/documents.html`` shows of this file; ``url``: another
        address than the file's own (a counted download)."""
        return {
            "title": self.display_title,
            # A file's own title is in the file's language (WCAG 3.1.2: language of parts).
            "title_lang": "" if self.title else self.language,
            "format": self.document.file_extension.upper(),
            "size": self.document.get_file_size(),
            "language": self.language,
            "language_label": str(self.get_language_display()),
            "url": url or self.document.url,
        }
