"""Keep machine endpoints' 404s as 404s.

Django's LocaleMiddleware answers a 404 on an unprefixed path with a redirect to ``/nl/<path>``
(because Wagtail's catch-all makes every prefixed path "valid"). For feeds and the JSON API a
redirect to an HTML 404 is wrong; views decorated here point ``request.urlconf`` at this module,
which has no ``i18n_patterns``, so the middleware leaves their response alone.
"""

from functools import wraps

urlpatterns = []


def no_language_redirect(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        request.urlconf = __name__
        return response

    return wrapped
