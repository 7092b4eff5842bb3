"""The visitor's network address, for per-client rate limits.

Behind reverse proxies every request arrives from the nearest proxy, so ``REMOTE_ADDR`` alone
would put all visitors in one budget. With ``TRUSTED_PROXY_COUNT`` = N, the address is the one the
outermost of those N proxies saw: the N-th entry from the right of ``X-Forwarded-For``, where
each proxy appends the address it received the request from. Entries further left come from the
client and can be forged, so they are never used.
"""

from django.conf import settings


def client_ip(request) -> str:
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"
