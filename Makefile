# claimline — `make run` on a fresh machine builds, installs libxml2-dev if missing, and runs.
SWIFT ?= swift
BIN := .build/release/claimline
CONFIG ?= pipeline.json
STAGE ?= claims
BENCH_MB ?= 200

.PHONY: all deps build run stage inspect test bench eval clean

all: run

# libxml2's headers and pkg-config are all the project needs from the system.
deps:
	@if ! pkg-config --exists libxml-2.0 2>/dev/null || [ ! -f /usr/include/libxml2/libxml/HTMLparser.h ]; then \
		echo "claimline: installing libxml2-dev and pkg-config (apt-get)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libxml2-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c release

run: build
	$(BIN) run --config $(CONFIG)

# Rerun one stage from the previous stage's file: make stage STAGE=claims
stage: build
	$(BIN) run --config $(CONFIG) --stage $(STAGE)

inspect: build
	$(BIN) stats out

test: deps
	$(SWIFT) build
	$(SWIFT) test

bench: build
	BENCH_MB=$(BENCH_MB) python3 bench/bench.py

# Every evaluation suite of ../shared/eval, one summary line each.
eval: build
	@for s in html-aeb sbd-golden sbd attrib checkworthy; do python3 ../shared/eval/evaluate.py $$s -- --quiet | tail -n 1; done

clean:
	rm -rf out bench/corpus bench/out bench/results.json
