"""The newsletter archive (and sign-up page) of each language, and the issues under it."""

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from website.models import BasePage

from ..blocks import NewsletterStreamBlock


class NewsletterIndexPage(RoutablePageMixin, BasePage):
    """The newsletter's own page in one language: the sign-up form, the archive of sent issues
    and their RSS feed (``feed/``), so people can judge the newsletter before subscribing."""

    public_type_label = _("Overview page")
    public_type_label_plural = _("Overview pages")

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Privacy statement the consent checkbox links to."),
    )

    parent_page_types = ["website.HomePage"]
    subpage_types = ["newsletters.NewsletterPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("privacy_page")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("privacy_page")]

    class Meta:
        verbose_name = _("newsletter archive")

    def sent_issues(self):
        from website.caching.content_cache import public
        from website.pages.listings import card_queryset

        issues = public(NewsletterPage.objects.live().child_of(self).filter(sent_at__isnull=False).order_by("-sent_at"))
        return card_queryset(issues)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = list(self.sent_issues()[:50])
        context["feed_url"] = self.get_url(request) + self.reverse_subpage("feed")
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from ..feeds import IssueFeed

        return IssueFeed(self)(request)


class NewsletterPage(BasePage):
    """One issue of the newsletter in one language, composed from free text and site content.

    Its themes (from BasePage) choose who receives it: subscribers who picked one of them or all
    themes; an issue without themes goes to every subscriber of its language. ``sent_at`` is set
    when sending starts and puts the issue in the public archive.
    """

    public_type_label = _("Newsletter")
    public_type_label_plural = _("Newsletters")

    publication_date_field = "sent_at"

    body = StreamField(
        NewsletterStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("Content of the newsletter.")
    )
    subject = models.CharField(
        _("email subject"),
        max_length=150,
        blank=True,
        help_text=_("Subject of the e-mail; empty = the title."),
    )
    preheader = models.CharField(
        _("preheader"),
        max_length=150,
        blank=True,
        help_text=_("The line mail programs show after the subject in the inbox. Empty: the start of the intro."),
    )
    sent_at = models.DateTimeField(
        _("sent at"), null=True, blank=True, editable=False, help_text=_("When sending started.")
    )

    parent_page_types = ["newsletters.NewsletterIndexPage"]
    subpage_types = []
    # A translation (or copy) of a sent issue has not been sent itself.
    exclude_fields_in_copy = ["sent_at"]
    preview_modes = [("", _("Web page")), ("email", _("Email (HTML)")), ("text", _("Email (plain text)"))]

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("subject"), FieldPanel("preheader"), FieldPanel("body")]
        + BasePage.taxonomy_panels
    )
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("subject"),
        TranslatableField("preheader"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("newsletter issue")

    @property
    def email_subject(self) -> str:
        return self.subject or self.title

    @property
    def email_preheader(self) -> str:
        """The inbox preview: the editor's preheader, else the intro cut at a word near 110 characters."""
        from django.utils.text import Truncator

        return self.preheader or Truncator(" ".join(self.intro.split())).chars(110)

    def serve_preview(self, request, mode_name):
        if mode_name in ("email", "text"):
            from ..emails import render_issue

            rendered = render_issue(self, preview=True)
            if mode_name == "text":
                response = TemplateResponse(request, "newsletters/email/text_preview.html", {"text": rendered.text})
            else:
                from django.http import HttpResponse

                response = HttpResponse(rendered.html)
                # The email carries its styles inline, as mail clients need; the site's CSP would strip them.
                response._csp_exempt = True
            return response
        return super().serve_preview(request, mode_name)
