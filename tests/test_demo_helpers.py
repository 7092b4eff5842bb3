"""``translated_rows``: the demo's translated copies of a page's child rows (campaign materials,
recommendation history) keep everything but the translated text, so segments pair up in order."""

import datetime
import uuid

import pytest

from campaigns.models import CampaignMaterial
from recommendations.models import StatusChange
from website.demo.helpers import translated_rows

pytestmark = pytest.mark.django_db


def test_copies_keep_every_field_but_the_translated_one(locales):
    rows = [
        StatusChange(
            pk=7,
            page_id=3,
            translation_key=uuid.uuid4(),
            locale=locales["nl"],
            date=datetime.date(2025, 3, 1),
            status="besproken",
            note="Besproken in de commissie",
            sort_order=n,
        )
        for n in range(2)
    ]
    copies = translated_rows(rows, "note", ["Discuté en commission", "Discussed in committee"])
    assert [copy.note for copy in copies] == ["Discuté en commission", "Discussed in committee"]
    for row, copy in zip(rows, copies, strict=True):
        assert type(copy) is StatusChange and copy is not row
        assert copy.pk is None and copy.page_id is None  # new rows, not the source's
        assert (copy.translation_key, copy.locale_id, copy.date, copy.status, copy.sort_order) == (
            row.translation_key,
            row.locale_id,
            row.date,
            row.status,
            row.sort_order,
        )
    assert rows[0].note == "Besproken in de commissie"  # the source rows are untouched


def test_one_text_per_row(locales):
    material = CampaignMaterial(
        translation_key=uuid.uuid4(), locale=locales["nl"], kind="affiche", description="Affiche"
    )
    assert translated_rows([material], "description", ["Poster"])[0].kind == "affiche"
    with pytest.raises(ValueError):
        translated_rows([material], "description", ["Poster", "Extra"])
