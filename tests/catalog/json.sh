#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# list and show in JSON are data: typed values checked against
# doc/records.schema.json, one object per record, and valid JSON whatever
# the locale's decimal separator (de_DE.UTF-8 writes 9,745).
. "$top_srcdir/tests/lib.sh"
SCHEMA="$top_srcdir/doc/records.schema.json"
PY=/usr/bin/python3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
skip_test() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1 # SKIP $2"; }

"$DOKPAMO" --no-config --data "$DATA" list --references --format json > "$tmp/list.json"; is $? 0 "list --references --format json"
for id in $("$DOKPAMO" --no-config --data "$DATA" list --references --format tsv | tail -n +2 | cut -f1) \
          $("$DOKPAMO" --no-config --data "$DATA" list --format tsv | tail -n +2 | cut -f5 | grep . | sort -u); do
    "$DOKPAMO" --no-config --data "$DATA" show "$id" --format json > "$tmp/show-$id.json" || echo "show $id failed" >> "$tmp/err"
done
for id in S5 P11 P24; do
    "$DOKPAMO" --no-config --data "$DATA" show "$id" --format json > "$tmp/show-$id.json" || echo "show $id failed" >> "$tmp/err"
done
is "$(cat "$tmp/err" 2>/dev/null)" "" "show --format json of every model and consortium, and of sources"

# Typed values: arrays, numbers, booleans, null with its reason.
out=$("$PY" - "$tmp/list.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
k = next(r for r in d if r["id"] == "k-exaone")
a = next(r for r in d if r["id"] == "solar-open-100b")  # released unknown
ref = [r for r in d if r["reference"]]
print(type(k["architecture"]).__name__, type(k["params_total_b"]).__name__, k["reference"],
      k["consortium"], k["consortium_en"], a["released"], a["unknown"].get("released"),
      k["sources"]["params_total_b"], len(ref) > 0 and all(r["consortium"] is None for r in ref))
PY
)
is "$out" "list int False lg LG AI Research consortium None unknown ['P1', 'P2', 'S1'] True" \
    "list JSON: arrays, numbers, booleans, the consortium as id and names, null with its reason, sources"

# schema_check SCHEMA FILE...: each file's first problem against SCHEMA.
schema_check() {
    "$PY" - "$@" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
for f in sys.argv[2:]:
    try:
        jsonschema.validate(json.load(open(f, encoding="utf-8")), schema)
    except Exception as e:
        print(f.rsplit("/", 1)[-1], str(e).splitlines()[0])
PY
}
if "$PY" -c 'import jsonschema' 2>/dev/null; then
    is "$(schema_check "$SCHEMA" "$tmp"/*.json)" "" "list and show JSON match doc/records.schema.json"
else
    skip_test "list and show JSON match doc/records.schema.json" "python3-jsonschema is not installed"
fi

# compare --format json against doc/compare.schema.json (its sources are
# records.schema.json's cited_source).
CSCHEMA="$top_srcdir/doc/compare.schema.json"
"$DOKPAMO" --no-config --data "$DATA" compare k-exaone a-x-k1 --format json > "$tmp/cmp-1.json"
"$DOKPAMO" --no-config --data "$DATA" --lang en compare a-x-k1 k-exaone solar-open-100b deepseek-v3-2 --format json > "$tmp/cmp-2.json"
"$DOKPAMO" --no-config --data "$DATA" compare lg a-x-k1 --diff --format json > "$tmp/cmp-3.json"
if "$PY" -c 'import jsonschema' 2>/dev/null; then
    bad=$("$PY" - "$CSCHEMA" "$SCHEMA" "$tmp"/cmp-*.json <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
records = json.load(open(sys.argv[2]))
resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store={records["$id"]: records})
v = jsonschema.Draft202012Validator(schema, resolver=resolver)
for f in sys.argv[3:]:
    d = json.load(open(f, encoding="utf-8"))
    for e in v.iter_errors(d):
        print(f.rsplit("/", 1)[-1], e.message)
    if not d["sources"] or not all(s["url"] is None or s["url"].startswith("http") for s in d["sources"]):
        print(f.rsplit("/", 1)[-1], "no sources with URLs")
PY
)
    is "$bad" "" "compare JSON matches doc/compare.schema.json, with its cited sources"
else
    skip_test "compare JSON matches doc/compare.schema.json" "python3-jsonschema is not installed"
fi

# A comma-decimal locale changes nothing in machine output.
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\{0,1\}8$'; then
    LC_ALL=de_DE.UTF-8 "$DOKPAMO" --no-config --data "$DATA" list --references --format json > "$tmp/de.json"
    cmp -s "$tmp/list.json" "$tmp/de.json"; ok $? "list --references --format json is the same under LC_ALL=de_DE.UTF-8"
    LC_ALL=de_DE.UTF-8 "$DOKPAMO" --no-config --data "$DATA" show k-exaone --format json | "$PY" -c 'import json,sys; json.load(sys.stdin)'
    ok $? "show --format json is valid JSON under de_DE.UTF-8"
    LC_ALL=de_DE.UTF-8 "$DOKPAMO" --no-config --data "$DATA" list --format csv > "$tmp/de.csv"
    "$DOKPAMO" --no-config --data "$DATA" list --format csv > "$tmp/c.csv"
    cmp -s "$tmp/c.csv" "$tmp/de.csv"; ok $? "list --format csv is the same under de_DE.UTF-8"
else
    skip_test "machine output under de_DE.UTF-8" "the locale is not generated (localedef -i de_DE -f UTF-8 de_DE.UTF-8)"
fi

# validate --format json: one object for every outcome, the same exit status.
"$DOKPAMO" --no-config validate "$DATA" --format json > "$tmp/v-ok.out"; is $? 0 "validate --format json: exit 0 on good data"
"$DOKPAMO" --no-config validate "$top_srcdir/tests/data/bad/bad-date.json" --format json > "$tmp/v-bad.out"
is $? 65 "validate --format json: exit 65 on bad data"
"$DOKPAMO" --no-config validate "$tmp/no-such.json" --format json > "$tmp/v-none.out" 2> "$tmp/v-none.err"
is "$?:$(cat "$tmp/v-none.err")" "66:" "validate --format json: exit 66 on a missing file, nothing on stderr"
out=$("$PY" - "$tmp"/v-ok.out "$tmp"/v-bad.out "$tmp"/v-none.out <<'PY'
import json, sys
ok, bad, none = (json.load(open(f, encoding="utf-8")) for f in sys.argv[1:])
print(ok["ok"], ok["status"], ok["counts"]["models"] > 0, ok["problems"],
      bad["ok"], bad["status"], bad["exit"], bad["problems"], none["status"], none["exit"])
PY
)
is "$out" "True ok True [] False bad-data 65 ['consortia[0].models[0].released: expected a date YYYY-MM-DD or null, got \"2025-13-01\"'] no-file 66" \
    "validate --format json: ok, counts, every problem with its path"
if "$PY" -c 'import jsonschema' 2>/dev/null; then
    is "$(schema_check "$top_srcdir/doc/validate.schema.json" "$tmp"/v-*.out)" "" \
        "validate --format json matches doc/validate.schema.json"
else
    skip_test "validate --format json matches doc/validate.schema.json" "python3-jsonschema is not installed"
fi

# TSV and CSV columns do not follow --lang.
is "$("$DOKPAMO" --no-config --data "$DATA" --lang en list --format tsv | head -1)" \
   "$("$DOKPAMO" --no-config --data "$DATA" --lang ko list --format tsv | head -1)" "TSV header is the same in both languages"
is "$("$DOKPAMO" --no-config --data "$DATA" --lang en list --format tsv | sed -n 2p)" \
   "$("$DOKPAMO" --no-config --data "$DATA" --lang ko list --format tsv | sed -n 2p)" "TSV rows are the same in both languages"
done_testing
