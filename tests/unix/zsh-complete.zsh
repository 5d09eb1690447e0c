#!/usr/bin/env zsh
# SPDX-License-Identifier: GPL-2.0-or-later
# zsh-complete.zsh DIR 'COMMAND LINE' — prints the completions zsh offers
# at the end of the command line, one per line, using the completion
# function files in DIR. Drives an interactive zsh in a pseudo-terminal
# (zsh/zpty) and replaces compadd to record what the functions offer
# (after Valodim's zsh-capture-completion).
emulate -L zsh
zmodload zsh/zpty || exit 77

dir=$1 line=$2
zpty z zsh -f -i
zpty -w z "PROMPT= RPROMPT= PS2="
zpty -w z "fpath=(${(q)dir} \$fpath)"
zpty -w z 'autoload -U compinit && compinit -u -D'
zpty -w z "bindkey '^I' complete-word"
zpty -w z "zstyle ':completion:*' list-grouped false"
zpty -w z "zstyle ':completion:*' insert-tab false"
zpty -w z "zstyle ':completion:*' list-separator ''"
zpty -w z 'setopt no_beep no_bracketed_paste 2>/dev/null; unset zle_bracketed_paste'
# The markers are split in the commands so that their echo does not match.
zpty -w z 'comppostfuncs=(_capture_end)'
zpty -w z '_capture_end() { print -r -- "<EN""D>"; exit }'
zpty -w z 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi; typeset -a __hits; builtin compadd -A __hits "$@"; local ret=$?; (( $#__hits )) || return $ret; local p=""; (( $@[(I)-P] )) && p=${@[$[${@[(i)-P]}+1]]}; local h; for h in $__hits; do print -r -- "<MA""TCH>$p$h</MA""TCH>"; done; builtin compadd "$@" }'
zpty -n -w z "$line"$'\t'
while zpty -r z; do :; done | while IFS= read -r l; do
    print -r -- "$l"
    [[ $l == *'<END>'* ]] && break
done | tr -d '\r' | sed -n 's/.*<MATCH>\(.*\)<\/MATCH>.*/\1/p' | sort -u
zpty -d z 2>/dev/null
return 0
