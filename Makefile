# newsarchive: `make run` and `make test` do all the set-up on a fresh Debian machine.
BUILD ?= build
DB ?= archive.db
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
BIN = $(BUILD)/newsarchive
# `make install` puts the tool under $(PREFIX) (bin/, share/man/, share/bash-completion/, ...);
# DESTDIR=/some/root stages it there instead (as packaging does).
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: all deps configure build bin install deb run test test-sanitize bench format clean

all: build

deps:
	@.ci/install-deps

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# The binary alone (it writes the manual page and the completions as it is linked).
bin: configure
	@cmake --build $(BUILD) -j $(JOBS) --target newsarchive

# Installs the binary (stripped), the manual page, the bash and zsh completions and the docs.
install: bin
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)" --strip

# The Debian package $(BUILD)/newsarchive_<version>_<arch>.deb (CPack; Depends: from
# dpkg-shlibdeps). Install it with: sudo apt-get install ./$(BUILD)/newsarchive_*.deb
deb: bin
	cd $(BUILD) && cpack -G DEB

# Imports samples/ into $(DB) and shows who said what. Builds the tool alone, not the tests.
run: configure
	@cmake --build $(BUILD) -j $(JOBS) --target newsarchive
	$(BIN) --db $(DB) import samples/
	$(BIN) --db $(DB) quotes --limit 25

# chromium: tests/cli/serve_test.sh looks at the web view in a headless browser.
test: build
	@.ci/install-deps chromium
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The unit tests again under AddressSanitizer (leaks included) and UndefinedBehaviorSanitizer,
# any finding fatal. Only the test binary is built (no benchmarks); the end-to-end scripts run
# in `make test`.
test-sanitize: deps
	@cmake -S . -B $(BUILD)-sanitize -DCMAKE_BUILD_TYPE=Debug -DNEWSARCHIVE_SANITIZE=ON \
	  -DNEWSARCHIVE_BENCH=OFF >/dev/null
	@cmake --build $(BUILD)-sanitize -j $(JOBS) --target newsarchive_tests
	cd $(BUILD)-sanitize && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) -E '^(e2e|pg)\.'

format:
	clang-format -i src/*/*.h src/*/*.cc tests/*.h tests/*/*.cc

clean:
	rm -rf $(BUILD) $(BUILD)-sanitize
