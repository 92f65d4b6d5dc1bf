# statuslint — common tasks. `make ci` is what CI runs (.ci/run): the fast
# `make test`, then the golangci-lint plugin test and the lint of this repository.
GO ?= go
BIN := bin/statuslint

.PHONY: all build test testdeps example lint bench bench-quick clean sarif-validate golangci golangci-test ci

all: build

build:
	$(GO) build -o $(BIN) ./cmd/statuslint

# analysistest and the end-to-end tests load the testdata and examples
# modules with GOPROXY=off, so their modules must be in the cache first.
# The SARIF test validates against the official 2.1.0 schema, taken from
# an npm package at this step (third-party files are not committed).
testdeps:
	cd testdata && $(GO) mod download
	cd examples && $(GO) mod download
	scripts/sarif-schema.sh

test: testdeps
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v '^testdata/\|/testdata/'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go' | grep -v '^testdata/\|/testdata/'); exit 1; }
	$(GO) test -timeout 20m ./...

# The whole suite, as CI runs it. The first golangci build takes several minutes.
ci: test golangci-test lint

# The example's inventory API is checked against its OpenAPI document, with
# the strict rules that compare code and documentation turned on.
EXAMPLE_FLAGS = -openapi=inventoryapi/openapi.yaml -openapi.routes -enable=unanswered-status,undocumented-route

# Runs statuslint on the shipped example service; exit 3 means "findings", which is the point.
example: build testdeps
	cd examples && ../$(BIN) $(EXAMPLE_FLAGS) ./... ; test $$? -eq 3

# golangci-lint v2.15.0 with statuslint linked in as a module plugin, built
# from the Go module proxy (tools/golangci: what `golangci-lint custom` builds,
# without its git clone of GitHub). A cold build takes several minutes; later
# builds reuse the build cache.
GOLANGCI := bin/golangci-lint-statuslint

golangci:
	cd tools/golangci && $(GO) build -mod=readonly -o ../../$(GOLANGCI) .

# statuslint under golangci-lint on testdata/golangci: findings, //nolint and
# //statuslint:ignore, settings, bad settings, --fix. Not part of `make test`.
golangci-test: golangci
	scripts/golangci-test.sh $(GOLANGCI)

# The project's own code through .golangci.yml: standard linters plus statuslint.
lint: golangci
	./$(GOLANGCI) run ./...

# The official SARIF validator (@microsoft/sarif-multitool, from npm) on our
# SARIF output; slower than the schema test in `make test`.
sarif-validate:
	scripts/sarif-validate.sh

# goreleaser v2.15.1 from the Go module proxy (a cold build takes several
# minutes; later builds reuse the build cache), then `goreleaser check` on
# .goreleaser.yaml. Not part of `make test`.
GORELEASER := bin/goreleaser
.PHONY: release-check

$(GORELEASER):
	GOBIN=$(CURDIR)/bin $(GO) install github.com/goreleaser/goreleaser/v2@v2.15.1

release-check: $(GORELEASER)
	./$(GORELEASER) check

# statuslint cold, warm and after one touched file, against its floor (the
# same driver, a no-op analyzer) and go vet, on generated modules of 50, 500
# and 2000 handler packages, then the Go benchmarks; slow (about an hour),
# not part of `make test`. DIR=/path/to/module measures a real one instead.
bench:
	scripts/bench.sh

# The same on 50 handler packages, 3 runs, no Go benchmarks (a few minutes).
bench-quick:
	SIZES=50 RUNS=3 GOBENCH=0 scripts/bench.sh

# Mutates the fuzz seeds (analyzer/testdata/fuzz/FuzzAnalyzer, which every
# `go test` runs) for FUZZTIME; a failing input is written beside them.
# Minimizing each new input would take most of the time (inputs are whole
# files), hence -fuzzminimizetime=1x.
FUZZTIME ?= 3m
.PHONY: fuzz
fuzz: testdeps
	$(GO) test ./analyzer -run='^$$' -fuzz=FuzzAnalyzer -fuzztime=$(FUZZTIME) -fuzzminimizetime=1x

clean:
	rm -rf bin
