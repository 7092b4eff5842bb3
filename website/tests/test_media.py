"""Uploaded images are served (with long cache headers) in every environment; documents and
anything else under MEDIA_ROOT are not, so document privacy cannot be bypassed by URL."""

from pathlib import Path

import pytest
from django.conf import settings
from django.utils.http import http_date

from website.factories import DocumentFactory, ImageFactory

pytestmark = pytest.mark.django_db


def test_original_image_and_rendition_are_served_with_long_cache(client):
    image = ImageFactory(title="Buurtwerking", width_px=320, height_px=180)
    original = client.get(f"/media/{image.file.name}")
    assert original.status_code == 200
    assert original["Content-Type"] == "image/png"
    assert original["Cache-Control"] == "public, max-age=31536000, immutable"
    assert b"".join(original.streaming_content) == Path(image.file.path).read_bytes()

    rendition = image.get_rendition("fill-160x90|format-webp")
    assert rendition.url.startswith("/media/images/")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert b"".join(response.streaming_content)[:4] == b"RIFF"


def test_unchanged_image_answers_not_modified(client):
    image = ImageFactory(title="Onderwijs")
    mtime = Path(image.file.path).stat().st_mtime
    response = client.get(f"/media/{image.file.name}", HTTP_IF_MODIFIED_SINCE=http_date(mtime + 1))
    assert response.status_code == 304


def test_documents_and_other_files_are_not_served_directly(client):
    document = DocumentFactory(title="Jaarverslag")
    assert document.file.name.startswith("documents/")
    assert client.get(f"/media/{document.file.name}").status_code == 404
    # Path tricks do not reach outside the image directories either.
    assert client.get(f"/media/images/../{document.file.name}").status_code == 404
    assert client.get("/media/images/%2e%2e/" + document.file.name).status_code == 404
    secret = Path(settings.MEDIA_ROOT) / "images" / "notes.txt"
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text("not an image")
    assert client.get("/media/images/notes.txt").status_code == 404
    # The document itself stays reachable through Wagtail's serve view.
    served = client.get(document.url)
    assert served.status_code == 200
    assert document.url.startswith("/documents/")
