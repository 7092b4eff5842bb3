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
        [
            SPAMASSASSIN,
            "-L",
            "-x",
            "--cf=use_bayes 0",
            "--cf=use_auto_whitelist 0",
            # Every fired rule with its exact points (the report rounds to one decimal).
            "--cf=add_header all Tests _TESTSSCORES(,)_",
        ],
        input=raw,
        capture_output=True,
        check=True,
        timeout=120,
    )
    head = result.stdout.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode(errors="replace")
    head = re.sub(r"\n[ \t]+", " ", head)  # unfold
    total = float(re.search(r"^X-Spam-Status: \w+, score=(-?[\d.]+)", head, re.M).group(1))
    tests = re.search(r"^X-Spam-Tests: (.*)$", head, re.M).group(1).strip()
    rules = {
        name: float(points) for name, points in (item.split("=") for item in tests.replace(" ", "").split(",") if item)
    }
    return total, rules
