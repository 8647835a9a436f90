# make        set up .venv and build the graph and views from the bundled corpus into build/
# make test   set up .venv and run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SOURCES := $(shell find kg ontology data -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: all test lint eval help clean
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

test: $(INSTALLED) ## Run the test suite
	$(BIN)/python -m pytest

lint: $(INSTALLED) ## Run ruff and mypy
	$(BIN)/ruff check kg tests scripts
	$(BIN)/mypy kg

help: ## List the targets
	@grep -E '^[a-z/]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

clean: ## Remove build/ (the virtualenv stays)
	rm -rf build
