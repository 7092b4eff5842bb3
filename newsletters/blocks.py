"""Blocks for newsletter issues, and the sign-up block other page types may offer."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.pages.blocks import RICH_TEXT_FEATURES, HeadingBlock, PageChooserBlock


class ContentTeaserBlock(blocks.StructBlock):
    """A toolkit, practice, recommendation, campaign or any other content page, pulled into an issue.

    Title, summary and image come from the page itself, so the issue never repeats text that can
    go stale; editors may override the summary for the newsletter.
    """

    page = PageChooserBlock(
        page_type="website.BasePage",
        label=_("Page"),
        help_text=_("Choose a toolkit, good practice, recommendation, campaign or other page."),
    )
    summary = blocks.TextBlock(
        required=False,
        label=_("Summary"),
        help_text=_("Optional: your own summary; empty = the page's intro."),
    )
    # Translated with the issue: the image's own default alt text is written once, in Dutch.
    image_alt = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Image description"),
        help_text=_("What the page's image shows, in this issue's language. Empty: the page's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Content page")
        template = "newsletters/blocks/content_teaser.html"


class NewsletterStreamBlock(blocks.StreamBlock):
    """What an issue is made of: headings, free text and teasers of site content."""

    heading = HeadingBlock()
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), icon="pilcrow", template="website/blocks/paragraph.html"
    )
    content = ContentTeaserBlock()


class NewsletterSignupBlock(blocks.StructBlock):
    """The newsletter sign-up form as a block: put it on a home page, a campaign or any page.

    Other apps add it to their StreamBlock with ``("newsletter_signup", NewsletterSignupBlock())``;
    the form posts to the newsletters app, so nothing else needs wiring.
    """

    heading = blocks.CharBlock(
        required=False, label=_("Heading"), help_text=_("Title above the form, e.g. 'Stay informed'.")
    )
    text = blocks.TextBlock(
        required=False, label=_("Text"), help_text=_("One sentence about what the newsletter brings.")
    )

    class Meta:
        icon = "mail"
        label = _("Newsletter sign-up")
        template = "newsletters/blocks/signup.html"
