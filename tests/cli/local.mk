TESTS += tests/cli/cli.sh
EXTRA_DIST += tests/cli/cli.sh tests/golden
