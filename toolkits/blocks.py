"""Body blocks of a toolkit: the shared blocks plus steps, checklists and tools."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), help_text="Wat je in deze stap doet, in een paar woorden.")
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Instruction"), help_text="Hoe je het aanpakt, concreet en kort."
    )


class StepsBlock(blocks.StructBlock):
    """Numbered instructions: an ordered list, so screen readers announce 'step 2 of 5'."""

    title = blocks.CharBlock(required=False, label=_("Title"), help_text="Optionele titel boven de stappen.")
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"), help_text="De stappen, in volgorde.")

    class Meta:
        icon = "list-ol"
        label = _("Steps")
        template = "toolkits/blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    """Things to check before or after: a list the reader can print and tick off."""

    title = blocks.CharBlock(required=False, label=_("Title"), help_text="Optionele titel van de checklist.")
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item")), min_num=1, label=_("Items"), help_text="Eén controlepunt per regel."
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "toolkits/blocks/checklist.html"


class ToolBlock(blocks.StructBlock):
    """One tool of the package (a template, a scan, a training format) with what it is for."""

    name = blocks.CharBlock(label=_("Tool"), help_text="Naam van het instrument.")
    description = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Description"), help_text="Waarvoor dient het en hoe gebruik je het."
    )
    link = blocks.URLBlock(required=False, label=_("Link"), help_text="Optioneel webadres van het instrument.")

    class Meta:
        icon = "cog"
        label = _("Tool")
        template = "toolkits/blocks/tool.html"


class ToolkitStreamBlock(BaseStreamBlock):
    steps = StepsBlock()
    checklist = ChecklistBlock()
    tool = ToolBlock()
