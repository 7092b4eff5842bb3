"""The Content-Security-Policy of the Wagtail admin, which is not the public site's.

The public site's policy (``CONTENT_SECURITY_POLICY`` in website/project/settings/base.py) allows scripts from our
origin or with the per-response nonce, and no inline styles. Under ``/admin/`` (Wagtail and
wagtail-localize, whose views live there too) the middleware below sends
``ADMIN_CONTENT_SECURITY_POLICY`` instead. What the admin needs, and how it gets it:

Scripts: still no ``'unsafe-inline'``, no ``'unsafe-eval'``. Wagtail 8 and wagtail-localize 1.14
start their widgets with small inline scripts (``initDateChooser("id", {...})``,
``new DocumentChooser("id", {...})``, ``new InlinePanel(JSON.parse("..."))``, the translation
editor's ``window.chooserUrls``). A nonce or a hash cannot cover them: many are inserted after the
page loaded, from ``<template>`` elements (a new inline-panel child, the scheduling dialog), with a
fresh id in their text (so no fixed hash), and browsers hide the nonce of inserted elements (so
Wagtail's re-run of inline scripts copies an empty nonce). So each known initialiser is rewritten,
in the HTML response, into a JSON data block (``<script type="application/json"
data-levl-admin-init="initDateChooser">["id", {...}]</script>``), which browsers never execute;
``website/static/website/admin/csp-init.js`` (served from our origin) calls the named initialiser
with those arguments, for the page and for everything inserted later. Only the initialisers in
``INITIALISERS`` are rewritten, and only when their arguments are plain JSON: an injected script
becomes at most a call to one of these functions with data. Anything else stays an inline script
and the policy blocks it (the browser tests in tests/browser/admin/ count every violation).

Styles: ``style-src-elem 'unsafe-inline'``, the one relaxation. Draftail (the rich-text editor,
React) renders ``<style>`` elements for list nesting whose text depends on each field's features;
React offers no nonce for them and their hashes are not stable. Inline style *attributes* stay
blocked, and CSS cannot run script.

Images: ``data:`` and ``blob:`` (previews of an image before upload). No third-party origin at all:
``WAGTAIL_GRAVATAR_PROVIDER_URL = None`` and ``WAGTAIL_ENABLE_UPDATE_CHECK = False``, so the
admin neither sends editors' e-mail hashes to Gravatar nor asks releases.wagtail.org for news.

Frames: ``'self'`` besides the video hosts, for Wagtail's live preview.
"""

import json
import re

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

ADMIN_PREFIX = "/admin/"

# Global functions and constructors of Wagtail's admin JS that csp-init.js may call, by name. Keep
# this list and csp-init.js's in step (tests/browser/admin/ fails when one is missing).
INITIALISERS = {
    # functions: name(args...)
    "initDateChooser",
    "initTimeChooser",
    "initDateTimeChooser",
    "createTaskChooser",
    # constructors: new Name(args...)
    "Chooser",
    "PageChooser",
    "DocumentChooser",
    "ImageChooser",
    "SnippetChooser",
    "InlinePanel",
    "MultipleChooserPanel",
    # wagtail-localize's translation editor: window.chooserUrls = {...}
    "chooserUrls",
    # wagtail-localize's "Translate" form: the "select all languages" box
    "selectAllLocales",
}

_INLINE_SCRIPT = re.compile(
    r"<script>(?P<code>.*?)</script>|<script type=\"text/javascript\">(?P<code2>.*?)</script>", re.S
)
_CALL = re.compile(r"^(?:new\s+)?(?P<name>[A-Za-z]+)\((?P<args>.*)\);?$", re.S)
# (function() { var panel = new InlinePanel(JSON.parse("...")); })();
_PANEL = re.compile(
    r"^\(function\(\)\s*\{\s*var panel = new (?P<name>InlinePanel|MultipleChooserPanel)"
    r"\(JSON\.parse\((?P<arg>\"(?:[^\"\\]|\\.)*\")\)\);\s*\}\)\(\);$",
    re.S,
)
_CHOOSER_URLS = re.compile(
    r"^if \(typeof window\.chooserUrls === \"undefined\"\) \{\s*window\.chooserUrls = \{\s*"
    r"imageChooser: (?P<image>\"[^\"\\]*\"),\s*documentChooser: (?P<document>\"[^\"\\]*\"),\s*"
    r"pageChooser: (?P<page>\"[^\"\\]*\"),?\s*\}\s*\}$",
    re.S,
)
_SELECT_ALL_LOCALES = (
    "document.addEventListener('DOMContentLoaded', function() { var selectAll = "
    "document.querySelector('[name=\"select_all\"]'); var locales = document.querySelectorAll('[name=\"locales\"]'); "
    "selectAll.addEventListener('change', function() { for (var i = 0; i < locales.length; i++) { "
    "locales[i].checked = selectAll.checked; } }); });"
)


def _json_args(text: str):
    try:
        return json.loads(f"[{text}]")
    except ValueError:
        return None


def initialiser(code: str):
    """``(name, args)`` when ``code`` is one of the known initialisers with plain JSON arguments."""
    code = code.strip()
    if match := _PANEL.match(code):
        options = json.loads(json.loads(match["arg"]))
        return match["name"], [options]
    if match := _CHOOSER_URLS.match(code):
        return "chooserUrls", [{key: json.loads(match[key]) for key in ("image", "document", "page")}]
    if " ".join(code.split()) == _SELECT_ALL_LOCALES:
        return "selectAllLocales", []
    if (match := _CALL.match(code)) and match["name"] in INITIALISERS:
        args = _json_args(match["args"])
        if args is not None:
            return match["name"], args
    return None


def _data_block(name: str, args: list) -> str:
    data = json.dumps(args).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" data-levl-admin-init="{name}">{data}</script>'


def rewrite_initialisers(html: str) -> str:
    """Replace each known inline initialiser in ``html`` by its JSON data block."""

    def replace(match):
        found = initialiser(match["code"] if match["code"] is not None else match["code2"])
        return _data_block(*found) if found else match[0]

    return _INLINE_SCRIPT.sub(replace, html)


def _rewrite_json_html(payload):
    """Chooser modals arrive as JSON with HTML inside (``{"html": "..."}``)."""
    if isinstance(payload, dict):
        return {key: _rewrite_json_html(value) for key, value in payload.items()}
    if isinstance(payload, str) and "<script" in payload:
        return rewrite_initialisers(payload)
    return payload


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy and initialisers under ``/admin/``."""

    def process_response(self, request, response):
        if request.path_info.startswith(ADMIN_PREFIX) and not response.streaming:
            content_type = response.get("Content-Type", "")
            if content_type.startswith("text/html") and b"<script" in response.content:
                response.content = rewrite_initialisers(response.content.decode(response.charset)).encode(
                    response.charset
                )
            elif content_type.startswith("application/json") and b"<script" in response.content:
                payload = _rewrite_json_html(json.loads(response.content))
                response.content = json.dumps(payload).encode()
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
