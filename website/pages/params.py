"""One strict parser per type of public GET parameter: what a visitor sends is never trusted.

``str.isdigit()`` is true for "²", "①" and "¹⁹¹⁹", which ``int()`` then refuses (a 500); ``int()``
itself accepts Arabic-Indic digits, underscores and spaces. These parsers accept ASCII digits
only, with a bounded length, and say ``None`` for anything else; callers ignore such a value
(listings, which must never break on a shared link) or answer a translated 400 (feeds).
Repeated parameters are read up to ``MAX_VALUES`` times.
"""

import re

MAX_VALUES = 20
MAX_SLUG_LENGTH = 80
MAX_PAGE = 10_000

_DIGITS = re.compile(r"[0-9]{1,9}")  # [0-9], not \d: \d matches every script's digits
_SLUG = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_SLUG_LENGTH}}}")


def parse_int(raw, minimum: int, maximum: int, max_digits: int = 9) -> int | None:
    """An integer written in at most ``max_digits`` ASCII digits within [minimum, maximum], or None."""
    if not isinstance(raw, str) or len(raw) > max_digits or not _DIGITS.fullmatch(raw):
        return None
    value = int(raw)
    return value if minimum <= value <= maximum else None


def parse_year(raw) -> int | None:
    """A year of four ASCII digits between 1900 and 2100."""
    return parse_int(raw, 1900, 2100, max_digits=4)


def parse_page(raw) -> int | None:
    """A page number: 1 to ``MAX_PAGE`` in ASCII digits."""
    return parse_int(raw, 1, MAX_PAGE, max_digits=len(str(MAX_PAGE)))


def parse_id(raw) -> int | None:
    """A database id (positive, ASCII digits)."""
    return parse_int(raw, 1, 2**31 - 1, max_digits=10)


def parse_slug(raw) -> str | None:
    """A slug of ASCII letters, digits, ``-`` and ``_`` (at most ``MAX_SLUG_LENGTH``)."""
    if not isinstance(raw, str):
        return None
    raw = raw.strip()
    return raw if _SLUG.fullmatch(raw) else None


def parse_choice(raw, choices) -> str | None:
    """``raw`` if it is one of ``choices`` exactly."""
    return raw if isinstance(raw, str) and raw in choices else None


def get_list(params, name: str, parse, max_values: int = MAX_VALUES) -> list:
    """The parsed values of a repeatable parameter: the first ``max_values``, unparsable ones
    dropped, each value once, in the order given."""
    values = []
    for raw in params.getlist(name)[:max_values]:
        value = parse(raw)
        if value is not None and value not in values:
            values.append(value)
    return values


# Added to links by newsletters, campaigns and social networks; they say where a visitor came from,
# never what they ask for, so no public endpoint refuses them.
TRACKING_PREFIXES = ("utm_",)
TRACKING_NAMES = frozenset({"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "_ga"})


def is_tracking(name: str) -> bool:
    """Whether a GET parameter is a tracker's (``utm_source``, ``fbclid``…) rather than a request."""
    return name in TRACKING_NAMES or name.startswith(TRACKING_PREFIXES)


def safe_path(path: str) -> bool:
    """A URL path segment safe to join to a directory: no NUL or control byte, no ``..`` part."""
    if not isinstance(path, str) or len(path) > 1024 or any(ord(char) < 32 or char == "\x7f" for char in path):
        return False
    return ".." not in path.replace("\\", "/").split("/")
