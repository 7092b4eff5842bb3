"""Finding 7 of issue 14: the OpenAPI description matches every response, checked by schemathesis.

schemathesis reads ``/api/v1/openapi.json`` from the Django app itself (WSGI, in-process, inside
this module's transaction) and sends every operation generated requests: schema-valid ones
(positive) and schema-invalid ones (negative), over demo-like content (every content family,
the three languages, themes, audiences, regions, images and documents). Every built-in check
runs: no 5xx, every status, body, header and content type as described, schema-valid input
accepted, schema-invalid input rejected, undocumented methods answered 405. The number of
examples is bounded so the run stays short in ``make test``; the examples are derandomised, so a
failure in CI reproduces locally.

Why a loop over ``operation.as_strategy()`` rather than ``schemathesis.pytest.from_fixture``:
the lazy fixture loader of schemathesis 4.32 sets ``Item._nodeid``, which pytest 9.2 no longer
has (AttributeError), and an eager loader would read the description at collection time, when
the database is closed. The loop uses schemathesis' public strategy API and reports every
failing operation at once.
"""

import datetime
import time

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

# Per operation and generation mode (positive, negative): 7 operations, so at most ~350 requests.
MAX_EXAMPLES = 25

FAMILIES = [
    ("toolkits.factories", "ToolkitIndexPageFactory", "ToolkitPageFactory"),
    ("practices.factories", "PracticeIndexPageFactory", "PracticePageFactory"),
    ("recommendations.factories", "RecommendationIndexPageFactory", "RecommendationPageFactory"),
    ("campaigns.factories", "CampaignIndexPageFactory", "CampaignPageFactory"),
    ("press.factories", "PressIndexPageFactory", "PressReleasePageFactory"),
]


@pytest.fixture(scope="module")
def demo_content(module_home_pages):
    """Like the demo site, smaller: each family's index with two items in Dutch, one translated
    to French, themes, audiences and regions on them, a listing image and a PDF attachment."""
    import importlib

    from wagtail.models import Locale

    from tests.fixtures import publish_page, translate_now
    from website.factories import DocumentFactory, ImageFactory
    from website.taxonomy.factories import AudienceFactory, RegionFactory, ThemeFactory

    nl = Locale.objects.get(language_code="nl")
    themes = [ThemeFactory(name=name, slug=slug, locale=nl) for name, slug in (("Wonen", "wonen"), ("Werk", "werk"))]
    audiences = [AudienceFactory(name="Werkgevers", slug="werkgevers", locale=nl)]
    regions = [RegionFactory(name="Brussel", slug="brussel", locale=nl)]
    image = ImageFactory(title="Beeld")
    for number, (module, index_name, child_name) in enumerate(FAMILIES):
        factories = importlib.import_module(module)
        index = publish_page(getattr(factories, index_name), module_home_pages["nl"])
        for n in range(2):
            fields = {
                "listing_image": image,
                "first_published_at": datetime.datetime(2025, 1, 1 + 2 * number + n, tzinfo=datetime.UTC),
            }
            if child_name == "PressReleasePageFactory":
                fields["attachment"] = DocumentFactory(title=f"Persdossier {n}")
            child = publish_page(getattr(factories, child_name), index, **fields)
            child.themes.set(themes[n:])
            child.audiences.set(audiences)
            child.regions.set(regions)
            child.save_revision().publish()
        translate_now(index, Locale.objects.get(language_code="fr"), slug=f"{index.slug}-fr")
        translate_now(child, Locale.objects.get(language_code="fr"), slug=f"{child.slug}-fr")


@pytest.fixture
def api_schema(demo_content, db):
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    # As Django's test client does: a request's end must not close the connection that holds
    # this test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def run_operation(operation, mode, examples):
    """Send ``operation`` its examples in ``mode``, validating each response; counts into ``examples``."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,  # a first request renders thumbnails; timings are bench/'s business
        # The function-scoped fixtures are read-only demo content: examples may share them.
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
        derandomize=True,
        database=None,  # no .hypothesis directory in the work tree
    )
    def check(case):
        examples[0] += 1
        case.call_and_validate()

    check()


def test_every_response_matches_the_openapi_description(api_schema, capsys):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 5, "the description lost its operations"
    failures, examples, started = [], [0], time.monotonic()
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                run_operation(operation, mode, examples)
            except (Exception, BaseExceptionGroup) as error:  # noqa: BLE001 - every failing operation is reported below
                failures.append(f"{operation.label} ({mode.value}): {error}")
    with capsys.disabled():
        print(
            f"\nschemathesis: {len(operations)} operations, {examples[0]} examples, "
            f"{len(failures)} failing operation/mode pairs, {time.monotonic() - started:.1f} s"
        )
    assert not failures, "\n\n".join(failures)
