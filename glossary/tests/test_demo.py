import pytest

from glossary import demo
from glossary.models import GlossaryEntry, GlossaryPage
from website.demo.registry import DemoContext

pytestmark = pytest.mark.django_db


def test_demo_guide_has_twelve_entries_per_language_and_runs_twice_without_change(home_pages, locales):
    ctx = DemoContext(log=lambda message: None, locales=locales, homes=home_pages)
    demo.glossary(ctx)
    for code in ("nl", "fr", "en"):
        assert GlossaryEntry.objects.filter(locale=locales[code]).count() >= 12
        assert GlossaryPage.objects.live().filter(locale=locales[code]).count() == 1
    again = DemoContext(log=lambda message: None, locales=locales, homes=home_pages)
    demo.glossary(again)
    assert again.created == 0
