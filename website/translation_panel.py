"""The dashboard panel "Translations to do": what waits for the people who translate.

Per language the person may edit, the Dutch (default-language) pages that have no translation
yet, and those whose translation is out of date: the source was published again after its text
was last handed to the translation editor (wagtail-localize's ``TranslationSource``), so the
translation lacks the latest changes until someone updates it.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

LIMIT = 10  # items listed per language and kind; the panel says how many there are in all


def _link(url_name, *args):
    return reverse(url_name, args=args)


class TranslationsToDoPanel(Component):
    name = "translations_to_do"
    template_name = "website/admin/translations_panel.html"
    order = 230  # after Wagtail's "awaiting your review" (220)

    def __init__(self, user):
        self.user = user
        self.languages = self._languages()

    def _languages(self) -> list[dict]:
        from wagtail_localize.models import TranslationSource

        default = Locale.get_default()
        sources = Page.objects.live().filter(locale=default, depth__gt=1)
        can_submit = self.user.has_perm("wagtail_localize.submit_translation")
        languages = []
        for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code"):
            home = Page.objects.filter(locale=locale, depth=2).first()
            if home is None or not home.permissions_for_user(self.user).can_edit():
                continue
            translated = Page.objects.filter(locale=locale).values("translation_key")
            missing = sources.exclude(translation_key__in=translated).order_by("path")
            stale_sources = TranslationSource.objects.filter(
                specific_content_type__in=sources.values("content_type"),
                object_id__in=sources.values("translation_key"),
                translations__target_locale=locale,
                translations__enabled=True,
            ).values("object_id", "last_updated_at", "pk")
            stale_at = {row["object_id"]: row for row in stale_sources}
            out_of_date = [
                page
                for page in sources.filter(translation_key__in=stale_at.keys(), last_published_at__isnull=False)
                .only("pk", "title", "translation_key", "last_published_at", "url_path")
                .order_by("path")
                if page.last_published_at > stale_at[page.translation_key]["last_updated_at"]
            ]
            translations = {
                page.translation_key: page
                for page in Page.objects.filter(
                    locale=locale, translation_key__in=[page.translation_key for page in out_of_date[:LIMIT]]
                )
            }
            languages.append(
                {
                    "name": locale.get_display_name(),
                    "missing_count": missing.count(),
                    "missing": [
                        {
                            "page": page,
                            "view_url": page.get_url(),
                            "translate_url": can_submit and _link("wagtail_localize:submit_page_translation", page.pk),
                        }
                        for page in missing[:LIMIT]
                    ],
                    "out_of_date_count": len(out_of_date),
                    "out_of_date": [
                        {
                            "page": page,
                            "edit_url": _link("wagtailadmin_pages:edit", translations[page.translation_key].pk)
                            if page.translation_key in translations
                            else _link("wagtailadmin_pages:edit", page.pk),
                            "update_url": can_submit
                            and _link("wagtail_localize:update_translations", stale_at[page.translation_key]["pk"]),
                        }
                        for page in out_of_date[:LIMIT]
                    ],
                }
            )
        return [language for language in languages if language["missing_count"] or language["out_of_date_count"]]

    def get_context_data(self, parent_context=None):
        # "Pages in Dutch / en néerlandais / in het Nederlands", in the reader's language.
        default_language = get_language_info(settings.LANGUAGE_CODE)["name_translated"]
        return {"languages": self.languages, "default_language": default_language}

    def render_html(self, parent_context=None):
        return super().render_html(parent_context) if self.languages else ""
