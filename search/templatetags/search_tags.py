from django import template

register = template.Library()


@register.filter
def search_page_url(listing, number):
    """Link to another page of the same search (query and facets kept)."""
    return listing.page_url(number)
