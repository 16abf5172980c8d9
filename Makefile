# make all   - set up .venv (packages and the spaCy model) and build every dataset from raw/
# make test  - run the tests (sets up .venv first if needed)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
RAW    ?= raw
OUT    ?= processed
JOBS   ?=
JOBS_FLAG := $(if $(JOBS),--jobs $(JOBS))
SPLIT  ?= dev
INSTALLED := $(VENV)/.installed
# Folders are quoted in recipes, so RAW and OUT may hold spaces: make build OUT="my out".
# A build runs every time: the pipeline's own incremental check (under a second when nothing
# changed) sees new, changed and deleted raw versions and missing or edited tables, which
# file timestamps alone cannot. Exit status: 1 when some documents could not be built (the
# others are built and reviewed), 2 when the build could not run.
BUILD = $(PY) -m pipeline build --raw "$(RAW)" --out "$(OUT)" $(JOBS_FLAG); status=$$?; \
	if [ $$status -le 1 ]; then $(PY) -m pipeline review --raw "$(RAW)" --out "$(OUT)" || status=$$?; fi; exit $$status

.PHONY: all setup build test lint golden diff add clean help bench-corpus bench bench-dates bench-large eval eval-record eval-sources
.DEFAULT_GOAL := help

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -e 's|$$(RAW)|$(RAW)|g' -e 's|$$(OUT)|$(OUT)|g' \
		| awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

all: setup ## set up the environment and build every dataset from $(RAW)/ into $(OUT)/ (only what changed)
	@$(BUILD)

setup: $(INSTALLED) ## create .venv and install the project, its dependencies and the spaCy model

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=23"
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

build: $(INSTALLED) ## build the datasets, as make all does without the setup
	@$(BUILD)

test: lint ## run the linters, then the test suite
	$(PY) -m pytest

lint: $(INSTALLED) ## ruff over the code and tests, and the complexity limits of pipeline/ (tools/complexity.py)
	$(PY) -m ruff check pipeline tests eval bench tools
	$(PY) tools/complexity.py

golden: $(INSTALLED) ## record the golden outputs (tests/golden/) after an intended change of output
	$(PY) tests/golden/golden.py

diff: $(INSTALLED) ## show what changed in the data: make diff DOC=id [FROM=v1 TO=v2]
	$(PY) -m pipeline diff $(DOC) $(FROM) $(TO) --raw "$(RAW)" --out "$(OUT)"

add: $(INSTALLED) ## add a web page or PDF to $(RAW)/ as a new version: make add URL=https://... DOC=id [VERSION=v]
	$(if $(and $(URL),$(DOC)),,$(error give URL=<address, or saved .html/.pdf file> and DOC=<doc_id>))
	$(PY) -m pipeline add "$(URL)" --doc "$(DOC)" --raw $(RAW) $(if $(VERSION),--version "$(VERSION)")

bench-corpus: $(INSTALLED) ## generate a benchmark corpus: make bench-corpus N=1000 -> bench/corpus/1000
	$(PY) bench/gen_corpus.py $(or $(N),1000)

bench: $(INSTALLED) ## benchmark against spaCy alone: make bench [SIZES=250,1000,4000] (see bench/README.md)
	$(PY) bench/run.py --sizes $(or $(SIZES),250,1000,4000)

bench-large: $(INSTALLED) ## one large document against spaCy alone: make bench-large [MB=5] [JOBS=N] (bench/README.md)
	$(PY) bench/bench_large.py --mb $(or $(MB),5) $(JOBS_FLAG)

bench-dates: $(INSTALLED) ## the dates stage against dateparser.search_dates: speed and accuracy
	$(PY) bench/bench_dates.py --docs $(or $(N),1000)

eval: $(INSTALLED) ## score the pipeline against the gold corpus: make eval [SPLIT=dev|blind-1|all] (eval/README.md)
	$(PY) eval/score.py --split $(SPLIT) $(JOBS_FLAG)

eval-record: $(INSTALLED) ## score the dev split and record its figures in eval/scores.json (the tests' guard)
	$(PY) eval/score.py --record $(JOBS_FLAG)

eval-sources: $(INSTALLED) ## write eval/SOURCES.md, the corpus's sources and licences
	$(PY) eval/sources.py

clean: ## remove the built datasets (keeps .venv)
	rm -rf "$(OUT)"
