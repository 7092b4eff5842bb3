"""Container health check: exit 0 when /healthz answers 200 (the database is reachable).

Runs without Django (fast, no settings needed). Sends the first ALLOWED_HOSTS name as Host so the
request passes Django's host validation; the health check is exempt from the HTTPS redirect.
"""

import os
import sys
import urllib.request


def main() -> int:
    hosts = [host.strip().lstrip(".") for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host.strip()]
    host = next((name for name in hosts if name != "*"), "localhost")
    port = os.environ.get("PORT", "8000")
    request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=4) as response:
            return 0 if response.status == 200 else 1
    except OSError as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
