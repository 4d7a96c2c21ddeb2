# Set-up, demo and tests; every target installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= mlkg-store
YASGUI := 4.6.2
VENDOR := mlkg/static/vendor/yasgui

.PHONY: setup system-deps demo test clean

setup: system-deps $(VENV)/.installed $(VENDOR)/yasgui.min.js

# Java runs HermiT; Chromium and its driver run the query page's browser test; npm fetches
# the page's YASGUI. Each is installed with apt where missing and where we may (root).
system-deps:
	@missing=""; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else echo "note: missing$$missing; the tests that need them will be skipped"; fi; \
	fi

# The query page's YASGUI, from the npm registry: only the package's prebuilt bundle is
# kept (git-ignored), so the page works with no internet and nothing third-party is committed.
$(VENDOR)/yasgui.min.js:
	@if command -v npm >/dev/null 2>&1; then \
	  rm -rf build/npm && mkdir -p build/npm $(VENDOR) && \
	  (cd build/npm && npm pack --silent @zazuko/yasgui@$(YASGUI) >/dev/null) && \
	  tar -xzf build/npm/zazuko-yasgui-$(YASGUI).tgz -C build/npm && \
	  cp build/npm/package/build/yasgui.min.js build/npm/package/build/yasgui.min.css build/npm/package/package.json $(VENDOR)/; \
	else echo "note: no npm; the query page has no editor and its browser test will be skipped"; fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	rm -rf $(STORE)
	$(BIN)/mlkg load examples --store $(STORE)
	$(BIN)/mlkg ask models-by-hardware-and-country --param hardware=A100 --param country=Singapore --store $(STORE)

test: setup
	$(BIN)/pytest

clean:
	rm -rf $(VENV) $(STORE) *.egg-info build mlkg/static/vendor
