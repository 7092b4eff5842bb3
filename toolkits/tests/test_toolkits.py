"""Toolkits: creation rules, rendering in three languages, resources and their download
counter, related content, the faceted library, preview, scheduling and query budgets."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from tests.fixtures import count_queries
from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory, ToolkitResourceFactory
from toolkits.models import DownloadCounter, ToolkitIndexPage, ToolkitPage, ToolkitRelatedPage
from website.factories import DocumentFactory, ImageFactory, StandardPageFactory
from website.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home_pages, make_page, translate_page):
    nl = make_page(ToolkitIndexPageFactory, home_pages["nl"])
    translate_page(nl, home_pages["fr"].locale, title="Boîtes à outils", slug="boites-a-outils")
    translate_page(nl, home_pages["en"].locale, title="Toolkits", slug="toolkits")
    return nl


def make_toolkit(make_page, library, slug, themes=(), audiences=(), sectors=(), publish=True, **fields):
    if not publish:
        fields["live"] = False
    page = make_page(
        ToolkitPageFactory, library, slug=slug, title=fields.pop("title", slug.title()), publish=publish, **fields
    )
    page.themes.set(themes)
    page.audiences.set(audiences)
    page.sectors.set(sectors)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_creation_rules(home_pages):
    assert ToolkitIndexPage.can_create_at(home_pages["nl"])
    assert ToolkitIndexPage in HomePage.allowed_subpage_models()
    assert ToolkitIndexPage.allowed_subpage_models() == [ToolkitPage]
    assert ToolkitPage.allowed_parent_page_models() == [ToolkitIndexPage]
    assert not ToolkitPage.can_create_at(home_pages["nl"])
    assert ToolkitPage.is_content and not ToolkitIndexPage.is_content


def test_every_editor_field_has_dutch_help_text():
    own = [f for f in ToolkitPage._meta.get_fields() if getattr(f, "model", None) is ToolkitPage and f.editable]
    for field in own:
        if field.name.endswith("_ptr"):
            continue
        assert field.help_text, f"{field.name} has no help text"


def test_detail_renders_body_resources_and_facts_in_three_languages(
    client, library, make_page, terms, translate_page, locales
):
    toolkit = make_toolkit(
        make_page,
        library,
        "inclusief-werven",
        themes=[terms["werk"]],
        audiences=[terms["werkgevers"]],
        sectors=[terms["zorg"]],
        title="Inclusief werven",
    )
    ToolkitResourceFactory(
        page=toolkit, title="Sjabloon inclusieve vacature", language="nl", document=DocumentFactory(title="Vacature")
    )
    toolkit.save_revision().publish()
    toolkit.refresh_from_db()

    html = soup(client.get("/nl/toolkits/inclusief-werven/"))
    assert html.h1.get_text() == "Inclusief werven"
    steps = html.select("ol.steps__list > li")
    assert [s.h3.get_text() for s in steps] == [
        "Breng je situatie in kaart",
        "Stel een actieplan op",
        "Evalueer na zes maanden",
    ]
    assert [li.get_text() for li in html.select(".checklist__list li")] == [
        "Doel bepaald",
        "Team betrokken",
        "Planning gemaakt",
    ]
    assert html.select_one(".tool__name").get_text() == "Inclusiescan"
    resource = html.select_one(".documents__item")
    assert resource.a.get_text(strip=True).startswith("Sjabloon inclusieve vacature")
    assert "PDF" in resource.get_text() and "Nederlands" in resource.get_text()  # language of the file, in Dutch
    facts = html.select_one(".detail__aside").get_text(" ", strip=True)
    assert "Werkgevers" in facts and "Zorg" in facts and "15 januari 2025" in facts
    assert html.select_one(".theme-labels").get_text(strip=True) == "Werk"

    fr = translate_page(toolkit, locales["fr"], title="Recruter de manière inclusive", slug="recruter-inclusif")
    html = soup(client.get(fr.url))
    assert html.h1.get_text() == "Recruter de manière inclusive"
    assert html.html["lang"] == "fr"
    aside = html.select_one(".detail__aside").get_text(" ", strip=True)
    assert "Employeurs" in aside and "Soins" in aside  # terms shown in the visitor's language
    assert html.select_one(".theme-labels").get_text(strip=True) == "Emploi"

    en = translate_page(toolkit, locales["en"], title="Inclusive recruitment", slug="inclusive-recruitment")
    response = client.get(en.url)
    assert response.status_code == 200
    assert soup(response).h1.get_text() == "Inclusive recruitment"


def test_download_counter_counts_gets_then_hands_over_to_wagtail(client, library, make_page, locales, translate_page):
    toolkit = make_toolkit(make_page, library, "t")
    resource = ToolkitResourceFactory(page=toolkit, document=DocumentFactory(title="Gids"))
    toolkit.save_revision().publish()
    url = f"/downloads/{resource.pk}/"

    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == resource.document.url
    assert client.get(response["Location"]).status_code == 200  # Wagtail's serve view delivers the file
    client.get(url)
    client.head(url)  # link checkers do not count
    assert DownloadCounter.objects.get(key=resource.translation_key).count == 2

    # A French translation's copy of the resource adds to the same counter.
    fr = translate_page(toolkit, locales["fr"], title="Boîte", slug="boite")
    fr_resource = fr.resources.get()
    assert fr_resource.translation_key == resource.translation_key
    client.get(f"/downloads/{fr_resource.pk}/")
    assert DownloadCounter.objects.get(key=resource.translation_key).count == 3

    # Publishing the page again (its rows restored from the revision) keeps the count.
    toolkit.refresh_from_db()
    toolkit.save_revision().publish()
    html = soup(client.get("/nl/toolkits/t/"))
    assert "3 downloads" in html.select_one(".documents__meta").get_text()


def test_download_of_unpublished_or_unknown_resource_is_404(client, library, make_page):
    toolkit = make_toolkit(make_page, library, "t")
    resource = ToolkitResourceFactory(page=toolkit)
    toolkit.unpublish()
    assert client.get(f"/downloads/{resource.pk}/", follow=True).status_code == 404
    assert client.get("/downloads/999999/", follow=True).status_code == 404
    assert not DownloadCounter.objects.exists()


def test_related_shows_picks_first_then_suggestions_by_shared_theme(client, library, make_page, terms, home_pages):
    from practices.factories import PracticeIndexPageFactory, PracticePageFactory

    practices = make_page(PracticeIndexPageFactory, home_pages["nl"])
    pick = make_page(PracticePageFactory, practices, title="Gekozen praktijk", slug="gekozen")
    toolkit = make_toolkit(make_page, library, "hoofd", themes=[terms["werk"]])
    sharing = make_toolkit(
        make_page, library, "deelt-thema", themes=[terms["werk"], terms["wonen"]], title="Deelt thema"
    )
    make_toolkit(make_page, library, "ander-thema", themes=[terms["onderwijs"]], title="Ander thema")
    std = make_page(StandardPageFactory, home_pages["nl"], title="Standaard", slug="standaard")
    std.themes.set([terms["werk"]])
    std.save_revision().publish()
    ToolkitRelatedPage.objects.create(page=toolkit, related_page=pick, locale=toolkit.locale)
    toolkit.save_revision().publish()

    html = soup(client.get("/nl/toolkits/hoofd/"))
    titles = [a.get_text() for a in html.select(".related .card__title a")]
    assert titles == ["Gekozen praktijk", "Deelt thema"]  # not itself, not other themes, not standard pages
    assert sharing.title in titles


def test_library_filters_with_counts_and_only_live_pages_of_its_language(
    client, library, make_page, terms, translate_page, locales
):
    make_toolkit(
        make_page, library, "a", themes=[terms["werk"]], audiences=[terms["werkgevers"]], sectors=[terms["zorg"]]
    )
    make_toolkit(
        make_page, library, "b", themes=[terms["werk"]], audiences=[terms["lokale-besturen"]], sectors=[terms["zorg"]]
    )
    c = make_toolkit(
        make_page, library, "c", themes=[terms["wonen"]], audiences=[terms["werkgevers"]], sectors=[terms["industrie"]]
    )
    make_toolkit(make_page, library, "draft", themes=[terms["werk"]], audiences=[terms["werkgevers"]], publish=False)
    translate_page(c, locales["fr"], title="C en français", slug="c-fr")

    html = soup(client.get("/nl/toolkits/?theme=werk&audience=werkgevers&sector=zorg"))
    assert [a.get_text() for a in html.select(".listing__results .card__title a")] == ["A"]
    labels = {i["value"]: i.find_next("label").get_text(" ", strip=True) for i in html.select("input[name=theme]")}
    # Theme counts apply the audience and sector filters but not the theme filter itself.
    assert labels["werk"].startswith("Werk (1") and labels["wonen"].startswith("Wonen (0")
    sector_labels = {
        i["value"]: i.find_next("label").get_text(" ", strip=True) for i in html.select("input[name=sector]")
    }
    assert sector_labels["zorg"].startswith("Zorg (1") and sector_labels["industrie"].startswith("Industrie (0")

    html = soup(client.get("/nl/toolkits/"))
    assert sorted(a.get_text() for a in html.select(".card__title a")) == ["A", "B", "C"]  # no draft

    html = soup(client.get("/fr/boites-a-outils/"))
    assert [a.get_text() for a in html.select(".card__title a")] == ["C en français"]


@pytest.mark.parametrize("query", ["theme=bestaat-niet", "page=abc", "page=99999", "year=abcd", "sort=x", "sector=%00"])
def test_library_bad_parameters_give_a_normal_page(client, library, make_page, terms, query):
    make_toolkit(make_page, library, "a", themes=[terms["werk"]])
    response = client.get(f"/nl/toolkits/?{query}")
    assert response.status_code == 200
    assert [a.get_text() for a in soup(response).select(".card__title a")] == ["A"]


def test_empty_result_offers_to_clear_filters(client, library, make_page, terms):
    make_toolkit(make_page, library, "a", themes=[terms["werk"]], audiences=[terms["werkgevers"]])
    html = soup(client.get("/nl/toolkits/?theme=wonen"))
    assert html.select_one(".empty-state a")["href"] == "?"


def test_preview_of_a_draft_renders_the_draft(library, make_page, terms):
    toolkit = make_toolkit(make_page, library, "t", title="Gepubliceerd")
    toolkit.title = "Conceptversie"
    toolkit.body = [("checklist", {"title": "Nieuw", "items": ["Eerste punt"]})]
    revision = toolkit.save_revision()
    draft = revision.as_object()
    response = draft.make_preview_request()
    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text() == "Conceptversie"
    assert html.select_one(".checklist__title").get_text() == "Nieuw"


def test_scheduled_publishing_makes_the_toolkit_appear(client, library, make_page):
    toolkit = make_toolkit(make_page, library, "gepland", publish=False, title="Gepland")
    toolkit.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = toolkit.save_revision()
    revision.publish()  # scheduled, not live yet
    assert not Page.objects.get(pk=toolkit.pk).live
    assert "Gepland" not in client.get("/nl/toolkits/").content.decode()
    # Let the scheduled moment pass: move it into the past, as the clock would.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.refresh_from_db()
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled")
    assert Page.objects.get(pk=toolkit.pk).live
    assert "Gepland" in client.get("/nl/toolkits/").content.decode()


def _toolkit_with(make_page, library, terms, home_pages, n):
    from practices.factories import PracticeIndexPageFactory, PracticePageFactory

    practices = home_pages["nl"].get_children().type(Page).filter(slug="goede-praktijken").first()
    practices = practices.specific if practices else make_page(PracticeIndexPageFactory, home_pages["nl"])
    image = ImageFactory(title="Beeld")
    document = DocumentFactory(title="Bijlage")
    toolkit = make_toolkit(
        make_page,
        library,
        f"budget-{n}",
        themes=[terms["werk"]],
        audiences=[terms["werkgevers"]],
        sectors=[terms["zorg"]],
    )
    for i in range(n):
        ToolkitResourceFactory(page=toolkit, document=document, title=f"Bijlage {i}")
        practice = make_page(PracticePageFactory, practices, slug=f"p-{n}-{i}", listing_image=image)
        practice.themes.set([terms["werk"]])
        practice.save_revision().publish()
        ToolkitRelatedPage.objects.create(page=toolkit, related_page=practice, locale=toolkit.locale, sort_order=i)
    toolkit.save_revision().publish()
    return toolkit


def test_detail_query_budget_does_not_grow_with_resources_and_related(client, library, make_page, terms, home_pages):
    few = _toolkit_with(make_page, library, terms, home_pages, 2)
    many = _toolkit_with(make_page, library, terms, home_pages, 20)
    few_count, _ = count_queries(client, few.url)
    many_count, response = count_queries(client, many.url)
    assert len(soup(response).select(".documents__item")) == 20
    assert few_count == many_count <= 12, (few_count, many_count)


def test_listing_query_budget_does_not_grow_with_results(client, library, make_page, terms):
    image = ImageFactory(title="Kaart")
    url = "/nl/toolkits/?theme=werk&audience=werkgevers&sector=zorg"
    counts = []
    for n in (2, 20):
        for i in range(n - (0 if n == 2 else 2)):
            make_toolkit(
                make_page,
                library,
                f"l-{n}-{i}",
                themes=[terms["werk"]],
                audiences=[terms["werkgevers"]],
                sectors=[terms["zorg"]],
                listing_image=image,
            )
        count, response = count_queries(client, url)
        counts.append(count)
        assert len(soup(response).select(".listing__results .card")) == min(n, 12)
    assert counts[0] == counts[1] <= 15, counts


def test_indicators_dashboard_counts_downloads_per_resource(client, library, make_page, locales, translate_page):
    """The toolkits app's own indicator (toolkits/indicators.py): one row per resource, its
    translations' downloads added, named in the default language."""
    from indicators import registry

    toolkit = make_toolkit(make_page, library, "t")
    resource = ToolkitResourceFactory(page=toolkit, title="Gids")
    toolkit.save_revision().publish()
    fr = translate_page(toolkit, locales["fr"], title="Boîte", slug="boite")
    for pk in (resource.pk, resource.pk, fr.resources.get().pk):
        client.get(f"/downloads/{pk}/")
    downloads = next(indicator for indicator in registry.indicators() if indicator.key == "downloads")
    assert downloads.available() and downloads.rows() == [("Gids", 3)]
