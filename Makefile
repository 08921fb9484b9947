# Two entry points: `make run` (set up, build from corpus/, serve on 127.0.0.1:8000) and `make test`.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup browser run build test lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first and pinned: any other torch request pulls GBs of CUDA packages.
	$(BIN)/pip install -q torch==2.13.0
	# ray: the tests build on a local Ray too (kg build --executor ray); servers: oxigraph serve and Milvus Lite.
	$(BIN)/pip install -q -e '.[dev,ray,servers]'
	touch $@

build: setup
	$(BIN)/kg build corpus

run: build
	$(BIN)/kg serve --host $(HOST) --port $(PORT)

# UI tests drive Debian's chromium: Playwright's own browser download cannot work without internet.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends chromium; \
	fi

test: setup browser
	$(BIN)/ruff check .
	$(BIN)/mypy kg index api
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
