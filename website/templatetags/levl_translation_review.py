"""The "Submit this translation for review" box of the translation editor (website/translation_review.py)."""

from django import template

from website.translation_review import missing_segments, review_state

register = template.Library()


@register.inclusion_tag("wagtail_localize/admin/includes/levl_submit_for_review.html", takes_context=True)
def translation_review_box(context, translation, page):
    state = review_state(page, context["request"].user)
    return {
        "state": state,
        "translation": translation,
        "missing": missing_segments(translation) if state else 0,
        "csrf_token": context.get("csrf_token"),
    }
