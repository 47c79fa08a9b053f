# gongkai — make-driven batch runs. See README.md.
#
#   make run                      synthetic corpus → output/ (all stages)
#   make run INPUT=dir OUTPUT=dir any folder of report pages
#   make test                     fmt, clippy, all tests, end-to-end run
#   make eval [CORPUS="dir …"]    score against gold (default: ../shared seeds + dev)
#   make bench                    throughput of every stage on a synthetic corpus

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
BENCH_DOCS ?= 10000
THREADS ?=

.PHONY: all build run synth stages test eval bench clean check-tools

all: run

check-tools:
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install Rust from https://rustup.rs" >&2; exit 1; }

build: check-tools
	$(CARGO) build --release --workspace --bins

# The default input is generated once per (DOCS, SEED).
$(SYNTH_INPUT)/.complete-$(DOCS)-$(SEED): | build
	rm -rf $(SYNTH_INPUT)
	$(BIN)/synth --output $(SYNTH_INPUT) --docs $(DOCS) --seed $(SEED)
	touch $@

synth: build $(SYNTH_INPUT)/.complete-$(DOCS)-$(SEED)

ifeq ($(INPUT),$(SYNTH_INPUT))
run: synth stages
else
run: build stages
endif

stages:
	$(BIN)/normalize --input $(INPUT) --output $(OUTPUT) $(if $(THREADS),--threads $(THREADS))
	$(BIN)/write-parquet --output $(OUTPUT)
	$(BIN)/aggregate --output $(OUTPUT)
	@echo "done: $(OUTPUT)/reports (Parquet), $(OUTPUT)/summary/*.csv, $(OUTPUT)/rejects.csv, $(OUTPUT)/manifest.json"

test: check-tools
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --workspace --all-targets -- -D warnings
	$(CARGO) build --release --workspace --bins
	$(CARGO) test --release --workspace

eval: build
	@for c in $(CORPUS); do \
	  name=$$(basename $$c); \
	  $(BIN)/normalize --input $$c --output $(EVAL_OUT)/$$name >/dev/null; \
	  $(BIN)/eval --output $(EVAL_OUT)/$$name --gold $$c/gold.jsonl --name $$name $(EVAL_FLAGS); \
	done

bench: build
	BIN=$(BIN) DOCS="$(BENCH_DOCS)" bash pipeline/scripts/bench.sh

clean:
	rm -rf $(OUTPUT)/arrow $(OUTPUT)/reports $(OUTPUT)/summary $(OUTPUT)/eval $(OUTPUT)/rejects.csv $(OUTPUT)/manifest.json $(SYNTH_INPUT)
