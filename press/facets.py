"""The press room's "type" facet: press release or opinion piece, from the stored kind."""

from django.utils.translation import gettext_lazy as _

from website.facets import ChoiceFacet


def kind_facet():
    from .models import PressItemPage

    return ChoiceFacet(param="type", label=_("Type"), field_name="kind", choices=PressItemPage.KINDS)
