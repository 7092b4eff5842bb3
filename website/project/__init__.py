"""The Django project itself, apart from what the apps share: settings (``settings/``: every
environment variable read in ``environment.py``; ``base``, ``dev``, ``test``, ``production``),
the URL configuration (``urls.py``), the WSGI entry gunicorn serves (``wsgi.py``) and the
containers' health check (``healthcheck.py``, run as a plain script without Django).

``DJANGO_SETTINGS_MODULE`` is ``website.project.settings.<name>``; ``ROOT_URLCONF`` and
``WSGI_APPLICATION`` point here too. Nothing in the apps imports this package but the settings'
``environment`` module (read by the demo loader and the password policy).
"""
