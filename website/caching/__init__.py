"""What is left of caching, in one place: the versioned data cache (``content_cache``: values
derived from content under one site-wide version, bumped by ``website.signals``) and the HTTP
cache in front (``http_cache``: the Cache-Control headers Varnish reads, and its purge)."""
