"""Public pages (archive, RSS, sign-up page, footer, block) and the subscriber admin."""

import json
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsletters.blocks import NewsletterSignupBlock
from newsletters.factories import NewsletterPageFactory, SubscriberFactory
from newsletters.models import Delivery, NewsletterPage, Subscriber

pytestmark = pytest.mark.django_db


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def _issues(archive, make_page, count, start=0):
    for n in range(start, start + count):
        page = make_page(NewsletterPageFactory, archive, title=f"Editie {n}", slug=f"editie-{n}")
        NewsletterPage.objects.filter(pk=page.pk).update(sent_at=timezone.now())
    make_page(NewsletterPageFactory, archive, title="Nog niet verstuurd", slug=f"concept-{start}")


def test_archive_lists_sent_issues_only_with_a_fixed_query_budget(client, archive, make_page, themes):
    _issues(archive["nl"], make_page, 2)
    few, response = _queries(client, "/nl/nieuwsbrief/")
    html = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text() for a in html.select("#archive-heading ~ .card-list .card__title a")]
    assert sorted(titles) == ["Editie 0", "Editie 1"]
    assert html.select_one("form.signup--archive")
    _issues(archive["nl"], make_page, 10, start=2)
    many, _ = _queries(client, "/nl/nieuwsbrief/")
    assert many == few, f"archive queries grew from {few} to {many}"
    assert many <= 14, f"archive used {many} queries"


def test_rss_feed_per_language(client, archive, make_page):
    _issues(archive["nl"], make_page, 2)
    response = client.get("/nl/nieuwsbrief/feed/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    feed = ElementTree.fromstring(response.content)
    assert sorted(item.findtext("title") for item in feed.iter("item")) == ["Editie 0", "Editie 1"]
    assert all(item.findtext("link").startswith("http://testserver/nl/nieuwsbrief/") for item in feed.iter("item"))
    french = client.get("/fr/newsletter/feed/")
    assert french.status_code == 200 and list(ElementTree.fromstring(french.content).iter("item")) == []


def test_subscribe_page_query_budget_and_one_form(client, home_pages, themes):
    count, response = _queries(client, "/fr/subscriptions/subscribe/")
    assert count <= 6, f"subscribe page used {count} queries"
    html = BeautifulSoup(response.content, "html.parser")
    page_form = html.select_one("main form.signup")
    assert page_form.find("select")["name"] == "language"
    assert page_form.find("option", selected=True)["value"] == "fr"
    assert [label.get_text() for label in page_form.select(".signup__themes label")] == ["Emploi", "Logement"]
    consent = page_form.find("input", attrs={"name": "consent"})
    assert not consent.has_attr("checked")
    # The page's own form is its call to action: no second one in the footer.
    assert len(html.select("form.signup")) == 1
    ids = [tag["id"] for tag in html.find_all(id=True)]
    assert len(ids) == len(set(ids)), "duplicate ids"


def test_signup_block_renders_the_form_for_other_apps(rf, home_pages):
    from django.utils import translation

    request = rf.get("/en/")
    with translation.override("en"):
        html = NewsletterSignupBlock().render(
            NewsletterSignupBlock().to_python({"heading": "Stay informed", "text": "Monthly."}),
            context={"request": request},
        )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h2.get_text() == "Stay informed"
    assert soup.find("form")["action"] == "/en/subscriptions/subscribe/"


def test_subscriber_admin_search_filter_and_csv_export(admin_client, home_pages):
    SubscriberFactory(email="anna@example.org", language="nl")
    SubscriberFactory(email="bruno@example.org", language="fr")
    SubscriberFactory(email="carla@example.org", language="fr", status=Subscriber.Status.PENDING)
    listing = admin_client.get("/admin/newsletters/subscribers/?q=bruno")
    assert b"bruno@example.org" in listing.content and b"anna@example.org" not in listing.content
    filtered = admin_client.get("/admin/newsletters/subscribers/?language=fr&status=confirmed")
    assert b"bruno@example.org" in filtered.content and b"carla@example.org" not in filtered.content
    export = admin_client.get("/admin/newsletters/subscribers/?export=csv&language=fr")
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "bruno@example.org" in content and "carla@example.org" in content and "anna@" not in content


def test_gdpr_export_and_erasure(admin_client, home_pages):
    subscriber = SubscriberFactory(email="gdpr@example.org", source_url="/nl/campagne/")
    export = admin_client.get(f"/admin/newsletters/subscriber/{subscriber.pk}/export/")
    data = json.loads(export.content)
    assert data["email"] == "gdpr@example.org" and data["subscribed_from"] == "/nl/campagne/"
    assert data["consent_text"] and data["confirmed_at"]
    from newsletters.models import Dispatch

    Delivery.objects.create(
        dispatch=Dispatch.objects.create(page=_any_issue(home_pages)), subscriber=subscriber, email=subscriber.email
    )
    assert admin_client.get(f"/admin/newsletters/subscriber/{subscriber.pk}/erase/").status_code == 200
    admin_client.post(f"/admin/newsletters/subscriber/{subscriber.pk}/erase/")
    assert not Subscriber.objects.filter(email="gdpr@example.org").exists()
    assert not Delivery.objects.filter(email="gdpr@example.org").exists()
    assert Delivery.objects.count() == 1


def _any_issue(home_pages):
    from newsletters.factories import NewsletterIndexPageFactory

    archive = NewsletterIndexPageFactory.build()
    home_pages["nl"].add_child(instance=archive)
    issue = NewsletterPageFactory.build()
    archive.add_child(instance=issue)
    return issue


def test_the_teasers_page_chooser_is_labelled_in_each_editors_language():
    """Wagtail fixes a one-type chooser's label in the language of the request that first builds the
    widget; a Dutch editor after a French one read "Choisissez une page" (seen in the admin journey)."""
    from django.utils import translation

    from newsletters.blocks import ContentTeaserBlock

    block = ContentTeaserBlock().child_blocks["page"]
    with translation.override("fr"):
        assert str(block.widget.choose_one_text).startswith("Choisissez une page")
    with translation.override("nl"):
        assert str(block.widget.choose_one_text).startswith("Kies een pagina")
    with translation.override("en"):
        assert str(block.widget.choose_one_text) == "Choose a page (Page)"
