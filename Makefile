# lurewatch — `make demo` runs the main job end to end; `make test` runs the tests.
# Both install what they need first (idempotent): Python packages into .venv, Debian's Chromium,
# and a local Elasticsearch fetched from Maven Central under data/es.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DATA   ?= data

.PHONY: install python-deps chromium elasticsearch demo test bench clean help

help:
	@echo "make demo   - run the whole flow against the sandbox platforms (installs first)"
	@echo "make test   - run the test suite against real services (installs first)"
	@echo "make bench  - print speed and memory benchmarks"
	@echo "make install - only install (.venv, chromium, Elasticsearch)"

install: python-deps chromium elasticsearch

python-deps: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Debian's Chromium (Playwright cannot download its own browser here). Needs root or sudo.
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "warning: chromium is missing and cannot be installed without root; browser spiders will not run" >&2; fi

# Downloads once (Maven Central via mvn), then reuses the unpacked distribution.
elasticsearch: $(STAMP)
	@$(BIN)/lurewatch es fetch --data-dir $(DATA) >/dev/null

demo: install
	$(BIN)/lurewatch demo --data-dir $(DATA)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf $(VENV) *.egg-info
