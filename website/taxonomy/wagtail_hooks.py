from wagtail import hooks

from .views import TaxonomyViewSetGroup


@hooks.register("register_admin_viewset")
def register_taxonomy_viewsets():
    return TaxonomyViewSetGroup()
