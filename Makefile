# One entry point for people and CI. `make generate` and `make test` bootstrap the venv themselves.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SPEC := specs/mistral-openapi.yaml
OVERLAY := specs/mistral.overlay.yaml
OUT := generated/mistral_client
GENERATE := $(PY) -m generator generate $(SPEC) --overlay $(OVERLAY) --output $(OUT)

# Installs come from the lock: exact versions with hashes for the generator's dependencies, the dev tools and the
# build backend (requirements/dev.lock). `make lock` rewrites it with uv; an upgrade is a reviewed diff of the lock.
LOCK := requirements/dev.lock
MINIMAL_LOCK := requirements/minimal.lock
UV_VERSION := 0.13.9
LOCK_TOOL := .venv-lock
UV_COMPILE := $(LOCK_TOOL)/bin/uv pip compile --quiet pyproject.toml --extra dev requirements/build.in \
	--generate-hashes --universal --python-version 3.10
PIN_FROM_LOCK = $(1)/bin/python -m pip install --quiet --require-hashes --no-deps -r $(2) \
	&& $(1)/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .

.PHONY: venv generate check test test-long test-latest test-minimal lint golden bench clean lock

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml $(LOCK)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(call PIN_FROM_LOCK,$(VENV),$(LOCK))
	touch $@

lock:  ## rewrite requirements/*.lock from pyproject.toml (keeps current pins; UPGRADE=1 takes the newest allowed)
	test -x $(LOCK_TOOL)/bin/uv || ($(PYTHON) -m venv $(LOCK_TOOL) && $(LOCK_TOOL)/bin/pip install --quiet uv==$(UV_VERSION))
	$(UV_COMPILE) $(if $(UPGRADE),--upgrade) -o $(LOCK)
	$(UV_COMPILE) --resolution lowest-direct -o $(MINIMAL_LOCK)

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

# The ranges in pyproject.toml, kept honest: the suite against the newest versions they allow, and against the
# lowest (requirements/minimal.lock), each in a scratch venv.
test-latest:  ## the suite against the newest versions pyproject.toml allows (scratch venv .venv-latest)
	rm -rf .venv-latest && $(PYTHON) -m venv .venv-latest
	.venv-latest/bin/python -m pip install --quiet --upgrade --upgrade-strategy eager -e '.[dev]'
	.venv-latest/bin/python -m pip list --format=freeze | grep -iE '^(black|click|jinja2|pyyaml|openapi-spec-validator)=='
	.venv-latest/bin/python -m pytest -q -m "not long"

test-minimal:  ## the suite against the lowest versions pyproject.toml allows (scratch venv .venv-minimal)
	rm -rf .venv-minimal && $(PYTHON) -m venv .venv-minimal
	$(call PIN_FROM_LOCK,.venv-minimal,$(MINIMAL_LOCK))
	.venv-minimal/bin/python -m pytest -q -m "not long"

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
	rm -rf $(VENV) .venv-latest .venv-minimal $(LOCK_TOOL) .mypy_cache .ruff_cache .pytest_cache

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

.PHONY: naming-report
SDK_VENV := .venv-sdk
naming-report: venv  ## call paths (and keyword names, with specs/ overlay) vs the official mistralai SDK (installs it into .venv-sdk)
	@test -x $(SDK_VENV)/bin/python || $(PYTHON) -m venv $(SDK_VENV)
	@$(SDK_VENV)/bin/python -m pip show mistralai >/dev/null 2>&1 || $(SDK_VENV)/bin/python -m pip install --quiet 'mistralai==3.7.*' \
		|| echo "naming-report: could not install mistralai into $(SDK_VENV)"
	$(PY) -m tests.naming_report

.PHONY: corpus-report
corpus-report: venv  ## docs/corpus.md: every spec of ../shared/corpus generated, type-checked and round-tripped (cold cache; ~15 min)
	$(PY) -m tests.corpus_support --report docs/corpus.md
