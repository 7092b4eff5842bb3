# LEVL site. `make help` lists the targets; `make run` and `make test` are the two that matter.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# make run's public address follows HOST and PORT (links in mails, the admin URL, the Site's port),
# unless BASE_URL is set; a server on 0.0.0.0 is reached at 127.0.0.1.
RUN_BASE_URL := $(or $(BASE_URL),http://$(if $(filter 0.0.0.0,$(HOST)),127.0.0.1,$(HOST)):$(PORT))
PYTEST_ARGS ?=
# Two workers by default: the machines have two cores; set PYTEST_WORKERS=0 to run in one process.
PYTEST_WORKERS ?= 2

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

.stamp-install: $(BIN)/activate requirements.txt requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@# The project's own packages (devservices, which pytest loads before Django) on the venv's path.
	$(PY) -c "import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()['purelib'], 'levl-project.pth').write_text('$(CURDIR)\n')"
	@touch $@

.PHONY: install
install: .stamp-install messages ## Create the virtualenv and install pinned dependencies

.PHONY: messages
messages: .stamp-install ## Compile the interface translations (.po -> .mo)
	@$(MANAGE) compilemessages --ignore ".venv" --ignore "node_modules" -v0

APPS := website toolkits practices recommendations campaigns themes press newsletters search syndication public_api indicators glossary

.PHONY: makemessages
makemessages: .stamp-install ## Update every app's .po files (no source locations, so parallel branches merge cleanly)
	@for app in $(APPS); do (cd $$app && ../$(PY) ../manage.py makemessages -l nl -l fr -l en --no-location -v0); done

.PHONY: run
run: install ## Run the site with demo content on http://127.0.0.1:8000 (SQLite unless DATABASE_URL is set)
	$(MANAGE) migrate --no-input -v0
	BASE_URL=$(RUN_BASE_URL) $(MANAGE) load_demo_content
	BASE_URL=$(RUN_BASE_URL) $(MANAGE) runserver $(HOST):$(PORT)

.PHONY: prod
prod: install ## Production topology without Docker: Varnish on :8080 -> gunicorn + db_worker -> DATABASE_URL, REDIS_URL (throwaway ones when unset)
	$(PY) deploy/prod.py --port $(or $(PROD_PORT),8080)

.PHONY: demo
demo: install ## Migrate and load the demo content without serving
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo_content

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

.PHONY: test-deps
test-deps: node_modules/axe-core/axe.min.js ## Debian's PostgreSQL, Redis, Varnish, Chromium, gettext (apt when root) and axe-core
	@devservices/debian-packages

.PHONY: test
test: install test-deps ## The whole suite on PostgreSQL (started for the run unless DATABASE_URL is set), then the SQLite smoke suite
	@# loadgroup: the OpenSearch tests (xdist_group "opensearch") share one worker, so one node per run.
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist=loadgroup $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory test-sqlite

.PHONY: test-sqlite
test-sqlite: install ## The smoke suite on SQLite, the embedded default of `make run`
	DATABASE_URL=sqlite:// $(BIN)/pytest tests/smoke -q

.PHONY: opensearch
opensearch: install ## An OpenSearch node on 127.0.0.1:9200 from Maven Central's jars (Java 17, Maven); SEARCH_URL=http://127.0.0.1:9200
	$(PY) -m devservices.opensearch

.PHONY: lint
lint: install ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: lint-deploy
lint-deploy: install ## hadolint on the Dockerfile, the Compose specification schema on compose.yaml
	$(BIN)/hadolint Dockerfile
	$(BIN)/check-jsonschema --builtin-schema vendor.compose-spec compose.yaml

.PHONY: checks
checks: install ## Django system checks, deploy checks under production settings, migrations up to date
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=website.project.settings.production SECRET_KEY=ci-dummy-secret-key-that-is-long-enough-for-django-checks-0123456789 \
		ALLOWED_HOSTS=example.org DATABASE_URL=$${DATABASE_URL:-sqlite:///tmp/levl-check.sqlite3} REDIS_URL=redis://127.0.0.1:6379/0 \
		$(MANAGE) check --deploy --fail-level WARNING

.PHONY: bench
bench: install ## Benchmarks (see bench/README.md); prints figures, asserts nothing
	$(PY) bench/home.py

.PHONY: clean
clean: ## Remove the virtualenv, local database, media and build stamps
	rm -rf $(VENV) .stamp-* db.sqlite3 media .test-media staticfiles node_modules
