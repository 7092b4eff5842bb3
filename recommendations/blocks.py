"""Blocks of a recommendation: each numbered recommendation is one item of the advice."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.pages.blocks import RICH_TEXT_FEATURES


class RecommendationItemBlock(blocks.StructBlock):
    """One concrete recommendation; the list of them is rendered as an ordered list, so the
    numbers people quote in meetings ("aanbeveling 3") match what they read."""

    title = blocks.CharBlock(
        label=_("Recommendation"),
        help_text=_(
            "The recommendation in one sentence, phrased as a call to act (e.g. 'Make situation testing general')."
        ),
    )
    explanation = blocks.RichTextBlock(
        required=False,
        features=RICH_TEXT_FEATURES,
        label=_("Explanation"),
        help_text=_("Short explanation: why, and what has to be done."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Recommendation")
        template = "recommendations/blocks/recommendation_item.html"


class RecommendationListBlock(blocks.StreamBlock):
    recommendation = RecommendationItemBlock()
