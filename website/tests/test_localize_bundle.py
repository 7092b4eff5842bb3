"""The patched wagtail-localize bundle (website/workarounds/localize_bundle.py): the patch still fits the
installed bundle (this fails loudly on an upgrade that moves the strings), static files serve the
patched copy, and the editor's page carries the strings in the user's language."""

import json
from pathlib import Path

from django.contrib.staticfiles import finders
from django.test import override_settings
from django.utils import translation

from website.workarounds import localize_bundle


def test_the_patch_fits_the_installed_wagtail_localize_bundle():
    source = localize_bundle.original_bundle().read_text(encoding="utf-8")
    assert localize_bundle.missing_replacements(source) == [], (
        "wagtail-localize's bundle changed: update website/workarounds/localize_bundle.py's REPLACEMENTS "
        "(or drop the patch if the release translates these strings itself)"
    )


def test_static_files_serve_the_patched_bundle_and_collectstatic_takes_it():
    served = Path(finders.find(localize_bundle.BUNDLE)).read_text(encoding="utf-8")
    assert "levlLocalizeString(" in served
    assert '"w-sr-only"},"More actions")' not in served
    assert "to ${r.locale.displayName} translation`" not in served
    listed = dict(localize_bundle.PatchedLocalizeBundleFinder().list([]))
    assert list(listed) == [localize_bundle.BUNDLE]
    assert "levlLocalizeString(" in listed[localize_bundle.BUNDLE].open(localize_bundle.BUNDLE).read().decode()


def test_a_bundle_the_patch_no_longer_fits_is_left_as_it_is():
    changed = "createElement('span',{className:'w-sr-only'},'More actions')"
    assert localize_bundle.missing_replacements(changed) == list(localize_bundle.REPLACEMENTS)


@override_settings(LANGUAGE_CODE="nl")
def test_the_editor_strings_follow_the_admin_users_language():
    from django.template import Context, Template

    rendered = {}
    for code in ("nl", "fr", "en"):
        with translation.override(code):
            html = Template("{% load localize_editor %}{% localize_editor_strings %}").render(Context())
        payload = html.split(">", 1)[1].rsplit("<", 1)[0]
        assert f'id="{localize_bundle.STRINGS_ELEMENT_ID}"' in html and 'type="application/json"' in html
        rendered[code] = json.loads(payload)
    assert rendered["nl"] == {"title": "Vertaling van %(source)s naar %(target)s", "moreActions": "Meer acties"}
    assert rendered["fr"]["moreActions"] == "Plus d'actions"
    assert rendered["en"]["title"] == "%(source)s to %(target)s translation"
