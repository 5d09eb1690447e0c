#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 55-ssh.sh — dokpamo --ssh behind a real OpenSSH sshd (issue 15): a
# private sshd on 127.0.0.1 (a high port, a throwaway host key and client
# key, a Match block for the current user with ForceCommand pointing at
# the built binary, which finds the built dataset next to it), then what
# doc/serving.md promises: lookups answer, shell syntax runs nothing,
# --data and validate are refused without printing the file, a LANG the
# server lacks still shows Hangul, the browser draws over ssh -tt in tmux,
# `e` in Compare writes no file, and closing the tmux client ends the
# dokpamo process within 2 s. TAP on stdout; the sshd it started is
# stopped on exit. Installs openssh-server (without starting the system's
# sshd) when it is missing.
set -u
cd "$(dirname "$0")/../.."
top=$(pwd)
[ -x ./dokpamo ] || make -j"$(nproc)" dokpamo > /dev/null 2>&1
bin=$top/dokpamo
n=0
failed=0
ok() { # STATUS NAME
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
diag() { sed 's/^/#   /'; }
finish() {
    echo "1..$n"
    [ "$failed" -eq 0 ]
    exit
}
bail() { # NAME: one failing test, the plan, exit 1
    ok 1 "$1"
    finish
}

# ---- openssh-server, without starting the system's sshd ----
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
SSHD=/usr/sbin/sshd
. "$top/.ci/lib.sh"
ci_install openssh-server openssh-client tmux
[ -x "$SSHD" ] && command -v ssh > /dev/null && command -v ssh-keygen > /dev/null && command -v tmux > /dev/null ||
    bail "openssh-server, openssh-client and tmux are installed"
user=$(id -un)
shell=$(getent passwd "$user" | cut -d: -f7)
case $shell in */nologin | */false | "") bail "$user has a real login shell (ForceCommand runs through it): $shell" ;; esac
[ -d /run/sshd ] || $sudo mkdir -p /run/sshd

# ---- keys, config, sshd ----
d=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-sshd.XXXXXX")
chmod 700 "$d"
sshd_pid=""
tmx() { tmux -L "dp-ssh-$$" -f /dev/null "$@"; }
cleanup() {
    tmx kill-server > /dev/null 2>&1
    if [ -n "$sshd_pid" ]; then
        kill "$sshd_pid" 2> /dev/null
        wait "$sshd_pid" 2> /dev/null
    fi
    rm -rf "$d"
}
trap cleanup EXIT
ssh-keygen -q -t ed25519 -N '' -C dokpamo-ci-host -f "$d/host_key" &&
    ssh-keygen -q -t ed25519 -N '' -C dokpamo-ci-client -f "$d/client_key" ||
    bail "throwaway host and client keys"
cp "$d/client_key.pub" "$d/authorized_keys"

# The sshd_config of doc/serving.md, made private: loopback, its own
# keys, pid file and log, this user only.
write_config() { # PORT
    cat > "$d/sshd_config" << EOF
Port $1
ListenAddress 127.0.0.1
HostKey $d/host_key
PidFile $d/sshd.pid
AuthorizedKeysFile $d/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AllowUsers $user
MaxStartups 10:30:60
LoginGraceTime 20
ClientAliveInterval 15
ClientAliveCountMax 2
LogLevel INFO
Match User $user
    ForceCommand $bin --ssh
    DisableForwarding yes
    PermitUserRC no
    PermitTunnel no
    PermitTTY yes
    AcceptEnv LANG LC_*
EOF
}
port=""
for try in 1 2 3 4 5; do
    p=$((20000 + (RANDOM % 40000)))
    write_config "$p"
    "$SSHD" -t -f "$d/sshd_config" 2> "$d/sshd-t.log" || break
    : > "$d/sshd.log"
    "$SSHD" -D -f "$d/sshd_config" -E "$d/sshd.log" &
    sshd_pid=$!
    for _ in $(seq 100); do
        grep -q "Server listening on 127.0.0.1 port $p" "$d/sshd.log" && { port=$p; break; }
        kill -0 "$sshd_pid" 2> /dev/null || break
        sleep 0.05
    done
    [ -n "$port" ] && break
    kill "$sshd_pid" 2> /dev/null
    wait "$sshd_pid" 2> /dev/null
    sshd_pid=""
done
if [ -z "$port" ]; then
    cat "$d/sshd-t.log" "$d/sshd.log" 2> /dev/null | diag
    bail "a private sshd listens on 127.0.0.1"
fi
ok 0 "a private sshd listens on 127.0.0.1:$port (pid $sshd_pid), ForceCommand $bin --ssh"
printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$d/host_key.pub")" > "$d/known_hosts"
SSH=(ssh -F /dev/null -p "$port" -i "$d/client_key" -o IdentitiesOnly=yes -o BatchMode=yes
    -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$d/known_hosts" -o GlobalKnownHostsFile=/dev/null
    -o ConnectTimeout=10 -o LogLevel=ERROR "$user@127.0.0.1")

# remote COMMAND...: ssh HOST COMMAND (no terminal); output in $out, exit in $rc.
remote() {
    out=$(timeout 30 "${SSH[@]}" "$@" < /dev/null 2>&1)
    rc=$?
}
local_out() { env -u DOKPAMO_DATA XDG_CONFIG_HOME=/nonexistent LC_ALL=C.UTF-8 "$bin" "$@" 2>&1; }

# ---- lookups ----
remote "show 배키"
[ "$out" = "$(local_out show 배키)" ] && printf '%s\n' "$out" | grep -Eq " VAETKI$"
ok $? "ssh HOST 'show 배키' finds VAETKI (exit $rc)"
[ "$rc" -eq 0 ] || printf '%s\n' "$out" | head -5 | diag
remote list --format tsv
[ "$rc" -eq 0 ] && [ "$out" = "$(local_out list --format tsv)" ] && [ "$(printf '%s\n' "$out" | wc -l)" -gt 5 ]
ok $? "ssh HOST list --format tsv lists the models ($(printf '%s\n' "$out" | tail -n +2 | wc -l) rows, as dokpamo list)"
remote "compare kx1 'A.X K1' --format md"
[ "$rc" -eq 0 ] && [ "$out" = "$(local_out compare kx1 'A.X K1' --format md)" ]
ok $? "ssh HOST \"compare kx1 'A.X K1' --format md\": a quoted name survives"

# ---- shell syntax runs nothing ----
for c in "show 배키; id; touch $d/canary1" "show \$(id; touch $d/canary2)" "show \`id; touch $d/canary3\`" \
    "show 배키 && touch $d/canary4" "show 배키 | tee $d/canary5"; do
    remote "$c"
    bad=0
    case $out in *uid=*) bad=1 ;; esac
    ls "$d"/canary* > /dev/null 2>&1 && bad=1
    [ "$rc" -eq 2 ] && [ "$bad" -eq 0 ]
    ok $? "ssh HOST '${c//$d/D}': refused (exit $rc), nothing else ran"
    [ "$bad" -eq 0 ] || printf '%s\n' "$out" | head -3 | diag
done

# ---- files ----
for c in "--data /etc/passwd list" "validate /etc/passwd" "--config /etc/passwd list" "show /etc/passwd"; do
    remote " $c" # the blank keeps ssh from reading --data as its own option
    case $out in *root:*) leaked=1 ;; *) leaked=0 ;; esac
    [ "$rc" -eq 2 ] && [ "$leaked" -eq 0 ] && printf '%s\n' "$out" | grep -Eq "refused|not available|looks like a file path"
    ok $? "ssh HOST '$c': refused (exit $rc) without printing the file: $(printf '%s\n' "$out" | head -1)"
done
out=$(timeout 30 "${SSH[@]}" -T < /dev/null 2>&1)
rc=$?
[ "$rc" -eq 2 ] && printf '%s\n' "$out" | grep -q "^Usage: ssh"
ok $? "ssh -T HOST (no command, no terminal): a short usage, exit $rc"

# ---- the Match block: no forwarding ----
timeout 30 "${SSH[@]:0:$((${#SSH[@]} - 1))}" -N -o ExitOnForwardFailure=yes -R 127.0.0.1:0:127.0.0.1:9 \
    "${SSH[-1]}" < /dev/null > "$d/fwd.log" 2>&1
rc=$?
[ "$rc" -eq 255 ] && grep -qi "forwarding failed" "$d/fwd.log"
ok $? "ssh -N -R: remote forwarding refused (DisableForwarding yes), exit $rc"
[ "$rc" -eq 255 ] || diag < "$d/fwd.log"

# ---- the client's locale ----
out=$(LANG=en_XX.UTF-8 LC_ALL= timeout 30 "${SSH[@]}" -o SendEnv=LANG "show 배키" < /dev/null 2>&1)
printf '%s\n' "$out" | head -1 | grep -q "^Field"
ok $? "LANG=en_XX.UTF-8 (sent, unknown to the server): English"
out=$(LANG=ko_XX.UTF-8 LC_ALL= timeout 30 "${SSH[@]}" -o SendEnv=LANG "show 배키" < /dev/null 2>&1)
printf '%s\n' "$out" | head -1 | grep -q "^항목" && printf '%s\n' "$out" | grep -q "배키"
ok $? "LANG=ko_XX.UTF-8 (unknown to the server): Korean, Hangul intact"

# ---- the browser over ssh -tt in tmux ----
cap() { tmx capture-pane -p -t t; }
wait_for() { # TEXT [SECONDS]
    for _ in $(seq $((${2:-10} * 20))); do
        cap | grep -F -q -- "$1" && return 0
        sleep 0.05
    done
    cap | diag
    return 1
}
touch "$d/marker"
tmx new-session -d -s t -x 100 -y 30 \
    "env LANG=ko_XX.UTF-8 LC_ALL= TERM=xterm-256color $(printf '%q ' "${SSH[@]:0:$((${#SSH[@]} - 1))}") -tt -o SendEnv=LANG ${SSH[-1]}"
tmx set-option -t t status off > /dev/null
wait_for "독자 AI 파운데이션 모델" 15
ok $? "ssh -tt in tmux with a LANG the server lacks: the browser draws, in Hangul"
dp=$(pgrep -n -u "$user" -f "^$bin --ssh")
[ -n "$dp" ]
ok $? "the session's dokpamo process found (pid ${dp:-none})"
if [ -n "$dp" ]; then
    grep -Eq '^Max file size +0 +0 ' "/proc/$dp/limits" && grep -Eq '^Max core file size +0 +0 ' "/proc/$dp/limits"
    ok $? "it cannot write a file or a core dump (RLIMIT_FSIZE and RLIMIT_CORE 0)"
fi
tmx send-keys -t t / K-EXA Enter Space / 'A.X K1' Enter Space c
wait_for "행 1/"
ok $? "Compare on two marked models"
tmx send-keys -t t e
wait_for "SSH 접속에서는 파일을 쓰지 않습니다: p 터미널에 출력  y 복사(OSC 52)  Esc 취소"
ok $? "e in Compare: no file name prompt; print or copy instead"
tmx send-keys -t t p
wait_for "(Markdown: 위에 출력했습니다. 파일은 쓰지 않았습니다. Enter를 누르면 돌아갑니다)"
ok $? "p: the comparison printed on the terminal"
# "/K-EXA" stops on K-EXAONE 2.0, the first match in the list's order.
# The table is taller than the pane and wider than 100 columns: its head is
# in the scrollback, wrapped (-S - reads the history, -J joins wrapped lines).
tmx capture-pane -p -J -S - -t t | grep -Eq '^\| 항목 +\| K-EXAONE 2\.0 +\| 에이닷엑스 케이원'
ok $? "... as a Markdown table"
tmx send-keys -t t Enter
wait_for "Markdown: 터미널에 출력함 (파일 없음)"
ok $? "Enter: back in Compare"
if [ -n "$dp" ]; then
    wfiles=$(for f in /proc/"$dp"/fd/*; do
        t=$(readlink "$f")
        case $t in /dev/* | pipe:* | socket:* | anon_inode:*) ;; *) echo "$t" ;; esac
    done)
    [ -z "$wfiles" ]
    ok $? "dokpamo holds no file open (only the terminal): ${wfiles:-none}"
    home=$(getent passwd "$user" | cut -d: -f6)
    new=$(find "$home" "$(readlink "/proc/$dp/cwd")" -maxdepth 1 -newer "$d/marker" -type f 2> /dev/null | sort -u)
    [ -z "$new" ]
    ok $? "no file written in the account's home or the working directory: ${new:-none}"
fi
tmx kill-session -t t
gone=1
for _ in $(seq 40); do
    [ -n "$dp" ] && ! kill -0 "$dp" 2> /dev/null && { gone=0; break; }
    sleep 0.05
done
ok $gone "closing the tmux client ends dokpamo (pid ${dp:-none}) within 2 s"

kill "$sshd_pid" 2> /dev/null
wait "$sshd_pid" 2> /dev/null
! kill -0 "$sshd_pid" 2> /dev/null
ok $? "the private sshd stopped"
sshd_pid=""
finish
