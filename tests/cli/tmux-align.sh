#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# 30 mixed names (Hangul NFC/NFD, compatibility and halfwidth jamo,
# fullwidth, emoji with VS16/ZWJ/skin tones/flags, combining marks,
# zero-width and ambiguous characters) printed by `dokpamo list --format
# table`: in a real terminal (tmux), the second column must start at the
# same screen column on every row. tmux draws each row's prefix; the
# cursor column after it is where the next column starts.
. "$top_srcdir/tests/lib.sh"
if ! command -v tmux >/dev/null 2>&1; then echo "1..0 # SKIP tmux not installed"; exit 0; fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/dp-align.XXXXXX") || exit 1
sock="dp-align-$$"
tm() { tmux -L "$sock" -f /dev/null "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$dir"' EXIT INT TERM

/usr/bin/python3 - "$top_srcdir/tests/data/mini.json" "$dir/names.json" <<'PY'
import json, sys, unicodedata
d = json.load(open(sys.argv[1], encoding="utf-8"))
names = [
    "에이닷엑스 케이원", unicodedata.normalize("NFD", "과학기술정보통신부"), unicodedata.normalize("NFD", "한국어 모델"),
    "ㄱㄴㄷ compat jamo", "ﾡﾢﾣ halfwidth", "ＦＵＬＬ ｗｉｄｔｈ", "K-EXAONE", "A.X K1", "솔라 오픈 100B",
    "🇰🇷 flag", "👩‍💻 ZWJ coder", "❤️ VS16 heart", "👍🏽 skin tone", "cafe\u0301 combining", "zero\u200bwidth",
    "ellipsis…", "①②③ circled", "Ω omega", "「K」 brackets", "하이퍼클로바X 시드 32B 싱크", "배키 VAETKI",
    "x", "가", "ㅎㅏㄴ loose jamo", "tab\there", "emoji 🧑‍🤝‍🧑 people", "new 🫨 emoji", "Ελληνικά",
    "中文模型", "mixed 한글 Latin 123",
]
assert len(names) == 30
proto = d["consortia"][0]["models"][0]
models = []
for i, n in enumerate(names):
    m = json.loads(json.dumps(proto)); m["id"] = "m%02d" % i; m["name"] = {"ko": n, "en": n}; m["aliases"] = []
    models.append(m)
d["consortia"][0]["models"] = models
d["consortia"][0]["short"] = {"ko": "Zq", "en": "Zq"}
d["consortia"][0]["scores"] = []
d["consortia"] = d["consortia"][:1]
d["reference_models"] = []
d["contradictions"] = []
for c in d["consortia"]:
    for m in c["models"]:
        m["claims"] = []
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
"$DOKPAMO" --data "$dir/names.json" list --lang en > "$dir/out" 2>"$dir/err"
is "$?" 0 "list prints the 30 names"
is "$(wc -l < "$dir/out" | tr -d ' ')" 31 "header and 30 rows"

tm new-session -d -s a -x 300 -y 10 "exec sleep 86400" || { echo "not ok - tmux failed"; exit 1; }
# column I: screen column where the second column starts on output line I
column() {
    sed -n "$1p" "$dir/out" | sed 's/Zq.*//; s/Team.*//' | tr -d '\n' > "$dir/prefix"
    marker="@@$1@@"
    tm respawn-pane -k -t a "printf '\\033[H\\033[2J'; cat '$dir/prefix'; printf '%s' '$marker'; exec sleep 86400"
    tries=0
    while :; do
        case "$(tm capture-pane -p -t a -S 0 -E 0)" in *"$marker"*) break ;; esac
        tries=$((tries + 1)); [ "$tries" -gt 2000 ] && { echo -1; return; }
        tm list-sessions >/dev/null 2>&1
    done
    set -- $(tm display-message -p -t a '#{cursor_x} #{cursor_y}')
    [ "$2" = 0 ] || { echo -1; return; }
    echo $(($1 - ${#marker}))
}
want=$(column 1)
ok $([ "$want" -gt 0 ]; echo $?) "header measured in tmux (column $want)"
i=2
while [ $i -le 31 ]; do
    is "$(column $i)" "$want" "row $((i - 1)): '$(sed -n "${i}p" "$dir/out" | sed 's/  .*//')' next column at $want"
    i=$((i + 1))
done
done_testing
