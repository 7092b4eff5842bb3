"""What the OpenSearch index holds: only what a visitor may see; rebuilt behind an alias."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

pytestmark = [pytest.mark.django_db, pytest.mark.opensearch, pytest.mark.xdist_group("opensearch")]


@pytest.fixture
def engine(opensearch_server, settings):
    from search.engines import get_engine

    settings.SEARCH_URL = f"{opensearch_server.url}/levl-test-index"
    engine = get_engine()
    engine.clear()
    return engine


def indexed(engine) -> dict:
    engine._search({"size": 100}, 5)  # refreshes what was written
    hits = engine.client.search(index=engine.alias, body={"size": 100})["hits"]["hits"]
    return {int(hit["_id"]): hit["_source"] for hit in hits}


def test_drafts_and_restricted_pages_are_not_indexed(engine, add_page, home_pages, make_page):
    from search.factories import SearchablePageFactory

    public = add_page("Openbare pagina", "Tekst.")
    draft = make_page(
        SearchablePageFactory, home_pages["nl"], title="Concept", paragraphs=["Geheim."], publish=False, live=False
    )
    restricted = add_page("Afgeschermd", "Voor leden.")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    assert set(indexed(engine)) == {public.pk}
    assert draft.pk not in indexed(engine)
    # Editing a live page as a draft leaves the published text in the index, not the draft's.
    public.title = "Nieuwe titel in concept"
    public.save_revision()
    assert indexed(engine)[public.pk]["title_nl"] == "Openbare pagina"


def test_private_documents_are_not_indexed(engine, add_page, django_capture_on_commit_callbacks):
    from search.factories import PdfDocumentFactory

    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    with django_capture_on_commit_callbacks(execute=True):
        shared = PdfDocumentFactory(title="Publiek", paragraphs=["Openbare praktijktesten."])
        hidden = PdfDocumentFactory(title="Intern", paragraphs=["Vertrouwelijke makelaars."], collection=private)
    page = add_page("Toolkit", "Tekst.", document=shared)
    other = add_page("Toolkit intern", "Tekst.", document=hidden)
    documents = {pk: source["documents"] for pk, source in indexed(engine).items()}
    assert [d["id"] for d in documents[page.pk]] == [shared.pk]
    assert documents[other.pk] == []


def test_rebuild_switches_the_alias_to_a_new_index(engine, add_page):
    page = add_page("Betaalbare woning", "Tekst.")
    before = set(engine.client.indices.get_alias(name=engine.alias))
    assert engine.rebuild() >= 1
    after = set(engine.client.indices.get_alias(name=engine.alias))
    assert len(after) == 1 and after != before
    assert not any(engine.client.indices.exists(index=name) for name in before)
    assert page.pk in indexed(engine)


def test_analysis_matches_postgresql_stemming(engine):
    """The analyzers themselves: plural to singular (nl), accents folded (fr), English stems."""
    engine.ensure_index()

    def tokens(analyzer, text):
        body = {"analyzer": analyzer, "text": text}
        return [t["token"] for t in engine.client.indices.analyze(index=engine.alias, body=body)["tokens"]]

    assert tokens("text_nl", "woningen") == tokens("text_nl", "woning")
    assert tokens("text_fr", "l'égalité") == tokens("text_fr", "egalite")
    assert tokens("text_en", "employers") == tokens("text_en", "employer")
    assert "lut" in tokens("suggest_index", "Lutter")
