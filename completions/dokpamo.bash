# bash completion for dokpamo(1)                           -*- shell-script -*-
# SPDX-License-Identifier: GPL-2.0-or-later
# Installed as $(datadir)/bash-completion/completions/dokpamo. Names of
# models and consortia come from the dataset at completion time (the one
# --data or $DOKPAMO_DATA names, else the installed one).

_dokpamo_commands="list show compare validate"
_dokpamo_options="--data --config --no-config --format --sort --filter --columns --wide --references --lang --diff --plain --units --ascii
    --ambiguous --color --theme --threads --preview --headless-script --size --ssh --idle-exit --state --hyperlinks --help --version
    -d -f -s -F -l -u -h -V"
_dokpamo_sort_keys="name consortium params_total_b params_active_b active_share architecture modalities
    context_tokens license released id source"
_dokpamo_formats="table tsv csv json md"

# Model ids, names and aliases, consortium ids and names, in both languages
# (with spaces: "A.X K1", "NC AI consortium"): one per line. $1...: the
# options that choose the dataset (--data FILE).
_dokpamo_names()
{
    local cmd=${_dokpamo_cmd:-dokpamo}
    {
        # The columns by their header, wherever they are; aliases are
        # comma-joined.
        "$cmd" "$@" --no-config list --format tsv | awk -F '\t' '
            NR == 1 {
                for (i = 1; i <= NF; i++)
                    if ($i ~ /^(id|name|name_ko|name_en|aliases|consortium|consortium_ko|consortium_en)$/)
                        want[i] = $i
                next
            }
            { for (i in want) if (want[i] == "aliases") { n = split($i, a, ","); for (j = 1; j <= n; j++) print a[j] } else print $i }'
    } 2>/dev/null | grep -v -e '^$' -e ' (ref)$' | sort -u
}

# COMPREPLY: the names that start with the word being completed ($1, as
# typed). An unquoted word is read without its backslashes and the names
# come back escaped (A.X\ K1); after an opening quote they come back as
# they are, and readline closes the quote.
_dokpamo_complete_names()
{
    local cur=$1 word quote="" n
    shift
    case $cur in
        \'*) quote=\' word=${cur#\'} ;;
        \"*) quote=\" word=${cur#\"} ;;
        *) word=$(printf '%s\n' "$cur" | sed 's/\\\(.\)/\1/g') ;;
    esac
    local IFS=$'\n' matches=()
    for n in $(_dokpamo_names "$@"); do
        [[ $n == "$word"* ]] && matches+=("$n")
    done
    if [ -n "$quote" ] || [ ${#matches[@]} -eq 0 ]; then
        COMPREPLY=("${matches[@]}")
    else
        COMPREPLY=($(printf '%q\n' "${matches[@]}"))
    fi
}

_dokpamo()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local i w v cmd="" data=() words prefix=""
    _dokpamo_cmd=${COMP_WORDS[0]}
    COMPREPLY=()

    # What is on the line so far: the command and the dataset options. With
    # "=" in COMP_WORDBREAKS (the default), --opt=value is three words.
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        case $w in
            --data=*) data=(--data "${w#--data=}") ;;
            --data | -d | --format | -f | --sort | -s | --filter | -F | --columns | --lang | -l | --units | -u | \
                --config | --ambiguous | --color | --theme | --threads | --preview | --headless-script | --size | --idle-exit | --state | --hyperlinks)
                v=$((i + 1))
                [ "${COMP_WORDS[v]}" = = ] && v=$((v + 1))
                [ "$v" -lt "$COMP_CWORD" ] || break
                case $w in --data | -d) data=(--data "${COMP_WORDS[v]/#\~/$HOME}") ;; esac
                i=$v
                ;;
            -*) ;;
            *) [ -z "$cmd" ] && cmd=$w ;;
        esac
    done

    # An option's value: --opt VALUE or --opt=VALUE.
    local opt=$prev
    if [ "$cur" = = ]; then
        cur=""
    elif [ "$prev" = = ] && [ "$COMP_CWORD" -ge 2 ]; then
        opt=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then
        opt=${cur%%=*} prefix=${cur%%=*}=
        cur=${cur#*=}
    fi
    case $opt in
        --format | -f) words=$_dokpamo_formats ;;
        --sort | -s)
            # KEY[,KEY]: complete the last key, with or without "-".
            local head="" sign="" last=$cur
            [[ $cur == *,* ]] && head=${cur%,*}, last=${cur##*,}
            [[ $last == -* ]] && sign=- last=${last#-}
            COMPREPLY=($(compgen -P "$prefix$head$sign" -W "$_dokpamo_sort_keys" -- "$last"))
            return 0
            ;;
        --lang | -l) words="ko en" ;;
        --units | -u) words="b kr" ;;
        --ambiguous) words="narrow wide" ;;
        --color) words="auto always never" ;;
        --theme) words="default mono" ;;
        --size) words="80x24 100x30 120x40" ;;
        --idle-exit) words="5 15 30 60" ;;
        --state | --hyperlinks) words="auto always never" ;;
        --filter | -F)
            COMPREPLY=($(compgen -P "$prefix" -S = -W "$_dokpamo_sort_keys" -- "$cur"))
            compopt -o nospace 2>/dev/null
            return 0
            ;;
        --data | -d | --config | --headless-script)
            COMPREPLY=($(compgen -P "$prefix" -f -- "$cur"))
            compopt -o filenames 2>/dev/null
            return 0
            ;;
    esac
    if [ -n "${words+set}" ]; then
        COMPREPLY=($(compgen -P "$prefix" -W "$words" -- "$cur"))
        return 0
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$_dokpamo_options" -- "$cur"))
        return 0
    fi
    case $cmd in
        "") COMPREPLY=($(compgen -W "$_dokpamo_commands" -- "$cur")) ;;
        show | compare) _dokpamo_complete_names "$cur" "${data[@]}" ;;
        validate)
            COMPREPLY=($(compgen -f -- "$cur"))
            compopt -o filenames 2>/dev/null
            ;;
    esac
    return 0
}
complete -F _dokpamo dokpamo
