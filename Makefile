# Set-up, demo and tests; every target installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= mlkg-store

.PHONY: setup system-deps demo test clean

setup: system-deps $(VENV)/.installed

# Java runs HermiT; installed with apt where missing and where we may (root).
system-deps:
	@if ! command -v java >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null; \
	  else echo "note: no Java; the HermiT reasoner test will be skipped"; fi; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: setup
	rm -rf $(STORE)
	$(BIN)/mlkg load examples --store $(STORE)
	$(BIN)/mlkg ask models-by-hardware-and-country --param hardware=A100 --param country=Singapore --store $(STORE)

test: setup
	$(BIN)/pytest

clean:
	rm -rf $(VENV) $(STORE) *.egg-info
