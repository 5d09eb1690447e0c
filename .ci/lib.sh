# SPDX-License-Identifier: GPL-2.0-or-later
# .ci/lib.sh — shared by .ci/run and the stages (sourced, not run).

# ci_install [--no-recommends] PKG...: installs the Debian packages that are
# not installed yet (dpkg -s), quietly, bounded at ten minutes, without
# starting any service they bring (a policy-rc.d that says no while it
# runs); prints what it installs and what failed. Nothing to do on a
# machine without apt-get.
ci_install() {
    _rec=""
    [ "${1:-}" = --no-recommends ] && { _rec=--no-install-recommends; shift; }
    _missing=""
    for _p in "$@"; do dpkg -s "$_p" > /dev/null 2>&1 || _missing="$_missing $_p"; done
    [ -n "$_missing" ] || return 0
    command -v apt-get > /dev/null 2>&1 || { echo "# no apt-get: not installed:$_missing"; return 1; }
    _sudo=""
    [ "$(id -u)" -ne 0 ] && _sudo=sudo
    _policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        _policy=/usr/sbin/policy-rc.d
        printf '#!/bin/sh\nexit 101\n' | $_sudo tee "$_policy" > /dev/null && $_sudo chmod 755 "$_policy"
    fi
    echo "# installing:$_missing"
    { $_sudo apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive timeout 600 $_sudo apt-get install -y -qq $_rec $_missing; } \
        > /dev/null 2>&1 || echo "# apt-get install failed for:$_missing"
    [ -n "$_policy" ] && $_sudo rm -f "$_policy"
    return 0
}
