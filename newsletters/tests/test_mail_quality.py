"""Mails as a subscriber's mail client and a spam filter get them: captured at the suite's real
SMTP server (aiosmtpd), parsed with the standard library, scored by Debian's SpamAssassin."""

import re
from email.utils import parseaddr, parsedate_to_datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model

from newsletters import sending
from newsletters.factories import SubscriberFactory
from newsletters.models import Subscriber

from .conftest import body
from .helpers import form_data, spamassassin

pytestmark = pytest.mark.django_db

BASE_URL = "http://testserver/"
EXTERNAL = "https://levl.be/over-ons"
LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Unsubscribe-Post")


def _head(raw: bytes) -> str:
    """The header block exactly as it went over the wire (must be 7-bit: RFC 2047 or nothing)."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii(), f"8-bit bytes in the headers:\n{head!r}"
    return head.decode()


def _parts(message) -> list[str]:
    return [part.get_content_type() for part in message.walk() if not part.is_multipart()]


def _send_issue(page):
    dispatch = sending.start_dispatch(page)
    sending.run_dispatch(dispatch.pk)


def _urls(html: str, text: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    urls = [tag["href"] for tag in soup.find_all(href=True)] + [tag["src"] for tag in soup.find_all(src=True)]
    return urls + re.findall(r"https?://\S+", text)


def test_english_issue_as_received(smtp, bilingual_issue, settings):
    SubscriberFactory(email="reader@example.org", language="en")
    _send_issue(bilingual_issue["en"])
    [message] = smtp.to("reader@example.org")
    head = _head(smtp.raw_bytes(message))
    print(f"\n--- headers of a sent issue, as received ---\n{head}\n")

    # Sender identity: an encoded display name in the issue's language, answers to a mailbox.
    assert re.search(r"^From: =\?utf-8\?[bq]\?", head, re.M | re.I)
    assert parseaddr(message["From"]) == ("LEVL – Newsletter", "nieuwsbrief@example.org")
    assert parseaddr(message["Reply-To"])[1] == "nieuwsbrief@example.org"
    assert message["Message-ID"].endswith("@testserver>")
    assert parsedate_to_datetime(message["Date"]).tzinfo is not None
    assert message["Subject"] == "March newsletter"
    assert all(message[name] for name in LIST_HEADERS)
    assert message["List-Id"] == "LEVL <newsletter.testserver>"

    assert _parts(message) == ["text/plain", "text/html"]
    html, text = body(message, "html"), body(message)
    soup = BeautifulSoup(html, "html.parser")
    preheader = "Ten steps to fair hiring, and what employers say about it themselves."
    # The inbox preview: the first text in the body, hidden; the first line of the text part.
    assert soup.body.get_text(" ", strip=True).startswith(preheader)
    assert "display:none" in soup.select_one(".preheader")["style"]
    assert text.splitlines()[0] == preheader

    # Alt texts in the issue's language (the teaser's own), never the image's Dutch title.
    assert [img["alt"] for img in soup.find_all("img")] == ["Two people in a job interview"]
    assert "Sollicitatiegesprek" not in html
    assert "Inclusive hiring toolkit" in html and "In the spotlight" in html

    # Every link and image is absolute on BASE_URL (the editor's one external link aside).
    urls = _urls(html, text)
    assert EXTERNAL in urls and f"{BASE_URL}en/inclusive-hiring/" in urls
    assert [url for url in urls if url != EXTERNAL and not url.startswith(BASE_URL)] == []

    # The teaser image: a JPEG rendition twice the display width, with width and height set.
    [img] = soup.find_all("img")
    rendition = get_image_model().get_rendition_model().objects.get(file__endswith=img["src"].rsplit("/", 1)[1])
    assert img["src"].endswith(".jpg") and rendition.width == 2 * int(img["width"])
    assert int(img["height"]) == round(int(img["width"]) * rendition.height / rendition.width)

    # Who sends it, with the ways to change or stop it, in both parts.
    footer = soup.select_one(".sender").find_parent("td").get_text(" ", strip=True)
    assert "LEVL · Gaucheretstraat 164, 1030 Brussel" in footer
    assert "Unsubscribe" in footer and "Change your language or themes" in footer
    assert "LEVL, Gaucheretstraat 164, 1030 Brussel" in text


def test_sender_name_per_language_and_dutch_issue(smtp, bilingual_issue):
    SubscriberFactory(email="lezer@example.org", language="nl")
    _send_issue(bilingual_issue["nl"])
    [message] = smtp.to("lezer@example.org")
    assert parseaddr(message["From"])[0] == "LEVL – Nieuwsbrief"
    assert [img["alt"] for img in BeautifulSoup(body(message, "html"), "html.parser").find_all("img")] == [
        "Twee mensen in een sollicitatiegesprek"
    ]


def test_confirmation_as_received(client, smtp, home_pages, sender_settings):
    client.post("/fr/subscriptions/subscribe/", form_data(language="fr"))
    [message] = smtp.to("fatima@example.org")
    head = _head(smtp.raw_bytes(message))
    print(f"\n--- headers of a confirmation mail, as received ---\n{head}\n")
    assert parseaddr(message["From"]) == ("LEVL – Lettre d'information", "nieuwsbrief@example.org")
    assert message["Reply-To"] and message["Message-ID"].endswith("@testserver>")
    # Not on the list yet: no list headers, no unsubscribe button in the mail client.
    assert [name for name in LIST_HEADERS if message[name]] == []
    assert _parts(message) == ["text/plain", "text/html"]
    text, html = body(message), body(message, "html")
    # The text part gives the link and says what it does, without a button to click.
    assert re.search(r"http://testserver/fr/subscriptions/confirm/\S+/", text)
    assert "bouton" not in text.lower()
    assert "confirmée" in text and "(français)" in text.lower()
    assert "confirmée" in html and "Gaucheretstraat 164, 1030 Brussel" in html
    # Nobody is subscribed before clicking: the footer does not claim it.
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert "vous êtes inscrit" not in html.lower() and "unsubscribe" not in html


def _confirmation(client, smtp, bilingual_issue, admin_user):
    client.post("/en/subscriptions/subscribe/", form_data(language="en", email="new@example.org"))
    return smtp.to("new@example.org")[0]


def _issue(client, smtp, bilingual_issue, admin_user):
    SubscriberFactory(email="reader@example.org", language="en")
    _send_issue(bilingual_issue["en"])
    return smtp.to("reader@example.org")[0]


def _test_send(client, smtp, bilingual_issue, admin_user):
    sending.send_test(bilingual_issue["en"], admin_user.email)
    message = smtp.to(admin_user.email)[0]
    assert message["Subject"] == "[TEST] March newsletter"
    # One editor, not the list: no list headers (its footer links point at nobody).
    assert [name for name in LIST_HEADERS if message[name]] == []
    return message


@pytest.mark.parametrize("kind", [_confirmation, _issue, _test_send], ids=["confirmation", "issue", "test send"])
def test_spamassassin_scores_each_kind_of_mail_at_most_1(kind, client, smtp, bilingual_issue, admin_user):
    message = kind(client, smtp, bilingual_issue, admin_user)
    score, rules = spamassassin(smtp.raw_bytes(message))
    print(f"\nSpamAssassin {kind.__name__.strip('_')}: score={score} rules={rules}")
    assert score <= 1.0, rules


def test_a_display_name_in_default_from_email_and_a_long_accented_subject_stay_7_bit(
    client, smtp, bilingual_issue, settings, locales
):
    # What production had: a display name with an en dash in DEFAULT_FROM_EMAIL went out as raw UTF-8.
    settings.DEFAULT_FROM_EMAIL = '"LEVL – Nieuwsbrief" <nieuwsbrief@example.org>'
    settings.NEWSLETTER_REPLY_TO = "redactie@example.org"
    issue = bilingual_issue["en"]
    issue.subject = "Égalité à l'embauche: ten steps, from the vacancy to the first working day, for employers"
    issue.save_revision().publish()
    SubscriberFactory(email="reader@example.org", language="en")
    _send_issue(issue)
    client.post("/nl/subscriptions/subscribe/", form_data(email="nieuw@example.org"))
    for address in ("reader@example.org", "nieuw@example.org"):
        [message] = smtp.to(address)
        head = _head(smtp.raw_bytes(message))
        assert all(len(line) <= 998 for line in head.split("\r\n"))
        assert parseaddr(message["From"])[1] == "nieuwsbrief@example.org"
        assert parseaddr(message["Reply-To"])[1] == "redactie@example.org"
    assert smtp.to("reader@example.org")[0]["Subject"] == issue.subject
    assert parseaddr(smtp.to("nieuw@example.org")[0]["From"])[0] == "LEVL – Nieuwsbrief"


def test_preheader_defaults_to_the_start_of_the_intro(bilingual_issue):
    issue = bilingual_issue["nl"]
    issue.preheader = ""
    assert issue.email_preheader.startswith("Het nieuws van maart: eerlijk aanwerven")
    issue.intro = "Woord " * 40
    assert len(issue.email_preheader) <= 110 and issue.email_preheader.endswith("…")


def test_editors_change_the_sender_address_in_settings_and_the_footer_follows(admin_client, bilingual_issue):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/newsletters/newslettersettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url, {"organisation_name": "LEVL vzw", "postal_address": "Nieuwe straat 2\n1000 Brussel"}
    )
    assert response.status_code == 302
    from newsletters.emails import render_issue

    rendered = render_issue(bilingual_issue["en"], preview=True)
    assert "LEVL vzw · Nieuwe straat 2, 1000 Brussel" in rendered.html
    assert "LEVL vzw, Nieuwe straat 2, 1000 Brussel" in rendered.text
