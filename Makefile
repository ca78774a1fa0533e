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
	mvn -B --no-transfer-progress install -DexcludedGroups=
	@# The shaded CLI: generated Verilog must carry the generator's source lines.
	./plasticity generate addertree --out target/smoke/addertree
	@grep -q '// AdderTree.java:' target/smoke/addertree/*.v || { echo "make: source lines missing from generated Verilog"; exit 1; }
	$(MAKE) --no-print-directory regress SEEDS=100

unit:
	$(MVN) install

DESIGNS := addertree fifo xorwow art frontend maeri-fabric maeri eve-pe eve adam

# Every design's regression; the last line sums them up (the line CI reads).
regress:
	@mkdir -p target; passed=0; failed=0; for d in $(DESIGNS); do \
	  ./plasticity regress $$d --seeds $(or $(SEEDS),100) | tee target/regress-$$d.log; \
	  last=$$(tail -n 1 target/regress-$$d.log); \
	  p=$$(echo "$$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$$/\1/p'); \
	  f=$$(echo "$$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$$/\2/p'); \
	  if [ -z "$$p" ]; then echo "make: regress $$d ended without a summary line"; failed=$$((failed + 1)); continue; fi; \
	  passed=$$((passed + p)); failed=$$((failed + f)); \
	done; \
	echo "regress: $(DESIGNS)"; \
	echo "$$passed passed, $$failed failed"; \
	[ "$$failed" -eq 0 ]

bench:
	./plasticity bench generate --report docs/results/bench-generate.md

clean:
	$(MVN) clean
