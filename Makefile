# The two commands of the README: `make demo` and `make test`. Both install what they need first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  := ../shared/data/seeds

.PHONY: install demo test lint browser-deps axe-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/newsbrief brief $(SEEDS)

# Debian's Chromium and ChromeDriver for the browser tests (skipped when already there).
browser-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

# axe-core 4 from npm for the accessibility checks of the browser tests (once; tests skip without npm).
AXE := $(VENV)/axe/node_modules/axe-core/axe.min.js
axe-deps: $(VENV)/.installed
	@test -f $(AXE) || ! command -v npm >/dev/null || \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/axe axe-core@4

lint: install
	$(BIN)/ruff check src tests benchmarks

test: install browser-deps axe-deps lint
	$(BIN)/python -m pytest -n 2 -q

bench: install
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist src/*.egg-info
