"""Glossary terms and readability in Wagtail's own content checks (the "Checks" side panel and
the accessibility checker of the preview), through the public ``construct_wagtail_userbar`` hook.

How it fits together:

- ``mark_preview`` (a middleware) wraps each glossary hit in the preview's ``<main>`` in
  ``<mark data-glossary-term="slug">``, in the page's own language, and marks ``<main>`` when the
  text is hard to read for that language's formula;
- ``GlossaryCheckerItem`` adds one axe rule per glossary entry of the page's language, selecting
  those marks, with the entry's explanation and alternatives as the message the panel shows.

The rules use axe-core's built-in ``attr-non-space-content-evaluate`` check on an attribute no
mark carries, so every marked element fails: axe needs no JavaScript of ours, and Wagtail merges
our rules with its own (``axe_custom_rules`` / ``axe_custom_checks`` / ``axe_messages``).
"""

from django.utils.translation import gettext as _
from wagtail.admin.userbar import ContentCheckerItem

from . import lookup

CHECK_ID = "glossary-reconsider"
READABILITY_RULES = {"difficult": (30, 50), "very-difficult": (-10_000, 30)}


def term_rule_id(term) -> str:
    return f"glossary-{term.slug}"


class GlossaryCheckerItem(ContentCheckerItem):
    """Wagtail's content checker plus the glossary of ``language`` and its readability rules."""

    def __init__(self, language: str, in_editor=False):
        super().__init__(in_editor=in_editor)
        self.language = language

    def terms(self):
        return lookup.terms(self.language)

    def get_axe_run_only(self, request):
        ids = [term_rule_id(term) for term in self.terms()] + [
            f"glossary-readability-{name}" for name in READABILITY_RULES
        ]
        return list(super().get_axe_run_only(request)) + ids

    def get_axe_custom_rules(self, request):
        rules = [
            {
                "id": term_rule_id(term),
                "impact": "serious" if term.severity == "avoid" else "moderate",
                "selector": f'mark[data-glossary-term="{term.slug}"]',
                "tags": ["best-practice"],
                "any": [CHECK_ID],
                "enabled": True,
            }
            for term in self.terms()
        ]
        rules += [
            {
                "id": f"glossary-readability-{name}",
                "impact": "minor",
                "selector": f'main[data-glossary-readability="{name}"]',
                "tags": ["best-practice"],
                "any": [CHECK_ID],
                "enabled": True,
            }
            for name in READABILITY_RULES
        ]
        return list(super().get_axe_custom_rules(request)) + rules

    def get_axe_custom_checks(self, request):
        check = {"id": CHECK_ID, "evaluate": "attr-non-space-content-evaluate",
                 "options": {"attribute": "data-glossary-never-set"}}  # fmt: skip
        return list(super().get_axe_custom_checks(request)) + [check]

    def get_axe_messages(self, request):
        from . import readability

        messages = dict(super().get_axe_messages(request))
        for term in self.terms():
            verdict = _("avoid") if term.severity == "avoid" else _("depends on the context")
            help_text = term.explanation
            if term.alternatives:
                help_text += " " + _("Instead: %(alternatives)s") % {"alternatives": ", ".join(term.alternatives)}
            messages[term_rule_id(term)] = {
                "error_name": _("“%(term)s” (%(verdict)s)") % {"term": term.term, "verdict": verdict},
                "help_text": help_text,
            }
        formula = readability.FORMULAS.get(self.language, "")
        for name, label in (("difficult", _("difficult")), ("very-difficult", _("very difficult"))):
            messages[f"glossary-readability-{name}"] = {
                "error_name": _("Readability (%(formula)s): %(band)s") % {"formula": formula, "band": label},
                "help_text": _("Use shorter sentences and everyday words."),
            }
        return messages


def replace_checker(request, items, page=None):
    """``construct_wagtail_userbar``: swap Wagtail's checker for ours, in the page's language."""
    locale = getattr(page, "locale", None)
    if locale is None:
        return
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, GlossaryCheckerItem):
            items[index] = GlossaryCheckerItem(locale.language_code, in_editor=item.in_editor)
