#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# cli.sh — `dokpamo --ssh` as sshd runs it (the client's command in
# SSH_ORIGINAL_COMMAND, no terminal), without an sshd: lookups run; shell
# syntax, --data, --config, validate and paths are refused with exit 2
# and print nothing of the files they name; the config file, $HOME and
# $DOKPAMO_DATA are ignored; the locale picks the language. The real sshd
# is .ci/stages/55-ssh.sh.
. "$top_srcdir/tests/lib.sh"
W=$(mktemp -d "${TMPDIR:-/tmp}/dp-ssh.XXXXXX")
trap 'rm -rf "$W"' EXIT
# --ssh takes no --data and ignores $DOKPAMO_DATA: a copy of the binary
# with the dataset next to it, as in the build tree (a VPATH build has
# none there).
mkdir -p "$W/bin/data" && cp "$DOKPAMO" "$W/bin/dokpamo" && cp "$DATA" "$W/bin/data/consortia.json" || exit 1
SSHBIN=$W/bin/dokpamo
plain() { "$DOKPAMO" --data "$DATA" "$@"; }
cd "$W" || exit 1

# ssh_run COMMAND [VAR=VALUE...]: dokpamo --ssh with SSH_ORIGINAL_COMMAND;
# stdout in $out, stderr in $err, exit status in $rc. stdin is not a
# terminal, as for "ssh host COMMAND".
ssh_run() {
    cmd=$1
    shift
    env "$@" SSH_ORIGINAL_COMMAND="$cmd" "$SSHBIN" --ssh < /dev/null > "$W/out" 2> "$W/err"
    rc=$?
    out=$(cat "$W/out")
    err=$(cat "$W/err")
}
hint="Try 'ssh HOST --help' for what is available."

# ---- lookups ----
ssh_run "show 배키"
is "$rc" 0 "show 배키: exit 0"
like "$out" "(영문 이름|English name) +P75, P50, P52 +VAETKI" "show 배키 finds VAETKI"
ssh_run "list --format tsv"
[ "$(printf '%s\n' "$out" | wc -l)" -gt 5 ] && [ "$out" = "$(plain list --format tsv)" ]
ok $? "list --format tsv: the same rows as without --ssh"
ssh_run "compare kx1 'A.X K1' --format md --lang en"
is "$out" "$(plain compare kx1 "A.X K1" --format md --lang en)" "compare with a quoted name and options"
ssh_run "show skt/A.X-K1"
is "$rc" 0 "a Hugging Face name with a slash is a name, not a path"
ssh_run "-f json -s -params_total_b list"
is "$out" "$(plain -f json -s -params_total_b list)" "short options before the command"
ssh_run "list --filter 'params_total_b>=100' --format tsv"
is "$out" "$(plain list --filter 'params_total_b>=100' --format tsv)" "a quoted filter with >="

# ---- shell syntax runs nothing ----
for c in 'show 배키; id' 'show $(id)' 'show `id`' 'show 배키 && id' 'show 배키 | id' 'show 배키 > owned' \
    "show \"\$(id)\""; do
    ssh_run "$c" LC_ALL=C.UTF-8 # plain's default language, whatever the suite's locale
    is "$rc/$out" "2/" "'$c': exit 2, nothing on stdout"
    case $err in *"uid="*) bad=1 ;; *) bad=0 ;; esac
    is "$bad" 0 "'$c': id did not run"
done
[ ! -e owned ]
ok $? "'show 배키 > owned' created no file"
ssh_run 'show 배키; id'
is "$err" "dokpamo: ';' at byte 12: this is not a shell, nothing is expanded or run (quote it to use it in a name)
$hint" "';': the message names the byte"
ssh_run "show 'A.X K1"
is "$err" "dokpamo: unterminated single quote (opened at byte 6)
$hint" "an unterminated quote"
ssh_run "show '$(printf 'a\033[2Jb')'"
is "$rc/$err" "2/dokpamo: word 2: escape sequence
$hint" "an escape sequence in a word is refused"

# ---- files ----
refused() { # COMMAND MESSAGE
    ssh_run "$1"
    is "$rc/$out" "2/" "'$1': exit 2, nothing on stdout"
    is "$err" "dokpamo: $2
$hint" "'$1': the message"
    case $out$err in *root:*) bad=1 ;; *) bad=0 ;; esac
    is "$bad" 0 "'$1': no line of /etc/passwd"
}
data_msg="--data is refused over SSH: it reads a file; the dataset is the one installed on the server"
refused "--data /etc/passwd list" "$data_msg"
refused "--data=/etc/passwd list" "$data_msg"
refused "-d/etc/passwd list" "$data_msg"
refused "list -d /etc/passwd" "$data_msg"
refused "validate /etc/passwd" "'validate' is not available over SSH: it reads files (lookups only: list, show, compare, sources, timeline, benchmarks, contradictions)"
refused "validate" "'validate' is not available over SSH: it reads files (lookups only: list, show, compare, sources, timeline, benchmarks, contradictions)"
refused "--config /etc/passwd list" "--config is refused over SSH: it reads a file; no config file is read over SSH"
refused "--no-config list" "--no-config is refused over SSH: no config file is read over SSH"
refused "--headless-script /etc/passwd" "--headless-script is refused over SSH: it reads a file"
refused "--idle-exit 999" "--idle-exit is refused over SSH: the server sets the idle timeout"
refused "--ssh list" "--ssh is refused over SSH: the session is already in --ssh mode"
refused "show /etc/passwd" "'/etc/passwd' looks like a file path: over SSH no file is read or written"
refused "compare kx1 ../../etc/passwd" "'../../etc/passwd' looks like a file path: over SSH no file is read or written"
refused "show ~root" "'~root' looks like a file path: over SSH no file is read or written"
refused "show a/../b" "'a/../b' looks like a file path: over SSH no file is read or written"
refused "rm x" "'rm' is not available over SSH (lookups only: list, show, compare, sources, timeline, benchmarks, contradictions)"
refused "sh" "'sh' is not available over SSH (lookups only: list, show, compare, sources, timeline, benchmarks, contradictions)"
refused "--bogus" "unknown option '--bogus'"

# sources, timeline, benchmarks and contradictions: allowed over SSH, output as without --ssh.
for c in sources timeline benchmarks contradictions; do
    plain "$c" > /dev/null 2>&1
    plain=$?
    ssh_run "$c" LC_ALL=C.UTF-8 # plain's default language, whatever the suite's locale
    if [ "$plain" -eq 2 ]; then
        is "$rc/$err" "2/dokpamo: unknown command '$c' (list, show, compare, sources, timeline, benchmarks, contradictions)
Try 'dokpamo --help' for more information." "$c: not in this build, a clear unknown command"
    else
        is "$rc/$out" "$plain/$(plain "$c" 2>/dev/null)" "$c: runs as without --ssh"
    fi
done

# ---- the server's own command line ----
SSH_ORIGINAL_COMMAND=list "$SSHBIN" --ssh --data /etc/passwd < /dev/null > out 2> err
is "$?/$(cat out)/$(cat err)" "2//dokpamo: --ssh cannot be combined with --data: over SSH no file is read but the installed dataset" \
    "ForceCommand with --data: refused"
SSH_ORIGINAL_COMMAND= "$SSHBIN" --ssh list < /dev/null > out 2> err
is "$?/$(cat out)" "2/" "ForceCommand with a command of its own: refused"
like "$(cat err)" "comes from SSH_ORIGINAL_COMMAND" "... saying where the command comes from"

# ---- nothing from the account's home or the environment ----
mkdir -p home/.config/dokpamo xdg/dokpamo
printf 'lang = en\nformat = json\n' > home/.config/dokpamo/config
cp home/.config/dokpamo/config xdg/dokpamo/config
want=$(plain --no-config show 배키)
is "$(XDG_CONFIG_HOME=$W/xdg plain show 배키 | head -1)" "[" "(the config file works without --ssh)"
# C.UTF-8 as plain's default: under another locale --ssh would choose by it.
ssh_run "show 배키" LC_ALL=C.UTF-8 HOME="$W/home" XDG_CONFIG_HOME="$W/xdg"
is "$out" "$want" "--ssh reads no config file (\$HOME, \$XDG_CONFIG_HOME)"
ssh_run "list --format tsv" DOKPAMO_DATA="$top_srcdir/tests/data/mini.json"
is "$out" "$(plain list --format tsv)" "--ssh ignores \$DOKPAMO_DATA: the installed dataset"
# Into a variable, not a file in $W: `ls | sort > after` raced (sort may
# create "after" before or after ls reads the directory).
is "$(ls -A "$W" | sort)" "$(printf '%s\n' bin err home out xdg)" "no file appeared in the working directory"

# ---- no terminal, no command: a short usage ----
ssh_run ""
is "$rc/$out" "2/" "no command, no terminal: exit 2"
like "$err" "^Usage: ssh \\[-t\\] HOST \\[COMMAND" "... and the usage on stderr"
ssh_run "   "
is "$rc" 2 "a blank command is no command"
ssh_run "--help"
is "$rc" 0 "--help: exit 0"
like "$out" "show NAME +a consortium or model" "--help lists the lookups"
case $out in *"--data FILE"* | *"  validate"* | *"--config=FILE"*) bad=1 ;; *) bad=0 ;; esac
is "$bad" 0 "--help offers no --data, --config or validate"
ssh_run "--version"
like "$rc $out" "^0 dokpamo [0-9.]+ \\(dataset as of 20" "--version"

# ---- the client's locale picks the language; --lang wins ----
ssh_run "show 배키" LANG=en_US.UTF-8 LC_ALL=
is "$(printf '%s\n' "$out" | head -1 | cut -c1-5)" "Field" "LANG=en_US.UTF-8: English"
ssh_run "show 배키" LANG=ko_KR.UTF-8 LC_ALL=
is "$(printf '%s\n' "$out" | head -1 | cut -c1-6)" "항목" "LANG=ko_KR.UTF-8: Korean"
ssh_run "show 배키 --lang ko" LANG=en_US.UTF-8 LC_ALL=
is "$(printf '%s\n' "$out" | head -1 | cut -c1-6)" "항목" "--lang ko beats LANG=en_US.UTF-8"
ssh_run "show 배키" LANG=C LC_ALL=
is "$(printf '%s\n' "$out" | head -1 | cut -c1-6)" "항목" "LANG=C: the default (Korean)"
ssh_run "show 배키" LANG=de_DE.UTF-8 LC_ALL=ko_KR.UTF-8
is "$(printf '%s\n' "$out" | head -1 | cut -c1-6)" "항목" "LC_ALL beats LANG"
ssh_run "show 배키" LANG=../../tmp/x LC_ALL=
is "$(printf '%s\n' "$out" | head -1 | cut -c1-6)" "항목" "a LANG that is a path is dropped"

# ---- the binary cannot start another program ----
if command -v nm > /dev/null 2>&1; then
    calls=$(nm -D --undefined-only "$DOKPAMO" 2>/dev/null | awk '{print $NF}' | sed 's/@.*//' |
        grep -E -x 'system|popen|fork|vfork|posix_spawnp?|exec[lv]p?e?|execvpe|fexecve|wordexp' | sort -u | tr '\n' ' ')
    is "$calls" "" "the binary imports no system, popen, fork, exec* or wordexp"
else
    tap_n=$((tap_n + 1)); echo "ok $tap_n - imports # SKIP nm not installed"
fi
done_testing
