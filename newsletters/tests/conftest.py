"""A real SMTP server on loopback for every newsletter test, and a newsletter site tree."""

import email
import email.policy
import threading

import pytest
from aiosmtpd.controller import Controller

from devservices.base import free_port


class Mailbox:
    """aiosmtpd handler keeping every message that arrived; some addresses are refused on RCPT."""

    def __init__(self):
        self.messages = []
        self.raw = {}  # Message-ID -> the bytes as they arrived, for SpamAssassin
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0]
        if local.startswith("bounce"):
            return "550 5.1.1 No such user here"
        if local.startswith("busy"):
            return "451 4.2.0 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message))
            self.raw[message["Message-ID"]] = envelope.original_content
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        with self.lock:
            return [message for rcpts, message in self.messages if address in rcpts]

    def recipients(self) -> list[str]:
        with self.lock:
            return [rcpt for rcpts, _ in self.messages for rcpt in rcpts]

    def raw_bytes(self, message) -> bytes:
        with self.lock:
            return self.raw[message["Message-ID"]]

    def clear(self):
        with self.lock:
            self.messages.clear()
            self.raw.clear()


@pytest.fixture
def smtp(settings):
    """Start aiosmtpd on 127.0.0.1 and point Django's SMTP backend at it."""
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.NEWSLETTER_MIN_FILL_SECONDS = 0
    yield mailbox
    controller.stop()


def body(message, subtype="plain") -> str:
    part = message.get_body(preferencelist=(subtype,))
    return part.get_content() if part is not None else ""


@pytest.fixture
def themes(locales):
    """Two themes with French and English translations (same slug in every language)."""
    from website.taxonomy.models import Theme
    from website.translation import translate

    made = {}
    for slug, names in (("wonen", ("Wonen", "Logement", "Housing")), ("werk", ("Werk", "Emploi", "Work"))):
        theme = Theme.objects.create(slug=slug, name=names[0], locale=locales["nl"])
        translate(theme, locales["fr"], {"name": names[1]})
        translate(theme, locales["en"], {"name": names[2]})
        made[slug] = theme
    return made


@pytest.fixture
def archive(home_pages, make_page, translate_page, locales):
    """The newsletter archive page in Dutch, French and English."""
    from newsletters.factories import NewsletterIndexPageFactory

    nl = make_page(NewsletterIndexPageFactory, home_pages["nl"], title="Nieuwsbrief", slug="nieuwsbrief")
    return {
        "nl": nl,
        "fr": translate_page(nl, locales["fr"], title="Newsletter", slug="newsletter"),
        "en": translate_page(nl, locales["en"], title="Newsletter", slug="newsletter"),
    }


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and cached chrome must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sender_settings(home_pages):
    """The organisation's name and postal address, as an editor sets them in Settings."""
    from wagtail.models import Site

    from newsletters.models import NewsletterSettings

    identity = NewsletterSettings.for_site(Site.objects.get(is_default_site=True))
    identity.organisation_name = "LEVL"
    identity.postal_address = "Gaucheretstraat 164\n1030 Brussel"
    identity.save()
    return identity


@pytest.fixture
def bilingual_issue(archive, make_page, translate_page, home_pages, locales, sender_settings):
    """An issue written in Dutch and translated into English, with a teaser of a translated page."""
    from wagtail.rich_text import RichText

    from newsletters.factories import NewsletterPageFactory
    from website.factories import ImageFactory, StandardPageFactory

    target = make_page(
        StandardPageFactory,
        home_pages["nl"],
        title="Toolkit inclusief aanwerven",
        slug="toolkit",
        intro="Tien stappen naar een eerlijke selectie.",
        listing_image=ImageFactory(title="Sollicitatiegesprek in een kantoor", width_px=1200, height_px=675),
    )
    target_en = translate_page(
        target,
        locales["en"],
        title="Inclusive hiring toolkit",
        slug="inclusive-hiring",
        intro="Ten steps to fair selection.",
    )

    def body(heading, text, alt):
        return [
            ("heading", {"text": heading, "level": "h2"}),
            ("text", RichText(text)),
            ("content", {"page": target, "summary": "", "image_alt": alt}),
        ]

    link = f'<a linktype="page" id="{target.pk}">'
    nl = make_page(
        NewsletterPageFactory,
        archive["nl"],
        title="Nieuwsbrief maart",
        slug="maart",
        intro="Het nieuws van maart: eerlijk aanwerven, van vacature tot eerste werkdag, in tien stappen.",
        preheader="Tien stappen naar eerlijk aanwerven, en wat werkgevers er zelf over zeggen.",
        body=body(
            "In de kijker",
            f'<p>Lees {link}de toolkit</a> of <a href="https://levl.be/over-ons">meer over LEVL</a>.</p>',
            "Twee mensen in een sollicitatiegesprek",
        ),
    )
    en = translate_page(
        nl,
        locales["en"],
        title="March newsletter",
        slug="march",
        intro="The news of March: fair hiring, from vacancy to first working day, in ten steps.",
        preheader="Ten steps to fair hiring, and what employers say about it themselves.",
        body=body(
            "In the spotlight",
            f'<p>Read {link}the toolkit</a> or <a href="https://levl.be/over-ons">more about LEVL</a>.</p>',
            "Two people in a job interview",
        ),
    )
    return {"nl": nl, "en": en, "target_en": target_en}
