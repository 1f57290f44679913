# `make install` sets up .venv/ with the project, its tests and its benchmark tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test bench lint models clean

install: $(BIN)/redact

$(BIN)/redact: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	@touch $@

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check redactor tests benchmarks
	$(BIN)/ruff format --check redactor tests benchmarks

bench: install
	$(BIN)/python -m benchmarks.run

# Rebuild the spaCy pipeline folder that the engine loads (config only: the weights stay in
# the natasha wheel).
models: install
	$(BIN)/python -m redactor.nlp models/ru_redact

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
