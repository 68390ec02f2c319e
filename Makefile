# One entry point for people and CI. `make generate` and `make test` bootstrap the venv themselves.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SPEC := specs/mistral-openapi.yaml
OVERLAY := specs/mistral.overlay.yaml
OUT := generated/mistral_client
GENERATE := $(PY) -m generator generate $(SPEC) --overlay $(OVERLAY) --output $(OUT)

.PHONY: venv generate check test test-long lint golden bench clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

generate: venv  ## regenerate generated/ from specs/
	$(GENERATE)

check: venv  ## fail when generated/ is stale or hand-edited
	$(GENERATE) --check

# `make test` is what CI runs: everything, the corpus breadth suite (../shared/corpus) included, except the
# tests marked `long` (the long variants of the hardening suites), which `make test-long` runs.
LONG_VARIANTS := tests/test_injection.py tests/test_faults.py

test: venv  ## the test suite CI runs (all but the long variants)
	$(PY) -m pytest -q -m "not long"

test-long: venv  ## the long variants: 20,000+ injection fuzz examples, 10,000 faulted requests
	PYCLIENT_LONG=1 $(PY) -m pytest -q -s -m long $(LONG_VARIANTS)

lint: venv  ## ruff + mypy --strict on the generator and on the generated client
	$(VENV)/bin/ruff check generator tests
	$(VENV)/bin/mypy generator
	cd generated && ../$(VENV)/bin/ruff check --isolated mistral_client && ../$(VENV)/bin/mypy --strict mistral_client

golden: venv  ## rewrite the expected trees of tests/golden/ (review the diff before committing)
	$(PY) -m tests.golden_update

bench: venv  ## speed vs openapi-python-client, mistralai, openai (installs them into benchmarks/.venv); BENCH_QUICK=1: smoke run
	$(PYTHON) benchmarks/run.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

.PHONY: naming-report
SDK_VENV := .venv-sdk
naming-report: venv  ## our call paths for mistral-full (no overlay) vs the official mistralai SDK's (installs it into .venv-sdk)
	@test -x $(SDK_VENV)/bin/python || $(PYTHON) -m venv $(SDK_VENV)
	@$(SDK_VENV)/bin/python -m pip show mistralai >/dev/null 2>&1 || $(SDK_VENV)/bin/python -m pip install --quiet 'mistralai==3.7.*' \
		|| echo "naming-report: could not install mistralai into $(SDK_VENV)"
	$(PY) -m tests.naming_report

.PHONY: corpus-report
corpus-report: venv  ## docs/corpus.md: every spec of ../shared/corpus generated, type-checked and round-tripped (cold cache; ~15 min)
	$(PY) -m tests.corpus_support --report docs/corpus.md
