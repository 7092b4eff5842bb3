"""The kinds of press-room item, shared by the models and the listing's "type" facet."""

from django.utils.translation import gettext_lazy as _

KIND_RELEASE = "release"
KIND_OPINION = "opinion"
KINDS = [(KIND_RELEASE, _("Press release")), (KIND_OPINION, _("Opinion piece"))]
