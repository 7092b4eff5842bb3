"""A policy recommendation (advies) and its follow-up history."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.models import BasePage
from website.pages.blocks import RICH_TEXT_FEATURES, BaseStreamBlock

from ..blocks import RecommendationListBlock
from ..choices import STATUS_STEP, AddresseeKind, PolicyLevel, Status

PRACTICE_MODEL = ("practices", "practicepage")


class RecommendationPage(BasePage):
    """A policy recommendation sent to a government, and what became of it.

    Follow-up is a dated history of status changes (``status_history``); the *current* status is
    the status of the most recent history entry (by date, then by position), or "sent" when there is
    none yet. It is copied into ``status``/``status_date`` on every save, so the status board can
    filter and count on a plain indexed column instead of a subquery over the history. Editors only
    ever edit the history; the denormalised fields cannot drift because they are never edited.
    """

    publication_date_field = "date_issued"

    summary = RichTextField(
        _("summary"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("Summary of the recommendation in a few sentences: the problem and what we ask."),
    )
    policy_level = models.CharField(
        _("policy level"),
        max_length=20,
        choices=PolicyLevel.choices,
        default=PolicyLevel.FLEMISH,
        db_index=True,
        help_text=_("Level of government the recommendation is addressed to."),
    )
    addressee_kind = models.CharField(
        _("kind of addressee"),
        max_length=20,
        choices=AddresseeKind.choices,
        default=AddresseeKind.MINISTER,
        help_text=_(
            "Kind of addressee: minister, administration, advisory council (such as VLOR or SERV) or parliament."
        ),
    )
    addressed_to = models.CharField(
        _("addressed to"),
        max_length=200,
        help_text=_(
            "Name of the addressee, e.g. 'Flemish Minister of Education' or 'Flemish Education Council (VLOR)'."
        ),
    )
    date_issued = models.DateField(
        _("date issued"), db_index=True, help_text=_("Date the recommendation was sent or published.")
    )
    recommendations = StreamField(
        RecommendationListBlock(),
        verbose_name=_("recommendations"),
        help_text=_("The recommendations themselves, one per block; they are shown numbered in this order."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("full text"),
        help_text=_("Full text of the recommendation: context, analysis and reasoning."),
    )
    advice_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("full advice (document)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full recommendation as a document to download (preferably an accessible PDF)."),
    )
    status = models.CharField(
        _("current status"),
        max_length=30,
        choices=Status.choices,
        default=Status.SENT,
        db_index=True,
        editable=False,
        help_text=_("Derived automatically from the most recent follow-up step."),
    )
    status_date = models.DateField(
        _("status date"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Date of the most recent follow-up step (automatic)."),
    )
    government_response = RichTextField(
        _("government response"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the government replied or decided, summarised in your own words."),
    )
    government_response_url = models.URLField(
        _("link to the response"),
        blank=True,
        help_text=_("Web address of the official reply (policy letter, parliamentary question, press release)."),
    )

    parent_page_types = ["recommendations.RecommendationIndexPage"]
    subpage_types: list[str] = []
    is_content = True

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("policy_level"), FieldPanel("addressee_kind")]),
                FieldPanel("addressed_to"),
                FieldPanel("date_issued"),
            ],
            heading=_("Addressee"),
        ),
        FieldPanel("recommendations"),
        FieldPanel("body"),
        FieldPanel("advice_document"),
        InlinePanel(
            "related_practices",
            label=_("Related good practices"),
            max_num=12,
            help_text=_("Up to 12 good practices that show this recommendation at work, shown below it."),
        ),
        *BasePage.taxonomy_panels,
    ]
    follow_up_panels = [
        InlinePanel(
            "status_history",
            label=_("Follow-up step"),
            heading=_("Follow-up history"),
            help_text=_("Add a step whenever something happens; the most recent step sets the current status."),
        ),
        MultiFieldPanel(
            [FieldPanel("government_response"), FieldPanel("government_response_url")],
            heading=_("Government response"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(follow_up_panels, heading=_("Follow-up")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("addressed_to"),
        index.SearchField("recommendations"),
        index.SearchField("body"),
        index.FilterField("policy_level"),
        index.FilterField("status"),
        index.FilterField("date_issued"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        SynchronizedField("policy_level"),
        SynchronizedField("addressee_kind"),
        TranslatableField("addressed_to"),
        SynchronizedField("date_issued"),
        TranslatableField("recommendations"),
        TranslatableField("body"),
        SynchronizedField("advice_document"),
        SynchronizedField("status"),
        SynchronizedField("status_date"),
        TranslatableField("status_history"),
        TranslatableField("government_response"),
        SynchronizedField("government_response_url"),
        SynchronizedField("related_practices"),
    ]

    class Meta:
        verbose_name = _("policy recommendation")
        verbose_name_plural = _("policy recommendations")

    # -- follow-up
    def _timeline(self) -> list:
        entries = [entry for entry in self.status_history.all() if entry.date and entry.status]
        return sorted(entries, key=lambda entry: (entry.date, entry.sort_order or 0))

    @cached_property
    def timeline(self) -> list:
        """History entries oldest first, as the public sees them (read once per request)."""
        return self._timeline()

    def sync_status(self, timeline=None) -> None:
        """Set the current status from the latest history entry (works on unsaved previews too,
        because modelcluster keeps the edited history in memory)."""
        timeline = self._timeline() if timeline is None else timeline
        latest = timeline[-1] if timeline else None
        self.status = latest.status if latest else Status.SENT
        self.status_date = latest.date if latest else self.date_issued

    def save(self, *args, **kwargs):
        self.sync_status()
        return super().save(*args, **kwargs)

    @property
    def status_step(self) -> int:
        return STATUS_STEP.get(self.status, 1)

    @property
    def steps(self) -> list[dict]:
        """The stepper: sent (dated with ``date_issued``), discussed, decision; each dated with the
        first history entry that reached it, the current one marked."""
        reached = {1: self.date_issued}
        for entry in self.timeline:
            reached.setdefault(STATUS_STEP.get(entry.status, 1), entry.date)
        current = self.status_step
        decision = self.get_status_display() if current >= 3 else _("Decision")
        labels = [(1, _("Sent"), Status.SENT), (2, _("Discussed"), Status.DISCUSSED), (3, decision, self.status)]
        return [
            {
                "label": label,
                "date": reached.get(number) if number <= current else None,
                "state": "current" if number == current else ("done" if number < current else "todo"),
                "status": status if number <= current else "",
            }
            for number, label, status in labels
        ]

    @property
    def last_update(self):
        """The most recent dated event: the latest follow-up entry, else the sending date."""
        return self.status_date or self.date_issued

    def related_cards(self) -> list:
        """Cards of the chosen practices, in the editor's order and in this page's language."""
        from website.pages.listings import related_cards

        return related_cards(self, [link.practice_id for link in self.related_practices.all()], suggest=False)

    def get_context(self, request, *args, **kwargs):
        from django.template.loader import render_to_string

        from website.caching.content_cache import cached_fragment

        context = super().get_context(request, *args, **kwargs)

        def render():
            self.sync_status(self.timeline)  # a preview shows the status its edited history implies
            data = {"page": self, "related_cards": self.related_cards()}
            return render_to_string("recommendations/includes/article.html", data, request)

        # The article only changes when something is published (content version): render it once.
        context["article"] = cached_fragment(request, f"recommendation:{self.pk}", render)
        return context


class StatusChange(TranslatableMixin, Orderable):
    """One dated step in the follow-up of a recommendation (e.g. "besproken in de commissie").

    Kept as rows rather than a single status field so the public can see the whole path, not only
    where a recommendation stands today.
    """

    page = ParentalKey(RecommendationPage, related_name="status_history", on_delete=models.CASCADE)
    date = models.DateField(_("date"), help_text=_("Date this step took place."))
    status = models.CharField(
        _("status"),
        max_length=30,
        choices=Status.choices,
        help_text=_("Status of the recommendation after this step."),
    )
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("What happened, e.g. 'Presented to the Education committee of the Flemish Parliament'."),
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("status")]), FieldPanel("note")]
    translatable_fields = [SynchronizedField("date"), SynchronizedField("status"), TranslatableField("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("follow-up step")
        verbose_name_plural = _("follow-up steps")

    def __str__(self):
        return f"{self.date}: {self.get_status_display()}"


class RelatedPractice(TranslatableMixin, Orderable):
    """A good practice that shows the recommendation can work. Points at any content page so this
    app does not depend on the practices app; when that app is installed only its pages are allowed."""

    page = ParentalKey(RecommendationPage, related_name="related_practices", on_delete=models.CASCADE)
    practice = models.ForeignKey(
        "website.BasePage",
        verbose_name=_("good practice"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Good practice that shows how this recommendation can work in practice."),
    )

    panels = [PageChooserPanel("practice", ["website.BasePage"])]
    translatable_fields = [SynchronizedField("practice")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("related good practice")
        verbose_name_plural = _("related good practices")

    def clean(self):
        from django.apps import apps

        super().clean()
        if self.practice_id and apps.is_installed("practices"):
            practice = self.practice
            if (practice.content_type.app_label, practice.content_type.model) != PRACTICE_MODEL:
                raise ValidationError({"practice": _("Choose a good practice page.")})
