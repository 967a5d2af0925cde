# Regelverk: `make run` serves the assistant, `make test` runs the whole suite (what CI runs).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install install-dev index run test lint format browser bench bench-drafter bench-scale eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Base install: enough to ingest, serve and answer (no torch).
$(VENV)/.base: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

# Development install: tests, linters and the optional sentence-transformers backend (CPU torch 2.13.0).
$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[st,dev]'
	touch $@ $(VENV)/.base

install: $(VENV)/.base
install-dev: $(VENV)/.dev

# Builds the index if it is missing or the corpus changed (an unchanged corpus is skipped in about a second).
index: install
	$(BIN)/regelverk ingest

run: index
	$(BIN)/regelverk serve --host $(HOST) --port $(PORT)

# Debian's chromium + chromedriver for the web-page test (headless, as root with --no-sandbox).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy assistant ingest eval tests

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install-dev browser lint
	$(BIN)/pytest -q

# The vector memo is off for the timings: their rounds repeat the same questions, which real users do not.
bench: install-dev
	$(BIN)/python eval/bench_embedders.py
	REGELVERK_EMBEDDER__MEMO_SIZE=0 $(BIN)/python eval/bench_retrieval.py
	REGELVERK_EMBEDDER__MEMO_SIZE=0 $(BIN)/python eval/bench_answer.py

# How much of a rule table `regelverk rules draft` recovers: 1 000 synthetic documents and the real 0765.73.
bench-drafter: install-dev
	$(BIN)/python eval/bench_drafter.py

# 100, 300 and 1 000 synthetic regelverk, embedded Chroma and a `chroma run` server: figures and plot in docs/
# (about an hour on 2 cores; `make bench-scale SCALE_ARGS="--sizes 20"` for a quick check).
bench-scale: install-dev
	$(BIN)/python eval/bench_scale.py $(SCALE_ARGS)

eval: install-dev
	$(BIN)/regelverk eval

clean:
	rm -rf $(VENV) .regelverk .pytest_cache .mypy_cache .ruff_cache
