"""Admin views: "send a test to me", "send", progress per issue, and GDPR tools per subscriber."""

import json
import smtplib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.auth import user_passes_test

from . import subscriptions
from .models import Delivery, Dispatch, NewsletterPage, Subscriber
from .sending import is_stalled, lease_is_live, send_test, start_dispatch
from .tasks import send_dispatch


def _can_manage_subscribers(user):
    return user.has_perm("newsletters.change_subscriber")


def dispatch_view(request, page_id):
    page = get_object_or_404(NewsletterPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "test":
            if not request.user.email:
                messages.error(request, _("Your account has no email address; add one in your account settings."))
            else:
                try:
                    send_test(page, request.user.email)
                except (smtplib.SMTPException, OSError) as exc:
                    messages.error(request, _("The test could not be sent: %(error)s") % {"error": exc})
                else:
                    messages.success(request, _("Test sent to %(email)s.") % {"email": request.user.email})
        elif action == "send":
            if not page.live or page.has_unpublished_changes:
                messages.error(request, _("Publish the issue (with all its changes) before sending it."))
            else:
                dispatch = start_dispatch(page, request.user)
                if dispatch.status == Dispatch.Status.DONE:
                    messages.info(request, _("This issue has been sent already."))
                elif lease_is_live(dispatch):
                    # A worker is sending it right now: a second click changes nothing.
                    messages.warning(request, _("This issue is being sent right now. This page shows the progress."))
                else:
                    # First click, or a stalled send: the lease and delivery rows make sure
                    # nobody gets the issue twice.
                    transaction.on_commit(lambda: send_dispatch.enqueue(dispatch.pk))
                    messages.success(request, _("Sending has started. This page shows the progress."))
        return redirect("newsletters_admin:dispatch", page_id=page.pk)

    dispatch = Dispatch.objects.filter(page=page).first()

    theme_keys = page.themes.values_list("translation_key", flat=True)
    context = {
        "page": page,
        "dispatch": dispatch,
        "progress": dispatch.progress() if dispatch else None,
        "problems": (
            dispatch.deliveries.filter(status__in=[Delivery.Status.FAILED, Delivery.Status.BOUNCED]).order_by("pk")[
                :200
            ]
            if dispatch
            else []
        ),
        "audience": Subscriber.objects.for_issue(page.locale.language_code, theme_keys).count(),
        "refresh": dispatch is not None and dispatch.status != Dispatch.Status.DONE,
        "stalled": dispatch is not None and is_stalled(dispatch),
        "resent": dispatch.deliveries.filter(resent=True).count() if dispatch else 0,
    }
    return TemplateResponse(request, "newsletters/admin/dispatch.html", context)


@user_passes_test(_can_manage_subscribers)
def gdpr_export(request, pk):
    subscriber = get_object_or_404(Subscriber, pk=pk)
    response = HttpResponse(
        json.dumps(subscriptions.export_data(subscriber), indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="subscriber-{subscriber.pk}.json"'
    return response


@user_passes_test(lambda user: user.has_perm("newsletters.delete_subscriber"))
def gdpr_erase(request, pk):
    subscriber = get_object_or_404(Subscriber, pk=pk)
    if request.method == "POST":
        email = subscriber.email
        subscriptions.erase(subscriber)
        messages.success(request, _("All data of %(email)s has been erased.") % {"email": email})
        return redirect("newsletter_subscribers:index")
    return TemplateResponse(request, "newsletters/admin/erase.html", {"subscriber": subscriber})
