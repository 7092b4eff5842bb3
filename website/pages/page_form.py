"""The admin form every content page uses (``BasePage.base_form_class``)."""

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from website.taxonomy.forms import LocalisedTermsPageForm


class ContentPageForm(LocalisedTermsPageForm):
    """Taxonomy in the page's language (see LocalisedTermsPageForm), and a slug clash that says
    which page holds the address: autosave or an earlier "Save draft" leaves a draft the editor
    may not know about, and Wagtail's bare "slug already in use" sends them looking for it."""

    def clean(self):
        cleaned_data = super().clean()
        slug = self.data.get("slug") if "slug" in self.errors else None
        if slug and self.parent_page is not None:
            holder = self.parent_page.get_children().filter(slug=slug).exclude(pk=self.instance.pk).first()
            if holder is not None:
                self.errors["slug"] = self.error_class([self._clash_message(holder)])
        return cleaned_data

    def _clash_message(self, holder):
        url = reverse("wagtailadmin_pages:edit", args=(holder.pk,))
        if holder.live:
            text = _("The page %(link)s already uses this address. Choose another slug.")
        else:
            text = _(
                "A draft with this address already exists (perhaps saved automatically): %(link)s. "
                "Open it to continue where you left off, or choose another slug."
            )
        link = format_html('<a href="{}">{}</a>', url, holder.get_admin_display_title())
        return forms.ValidationError(format_html(text.replace("%(link)s", "{}"), link))
