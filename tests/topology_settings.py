"""Production settings for the topology test's app hosts, with one difference: static files are
not hashed, so the hosts need no collectstatic (minutes of CPU on a 2-core machine) before they
can render a page. Everything the test is about (Redis, the purge, cache headers) is production's.
"""

from website.project.settings.production import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test process creates the editor with the test settings' fast hasher; the hosts accept it too.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher", "django.contrib.auth.hashers.MD5PasswordHasher"]
