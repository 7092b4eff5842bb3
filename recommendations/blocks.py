"""Blocks of a recommendation: each numbered recommendation is one item of the advice."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.blocks import RICH_TEXT_FEATURES


class RecommendationItemBlock(blocks.StructBlock):
    """One concrete recommendation; the list of them is rendered as an ordered list, so the
    numbers people quote in meetings ("aanbeveling 3") match what they read."""

    title = blocks.CharBlock(
        label=_("Recommendation"),
        help_text="De aanbeveling in één zin, als opdracht geformuleerd (bv. 'Veralgemeen praktijktesten').",
    )
    explanation = blocks.RichTextBlock(
        required=False,
        features=RICH_TEXT_FEATURES,
        label=_("Explanation"),
        help_text="Korte toelichting: waarom, en wat er concreet moet gebeuren.",
    )

    class Meta:
        icon = "list-ol"
        label = _("Recommendation")
        template = "recommendations/blocks/recommendation_item.html"


class RecommendationListBlock(blocks.StreamBlock):
    recommendation = RecommendationItemBlock()
