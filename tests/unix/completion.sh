#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# completion.sh — the bash and zsh completions: sourced in a
# non-interactive shell, asked to complete command lines; their lists of
# options and sort keys agree with the option table.
. "$top_srcdir/tests/lib.sh"
BASH_COMP="$top_srcdir/completions/dokpamo.bash"
ZSH_COMP="$top_srcdir/completions/_dokpamo"
DUMP="$top_builddir/tests/unix/dump_options"
unset DOKPAMO_DATA
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1 # SKIP $2"; }

table=$("$DUMP")
long=$(printf '%s\n' "$table" | awk '$1 == "option" && $6 != "config-only" {print "--" $2}' | sort)
short=$(printf '%s\n' "$table" | awk '$1 == "option" && $3 != "-" {print "-" $3}' | sort)
keys=$(printf '%s\n' "$table" | awk '$1 == "sortkey" {print $2}' | sort)
ids=$("$DOKPAMO" --data "$DATA" list --format tsv | tail -n +2 | cut -f1 | sort)

# bash: COMP_WORDS as bash splits them ("=" is a word break by default).
bcomp() {
    bash --norc --noprofile -c '
        . "$1" || exit 1
        shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
        _dokpamo dokpamo "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}" | sort' bcomp "$BASH_COMP" "$DOKPAMO" "$@"
}
bash --norc --noprofile -c ". '$BASH_COMP' && complete -p dokpamo" >/dev/null 2>&1
ok $? "bash: sources in a non-interactive shell and registers _dokpamo"
is "$(bcomp "")" "$(printf '%s\n' compare list show validate)" "bash: subcommands"
is "$(bcomp --)" "$long" "bash: every long option of the table, nothing else"
is "$(bcomp -- - | grep -v '^--')" "$short" "bash: every short option"
is "$(bcomp list --format "")" "$(printf '%s\n' csv json md table tsv)" "bash: --format values"
is "$(bcomp list --format = j)" "json" "bash: --format=VALUE"
is "$(bcomp list --sort "")" "$keys" "bash: --sort keys are the list columns"
is "$(bcomp list --sort name,-params_t)" "name,-params_total_b" "bash: --sort KEY,-KEY"
is "$(bcomp --lang "")" "$(printf '%s\n' en ko)" "bash: --lang values"
names=$(bcomp --data "$DATA" show "")
miss=""
for id in $ids lg skt upstage naver ncai K-EXAONE 배키; do
    printf '%s\n' "$names" | grep -qx -- "$id" || miss="$miss $id"
done
is "$miss" "" "bash: show completes model ids, names and consortium ids from the dataset"
is "$(bcomp --data="$DATA" compare k-exaone vaetki-v)" "vaetki-vl-7b-a1b" "bash: compare NAME NAME..., --data=FILE"
is "$(DOKPAMO_DATA=$DATA bcomp show 배)" "배키" "bash: Korean names, dataset from \$DOKPAMO_DATA"
is "$(bcomp --data /nonexistent show "")" "" "bash: a missing dataset completes nothing, quietly"

# zsh: the real completion system in a pseudo-terminal.
if command -v zsh >/dev/null 2>&1 && zsh -c 'zmodload zsh/zpty' 2>/dev/null; then
    zdir=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-zsh.XXXXXX")
    trap 'rm -rf "$zdir"' EXIT
    cp "$ZSH_COMP" "$zdir/_dokpamo"
    ln -s "$DOKPAMO" "$zdir/dokpamo"
    zcomp() { PATH="$zdir:$PATH" timeout 30 zsh "$top_srcdir/tests/unix/zsh-complete.zsh" "$zdir" "$1"; }
    is "$(zcomp 'dokpamo ')" "$(printf '%s\n' compare list show validate)" "zsh: subcommands"
    got=$(zcomp 'dokpamo --' | sort)
    miss=""
    for o in $long; do printf '%s\n' "$got" | grep -qx -- "$o" || miss="$miss $o"; done
    is "$miss" "" "zsh: every long option of the table"
    is "$(zcomp 'dokpamo list --format ')" "$(printf '%s\n' csv json md table tsv)" "zsh: --format values"
    is "$(zcomp 'dokpamo list --sort ' | sort)" "$keys" "zsh: --sort keys are the list columns"
    names=$(zcomp "dokpamo --data $DATA show ")
    miss=""
    for id in $ids lg skt upstage K-EXAONE 배키; do
        printf '%s\n' "$names" | grep -qx -- "$id" || miss="$miss $id"
    done
    is "$miss" "" "zsh: show completes names from the dataset"
    like "$(zcomp "dokpamo --data $DATA compare k-exaone --diff ")" "vaetki-vl-7b-a1b" "zsh: options between names"
else
    skip "zsh completion" "zsh (with zsh/zpty) not installed"
fi
# The zsh file knows every option even where zsh cannot run.
miss=""
for o in $long; do grep -q -- "$o[=[]" "$ZSH_COMP" || grep -q -- "[{,]$o[=+]*}" "$ZSH_COMP" || miss="$miss $o"; done
is "$miss" "" "zsh file: every long option of the table"
miss=""
for k in $keys; do grep -q "\\b$k\\b" "$ZSH_COMP" || miss="$miss $k"; done
is "$miss" "" "zsh file: every sort key"
done_testing
