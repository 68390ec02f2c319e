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

generate: venv  ## regenerate generated/ from specs/, then one line: what the spec update changes since HEAD
	$(GENERATE)
	-@$(DIFF_SINCE_BASE) --summary --since $(CHANGELOG_BASE)

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

# The spec and overlay as committed at CHANGELOG_BASE (default HEAD), in a temporary folder, against the working
# tree's: what the spec update changes for the client's users.
CHANGELOG_BASE ?= HEAD
DIFF_SINCE_BASE = base=$$(mktemp -d) && trap 'rm -rf "$$base"' EXIT && mkdir -p "$$base/specs" && \
	git show $(CHANGELOG_BASE):$(SPEC) > "$$base/$(SPEC)" && git show $(CHANGELOG_BASE):$(OVERLAY) > "$$base/$(OVERLAY)" && \
	$(PY) -m generator diff "$$base/$(SPEC)" $(SPEC) --old-overlay "$$base/$(OVERLAY)" --overlay $(OVERLAY)

.PHONY: changelog diff-summary
changelog: venv  ## the Markdown changelog section of the spec update in the working tree (since CHANGELOG_BASE, default HEAD)
	@$(DIFF_SINCE_BASE) --format markdown

diff-summary: venv  ## one line: how many breaking and compatible changes the working tree's spec brings since HEAD
	@$(DIFF_SINCE_BASE) --summary --since $(CHANGELOG_BASE)

.PHONY: corpus-report
corpus-report: venv  ## docs/corpus.md: every spec of ../shared/corpus generated, type-checked and round-tripped (cold cache; ~15 min)
	$(PY) -m tests.corpus_support --report docs/corpus.md
