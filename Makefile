# Every target installs what it needs first, so each works on a fresh Debian machine.
SWIFT ?= swift
# One optimized build serves the example, the benchmark and the tests (which need -enable-testing for
# @testable imports): the tests push 200 MB through the tool, which an unoptimized build takes minutes over.
RELEASE = -c release -Xswiftc -enable-testing
RELEASE_BIN = .build/release/crosscheck

.PHONY: deps example test rules-test bench fuzz

deps:
	@sh scripts/install-deps.sh

# The main job: check the bundled example articles; reports go to Reports/.
example: deps
	$(SWIFT) build $(RELEASE)
	$(RELEASE_BIN) check Examples

# Every test, then the whole pipeline once more under the thread sanitizer.
test: deps
	$(SWIFT) test $(RELEASE)
	$(SWIFT) test --scratch-path .build-tsan --sanitize=thread --filter ConcurrentPipelineTests

rules-test: deps
	$(SWIFT) build $(RELEASE)
	$(RELEASE_BIN) rules test

bench: deps
	$(SWIFT) build $(RELEASE)
	python3 scripts/bench.py --binary $(RELEASE_BIN) --checks-binary .build/release/crosscheck-bench

# One libFuzzer target for a set time: make fuzz TARGET=article|rule-file|figure SECONDS=1800
TARGET ?= article
SECONDS ?= 1800
fuzz: deps
	sh scripts/fuzz.sh $(TARGET) $(SECONDS)
