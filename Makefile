# gongkai — make-driven batch runs. See README.md.
#
#   make run                      synthetic corpus → output/ (all stages)
#   make run INPUT=dir OUTPUT=dir any folder of report pages
#   make test                     fmt, clippy, all tests, end-to-end run
#   make eval [CORPUS="dir …"]    score against gold (default: ../shared seeds + dev)
#   make eval-probes              the dev pages scored again without urls.csv / titles, in 繁体
#   make bench                    throughput of every stage on a synthetic corpus
#   make fuzz [FUZZ_SECONDS=600]  fuzz decode, extract and docx (cargo-fuzz) for that long each
#   make cells-check              every number of sections 三/四 of the dev reports is in the cells
#   make duckdb-example           the README's DuckDB query over OUTPUT/cells (venv in OUTPUT/.venv)
#   make notebook                 run, then execute notebooks/summaries.ipynb headless (venv from PyPI)
#   make sql-check                every SQL summary (notebooks/sql/) on DuckDB and Spark vs the polars CSVs

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO ?= cargo
export CARGO_TARGET_DIR ?= $(CURDIR)/target
BIN := $(CARGO_TARGET_DIR)/release

OUTPUT ?= output
DOCS ?= 3000
SEED ?= 2024
SYNTH_INPUT := $(OUTPUT)/synthetic-input
INPUT ?= $(SYNTH_INPUT)
SHARED ?= ../shared
CORPUS ?= $(SHARED)/corpus/seeds $(SHARED)/corpus/dev
EVAL_OUT ?= $(OUTPUT)/eval
BENCH_DOCS ?= 10000 100000
THREADS ?=
PYTHON ?= python3
VENV ?= $(OUTPUT)/.venv
NB_VENV ?= .venv-notebook
PYTHON ?= python3

.PHONY: all build run synth stages test eval eval-probes bench clean check-tools fuzz cells-check duckdb-example notebook sql-check

all: run

check-tools:
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install Rust from https://rustup.rs" >&2; exit 1; }

build: check-tools
	$(CARGO) build --release --workspace --bins

# The default input is generated once per (DOCS, SEED) and synth binary:
# a rebuilt generator writes the corpus again.
SYNTH_MARK := $(SYNTH_INPUT)/.complete-$(DOCS)-$(SEED)
synth: build
	@if [ ! -f $(SYNTH_MARK) ] || [ $(BIN)/synth -nt $(SYNTH_MARK) ]; then \
	  set -e; rm -rf $(SYNTH_INPUT); \
	  echo "$(BIN)/synth --output $(SYNTH_INPUT) --docs $(DOCS) --seed $(SEED)"; \
	  $(BIN)/synth --output $(SYNTH_INPUT) --docs $(DOCS) --seed $(SEED); \
	  touch $(SYNTH_MARK); \
	else echo "synth: $(SYNTH_INPUT) is current ($(DOCS) docs, seed $(SEED))"; fi

ifeq ($(INPUT),$(SYNTH_INPUT))
run: synth stages
else
run: build stages
endif

stages:
	$(BIN)/normalize --input $(INPUT) --output $(OUTPUT) $(if $(THREADS),--threads $(THREADS))
	$(BIN)/write-parquet --output $(OUTPUT)
	$(BIN)/aggregate --output $(OUTPUT)
	@echo "done: $(OUTPUT)/reports + $(OUTPUT)/cells (Parquet), $(OUTPUT)/summary/*.csv + summary.xlsx, $(OUTPUT)/charts/*.png, $(OUTPUT)/rejects.csv, $(OUTPUT)/manifest.json"

# Clippy lints the workspace crates while they are compiled: clippy-driver
# wraps rustc for workspace members only (what `cargo clippy` does, minus its
# separate check pass), so the dependencies — polars above all — are compiled
# once, not also checked. -D warnings: a lint fails the build.
CLIPPY_DRIVER = $(shell command -v clippy-driver)
LINTED = RUSTC_WORKSPACE_WRAPPER=$(CLIPPY_DRIVER) CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__

test: check-tools
	@test -n "$(CLIPPY_DRIVER)" || { echo "clippy-driver not found: rustup component add clippy" >&2; exit 1; }
	$(CARGO) fmt --all -- --check
	$(LINTED) $(CARGO) build --release --workspace --all-targets
	$(LINTED) $(CARGO) test --release --workspace
	@# Region resolution over text generated from the whole gazetteer:
	@# precision must be 100%; prints recall per level.
	$(LINTED) $(CARGO) test --release --workspace --test gazetteer_phrasings -- --ignored --nocapture

eval: build
	@for c in $(CORPUS); do \
	  name=$$(basename $$c); \
	  $(BIN)/normalize --input $$c --output $(EVAL_OUT)/$$name >/dev/null; \
	  $(BIN)/eval --output $(EVAL_OUT)/$$name --gold $$c/gold.jsonl --name $$name $(EVAL_FLAGS); \
	done

# Generalisation probes: the dev pages without urls.csv, without title
# lines and in traditional characters; prints hallucinated numbers and
# wrong (not null) region fields.
eval-probes: build
	BIN=$(BIN) CORPUS=$(SHARED)/corpus/dev bash pipeline/scripts/eval_probes.sh

# Tests that the cells dataset has every number of sections 三 and 四 of the
# complete dev reports (counted in the page text, not by hand).
cells-check: check-tools
	GONGKAI_SHARED=$(abspath $(SHARED)) $(CARGO) test --release -p gongkai --test dev_cells -- --ignored --nocapture

$(VENV)/.duckdb-installed:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet 'duckdb>=1.1,<3'
	touch $@

duckdb-example: $(VENV)/.duckdb-installed
	@test -f $(OUTPUT)/cells/_SUCCESS || { echo "no $(OUTPUT)/cells: run make run first" >&2; exit 1; }
	$(VENV)/bin/python pipeline/scripts/duckdb_example.py $(OUTPUT)

# Stage throughput for N = 10k, 100k (BENCH_FULL=1: also 1M), then the
# criterion micro-benchmarks (decode, layout detection, extraction per layout).
bench: build
	BIN=$(BIN) DOCS="$(BENCH_DOCS)" bash pipeline/scripts/bench.sh
	$(CARGO) bench -p gongkai --bench stages

# The notebook's Python packages, pinned, in a venv beside the clone.
$(NB_VENV)/.installed: notebooks/requirements.txt
	$(PYTHON) -m venv $(NB_VENV)
	$(NB_VENV)/bin/pip install --quiet --disable-pip-version-check -r notebooks/requirements.txt
	touch $@

# Executes the notebook on OUTPUT (the default run unless OUTPUT/INPUT are
# given); the executed copy goes to OUTPUT/notebook/. Fails when a cell fails,
# e.g. when SQL and CSV disagree.
notebook: run $(NB_VENV)/.installed
	mkdir -p $(OUTPUT)/notebook
	cd notebooks && GONGKAI_OUTPUT=$(abspath $(OUTPUT)) $(abspath $(NB_VENV))/bin/jupyter-nbconvert \
	  --to notebook --execute summaries.ipynb --output-dir $(abspath $(OUTPUT))/notebook \
	  --ExecutePreprocessor.timeout=600

# Fuzzing (cargo-fuzz + libFuzzer, ASan). Stable Rust: RUSTC_BOOTSTRAP=1 lets
# it take cargo-fuzz's -Z flags. Each target runs FUZZ_SECONDS; new corpus
# entries go to fuzz/corpus/<target> (not committed), seeds are fuzz/seeds/.
# A crash stops make and leaves the input in fuzz/artifacts/<target>/: fix it
# and copy the input to pipeline/gongkai/tests/fuzz_regressions/.
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?= decode extract docx pdf
FUZZ_MAX_LEN ?= 16384
FUZZ_TARGET_DIR ?= $(HOME)/.cache/gongkai-fuzz

fuzz: check-tools
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS)s"; \
	  RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(FUZZ_TARGET_DIR) $(CARGO) fuzz run --fuzz-dir fuzz $$t \
	    fuzz/corpus/$$t fuzz/seeds/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) -timeout=30 -print_final_stats=1; \
	done

clean:
	rm -rf $(OUTPUT)/arrow $(OUTPUT)/reports $(OUTPUT)/cells $(OUTPUT)/summary $(OUTPUT)/charts $(OUTPUT)/notebook $(OUTPUT)/eval $(OUTPUT)/rejects.csv $(OUTPUT)/manifest.json $(SYNTH_INPUT)

# Every SQL summary of notebooks/sql/ on DuckDB and on Spark against the
# polars CSVs, over the default run and over a sharded run made by
# spark_run.py (normalize --shard i/3 as 3 Spark tasks, the merge with
# write-parquet, aggregate, the SQL on Spark; its summaries must also equal
# the unsharded run's). Spark 4 needs Java 17 or later. The venv (pinned
# duckdb and pyspark from PyPI) is made once beside the clone.
VENV_SQL ?= .venv-sql
SQL_SHARDS ?= 3
SPARK_RUN ?= $(OUTPUT)/spark-run

$(VENV_SQL)/.installed: pipeline/scripts/requirements-sql.txt
	rm -rf $(VENV_SQL)
	$(PYTHON) -m venv $(VENV_SQL)
	$(VENV_SQL)/bin/pip install --quiet --disable-pip-version-check -r pipeline/scripts/requirements-sql.txt
	touch $@

sql-check: run $(VENV_SQL)/.installed
	@command -v java >/dev/null || { echo "sql-check: Spark needs Java 17 or later (java not found)" >&2; exit 1; }
	rm -rf $(SPARK_RUN)
	$(VENV_SQL)/bin/python pipeline/scripts/spark_run.py --bin $(BIN) --input $(INPUT) \
	  --output $(SPARK_RUN) --shards $(SQL_SHARDS) --reference $(OUTPUT)
	$(VENV_SQL)/bin/python pipeline/scripts/sql_check.py $(OUTPUT) $(SPARK_RUN)/all --engine both
