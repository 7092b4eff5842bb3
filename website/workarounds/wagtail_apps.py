"""Wagtail's images, documents, snippets and redirects apps, without their API v3 registrations.

Wagtail 8 adds routers and pydantic schemas to its v3 API from these apps' ``ready()``: that
imports django-ninja and builds a schema per image, document and snippet model in every process,
about 18 MB of each web worker. This site neither installs ``wagtail.api.v3`` nor mounts its
URLs, so none of it is ever served. These configs run Wagtail's own ``ready()`` with the few API
modules it imports replaced by no-op stand-ins for that call only; with ``wagtail.api.v3``
installed they change nothing. A Wagtail upgrade that renames what is imported fails loudly at
start-up (a stand-in lacks the new name), it does not silently skip anything else.
"""

import sys
import types
from contextlib import contextmanager

from django.apps import apps
from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.snippets.apps import WagtailSnippetsAppConfig


class _UnservedAPI:
    def add_router(self, prefix, router):
        pass


def stand_ins_for(app: str) -> dict:
    """The modules ``app``'s ready() imports for API v3, with the names it uses from them."""
    noop = types.SimpleNamespace
    return {
        "wagtail.api.v3.api": noop(api=_UnservedAPI()),
        f"{app}.api.v3": noop(router=None, register_content_types=lambda: None),
        f"{app}.api.v3.registry": noop(register_content_types=lambda: None),
        f"{app}.api.v3.router": noop(router=None),
    }


@contextmanager
def without_api_v3(app: str):
    stand_ins = stand_ins_for(app)
    # Installed, or already imported by someone else: let Wagtail register as usual.
    if apps.is_installed("wagtail.api.v3") or any(name in sys.modules for name in stand_ins):
        yield
        return
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


class WithoutAPIv3:
    """Mixed into a Wagtail app config: its ready() runs without registering API v3 routes."""

    def ready(self):
        with without_api_v3(self.name):
            super().ready()


class ImagesConfig(WithoutAPIv3, WagtailImagesAppConfig):
    pass


class DocumentsConfig(WithoutAPIv3, WagtailDocsAppConfig):
    pass


class SnippetsConfig(WithoutAPIv3, WagtailSnippetsAppConfig):
    pass


class RedirectsConfig(WithoutAPIv3, WagtailRedirectsAppConfig):
    pass
