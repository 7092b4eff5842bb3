"""Demo content of the foundation: languages, taxonomy, home page and the organisation's fixed pages.

Texts come from the organisation's own vision, mission and four-step method (shared/seeds).
"""

from urllib.parse import urlsplit

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from website.project.settings import environment as env
from website.taxonomy.factories import AudienceFactory, RegionFactory, ThemeFactory

from ..factories import HomePageFactory, StandardPageFactory
from ..roles import EDITORS_GROUP, TRANSLATORS_GROUP, ensure_translators_group
from .helpers import DEMO_PASSWORDS, child_page, demo_account, image, taxonomy_term, translations
from .registry import step

THEMES = [
    # slug, colour, icon, {lang: (name, description)}
    (
        "wonen",
        "teal",
        "home",
        {
            "nl": (
                "Wonen",
                "Een gezonde en betaalbare woning vinden mag niet afhangen van je afkomst, naam of huidskleur.",
            ),
            "fr": (
                "Logement",
                "Trouver un logement sain et abordable ne peut dépendre de son origine, de son nom ou de sa couleur de peau.",
            ),
            "en": (
                "Housing",
                "Finding a healthy, affordable home must not depend on your origin, name or skin colour.",
            ),
        },
    ),
    (
        "werk",
        "indigo",
        "briefcase",
        {
            "nl": (
                "Werk",
                "Een arbeidsmarkt die de superdiverse bevolking weerspiegelt, vrij van racisme en discriminatie.",
            ),
            "fr": (
                "Emploi",
                "Un marché du travail qui reflète une population super-diverse, sans racisme ni discrimination.",
            ),
            "en": (
                "Work",
                "A labour market that mirrors a super-diverse population, free of racism and discrimination.",
            ),
        },
    ),
    (
        "onderwijs",
        "forest",
        "school",
        {
            "nl": (
                "Onderwijs",
                "Gelijke kansen en uitkomsten in de school- en beroepsloopbaan, en meer diversiteit bij het onderwijspersoneel.",
            ),
            "fr": (
                "Enseignement",
                "Égalité des chances et des résultats à l'école, et plus de diversité parmi le personnel enseignant.",
            ),
            "en": ("Education", "Equal chances and outcomes at school, and more diversity among teaching staff."),
        },
    ),
    (
        "beeldvorming-en-media",
        "plum",
        "camera",
        {
            "nl": (
                "Beeldvorming en media",
                "Genuanceerde beeldvorming over superdiversiteit, voor en achter de schermen.",
            ),
            "fr": ("Image et médias", "Une image nuancée de la super-diversité, devant et derrière la caméra."),
            "en": (
                "Media and representation",
                "Nuanced representation of super-diversity, in front of and behind the camera.",
            ),
        },
    ),
    (
        "antidiscriminatie-en-antiracisme",
        "rust",
        "shield",
        {
            "nl": (
                "Antidiscriminatie en antiracisme",
                "Een samenleving waarin niet je kleur maar je competenties je kansen bepalen.",
            ),
            "fr": (
                "Antidiscrimination et antiracisme",
                "Une société où ce sont vos compétences, et non votre couleur, qui déterminent vos chances.",
            ),
            "en": (
                "Anti-discrimination and anti-racism",
                "A society where your skills, not your colour, decide your chances.",
            ),
        },
    ),
    (
        "beleidsparticipatie",
        "ochre",
        "people",
        {
            "nl": (
                "Beleidsparticipatie",
                "Personen met een migratieachtergrond worden mee aandeelhouder van het beleid.",
            ),
            "fr": (
                "Participation politique",
                "Les personnes issues de l'immigration deviennent actrices des politiques publiques.",
            ),
            "en": ("Policy participation", "People with a migration background become stakeholders in policy-making."),
        },
    ),
]

AUDIENCES = [
    ("werkgevers", {"nl": "Werkgevers", "fr": "Employeurs", "en": "Employers"}),
    (
        "middenveldorganisaties",
        {
            "nl": "Middenveldorganisaties",
            "fr": "Organisations de la société civile",
            "en": "Civil-society organisations",
        },
    ),
    ("lokale-besturen", {"nl": "Lokale besturen", "fr": "Pouvoirs locaux", "en": "Local governments"}),
    ("onderwijsactoren", {"nl": "Onderwijsactoren", "fr": "Acteurs de l'enseignement", "en": "Education actors"}),
    ("beleidsmakers", {"nl": "Beleidsmakers", "fr": "Décideurs politiques", "en": "Policy makers"}),
    ("media", {"nl": "Media", "fr": "Médias", "en": "Media"}),
    ("huisvestingsactoren", {"nl": "Huisvestingsactoren", "fr": "Acteurs du logement", "en": "Housing providers"}),
]

REGIONS = [
    ("vlaanderen", "region", {"nl": "Vlaanderen", "fr": "Flandre", "en": "Flanders"}),
    ("brussel", "region", {"nl": "Brussel", "fr": "Bruxelles", "en": "Brussels"}),
    ("antwerpen", "province", {"nl": "Antwerpen", "fr": "Anvers", "en": "Antwerp"}),
    ("limburg", "province", {"nl": "Limburg", "fr": "Limbourg", "en": "Limburg"}),
    ("oost-vlaanderen", "province", {"nl": "Oost-Vlaanderen", "fr": "Flandre-Orientale", "en": "East Flanders"}),
    ("vlaams-brabant", "province", {"nl": "Vlaams-Brabant", "fr": "Brabant flamand", "en": "Flemish Brabant"}),
    ("west-vlaanderen", "province", {"nl": "West-Vlaanderen", "fr": "Flandre-Occidentale", "en": "West Flanders"}),
    ("federaal", "federal", {"nl": "Federaal", "fr": "Fédéral", "en": "Federal"}),
    ("europees", "european", {"nl": "Europees", "fr": "Européen", "en": "European"}),
]


@step(0)
def locales_and_admin(ctx):
    for code in ("nl", "fr", "en"):
        ctx.locales[code], created = Locale.objects.get_or_create(language_code=code)
        if created:
            ctx.made(f"locale {code}")
    demo_account(ctx, "Admin", env.DEMO_ADMIN_USERNAME, env.DEMO_ADMIN_PASSWORD, superuser=True)
    # Wagtail's Editors group: writes pages and submits them for review, never publishes.
    demo_account(ctx, "Editor", "editor", DEMO_PASSWORDS["editor"], groups=[EDITORS_GROUP])


@step(10)
def taxonomy(ctx):
    for order, (slug, colour, icon, values) in enumerate(THEMES):
        taxonomy_term(ctx, ThemeFactory, slug, order, values, colour=colour, icon=icon)
    for order, (slug, names) in enumerate(AUDIENCES):
        taxonomy_term(ctx, AudienceFactory, slug, order, {code: (name, "") for code, name in names.items()})
    for order, (slug, level, names) in enumerate(REGIONS):
        taxonomy_term(ctx, RegionFactory, slug, order, {code: (name, "") for code, name in names.items()}, level=level)


HOME = {
    "nl": {
        "title": "Samen bouwen aan een inclusieve samenleving",
        "intro": "LEVL is een onafhankelijke netwerkorganisatie die werkt aan een inclusieve samenleving, vrij van racisme en discriminatie.",
        "hero_message": "Iedereen moet evenredig en evenwaardig kunnen deelnemen aan alle domeinen van de samenleving en aan het beleid. Wij bundelen tools, goede praktijken en beleidsadviezen om dat waar te maken.",
        "hero_cta_label": "Lees hoe wij werken",
        "audience_heading": "Wat zoek je?",
        "themes_heading": "Per thema",
        "featured_heading": "Uitgelichte toolkits",
        "recommendations_heading": "Recente beleidsadviezen",
        "latest_heading": "Nieuw op de website",
        "newsletter_heading": "Blijf op de hoogte",
        "newsletter_text": "Ontvang onze nieuwsbrief met nieuwe toolkits, goede praktijken en beleidsadviezen, in je eigen taal.",
    },
    "fr": {
        "title": "Construire ensemble une société inclusive",
        "intro": "LEVL est une organisation réseau indépendante qui œuvre pour une société inclusive, sans racisme ni discrimination.",
        "hero_message": "Chacun doit pouvoir participer de manière proportionnelle et équivalente à tous les domaines de la société et aux politiques. Nous rassemblons outils, bonnes pratiques et avis politiques pour y parvenir.",
        "hero_cta_label": "Découvrez notre méthode",
        "audience_heading": "Que cherchez-vous ?",
        "themes_heading": "Par thème",
        "featured_heading": "Boîtes à outils à la une",
        "recommendations_heading": "Avis politiques récents",
        "latest_heading": "Nouveau sur le site",
        "newsletter_heading": "Restez informé·e",
        "newsletter_text": "Recevez notre lettre d'information avec les nouveaux outils, bonnes pratiques et avis, dans votre langue.",
    },
    "en": {
        "title": "Building an inclusive society together",
        "intro": "LEVL is an independent network organisation working for an inclusive society, free of racism and discrimination.",
        "hero_message": "Everyone should be able to take part equally and equitably in every area of society and in policy-making. We bring together tools, good practices and policy advice to make that happen.",
        "hero_cta_label": "See how we work",
        "audience_heading": "What are you looking for?",
        "themes_heading": "By theme",
        "featured_heading": "Featured toolkits",
        "recommendations_heading": "Recent policy recommendations",
        "latest_heading": "New on the site",
        "newsletter_heading": "Stay informed",
        "newsletter_text": "Get our newsletter with new toolkits, good practices and policy advice, in your language.",
    },
}


def _site_address() -> tuple[str, int]:
    base = urlsplit(env.BASE_URL)
    return base.hostname or "localhost", base.port or (443 if base.scheme == "https" else 80)


@step(20)
def home_page(ctx):
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    root = Page.get_first_root_node()
    home = HomePageFactory._meta.model.objects.filter(locale=ctx.locales["nl"], depth=2).first()
    if home is not None and site is not None and site.root_page_id == home.pk:
        # The site's address follows BASE_URL (``make run PORT=8802`` sets it), so absolute links
        # (canonical, hreflang, mails) point where the server runs. The only thing a rerun may change.
        host, port = _site_address()
        if (site.hostname, site.port) != (host, port):
            site.hostname, site.port = host, port
            site.save(update_fields=["hostname", "port"])
            print(f"Site address set to {host}:{port} (BASE_URL {env.BASE_URL})")
    if home is None:
        # Wagtail installs a placeholder "Welcome" page with slug "home"; ours replaces it.
        placeholder = root.get_children().exclude(content_type__model="homepage").filter(slug="home").first()
        if placeholder is not None:
            placeholder.slug = "welcome-placeholder"
            placeholder.save()
        home = HomePageFactory.build(slug="home", listing_image=image("Mensen in gesprek", ctx), **HOME["nl"])
        home.hero_image = image("Samen aan tafel", ctx)
        root.add_child(instance=home)
        home.save_revision().publish()
        ctx.made("home page")
        # Canonical and hreflang URLs are absolute: they use the site's host and port.
        host, port = _site_address()
        if site is None:
            Site.objects.create(hostname=host, port=port, root_page=home, is_default_site=True, site_name="LEVL")
        else:
            site.root_page, site.site_name, site.hostname, site.port = home, "LEVL", host, port
            site.save()
        if placeholder is not None:
            placeholder.delete()
    ctx.homes["nl"] = home
    translations(home, ctx, {code: HOME[code] for code in ("fr", "en")})
    for code in ("fr", "en"):
        ctx.homes[code] = home.get_translation(ctx.locales[code]).specific
    ensure_translators_group([ctx.homes["fr"], ctx.homes["en"]])
    demo_account(ctx, "Translator", "translator", DEMO_PASSWORDS["translator"], groups=[TRANSLATORS_GROUP])


def _body(sections):
    """StreamField data from ``[(kind, value), ...]`` where kind is heading, paragraph or quote."""
    blocks = []
    for kind, value in sections:
        if kind == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif kind == "paragraph":
            blocks.append(("paragraph", RichText(value)))
        elif kind == "quote":
            blocks.append(("quote", {"quote": value[0], "attribution": value[1]}))
        elif kind == "callout":
            blocks.append(("callout", {"kind": "info", "title": value[0], "text": RichText(value[1])}))
    return blocks


from .pages import STANDARD_PAGES  # noqa: E402  (long texts live in their own module)


@step(30)
def standard_pages(ctx):
    home = ctx.homes["nl"]
    for slug, meta, texts in STANDARD_PAGES:
        nl = texts["nl"]
        page = child_page(
            home,
            StandardPageFactory,
            slug,
            ctx,
            title=nl["title"],
            intro=nl["intro"],
            body=_body(nl["body"]),
            show_in_menus=meta.get("menu", False),
            show_in_footer=meta.get("footer", False),
        )
        translations(
            page,
            ctx,
            {
                code: {"title": t["title"], "slug": t["slug"], "intro": t["intro"], "body": _body(t["body"])}
                for code, t in texts.items()
                if code != "nl"
            },
        )


@step(1000)
def home_links(ctx):
    """Point the home page's call to action at the method page, once everything exists."""
    home = ctx.homes["nl"]
    if home.hero_cta_page_id:
        return
    method = home.get_children().filter(slug="onze-werkwijze").first()
    home.hero_cta_page = method
    home.save_revision().publish()
    translations_to_refresh = {code: HOME[code] for code in ("fr", "en")}
    from ..translation import translate

    for code, values in translations_to_refresh.items():
        translate(home, ctx.locales[code], values)
    ctx.made("home page links")
