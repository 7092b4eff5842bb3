"""Nu Html Checker (vnu.jar from npm, on Java 17): the main pages of the demo site are valid HTML.

One page of every type in Dutch and French, filtered listings and a search, rendered by the test
client and checked in ONE run of the checker (a JVM start is the slow part). In the smoke suite
(``make test-sqlite``) because it reads the demo content, which that suite loads on a bare database. Errors fail the test
with the checker's own messages; warnings are not errors and are left to the checker's judgement.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = [pytest.mark.smoke, pytest.mark.django_db]

VNU = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
EXTRA_PATHS = [
    "/nl/toolkits/?theme=werk&audience=werkgevers",
    "/fr/boites-a-outils/?theme=wonen",
    "/nl/beleidsadviezen/?status=besproken",
    "/nl/search/?q=wonen",
    "/fr/search/?q=logement&theme=wonen",
    "/nl/pers/?year=2025",
]


def _main_paths() -> list[str]:
    from wagtail.models import Page

    seen = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().select_related("locale"):
        if page.locale.language_code in ("nl", "fr"):
            seen.setdefault((type(page).__name__, page.locale.language_code), page.url)
    return sorted(seen.values()) + EXTRA_PATHS


def test_main_pages_are_valid_html(demo, client, tmp_path):
    if not VNU.exists():
        pytest.fail(f"vnu.jar not found at {VNU}: run 'npm ci' (make test does)")
    java = shutil.which("java")
    if java is None:
        pytest.fail("java not found: install Debian's default-jre-headless (make test does)")
    files = {}
    for index, path in enumerate(_main_paths()):
        response = client.get(path)
        assert response.status_code == 200, f"{path}: HTTP {response.status_code}"
        target = tmp_path / f"page-{index:02d}.html"
        target.write_bytes(response.content)
        files[str(target)] = path
    result = subprocess.run(
        [java, "-Djava.security.egd=file:/dev/./urandom", "-jar", str(VNU), "--errors-only", "--format", "json"]
        + list(files),
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))} line {m.get('lastLine')}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    assert errors == [], f"{len(errors)} HTML errors in {len(files)} pages:\n" + "\n".join(errors[:40])
