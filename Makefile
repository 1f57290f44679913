# `make install` sets up .venv/ with the project, its tests, its benchmark tools and Spark (with a
# JDK from PyPI, so the Spark tests run everywhere without a system Java).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test bench lint models clean

install: $(BIN)/redact

$(BIN)/redact: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench,audio,spark]'
	@touch $@

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check redactor tests benchmarks
	$(BIN)/ruff format --check redactor tests benchmarks

# The identifiers part also runs two other packages, for comparison only: they are installed
# into build/compare, outside the project's dependencies, and the part skips them when missing.
COMPARE := build/compare
COMPARED := presidio-ru-recognizers==0.1.0 ru-pii==0.1.0

bench: install $(COMPARE)
	$(BIN)/python -m benchmarks.run

$(COMPARE):
	$(BIN)/pip install --quiet --no-deps --target $(COMPARE) $(COMPARED)

# Rebuild the spaCy pipeline folder that the engine loads. slovnet's news NER and the navec
# vectors stay in the natasha wheel; the lowercase NER (two models, one per seed, that vote) is
# trained here from the training splits of the shared corpora (CORPORA), with torch from the
# `train` extra: about 5 minutes per model on 2 cores.
CORPORA ?= ../shared/corpora
SEEDS := 20261123 7

models: install
	$(BIN)/pip install --quiet -e '.[train]'
	for seed in $(SEEDS); do \
		$(BIN)/python -m training.lowercase_ner $(CORPORA) build/lowercase-$$seed.tar --seed $$seed || exit 1; \
	done
	$(BIN)/python -m redactor.detect.nlp models/ru_redact $(foreach s,$(SEEDS),build/lowercase-$(s).tar)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
