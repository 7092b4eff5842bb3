"""The results of one query: relevance-ordered, paginated (facets come from website.facets)."""

from django.http import QueryDict

from .query import base_queryset, search
from .results import PER_PAGE, paginate


class SearchListing:
    def __init__(self, request, query, *, locale_id, per_page=PER_PAGE):
        self.request = request
        self.query = query
        self.locale_id = locale_id
        self.params = request.GET
        self.per_page = per_page
        self.hits = search(query, base_queryset(locale_id))
        self.groups = []
        self.active_filters = []
        self.is_filtered = False
        self.page = paginate(self.hits, self.params.get("page"), per_page)

    @property
    def total(self) -> int:
        return self.page.paginator.count

    def querystring(self, **overrides) -> str:
        query = QueryDict(mutable=True)
        query["q"] = self.query
        for key, value in overrides.items():
            if value is None:
                query.pop(key, None)
            else:
                query[key] = value
        return query.urlencode()

    def page_url(self, number) -> str:
        return f"?{self.querystring(page=str(number))}"
