"""Broken strings editors saw in the admin, fixed in our locale dir and one template override."""

import json
import pathlib
import re

import pytest
import wagtail
from django.conf import settings
from django.urls import reverse
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def log_in(client, django_user_model, language):
    user = django_user_model.objects.create_superuser(f"admin-{language}", f"{language}@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


def js_catalog(client) -> dict:
    body = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", body, re.S).group(1))


@pytest.mark.parametrize(("language", "publish_in"), [("nl", "Publiceer in "), ("fr", "Publier en ")])
def test_translation_editor_publish_button_keeps_the_space_before_the_language(
    client, django_user_model, language, publish_in
):
    """The editor shows gettext("Publish in ") + "Français": without the space, "Publiceer inFrançais"."""
    log_in(client, django_user_model, language)
    catalog = js_catalog(client)
    assert catalog["Publish in "] == publish_in
    if language == "nl":
        assert catalog["Translate with "] == "Vertaal met "


def test_status_toggle_never_says_none(client, django_user_model, home_pages):
    """Views without a form (the page explorer, the translation editor) counted errors as None."""
    log_in(client, django_user_model, "nl")
    for url in (
        reverse("wagtailadmin_explore", args=(home_pages["nl"].pk,)),
        reverse("wagtailadmin_pages:edit", args=(home_pages["fr"].pk,)),  # wagtail-localize's editor
    ):
        body = client.get(url).content.decode()
        assert "data-side-panel-toggle-counter" in body, url
        assert not re.search(r">\s*None\s*<", body), url


def test_our_side_panel_toggle_is_wagtails_with_one_change():
    """Fails when Wagtail changes its template: then update our copy (or drop it if fixed upstream)."""
    name = "wagtailadmin/shared/side_panel_toggle.html"
    theirs = pathlib.Path(wagtail.__file__).parent.joinpath("admin", "templates", name).read_text()
    ours = pathlib.Path(settings.BASE_DIR, "website", "templates", name).read_text()
    ours = re.sub(r"\{% comment %\}.*?\{% endcomment %\}\n", "", ours, flags=re.S)
    assert ours == theirs.replace("{{ count|intcomma }}", "{{ count|default:0|intcomma }}")
    assert ours != theirs
