"""The admin speaks the editor's language: every page type's edit form, in the language the
editor chose in their Wagtail profile, shows our help texts and labels in that language only."""

import html
import pathlib
import re

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from newsletters.factories import NewsletterIndexPageFactory, NewsletterPageFactory
from practices.factories import PracticeIndexPageFactory, PracticePageFactory
from press.factories import OpinionPageFactory, PressIndexPageFactory, PressReleasePageFactory
from recommendations.factories import RecommendationIndexPageFactory, RecommendationPageFactory
from themes.factories import ThemeIndexPageFactory, ThemePageFactory
from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory
from website.factories import StandardPageFactory
from website.taxonomy.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def catalog(language: str) -> dict[str, str]:
    """msgid -> msgstr of every one of our apps' catalogs in ``language``."""
    entries = {}
    for po_file in sorted(pathlib.Path(settings.BASE_DIR).glob(f"*/locale/{language}/LC_MESSAGES/django.po")):
        if po_file.parts[-5] == ".venv":
            continue
        for entry in polib.pofile(str(po_file)):
            if entry.msgstr and not entry.obsolete:
                entries[entry.msgid] = entry.msgstr
    return entries


def sentences_only_in(language: str, other: str) -> set[str]:
    """Translated sentences (not single words that read alike in both) that differ from ``other``'s."""
    mine, theirs = catalog(language), catalog(other)
    return {
        text
        for msgid, text in mine.items()
        if " " in text and len(text) >= 15 and "%" not in text and text != theirs.get(msgid, msgid)
    }


def visible_text(response) -> str:
    """The page as an editor reads it, block definitions (JSON in attributes) included."""
    text = html.unescape(response.content.decode())
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def page_content(page) -> str:
    """What the page and its ancestors (breadcrumbs) say, in the factories' Dutch: not the admin's words."""
    pages = [page, *page.get_ancestors().specific()]
    return " ".join(str(getattr(p, field.attname, "")) for p in pages for field in p._meta.concrete_fields)


@pytest.fixture
def one_page_of_each_type(home_pages, locales, make_page):
    """One page of every creatable type, made directly in the French tree (not a translation,
    so the ordinary edit form is what an editor sees)."""
    home = home_pages["fr"]
    theme = ThemeFactory(name="Logement", slug="logement", locale=locales["fr"])
    pages = [make_page(StandardPageFactory, home, title="À propos", slug="a-propos")]
    for index_factory, child_factory, extra in (
        (ToolkitIndexPageFactory, ToolkitPageFactory, {}),
        (PracticeIndexPageFactory, PracticePageFactory, {}),
        (RecommendationIndexPageFactory, RecommendationPageFactory, {}),
        (CampaignIndexPageFactory, CampaignPageFactory, {}),
        (NewsletterIndexPageFactory, NewsletterPageFactory, {}),
        (ThemeIndexPageFactory, ThemePageFactory, {"title": "Logement", "theme": theme}),
        (PressIndexPageFactory, PressReleasePageFactory, {}),
    ):
        index = make_page(index_factory, home, slug=f"{index_factory._meta.model._meta.model_name}-fr")
        pages += [index, make_page(child_factory, index, **extra)]
    pages.append(make_page(OpinionPageFactory, pages[-2]))
    pages.append(home)
    return pages


def editor(django_user_model, language):
    user = django_user_model.objects.create_superuser(f"editor-{language}", f"{language}@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.mark.parametrize(("language", "foreign"), [("fr", "nl"), ("en", "nl"), ("nl", "fr")])
def test_edit_form_of_every_page_type_is_in_the_editors_language(
    client, django_user_model, one_page_of_each_type, language, foreign
):
    client.force_login(editor(django_user_model, language))
    foreign_sentences = sentences_only_in(foreign, language)
    own, french = catalog(language), catalog("fr")
    page_types = set()
    for page in one_page_of_each_type:
        model = type(page.specific)
        page_types.add(model)
        response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert response.status_code == 200, (model, response.status_code)
        text = visible_text(response)
        assert f'lang="{language}"' in text
        content = page_content(page.specific)
        leaked = sorted(s for s in foreign_sentences if s in text and s not in content)
        assert leaked == [], f"{model.__name__} edit form in {language} shows {foreign} text: {leaked}"
        # Not vacuous: the page type's own help texts are there, in the editor's language.
        with translation.override("en"):
            msgids = [str(field.help_text) for field in model._meta.get_fields() if getattr(field, "help_text", "")]
        ours = [own.get(msgid, msgid) for msgid in msgids if msgid in french]
        assert not ours or any(help_text in text for help_text in ours), model
    assert len(page_types) == 17
