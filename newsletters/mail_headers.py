"""The headers of every mail this app sends, built in one place with the standard library's encoders.

Every mail gets a ``From`` with a display name in the reader's language (``formataddr``: RFC 2047
when the name is not ASCII), a ``Reply-To`` people can answer, and a ``Message-ID`` on the site's
own domain. Only list mail (an issue sent to subscribers) carries the list headers: a confirmation
goes to an address that is not subscribed yet, so an unsubscribe button there would be a lie.
"""

from email.header import Header
from email.utils import formataddr, make_msgid, parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation
from django.utils.translation import pgettext


def site_domain() -> str:
    """The host of BASE_URL: the domain of Message-IDs and of the List-Id."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def sender_address() -> str:
    """The bare address of DEFAULT_FROM_EMAIL (which may carry a display name of its own)."""
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or settings.DEFAULT_FROM_EMAIL


def sender_name(language: str, organisation: str) -> str:
    with translation.override(language):
        return pgettext("sender display name", "%(organisation)s – Newsletter") % {"organisation": organisation}


def sender(language: str, organisation: str) -> str:
    """``From``: the display name in ``language``, RFC 2047 encoded when needed."""
    return formataddr((sender_name(language, organisation), sender_address()))


def reply_to() -> str:
    return settings.NEWSLETTER_REPLY_TO or sender_address()


def message_id() -> str:
    return make_msgid(domain=site_domain())


def list_headers(organisation: str, unsubscribe_url: str) -> dict:
    """RFC 2369 / RFC 8058: mail clients show an unsubscribe button that POSTs to our URL."""
    return {
        "List-Id": formataddr((organisation, f"newsletter.{site_domain()}")),
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def headers(language: str, organisation: str, subject: str) -> dict:
    """The headers every mail shares (without Date, To and Message-ID, which are per message)."""
    return {"From": sender(language, organisation), "Reply-To": reply_to(), "Subject": subject}


def encode(values: dict) -> bytes:
    """Header lines for a hand-built message: non-ASCII values RFC 2047 encoded and folded.

    ASCII values (addresses, URLs) stay on one line: they are far below the 998-character limit.

    Values are stripped of CR and LF first, so nothing from an editor can start a new header.
    """
    lines = []
    for name, value in values.items():
        value = " ".join(str(value).splitlines())
        if not value.isascii():
            value = Header(value, "utf-8", header_name=name).encode(linesep="\r\n")
        lines.append(f"{name}: {value}\r\n")
    return "".join(lines).encode("ascii")
