# Stretchbase — the two commands are `make run` and `make test` (README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

CHROMIUM := /usr/bin/chromium
WEB_TEST_DEPS := tests/web/node_modules/.package-lock.json
SPEC_LINT_DEPS := openapi/node_modules/.package-lock.json
# The clients' generators: openapi-typescript (with openapi-fetch and tsc) pinned by
# clients/typescript/package-lock.json, openapi-python-client in its own environment.
TS_CLIENT_DEPS := clients/typescript/node_modules/.package-lock.json
CLIENTS_VENV := .venv-clients
PY_CLIENT_GENERATOR := $(CLIENTS_VENV)/.installed

.PHONY: run test browser lint audit lock openapi clients bench compose-test figures screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installs are stamped against pyproject.toml, so a changed dependency list reinstalls.
# Versions come from requirements.lock (`make lock` rewrites it after a pyproject change).
$(VENV)/.installed-run: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c requirements.lock -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $@ $(VENV)/.installed-run

# The browser tests and the contact sheet use Debian's Chromium (Playwright drives it; it
# downloads no browser of its own). Fonts for the contact sheet's labels.
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core

# axe-core for the web page's browser tests, pinned by tests/web/package-lock.json (npm ci).
$(WEB_TEST_DEPS): tests/web/package.json tests/web/package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm)
	npm ci --prefix tests/web --no-audit --no-fund --loglevel=error
	touch $@

run: $(VENV)/.installed-run
	$(BIN)/stretchbase serve --host $(HOST) --port $(PORT)

# The browser tests drive Debian's Chromium (no browser download works here), and inject
# axe-core into the web page.
browser: $(WEB_TEST_DEPS) | $(CHROMIUM)

# Redocly CLI, pinned by openapi/package-lock.json: the spec lints clean (make lint; make test
# runs it too, in tests/test_openapi.py).
$(SPEC_LINT_DEPS): openapi/package.json openapi/package-lock.json
	npm ci --prefix openapi --no-audit --no-fund --loglevel=error

# openapi-typescript, openapi-fetch and tsc for clients/typescript (npm ci).
$(TS_CLIENT_DEPS): clients/typescript/package.json clients/typescript/package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm)
	npm ci --prefix clients/typescript --no-audit --no-fund --loglevel=error
	touch $@

# openapi-python-client, pinned by clients/python/generator-requirements.txt, in an environment
# of its own (it needs an older typer than the service's CLI).
$(PY_CLIENT_GENERATOR): clients/python/generator-requirements.txt
	$(PYTHON) -m venv $(CLIENTS_VENV)
	$(CLIENTS_VENV)/bin/python -m pip install --quiet -r clients/python/generator-requirements.txt
	touch $@

test: $(VENV)/.installed-dev browser $(SPEC_LINT_DEPS) $(TS_CLIENT_DEPS) $(PY_CLIENT_GENERATOR)
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev audit $(SPEC_LINT_DEPS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	npm --prefix openapi run --silent lint
	command -v docker-compose >/dev/null || (apt-get update -qq && apt-get install -y -qq docker-compose)
	docker-compose -f docker-compose.yml config --quiet

# Known vulnerabilities in the locked versions (fails on any); says how many it could check.
# The Python client's generator is pinned apart (clients/python/generator-requirements.txt).
AUDITED := requirements.lock clients/python/generator-requirements.txt
audit: $(VENV)/.installed-dev
	for pins in $(AUDITED); do \
		$(BIN)/pip-audit -r $$pins --no-deps --disable-pip --progress-spinner off \
			--format json --output $(VENV)/audit.json || exit 1; \
		$(BIN)/python -c "import json, sys; d = json.load(open('$(VENV)/audit.json'))['dependencies']; \
			s = [x['name'] for x in d if 'skip_reason' in x]; \
			print(f'pip-audit: no known vulnerabilities in {len(d) - len(s)} of {len(d)} packages ' \
			f'of {sys.argv[1]}; {len(s)} could not be checked (no vulnerability data reachable for them)')" \
			$$pins; \
	done

# Pin every package make test installs (runtime and dev) from a clean environment.
lock:
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet --upgrade pip
	$(VENV)-lock/bin/python -m pip install --quiet -e '.[dev]'
	(echo "# Every package make test installs, pinned; make lock rewrites it from pyproject.toml."; \
		$(VENV)-lock/bin/python -m pip freeze --exclude-editable) > requirements.lock
	rm -rf $(VENV)-lock
bench: $(VENV)/.installed-dev
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Build the images and run docker-compose.yml (two API replicas behind the nginx proxy) on
# this machine, then check it through the proxy: .ci/compose/compose-test.sh, README.md "Docker".
compose-test: $(VENV)/.installed-dev
	PYTHON=$(BIN)/python .ci/compose/compose-test.sh

# Every figure rendered in Chromium: docs/figures/contact-sheet.png (and -dark). Commit them.
figures: $(VENV)/.installed-dev | $(CHROMIUM)
	$(BIN)/python docs/figures/contact_sheet.py $(FIGURES_ARGS)

# The web page's screens at 390x844 (light, and dark for three): docs/screenshots/. Commit them.
screenshots: $(VENV)/.installed-dev browser
	STRETCHBASE_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/web -m browser -q

openapi: $(VENV)/.installed-run
	$(BIN)/stretchbase openapi

# Regenerate both clients from openapi/openapi.json (commit them; a test fails when they drift):
# clients/typescript/src/schema.ts and clients/python/stretchbase_client/.
clients: $(TS_CLIENT_DEPS) $(PY_CLIENT_GENERATOR)
	clients/generate.sh

# Conformance vectors for client-side composers: seed/vectors.json and
# seed/vectors-bodies.jsonl.gz (commit them).
vectors: $(VENV)/.installed-run
	$(BIN)/stretchbase vectors

clean:
	rm -rf $(VENV) $(CLIENTS_VENV) stretchbase.db stretchbase.db-wal stretchbase.db-shm .pytest_cache \
		tests/web/node_modules clients/typescript/node_modules clients/typescript/dist
