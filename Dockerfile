# syntax=docker/dockerfile:1
# Production image: gunicorn serving website.project.wsgi with production settings, static files
# collected (hashed, compressed) at build time and served by WhiteNoise, runs as a non-root user.
# Not built on the development machines (no Docker engine there); see README "Production".

# Pinned by digest so a rebuild gets the same base until someone decides otherwise. To update:
#   docker buildx imagetools inspect python:3.11-slim-bookworm   # copy the index "Digest:"
# and replace the sha256 below (one digest covers every architecture). Debian package pins below
# follow the base's Debian release (bookworm): `apt-cache policy <package>` inside the new base.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm@sha256:2e32f7d302adc1c37428355c1e646897c0c53f4fd60b6a551245fb90ee129f91

# ---- build: virtualenv with pinned runtime dependencies, compiled translations, static files
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends gettext=0.21-12 \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
# Dummy values: production settings refuse to load without them; nothing connects to this database.
RUN DJANGO_SETTINGS_MODULE=website.project.settings.production \
    SECRET_KEY=build-only-not-secret \
    ALLOWED_HOSTS=localhost \
    DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    REDIS_URL=redis://build-only:6379/0 \
    sh -c "python manage.py compilemessages --ignore .venv --ignore node_modules -v0 \
        && python manage.py collectstatic --no-input -v0"

# ---- runtime: only the virtualenv, the code, .mo files and collected static files
FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=website.project.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media \
    PORT=8000 \
    FORWARDED_ALLOW_IPS=127.0.0.1,::1
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=root:root /app /app
# Uploaded media live in a volume mounted here; the app user must be able to write it.
RUN mkdir -p /app/media && chown app:app /app/media
# Numeric, so the runtime can check it is not root without reading /etc/passwd.
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "/app/website/project/healthcheck.py"]
# gunicorn trusts X-Forwarded-Proto only from FORWARDED_ALLOW_IPS (it reads the variable itself;
# the app reads it too, for X-Forwarded-For): set it to the proxy's address, never '*'.
CMD ["sh", "-c", "exec gunicorn website.project.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-2} --access-logfile -"]
