"""An editor tags a page with the terms of the page's own language, as labelled checkboxes."""

import re

import pytest
from django.urls import reverse

from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory

pytestmark = pytest.mark.django_db


def checkboxes(body: str, name: str) -> dict[str, bool]:
    """{label: checked} of the checkboxes named ``name`` on the page."""
    found = {}
    for match in re.finditer(rf"<label[^>]*>\s*(<input[^>]*name=\"{name}\"[^>]*>)\s*([^<]+?)\s*</label>", body):
        found[match.group(2)] = " checked" in match.group(1)
    return found


@pytest.fixture
def toolkits(home_pages, make_page, terms):
    """A Dutch toolkit tagged 'Wonen', and a French one made in the French tree that links the
    same Dutch rows (as wagtail-localize copies them from a source)."""
    pages = {}
    for code in ("nl", "fr"):
        index = make_page(ToolkitIndexPageFactory, home_pages[code], slug=f"toolkits-{code}")
        page = make_page(ToolkitPageFactory, index, title=f"Toolkit {code}", slug=f"toolkit-{code}")
        page.themes.set([terms["wonen"]])
        page.sectors.set([terms["zorg"]])
        page.save_revision().publish()
        pages[code] = page
    return pages


def edit_form(client, admin_user, page) -> str:
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    return response.content.decode()


def test_french_page_offers_french_terms_only(client, admin_user, toolkits):
    body = edit_form(client, admin_user, toolkits["fr"])
    # Only the themes that exist in French, the linked Dutch 'Wonen' shown (and ticked) as 'Logement'.
    assert checkboxes(body, "themes") == {"Logement": True, "Emploi": False}
    assert checkboxes(body, "audiences") == {"Employeurs": False}
    assert checkboxes(body, "regions") == {"Bruxelles": False}
    assert checkboxes(body, "sectors") == {"Soins": True}
    for dutch in ("Wonen", "Werkgevers", "Zorg", "Industrie"):
        assert f">{dutch}<" not in body.replace("\n", "").replace(" ", "")


def test_dutch_page_offers_dutch_terms_only(client, admin_user, toolkits):
    body = edit_form(client, admin_user, toolkits["nl"])
    assert checkboxes(body, "themes") == {"Wonen": True, "Werk": False, "Onderwijs": False}
    assert checkboxes(body, "sectors") == {"Zorg": True, "Industrie": False}
    assert "Logement" not in body
