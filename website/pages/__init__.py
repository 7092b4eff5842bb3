"""The shared page core: what every page type and every family's listing use, apart from the models.

- ``blocks``: the StreamField blocks every family builds its body from. No migration names this
  module: struct and stream blocks deconstruct as Wagtail's ``StructBlock``/``StreamBlock`` with
  their children, and ``PageChooserBlock`` sets ``canonical_module_path`` to Wagtail's own path,
  so the blocks can move without a migration (``makemigrations --check`` says so).
- ``facets``, ``listing_index``: the faceted family index pages (filters with counts);
  ``params``: strict parsing of their GET parameters.
- ``listings``: card querysets with fixed query counts (cards, related cards, page chrome).
- ``page_form``: the admin form of every content page.
- ``visibility``: the one rule for what an anonymous visitor may see (pages, and the documents
  and images of restricted collections), asked of the database. Here because the page core is
  built on it: ``BasePage`` asks it who may see a page, the listings filter with it, and every
  other channel (search, feeds, API) takes the same rule from the same place.

The page models themselves (``BasePage``, ``HomePage``, ``StandardPage``) stay in
``website/models/``: Django finds an app's models in its ``models`` module and gives them the
app label ``website``, which migrations and the database tables (``website_basepage``) carry.

This ``__init__`` imports nothing, so importing one module of the package does not load the
others (``website.models.base_page`` takes ``page_form`` and ``visibility`` from here while
``listings`` takes ``BasePage`` from there).
"""
