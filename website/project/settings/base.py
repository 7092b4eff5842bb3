"""Settings shared by every environment. Environment variables come from ``environment``."""

from datetime import timedelta

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from . import environment as env

BASE_DIR = env.BASE_DIR
PROJECT_DIR = BASE_DIR / "website"

SECRET_KEY = env.SECRET_KEY
ALLOWED_HOSTS = env.ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = env.CSRF_TRUSTED_ORIGINS
DEBUG = False

INSTALLED_APPS = [
    "website",
    "website.taxonomy",
    "website.two_factor",
    "axes",
    "toolkits",
    "practices",
    "themes",
    "recommendations",
    "campaigns",
    "newsletters",
    "search",
    "press",
    "syndication",
    "public_api",
    "indicators",
    "glossary",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "website.workarounds.wagtail_apps.RedirectsConfig",  # wagtail.contrib.redirects without API v3
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "website.workarounds.wagtail_apps.SnippetsConfig",  # wagtail.snippets without API v3
    "website.workarounds.wagtail_apps.DocumentsConfig",  # wagtail.documents without API v3
    "website.workarounds.wagtail_apps.ImagesConfig",  # wagtail.images without API v3
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost: it decides public or private after every other middleware set its cookies.
    "website.caching.http_cache.HttpCacheHeadersMiddleware",
    # Reads the view restrictions at most once per request, never keeps them past it.
    "website.pages.visibility.VisibilityMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Wagtail's site of this host from the shared cache (a query per request otherwise); after
    # WhiteNoise, so a static file costs no cache read.
    "website.workarounds.site_lookup.SiteLookupMiddleware",
    "website.admin_csp.SitePolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session entered a code of one of the user's devices.
    "django_otp.middleware.OTPMiddleware",
    # The admin asks for that code (or an enrolment) before any other admin screen.
    "website.two_factor.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Marks inclusive-language hits in the admin's page previews only (for the editor's checks).
    "glossary.middleware.PreviewMarksMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.project.urls"
WSGI_APPLICATION = "website.project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # website/templates is found as the first app's templates (website leads INSTALLED_APPS);
        # listing it in DIRS too would load it twice, which breaks templates that extend the
        # third-party template of the same name (wagtail_localize/admin/edit_translation.html).
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.parse(env.DATABASE_URL, conn_max_age=env.DB_CONN_MAX_AGE)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

HTTP_CACHE_SECONDS = env.HTTP_CACHE_SECONDS
HTTP_CACHE_STALE_SECONDS = env.HTTP_CACHE_STALE_SECONDS
SEARCH_CACHE_SECONDS = env.SEARCH_CACHE_SECONDS
# The public search's engine (search/engines/); Wagtail's database index below stays for the
# admin and as the fallback while the engine is unreachable.
SEARCH_URL = env.SEARCH_URL
TRUSTED_PROXY_COUNT = env.TRUSTED_PROXY_COUNT
FORWARDED_ALLOW_IPS = env.FORWARDED_ALLOW_IPS


def redis_cache(url: str) -> dict:
    """Django's own Redis backend (redis-py with hiredis' parser), shared by every process."""
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        "TIMEOUT": 600,
        # A Redis that is down makes pages slow, never hang: fail fast, render without the cache.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }


# `make run` is one process: an in-process cache is enough unless REDIS_URL says otherwise.
CACHES = {
    "default": redis_cache(env.REDIS_URL)
    if env.REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "website", "TIMEOUT": 600}
}

# Varnish in front (deploy/varnish/default.vcl): wagtail.contrib.frontend_cache's HTTP backend
# sends it the purge after each content change (website.caching.http_cache.purge_site).
if env.VARNISH_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": env.VARNISH_URL}
    }

# Admin login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user
# name, or from one address, further attempts are refused for AXES_COOLOFF_TIME, a correct
# password included. Attempts are rows in the database, so every process and host counts them
# together. The address is the visitor's as website.client_ip sees it (trusted proxies only).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "website.client_ip.client_ip_or_none"
# Failed attempts are what throttling needs; a log of every successful login is personal data
# we have no use for.
AXES_DISABLE_ACCESS_LOG = True
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "website/admin/login_locked.html"
AXES_VERBOSE = False  # no banner on every manage.py command
# Wagtail's login form names the field "username" like Django's: axes reads it from there.

# Two-factor authentication in the admin (website/two_factor/, on django-otp): whoever has a
# confirmed authenticator app is always asked for its code after the password; when required,
# admin users without one are sent to enrol first. Required in production (ADMIN_2FA_REQUIRED),
# not under `make run` or in tests unless a test says so.
ADMIN_2FA_REQUIRED = False
OTP_TOTP_ISSUER = "LEVL"  # the account's name in the authenticator app: "LEVL: editor"
# Each wrong code doubles the wait before the next try (1, 2, 4, 8 ... seconds), per device.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1  # recovery codes, the same way

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Staff accounts publish to the public site: 12 characters at least (issue 14).
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # The demo accounts' passwords are in the README (issue 14): never a staff password.
    {"NAME": "website.passwords.KnownPasswordValidator"},
]
# Whether load_demo_content gives the demo accounts the passwords the README publishes (on in the
# dev and test settings); off, each gets a random password, printed when it is created.
DEMO_PUBLISHED_PASSWORDS = False

# Languages: Dutch is the organisation's working language and the fallback.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("fr", "Français"),
    ("en", "English"),
]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# "Translate" makes a draft, published through the page's workflow (website/translation_review.py),
# instead of copying the source's live status: a French page never goes live with Dutch text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# wagtail-localize can pre-fill translations by machine; off unless an API key is configured.
if env.MACHINE_TRANSLATION and env.DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env.DEEPL_API_KEY},
    }

STATICFILES_FINDERS = [
    # First: wagtail-localize's editor bundle with its two hard-coded English strings translated.
    "website.workarounds.localize_bundle.PatchedLocalizeBundleFinder",
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env.STATIC_ROOT
STATIC_URL = "/static/"
MEDIA_ROOT = env.MEDIA_ROOT
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work: Wagtail 8 itself queues tasks through django-tasks; they are stored in the
# database and run by `manage.py db_worker` (newsletter sending among them). Tests run them at once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Periodic clean-ups run by `manage.py run_schedule` (the Compose scheduler service).
SCHEDULED_COMMANDS = [
    # Sign-ups never confirmed: personal data kept no longer than the confirmation window.
    {"command": "purge_pending_subscribers", "interval": 6 * 3600},
    # Finished background-task rows (django-tasks keeps them until pruned).
    {"command": "prune_db_task_results", "args": ["--min-age-days", "14"], "interval": 24 * 3600},
]

# Email goes through Django's SMTP backend; dev and test override the backend or the host.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env.EMAIL_HOST
EMAIL_PORT = env.EMAIL_PORT
EMAIL_HOST_USER = env.EMAIL_HOST_USER
EMAIL_HOST_PASSWORD = env.EMAIL_HOST_PASSWORD
EMAIL_USE_TLS = env.EMAIL_USE_TLS
DEFAULT_FROM_EMAIL = env.DEFAULT_FROM_EMAIL
SERVER_EMAIL = env.DEFAULT_FROM_EMAIL
NEWSLETTER_REPLY_TO = env.NEWSLETTER_REPLY_TO

# Wagtail
WAGTAIL_SITE_NAME = "LEVL"
WAGTAILADMIN_BASE_URL = env.BASE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip", "png", "jpg"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are served through Wagtail's view so that access rules and download counts apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Per-language stemming and accent folding on PostgreSQL (see search/backends.py); the stock
# database backend elsewhere. Switching to Elasticsearch/OpenSearch is a change here only.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "AUTO_UPDATE": True,
        "SEARCH_CONFIGS": {"nl": "levl_dutch", "fr": "levl_french", "en": "levl_english"},
    }
}
# The admin makes no third-party requests: editors' e-mail hashes stay here, no news from wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

# Content-Security-Policy: scripts only from our origin or with the per-response nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# The admin's own policy: see website/admin_csp.py for what it allows and why.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, NONCE, "'report-sample'"],
        "style-src": [SELF, "'report-sample'"],
        "style-src-elem": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]],
    }
}
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
LANGUAGE_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.LOG_LEVEL},
    # Task and publish chatter is noise at INFO; failures still come through.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
