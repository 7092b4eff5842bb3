"""Cached HTML with a form in it: the visitor's CSRF token is taken out before caching and put in per request.

A form's CSRF token belongs to one visitor, so HTML holding one cannot be shared as it is. It is
stored with a placeholder instead, and each visitor gets their own token (and, through
``get_token``, the cookie that goes with it) when the HTML is served.
"""

import re

from django.middleware.csrf import get_token

CSRF_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
PLACEHOLDER = "\x00csrf-token\x00"


def without_token(html: str) -> str:
    return CSRF_FIELD.sub(lambda match: match.group(1) + PLACEHOLDER + match.group(2), html)


def with_token(html: str, request) -> str:
    if PLACEHOLDER not in html or request is None:
        return html
    return html.replace(PLACEHOLDER, get_token(request))
