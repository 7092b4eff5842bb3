"""Where the project works around Wagtail, wagtail-localize or Django, each in one module.

Each module says in its docstring what it works around and why no public setting or API does
the job, and each has a test that fails loudly when an upgrade breaks or outdates it:

- ``wagtail_apps``: Wagtail's images, documents, snippets and redirects app configs without
  their API v3 registrations (about 18 MB a web worker); guarded by
  ``website/tests/test_worker_imports.py`` (the replaced modules are exactly the ones imported).
- ``lazy_urls``: a namespaced include imported on first use (overrides ``URLResolver``
  internals); guarded by ``website/tests/test_worker_imports.py`` (the overridden members exist).
- ``localize_bundle``: wagtail-localize's editor bundle served with its two hard-coded English
  strings translated; guarded by ``website/tests/test_localize_bundle.py``.
- ``autosave_guard``: an autosave carrying the footer's workflow action only saves a draft;
  guarded by ``website/tests/test_autosave_guard.py`` (Wagtail still reads those action keys and
  tells autosave apart by its Accept header) and ``recommendations/tests/test_workflow.py``.
- ``site_lookup``: the request's Wagtail Site from the shared cache (Wagtail asks the database on
  every request and memoises it in a private request attribute); guarded by
  ``website/tests/test_site_lookup.py`` (Wagtail still takes the site from that attribute).

Nothing here is imported by an app but through settings (INSTALLED_APPS, STATICFILES_FINDERS, MIDDLEWARE),
``website/project/urls.py``, ``website/wagtail_hooks.py`` and the editor's template tag.
"""
