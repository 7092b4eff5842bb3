"""The admin's own Content-Security-Policy (website/admin_csp.py); the browser side is in tests/browser/admin/."""

import pytest

from website.admin_csp import initialiser, rewrite_initialisers

pytestmark = pytest.mark.django_db


def test_public_pages_keep_the_strict_policy_and_the_admin_gets_its_own(client, home_pages, django_user_model):
    public = client.get(home_pages["nl"].url)["Content-Security-Policy"]
    assert "script-src 'self'" in public and "unsafe-inline" not in public
    directives = {part.strip().split(" ", 1)[0]: part.strip() for part in public.split(";") if part.strip()}
    assert directives["style-src"] == "style-src 'self'"
    admin = client.get("/admin/login/")["Content-Security-Policy"]
    assert "style-src-elem 'self' 'unsafe-inline'" in admin
    assert "unsafe-inline" not in admin.split("script-src")[1].split(";")[0]
    assert "gravatar" not in admin and "unsafe-eval" not in admin


def test_known_initialisers_become_data_blocks():
    html = (
        '<input id="id_date"><script>initDateChooser("id_date", {"dayOfWeekStart": 1});</script>'
        '<script>new DocumentChooser("id_doc", {"modalUrl": "/admin/documents/chooser/"});</script>'
    )
    rewritten = rewrite_initialisers(html)
    assert "<script>" not in rewritten
    assert (
        '<script type="application/json" data-levl-admin-init="initDateChooser">["id_date", {"dayOfWeekStart": 1}]'
        in rewritten
    )
    assert 'data-levl-admin-init="DocumentChooser">["id_doc", {"modalUrl": "/admin/documents/chooser/"}]' in rewritten


def test_inline_panel_options_are_unescaped_once():
    code = '(function() {\n    var panel = new InlinePanel(JSON.parse("{\\u0022formsetPrefix\\u0022: \\u0022id_steps\\u0022}"));\n})();'
    assert initialiser(code) == ("InlinePanel", [{"formsetPrefix": "id_steps"}])


@pytest.mark.parametrize(
    "code",
    [
        "alert(document.cookie)",
        'initDateChooser("x", fetch("/steal"));',  # arguments that are not plain JSON
        'evil("x", {});',  # not a known initialiser
        'new PageChooser("x", {}); alert(1);',
    ],
)
def test_anything_else_stays_an_inline_script_for_the_policy_to_block(code):
    assert initialiser(code) is None
    assert rewrite_initialisers(f"<script>{code}</script>") == f"<script>{code}</script>"


def test_admin_makes_no_third_party_requests(settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
