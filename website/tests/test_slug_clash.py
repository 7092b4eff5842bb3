"""'Add page' with an address a draft already holds says so and links the draft."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def add_standard_page(client, parent, slug):
    url = reverse("wagtailadmin_pages:add", args=("website", "standardpage", parent.pk))
    data = nested_form_data({"title": "Over ons", "slug": slug, "intro": "", "body": streamfield([])})
    return client.post(url, data)


@pytest.mark.parametrize("live", [False, True])
def test_slug_held_by_another_page_links_that_page(client, admin_user, home_pages, live):
    holder = StandardPageFactory.build(title="Over ons (concept)", slug="over-ons", live=live)
    home_pages["nl"].add_child(instance=holder)
    revision = holder.save_revision()  # what autosave or "Save draft" leaves behind
    if live:
        revision.publish()
    client.force_login(admin_user)
    response = add_standard_page(client, home_pages["nl"], "over-ons")
    assert response.status_code == 200
    body = response.content.decode()
    link = f'<a href="{reverse("wagtailadmin_pages:edit", args=(holder.pk,))}">Over ons (concept)</a>'
    assert link in body
    if live:
        assert "gebruikt dit adres al" in body
    else:
        assert "Er bestaat al een concept met dit adres" in body
    assert "is al in gebruik door een andere pagina" not in body  # Wagtail's bare message is replaced


def test_a_free_slug_still_creates_the_page(client, admin_user, home_pages):
    client.force_login(admin_user)
    assert add_standard_page(client, home_pages["nl"], "nieuw-adres").status_code == 302
