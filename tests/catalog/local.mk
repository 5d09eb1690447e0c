# SPDX-License-Identifier: GPL-2.0-or-later
TESTS += tests/catalog/consistency.sh tests/catalog/json.sh
EXTRA_DIST += tests/catalog/consistency.sh tests/catalog/json.sh tests/catalog/consistency.py tests/catalog/gen-wide.py \
	doc/records.schema.json doc/compare.schema.json doc/validate.schema.json
