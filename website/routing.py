"""Serve a section's detail pages in one query instead of two.

Wagtail's default routing loads a child as a plain Page and then again as its specific type. A
section index that knows its children's type can load the specific page directly, with whatever
it always needs (a document, an image) joined in.
"""


def route_to_specific_child(parent, request, path_components, model, select_related=()):
    """Route ``path_components`` below ``parent`` when the first one is a ``model`` child, else ``None``."""
    if not path_components:
        return None
    queryset = model.objects.child_of(parent).filter(slug=path_components[0])
    if select_related:
        queryset = queryset.select_related(*select_related)
    child = queryset.first()
    if child is None:
        return None
    child._cached_parent_obj = parent  # breadcrumbs and get_parent() need no query
    return child.route(request, path_components[1:])
