"""Values looked up many times while answering one request, looked up once.

A search results page asked the shared cache 63 times for the same few entries (the content
version, the taxonomy version and term lists, once per result and facet value); with the file
cache of production each ask is a file read and an unpickle. Within a request they are kept
here instead. Nothing outlives the request, and a bump of a version in this process clears the
memo, so a request that publishes something sees its own change.
"""

from contextvars import ContextVar

_memo: ContextVar[dict | None] = ContextVar("request_memo", default=None)


def memoised(key, build):
    """``build()``, once per request for the same ``key`` (every time outside a request)."""
    memo = _memo.get()
    if memo is None:
        return build()
    if key not in memo:
        memo[key] = build()
    return memo[key]


def forget() -> None:
    """Drop what this request remembered (a version was bumped: keys built on it are stale)."""
    memo = _memo.get()
    if memo is not None:
        memo.clear()


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
