"""Admin hooks of the shared website app."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks

from website import translation_review
from website.workarounds import autosave_guard

from .translation_panel import TranslationsToDoPanel


@hooks.register("insert_global_admin_js")
def csp_initialisers():
    """Starts the widgets whose inline scripts website/admin_csp.py turned into JSON data blocks."""
    return format_html('<script src="{}"></script>', static("website/admin/csp-init.js"))


@hooks.register("register_admin_urls")
def translation_review_urls():
    from django.urls import include

    # Shadows wagtail-localize's "Sync translated pages" (this app's hooks run first).
    localize = [
        path(
            "update/<int:translation_source_id>/",
            translation_review.ReviewedUpdateTranslationsView.as_view(),
            name="update_translations",
        )
    ]
    return [
        path("localize/", include((localize, "levl_localize"))),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            translation_review.submit_for_review,
            name="levl_translation_submit_for_review",
        ),
    ]


# First of all: an autosave request must never act on the page (publish, submit, approve...).
hooks.register("before_edit_page", autosave_guard.autosave_saves_only, order=-20)
hooks.register("before_create_page", autosave_guard.autosave_saves_only, order=-20)

# Before wagtail-localize's own hook, which serves the translation editor for this URL.
hooks.register("before_edit_page", translation_review.refuse_incomplete_publish, order=-10)


@hooks.register("construct_homepage_panels")
def translations_to_do(request, panels):
    """Everyone who may edit a translated language sees what waits to be translated in it."""
    panels.append(TranslationsToDoPanel(request.user))
