"""Every mail this app sends: confirmation, "already subscribed" and the issue itself.

An issue is rendered ONCE per dispatch (per language) with placeholders where the personal links
go; each recipient's message is that text with two string replacements, so sending thousands of
mails costs no template rendering and no query per recipient.
"""

import base64
import re
import uuid
from dataclasses import dataclass, field
from email.utils import formatdate

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import get_language_info, gettext_noop
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from . import mail_headers, tokens

TOKEN_PLACEHOLDER = "__LEVL_SUBSCRIBER_TOKEN__"
# Display width of a teaser image in the 600 px layout (536 px content minus the card's border);
# the rendition is twice that for sharp images on high-density screens, as a JPEG (photos and
# drawings alike are a fraction of the PNG's weight).
EMAIL_IMAGE_WIDTH = 534
EMAIL_IMAGE_SPEC = f"fill-{2 * EMAIL_IMAGE_WIDTH}x{round(2 * EMAIL_IMAGE_WIDTH * 9 / 16)}|format-jpeg|jpegquality-75"

# Mail clients drop <style> often and Outlook ignores browser defaults: rich text gets its
# spacing and colours inline. The classes let the dark-mode styles override them.
RICH_TEXT_STYLES = {
    "p": "margin:0 0 16px;font-size:16px;line-height:24px;",
    "ul": "margin:0 0 16px;padding:0 0 0 24px;font-size:16px;line-height:24px;",
    "ol": "margin:0 0 16px;padding:0 0 0 24px;font-size:16px;line-height:24px;",
    "li": "margin:0 0 4px;",
    "h2": "margin:24px 0 8px;font-size:20px;line-height:26px;",
    "h3": "margin:20px 0 8px;font-size:18px;line-height:24px;",
    "h4": "margin:16px 0 8px;font-size:16px;line-height:22px;",
}
LINK_STYLE = 'class="link" style="color:#004740;text-decoration:underline;"'


def absolute(url: str) -> str:
    """An absolute URL on BASE_URL for mail clients, which know nothing of our site."""
    if not url or url.startswith(("http://", "https://", "mailto:")):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + (url if url.startswith("/") else f"/{url}")


def absolutise_html(html: str) -> str:
    return re.sub(r'(href|src)="(/[^"]*)"', lambda m: f'{m.group(1)}="{absolute(m.group(2))}"', html)


def inline_styles(html: str) -> str:
    """Rich text with inline margins and colours on its block tags and links."""
    html = re.sub(
        r"<(p|ul|ol|li|h2|h3|h4)(\s[^>]*)?>",
        lambda m: f'<{m.group(1)}{m.group(2) or ""} style="{RICH_TEXT_STYLES[m.group(1)]}">',
        html,
    )
    return re.sub(r"<a\s", f"<a {LINK_STYLE} ", html)


def link_templates(language: str) -> dict:
    """Unsubscribe and preference URLs in ``language`` with a placeholder for the token."""
    with translation.override(language):
        return {
            "unsubscribe_url": absolute(reverse("newsletters:unsubscribe", args=[TOKEN_PLACEHOLDER])),
            "preferences_url": absolute(reverse("newsletters:preferences", args=[TOKEN_PLACEHOLDER])),
        }


def personal_links(subscriber) -> dict:
    token = tokens.manage_token(subscriber.uuid)
    return {key: url.replace(TOKEN_PLACEHOLDER, token) for key, url in link_templates(subscriber.language).items()}


def sender_context(identity) -> dict:
    """The organisation's name and postal address for the footer (a site setting editors keep)."""
    return {"organisation": identity.organisation_name, "postal_address": identity.address_line}


@dataclass
class RenderedIssue:
    subject: str
    html: str
    text: str
    links: dict
    language: str = "nl"
    organisation: str = "LEVL"
    _head: bytes = field(default=b"", repr=False)

    def personalise(self, subscriber_uuid) -> tuple[str, str, str]:
        """(html, text, unsubscribe URL) for one recipient: only the token differs."""
        token = tokens.manage_token(subscriber_uuid)
        return (
            self.html.replace(TOKEN_PLACEHOLDER, token),
            self.text.replace(TOKEN_PLACEHOLDER, token),
            self.links["unsubscribe_url"].replace(TOKEN_PLACEHOLDER, token),
        )


def _issue_items(page) -> list[dict]:
    """The issue's blocks as plain data for the HTML and text templates (absolute URLs, alt text)."""
    items = []
    for block in page.body:
        if block.block_type == "heading":
            items.append({"type": "heading", "text": block.value["text"], "level": block.value["level"]})
        elif block.block_type == "text":
            html = absolutise_html(expand_db_html(block.value.source))
            items.append({"type": "text", "html": inline_styles(html), "text": strip_tags(html).strip()})
        elif block.block_type == "content":
            target = block.value["page"]
            if target is None or not target.live:
                continue
            # The page in the issue's language when it is translated (and live), else as chosen.
            target = target.localized
            target = target.specific_deferred if hasattr(target, "specific_deferred") else target
            image = getattr(target, "listing_image", None)
            item = {
                "type": "content",
                "title": target.title,
                "summary": block.value["summary"] or getattr(target, "intro", ""),
                "url": absolute(target.get_url()),
            }
            if image is not None:
                rendition = image.get_rendition(EMAIL_IMAGE_SPEC)
                item.update(
                    image_url=absolute(rendition.url),
                    # In the issue's language: the block's own text, else the (translated) page's
                    # title, which is also where the image links. Never the image's Dutch default.
                    image_alt=block.value.get("image_alt") or target.title,
                    image_width=EMAIL_IMAGE_WIDTH,
                    image_height=round(EMAIL_IMAGE_WIDTH * rendition.height / rendition.width),
                )
            items.append(item)
    return items


def render_issue(page, preview: bool = False) -> RenderedIssue:
    from .models.settings import NewsletterSettings

    language = page.locale.language_code
    links = link_templates(language)
    site = page.get_site()
    identity = NewsletterSettings.for_site(site) if site else NewsletterSettings()
    with translation.override(language):
        context = {
            "page": page,
            "items": _issue_items(page),
            "web_url": absolute(page.get_url()),
            "language": language,
            "site_url": absolute("/"),
            "preheader": page.email_preheader,
            "list_mail": True,
            **sender_context(identity),
            **links,
        }
        html = render_to_string("newsletters/email/issue.html", context)
        text = render_to_string("newsletters/email/issue.txt", context)
    rendered = RenderedIssue(
        subject=page.email_subject,
        html=html,
        text=text,
        links=links,
        language=language,
        organisation=identity.organisation_name,
    )
    if preview:
        rendered.html = rendered.html.replace(TOKEN_PLACEHOLDER, "preview")
        rendered.text = rendered.text.replace(TOKEN_PLACEHOLDER, "preview")
    return rendered


def _b64(text: str) -> bytes:
    return base64.encodebytes(text.encode()).replace(b"\n", b"\r\n")


def issue_bytes(rendered: RenderedIssue, email: str, subscriber_uuid, subject_prefix: str = "") -> bytes:
    """The complete RFC 5322 message for one recipient, ready for ``smtplib.sendmail``.

    Built by hand rather than through ``EmailMultiAlternatives``: the headers shared by every
    recipient are encoded once per dispatch (``mail_headers``), and each body part is base64
    (C speed) of the personalised text. That keeps a send of 20,000 messages well above 200 per
    second. ``email`` was validated on sign-up (no CR/LF can reach a header).
    A ``subject_prefix`` marks a test send: it goes to one editor, not to the list, so it has
    no list headers.
    """
    if not rendered._head or subject_prefix:
        shared = mail_headers.headers(rendered.language, rendered.organisation, subject_prefix + rendered.subject)
        shared["MIME-Version"] = "1.0"
        if not subject_prefix:
            shared |= mail_headers.list_headers(rendered.organisation, "")
            del shared["List-Unsubscribe"]  # personal, added per recipient
        head = mail_headers.encode(shared)
        if subject_prefix:
            return _assemble(head, rendered, email, subscriber_uuid, list_mail=False)
        rendered._head = head
    return _assemble(rendered._head, rendered, email, subscriber_uuid)


def _assemble(head: bytes, rendered: RenderedIssue, email: str, subscriber_uuid, list_mail: bool = True) -> bytes:
    html, text, unsubscribe_url = rendered.personalise(subscriber_uuid)
    boundary = uuid.uuid4().hex
    personal = {"To": email, "Date": formatdate(localtime=True), "Message-ID": mail_headers.message_id()}
    if list_mail:
        personal["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    personal["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
    part = f"--{boundary}\r\nContent-Type: text/%s; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    return b"".join(
        [
            head,
            mail_headers.encode(personal),
            b"\r\n",
            (part % "plain").encode(),
            _b64(text),
            (part % "html").encode(),
            _b64(html),
            f"--{boundary}--\r\n".encode(),
        ]
    )


def _send_personal(subscriber, subject: str, template: str, extra: dict) -> None:
    """A one-off mail to one address (confirmation, "already subscribed"): not list mail."""
    from .models.settings import NewsletterSettings

    links = personal_links(subscriber)
    identity = NewsletterSettings.for_default_site()
    with translation.override(subscriber.language):
        context = {
            "subscriber": subscriber,
            "language": subscriber.language,
            "language_name": get_language_info(subscriber.language)["name_translated"],
            "site_url": absolute("/"),
            "list_mail": False,
            **sender_context(identity),
            **links,
            **extra,
        }
        shared = mail_headers.headers(subscriber.language, identity.organisation_name, _(subject))
        message = EmailMultiAlternatives(
            subject=shared["Subject"],
            body=render_to_string(f"newsletters/email/{template}.txt", context),
            from_email=shared["From"],
            to=[subscriber.email],
            reply_to=[shared["Reply-To"]],
            # Django would take the machine's name (often "localhost") for the domain.
            headers={"Message-ID": mail_headers.message_id()},
        )
        message.attach_alternative(render_to_string(f"newsletters/email/{template}.html", context), "text/html")
    message.send()


def send_confirmation(subscriber) -> None:
    with translation.override(subscriber.language):
        confirm_url = absolute(reverse("newsletters:confirm", args=[tokens.confirm_token(subscriber)]))
    subject = gettext_noop("Please confirm your subscription to the LEVL newsletter")
    _send_personal(subscriber, subject, "confirm", {"confirm_url": confirm_url})


def send_already_subscribed(subscriber) -> None:
    subject = gettext_noop("You are already subscribed to the LEVL newsletter")
    _send_personal(subscriber, subject, "already_subscribed", {})
