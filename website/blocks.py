"""StreamField blocks shared by every page type, so content looks and behaves the same everywhere."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level is chosen so the page outline stays correct for screen readers."""

    text = blocks.CharBlock(label=_("Heading"), help_text="Korte, beschrijvende titel van de sectie.")
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        label=_("Level"),
        help_text="Kies h2 voor een hoofdsectie, h3 voor een deelsectie.",
    )

    class Meta:
        icon = "title"
        template = "website/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    """A quote with attribution: testimonies of people with lived experience matter in this work."""

    quote = blocks.TextBlock(label=_("Quote"), help_text="Het citaat zelf, zonder aanhalingstekens.")
    attribution = blocks.CharBlock(
        required=False, label=_("Attribution"), help_text="Wie zei het (naam, functie of organisatie)."
    )

    class Meta:
        icon = "openquote"
        template = "website/blocks/quote.html"


class CalloutBlock(blocks.StructBlock):
    """A highlighted box for a key message, a tip or a warning."""

    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
        label=_("Kind"),
        help_text="Soort kader: informatie, tip of waarschuwing.",
    )
    title = blocks.CharBlock(required=False, label=_("Title"), help_text="Optionele titel van het kader.")
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), help_text="Inhoud van het kader.")

    class Meta:
        icon = "warning"
        template = "website/blocks/callout.html"


class VideoBlock(blocks.StructBlock):
    """An embedded video by URL, with a caption that also serves people who cannot watch it."""

    url = EmbedBlock(label=_("Video URL"), help_text="Webadres van de video (YouTube of Vimeo).")
    caption = blocks.CharBlock(
        required=False, label=_("Caption"), help_text="Korte beschrijving; vermeld of er ondertitels zijn."
    )

    class Meta:
        icon = "media"
        template = "website/blocks/video.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every page offers; families add their own blocks on top."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Paragraph"), icon="pilcrow", template="website/blocks/paragraph.html"
    )
    image = ImageBlock(label=_("Image"), template="website/blocks/image.html")
    quote = QuoteBlock()
    callout = CalloutBlock()
    video = VideoBlock()
