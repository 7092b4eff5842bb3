"""The visitor's network address, for per-client rate limits.

Behind reverse proxies every request arrives from the nearest proxy, so ``REMOTE_ADDR`` alone
would put all visitors in one budget. With ``TRUSTED_PROXY_COUNT`` = N, the address is the one the
outermost of those N proxies saw: the N-th entry from the right of ``X-Forwarded-For``, where
each proxy appends the address it received the request from. Entries further left come from the
client and can be forged, so they are never used; and the header is read at all only when the
connection comes from one of ``FORWARDED_ALLOW_IPS`` (the same list gunicorn trusts), so a client
that reaches the app directly is counted by its own address whatever it claims.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(allowed: tuple[str, ...]) -> tuple:
    networks = []
    for entry in allowed:
        if entry == "*":
            return ("*",)
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            continue  # a host name gunicorn may accept; never matches an address here
    return tuple(networks)


def from_trusted_proxy(remote_addr: str) -> bool:
    networks = _networks(tuple(getattr(settings, "FORWARDED_ALLOW_IPS", ("127.0.0.1", "::1"))))
    if networks == ("*",):
        return True
    try:
        address = ipaddress.ip_address(remote_addr)
    except ValueError:
        return False
    return any(address in network for network in networks)


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0 and from_trusted_proxy(remote):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return remote


def client_ip_or_none(request) -> str | None:
    """``client_ip`` for django-axes, which stores it in an address column: ``None`` when the
    request has no network address (a test client's ``force_login`` builds such a request)."""
    address = client_ip(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return None
    return address
