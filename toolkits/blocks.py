"""Body blocks of a toolkit: the shared blocks plus steps, checklists and tools."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.pages.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), help_text=_("What you do in this step, in a few words."))
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Instruction"), help_text=_("How you go about it, concretely and briefly.")
    )


class StepsBlock(blocks.StructBlock):
    """Numbered instructions: an ordered list, so screen readers announce 'step 2 of 5'."""

    title = blocks.CharBlock(required=False, label=_("Title"), help_text=_("Optional title above the steps."))
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"), help_text=_("The steps, in order."))

    class Meta:
        icon = "list-ol"
        label = _("Steps")
        template = "toolkits/blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    """Things to check before or after: a list the reader can print and tick off."""

    title = blocks.CharBlock(required=False, label=_("Title"), help_text=_("Optional title of the checklist."))
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item")), min_num=1, label=_("Items"), help_text=_("One checkpoint per line.")
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "toolkits/blocks/checklist.html"


class ToolBlock(blocks.StructBlock):
    """One tool of the package (a template, a scan, a training format) with what it is for."""

    name = blocks.CharBlock(label=_("Tool"), help_text=_("Name of the tool."))
    description = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Description"), help_text=_("What it is for and how to use it.")
    )
    link = blocks.URLBlock(required=False, label=_("Link"), help_text=_("Optional web address of the tool."))

    class Meta:
        icon = "cog"
        label = _("Tool")
        template = "toolkits/blocks/tool.html"


class ToolkitStreamBlock(BaseStreamBlock):
    steps = StepsBlock()
    checklist = ChecklistBlock()
    tool = ToolBlock()
