"""The public guide page: the glossary (searchable, by theme) and the text checker.

The checker answers the POST of its own form, so it works without JavaScript; with JavaScript,
``static/glossary/checker.js`` checks through the public API as the visitor types. The text
lives only in this request: it is not saved, not logged (Django logs the path of a 4xx, never
the body), and the answer carries ``Cache-Control: no-store`` so no cache or proxy keeps it.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from website import ratelimit

from . import check as checking
from .forms import CheckForm

RATE = getattr(settings, "GLOSSARY_CHECK_RATE", 20)  # checks ...
WINDOW = getattr(settings, "GLOSSARY_CHECK_WINDOW", 60)  # ... per this many seconds and visitor


def entry_anchor(page, term) -> str:
    return f"{page.url}#term-{term.slug}"


def serve_guide(page, request, serve):
    if request.method != "POST":
        return serve(request)
    form = CheckForm(request.POST)
    context = page.get_context(request)
    context["form"] = form
    status = 200
    allowed, retry_after = ratelimit.allow(request, "glossary-check", RATE, WINDOW)
    if not allowed:
        context["rate_limited"] = _(
            "You have checked many texts in a short time. Try again in %(seconds)s seconds."
        ) % {"seconds": retry_after}
        status = 429
    elif form.is_valid():
        text = form.cleaned_data["text"]
        result = checking.check(text, page.locale.language_code)
        context["result"] = result
        context["highlighted"] = checking.highlighted(text, result, lambda term: entry_anchor(page, term))
    else:
        status = 400
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    if status == 429:
        response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    response["Cache-Control"] += ", no-store, private"
    return response
