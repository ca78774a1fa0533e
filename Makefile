# Plasticity: the README's commands, and what CI runs (`make test`).
SHELL := /bin/bash
MVN   ?= mvn -B -q
TOOLS := verilator yosys iverilog

.PHONY: help test tools unit verilog regress generate bench clean

help:
	@echo "make generate  emit every design's default Verilog into target/verilog/<design>/"
	@echo "make test      install missing tools, then unit + DSL + Verilator/Yosys/Icarus suites"
	@echo "make unit      the Java unit tests only (no simulator needed)"
	@echo "make regress   the CLI regressions (100 seeds each) for every design"
	@echo "make bench     plasticity bench generate"
	@echo "make clean     remove build output"

# Debian's packages; these machines run as root. Under CI a tool still missing is an error.
tools:
	@missing=""; for t in $(TOOLS); do command -v $$t >/dev/null || missing="$$missing $$t"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing (apt-get)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(TOOLS) >/dev/null; \
	fi; \
	for t in $(TOOLS); do command -v $$t >/dev/null || { echo "make: $$t is still missing"; exit 1; }; done; \
	echo "make: tools: $$(verilator --version | head -1); $$(yosys -V); $$(iverilog -V 2>&1 | head -1)"

generate:
	mvn -B generate-sources

# Everything: unit tests, DSL error tests, Verilator regressions, lint/Icarus/Yosys gates.
test: tools
	$(MVN) install -DexcludedGroups=
	$(MAKE) --no-print-directory regress SEEDS=100

unit:
	$(MVN) install

regress:
	@for d in addertree fifo xorwow; do ./plasticity regress $$d --seeds $(or $(SEEDS),100) || exit 1; done

bench:
	./plasticity bench generate --report docs/results/bench-generate.md

clean:
	$(MVN) clean
