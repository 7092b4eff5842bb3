"""The public page of the inclusive-language guide: every entry of its language, searchable, and
a text checker (a form posted to the page itself)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from website.models import BasePage

from .entry import GlossaryEntry


class GlossaryPage(BasePage):
    """The public guide of one language: the glossary, searchable and by theme, and the checker.

    A page (not a fixed URL) so editors place, title and introduce it like any other page and it
    is translated with the site; the entries themselves come from the snippets of its language.
    """

    checker_intro = models.TextField(
        _("checker introduction"), blank=True, help_text=_("A sentence above the text checker.")
    )

    parent_page_types = ["website.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("checker_intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("checker_intro")]

    class Meta:
        verbose_name = _("inclusive-language guide")
        verbose_name_plural = _("inclusive-language guides")

    def get_context(self, request, *args, **kwargs):
        from django.db.models import Q

        from website.taxonomy.lookup import localise

        from ..forms import CheckForm

        context = super().get_context(request, *args, **kwargs)
        entries = GlossaryEntry.objects.filter(locale_id=self.locale_id).prefetch_related("themes")
        everything = list(entries)
        query = request.GET.get("q", "").strip()[:100]
        theme = request.GET.get("theme", "").strip()[:100]
        shown = entries
        if query:
            shown = shown.filter(
                Q(term__icontains=query) | Q(forms__icontains=query) | Q(alternatives__icontains=query)
            )
        if theme:
            shown = shown.filter(themes__slug=theme).distinct()
        themes = {}
        for entry in everything:
            entry.local_themes = localise(entry.themes.all(), self.locale_id)
            for term in entry.local_themes:
                themes[term.slug] = term
        by_id = {entry.pk: entry for entry in everything}
        context.update(
            entries=[by_id[pk] for pk in shown.values_list("pk", flat=True)] if (query or theme) else everything,
            entry_count=len(everything),
            query=query,
            theme=theme,
            themes=sorted(themes.values(), key=lambda t: (t.sort_order, t.name)),
            form=CheckForm(),
        )
        return context

    def serve(self, request, *args, **kwargs):
        from ..views import serve_guide

        return serve_guide(self, request, super().serve)
