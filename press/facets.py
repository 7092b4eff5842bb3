"""The press room's "type" facet: press release or opinion piece, from the stored kind."""

from django.utils.translation import gettext_lazy as _

from website.pages.facets import ChoiceFacet

from .choices import KINDS


def kind_facet():
    return ChoiceFacet(param="type", label=_("Type"), field_name="kind", choices=KINDS)
