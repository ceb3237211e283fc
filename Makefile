# Synergies — everyday commands. Needs only Python 3.11+ and make.
#   make demo   set up, load the demo data on SQLite and serve on http://127.0.0.1:8000/
#   make test   set up and run the whole test suite (DATABASE_URL picks the database; SQLite by default)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# pytest workers: two by default (CI has two cores); PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= 2

.PHONY: demo test lint typecheck check-deploy lock benchmarks clean

$(STAMP): pyproject.toml requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/synergies demo

test: $(STAMP)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --cov --cov-report=term:skip-covered --cov-fail-under=90

lint: $(STAMP)
	$(BIN)/ruff check src benchmarks conftest.py
	$(BIN)/ruff format --check src benchmarks conftest.py
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/synergies makemigrations --check --dry-run

check-deploy: $(STAMP)
	DJANGO_SETTINGS_MODULE=synergies.settings.production \
	SECRET_KEY=$$($(BIN)/python -c "import secrets; print(secrets.token_urlsafe(60))") \
	ALLOWED_HOSTS=synergies.example.org CACHE_URL=redis://127.0.0.1:6379/0 \
	$(BIN)/synergies check --deploy --fail-level WARNING

# Re-pin every installed package after changing pyproject.toml (then commit requirements/constraints.txt).
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements/constraints.txt

benchmarks: $(STAMP)
	$(BIN)/python benchmarks/calendar_pages.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache .coverage htmlcov
