"""``lazy_include``: a namespaced include whose URLconf is imported on first use.

Django's ``include()`` imports the URLconf at once, and the root resolver imports every include
the first time any name is reversed. The public API's URLconf pulls in django-ninja and builds
its schemas, which no page request needs, so every web worker would carry it. This include is
imported only when a path under its prefix is resolved or one of its (namespaced) names is
reversed; ``manage.py check`` still imports and checks it.
"""

from django.urls.resolvers import RoutePattern, URLResolver


class LazyURLResolver(URLResolver):
    def _loaded(self) -> bool:
        return "urlconf_module" in self.__dict__  # the cached_property has run

    def _load(self):
        return self.urlconf_module

    def _populate(self):
        # Called for every include when the root resolver builds its reverse index; a namespaced
        # include is only looked up through namespace_dict, so it can wait until it is used.
        if self._loaded():
            super()._populate()

    @property
    def reverse_dict(self):
        self._load()
        return super().reverse_dict

    @property
    def namespace_dict(self):
        self._load()
        return super().namespace_dict

    @property
    def app_dict(self):
        self._load()
        return super().app_dict


def lazy_include(route: str, urlconf: str, *, app_name: str, namespace: str) -> LazyURLResolver:
    """Like ``path(route, include((urlconf, app_name), namespace))`` but imported on first use."""
    return LazyURLResolver(RoutePattern(route, is_endpoint=False), urlconf, app_name=app_name, namespace=namespace)
