# newsarchive: `make run` and `make test` do all the set-up on a fresh Debian machine.
BUILD ?= build
DB ?= archive.db
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
BIN = $(BUILD)/newsarchive

.PHONY: all deps build run test test-sanitize bench format clean

all: build

deps:
	@.ci/install-deps

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# Imports samples/ into $(DB) and shows who said what.
run: build
	$(BIN) --db $(DB) import samples/
	$(BIN) --db $(DB) quotes --limit 25

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
test-sanitize: deps
	@cmake -S . -B $(BUILD)-sanitize -DCMAKE_BUILD_TYPE=Debug -DNEWSARCHIVE_SANITIZE=ON >/dev/null
	@cmake --build $(BUILD)-sanitize -j $(JOBS)
	cd $(BUILD)-sanitize && ctest --output-on-failure -j $(JOBS)

format:
	clang-format -i src/*/*.h src/*/*.cc tests/*.cc tests/*.h

clean:
	rm -rf $(BUILD) $(BUILD)-sanitize
