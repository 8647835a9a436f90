# make        set up .venv and build the graph and views from the bundled corpus into build/
# make test   set up .venv and run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SOURCES := $(shell find kg ontology data -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: all test lint eval help clean browser
.DEFAULT_GOAL := all

all: build/current ## Build the graph, exports and views into build/ (sets up .venv first)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --progress-bar on -e '.[dev]'
	touch $@

build/current: $(INSTALLED) $(SOURCES)
	$(BIN)/kg build
	$(BIN)/kg validate

test: $(INSTALLED) browser ## Run the test suite
	$(BIN)/python -m pytest

# Headless Chromium for the browser tests of the HTML views, from Debian's packages when this
# machine can install them (root and apt-get); without it those tests are skipped.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && { apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei; } >/dev/null 2>&1; } \
	  || echo "Chromium is not installed: the browser tests will be skipped"

eval: build/current ## Score extraction on the sample gold and on the development and held-out sets
	$(BIN)/kg eval --gold tests/data/gold --brief
	@for set in dev $$(cd tests && ls -dv heldout*); do \
	  [ -d tests/$$set/gold ] || continue; \
	  echo "== tests/$$set"; \
	  $(BIN)/kg build --quiet --corpus tests/$$set/corpus --out build/eval-$$set > /dev/null && \
	  $(BIN)/kg eval --gold tests/$$set/gold --store build/eval-$$set/store --brief; \
	done

lint: $(INSTALLED) ## Run ruff and mypy
	$(BIN)/ruff check kg tests scripts
	$(BIN)/mypy kg

help: ## List the targets
	@grep -E '^[a-z/]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

clean: ## Remove build/ (the virtualenv stays)
	rm -rf build
