#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 95-package.sh — the tarball as a distribution packages it, as TAP:
#   1. "make dist" in a copy of the tree; the tarball holds what the README
#      and the man page name, and no binary;
#   2. an out-of-tree build of the tarball (mkdir b && cd b && ../configure
#      && make) runs on its dataset;
#   3. a .deb from the tarball with a throwaway debian/ written here (dh,
#      debhelper-compat 13, hardening=+all), never shipped;
#   4. lintian on the source and binary packages: any error or warning fails;
#   5. the package installed: dokpamo --version and dokpamo list from
#      /usr/bin on /usr/share/dokpamo alone, its man page and completions;
#      then removed again.
# The build's own "make check" is skipped (nocheck): it runs in the other
# stages. Bounded: every step has a timeout; about three minutes on 2 cores.
set -u
cd "$(dirname "$0")/../.."
top=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)
n=0
tap() { # tap STATUS NAME [DETAIL-FILE]
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else
        echo "not ok $n - $2"
        failed=1
        [ -n "${3:-}" ] && [ -s "$3" ] && tail -"${DETAIL_LINES:-25}" "$3" | sed 's/^/#   /'
    fi
}
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
finish() { echo "1..$n"; exit "$failed"; }
failed=0
check() { # check NAME DETAIL-FILE COMMAND...: runs COMMAND, one TAP line
    name=$1 log=$2
    shift 2
    "$@" >"$log" 2>&1
    st=$?
    tap "$st" "$name" "$log"
    return "$st"
}

# --- tools (Debian), like .ci/run ------------------------------------------
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
. "$top/.ci/lib.sh"
ci_install --no-recommends build-essential autoconf automake pkg-config libncurses-dev libcjson-dev \
    libutf8proc-dev debhelper dpkg-dev fakeroot lintian mandoc groff bash-completion man-db file
for t in dpkg-buildpackage dh lintian fakeroot; do
    if ! command -v "$t" >/dev/null 2>&1; then
        skip "package the tarball" "$t not installed"
        finish
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-package.XXXXXX")
installed_by_us=0
cleanup() {
    [ "$installed_by_us" -eq 1 ] && $sudo dpkg -r dokpamo >/dev/null 2>&1
    chmod -R u+w "$work" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# --- 1. make dist -------------------------------------------------------------
mkdir "$work/tree"
git ls-files -co --exclude-standard | grep -v -E '^(Makefile\.in|configure|aclocal\.m4|config\.h\.in)$' |
    tar -cf - -T - 2>/dev/null | tar -xf - -C "$work/tree"
check "make dist" "$work/dist.log" \
    sh -c "cd '$work/tree' && autoreconf -fi && ./configure -q && timeout 300 make -s -j$jobs dist" || finish
tarball=$(cd "$work/tree" && ls dokpamo-*.tar.gz | head -1)
version=${tarball#dokpamo-}
version=${version%.tar.gz}
want_version=$(sed -n 's/^AC_INIT(\[dokpamo\], \[\([^]]*\)\].*/\1/p' "$top/configure.ac")
[ "$version" = "$want_version" ]
tap $? "the tarball is named by AC_INIT's version ($tarball)"
mkdir "$work/x" && tar -xzf "$work/tree/$tarball" -C "$work/x"
src=$work/x/dokpamo-$version

miss=""
for f in README.md NEWS LICENSE COPYING COPYING.CC-BY-4.0 doc/dataset-format.md doc/limits.md m4/.keep man/dokpamo.1.in \
    completions/dokpamo.bash completions/_dokpamo .ci/run .ci/stages/95-package.sh data/consortia.json \
    data/schema.json; do
    [ -f "$src/$f" ] || miss="$miss $f"
done
# ... and every doc/ file the README or the man page names.
for f in $(cat "$top/README.md" "$top/man/dokpamo.1.in" | grep -o 'doc/[A-Za-z0-9_.-]*\.md' | sort -u); do
    [ -f "$src/$f" ] || miss="$miss $f(named)"
done
[ -z "$miss" ]
tap $? "the tarball holds what the README and the man page name${miss:+ (missing:$miss)}"
bins=$(cd "$src" && find . -type f -exec sh -c 'for f; do
    [ "$(head -c 4 "$f" | od -An -c | tr -d " ")" = "177ELF" ] && echo "$f"; done' sh {} +)
[ -z "$bins" ]
tap $? "the tarball holds no binary (ELF)${bins:+: $bins}"
grep -q "release $version" "$src/NEWS"
tap $? "NEWS has release $version"

# --- 2. out-of-tree build ---------------------------------------------------
check "out-of-tree build: mkdir b && cd b && ../configure && make" "$work/oot.log" \
    sh -c "cd '$src' && mkdir b && cd b && ../configure -q && timeout 300 make -s -j$jobs"
if [ -x "$src/b/dokpamo" ]; then
    (cd / && env -u DOKPAMO_DATA XDG_CONFIG_HOME=/nonexistent "$src/b/dokpamo" list --format tsv) >"$work/oot.out" 2>&1
    st=$?
    (cd / && "$src/b/dokpamo" --no-config --data "$src/data/consortia.json" list --format tsv) >"$work/oot.want" 2>&1
    [ "$st" -eq 0 ] && cmp -s "$work/oot.out" "$work/oot.want"
    tap $? "out of tree: b/dokpamo list finds the source tree's dataset (exit $st)" "$work/oot.out"
fi
chmod -R u+w "$src" && rm -rf "$src/b"

# --- 3. a throwaway debian/ and the .deb ------------------------------------
deb=$work/deb
mkdir "$deb"
cp "$work/tree/$tarball" "$deb/dokpamo_$version.orig.tar.gz"
tar -xzf "$deb/dokpamo_$version.orig.tar.gz" -C "$deb"
d=$deb/dokpamo-$version/debian
mkdir -p "$d/source" "$d/upstream"
rev=0ci1 # a CI build, not an upload (no ITP to close)
maint="dokpamo CI <dokpamo-ci@example.org>"
bugs=$(sed -n 's/^AC_INIT(\[dokpamo\], \[[^]]*\], \[\([^]]*\)\].*/\1/p' "$top/configure.ac")
cat >"$d/changelog" <<EOF
dokpamo ($version-$rev) unstable; urgency=medium

  * Built by .ci/stages/95-package.sh from the release tarball.

 -- $maint  $(date -R)
EOF
cat >"$d/control" <<EOF
Source: dokpamo
Section: utils
Priority: optional
Maintainer: $maint
Build-Depends: debhelper-compat (= 13), pkgconf | pkg-config, libncurses-dev, libcjson-dev, libutf8proc-dev,
               bash-completion
Standards-Version: 4.6.2
Rules-Requires-Root: no

Package: dokpamo
Architecture: any
Depends: \${shlibs:Depends}, \${misc:Depends}
Description: terminal browser for Korea's sovereign AI foundation models
 dokpamo browses and compares the consortia, models, partners and staged
 evaluation of Korea's sovereign AI foundation-model project, every fact
 with its source: an interactive browser with four linked, sortable panes
 and a side-by-side comparison, and commands for scripts (list, show,
 compare, validate) with table, TSV, CSV, JSON and Markdown output.
 .
 Names line up in Korean and English; search understands initial
 consonants of Korean names. The dataset is installed with the program.
EOF
cat >"$d/rules" <<'EOF'
#!/usr/bin/make -f
export DEB_BUILD_MAINT_OPTIONS = hardening=+all

%:
	dh $@

override_dh_auto_configure:
	dh_auto_configure -- --with-zsh-completion-dir=/usr/share/zsh/vendor-completions

# The licences are in debian/copyright.
override_dh_auto_install:
	dh_auto_install
	rm -f debian/dokpamo/usr/share/doc/dokpamo/LICENSE
EOF
chmod +x "$d/rules"
echo "3.0 (quilt)" >"$d/source/format"
cat >"$d/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: dokpamo
Upstream-Contact: $bugs
Source: $bugs

Files: *
Copyright: 2025-2026 The dokpamo authors
License: GPL-2+

Files: data/*
Copyright: 2025-2026 The dokpamo authors
License: CC-BY-4.0
Comment: The facts belong to the sources the dataset names (its "sources"
 array: publisher, date, URL and title), which are kept for attribution;
 see LICENSE in the source.

Files: debian/*
Copyright: 2026 The dokpamo authors
License: GPL-2+

License: GPL-2+
 This program is free software; you can redistribute it and/or modify
 it under the terms of the GNU General Public License as published by
 the Free Software Foundation; either version 2 of the License, or
 (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful,
 but WITHOUT ANY WARRANTY; without even the implied warranty of
 MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 GNU General Public License for more details.
 .
 On Debian systems, the complete text of the GNU General Public License
 version 2 can be found in "/usr/share/common-licenses/GPL-2".

License: CC-BY-4.0
$(sed 's/^$/./; s/^/ /' "$src/COPYING.CC-BY-4.0")
EOF
cat >"$d/upstream/metadata" <<EOF
Bug-Database: $bugs
Bug-Submit: $bugs
EOF
check "dpkg-buildpackage (source and binary, nocheck)" "$work/build.log" \
    sh -c "cd '$deb/dokpamo-$version' && DEB_BUILD_OPTIONS='nocheck parallel=$jobs' timeout 600 dpkg-buildpackage -us -uc" || finish
debfile=$(ls "$deb"/dokpamo_"$version"-"$rev"_*.deb | head -1)
echo "# built $(basename "$debfile"): $(dpkg-deb -c "$debfile" | wc -l) entries"
dpkg-deb -c "$debfile" | awk '{print $6}' | grep -v '/$' | sed 's/^/#   /'

# --- 4. lintian ----------------------------------------------------------------
changes=$(ls "$deb"/dokpamo_"$version"-"$rev"_*.changes | head -1)
timeout 300 lintian --fail-on error,warning --display-info --pedantic "$changes" 2>&1 |
    grep -v '^running with root privileges is not recommended!$' >"$work/lintian.log"
st=${PIPESTATUS[0]}
tap "$st" "lintian: no error, no warning" "$work/lintian.log"
if [ -s "$work/lintian.log" ]; then
    echo "# lintian said (informational and pedantic tags only, when ok):"
    sed 's/^/#   /' "$work/lintian.log"
else
    echo "# lintian said nothing"
fi

# --- 5. install and run --------------------------------------------------------
if dpkg -s dokpamo >/dev/null 2>&1; then
    skip "install the package" "a dokpamo package is already installed here"
    finish
fi
check "dpkg -i $(basename "$debfile")" "$work/install.log" $sudo dpkg -i "$debfile" && installed_by_us=1
if [ "$installed_by_us" -eq 1 ]; then
    run() { (cd / && env -u DOKPAMO_DATA XDG_CONFIG_HOME=/nonexistent /usr/bin/dokpamo "$@"); }
    run --version >"$work/version.out" 2>&1
    st=$?
    [ "$st" -eq 0 ] && head -1 "$work/version.out" | grep -q "^dokpamo $version (dataset as of [0-9-]*)$" &&
        grep -q "^License GPLv2+" "$work/version.out"
    tap $? "installed: dokpamo --version (exit $st)" "$work/version.out"
    sed 's/^/#   /' "$work/version.out"
    run list >"$work/list.out" 2>&1
    st=$?
    [ "$st" -eq 0 ] && [ "$(wc -l <"$work/list.out")" -gt 5 ]
    tap $? "installed: dokpamo list (exit $st, $(wc -l <"$work/list.out") lines)" "$work/list.out"
    run list --format tsv >"$work/list.tsv" 2>&1
    run --data /usr/share/dokpamo/consortia.json list --format tsv >"$work/list.want" 2>&1
    cmp -s "$work/list.tsv" "$work/list.want"
    tap $? "installed: the dataset is /usr/share/dokpamo/consortia.json"
    miss=""
    for f in /usr/share/man/man1/dokpamo.1.gz /usr/share/bash-completion/completions/dokpamo \
        /usr/share/zsh/vendor-completions/_dokpamo /usr/share/doc/dokpamo/README.md \
        /usr/share/doc/dokpamo/doc/limits.md /usr/share/doc/dokpamo/copyright /usr/share/dokpamo/schema.json; do
        [ -f "$f" ] || [ -f "$f.gz" ] || miss="$miss $f"   # dh_compress gzips docs
    done
    [ -z "$miss" ]
    tap $? "installed: man page, completions (zsh in vendor-completions), docs${miss:+ (missing:$miss)}"
    LC_ALL=C MANWIDTH=80 man dokpamo 2>"$work/man.err" | grep -q "EXIT STATUS" && [ ! -s "$work/man.err" ]
    tap $? "installed: man dokpamo renders under LANG=C without a warning" "$work/man.err"
    bash --norc --noprofile -c '. /usr/share/bash-completion/completions/dokpamo && complete -p dokpamo' >/dev/null 2>&1
    tap $? "installed: the bash completion loads"
    $sudo dpkg -r dokpamo >"$work/remove.log" 2>&1
    st=$?
    tap "$st" "dpkg -r dokpamo" "$work/remove.log"
    [ "$st" -eq 0 ] && installed_by_us=0
fi
finish
