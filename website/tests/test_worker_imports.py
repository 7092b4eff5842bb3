"""What a page-serving worker imports: not the public API (django-ninja, its schemas) until
/api/ is asked for, and not the Wagtail API v3 registrations nobody serves. Each saves memory in
every gunicorn worker; the API and the admin must still work."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.urls import resolve, reverse

ROOT = Path(__file__).resolve().parents[2]

# A fresh process, as a gunicorn worker starts: load the apps and URLs, reverse page URLs.
WORKER = textwrap.dedent(
    """
    import sys
    import django
    django.setup()
    from django.urls import resolve, reverse
    import website.project.urls
    reverse("feed", args=[1, "rss"]), reverse("wagtailadmin_home"), resolve("/nl/some/page/")
    heavy = ["ninja", "public_api.api", "openpyxl", "pypdf", "wagtail.api.v3.api"]
    print("loaded:", ",".join(name for name in heavy if name in sys.modules))
    print("api:", reverse("public_api:list_pages"), "ninja" in sys.modules)
    """
)


def test_a_worker_loads_neither_the_api_nor_export_libraries_until_asked():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "website.project.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", WORKER], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    assert "loaded: \n" in result.stdout, result.stdout
    assert "api: /api/v1/pages/ True" in result.stdout  # reversing an API name loads it


def test_api_urls_resolve_and_reverse():
    assert reverse("public_api:list_pages") == "/api/v1/pages/"
    assert resolve("/api/v1/openapi.json").url_name == "openapi-json"


def test_stand_ins_only_live_during_ready(monkeypatch):
    from website.workarounds import wagtail_apps

    with wagtail_apps.without_api_v3("wagtail.images"):
        assert sys.modules["wagtail.images.api.v3.router"].router is None
    assert "wagtail.images.api.v3.router" not in sys.modules
    # With the API installed, Wagtail registers as usual.
    monkeypatch.setattr(wagtail_apps.apps, "is_installed", lambda name: name == "wagtail.api.v3")
    before = set(sys.modules)
    with wagtail_apps.without_api_v3("wagtail.images"):
        assert set(sys.modules) == before


@pytest.mark.django_db
def test_admin_image_document_and_snippet_views_work(admin_client):
    for url in ("/admin/images/", "/admin/documents/", "/admin/snippets/taxonomy/theme/", "/admin/redirects/"):
        assert admin_client.get(url).status_code == 200, url


# -- upgrade guards: each workaround leans on something Wagtail or Django does not promise; these
# fail loudly (naming what changed) when an upgrade moves it, instead of the workaround silently
# doing nothing or breaking start-up.


@pytest.mark.parametrize(
    "config",
    [
        "wagtail.images.apps.WagtailImagesAppConfig",
        "wagtail.documents.apps.WagtailDocsAppConfig",
        "wagtail.snippets.apps.WagtailSnippetsAppConfig",
        "wagtail.contrib.redirects.apps.WagtailRedirectsAppConfig",
    ],
)
def test_wagtail_ready_imports_only_the_api_modules_the_stand_ins_replace(config):
    """website.workarounds.wagtail_apps replaces exactly the API v3 modules these ready() methods import. A
    Wagtail that imports another one (or offers a setting to skip them: then use it and delete
    wagtail_apps) fails here."""
    import ast
    import inspect

    from django.utils.module_loading import import_string

    from website.workarounds import wagtail_apps

    app_config = import_string(config)
    package = app_config.name
    tree = ast.parse(textwrap.dedent(inspect.getsource(app_config.ready)))
    imported = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module if node.level == 0 else f"{package}.{node.module}"
            if ".api." in f"{module}.":
                imported[module] = {alias.name for alias in node.names}
    stand_ins = wagtail_apps.stand_ins_for(package)
    assert imported, f"{config}.ready() no longer imports API v3: delete website/workarounds/wagtail_apps.py"
    for module, names in imported.items():
        assert module in stand_ins, f"{config}.ready() imports {module}, which has no stand-in"
        missing = {name for name in names if not hasattr(stand_ins[module], name)}
        assert not missing, f"{config}.ready() takes {missing} from {module}; the stand-in lacks them"


def test_the_url_resolver_internals_lazy_include_overrides_still_exist():
    """website.workarounds.lazy_urls overrides these URLResolver members (Django 5.2); a Django that renames
    them would load every include at once again, or never."""
    from django.urls.resolvers import URLResolver
    from django.utils.functional import cached_property

    for name in ("_populate", "reverse_dict", "namespace_dict", "app_dict"):
        assert hasattr(URLResolver, name), f"URLResolver.{name} is gone: revisit website/workarounds/lazy_urls.py"
    # lazy_urls tells "loaded" from the cached_property's entry in the instance __dict__.
    assert isinstance(URLResolver.__dict__["urlconf_module"], cached_property)
    assert URLResolver.__dict__["urlconf_module"].name == "urlconf_module"
