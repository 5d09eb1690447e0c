# SPDX-License-Identifier: GPL-2.0-or-later
# screen-lib.sh — headless screen tests (tig style). Source after lib.sh.
#
#   screen NAME SIZE [ARGS...] <<'EOF'   keys and :commands, one per line
#
# runs the browser headless at SIZE (COLSxROWS) on the bundled data with the
# script from stdin and compares everything it prints (the :dump screens,
# :status lines) plus its exit status with tests/tui/expected/NAME.screen.
# DP_REGEN=1 rewrites the expected files instead (review them with git diff).
EXPECTED="$top_srcdir/tests/tui/expected"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/dp-tui.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

screen() {
    name=$1 size=$2
    shift 2
    cat > "$SCRATCH/$name.keys"
    "$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/$name.keys" --size "$size" "$@" \
        > "$SCRATCH/$name.out" 2> "$SCRATCH/$name.err"
    echo "exit $?" >> "$SCRATCH/$name.out"
    cat "$SCRATCH/$name.err" >> "$SCRATCH/$name.out"
    if [ -n "${DP_REGEN:-}" ]; then
        cp "$SCRATCH/$name.out" "$EXPECTED/$name.screen"
    fi
    tap_n=$((tap_n + 1))
    if diff -u "$EXPECTED/$name.screen" "$SCRATCH/$name.out" > "$SCRATCH/$name.diff" 2>&1; then
        echo "ok $tap_n - screen $name ($size)"
    else
        echo "not ok $tap_n - screen $name ($size)"
        tap_failed=$((tap_failed + 1))
        head -60 "$SCRATCH/$name.diff" | sed 's/^/#   /'
    fi
}
