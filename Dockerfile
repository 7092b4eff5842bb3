# syntax=docker/dockerfile:1
# Production image: gunicorn serving website.wsgi with production settings, static files
# collected (hashed, compressed) at build time and served by WhiteNoise, runs as a non-root user.
# Not built on the development machines (no Docker engine there); see README "Production".

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- build: virtualenv with pinned runtime dependencies, compiled translations, static files
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends gettext \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
# Dummy values: production settings refuse to load without them; nothing connects to this database.
RUN DJANGO_SETTINGS_MODULE=website.settings.production \
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
    DJANGO_SETTINGS_MODULE=website.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media \
    PORT=8000
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=root:root /app /app
# Uploaded media live in a volume mounted here; the app user must be able to write it.
RUN mkdir -p /app/media && chown app:app /app/media
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "/app/website/healthcheck.py"]
CMD ["sh", "-c", "exec gunicorn website.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-2} --access-logfile - --forwarded-allow-ips '*'"]
