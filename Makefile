# The two commands of the README. Both install what is missing first.
.PHONY: serve test build setup
serve:
	bash scripts/serve.sh
test:
	bash scripts/test.sh
build:
	bash scripts/setup.sh && . scripts/env.sh && trunk build --release --offline
setup:
	bash scripts/setup.sh
