#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# install.sh — "make install DESTDIR=..." puts everything where the FHS
# expects it, and the installed binary runs on that prefix's data alone.
. "$top_srcdir/tests/lib.sh"
unset DOKPAMO_DATA
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-install.XXXXXX")
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
# A sub-make of our own, not the one running the tests.
# -o: never rebuild here (tests running alongside use the binary); install what is built.
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -o Makefile -o dokpamo -o libdokpamo.a -C "$top_builddir" "$@"; }
var() { printf 'print-var:\n\t@echo $(%s)\n' "$1" | mk -f Makefile -f - print-var | tail -n 1; }
bindir=$(var bindir) pkgdatadir=$(var pkgdatadir) mandir=$(var mandir) docdir=$(var docdir)
bashcompdir=$(var bashcompdir) zshcompdir=$(var zshcompdir)

mk install DESTDIR="$tmp" >"$tmp/install.log" 2>&1
ok $? "make install DESTDIR=..." || sed 's/^/#   /' "$tmp/install.log" | tail -20
root=$tmp
for f in "$bindir/dokpamo" "$pkgdatadir/consortia.json" "$pkgdatadir/schema.json" "$mandir/man1/dokpamo.1" \
    "$bashcompdir/dokpamo" "$zshcompdir/_dokpamo" "$docdir/README.md" "$docdir/NEWS" "$docdir/LICENSE" \
    "$docdir/doc/dataset-format.md" "$docdir/doc/limits.md"; do
    test -f "$root$f"
    ok $? "installed: $f"
done
test -x "$root$bindir/dokpamo"
ok $? "the binary is executable"

# Run it from there, on that prefix's data only: no build tree, no
# $DOKPAMO_DATA, no config file, the working directory elsewhere.
bin=$root$bindir/dokpamo
data=$root$pkgdatadir/consortia.json
as_of=$(sed -n 's/^  "as_of": "\([0-9-]*\)".*/\1/p' "$data" | head -1)
cd "$tmp" || exit 1
out=$(XDG_CONFIG_HOME=$tmp/none "$bin" --data "$data" --version)
like "$out" "^dokpamo [0-9.]+ \(dataset as of $as_of\)$" "installed --version shows the installed dataset's as_of"
out=$(XDG_CONFIG_HOME=$tmp/none DOKPAMO_DATA=$data "$bin" list --format tsv)
ok $? "installed list runs on \$DOKPAMO_DATA"
want=$("$DOKPAMO" --data "$DATA" list --format tsv)
is "$out" "$want" "installed list shows the installed dataset"
out=$(XDG_CONFIG_HOME=$tmp/none "$bin" --data "$data" show 배키 | head -3)
like "$out" "VAETKI|배키" "installed show finds a model"
# Without --data the installed binary finds its own prefix's dataset
# (BINDIR/../share/dokpamo), even inside DESTDIR.
out=$(XDG_CONFIG_HOME=$tmp/none "$bin" list --format tsv 2>"$tmp/err")
is "$out" "$want" "without --data: the installed binary uses its prefix's dataset"
# A lone copy of the binary with no dataset anywhere: exit 66, naming $(pkgdatadir).
if [ ! -e "$pkgdatadir/consortia.json" ]; then
    lone=$(mktemp -d) && mkdir -p "$lone/bin" && cp "$bin" "$lone/bin/"
    XDG_CONFIG_HOME=$tmp/none "$lone/bin/dokpamo" list >/dev/null 2>"$tmp/err"
    is $? 66 "a lone binary: exit 66 when \$(pkgdatadir) has no dataset"
    like "$(cat "$tmp/err")" "$pkgdatadir/consortia.json" "... naming \$(pkgdatadir)/consortia.json"
    rm -rf "$lone"
else
    tap_n=$((tap_n + 1)); echo "ok $tap_n - pkgdatadir lookup # SKIP $pkgdatadir is installed on this system"
fi
# Every doc/ file the installed README names is installed beside it.
miss=""
for l in $(grep -o 'doc/[A-Za-z0-9_.-]*\.md' "$root$docdir/README.md" | sort -u); do
    [ -f "$root$docdir/$l" ] || miss="$miss $l"
done
is "$miss" "" "the doc/ files the installed README names are in \$(docdir)/doc"
miss=""
for l in "$top_srcdir"/doc/*.md; do
    [ -f "$root$docdir/doc/${l##*/}" ] || miss="$miss doc/${l##*/}"
done
is "$miss" "" "every doc/*.md of the source is installed (nobase_dist_doc_DATA in unix.mk)"
version=$(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"$/\1/p' "$top_builddir/config.h")
grep -q "^\.TH DOKPAMO 1 .* \"dokpamo $version\"" "$root$mandir/man1/dokpamo.1"
ok $? "the installed man page carries the version ($version)"
bash --norc --noprofile -c ". '$root$bashcompdir/dokpamo' && complete -p dokpamo" >/dev/null
ok $? "the installed bash completion loads"
if command -v man >/dev/null 2>&1; then
    MANPAGER=cat MANWIDTH=80 man -l "$root$mandir/man1/dokpamo.1" 2>/dev/null | grep -q "config"
    ok $? "the installed man page renders"
fi

mk uninstall DESTDIR="$tmp" >"$tmp/uninstall.log" 2>&1
ok $? "make uninstall DESTDIR=..."
left=$(find "$root" -type f ! -name '*.log' ! -path "$tmp/none/*" ! -name err)
is "$left" "" "uninstall leaves no files"
done_testing
