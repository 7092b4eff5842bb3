import re
import time

from django.core import signing

from newsletters.forms import FILLED_SALT


def started(seconds_ago: int = 10) -> str:
    return signing.TimestampSigner(salt=FILLED_SALT).sign(str(int(time.time()) - seconds_ago))


def form_data(**overrides) -> dict:
    data = {
        "email": "fatima@example.org",
        "language": "nl",
        "consent": "on",
        "website": "",
        "started": started(),
        "source": "/nl/",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def link(text: str, name: str) -> str:
    """The path of the first /subscriptions/<name>/ link in a mail body."""
    match = re.search(rf"https?://[^/\s]+(/[a-z]{{2}}/subscriptions/{name}/[^/\s\"]+/)", text)
    assert match, f"no {name} link in:\n{text}"
    return match.group(1)
