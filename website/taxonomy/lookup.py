"""Localised names for taxonomy terms, fetched once per locale and kept in the cache.

Pages point at one term row (often the Dutch one, because wagtail-localize copies many-to-many
links as they are). Rendering asks this module for the term in the visitor's locale instead of
querying per page; a save or delete of any term bumps the content version (``website.signals``),
so stale names never linger.
"""

from website.caching.content_cache import cached


def _cached(key: str, build):
    """``build()``'s value, cached under the content version (a term's save bumps it)."""
    return cached(key, build)


def terms_by_key(model, locale_id: int) -> dict:
    """``{translation_key: term}`` for every term of ``model`` in the locale (one cached query)."""
    return _cached(
        f"taxonomy:{model._meta.label_lower}:{locale_id}",
        lambda: {term.translation_key: term for term in model.objects.filter(locale_id=locale_id)},
    )


def localise(terms, locale_id: int) -> list:
    """The given terms, in the given locale where a translation exists, in their sort order."""
    terms = list(terms)
    if not terms:
        return []
    localised = terms_by_key(type(terms[0]), locale_id)
    result = [localised.get(term.translation_key, term) for term in terms]
    return sorted(result, key=lambda term: (term.sort_order, term.name))


def slugs_by_id(model) -> dict:
    """``{pk: slug}`` of every term of ``model`` in every locale (one cached query).

    Filters and facet counts work on term ids, so listing queries need no join to the term
    table (pages may link any language's row; all rows of one term share its slug).
    """
    return _cached(f"taxonomy:{model._meta.label_lower}:slugs", lambda: dict(model.objects.values_list("pk", "slug")))


def terms_by_id(model) -> dict:
    """``{pk: term}`` of every term of ``model`` in every locale (one cached query), for pages'
    term ids that a listing query already returned."""
    return _cached(f"taxonomy:{model._meta.label_lower}:by-id", lambda: {term.pk: term for term in model.objects.all()})
