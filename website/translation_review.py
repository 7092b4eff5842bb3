"""Translations go live through the same review as their source, never half in Dutch.

wagtail-localize's translation editor can only *publish*. With
``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`` a new translation starts as a draft; this
module adds the missing step, "Submit this translation for review": it saves the translated
segments as a draft revision of the page and starts the page's workflow (for recommendations the
reviewers' approval), exactly as "Submit for review" does in Wagtail's page editor. A reviewer's
approval then publishes that revision. Publishing from the translation editor (for people who may
publish) and submitting are both refused while segments are untranslated: wagtail-localize would
fill them with the source text and serve a French page in Dutch.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsForm, UpdateTranslationsView


def missing_segments(translation) -> int:
    """How many strings of the source have no translation in the target language yet."""
    segments = translation.source.stringsegment_set.all()
    return segments.annotate_translation(translation.target_locale).filter(translation__isnull=True).count()


def page_translation(page):
    """The enabled wagtail-localize translation that produces ``page``, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source", "target_locale")
        .first()
    )


def review_state(page, user):
    """What the translation editor shows under the segments: can this person submit, and why not."""
    workflow = page.get_workflow()
    if workflow is None:
        return None
    if page.workflow_in_progress:
        return {"waiting": True, "workflow": workflow}
    return {"waiting": False, "workflow": workflow, "can_submit": page.permissions_for_user(user).can_edit()}


def refuse_incomplete_publish(request, page):
    """``before_edit_page`` hook: "Publish" in the translation editor with untranslated segments."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = page_translation(page)
    if translation is None:
        return None
    missing = missing_segments(translation)
    if missing:
        messages.error(request, _incomplete_message(missing))
        return redirect(request.path)
    return None


def _incomplete_message(missing):
    return _(
        "%(count)d segments are not translated yet: translate them first, so nothing is shown in the source language."
    ) % {"count": missing}


@require_POST
def submit_for_review(request, translation_id):
    """Save the translation as a draft revision and start the page's workflow on it."""
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = redirect("wagtailadmin_pages:edit", page.pk)
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("This page has no review workflow; publish it from the translation editor."))
        return edit_url
    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already waiting for review."))
        return edit_url
    missing = missing_segments(translation)
    if missing:
        messages.error(request, _incomplete_message(missing))
        return edit_url
    translation.save_target(user=request.user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    workflow.start(page, request.user)
    messages.success(
        request,
        _("'%(title)s' in %(language)s was submitted for review.")
        % {"title": page.title, "language": translation.target_locale.get_display_name()},
    )
    return edit_url


class ReviewedUpdateTranslationsForm(UpdateTranslationsForm):
    """wagtail-localize's "Sync translated pages" form without "Publish immediately": that option
    publishes every translation with the new source text in place of its untranslated segments.
    Updated translations are translated, then submitted for review like new ones."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["publish_translations"]
        field.disabled = True
        field.initial = False
        field.widget = forms.HiddenInput()


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """Served at wagtail-localize's own URL (registered before it, website/wagtail_hooks.py)."""

    def get_form(self):
        return ReviewedUpdateTranslationsForm(self.request.POST if self.request.method == "POST" else None)
