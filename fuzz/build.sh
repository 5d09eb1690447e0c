#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# build.sh — builds the libFuzzer harnesses with clang.
#   fuzz/build.sh SRCDIR BUILDDIR SOURCE.c...
# SOURCE.c are the library's sources relative to SRCDIR (make fuzz passes
# libdokpamo_a_SOURCES); BUILDDIR holds config.h. The harnesses land in
# BUILDDIR/fuzz/. Not part of `all` or `check`: gcc builds never see it.
set -eu
srcdir=$1 builddir=$2
shift 2
CLANG=${CLANG:-clang}
FUZZ_CFLAGS=${FUZZ_CFLAGS:--g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined}
FUZZ_LDFLAGS=${FUZZ_LDFLAGS:--fsanitize=fuzzer,address,undefined}
out=$builddir/fuzz
obj=$out/obj
mkdir -p "$obj"
deps_cflags=$(pkg-config --cflags libcjson libutf8proc)
deps_libs=$(pkg-config --libs libcjson libutf8proc)
cflags="-std=c11 -I$builddir -I$srcdir/include -I$srcdir/src $deps_cflags -DDP_PKGDATADIR=\"/nonexistent\" -DDP_BINDIR=\"/nonexistent\" $FUZZ_CFLAGS"

# One object per library source, in parallel; rebuilt when the source is newer.
objs=""
for s in "$@"; do
    case $s in *.c) ;; *) continue ;; esac
    o=$obj/$(printf '%s' "$s" | tr '/' '_' | sed 's/\.c$/.o/')
    objs="$objs $o"
    if [ ! -e "$o" ] || [ "$srcdir/$s" -nt "$o" ] || [ "$builddir/config.h" -nt "$o" ]; then
        printf '%s %s\n' "$srcdir/$s" "$o"
    fi
done | FZ_CC=$CLANG FZ_CFLAGS=$cflags xargs -r -n 2 -P "$(nproc 2>/dev/null || echo 2)" \
    sh -c 'echo "  CLANG    $1"; $FZ_CC $FZ_CFLAGS -c "$0" -o "$1"'

objs=""
for s in "$@"; do
    case $s in *.c) objs="$objs $obj/$(printf '%s' "$s" | tr '/' '_' | sed 's/\.c$/.o/')" ;; esac
done
for h in load text render; do
    echo "  FUZZ     $out/fuzz_$h"
    # shellcheck disable=SC2086
    $CLANG $cflags "$srcdir/fuzz/fuzz_$h.c" $objs -o "$out/fuzz_$h" $FUZZ_LDFLAGS $deps_libs -lm
done
