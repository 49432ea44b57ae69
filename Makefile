# medad: `make test` and `make book` each create .venv on first use and reuse it afterwards.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.medad-installed
PROFILE ?= quick
# two single-threaded notebook kernels at a time: on 2 cores that beats one kernel with torch's 2 threads
# (small images: intra-op threads scale poorly); BOOK_ARGS= builds one notebook after the other
BOOK_ARGS ?= --workers 2
PYTEST_ARGS ?=

.PHONY: install lint test book book-smoke bench clean-results clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[all]"
	@touch $(STAMP)

install: $(STAMP)

# ruff comes with the `test` extra; `ruff format --check` fails on a file `ruff format` would change
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(STAMP)
	MEDAD_PROGRESS=0 $(PY) -m pytest -n 2 --dist loadgroup --durations=30 $(PYTEST_ARGS)

book: $(STAMP)
	$(VENV)/bin/medad book --profile $(PROFILE) $(BOOK_ARGS)

book-smoke: $(STAMP)
	$(VENV)/bin/medad book --profile smoke

bench: $(STAMP)
	$(VENV)/bin/medad bench list

clean-results:
	rm -rf results book/generated _build

clean: clean-results
	rm -rf $(VENV)
