import os
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


SPAMASSASSIN = "/usr/bin/spamassassin"


def spamassassin(raw: bytes) -> tuple[float, dict[str, float]]:
    """Score a message as received with Debian's SpamAssassin: stock rules, local tests only.

    ``-L`` turns network tests (DNS blocklists, Razor, DKIM key lookups) off, so the score is the
    same on every machine; Bayes and the auto-whitelist are off for the same reason.
    Returns the total and each fired rule with its points.
    """
    import subprocess

    assert os.path.exists(SPAMASSASSIN), (
        "SpamAssassin missing: apt-get install spamassassin (devservices/debian-packages)"
    )
    result = subprocess.run(
        [SPAMASSASSIN, "-L", "-x", "-t", "--cf=use_bayes 0", "--cf=use_auto_whitelist 0"],
        input=raw,
        capture_output=True,
        check=True,
        timeout=120,
    )
    report = result.stdout.decode(errors="replace")
    total = float(re.search(r"Content analysis details:\s+\((-?[\d.]+) points", report).group(1))
    rules = {
        name: float(points)
        for points, name in re.findall(r"^\s*(-?\d+\.\d+)\s+([A-Z0-9_]+)\s", report.split("---- ----", 1)[1], re.M)
    }
    return total, rules
