"""Demo content of the newsletter: an archive per language with two sent issues, and subscribers."""

from django.utils import timezone
from wagtail.rich_text import RichText

from website.demo_helpers import child_page, translations
from website.demo_registry import step

from .factories import NewsletterIndexPageFactory, NewsletterPageFactory
from .models import NewsletterPage, Subscriber

ARCHIVE = {
    "nl": {
        "title": "Nieuwsbrief",
        "intro": "Nieuws, toolkits, goede praktijken en beleidsaanbevelingen voor een inclusieve samenleving.",
    },
    "fr": {
        "title": "Newsletter",
        "slug": "newsletter",
        "intro": "Actualités, boîtes à outils, bonnes pratiques et recommandations pour une société inclusive.",
    },
    "en": {
        "title": "Newsletter",
        "slug": "newsletter",
        "intro": "News, toolkits, good practices and policy recommendations for an inclusive society.",
    },
}

ISSUES = [
    (
        "nieuwsbrief-2025-01",
        {
            "nl": (
                "Samen naar een inclusieve arbeidsmarkt",
                "Wat werkgevers vandaag kunnen doen tegen discriminatie bij aanwerving.",
            ),
            "fr": (
                "Ensemble vers un marché du travail inclusif",
                "Ce que les employeurs peuvent faire aujourd'hui contre la discrimination à l'embauche.",
            ),
            "en": (
                "Towards an inclusive labour market",
                "What employers can do today against discrimination in hiring.",
            ),
        },
        "We vertrekken vanuit de realiteiten van personen met een buitenlandse herkomst en brengen partners samen om impact te realiseren op het terrein en in het beleid.",
    ),
    (
        "nieuwsbrief-2025-02",
        {
            "nl": (
                "Wonen zonder drempels",
                "Een gezonde en betaalbare woning vinden mag niet afhangen van je afkomst.",
            ),
            "fr": ("Se loger sans obstacles", "Trouver un logement sain et abordable ne peut dépendre de son origine."),
            "en": ("Housing without barriers", "Finding a healthy, affordable home must not depend on your origin."),
        },
        "Vanuit onderzoek en praktijkervaring komen wij samen met onze netwerken tot gedragen beleidsaanbevelingen.",
    ),
]

SUBSCRIBERS = [
    ("amina@example.org", "nl"),
    ("jonas@example.org", "nl"),
    ("sarah@example.org", "fr"),
    ("youssef@example.org", "fr"),
    ("emma@example.org", "en"),
]


@step(500)
def newsletter_archive(ctx):
    home = ctx.homes["nl"]
    archive = child_page(home, NewsletterIndexPageFactory, "nieuwsbrief", ctx, **ARCHIVE["nl"])
    translations(archive, ctx, {code: ARCHIVE[code] for code in ("fr", "en")})
    for slug, texts, paragraph in ISSUES:
        title, intro = texts["nl"]
        issue = child_page(
            archive,
            NewsletterPageFactory,
            slug,
            ctx,
            title=title,
            intro=intro,
            body=[("heading", {"text": title, "level": "h2"}), ("text", RichText(f"<p>{paragraph}</p>"))],
        )
        translations(
            issue,
            ctx,
            {
                code: {"title": texts[code][0], "intro": texts[code][1], "slug": f"{slug}-{code}"}
                for code in ("fr", "en")
            },
        )
    # The demo issues count as sent, so the archives and feeds have something to show.
    sent = NewsletterPage.objects.filter(sent_at__isnull=True, url_path__contains="/nieuwsbrief-2025-")
    for offset, page in enumerate(sent.order_by("path")):
        NewsletterPage.objects.filter(pk=page.pk).update(sent_at=timezone.now() - timezone.timedelta(days=60 - offset))


@step(510)
def newsletter_subscribers(ctx):
    for email, language in SUBSCRIBERS:
        _subscriber, created = Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "language": language,
                "status": Subscriber.Status.CONFIRMED,
                "confirmed_at": timezone.now(),
                "source_url": f"/{language}/",
                "consent_version": "2025-01",
                "consent_text": "Demo",
            },
        )
        if created:
            ctx.made(f"subscriber {email}")
