"""OpenSearch: one index (behind an alias) with per-language fields.

**Per-language fields, not per-locale indexes.** Every page is one document with ``language``
and its text in the fields of that language only (``title_nl``, ``body_nl``, ``documents.text_nl``,
``suggest_nl``; empty for the others), each field analysed by its language's chain: standard
tokenizer, lowercase, ``asciifolding``, the language's Snowball stemmer (French also elision),
the same stemmers PostgreSQL's ``levl_dutch``/``levl_french``/``levl_english`` use, so
"woningen" finds "woning" and "egalite" finds "égalité" on both engines. One index keeps one
alias to switch on a rebuild, one mapping, and facets and counts over a single shard; a query
filters on ``language`` and reads that language's fields, so a Dutch query never meets French
stems. Per-locale indexes would only pay off with languages big enough to scale apart.

modelsearch's ``opensearch2`` backend (the same client pin, opensearch-py 2.x) is not used for the
public search: it has one analyzer per index and no aggregations or highlighting in its API.
Wagtail's database index stays the ``WAGTAILSEARCH_BACKENDS`` default (the admin, snippets and the
fallback while this engine is down search it).

Suggestions: ``suggest_<lang>`` is the title through an edge n-gram filter (2 to 20 characters)
at index time, searched with the plain folding analyzer. Snippets are the engine's highlights,
marked with two private characters and HTML-escaped before they become ``<mark>``
(``highlight.to_html``). Documents are nested objects, so the documents whose text matched come
back per page as inner hits; only documents outside restricted collections are indexed, and only
live, public pages (drafts and restricted subtrees are removed from the index, see ``index_pages``).
"""

import logging
import time
import warnings
from functools import cached_property

from django.conf import settings
from django.db.models import prefetch_related_objects
from wagtail.models.pages import COMMENTS_RELATION_NAME

from website.models.base_page import publication_dates

from ..highlight import START, STOP, to_html
from ..listing import RESULT_FIELDS, SearchListing
from ..query import SUGGESTION_FIELDS, PageColumns, engine_query
from ..results import PER_PAGE, Result, type_label
from .base import EngineUnavailable, SearchEngine, SearchPage

logger = logging.getLogger(__name__)

LANGUAGES = {"nl": "dutch", "fr": "french", "en": "english"}
DEFAULT_ALIAS = "levl-pages"
MAX_FACET_VALUES = 200
# The listing's facet parameter -> the document field it counts.
FACET_FIELDS = {"type": "type", "theme": "themes", "audience": "audiences"}
MAX_WINDOW = 10_000  # OpenSearch's index.max_result_window
# Only what we read of a response (smaller to send and to parse): ``took`` for the bench.
RESULTS_PATHS = ",".join(
    [
        "took",
        "hits.total.value",
        "hits.hits._id",
        "hits.hits.fields",
        "hits.hits.highlight",
        "hits.hits.inner_hits.documents.hits.hits._source.id",
        "aggregations.*.values.buckets.key",
        "aggregations.*.values.buckets.doc_count",
    ]
)
SUGGEST_PATHS = "took,hits.hits._id"


def index_settings() -> dict:
    analyzers, filters = {}, {}
    for code, stemmer in LANGUAGES.items():
        filters[f"{code}_stemmer"] = {"type": "stemmer", "language": stemmer}
        chain = ["lowercase", "asciifolding", f"{code}_stemmer"]
        if code == "fr":
            filters["fr_elision"] = {
                "type": "elision",
                "articles_case": True,
                "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
            }
            chain = ["fr_elision", *chain]
        analyzers[f"text_{code}"] = {"type": "custom", "tokenizer": "standard", "filter": chain}
    filters["edge_2_20"] = {"type": "edge_ngram", "min_gram": 2, "max_gram": 20}
    analyzers["suggest_index"] = {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding", "edge_2_20"],
    }
    analyzers["folded"] = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}
    return {
        "index": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s"},
        "analysis": {
            "filter": filters,
            "analyzer": analyzers,
            "normalizer": {"sortable": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
        },
    }


def index_mappings() -> dict:
    properties = {
        # The page id as a number: the tie-breaker of every sort (sorting on ``_id`` would load
        # every id string into the heap), as ``pk DESC`` on the database engine.
        "pk": {"type": "long"},
        "language": {"type": "keyword"},
        "type": {"type": "keyword"},
        "themes": {"type": "keyword"},
        "audiences": {"type": "keyword"},
        "title": {"type": "keyword", "normalizer": "sortable"},
        "first_published_at": {"type": "date"},
        "documents": {"type": "nested", "properties": {"id": {"type": "integer"}}},
    }
    for code in LANGUAGES:
        text = {"type": "text", "analyzer": f"text_{code}"}
        properties[f"title_{code}"] = text
        properties[f"body_{code}"] = {**text, "term_vector": "with_positions_offsets"}
        properties["documents"]["properties"][f"text_{code}"] = text
        properties[f"suggest_{code}"] = {"type": "text", "analyzer": "suggest_index", "search_analyzer": "folded"}
    return {"dynamic": "strict", "properties": properties}


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_text(item) for item in value)
    return " ".join(str(value).replace(START, "").replace(STOP, "").split())


def page_body(page) -> str:
    """Every searchable text of the page but its title and its documents, in search_fields order."""
    from wagtail.search import index

    from ..document_text import FIELD_NAME

    parts = []
    for field in page.get_search_fields():
        if type(field) is index.SearchField and field.field_name not in {"title", FIELD_NAME}:
            parts.append(_text(field.get_value(page)))
    return " ".join(part for part in parts if part)


def public_document_texts(pages) -> dict[int, list[tuple[int, str]]]:
    """``{page id: [(document id, text)]}``: the documents each page links to, outside restricted
    collections, in one query for all the pages."""
    from ..document_text import page_document_ids, public_documents
    from ..models import DocumentText

    linked = {page.pk: page_document_ids(page) for page in pages}
    wanted = {pk for ids in linked.values() for pk in ids}
    texts = {}
    if wanted:
        rows = DocumentText.objects.filter(document__in=public_documents(wanted)).exclude(text="")
        texts = dict(rows.values_list("document_id", "text"))
    return {page_id: [(pk, texts[pk]) for pk in sorted(ids) if pk in texts] for page_id, ids in linked.items()}


def page_document(page, language: str, documents=None) -> dict:
    """The page's document in the index; ``documents``: its ``[(document id, text)]`` when known."""
    if documents is None:
        documents = public_document_texts([page])[page.pk]
    # .all(): the terms a batch prefetched (in the terms' own order), else one query each.
    terms = {name: [term.slug for term in getattr(page, name).all()] for name in ("themes", "audiences")}
    return {
        "pk": page.pk,
        "language": language,
        "type": page._meta.model_name,
        **terms,
        "title": page.title,
        "first_published_at": page.first_published_at,
        f"title_{language}": page.title,
        f"body_{language}": page_body(page),
        f"suggest_{language}": page.title,
        "documents": [{"id": pk, f"text_{language}": text} for pk, text in documents],
    }


def themes_by_slug(slugs_by_page: dict, locale_id: int) -> dict:
    """``{page id: [theme, ...]}`` in the visitor's locale from the theme slugs each hit carries
    (every language's row of a term shares its slug): no query, the terms are cached."""
    from website.taxonomy.lookup import terms_by_id, terms_by_key
    from website.taxonomy.models import Theme

    by_slug = {term.slug: term for term in terms_by_id(Theme).values()}
    by_slug.update({term.slug: term for term in terms_by_key(Theme, locale_id).values()})
    return {
        pk: sorted((by_slug[slug] for slug in slugs if slug in by_slug), key=lambda term: (term.sort_order, term.name))
        for pk, slugs in slugs_by_page.items()
    }


class OpenSearchListing(SearchListing):
    """The search listing with the matching, facet counts, total and page from one engine request."""

    def __init__(self, request, query, engine, language, *, locale_id, per_page=PER_PAGE):
        self.engine, self.language = engine, language
        super().__init__(request, query, None, locale_id=locale_id, per_page=per_page)

    def _match(self, results):
        from website.models import BasePage

        return BasePage.objects.none()  # every figure comes from the engine's response

    def _count_all(self):
        from website.pages.facets import SORTS

        sort = self.params.get("sort")
        requested = _page_number(self.params.get("page"))
        # The engine pages through its first MAX_WINDOW hits; past them, the last page it has.
        offset = min((requested - 1) * self.per_page, MAX_WINDOW - self.per_page)
        response = self.engine.search(self.query, self.language, self.selected, sort if sort in SORTS else None,
                                      offset, self.per_page)  # fmt: skip
        total = response.get("hits", {}).get("total", {}).get("value", 0)
        if total and offset >= total:  # past the end: the last page, as the paginator shows it
            offset = min((max(1, -(-total // self.per_page)) - 1) * self.per_page, MAX_WINDOW - self.per_page)
            response = self.engine.search(self.query, self.language, self.selected, sort if sort in SORTS else None,
                                          offset, self.per_page)  # fmt: skip
        self._total = total
        self._page_number = offset // self.per_page + 1
        self.hits = response.get("hits", {}).get("hits", [])
        # filter_path leaves out what is empty: a facet without buckets, hits on no page.
        return {
            param: {bucket["key"]: bucket["doc_count"] for bucket in agg.get("values", {}).get("buckets", [])}
            for param, agg in response.get("aggregations", {}).items()
        }

    def _paginate(self):
        from ..ranked_listing import page_of

        page = page_of(self._total, self._page_number, self.per_page)
        ids = [int(hit["_id"]) for hit in self.hits]
        # The database has the last word: a page unpublished or restricted a moment ago is not shown.
        rows = PageColumns(*RESULT_FIELDS).visible_by_id(ids, self.locale_id)
        page.object_list = [rows[pk] for pk in ids if pk in rows]
        return page


def _page_number(raw) -> int:
    try:
        return min(max(1, int(raw)), MAX_WINDOW)
    except (TypeError, ValueError):
        return 1


class OpenSearchEngine(SearchEngine):
    name = "opensearch"
    has_own_index = True

    def __init__(self, url: str):
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        self.host_url = f"{parts.scheme}://{parts.netloc}"
        # The path names the alias: SEARCH_URL=http://host:9200/levl-pages
        self.alias = parts.path.strip("/") or DEFAULT_ALIAS
        self._index_ready = False
        self._unrefreshed = False

    @cached_property
    def client(self):
        from opensearchpy import OpenSearch

        # No retries, and searches pass a short timeout of their own: a visitor waits for the
        # fallback, not for a dead node. Index writes may take longer on a busy node.
        return OpenSearch(hosts=[self.host_url], timeout=30, max_retries=0, retry_on_timeout=False, http_compress=False)

    def _call(self, method, *args, **kwargs):
        from opensearchpy.exceptions import ConnectionError, ConnectionTimeout, TransportError

        try:
            return method(*args, **kwargs)
        except (ConnectionError, ConnectionTimeout) as exc:
            raise EngineUnavailable(f"OpenSearch at {self.host_url}: {type(exc).__name__}") from exc
        except TransportError as exc:
            if isinstance(exc.status_code, int) and exc.status_code >= 500:
                raise EngineUnavailable(f"OpenSearch at {self.host_url}: {exc.status_code}") from exc
            raise

    # -- the index
    def create_index(self, name: str) -> None:
        self._call(
            self.client.indices.create, index=name, body={"settings": index_settings(), "mappings": index_mappings()}
        )

    def new_index_name(self) -> str:
        """A name no earlier index has: two rebuilds within one second must not collide."""
        return f"{self.alias}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns() % 10**9}"

    def ensure_index(self) -> None:
        """The alias and an index behind it, created on first use (asked once per process)."""
        if self._index_ready:
            return
        if not self._call(self.client.indices.exists_alias, name=self.alias):
            name = self.new_index_name()
            self.create_index(name)
            self._call(self.client.indices.put_alias, index=name, name=self.alias)
        else:
            # An index made before a field was added gets it (adding is allowed, changing is not;
            # ``search_index`` fills it in for the documents already there).
            self._call(self.client.indices.put_mapping, index=self.alias, body=index_mappings())
        self._index_ready = True

    def _refresh(self):
        # Production relies on the 1 s refresh interval; tests read their writes at once, with one
        # refresh before the next search rather than one per write (a publish writes several times).
        self._unrefreshed = getattr(settings, "SEARCH_REFRESH_ON_WRITE", False)
        return "false"

    def _search(self, body, timeout, filter_path=None):
        if self._unrefreshed:
            self._call(self.client.indices.refresh, index=self.alias)
            self._unrefreshed = False
        # request_cache: the node keeps the hits and counts of a query until the index next
        # changes (a refresh), whatever the page size; it holds ranked ids and counts, never a
        # decision about who may see a page (the database decides that, see _paginate).
        return self._call(
            self.client.search, index=self.alias, body=body, request_timeout=timeout,
            params={"request_cache": "true", **({"filter_path": filter_path} if filter_path else {})},
        )  # fmt: skip

    def _documents(self, page_ids, index: str):
        """Bulk actions for these ids: an index action per visible page, a delete for the others."""
        from wagtail.models import Page

        from ..backends import locale_languages

        languages = locale_languages()
        page_ids = [int(pk) for pk in page_ids]
        wanted = set()
        for locale_id, language in languages.items():
            if language not in LANGUAGES:
                continue
            # Wagtail's own public(), not the cached one: a restriction saved a moment ago counts.
            pages = Page.objects.filter(pk__in=page_ids, locale_id=locale_id, depth__gt=2).live().public().specific()
            with warnings.catch_warnings():
                # A page being deleted has lost its specific row already: it comes back as a plain
                # Page (no themes) and is removed below; Wagtail warns about it.
                warnings.simplefilter("ignore", RuntimeWarning)
                pages = list(pages)
            pages = [page for page in pages if hasattr(page, "themes")]  # others: nothing a visitor searches
            # Terms and comments (which Wagtail's reference extraction reads) for the batch at once,
            # and the public documents' texts in one query: a rebuild asks per batch, not per page.
            prefetch_related_objects(pages, "themes", "audiences", COMMENTS_RELATION_NAME)
            texts = public_document_texts(pages)
            for page in pages:
                wanted.add(page.pk)
                source = page_document(page, language, texts[page.pk])
                yield {"_op_type": "index", "_index": index, "_id": page.pk, "_source": source}
        for pk in set(page_ids) - wanted:
            yield {"_op_type": "delete", "_index": index, "_id": pk}

    def index_pages(self, page_ids, index=None) -> int:
        from opensearchpy.helpers import bulk

        if not page_ids:
            return 0
        self.ensure_index()
        actions = list(self._documents(page_ids, index or self.alias))
        _count, errors = self._call(bulk, self.client, actions, refresh=self._refresh(), raise_on_error=False)
        real = [error for error in errors if next(iter(error.values())).get("status") != 404]
        if real:
            raise RuntimeError(f"OpenSearch refused {len(real)} documents: {real[:2]}")
        return len(actions)

    def remove_pages(self, page_ids) -> int:
        from opensearchpy.helpers import bulk

        self.ensure_index()
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": int(pk)} for pk in page_ids]
        self._call(bulk, self.client, actions, refresh=self._refresh(), raise_on_error=False)
        return len(actions)

    def rebuild(self, stdout=None, batch=500) -> int:
        """Index every visible page into a NEW index, then switch the alias to it in one request
        and drop the old ones: searches keep reading the old index until the new one is complete."""
        from django.db.models import Q
        from django.utils import timezone
        from opensearchpy.helpers import bulk
        from wagtail.models import Page

        started = timezone.now()
        name = self.new_index_name()
        self.create_index(name)
        ids = list(Page.objects.filter(depth__gt=2, live=True).order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), batch):
            actions = [a for a in self._documents(ids[start : start + batch], name) if a["_op_type"] == "index"]
            self._call(bulk, self.client, actions, refresh="false", raise_on_error=True)
            if stdout:
                stdout.write(f"  {min(start + batch, len(ids))}/{len(ids)} pages")
        self._call(self.client.indices.refresh, index=name)
        old = []
        if self._call(self.client.indices.exists_alias, name=self.alias):
            old = list(self._call(self.client.indices.get_alias, name=self.alias))
        elif self._call(self.client.indices.exists, index=self.alias):
            self._call(self.client.indices.delete, index=self.alias)  # a plain index in the alias's way
        switch = [{"remove": {"index": index, "alias": self.alias}} for index in old]
        self._call(
            self.client.indices.update_aliases,
            body={"actions": [*switch, {"add": {"index": name, "alias": self.alias}}]},
        )
        for index in old:
            self._call(self.client.indices.delete, index=index)
        # Pages changed while the new index filled were written to the old one: once more.
        changed = Page.objects.filter(Q(last_published_at__gte=started) | Q(latest_revision_created_at__gte=started))
        self.index_pages(list(changed.values_list("pk", flat=True)))
        return len(ids)

    def clear(self) -> None:
        """Remove every document (tests start from an empty index)."""
        # By id: _delete_by_query lives in the reindex module, which our node does not load.
        self._index_ready = False
        self.ensure_index()
        hits = self._call(self.client.search, index=self.alias, body={"size": 10_000, "_source": False})["hits"]["hits"]
        if hits:
            self.remove_pages([hit["_id"] for hit in hits])
            self._call(self.client.indices.refresh, index=self.alias)

    # -- queries
    def _match(self, query: str, language: str) -> dict | None:
        parsed = engine_query(query)
        if parsed is None:
            return None
        from modelsearch.query import Phrase

        # The same words as the database engine searches for: AND-ed, "quoted" = a phrase.
        words = []
        for part in getattr(parsed, "subqueries", [parsed]):
            words.append(f'"{part.query_string}"' if isinstance(part, Phrase) else part.query_string)
        text = " ".join(words)
        fields = [f"title_{language}^3", f"body_{language}"]
        flags = "PHRASE|WHITESPACE"
        return {
            "bool": {
                "should": [
                    {"simple_query_string": {"query": text, "fields": fields, "default_operator": "and", "flags": flags}},
                    {
                        "nested": {
                            "path": "documents",
                            "score_mode": "max",
                            "query": {"simple_query_string": {"query": text, "fields": [f"documents.text_{language}"],
                                                              "default_operator": "and", "flags": flags}},
                            "inner_hits": {"_source": ["documents.id"], "size": 5},
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        }  # fmt: skip

    def search(self, query, language, selected, sort, offset, size) -> dict:
        match = self._match(query, language)
        if match is None:
            return {"hits": {"total": {"value": 0}, "hits": []}, "aggregations": {}}
        # Disjunctive facets: each facet's counts apply the other facets' selections, not its own;
        # the hits apply them all (post_filter, which aggregations do not see).
        selections = {param: {"terms": {FACET_FIELDS[param]: values}} for param, values in selected.items() if values}
        aggs = {}
        for param, field in FACET_FIELDS.items():
            others = [condition for key, condition in selections.items() if key != param]
            aggs[param] = {
                "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
                "aggs": {"values": {"terms": {"field": field, "size": MAX_FACET_VALUES}}},
            }
        post = list(selections.values())
        order = {"newest": [{"first_published_at": {"order": "desc", "missing": "_last"}}, {"pk": "desc"}],
                 "az": [{"title": "asc"}, {"pk": "asc"}]}.get(sort, [{"_score": "desc"}, {"pk": "desc"}])  # fmt: skip
        body = {
            "query": {"bool": {"must": [match], "filter": [{"term": {"language": language}}]}},
            "aggs": aggs,
            "sort": order,
            "from": offset,
            "size": size,
            "track_total_hits": True,
            "_source": False,
            # The themes shown on each result ride along (doc values, no stored source read).
            "docvalue_fields": ["themes"],
            "highlight": {
                "pre_tags": [START],
                "post_tags": [STOP],
                # The fast vector highlighter works from the term vectors the body field keeps:
                # at 10,000 pages it took about half the engine time of the default (unified) one.
                "fields": {
                    f"body_{language}": {
                        "type": "fvh",
                        "fragment_size": 120,
                        "number_of_fragments": 2,
                        "no_match_size": 240,
                    }
                },
            },
        }
        if post:  # an empty post_filter still costs a match-all pass over the hits
            body["post_filter"] = {"bool": {"filter": post}}
        return self._search(body, 3, filter_path=RESULTS_PATHS)

    def results(self, request, query, locale):
        language = locale.language_code
        listing = OpenSearchListing(request, query, self, language, locale_id=locale.id)
        pages = list(listing.page.object_list)
        hits = {int(hit["_id"]): hit for hit in listing.hits}
        themes = themes_by_slug({pk: hit.get("fields", {}).get("themes", []) for pk, hit in hits.items()}, locale.id)
        dates = publication_dates(pages)
        document_ids = {
            pk: [inner["_source"]["id"] for inner in hit.get("inner_hits", {}).get("documents", {}).get("hits", {}).get("hits", [])]
            for pk, hit in hits.items()
        }  # fmt: skip
        from wagtail.documents import get_document_model

        wanted = {pk for ids in document_ids.values() for pk in ids}
        documents = get_document_model().objects.in_bulk(wanted) if wanted else {}
        results = []
        for page in pages:
            fragments = hits[page.pk].get("highlight", {}).get(f"body_{language}", [])
            # No fragment only when the page's indexed body is empty, intro included (it is the
            # body's start, which ``no_match_size`` gives when only the title matched).
            snippet = to_html(" … ".join(fragments)) if fragments else ""
            results.append(
                Result(
                    page=page,
                    url=page.get_url(request),
                    type_label=type_label(page),
                    themes=themes.get(page.pk, []),
                    date=dates[page.pk],
                    snippet=snippet,
                    documents=[documents[pk] for pk in document_ids.get(page.pk, []) if pk in documents],
                )
            )
        return SearchPage(listing=listing, results=results)

    def suggest(self, query, locale_id, limit=8):
        from ..backends import language_of
        from ..query import suggestion_text

        language = language_of(locale_id)
        text = suggestion_text(query)
        if len(text) < 2 or language not in LANGUAGES:
            return []
        body = {
            "query": {"bool": {"must": [{"match": {f"suggest_{language}": {"query": text, "operator": "and"}}}],
                               "filter": [{"term": {"language": language}}]}},
            "size": limit * 2,  # some may have just been unpublished (checked below)
            "_source": False,
            # No total: the node may then skip whatever cannot reach the best few (block-max WAND).
            "track_total_hits": False,
        }  # fmt: skip
        response = self._search(body, 2, filter_path=SUGGEST_PATHS)
        ids = [int(hit["_id"]) for hit in response.get("hits", {}).get("hits", [])]
        if not ids:
            return []
        rows = PageColumns(*SUGGESTION_FIELDS).visible_by_id(ids, locale_id)
        return [rows[pk] for pk in ids if pk in rows][:limit]

    def health(self):
        try:
            health = self._call(self.client.cluster.health, request_timeout=2)
        except EngineUnavailable as exc:
            return {"engine": self.name, "status": "unavailable", "detail": str(exc)}
        return {"engine": self.name, "status": "ok" if health["status"] in {"green", "yellow"} else health["status"]}
