"""Idempotent building blocks for demo steps: find-or-create pages, images, documents, translations."""

import io
import secrets

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from ..factories.images import illustration
from ..factories.pdf import simple_pdf
from ..passwords import DEMO_PASSWORDS  # noqa: F401 - the demo steps import it from here
from ..translation import translate


def demo_password(password: str) -> str:
    """``password`` where ``DEMO_PUBLISHED_PASSWORDS`` is on (dev settings for ``make run``, whose
    README lists the demo passwords, and the tests); elsewhere, e.g. demo content on a reachable
    staging server, a random one unless the validators accept ``password`` (a published demo
    password never passes them)."""
    if settings.DEMO_PUBLISHED_PASSWORDS:
        return password
    try:
        validate_password(password)
    except ValidationError:
        return secrets.token_urlsafe(18)
    return password


def demo_account(ctx, role: str, username: str, password: str, groups=(), superuser=False):
    """The demo user ``username`` (created with ``password`` and ``groups`` if missing), listed
    with its credentials for the command to print; a password changed since is not printed."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        password = demo_password(password)
        email = f"{username}@example.org"
        if superuser:
            user = User.objects.create_superuser(username, email, password)
        else:
            user = User.objects.create_user(username, email, password)
        user.groups.add(*(Group.objects.get(name=name) for name in groups))
        ctx.made(f"{role} account")
        ctx.accounts.append((role, username, password))
    else:
        ctx.accounts.append((role, username, password if user.check_password(password) else None))
    return user


def image(title: str, ctx=None):
    """The demo image with this title, drawn once."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    created = Image(title=title, file=ImageFile(io.BytesIO(illustration(title)), name=f"{slugify(title)[:60]}.png"))
    created.save()
    if ctx:
        ctx.made(f"image {title!r}")
    return created


def document(title: str, paragraphs: list[str], ctx=None, filename: str | None = None):
    """The demo PDF with this title, written once."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    created = Document(title=title)
    created.file.save(filename or f"{slugify(title)[:60]}.pdf", ContentFile(simple_pdf(title, paragraphs)), save=False)
    created.save()
    if ctx:
        ctx.made(f"document {title!r}")
    return created


def child_page(parent, factory, slug: str, ctx=None, **fields):
    """The live child of ``parent`` with ``slug``; created and published with ``fields`` if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = factory.build(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    if ctx:
        ctx.made(f"page {page.url_path}")
    return page


def translations(source, ctx, values_by_language: dict):
    """Translate ``source`` into each language given, unless that translation already exists."""
    for code, values in values_by_language.items():
        locale = ctx.locales[code]
        if source.has_translation(locale):
            continue
        translate(source, locale, values)
        ctx.made(f"{code} translation of {source}")


def translated_rows(rows, field: str, texts: list[str]) -> list:
    """Unsaved copies of a page's child rows (an inline panel) with ``field`` set to each text in
    turn, for ``translate``'s values: every other field (translation key, locale, synchronised
    fields, order) is the source row's, so each copy's strings pair with its source row's."""
    copies = []
    for row, text in zip(rows, texts, strict=True):
        kept = [f for f in row._meta.concrete_fields if not f.primary_key and not isinstance(f, ParentalKey)]
        copy = type(row)(**{f.attname: getattr(row, f.attname) for f in kept})
        setattr(copy, field, text)
        copies.append(copy)
    return copies


def terms(model, slugs, ctx) -> list:
    """The Dutch (source) rows of a taxonomy ``model`` with these slugs, to tag a demo page with;
    translations of the page pick up their own language's terms (synchronised fields)."""
    return list(model.objects.filter(slug__in=slugs, locale=ctx.locales["nl"]))


def taxonomy_term(ctx, factory, slug, sort_order, values_by_language, **extra):
    """The Dutch term ``slug`` made by ``factory`` (created if missing) with its translations;
    ``values_by_language``: ``{language code: (name, description)}``."""
    nl = ctx.locales["nl"]
    model = factory._meta.model
    term = model.objects.filter(slug=slug, locale=nl).first()
    if term is None:
        name, description = values_by_language["nl"]
        term = factory(slug=slug, locale=nl, name=name, description=description, sort_order=sort_order, **extra)
        ctx.made(f"{model._meta.verbose_name} {slug}")
    translations(
        term,
        ctx,
        {
            code: {"name": name, "description": description}
            for code, (name, description) in values_by_language.items()
            if code != "nl"
        },
    )
    return term
