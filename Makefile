# Every target installs what it needs first, so each works on a fresh Debian machine.
SWIFT ?= swift
RELEASE_BIN = .build/release/crosscheck

.PHONY: deps example test bench rules-test

deps:
	@sh scripts/install-deps.sh

# The main job: check the bundled example articles; reports go to Reports/.
example: deps
	$(SWIFT) build -c release
	$(RELEASE_BIN) check Examples

test: deps
	$(SWIFT) test

rules-test: deps
	$(SWIFT) run crosscheck rules test

bench: deps
	$(SWIFT) build -c release
	python3 scripts/bench.py --binary $(RELEASE_BIN)
