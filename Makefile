# Stretchbase — the two commands are `make run` and `make test` (README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint openapi bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installs are stamped against pyproject.toml, so a changed dependency list reinstalls.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/stretchbase serve --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-dev
	$(BIN)/lint-imports
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	command -v docker-compose >/dev/null || (apt-get update -qq && apt-get install -y -qq docker-compose)
	docker-compose -f docker-compose.yml config --quiet

bench: $(VENV)/.installed-run
	$(BIN)/python bench/run.py $(BENCH_ARGS)

openapi: $(VENV)/.installed-run
	$(BIN)/stretchbase openapi

clean:
	rm -rf $(VENV) stretchbase.db stretchbase.db-wal stretchbase.db-shm .pytest_cache
