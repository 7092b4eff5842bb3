"""StreamField blocks shared by every page type, so content looks and behaves the same everywhere."""

from django.utils.functional import cached_property
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class PageChooserBlock(blocks.PageChooserBlock):
    """Wagtail's page chooser block, with its button label in each editor's language.

    For a single page type, Wagtail appends the type's name to the label ("Choose a page (Page)")
    as a plain string when it builds the widget, which a block does once per process: every
    editor then read the language of the first request ("Choisissez une page" in a Dutch admin).
    Here the label stays lazy, translated when the form is rendered. Migrations record Wagtail's
    own block, which this one is for the database.
    """

    canonical_module_path = "wagtail.blocks.PageChooserBlock"

    @cached_property
    def widget(self):
        widget = super().widget
        models = widget.target_models
        if len(models) == 1 and models[0] is not Page:
            # verbose_name is lazy, and capfirst keeps it so.
            widget.choose_one_text = format_lazy("{} ({})", _("Choose a page"), capfirst(models[0]._meta.verbose_name))
        return widget


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level is chosen so the page outline stays correct for screen readers."""

    text = blocks.CharBlock(label=_("Heading"), help_text=_("Short, descriptive title of the section."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        label=_("Level"),
        help_text=_("Choose h2 for a main section, h3 for a subsection."),
    )

    class Meta:
        icon = "title"
        template = "website/blocks/heading.html"
        label = _("Heading")


class QuoteBlock(blocks.StructBlock):
    """A quote with attribution: testimonies of people with lived experience matter in this work."""

    quote = blocks.TextBlock(label=_("Quote"), help_text=_("The quote itself, without quotation marks."))
    attribution = blocks.CharBlock(
        required=False, label=_("Attribution"), help_text=_("Who said it (name, role or organisation).")
    )

    class Meta:
        icon = "openquote"
        template = "website/blocks/quote.html"
        label = _("Quote")


class CalloutBlock(blocks.StructBlock):
    """A highlighted box for a key message, a tip or a warning."""

    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
        label=_("Kind"),
        help_text=_("Kind of box: information, tip or warning."),
    )
    title = blocks.CharBlock(required=False, label=_("Title"), help_text=_("Optional title of the box."))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), help_text=_("Content of the box."))

    class Meta:
        icon = "warning"
        template = "website/blocks/callout.html"
        label = _("Callout")


class VideoBlock(blocks.StructBlock):
    """An embedded video by URL, with a caption that also serves people who cannot watch it."""

    url = EmbedBlock(label=_("Video URL"), help_text=_("Web address of the video (YouTube or Vimeo)."))
    caption = blocks.CharBlock(
        required=False, label=_("Caption"), help_text=_("Short description; say whether there are subtitles.")
    )

    class Meta:
        icon = "media"
        template = "website/blocks/video.html"
        label = _("Video")


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
