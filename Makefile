# Two commands get you going on Debian or Ubuntu with Swift installed:
#   make lessons   run every lesson and check every recorded output
#   make test      the unit and golden test suites, then the lessons
.PHONY: deps build lessons test release clean

deps:
	@scripts/install-deps

build: deps
	swift build

lessons: build
	swift run lesson test lessons

test: deps
	swift build --build-tests
	swift test --skip-build
	swift run lesson test lessons

release: deps
	swift build -c release --scratch-path .build-release

clean:
	rm -rf .build .build-release
